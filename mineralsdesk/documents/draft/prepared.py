"""A draft import checked and ready to apply, whatever file it came from (Word or Akoma Ntoso): the preview, the
round and party of the new versions, the author map entries it adds; and finding the round a user names."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...errors import ImportRefused
from ...i18n import QT_TRANSLATE_NOOP, fill, translate
from ...services.log import Log
from . import preview as draft_preview
from .preview import IMPORTS


@dataclass
class PreparedImport:
    """A checked preview of a draft, ready to apply; `result` says what was written (None until then)."""

    preview: draft_preview.Preview
    round_id: str
    party: str
    authors: dict[str, str]  # the map entries this import adds
    unmapped: list[str] = field(default_factory=list)  # authors with no party yet (only a dry run gets here)
    result: draft_preview.ImportResult | None = None

    def apply(self, log: Log) -> draft_preview.ImportResult:
        """Write it all in one transaction (refused, log untouched, while an author has no party)."""
        if self.unmapped:
            raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "No party for the Word author(s) {authors}: add "
                                                           "--author \"NAME=PARTY\" for each; nothing was "
                                                           "imported"),
                                authors=", ".join(repr(m) for m in self.unmapped))
        self.result = draft_preview.apply(log, self.preview, self.round_id, self.party, self.authors)
        return self.result

    def describe(self, lang: str | None = None) -> str:
        """The preview, then what was written (or that nothing was), in `lang` (English when None)."""
        head = self.preview.describe(lang)
        if self.result is None:
            note = ("\n" + fill(IMPORTS, QT_TRANSLATE_NOOP("Imports", "No party yet for: {authors} (add --author "
                                                            "\"NAME=PARTY\")"), lang, authors=", ".join(self.unmapped))
                    if self.unmapped else "")
            return head + note + "\n" + translate(IMPORTS, QT_TRANSLATE_NOOP("Imports", "(dry run: nothing was "
                                                                             "written)"), lang)
        return head + "\n" + fill(IMPORTS, QT_TRANSLATE_NOOP("Imports", "Imported: {what}"), lang,
                                  what=self.result.describe(lang))


def find_round(log: Log, track_id: str, key: str) -> str:
    """The id of the track's round named by its number ("3" or "R3"), its date (YYYY-MM-DD) or its id."""
    number = key.strip().upper().removeprefix("R")
    for rnd in log.rounds.list(track_id):
        if key.strip() in (str(rnd.number), str(rnd.date), rnd.id) or number == str(rnd.number):
            return rnd.id
    raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "No round {round!r} in this track (give its number or "
                                                   "date); nothing was imported"), round=key)


def chair_party(log: Log, party: str | None) -> str:
    """The party of the accepted text: `party`, else ours; refused in one line when the log has no such party."""
    chair = (party or log.settings.our_party or "").upper()
    if chair not in {p.code for p in log.parties.list()}:
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "Unknown party {party!r} for --party; nothing was "
                                                       "imported"), party=chair)
    return chair
