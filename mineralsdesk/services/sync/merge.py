"""The field-level merge: each incoming change-log entry is applied through the repository, found already there,
or put in the conflict queue; never written over a value this laptop holds.

Generic over every record table of `store.codec.TABLES`: a record type added there is merged with no change here.
Content tables carried by key (attachments' `blobs`, keyed by sha256) register in CONTENT_TABLES.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ...domain import model
from ...domain.model import ChangeEntry
from ...errors import SyncError
from ...i18n import QT_TRANSLATE_NOOP, Message
from ...store import blobs, changelog, sync_state
from ...store.codec import RECORD_TYPES, field_types, from_column, from_row, to_column
from ...store.database import write_transaction
from ...store.repository import Repository

# Echoes: what a laptop applied from a sync file is in its chain under this source; the entry's own laptop
# carries the original, so receivers skip these.
SYNC_SOURCE_PREFIX = "sync from "
# Tables whose rows are content named by their key (e.g. `blobs` by sha256): a creation is inserted when the key
# is absent and is otherwise already there (same key, same content). Register the table name here at merge.
CONTENT_TABLES: set[str] = set()


@dataclass
class MergeReport:
    applied: int = 0
    already: int = 0
    conflicts: int = 0
    skipped: int = 0  # echoes, settings and log events: not records of the delegation's work
    conflict_lines: list[str] = field(default_factory=list)

    def add_conflict(self, line: str) -> None:
        self.conflicts += 1
        if len(self.conflict_lines) < 50:
            self.conflict_lines.append(line)


_COLUMN_TYPES: dict[str, dict[str, str]] = {}


def _typed(db: Any, table: str, name: str, text: str | None) -> Any:
    """A change-log value (text) back as the column's stored value."""
    if text is None:
        return None
    if table not in _COLUMN_TYPES:  # the schema is fixed for a build: read each table's declaration once
        _COLUMN_TYPES[table] = sync_state.column_types(db, table)
    kind = _COLUMN_TYPES[table].get(name, "TEXT").upper()
    if kind == "INTEGER":
        return int(text)
    if kind == "REAL":
        return float(text)
    return text


def _python(db: Any, table: str, name: str, text: str | None) -> Any:
    cls = RECORD_TYPES[table]
    return from_column(field_types(cls)[name], _typed(db, table, name, text))


class Batch:
    """Field edits of one import held back and written together: per record one UPDATE of the columns it
    changed, one change-log append for all of them (one head read, one MAC), one search reindex per record.

    What the merge compares against is this laptop's record as the batch leaves it (read once per record, then
    kept up to date in memory), so the outcome of every entry is the one applying it alone would give. The
    batch is written before anything that reads the tables (a creation, a deletion, renumbering) and at the
    end of each chain.
    """

    def __init__(self, repo: Repository, source: str):
        self.repo = repo
        self.db = repo.db
        self.source = source
        self._rows: dict[tuple[str, str], dict[str, str | None] | None] = {}
        self._pending: dict[tuple[str, str], dict[str, Any]] = {}
        self._entries: list[changelog.FieldChange] = []

    def fields(self, table: str, record_id: str) -> dict[str, str | None] | None:
        """The record's fields as the change log writes them, pending edits included (None: no such record)."""
        key = (table, record_id)
        if key not in self._rows:
            self._rows[key] = sync_state.stored_fields(self.db, table, record_id)
        return self._rows[key]

    def set(self, table: str, record_id: str, name: str, old: str | None, value: Any) -> None:
        """Hold back one field edit (`value` as the column stores it)."""
        new = None if value is None else str(value)
        row = self.fields(table, record_id)
        assert row is not None
        row[name] = new
        self._pending.setdefault((table, record_id), {})[name] = value
        self._entries.append(changelog.FieldChange(table, record_id, name, old, new))

    def flush(self) -> None:
        """Write what is held back (in the caller's transaction) and forget what was read."""
        self._rows.clear()
        if not self._entries:
            return
        by_shape: dict[tuple[str, tuple[str, ...]], list[list[Any]]] = {}
        for (table, record_id), values in self._pending.items():
            columns = tuple(sorted(values))
            by_shape.setdefault((table, columns), []).append([values[c] for c in columns] + [record_id])
        for (table, columns), rows in by_shape.items():
            sync_state.update_columns(self.db, table, columns, rows)
        self.repo.record_event(self._entries, self.source)
        for table, record_id in self._pending:
            self.repo.reindex(self.repo.get(RECORD_TYPES[table], record_id))
        self._pending.clear()
        self._entries = []


class Merger:
    """Applies one device's entries (a list, oldest first) into an open log's repository, inside its write."""

    def __init__(self, repo: Repository, source: str, from_device: str, report: MergeReport, *,
                 batch: Batch | None = None, deleted: frozenset[tuple[str, str]] = frozenset(),
                 gone: set[tuple[str, str]] | None = None):
        self.repo = repo
        self.db = repo.db
        self.source = source
        self.from_device = from_device
        self.report = report
        self.batch = batch or Batch(repo, source)
        # Records a chain of this file deletes by hand (`deleted`); of those, the ones whose creation could not
        # be made here (`gone`, shared by the file's mergers): created and deleted before this laptop had them.
        self.deleted = deleted
        self.gone = gone if gone is not None else set()

    def apply_chain(self, entries: list[ChangeEntry], *, final: bool) -> int:
        """Apply entries from the start; stop before one that waits for a record another chain brings (unless
        `final`, when it becomes a conflict). Returns how many entries were consumed."""
        try:
            return self._apply(entries, final=final)
        finally:
            self.batch.flush()

    def _apply(self, entries: list[ChangeEntry], *, final: bool) -> int:
        i = 0
        while i < len(entries):
            e = entries[i]
            if e.source.startswith(SYNC_SOURCE_PREFIX) or e.entity not in RECORD_TYPES:
                self.report.skipped += 1
                i += 1
                continue
            if (e.entity, e.entity_id) in self.gone:  # its whole life is in the file and ends deleted
                self.report.already += 1
                i += 1
                continue
            if e.field == "created":
                group = [e]
                j = i + 1
                while (j < len(entries) and entries[j].entity == e.entity and entries[j].entity_id == e.entity_id
                       and entries[j].at == e.at and entries[j].field not in ("created", "deleted")):
                    group.append(entries[j])
                    j += 1
                if not self._create(e, group[1:], final):
                    return i
                i = j
                continue
            if not self._one(e, final):
                return i
            i += 1
        return i

    # -- one record --------------------------------------------------------------------------------
    def _guarded(self, work: Callable[[], None]) -> bool:
        """Run one record's write in a savepoint; False (and nothing written) when SQLite refuses it."""
        try:
            with write_transaction(self.db, savepoint=True):  # a refused row is undone alone, the merge goes on
                work()
        except Exception as exc:  # noqa: BLE001 - a refused row (a parent missing here) becomes a conflict
            if "constraint" not in str(exc).lower() and "foreign key" not in str(exc).lower():
                raise
            return False
        return True

    def _create(self, e: ChangeEntry, fields: list[ChangeEntry], final: bool) -> bool:
        self.batch.flush()
        table = e.entity
        if sync_state.raw_row(self.db, table, e.entity_id) is not None:
            self.report.already += 1
            return True
        if sync_state.has_history(self.db, table, e.entity_id) and table not in CONTENT_TABLES:
            self.report.add_conflict(Message("Sync", QT_TRANSLATE_NOOP(
                                              "Sync", "{table} {id}: created there, but deleted here"),
                                              table=table, id=e.entity_id))
            sync_state.add_conflict(self.db, table, e.entity_id, "created", None, None, e.new, self.from_device, e.seq)
            return True
        cls = RECORD_TYPES[table]
        row: dict[str, Any] = {name: None for name in field_types(cls)}
        row["id"] = e.entity_id
        row.pop("rev", None)
        for f in fields:
            if f.field in row:
                row[f.field] = _typed(self.db, table, f.field, f.new)
        record = from_row(cls, row)

        def work() -> None:
            if isinstance(record, model.ClauseVersion):
                self._make_room(record)
            self.repo.insert(record, source=self.source)

        if self._guarded(work):
            self.report.applied += 1
            return True
        if (table, e.entity_id) in self.deleted:
            # Created and deleted there before this laptop had it (an attachment's content is gone with it, a
            # parent may be gone too): nothing to hold here, and nothing anyone typed is lost by passing it over.
            self.gone.add((table, e.entity_id))
            self.report.already += 1
            return True
        if not final:
            return False
        self.report.add_conflict(Message("Sync", QT_TRANSLATE_NOOP(
                                          "Sync", "{table} {id}: created there under a record missing here"),
                                          table=table, id=e.entity_id))
        sync_state.add_conflict(self.db, table, e.entity_id, "created", None, None, e.new, self.from_device, e.seq)
        return True

    def _make_room(self, version: model.ClauseVersion) -> None:
        """Two versions of one clause with the same number (tabled on two laptops): both kept, those from this
        number on renumbered in a stable order (round date, then id), the same on every laptop."""
        taken = sync_state.versions_from(self.db, version.clause_id, version.number)
        if not any(number == version.number for _id, number, _date in taken):
            return
        date = ""
        if version.round_id:
            rnd = self.repo.get(model.Round, version.round_id)
            date = rnd.date.isoformat()
        group = sorted([*taken, (version.id, version.number, date)], key=lambda t: (t[2], t[0]))
        for k, (vid, _number, _date) in enumerate(taken):
            self.repo.update(model.ClauseVersion, vid, {"number": -1 - k}, source=self.source)
        base = version.number
        for k, (vid, _number, _date) in enumerate(group):
            if vid == version.id:
                version.number = base + k
            else:
                self.repo.update(model.ClauseVersion, vid, {"number": base + k}, source=self.source)

    def _one(self, e: ChangeEntry, final: bool) -> bool:
        table, cls = e.entity, RECORD_TYPES[e.entity]
        local = self.batch.fields(table, e.entity_id)
        if e.field == "deleted":
            if local is None:
                self.report.already += 1
                return True
            self.batch.flush()
            if self._guarded(lambda: self.repo.delete(cls, e.entity_id, source=self.source)):
                self.report.applied += 1
                if table == "attachments" and local.get("sha256"):  # its content goes with its last attachment
                    blobs.remove_if_unused(self.db, str(local["sha256"]))
            else:
                self.report.add_conflict(Message("Sync", QT_TRANSLATE_NOOP(
                                                  "Sync", "{table} {id}: deleted there, but records here still use it"),
                                                  table=table, id=e.entity_id))
                sync_state.add_conflict(self.db, table, e.entity_id, "deleted", None, "kept", None,
                                        self.from_device, e.seq)
            return True
        if local is None:
            if not final and not sync_state.has_history(self.db, table, e.entity_id):
                return False  # its creation comes in another chain of this file
            self.report.add_conflict(Message("Sync", QT_TRANSLATE_NOOP(
                                              "Sync", "{table} {id}, {field}: edited there, deleted here"),
                                              table=table, id=e.entity_id, field=e.field))
            sync_state.add_conflict(self.db, table, e.entity_id, e.field, e.old, None, e.new, self.from_device, e.seq)
            return True
        current = local.get(e.field)
        if current == e.new:
            self.report.already += 1
        elif current == e.old:
            if e.field not in field_types(cls) or e.field in ("id", "rev"):
                raise SyncError(QT_TRANSLATE_NOOP("Errors", "The sync file changes a field this version "
                                                            "does not know ({table}.{field}); update "
                                                            "MineralsDesk, then import it again"),
                                table=table, field=e.field)
            value = to_column(_python(self.db, table, e.field, e.new))
            self.batch.set(table, e.entity_id, e.field, current, value)
            self.report.applied += 1
        else:
            self.report.add_conflict(Message("Sync", QT_TRANSLATE_NOOP(
                                              "Sync", "{table} {id}, {field}: changed on both laptops"),
                                              table=table, id=e.entity_id, field=e.field))
            sync_state.add_conflict(self.db, table, e.entity_id, e.field, e.old, current, e.new, self.from_device,
                                    e.seq)
        return True
