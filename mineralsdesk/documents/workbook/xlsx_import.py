"""Reads a colleague's edited copy of the Excel summary back: checks every cell, plans the changes, applies them.

Each keyed row carries its record id, the record's rev at export (a row token in a shareable workbook) and a
fingerprint of every cell as exported (see xlsx_cells), sealed by a keyed row tag; the workbook's tag binds its
audience and columns to the log that exported it (see xlsx_tag). A cell whose hash differs was edited: in a green
column it becomes a planned change; anywhere else the whole import is refused. A row whose record changed in the
log since the export is a conflict: listed, not applied. A row deleted in Excel deletes nothing: the report says
how many are missing. Everything is applied in one transaction whose change-log entries carry
"Excel import of FILE" as their source.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ...domain import model, record_rules, rules
from ...errors import ImportRefused, InvalidInputError, LogError, NotFoundError, RuleError, StaleEditError
from ...i18n import QT_TRANSLATE_NOOP, Message, fill, localized, translate_n
from ...services import chain, summary
from ...services.log import Log
from ..audience import audience_of, internal_fields, shows_internal
from ..progress import ProgressCallback
from . import xlsx_cells, xlsx_room, xlsx_tag
from .xlsx_read import Edit, EditStream
from .xlsx_words import Words

IMPORTS = "Imports"  # the context of an import's report (as the Word and AKN imports' reports)

BATCH = 500  # clause status changes applied per change-log append
KEPT = 1_000  # planned changes a report lists in full (the dialog's list, the command line's lines); past them it counts
LOOKUP = {
    "clauses": ("rev", "status"),
    "positions": ("rev", "clause_id", "party", "round_id", "stance", "note", "red_line", "fallback",
                  "internal_note"),
    "commitments": ("rev", "state"),
}


@dataclass(frozen=True, slots=True)
class PlannedChange:
    """One field of one record that the import changes."""

    record: str
    entity: str
    entity_id: str
    field: str
    old: str
    new: str
    sheet: str = ""
    row: int = 0

    def describe(self) -> Message:
        """The change in one line (a str in English; `.localized(lang)` in another language)."""
        return Message("Imports", QT_TRANSLATE_NOOP("Imports", "{record}, {field}: {old} -> {new}"), record=self.record,
                       field=self.field.replace("_", " "), old=_short(self.old), new=_short(self.new))


def _short(text: str, limit: int = 80) -> str:
    """A value for the report, on one line; control characters shown as symbols, never sent to a terminal
    (a note may hold ESC sequences typed or pasted into the workbook)."""
    text = xlsx_cells.one_line(text)
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    return f"'{shown}'" if shown else Message("Imports", QT_TRANSLATE_NOOP("Imports", "(empty)"))


@dataclass
class ImportReport:
    """What an import found: the changes (applied or planned) and the conflicts it left alone.

    `changes` lists the first KEPT planned changes in full and `count` counts every one, so a workbook of any
    size is reported in the same memory; `more` says how many were counted but not listed."""

    file: str
    changes: list[PlannedChange] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    applied: bool = False
    dry_run: bool = False
    missing: dict[str, int] = field(default_factory=dict)  # sheet -> rows of the export deleted in Excel
    count: int = 0  # every planned change, listed or not

    def __post_init__(self) -> None:
        self.count = max(self.count, len(self.changes))

    @property
    def ok(self) -> bool:
        return not self.conflicts

    @property
    def more(self) -> int:
        """The planned changes counted but not listed (past the first KEPT)."""
        return self.count - len(self.changes)

    def add(self, changes: Iterable[PlannedChange]) -> None:
        """Count each change; list it while fewer than KEPT are listed."""
        kept = self.changes
        for change in changes:
            self.count += 1
            if len(kept) < KEPT:
                kept.append(change)

    def more_line(self, lang: str | None = None) -> str:
        """"… and N more changes" for the changes not listed ("" when every one is), in `lang`."""
        if not self.more:
            return ""
        return translate_n(IMPORTS, QT_TRANSLATE_NOOP("Imports", "… and {n} more change (not listed)"),
                           QT_TRANSLATE_NOOP("Imports", "… and {n} more changes (not listed)"), self.more, lang)

    def missing_lines(self, lang: str | None = None) -> list[str]:
        """One line per sheet with rows deleted in Excel (an import never deletes records), in `lang`."""
        return [translate_n(IMPORTS, QT_TRANSLATE_NOOP("Imports", "{n} row of the export is missing from {sheet}: not "
                                                       "deleted from the log (delete records in the app)"),
                            QT_TRANSLATE_NOOP("Imports", "{n} rows of the export are missing from {sheet}: not deleted "
                                              "from the log (delete records in the app)"), n, lang, sheet=sheet)
                for sheet, n in self.missing.items()]

    def describe(self, lang: str | None = None) -> str:
        """The changes (applied or planned) and the conflicts, in `lang` (English when None); cells as they are."""
        if not self.count:
            head = fill(IMPORTS, QT_TRANSLATE_NOOP("Imports", "{file}: no changes to import"), lang, file=self.file)
        elif self.applied:
            head = fill(IMPORTS, QT_TRANSLATE_NOOP("Imports", "{file}: {count} change(s) applied"), lang,
                        file=self.file, count=self.count)
        else:
            head = fill(IMPORTS, QT_TRANSLATE_NOOP("Imports", "{file}: {count} change(s) would be applied (dry run; "
                                                   "nothing written)"), lang, file=self.file, count=self.count)
        lines = [head, *(f"  {localized(c.describe(), lang)}" for c in self.changes)]
        if self.more:
            lines.append(f"  {self.more_line(lang)}")
        lines += self.missing_lines(lang)
        if self.conflicts:
            lines.append(fill(IMPORTS, QT_TRANSLATE_NOOP("Imports", "{count} conflict(s), not applied (resolve them "
                                                         "in the app):"), lang, count=len(self.conflicts)))
            lines += [f"  {localized(c, lang)}" for c in self.conflicts]
        return "\n".join(lines)


def import_xlsx(log: Log, path: str | os.PathLike, *, dry_run: bool = False,
                progress: ProgressCallback | None = None, data: BinaryIO | None = None) -> ImportReport:
    """Apply a colleague's edits from an exported workbook (or, with dry_run, only list them). For a
    password-protected `path`, `data` is the workbook decrypted in memory (protect.unlock_workbook).

    The rows stream (xlsx_read.EditStream): every BATCH edited rows are planned against the log and, unless
    dry_run, applied at once inside the import's one transaction, so memory does not grow with the workbook. A
    refusal on any row, even the last, raises out of that transaction: nothing is applied."""
    path = Path(path)
    try:
        secret = summary.workbook_secret(log)
    except LogError:
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name} was not exported from this log (it has no workbook key "
                                              "yet)"), name=path.name) from None
    with EditStream(path, secret, progress, data) as stream:
        report = ImportReport(path.name, dry_run=dry_run)
        if dry_run:
            _Import(log, stream, report, secret, apply=False).run()
            return report
        try:
            with log.write(f"Excel import of {path.name}"):
                run = _Import(log, stream, report, secret, apply=True)
                rows = run.run()
                if progress is not None:
                    progress(1, 1)  # everything applied; the transaction commits next
                chain.record_import(log, "Excel", path.name, _sha256(path),
                                    {"rows edited": rows, "records changed": run.records,
                                     "fields changed": report.count, "conflicts": len(report.conflicts)})
        except (InvalidInputError, StaleEditError, NotFoundError) as exc:
            # Each batch was checked against the same transaction's data; this is a rule the plan does not know.
            raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name}: the log refused a change ({reason}); nothing was "
                                                  "applied"), name=path.name, reason=str(exc)) from None
    report.applied = bool(report.count)
    return report


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class _Import:
    """One import's stream of edits, planned (and applied) every BATCH rows; the round room's owner edits are
    planned with their batch (before it is applied: their rev is the export's) and applied with the Comments
    sheet's rows once the stream ends."""

    def __init__(self, log: Log, stream: EditStream, report: ImportReport, secret: bytes, *, apply: bool):
        self.log, self.stream, self.report, self.secret, self.apply = log, stream, report, secret, apply
        self.private = internal_fields(model.Position)
        self.ours = {p.code for p in log.parties.list() if p.is_ours}
        self.shareable = not shows_internal(audience_of(stream.audience))
        self.words = stream.words  # the workbook's language: refusals name its sheets and columns as it shows them
        self.room = xlsx_room.RoomRead(words=self.words)
        self.owner_steps: list = []
        self.owner_conflicts = _Conflicts()
        self.members: dict | None = None
        self.records = 0  # records changed: counted per batch (a record's row is in one batch; see _batch)

    def run(self) -> int:
        """Plan (and apply) every edit; returns how many rows were edited."""
        rows = 0
        batch: list[Edit] = []
        hidden = self.private if self.shareable else frozenset()
        for edit in self.stream.edits():
            rows += 1
            if hidden and hidden & edit.values.keys():
                # The tag already keeps internal columns out of a shareable workbook; this is the second lock.
                raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{cell}: a shareable workbook cannot change internal "
                                                      "fields; nothing was applied"),
                                    cell=xlsx_room.row_where(self.words(edit.sheet), edit.row))
            xlsx_room.take_edit_owners(edit, self.room)
            batch.append(edit)
            if len(batch) >= BATCH:
                self._batch(batch)
                batch = []
        self._batch(batch)
        self._owners()
        self.report.missing = self.stream.missing
        self.report.conflicts += self.owner_conflicts.conflicts
        room = self.stream.room or xlsx_room.RoomRead()
        room.owners = []
        steps = self.owner_steps + xlsx_room.plan(self.log, room, self.report, PlannedChange)
        if self.apply:
            xlsx_room.apply(self.log, steps)
        self.records += len({(s.change.entity, s.change.entity_id) for s in steps[len(self.owner_steps):]})
        self.report.add(s.change for s in steps)
        return rows

    def _owners(self) -> list:
        """Plan the owner edits taken so far, before their batch is applied (the owner's rev is the export's)."""
        if not self.room.owners:
            return []
        if self.members is None:
            self.members = {m.id: m for m in self.log.members.list()}
        steps = xlsx_room.plan_owners(self.log, self.room, self.owner_conflicts, PlannedChange, self.members)
        self.owner_steps += steps
        self.room.owners = []
        return steps

    def _batch(self, edits: list[Edit]) -> None:
        if not edits:
            return
        owners = self._owners()
        changes = _plan(self.log, edits, self.report, self.secret, self.private, self.ours, self.words)
        if self.apply and changes:
            _apply(self.log, changes)
        # A record is on one row of its sheet (a copied row is refused), so the records this batch changes (its
        # rows' fields and owners) are changed by no other batch: counting per batch counts each record once.
        self.records += len({(c.entity, c.entity_id) for c, _ in changes}
                            | {(s.change.entity, s.change.entity_id) for s in owners})
        self.report.add(c for c, _ in changes)


class _Conflicts:
    """Where the owner edits' conflicts wait, to follow the other sheets' in the report as before."""

    def __init__(self) -> None:
        self.conflicts: list[str] = []


def _stale(edit: Edit, values: dict[str, object], secret: bytes) -> bool:
    """True when the record changed in the log since the export: a newer rev (internal workbooks), or (shareable
    ones) a row token that the record's current editable values no longer give."""
    if edit.token is not None:
        token = xlsx_tag.row_token(secret, edit.entity, edit.record_id, [values[f] for f in edit.editable])
        return not xlsx_tag.same(token, edit.token)
    return edit.rev is None or values["rev"] > edit.rev


def _plan(log: Log, edits: list[Edit], report: ImportReport, secret: bytes, private: frozenset | set,
          ours: set[str], words: Words | None = None) -> list[tuple[PlannedChange, tuple]]:
    """Add the edits' conflicts to the report; returns each planned change with its record's current fields.
    Refusals and conflicts name the sheet and column as the workbook shows them (`words`: its language)."""
    words = words or Words()
    changes: list[tuple[PlannedChange, tuple]] = []
    records: dict[str, dict[str, tuple]] = {}
    for entity, columns in LOOKUP.items():
        ids = [e.record_id for e in edits if e.entity == entity]
        records[entity] = summary.records_by_ids(log, entity, columns, ids) if ids else {}
    for edit in edits:
        current = records[edit.entity].get(edit.record_id)
        sheet = words(edit.sheet)
        where = xlsx_room.row_where(sheet, edit.row)
        if current is None:
            raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{cell}: the Record id matches nothing in this log (was it "
                                                  "deleted, or is the workbook from another log?); nothing was "
                                                  "applied"), cell=where)
        names = LOOKUP[edit.entity]
        values = dict(zip(names, current, strict=True))
        stale = _stale(edit, values, secret)
        for fld, new in edit.values.items():
            old = values[fld]
            if xlsx_cells.is_cut(new):
                report.conflicts.append(xlsx_room.cut_conflict(where, edit.label, fld.replace("_", " ")))
                continue
            if new == old:
                continue
            if stale:
                report.conflicts.append(xlsx_room.stale_conflict(where, edit.label, fld.replace("_", " "), _short(old),
                                                                 _short(new)))
                continue
            if fld == "status":
                try:
                    rules.check_transition(model.ClauseStatus(old), model.ClauseStatus(new))
                except ValueError as exc:
                    raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{cell}: {reason} Nothing was applied."),
                                        cell=xlsx_room.cell_where(sheet, edit.row, edit.columns[fld], words.header("Status")),
                                        reason=str(exc)) from None
            if fld in private:  # the services' rule, checked here to name the cell
                try:
                    record_rules.check_private_fields(values["party"] in ours, **{**dict.fromkeys(private, ""), fld: new})
                except RuleError as exc:
                    raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{cell}: {reason}; nothing was applied"),
                                        cell=xlsx_room.cell_where(sheet, edit.row, edit.columns[fld]),
                                        reason=f"{str(exc)[:1].lower()}{str(exc)[1:]}") from None
            changes.append((PlannedChange(edit.label, edit.entity, edit.record_id, fld, old, new, edit.sheet,
                                          edit.row), current))
    return changes


def _apply(log: Log, changes: list[tuple[PlannedChange, tuple]]) -> None:
    """Apply one batch's planned changes through the services (nested writes join the import's transaction): its
    clause statuses in one call, one change-log append (log.clauses.set_statuses); the rest one call a record."""
    by_record: dict[tuple[str, str], dict[str, str]] = {}
    current: dict[tuple[str, str], tuple] = {}
    for change, fields in changes:
        key = (change.entity, change.entity_id)
        by_record.setdefault(key, {})[change.field] = change.new
        current[key] = fields
    statuses = [(record_id, fields["status"], current[(entity, record_id)][0])
                for (entity, record_id), fields in by_record.items() if entity == "clauses"]
    if statuses:
        log.clauses.set_statuses(statuses)
    for (entity, record_id), fields in by_record.items():
        if entity == "clauses":
            continue
        now = dict(zip(LOOKUP[entity], current[(entity, record_id)], strict=True))
        rev = now["rev"]
        if entity == "commitments":
            log.commitments.set_state(record_id, fields["state"], expected_rev=rev)
        else:
            merged = {**now, **fields}
            log.positions.set(merged["clause_id"], merged["party"], merged["round_id"], merged["stance"],
                             note=merged["note"], red_line=merged["red_line"], fallback=merged["fallback"],
                             internal_note=merged["internal_note"], expected_rev=rev)
