"""Rows <-> dataclasses: insert, update, delete with change-log entries, revision checks and search upkeep."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from ..domain import model
from ..errors import NotFoundError, StaleEditError
from . import changelog, replay, search
from .codec import TABLES, display, from_row, to_row
from .database import LogDatabase

T = TypeVar("T")


def creation_entries(table: str, record_id: str, label: str, row: dict[str, Any]) -> list[changelog.FieldChange]:
    """A record's "created" entry and one entry per stored field, so the change log can be replayed."""
    out = [changelog.FieldChange(table, record_id, "created", None, label)]
    out += [changelog.FieldChange(table, record_id, name, None, str(value)) for name, value in row.items()
            if name not in ("id", "rev") and value is not None]
    return out


def _row_label(row: dict[str, Any]) -> str:
    for name in ("ref", "code", "name", "title", "text"):
        value = row.get(name)
        if isinstance(value, str) and value:
            return value[:120]
    return "record"


class Repository:
    """Record-level access to one open log. Callers own the transaction (see services)."""

    def __init__(self, db: LogDatabase, who: Callable[[], str]):
        self.db = db
        self._who = who

    # -- reading ---------------------------------------------------------------------------------
    def get(self, cls: type[T], record_id: str) -> T:
        found = self.find(cls, "id = ?", [record_id])
        if not found:
            raise NotFoundError(f"No {cls.__name__.lower()} with id {record_id}")
        return found[0]

    def find(self, cls: type[T], where: str = "", params: Iterable[Any] = (), order_by: str = "") -> list[T]:
        sql = f"SELECT * FROM {TABLES[cls]}"
        if where:
            sql += f" WHERE {where}"
        if order_by:
            sql += f" ORDER BY {order_by}"
        cursor = self.db.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [from_row(cls, dict(zip(names, row, strict=True))) for row in cursor]

    def find_one(self, cls: type[T], where: str, params: Iterable[Any] = ()) -> T | None:
        found = self.find(cls, where, params)
        return found[0] if found else None

    # -- writing (inside the caller's write transaction) -----------------------------------------------
    def insert(self, record: T, *, source: str) -> T:
        table = TABLES[type(record)]
        row = to_row(record)
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        self.db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))
        self._log(creation_entries(table, record.id, self._label(record), row), source)
        self.reindex(record)
        return record

    def insert_many(self, records: list[Any], *, source: str) -> None:
        """Insert records of one type in a batch, each with its change-log entry and search upkeep."""
        if not records:
            return
        table = TABLES[type(records[0])]
        rows = [to_row(r) for r in records]
        columns = list(rows[0])
        self.db.conn.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
            [[row[c] for c in columns] for row in rows],
        )
        self._log([c for r, row in zip(records, rows, strict=True)
                   for c in creation_entries(table, r.id, self._label(r), row)], source)
        for record in records:
            self.reindex(record)

    def update(self, cls: type[T], record_id: str, fields: dict[str, Any], *, source: str,
               expected_rev: int | None = None) -> T:
        """Change some fields; refuses if expected_rev is given and the stored rev differs."""
        current = self.get(cls, record_id)
        if expected_rev is not None and current.rev != expected_rev:
            raise StaleEditError(
                f"This {cls.__name__.lower()} was changed elsewhere since it was shown "
                "(another window or program); the view has been refreshed, please redo the edit."
            )
        table = TABLES[cls]
        diffs = []
        updated = current
        for name, value in fields.items():
            if name in ("id", "rev") or not hasattr(current, name):
                raise ValueError(f"{cls.__name__} has no editable field {name!r}")
            old = getattr(current, name)
            if old != value:
                diffs.append(changelog.FieldChange(table, record_id, name, display(old), display(value)))
                setattr(updated, name, value)
        if not diffs:
            return current
        row = to_row(updated)
        changed_cols = [d.field for d in diffs]
        sets = ", ".join(f"{c} = ?" for c in changed_cols)
        self.db.execute(
            f"UPDATE {table} SET {sets}, rev = rev + 1 WHERE id = ?",
            [row[c] for c in changed_cols] + [record_id],
        )
        updated.rev = current.rev + 1
        self._log(diffs, source)
        self.reindex(updated)
        return updated

    def delete(self, cls: type, record_id: str, *, source: str) -> None:
        record = self.get(cls, record_id)
        table = TABLES[cls]
        self.db.execute(f"DELETE FROM {table} WHERE id = ?", [record_id])
        self._log([changelog.FieldChange(table, record_id, "deleted", self._label(record), None)], source)
        search.remove(self.db, record_id)

    def set_meta(self, key: str, value: str, *, source: str) -> None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        old = row[0] if row else None
        if old == value:
            return
        self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value])
        self._log([changelog.FieldChange("meta", key, "value", old, value)], source)

    def meta(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT key, value FROM meta").fetchall())

    def _log(self, changes: list[changelog.FieldChange], source: str) -> None:
        changelog.append(self.db, changes, who=self._who(), source=source)

    def record_event(self, changes: list[changelog.FieldChange], source: str) -> None:
        """Append entries that no record write made (imports, keying), inside the caller's transaction."""
        self._log(changes, source)

    @staticmethod
    def _label(record: Any) -> str:
        """A short human label of a new or deleted record for the change log."""
        for name in ("ref", "code", "name", "title", "text"):
            value = getattr(record, name, None)
            if isinstance(value, str) and value:
                return value[:120]
        return type(record).__name__

    def accept_as_found(self, *, source: str) -> int:
        """Write the entries that make the change log replay to the records as they are now; returns how many.

        Used to key an older log (its creation entries carry no field values), and when the user trusts a
        log as found. The differences are read in full first: the log cannot be read while it grows.
        """
        found = list(replay.mismatches(self.db))
        entries: list[changelog.FieldChange] = []
        for m in found:
            if m.kind == "field":
                entries.append(changelog.FieldChange(m.table, m.record_id, m.field, m.logged, m.current))
            elif m.kind == "deleted":
                entries.append(changelog.FieldChange(m.table, m.record_id, "deleted", None, None))
            else:
                cursor = self.db.execute(f"SELECT * FROM {m.table} WHERE id = ?", [m.record_id])
                names = [d[0] for d in cursor.description]
                row = dict(zip(names, cursor.fetchone(), strict=True))
                entries += creation_entries(m.table, m.record_id, _row_label(row), row)
        for start in range(0, len(entries), 5000):
            self._log(entries[start:start + 5000], source)
        return len(entries)

    # -- search upkeep ----------------------------------------------------------------------------
    def reindex(self, record: Any) -> None:
        """Bring the search index entry of a record (or of the clause a version belongs to) up to date."""
        if isinstance(record, model.Clause):
            text = self.db.execute(
                "SELECT text FROM clause_versions WHERE clause_id = ? ORDER BY number DESC LIMIT 1", [record.id]
            ).fetchone()
            search.put(self.db, "clause", record.id, f"{record.ref} {record.title}", text[0] if text else "")
        elif isinstance(record, model.ClauseVersion):
            self.reindex(self.get(model.Clause, record.clause_id))
        elif isinstance(record, model.Round):
            search.put(self.db, "round", record.id, f"Round {record.number} {record.place}",
                       f"{record.summary}\n{record.outcomes}\n{record.participants}")
        elif isinstance(record, model.Commitment):
            search.put(self.db, "commitment", record.id, record.text, record.source)
        elif isinstance(record, model.Position):
            body = "\n".join(x for x in (record.note, record.internal_note, record.red_line, record.fallback) if x)
            where = self.db.execute("SELECT t.ref, c.ref FROM clauses c JOIN tracks t ON t.id = c.track_id"
                                    " WHERE c.id = ?", [record.clause_id]).fetchone()
            label = f"{where[0]} {where[1]}: " if where else ""
            search.put(self.db, "position", record.id, f"{label}{record.party} {record.stance}", body)
        elif isinstance(record, model.Action):
            where = self.db.execute("SELECT t.ref, r.number FROM rounds r JOIN tracks t ON t.id = r.track_id"
                                    " WHERE r.id = ?", [record.round_id]).fetchone()
            label = f" ({where[0]} round {where[1]})" if where else ""
            search.put(self.db, "action", record.id, f"Action for {record.owner}{label}", record.text)
