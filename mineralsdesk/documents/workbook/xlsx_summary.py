"""The Summary sheet: who issued the workbook, for whom, and each track at a glance."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from ...domain import model
from ...i18n import QT_TRANSLATE_NOOP
from ...services.log import Log
from ..audience import shows_roster
from . import xlsx_cells, xlsx_room
from .xlsx_sheets import position_columns
from .xlsx_words import TITLE, Words

SUMMARY = "Summary"
LABELS = (QT_TRANSLATE_NOOP("Workbook", "Log"), QT_TRANSLATE_NOOP("Workbook", "Delegation"),
          QT_TRANSLATE_NOOP("Workbook", "Date of issue"), QT_TRANSLATE_NOOP("Workbook", "Audience"),
          QT_TRANSLATE_NOOP("Workbook", "Marking"), QT_TRANSLATE_NOOP("Workbook", "Tracks"),
          QT_TRANSLATE_NOOP("Workbook", "How to edit"), QT_TRANSLATE_NOOP("Workbook", "Text in cells"),
          QT_TRANSLATE_NOOP("Workbook", "Rows"), QT_TRANSLATE_NOOP("Workbook", "Import tag"))
AUDIENCE_TEXT = {model.Audience.INTERNAL: QT_TRANSLATE_NOOP("Workbook", "internal (our delegation only)"),
                 model.Audience.SHAREABLE: QT_TRANSLATE_NOOP("Workbook", "shareable (may go to counterparts)")}

HOW_TO_EDIT = QT_TRANSLATE_NOOP(
    "Workbook", "Change only the columns with a green header: {status} ({clauses}); {positions} ({positions_sheet}); "
    "{state} ({commitments}). Sorting and filtering are fine. Send the file back for import: other edits are "
    "refused, and rows changed in the log since this date are listed as conflicts, not applied.")
TEXT_NOTE = QT_TRANSLATE_NOOP(
    "Workbook", "Text that begins with = + - or @ is plain text, never a formula. Control characters are "
    "shown as symbols (NUL as ␀, vertical tab as ␋, form feed as ␌). Texts longer than Excel's "
    "32,767-character limit are cut and say so. The Change log sheet shows the newest 10,000 "
    "entries; Summary and Change log are not read back on import. Rows and Import tag tie this file to "
    "the log that wrote it: an import checks them, so leave them as they are.")
AND = QT_TRANSLATE_NOOP("Workbook", "{first} and {last}")


def _put(ws, r: int, c: int, value: object, fmt=None, quoted=None) -> None:
    """One cell; text that Excel would take for a formula if re-typed gets the `quoted` (quote-prefix) format."""
    if value is None or value == "":
        return
    if isinstance(value, date):
        ws.write_datetime(r, c, datetime.combine(value, time()), fmt)
    elif isinstance(value, (int, float)):
        ws.write_number(r, c, value, fmt)
    else:
        text = xlsx_cells.cell_text(str(value))[0]
        ws.write_string(r, c, text, quoted if quoted is not None and xlsx_cells.needs_quote_prefix(text) else fmt)


def _height(text: str, lang: str) -> int:
    """Points for a wrapped paragraph in the 60-character column B (Japanese characters take two places)."""
    width = len(text) * (1.7 if lang == "ja" else 1)
    return max(84, 13 * (int(width) // 62 + 2))


def rows_text(rows: dict[str, int], words: Words | None = None) -> str:
    """The Rows cell: how many rows each record sheet had at export ("Clauses 25; Positions 80; ..."), the sheets
    named as the workbook names them."""
    words = words or Words()
    return "; ".join(f"{words(name)} {n}" for name, n in rows.items())


def write_summary(ws, fmt, log: Log, *, audience: model.Audience, marking: str, track_ids: list[str],
                  tracks: Sequence[str] | None, today: date, statuses: Sequence[str], rows: dict[str, int],
                  tag: str, words: Words | None = None) -> None:
    """Top rows (log, delegation, date, audience, marking, how to edit, rows, import tag), then a row per track;
    every word of the workbook's own in `words`' language (the log's content as it is)."""
    words = words or Words()
    settings = log.settings
    ws.write_string(0, 0, words(TITLE), fmt.title)
    editable = [words(c.header) for c in position_columns(audience) if c.editable]
    how = words(HOW_TO_EDIT).format(
        status=words("Status"), clauses=words("Clauses"), state=words("State"), commitments=words("Commitments"),
        positions_sheet=words("Positions"),
        positions=words(AND).format(first=", ".join(editable[:-1]), last=editable[-1]))
    how += " " + words(xlsx_room.HOW_TO_EDIT) if shows_roster(audience) else ""
    values = [settings.log_name, settings.delegation, today, words(AUDIENCE_TEXT[audience]),
              marking or words(QT_TRANSLATE_NOOP("Workbook", "(none)")),
              ", ".join(tracks) if tracks else words(QT_TRANSLATE_NOOP("Workbook", "all tracks")), how,
              words(TEXT_NOTE), rows_text(rows, words), tag]
    for i, (label, value) in enumerate(zip(LABELS, values, strict=True), start=1):
        if label in ("How to edit", "Text in cells"):
            ws.set_row(i, _height(str(value), words.lang))  # constant-memory mode: a row's height first
        ws.write_string(i, 0, words(label), fmt.label)
        cell_fmt = fmt.marking if label == "Marking" and marking else (fmt.date if label == "Date of issue"
                                                                       else fmt.wrap)
        _put(ws, i, 1, value, cell_fmt, fmt.marking_q if cell_fmt is fmt.marking else fmt.wrap_q)

    head = [words("Track"), words("Title"), words(QT_TRANSLATE_NOOP("Workbook", "Target date")), words("Clauses"),
            *[words.value(st) for st in statuses], words("Open brackets"),
            words(QT_TRANSLATE_NOOP("Workbook", "Next deadline")),
            words(QT_TRANSLATE_NOOP("Workbook", "Overdue commitments"))]
    top = len(LABELS) + 2
    for c, h in enumerate(head):
        ws.write_string(top, c, h, fmt.header_read)
    topics = [t.value for t in model.Topic]
    # Each track's summary is dropped once its row is written: only its ref and topic counts wait for the second
    # table (a summary holds the track's overdue commitments and last round: 6.7 MB for 400 tracks when all were
    # kept). Constant-memory mode writes rows in order, so the topic table comes after every track's row.
    by_topic: list[tuple[str, list[int]]] = []
    r = top
    for tid in track_ids:
        s = log.read.track_summary(log.tracks.get(tid), today, upcoming=1, history=False)
        r += 1
        row = [s.track.ref, s.track.title, s.track.target_date, sum(s.status_counts.values()),
               *[s.status_counts.get(st, 0) for st in statuses], s.open_brackets,
               s.next_deadlines[0].due if s.next_deadlines else None, len(s.overdue)]
        for c, value in enumerate(row):
            _put(ws, r, c, value, fmt.date if isinstance(value, date) else (fmt.wrap if c == 1 else fmt.int),
                 fmt.wrap_q if c == 1 else fmt.text_q)
        by_topic.append((s.track.ref, [s.topic_counts.get(topic, 0) for topic in topics]))
    r += 2
    ws.write_string(r, 0, words(QT_TRANSLATE_NOOP("Workbook", "Clauses by topic")), fmt.label)
    r += 1
    for c, h in enumerate([words("Track"), *[words.value(t) for t in topics]]):
        ws.write_string(r, c, h, fmt.header_read)
    for ref, counts in by_topic:
        r += 1
        _put(ws, r, 0, ref, fmt.text, fmt.text_q)
        for c, count in enumerate(counts, start=1):
            ws.write_number(r, c, count, fmt.int)
    ws.set_column(0, 0, 22)  # labels: "Mention de diffusion", "Étiquette d'import"
    ws.set_column(1, 1, 60)
    ws.set_column(2, len(head) - 1, 12)
