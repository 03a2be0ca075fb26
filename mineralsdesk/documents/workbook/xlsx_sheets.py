"""The sheets of the Excel summary: their columns (which ones an import may change) and their streamed rows."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from ...domain import model, rules
from ...services import summary
from ...services.log import Log
from ..audience import (
    hidden_change_entities,
    hidden_change_fields,
    record_audiences,
    shows_internal,
    shows_roster,
    visible_fields,
)

ID, REV, CHECK = "Record id", "Row version", "Check"
CHANGE_LOG_LIMIT = 10_000  # newest entries on the Change log sheet; the whole history stays in the app

STATUSES = tuple(s.value for s in rules.STATUS_ORDER)
STANCES = tuple(s.value for s in rules.STANCE_ORDER)
STATES = tuple(s.value for s in model.CommitmentState)


@dataclass(frozen=True)
class Column:
    """One column: its header, how its cells are written, how wide it may grow and whether the import reads it."""

    header: str
    kind: str = "text"  # text | wrap | date | int | key
    width: int = 14
    field: str = ""  # the record field an edit of this column changes (editable columns only)
    choices: tuple[str, ...] = ()
    fixed: bool = False  # its values come from a fixed list, shown in the workbook's language (xlsx_words)

    @property
    def editable(self) -> bool:
        return bool(self.field)


KEY_COLUMNS = [Column(ID, "key", 10), Column(REV, "key", 6)]


@dataclass
class SheetSpec:
    """A sheet of records: columns (the key columns and Check last) and a generator of its row values."""

    name: str
    entity: str  # table the rows come from; "" for the change log
    columns: list[Column]
    rows: Callable[[], Iterator[list]] = field(repr=False)
    freeze_cols: int = 0
    apart: bool = False  # read back on its own (xlsx_room: rows may be added), outside the workbook tag and Rows

    @property
    def keyed(self) -> bool:
        return bool(self.entity)

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns] + ([CHECK] if self.keyed else [])


def sheet_layout(sheets: Sequence[SheetSpec]) -> list[tuple[str, list[str], list[str]]]:
    """(name, headers, fields an import may change) of each record sheet: what the workbook tag covers."""
    return [(s.name, s.headers, [c.field for c in s.columns if c.editable]) for s in sheets if s.keyed and not s.apart]


def stance_header(party: str) -> str:
    return f"Stance {party}"


def _d(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


OWNER, OUR_OWNER = "Owner", "Our owner"  # a clause's owner; a commitment's (its "Owner" is the committing party)


def owner_columns(audience: str, header: str, fld: str, initials: Sequence[str] = ()) -> list[Column]:
    """The roster owner column of an internal workbook (none in a shareable one: the roster is internal). Its
    dropdown lists the roster's initials when they fit Excel's 255-character list; the import checks them anyway."""
    if not shows_roster(audience):
        return []
    choices = tuple(initials) if len(",".join(initials)) <= 255 else ()
    return [Column(header, width=8, field=fld, choices=choices)]


def clause_columns(parties: Sequence[str], audience: str = "shareable", initials: Sequence[str] = ()) -> list[Column]:
    return [Column("Track", width=10), Column("Ref", width=10), Column("Title", "wrap", 36),
            Column("Topic", width=18, fixed=True), Column("Minerals", width=16),
            Column("Status", width=18, field="status", choices=STATUSES, fixed=True),
            *owner_columns(audience, OWNER, "owner", initials),
            *[Column(stance_header(p), width=14, fixed=True) for p in parties],
            Column("Open brackets", "int", 9), Column("Last changed round", width=14),
            Column("Current text", "wrap", 80), *KEY_COLUMNS]


def position_columns(audience: str) -> list[Column]:
    shown = visible_fields(model.Position, audience)
    internal = [Column(header, "wrap", 36, field=name) for name, header in
                (("red_line", "Red line"), ("fallback", "Fallback"), ("internal_note", "Internal note"))
                if name in shown]
    return [Column("Track", width=10), Column("Clause", width=10), Column("Party", width=6),
            Column("Round", width=6), Column("Round date", "date", 11),
            Column("Stance", width=22, field="stance", choices=STANCES, fixed=True),
            Column("Note", "wrap", 50, field="note"), *internal, *KEY_COLUMNS]


ROUND_COLUMNS = [Column("Track", width=10), Column("Round", width=6), Column("Date", "date", 11),
                 Column("Place", width=18), Column("Video call", width=6, fixed=True), Column("Participants", "wrap", 30),
                 Column("Summary", "wrap", 50), Column("Outcomes", "wrap", 50), Column("Illustrative", width=8, fixed=True),
                 *KEY_COLUMNS]

COMMITMENT_COLUMNS = [Column("Track", width=10), Column("Owner", width=6), Column("Commitment", "wrap", 50),
                      Column("Source kind", width=10), Column("Source", "wrap", 24), Column("Due", "date", 11),
                      Column("Anchor", "wrap", 36), Column("State", width=10, field="state", choices=STATES, fixed=True),
                      Column("Days overdue", "int", 8), *KEY_COLUMNS]



def commitment_columns(audience: str, initials: Sequence[str] = ()) -> list[Column]:
    """Commitments; an internal workbook adds "Our owner" (the roster member following it) after State."""
    extra = owner_columns(audience, OUR_OWNER, "owner_member", initials)
    return [*COMMITMENT_COLUMNS[:8], *extra, *COMMITMENT_COLUMNS[8:]] if extra else COMMITMENT_COLUMNS


ASSESSMENT_COLUMNS = [Column("Commitment", "wrap", 50), Column("Party", width=6), Column("Score", "int", 6),
                      Column("Kind", width=8), Column("Date", "date", 11), Column("Evidence", "wrap", 50),
                      *KEY_COLUMNS]


def assessment_columns(audience: str) -> list[Column]:
    """An internal workbook also says which assessments may go to counterparts; a shareable one holds only those."""
    if not shows_internal(audience):
        return ASSESSMENT_COLUMNS
    return [*ASSESSMENT_COLUMNS[:-2], Column("Audience", width=10, fixed=True), *KEY_COLUMNS]

CHANGE_COLUMNS = [Column("Seq", "int", 7), Column("When (UTC)", width=20), Column("Who", width=14),
                  Column("Record kind", width=14), Column("Record", width=24), Column("Field", width=14),
                  Column("Old", "wrap", 40), Column("New", "wrap", 40), Column("Source", width=24)]


def build_sheets(log: Log, audience: str, track_ids: list[str], parties: list[str], today: date,
                 only_tracks: bool) -> list[SheetSpec]:
    """Every record sheet of the workbook (the Summary sheet is written apart)."""
    scope = track_ids if only_tracks else None
    full = shows_internal(audience)
    owners = RosterCells(log, audience, track_ids, scope)

    def clause_rows() -> Iterator[list]:
        owner = owners.clause
        for (cid, track, ref, title, topic, minerals, status, stances, brackets, last_round, text,
             rev) in summary.clause_rows(log, track_ids):
            yield [track, ref, title, topic, ", ".join(minerals), status, *owner(cid),
                   *[stances.get(p, "") for p in parties], brackets, last_round, text, cid, rev]

    position_cols = position_columns(audience)
    # Internal-only fields come out only when audience.py put their columns in this document.
    internal = [summary.POSITION_FIELDS.index(c.field) for c in position_cols
                if c.field in model.INTERNAL_ONLY_FIELDS[model.Position]]

    def position_rows() -> Iterator[list]:
        for row in summary.position_rows(log, track_ids):
            pid, _clause_id, track, clause, party, _round_id, number, when, stance, note = row[:10]
            yield [track, clause, party, f"R{number}", _d(when), stance, note, *[row[i] for i in internal],
                   pid, row[-1]]

    def round_rows() -> Iterator[list]:
        for rid, track, number, when, place, video, people, summ, outcomes, illus, rev in summary.round_rows(
                log, track_ids):
            yield [track, f"R{number}", _d(when), place, "yes" if video else "no", people, summ, outcomes,
                   "yes" if illus else "", rid, rev]

    def commitment_rows() -> Iterator[list]:
        for (cid, track, owner, text, kind, source, due, anchor, anchor_date, days, months, state,
             rev) in summary.commitment_rows(log, scope):
            due_d = _d(due)
            relative = rules.describe_relative(days, months, anchor, _d(anchor_date)) if anchor else ""
            late = rules.days_overdue(due_d, today)
            if rules.commitment_done(model.CommitmentState(state)):
                late = 0
            yield [track, owner, text, kind, source, due_d, relative, state, *ours(cid), late or None, cid, rev]

    ours = owners.commitment

    def assessment_rows() -> Iterator[list]:
        for aid, owner, text, party, score, kind, when, evidence, shown_to, rev in summary.assessment_rows(
                log, scope, record_audiences(audience)):
            yield [f"{owner}: {text}", party, score, kind, _d(when), evidence, *([shown_to] if full else []),
                   aid, rev]

    def change_rows() -> Iterator[list]:
        hidden = hidden_change_fields(audience)
        # A shareable sheet numbers only what it shows and names no imported file: gaps in the numbers or a
        # file name would tell a counterpart that edits they cannot see happened (what is left out is decided by
        # audience.hidden_change_entities and hidden_change_fields).
        shown = 0
        for seq, at, who, entity, label, fld, old, new, source in summary.change_rows(
                log, scope, hidden, CHANGE_LOG_LIMIT, hidden_entities=hidden_change_entities(audience)):
            shown += 1
            yield [seq if full else shown, at.replace("T", " ")[:19], who, entity, label, fld, old, new,
                   source if full else source.split(" of ", 1)[0]]

    return [
        SheetSpec("Clauses", "clauses", clause_columns(parties, audience, owners.initials), clause_rows,
                  freeze_cols=2),
        SheetSpec("Positions", "positions", position_cols, position_rows, freeze_cols=3),
        SheetSpec("Rounds", "rounds", ROUND_COLUMNS, round_rows, freeze_cols=2),
        SheetSpec("Commitments", "commitments", commitment_columns(audience, owners.initials), commitment_rows),
        SheetSpec("Assessments", "assessments", assessment_columns(audience), assessment_rows),
        SheetSpec("Change log", "", CHANGE_COLUMNS, change_rows),
    ]


class RosterCells:
    """The owner cells of an internal workbook: each owned record's owner as roster initials (a shareable workbook
    gets no owner cell at all: `clause` and `commitment` then give an empty list)."""

    def __init__(self, log: Log, audience: str, track_ids: list[str], scope: list[str] | None):
        self.shown = shows_roster(audience)
        members = log.members.list() if self.shown else []
        self.initials = [m.initials for m in members if m.active]
        by_id = {m.id: m.initials for m in members}
        self._clauses = {k: by_id.get(v, "") for k, v in summary.owners_by_record(log, "clauses", track_ids).items()
                         } if self.shown else {}
        self._commitments = {k: by_id.get(v, "") for k, v in summary.owners_by_record(log, "commitments", scope).items()
                             } if self.shown else {}

    def clause(self, record_id: str) -> list[str]:
        return [self._clauses.get(record_id, "")] if self.shown else []

    def commitment(self, record_id: str) -> list[str]:
        return [self._commitments.get(record_id, "")] if self.shown else []
