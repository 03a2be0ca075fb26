"""The workbook's own words in its language (sheet names, headers, labels, fixed values), out and back in.

A workbook is written in one language (`export xlsx --lang`) and read back whatever its language: the import
finds the language from the Summary sheet (its name and title, which the Import tag binds, see xlsx_tag) and
maps every translated header, sheet name and fixed value back to the log's own (English) words. The canonical
English value is accepted in any workbook too (a colleague may type "agreed" into a French one). The log's
content is never translated. Fixed values (status, stance, state, topic) share the app's "Values" context.
"""

from __future__ import annotations

from functools import lru_cache

from ...domain import model, rules
from ...i18n import LANGUAGES, QT_TRANSLATE_NOOP, normalise, translate

CONTEXT = "Workbook"
VALUES_CONTEXT = "Values"  # the app's own translations of the log's fixed values (gui/common/values.py marks them)

TITLE = QT_TRANSLATE_NOOP("Workbook", "MineralsDesk — Excel summary")
STANCE = QT_TRANSLATE_NOOP("Workbook", "Stance {party}")
SHEET_FORBIDDEN = set('[]:*?/\\')
SHEET_LIMIT = 31

# Every word of the workbook, marked once here for lupdate (the modules that write them use the English text).
SHEETS = (QT_TRANSLATE_NOOP("Workbook", "Summary"), QT_TRANSLATE_NOOP("Workbook", "Clauses"),
          QT_TRANSLATE_NOOP("Workbook", "Positions"), QT_TRANSLATE_NOOP("Workbook", "Rounds"),
          QT_TRANSLATE_NOOP("Workbook", "Commitments"), QT_TRANSLATE_NOOP("Workbook", "Assessments"),
          QT_TRANSLATE_NOOP("Workbook", "Comments"), QT_TRANSLATE_NOOP("Workbook", "Change log"))
HEADERS = (
    QT_TRANSLATE_NOOP("Workbook", "Record id"), QT_TRANSLATE_NOOP("Workbook", "Row version"),
    QT_TRANSLATE_NOOP("Workbook", "Check"), QT_TRANSLATE_NOOP("Workbook", "Track"), QT_TRANSLATE_NOOP("Workbook", "Ref"),
    QT_TRANSLATE_NOOP("Workbook", "Title"), QT_TRANSLATE_NOOP("Workbook", "Topic"),
    QT_TRANSLATE_NOOP("Workbook", "Minerals"), QT_TRANSLATE_NOOP("Workbook", "Status"),
    QT_TRANSLATE_NOOP("Workbook", "Owner"), QT_TRANSLATE_NOOP("Workbook", "Our owner"),
    QT_TRANSLATE_NOOP("Workbook", "Open brackets"), QT_TRANSLATE_NOOP("Workbook", "Last changed round"),
    QT_TRANSLATE_NOOP("Workbook", "Current text"), QT_TRANSLATE_NOOP("Workbook", "Red line"),
    QT_TRANSLATE_NOOP("Workbook", "Fallback"), QT_TRANSLATE_NOOP("Workbook", "Internal note"),
    QT_TRANSLATE_NOOP("Workbook", "Clause"), QT_TRANSLATE_NOOP("Workbook", "Party"),
    QT_TRANSLATE_NOOP("Workbook", "Round"), QT_TRANSLATE_NOOP("Workbook", "Round date"),
    QT_TRANSLATE_NOOP("Workbook", "Stance"), QT_TRANSLATE_NOOP("Workbook", "Note"), QT_TRANSLATE_NOOP("Workbook", "Date"),
    QT_TRANSLATE_NOOP("Workbook", "Place"), QT_TRANSLATE_NOOP("Workbook", "Video call"),
    QT_TRANSLATE_NOOP("Workbook", "Participants"), QT_TRANSLATE_NOOP("Workbook", "Summary"),
    QT_TRANSLATE_NOOP("Workbook", "Outcomes"), QT_TRANSLATE_NOOP("Workbook", "Illustrative"),
    QT_TRANSLATE_NOOP("Workbook", "Commitment"), QT_TRANSLATE_NOOP("Workbook", "Source kind"),
    QT_TRANSLATE_NOOP("Workbook", "Source"), QT_TRANSLATE_NOOP("Workbook", "Due"), QT_TRANSLATE_NOOP("Workbook", "Anchor"),
    QT_TRANSLATE_NOOP("Workbook", "State"), QT_TRANSLATE_NOOP("Workbook", "Days overdue"),
    QT_TRANSLATE_NOOP("Workbook", "Score"), QT_TRANSLATE_NOOP("Workbook", "Kind"),
    QT_TRANSLATE_NOOP("Workbook", "Evidence"), QT_TRANSLATE_NOOP("Workbook", "Audience"),
    QT_TRANSLATE_NOOP("Workbook", "Seq"), QT_TRANSLATE_NOOP("Workbook", "When (UTC)"), QT_TRANSLATE_NOOP("Workbook", "Who"),
    QT_TRANSLATE_NOOP("Workbook", "Record kind"), QT_TRANSLATE_NOOP("Workbook", "Record"),
    QT_TRANSLATE_NOOP("Workbook", "Field"), QT_TRANSLATE_NOOP("Workbook", "Old"), QT_TRANSLATE_NOOP("Workbook", "New"),
    QT_TRANSLATE_NOOP("Workbook", "Thread"), QT_TRANSLATE_NOOP("Workbook", "On"), QT_TRANSLATE_NOOP("Workbook", "Target"),
    QT_TRANSLATE_NOOP("Workbook", "Author"), QT_TRANSLATE_NOOP("Workbook", "Time"), QT_TRANSLATE_NOOP("Workbook", "Text"),
    QT_TRANSLATE_NOOP("Workbook", "Resolved"),
)
# Fixed values the workbook itself writes (the log's own fixed values are in the "Values" context).
OWN_VALUES = (QT_TRANSLATE_NOOP("Workbook", "yes"), QT_TRANSLATE_NOOP("Workbook", "no"),
              QT_TRANSLATE_NOOP("Workbook", "internal"), QT_TRANSLATE_NOOP("Workbook", "shareable"),
              QT_TRANSLATE_NOOP("Workbook", "track"), QT_TRANSLATE_NOOP("Workbook", "round"),
              QT_TRANSLATE_NOOP("Workbook", "clause"), QT_TRANSLATE_NOOP("Workbook", "bracket"),
              QT_TRANSLATE_NOOP("Workbook", "commitment"))
LOG_VALUES = frozenset([s.value for s in rules.STATUS_ORDER] + [s.value for s in rules.STANCE_ORDER]
                       + [s.value for s in model.CommitmentState] + [t.value for t in model.Topic])


class Words:
    """The workbook's words in one language: `words("Clauses")` out, `words.header_back(...)` and friends in."""

    def __init__(self, lang: str | None = None):
        self.lang = normalise(lang)

    def __call__(self, text: str) -> str:
        return translate(CONTEXT, text, self.lang)

    def header(self, header: str) -> str:
        if header.startswith("Stance ") and header != "Stance":
            return self(STANCE).format(party=header[len("Stance "):])
        return self(header)

    def value(self, value: str) -> str:
        """A fixed value as this workbook shows it (anything else, the log's content, as it is)."""
        if value in LOG_VALUES:
            return translate(VALUES_CONTEXT, value, self.lang)
        return self(value) if value in OWN_VALUES else value

    def header_back(self, shown: object) -> object:
        """The English header of a header cell of this workbook (an unknown one as it is, so the check names it)."""
        if not isinstance(shown, str):
            return shown
        english = _back(self.lang)["headers"].get(shown)
        if english is not None:
            return english
        before, _, after = self(STANCE).partition("{party}")
        if shown.startswith(before) and shown.endswith(after) and len(shown) > len(before) + len(after):
            return "Stance " + shown[len(before):len(shown) - len(after)]
        return shown

    def sheet_back(self, shown: str) -> str:
        return _back(self.lang)["sheets"].get(shown, shown)

    def label_back(self, shown: object, labels: tuple[str, ...]) -> object:
        """The English label of one of `labels` as this workbook shows it (anything else as it is)."""
        return next((label for label in labels if self(label) == shown), shown)

    def value_back(self, text: str, choices: tuple[str, ...]) -> str | None:
        """The canonical value of a typed fixed value (this language's or the English one, any case), or None."""
        wanted = text.strip().lower()
        for choice in choices:
            if choice.lower() == wanted or self.value(choice).lower() == wanted:
                return choice
        return None


@lru_cache(maxsize=8)
def _back(lang: str) -> dict[str, dict[str, str]]:
    words = Words(lang)
    return {"headers": {words(h): h for h in HEADERS}, "sheets": {words(s): s for s in SHEETS}}


def validation(col, words: Words) -> dict:
    """A dropdown of a column's values in the workbook's language (initials and other data as they are)."""
    header = words.header(col.header)
    return {"validate": "list", "source": [words.value(c) if col.fixed else c for c in col.choices],
            "ignore_blank": True,
            "error_title": words(QT_TRANSLATE_NOOP("Workbook", "{column} value")).format(column=header)[:32],
            "error_message": words(QT_TRANSLATE_NOOP("Workbook", "Pick a value for {column} from the list.")).format(
                column=header)}


def languages() -> list[str]:
    """The app's languages, English first (a workbook without a language of its own reads as English)."""
    return list(LANGUAGES)
