"""The round room in the Excel summary: owners from the delegation roster and the Comments sheet, out and back in.

Internal workbooks only (the roster and internal comments never reach a shareable one, and a shareable document
prints comments only on request, which the workbook never makes; see audience.shareable_comments):
- the Clauses sheet's "Owner" and the Commitments sheet's "Our owner" columns hold roster initials; an edited
  one becomes an owner change (an unknown member is refused, naming the cell);
- the Comments sheet lists every thread on the exported tracks. A colleague may change a comment's Text (a
  stale row is a conflict, as elsewhere), set a thread's Resolved, and add comments in new rows. The sheet is
  read here, apart from the other sheets: its existing rows carry the same Check cells and row tags, but it is
  outside the workbook tag, since rows may be added to it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from openpyxl.utils import get_column_letter

from ...domain import model, record_rules
from ...errors import ImportRefused, InvalidInputError, RuleError
from ...i18n import QT_TRANSLATE_NOOP, Message
from ...services import refs, summary
from ...services.log import Log
from ..audience import shows_roster
from . import xlsx_cells, xlsx_tag
from .xlsx_sheets import CHECK, ID, KEY_COLUMNS, OUR_OWNER, OWNER, REV, Column, SheetSpec
from .xlsx_words import Words, validation

COMMENTS = "Comments"
SPARE_ROWS = 200  # empty rows below the comments that get the dropdowns, for new comments
KINDS = tuple(k.value for k in model.CommentTarget)
YES_NO = ("yes", "no")
AUDIENCES = tuple(a.value for a in model.Audience)
OWNER_FIELDS = {"owner": ("clauses", OWNER), "owner_member": ("commitments", OUR_OWNER)}

HOW_TO_EDIT = QT_TRANSLATE_NOOP(
    "Workbook", "Internal copies: Owner (Clauses) and Our owner (Commitments) take a member's initials from the "
    "roster (empty: nobody); on the Comments sheet change a comment's Text or a thread's Resolved, or "
    "add a comment in a new row (see the notes on its headers).")
NOTES = {
    "On": QT_TRANSLATE_NOOP("Workbook", "A new comment: what it is on: clause, bracket, commitment, round or track."),
    "Target": QT_TRANSLATE_NOOP(
        "Workbook", "A new comment: which record, written as on the other sheets: a clause as TRACK REF (MOU Art. 5); "
        "a bracket as TRACK REF#N (the N-th open bracket: MOU Art. 5#1); a round as TRACK RN (MOU R2); a "
        "commitment by the start of its text (or its Record id); a track by its ref (MOU)."),
    "Thread": QT_TRANSLATE_NOOP("Workbook", "A reply: the thread's number (#3) instead of On and Target. Empty: a "
                                "new thread."),
    "Author": QT_TRANSLATE_NOOP("Workbook", "Initials from the delegation roster (empty: no author)."),
    "Time": QT_TRANSLATE_NOOP("Workbook", "Filled in on import when empty (or a date and time: 2026-02-10 14:30)."),
    "Audience": QT_TRANSLATE_NOOP("Workbook", "internal (the default) or shareable (may be printed for "
                                  "counterparts)."),
    "Resolved": QT_TRANSLATE_NOOP("Workbook", "yes or no, on a thread's first row (a reply's yes resolves its "
                                  "thread)."),
}


def columns(initials: Sequence[str] = ()) -> list[Column]:
    choices = tuple(initials) if len(",".join(initials)) <= 255 else ()
    return [Column("Thread", width=7), Column("On", width=10, choices=KINDS, fixed=True), Column("Target", "wrap", 28),
            Column("Author", width=7, choices=choices), Column("Time", width=17),
            Column("Text", "wrap", 60, field="text"), Column("Audience", width=10, choices=AUDIENCES, fixed=True),
            Column("Resolved", width=8, field="resolved", choices=YES_NO, fixed=True), *KEY_COLUMNS]


HEADERS = [c.header for c in columns()] + [CHECK]


# -- out ----------------------------------------------------------------------------------------------------------

class _Targets:
    """Each commented record named as a colleague would type it (refs.py reads the same forms back), and its track."""

    def __init__(self, log: Log):
        self.log = log
        self.tracks = log.read.track_refs()
        self._cache: dict[str, tuple[str, str | None]] = {}

    def __call__(self, kind: model.CommentTarget, target_id: str) -> tuple[str, str | None]:
        if target_id not in self._cache:
            self._cache[target_id] = self._name(kind, target_id)
        return self._cache[target_id]

    def _name(self, kind: model.CommentTarget, target_id: str) -> tuple[str, str | None]:
        log, K = self.log, model.CommentTarget
        if kind is K.TRACK:
            return self.tracks.get(target_id, ""), target_id
        if kind is K.ROUND:
            rnd = log.rounds.get(target_id)
            return f"{self.tracks.get(rnd.track_id, '')} R{rnd.number}", rnd.track_id
        if kind is K.COMMITMENT:
            c = log.commitments.get(target_id)
            text = " ".join(c.text.split())
            return (text if len(text) <= 60 else text[:60]), c.track_id
        clause_id = target_id
        suffix = ""
        if kind is K.BRACKET:
            bracket = log.brackets.get(target_id)
            clause_id = bracket.clause_id
            open_ids = [b.id for b in log.brackets.list(clause_id, open_only=True)]
            suffix = f"#{open_ids.index(target_id) + 1}" if target_id in open_ids else " (closed bracket)"
        clause = log.clauses.get(clause_id)
        return f"{self.tracks.get(clause.track_id, '')} {clause.ref}{suffix}", clause.track_id


def comment_sheets(log: Log, audience: str, track_ids: Sequence[str], scope: Sequence[str] | None) -> list[SheetSpec]:
    """The Comments sheet of an internal workbook (none in a shareable one), threads on the exported tracks."""
    if not shows_roster(audience):
        return []
    members = log.members.list()
    initials = {m.id: m.initials for m in members}
    wanted = set(track_ids)

    def rows() -> Iterator[list]:
        name = _Targets(log)
        number = 0
        for thread in log.comments.threads():
            label, track = name(thread.root.target_kind, thread.root.target_id)
            if track is None and scope is not None or track is not None and track not in wanted:
                continue
            number += 1
            for c in thread.comments:
                first = c is thread.root
                yield [f"#{number}", c.target_kind.value, label, initials.get(c.author or "", ""),
                       c.at.replace("T", " "), c.text, c.audience.value,
                       ("yes" if c.resolved else "no") if first else "", c.id, c.rev]

    return [SheetSpec(COMMENTS, "comments", columns([m.initials for m in members if m.active]), rows,
                      freeze_cols=1, apart=True)]


def start_sheet(ws, spec: SheetSpec, words: Words | None = None) -> None:
    """The Comments sheet's header notes (the reference forms), written before its rows stream (constant-memory
    mode drops a note on a row already written)."""
    if spec.name != COMMENTS:
        return
    for c, col in enumerate(spec.columns):
        if col.header in NOTES:
            ws.write_comment(0, c, (words or Words())(NOTES[col.header]), {"x_scale": 2, "y_scale": 1.6})


def finish_sheet(ws, spec: SheetSpec, last: int, words: Words | None = None) -> None:
    """Dropdowns on the Comments sheet's spare rows, for new comments."""
    if spec.name != COMMENTS:
        return
    for c, col in enumerate(spec.columns):
        if col.choices:
            ws.data_validation(last + 1, c, last + SPARE_ROWS, c, validation(col, words or Words()))


# -- back in ------------------------------------------------------------------------------------------------------

@dataclass
class CommentRow:
    """One row of the Comments sheet that asks for something: an edit of an existing comment, or a new one."""

    row: int
    record_id: str = ""  # "" for a new comment
    rev: int = 0
    values: dict[str, object] = field(default_factory=dict)  # header -> cell value (new rows: every filled cell)
    letters: dict[str, str] = field(default_factory=dict)  # header -> column letter


@dataclass
class RoomRead:
    """What the round room's cells ask for: owner edits (taken from the Clauses and Commitments edits) and the
    Comments sheet's edited and new rows, with each thread number's first comment."""

    owners: list[tuple[object, str, str]] = field(default_factory=list)  # (Edit, field, typed initials)
    comments: list[CommentRow] = field(default_factory=list)
    threads: dict[str, str] = field(default_factory=dict)  # "#3" -> id of a comment in that thread
    words: Words = field(default_factory=Words)  # the workbook's language: refusals name its sheets and columns


@dataclass
class _Step:
    """A planned change of the round room, with what applying it needs."""

    change: object  # PlannedChange
    apply: tuple


def _refuse(where: str, template: str, **params: object) -> ImportRefused:
    """A refusal naming the cell: `template` is marked for translation ("Errors") and starts with {cell}."""
    return ImportRefused(template, cell=where, **params)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return xlsx_cells.ooxml_unescape(value).replace("\r\n", "\n").replace("\r", "\n")
    return xlsx_cells.normalise(value)


def _canonical(values: dict[str, object], words: Words) -> dict[str, object]:
    """A row's fixed values (On, Audience, Resolved) as the log's words, typed in the workbook's language or in
    English; anything else as typed (the plan refuses it, naming the cell)."""
    fixed = {c.header: c.choices for c in columns() if c.fixed}
    for header, choices in fixed.items():
        if isinstance(values.get(header), str):
            values[header] = words.value_back(values[header], choices) or values[header]
    return values


def read_comments(wb, audience: str, secret: bytes, words: Words | None = None) -> RoomRead:
    """The Comments sheet's edited and new rows (checked cell by cell as the other sheets are)."""
    words = words or Words()
    room = RoomRead(words=words)
    sheet = words(COMMENTS)
    if sheet not in wb.sheetnames:
        return room  # an internal workbook without it (older, or the sheet removed): nothing to read
    if not shows_roster(audience):
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{sheet}: a shareable workbook has no Comments sheet (this "
                                              "one was added); nothing was applied"), sheet=sheet)
    ws = wb[sheet]
    n = len(HEADERS) - 1
    header = [words.header_back(c.value) for c in next(ws.iter_rows(max_row=1), [])]
    while header and header[-1] is None:
        header.pop()
    if header != HEADERS:
        bad = next(i for i in range(max(len(header), len(HEADERS)))
                   if (header[i] if i < len(header) else None) != (HEADERS[i] if i < len(HEADERS) else None))
        raise _refuse(cell_where(sheet, 1, get_column_letter(bad + 1)), QT_TRANSLATE_NOOP("Errors", "{cell}: the headers were changed (columns must not be renamed, moved, "
                                                                                                "added or removed); nothing was applied"))
    seen: dict[str, int] = {}
    cols = columns()
    for row, cells in enumerate(ws.iter_rows(min_row=2), start=2):
        cells = list(cells[: n + 1])
        raw = [c.value for c in cells] + [None] * (n + 1 - len(cells))
        values = [xlsx_cells.ooxml_unescape(v) if isinstance(v, str) else v for v in raw]
        if all(v is None or v == "" for v in values):
            continue
        where = row_where(sheet, row)
        for i, cell in enumerate(cells):
            if getattr(cell, "data_type", None) == "f" and i < n - 2:
                raise _refuse(cell_where(sheet, row, get_column_letter(i + 1), words.header(HEADERS[i])),
                              QT_TRANSLATE_NOOP("Errors", "{cell}: the cell holds a formula; type the value itself; nothing was "
                                                "applied"))
        record_id = values[n - 2]
        if not record_id:
            if any(v not in (None, "") for v in values[n - 1:]):
                raise _refuse(where, QT_TRANSLATE_NOOP("Errors", "{cell}: a new comment's row has no Record id but hidden cells of a "
                                                       "copied row; type a new comment in an empty row; nothing was applied"))
            room.comments.append(CommentRow(row, values=_canonical({h: values[i] for i, h in enumerate(HEADERS[:n - 2])
                                                                   if values[i] not in (None, "")}, words),
                                            letters={h: get_column_letter(i + 1) for i, h in enumerate(HEADERS)}))
            continue
        found = _existing(row, values, n, secret, audience, seen, cols, sheet, words)
        if values[0]:  # checked by its row's hash: the thread's number names the thread of this comment
            room.threads.setdefault(str(values[0]).strip(), str(record_id))
        if found is not None:
            _canonical(found.values, words)
            room.comments.append(found)
    return room


def _existing(row: int, values: list, n: int, secret: bytes, audience: str, seen: dict[str, int],
              cols: list[Column], sheet: str = COMMENTS, words: Words | None = None) -> CommentRow | None:
    words = words or Words()
    where = row_where(sheet, row)
    record_id, check = values[n - 2], values[n]
    at_check = cell_where(sheet, row, get_column_letter(n + 1), words.header(CHECK))
    hashes = None
    if isinstance(check, str) and len(check) > xlsx_tag.TAG_HEX:
        hashes = xlsx_cells.split_fingerprint(check[: -xlsx_tag.TAG_HEX], n)
    if hashes is None or not isinstance(record_id, str):
        raise _refuse(at_check, QT_TRANSLATE_NOOP("Errors", "{cell}: the hidden Check cell was changed or removed; nothing was "
                                                  "applied"))
    version = xlsx_cells.normalise(values[n - 1])
    tag = xlsx_tag.row_tag(secret, audience, COMMENTS, record_id, version, check[: -xlsx_tag.TAG_HEX])
    if not xlsx_tag.same(tag, check[-xlsx_tag.TAG_HEX:]):
        raise _refuse(at_check, QT_TRANSLATE_NOOP("Errors", "{cell}: the row does not match its tag (its hidden Record id, Row "
                                                  "version or Check cell was changed, or the row was copied from another "
                                                  "workbook); nothing was applied"))
    if record_id in seen:
        raise _refuse(where, QT_TRANSLATE_NOOP("Errors", "{cell}: the same Record id is also on row {other} (rows must "
                                               "not be copied); nothing was applied"), other=seen[record_id])
    seen[record_id] = row
    out: CommentRow | None = None
    for i, col in enumerate(cols):
        if xlsx_cells.cell_hash(values[i]) == hashes[i]:
            continue
        at = cell_where(sheet, row, get_column_letter(i + 1), words.header(col.header))
        if i >= n - 2:
            raise _refuse(at, QT_TRANSLATE_NOOP("Errors", "{cell}: the hidden {id} and {rev} columns must not be edited; "
                                                "nothing was applied"), id=words.header(ID), rev=words.header(REV))
        if not col.editable:
            raise _refuse(at, QT_TRANSLATE_NOOP("Errors", "{cell}: this column of an existing comment cannot be changed (only "
                                                "{text} and {resolved} can); change it in the app, or add a new comment "
                                                "in a new row; nothing was applied"),
                          text=words.header("Text"), resolved=words.header("Resolved"))
        if not version.isdigit():
            raise _refuse(cell_where(sheet, row, get_column_letter(n), words.header(REV)), QT_TRANSLATE_NOOP("Errors", "{cell}: the hidden Row version is not a number; nothing was applied"))
        out = out or CommentRow(row, record_id, int(version))
        out.values[col.header] = values[i]
        out.letters[col.header] = get_column_letter(i + 1)
    return out


def take_owners(read) -> RoomRead:
    """Move the owner edits out of the generic edits (the other sheets' import plans fields it can look up), into
    the round room's read; the Comments sheet's rows are already there (read.room)."""
    room = read.room or RoomRead()
    for edit in read.edits:
        take_edit_owners(edit, room)
    return room


def take_edit_owners(edit, room: RoomRead) -> bool:
    """Move one streamed edit's owner fields into `room.owners`; True when it had any."""
    found = [f for f in edit.values if f in OWNER_FIELDS]
    for fld in found:
        if edit.token is not None:  # a shareable workbook has no owner column: the tag already refused it
            raise _refuse(row_where(edit.sheet, edit.row), QT_TRANSLATE_NOOP("Errors", "{cell}: a shareable workbook cannot name owners; nothing was applied"))
        room.owners.append((edit, fld, edit.values.pop(fld)))
    return bool(found)


# The import report's lines (the workbook's and the round room's), told in English and, through
# `Message.localized`, in the language they are shown in; cells, labels, field names and values stay as they are.
def row_where(sheet: str, row: int) -> Message:
    """Where a row is: "Clauses, row 7"."""
    return cell_where(sheet, row)


def cell_where(sheet: str, row: int, column: str | None = None, header: str | None = None) -> Message:
    """Where a row or a cell is, as every refusal and conflict of an Excel import names it: "Clauses, row 7",
    "Clauses, row 7, column C", "Clauses, row 7, column C (Status)". `sheet` and `header` are the workbook's own
    words (in the workbook's language) and stay as given; "row" and "column" are told in the message's language."""
    if column is None:
        return Message("Imports", QT_TRANSLATE_NOOP("Imports", "{sheet}, row {row}"), sheet=sheet, row=row)
    if header is None:
        return Message("Imports", QT_TRANSLATE_NOOP("Imports", "{sheet}, row {row}, column {column}"), sheet=sheet,
                       row=row, column=column)
    return Message("Imports", QT_TRANSLATE_NOOP("Imports", "{sheet}, row {row}, column {column} ({header})"),
                   sheet=sheet, row=row, column=column, header=header)


def stale_conflict(where: str, record: str, field: str, now: str | None = None, says: str | None = None) -> Message:
    """A row whose record changed in the log since the export (with the log's and the workbook's values when
    known)."""
    if now is None:
        return Message("Imports", QT_TRANSLATE_NOOP("Imports", "{cell} ({record}), {field}: changed in the log since "
                                                    "the export"), cell=where, record=record, field=field)
    return Message("Imports", QT_TRANSLATE_NOOP("Imports", "{cell} ({record}), {field}: changed in the log since the "
                                                "export (now {now}); the workbook says {says}"),
                   cell=where, record=record, field=field, now=now, says=says)


def cut_conflict(where: str, record: str, field: str) -> Message:
    """A cell whose text was cut to fit Excel: it never replaces the full text."""
    return Message("Imports", QT_TRANSLATE_NOOP("Imports", "{cell} ({record}), {field}: the text was cut to fit Excel "
                                                "and cannot replace the full text; edit it in the app"),
                   cell=where, record=record, field=field)


def plan(log: Log, room: RoomRead, report, change_type: type) -> list[_Step]:
    """The round room's planned changes (stale rows become the report's conflicts); refuses, naming the cell, a
    member not on the roster, a target that names nothing, and a new comment without text."""
    steps: list[_Step] = []
    members = log.members.list()
    by_id = {m.id: m for m in members}
    steps += _plan_owners(log, room, report, change_type, by_id)
    steps += _plan_comments(log, room, report, change_type)
    return steps


def _member(log: Log, typed: str, where: str) -> str | None:
    typed = " ".join(str(typed or "").split())
    if not typed:
        return None
    try:
        return log.members.by_initials(typed).id
    except InvalidInputError:
        known = ", ".join(m.initials for m in log.members.list()) or "none"
        shown = xlsx_cells.one_line(typed[:40])
        raise _refuse(where, QT_TRANSLATE_NOOP("Errors", "{cell}: '{value}' is not on the delegation roster; use "
                                               "initials from it ({known}); nothing was applied"),
                      value=shown, known=known) from None


def plan_owners(log: Log, room: RoomRead, report, change_type: type, by_id: dict) -> list[_Step]:
    """The owner edits' planned changes (`by_id`: the roster by member id); the import plans them per batch of
    rows, before the batch is applied."""
    return _plan_owners(log, room, report, change_type, by_id)


def _plan_owners(log: Log, room: RoomRead, report, change_type: type, by_id: dict) -> list[_Step]:
    steps = []
    words = room.words
    for table in ("clauses", "commitments"):
        found = [(e, f, v) for e, f, v in room.owners if OWNER_FIELDS[f][0] == table]
        if not found:
            continue
        column = "owner" if table == "clauses" else "owner_member"
        current = summary.records_by_ids(log, table, ("rev", column), [e.record_id for e, _, _ in found])
        for edit, fld, typed in found:
            header = OWNER_FIELDS[fld][1]
            sheet = words(edit.sheet)  # as the workbook names it (the edit keeps the English name)
            where = cell_where(sheet, edit.row, edit.columns[fld], words.header(header))
            new = _member(log, typed, where)
            if edit.record_id not in current:
                raise _refuse(row_where(sheet, edit.row), QT_TRANSLATE_NOOP("Errors", "{cell}: the Record id matches nothing in this log; nothing was applied"))
            rev, old = current[edit.record_id]
            old = old or None
            if new == old:
                continue
            shown_old = by_id[old].initials if old in by_id else ""
            shown_new = by_id[new].initials if new else ""
            if edit.rev is None or rev > edit.rev:
                nobody = Message("Imports", QT_TRANSLATE_NOOP("Imports", "(nobody)"))
                report.conflicts.append(stale_conflict(row_where(sheet, edit.row), edit.label, header.lower(),
                                                       shown_old or nobody, shown_new or nobody))
                continue
            change = change_type(edit.label, table, edit.record_id, fld, shown_old, shown_new, edit.sheet, edit.row)
            steps.append(_Step(change, ("owner", table, edit.record_id, new)))
    return steps


def _plan_comments(log: Log, room: RoomRead, report, change_type: type) -> list[_Step]:
    steps = []
    for row in room.comments:
        steps += _plan_edit(log, row, report, change_type, room.words) if row.record_id else [
            _plan_new(log, row, room, change_type)]
    return steps


def _resolved(value: object, where: str, words: Words) -> bool:
    text = _text(value).strip().lower()
    if text not in YES_NO:
        raise _refuse(where, QT_TRANSLATE_NOOP("Errors", "{cell}: '{value}' is not {yes} or {no}; nothing was applied"),
                      value=xlsx_cells.one_line(text[:20]), yes=words.value("yes"), no=words.value("no"))
    return text == "yes"


def _plan_edit(log: Log, row: CommentRow, report, change_type: type, words: Words) -> list[_Step]:
    sheet = words(COMMENTS)
    where = row_where(sheet, row.row)
    try:
        comment = log.comments.get(row.record_id)
    except Exception:  # noqa: BLE001 - NotFoundError: deleted since the export
        raise _refuse(where, QT_TRANSLATE_NOOP("Errors", "{cell}: the Record id matches no comment in this log (was it "
                                               "deleted?); nothing was applied")) from None
    label = Message("Imports", QT_TRANSLATE_NOOP("Imports", "Comment {text}"), text=xlsx_cells.one_line(comment.text[:30]))
    stale = comment.rev > row.rev
    steps = []
    if "Text" in row.values:
        at = cell_where(sheet, row.row, row.letters["Text"], words.header("Text"))
        text = _text(row.values["Text"])
        if not text.strip():
            raise _refuse(at, QT_TRANSLATE_NOOP("Errors", "{cell}: a comment's text cannot be emptied (delete the comment in the "
                                                "app); nothing was applied"))
        _check_length(text, at)
        if xlsx_cells.is_cut(text):
            report.conflicts.append(cut_conflict(where, label, "text"))
        elif stale:
            report.conflicts.append(stale_conflict(where, label, "text"))
        elif text != comment.text:
            steps.append(_Step(change_type(label, "comments", comment.id, "text", comment.text, text, COMMENTS,
                                           row.row), ("text", comment.id, text)))
    if "Resolved" in row.values:
        at = cell_where(sheet, row.row, row.letters["Resolved"], words.header("Resolved"))
        if comment.parent_id:
            raise _refuse(at, QT_TRANSLATE_NOOP("Errors", "{cell}: a reply has no {resolved} of its own; set it on the "
                                                "thread's first row; nothing was applied"),
                          resolved=words.header("Resolved"))
        resolved = _resolved(row.values["Resolved"], at, words)
        if stale:
            report.conflicts.append(stale_conflict(where, label, "resolved"))
        elif resolved != comment.resolved:
            steps.append(_Step(change_type(label, "comments", comment.id, "resolved", YES_NO[not comment.resolved],
                                           YES_NO[not resolved], COMMENTS, row.row), ("resolve", comment.id, resolved)))
    return steps


def _check_length(text: str, at: str) -> None:
    try:
        record_rules.check_note_length(text)
    except RuleError as exc:
        raise _refuse(at, QT_TRANSLATE_NOOP("Errors", "{cell}: {reason}; nothing was applied"),
                      reason=str(exc).rstrip(".")) from None


def _plan_new(log: Log, row: CommentRow, room: RoomRead, change_type: type) -> _Step:
    words = room.words
    sheet, header = words(COMMENTS), words.header
    where = row_where(sheet, row.row)
    v, at = row.values, (lambda h: cell_where(sheet, row.row, row.letters[h], header(h)))
    text = _text(v.get("Text"))
    if not text.strip():
        raise _refuse(at("Text"), QT_TRANSLATE_NOOP("Errors", "{cell}: a new comment needs its text; nothing was applied"))
    _check_length(text, at("Text"))
    parent = None
    if "Thread" in v:
        number = _text(v["Thread"]).strip()
        number = number if number.startswith("#") else f"#{number}"
        parent = room.threads.get(number)
        if parent is None:
            raise _refuse(at("Thread"), QT_TRANSLATE_NOOP("Errors", "{cell}: no thread {thread} on this sheet; nothing "
                                                          "was applied"), thread=xlsx_cells.one_line(number[:20]))
        root = log.comments.get(parent)
        parent = root.parent_id or root.id
        kind, target_id = root.target_kind.value, root.target_id
        if "On" in v or "Target" in v:
            raise _refuse(at("On" if "On" in v else "Target"),
                          QT_TRANSLATE_NOOP("Errors", "{cell}: a reply takes its thread's record: leave {on} and {target} "
                                            "empty; nothing was applied"), on=header("On"), target=header("Target"))
    else:
        if "On" not in v or "Target" not in v:
            raise _refuse(at("On" if "On" not in v else "Target"),
                          QT_TRANSLATE_NOOP("Errors", "{cell}: a new comment needs {on} and {target} (or the {thread} it "
                                            "replies to); nothing was applied"),
                          on=header("On"), target=header("Target"), thread=header("Thread"))
        kind = _text(v["On"]).strip().lower()
        if kind not in KINDS:
            raise _refuse(at("On"), QT_TRANSLATE_NOOP("Errors", "{cell}: '{value}' is not one of {allowed}; nothing was "
                                                      "applied"), value=xlsx_cells.one_line(kind[:20]),
                          allowed=", ".join(words.value(k) for k in KINDS))
        try:
            target_id = refs.target(log, kind, _text(v["Target"]))
        except InvalidInputError as exc:
            raise _refuse(at("Target"), QT_TRANSLATE_NOOP("Errors", "{cell}: {reason}; nothing was applied"),
                          reason=xlsx_cells.one_line(str(exc)).rstrip(".")) from None
    author = _member(log, _text(v.get("Author")), at("Author")) if "Author" in v else None
    audience = _text(v.get("Audience", "internal")).strip().lower()
    if audience not in AUDIENCES:
        raise _refuse(at("Audience"), QT_TRANSLATE_NOOP("Errors", "{cell}: '{value}' is not {internal} or {shareable}; "
                                                        "nothing was applied"),
                      value=xlsx_cells.one_line(audience[:20]), internal=words.value("internal"),
                      shareable=words.value("shareable"))
    resolved = _resolved(v["Resolved"], at("Resolved"), words) if "Resolved" in v else False
    when = _time(v.get("Time"), at("Time") if "Time" in v else where)
    typed = xlsx_cells.one_line(_text(v.get("Target")))
    label = (Message("Imports", QT_TRANSLATE_NOOP("Imports", "New comment on {kind} {target}"), kind=kind, target=typed)
             if typed else Message("Imports", QT_TRANSLATE_NOOP("Imports", "New comment on {kind} thread {thread}"),
                                   kind=kind, thread=xlsx_cells.one_line(_text(v.get("Thread")))))
    change = change_type(label, "comments", f"new row {row.row}", "text", "", text, COMMENTS, row.row)
    return _Step(change, ("add", kind, target_id, text, author, audience, parent, when, resolved))


def _time(value: object, where: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    try:
        return datetime.fromisoformat(_text(value).strip()).isoformat(timespec="seconds")
    except ValueError:
        raise _refuse(where, QT_TRANSLATE_NOOP("Errors", "{cell}: not a date and time (write it as 2026-02-10 14:30, or leave it"
                                               " empty); nothing was applied")) from None


def apply(log: Log, steps: list[_Step]) -> None:
    """Apply the planned round-room changes through the services (inside the import's transaction, whose plan
    checked every row against the same data, so no expected rev is passed)."""
    for step in steps:
        what, *args = step.apply
        if what == "owner":
            table, record_id, member = args
            ops = log.clauses if table == "clauses" else log.commitments
            ops.assign(record_id, member)
        elif what == "text":
            log.comments.edit(*args)
        elif what == "resolve":
            log.comments.resolve(*args)
        else:
            kind, target_id, text, author, audience, parent, when, resolved = args
            made = log.comments.add(kind, target_id, text, author=author, audience=audience, parent_id=parent,
                                    at=when).record
            if resolved:
                log.comments.resolve(made.id)
