"""The sync tables of schema 8: colleagues and their marks, the verified copies of other laptops' chains, conflicts.

Per-laptop state, never change-log entries (like the head's MAC). Callers own the transaction.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..domain.model import ChangeEntry
from ..i18n import QT_TRANSLATE_NOOP, Message
from . import changelog
from .codec import TABLES
from .database import LogDatabase

ENTRY_FIELDS = ("seq", "at", "who", "entity", "entity_id", "field", "old", "new", "source", "prev_hash", "hash")


@dataclass(frozen=True)
class Peer:
    device_id: str
    name: str
    last_sent_seq: int
    last_received_seq: int
    last_synced_at: str


@dataclass(frozen=True)
class Conflict:
    id: int
    entity: str
    entity_id: str
    field: str
    base: str | None
    ours: str | None
    theirs: str | None
    from_device: str
    from_seq: int
    state: str
    resolution: str | None


# -- our own chain -------------------------------------------------------------------------------------
def own_entries(db: LogDatabase, after: int) -> Iterator[ChangeEntry]:
    """This laptop's change-log entries after `after`, oldest first."""
    for row in db.execute(f"SELECT {changelog.CHANGE_COLUMNS} FROM changes WHERE seq > ? ORDER BY seq", [after]):
        yield ChangeEntry(*row)


def own_entry(db: LogDatabase, seq: int) -> ChangeEntry | None:
    row = db.execute(f"SELECT {changelog.CHANGE_COLUMNS} FROM changes WHERE seq = ?", [seq]).fetchone()
    return ChangeEntry(*row) if row else None


# -- received chains -----------------------------------------------------------------------------------
def received_entries(db: LogDatabase, device: str, after: int) -> Iterator[ChangeEntry]:
    for row in db.execute(f"SELECT {', '.join(ENTRY_FIELDS)} FROM sync_received WHERE device = ? AND seq > ? "
                          "ORDER BY seq", [device, after]):
        yield ChangeEntry(*row)


def received_entry(db: LogDatabase, device: str, seq: int) -> ChangeEntry | None:
    row = db.execute(f"SELECT {', '.join(ENTRY_FIELDS)} FROM sync_received WHERE device = ? AND seq = ?",
                     [device, seq]).fetchone()
    return ChangeEntry(*row) if row else None


def received_head(db: LogDatabase, device: str) -> int:
    """The newest seq of `device`'s chain held here (0: none)."""
    return db.execute("SELECT coalesce(max(seq), 0) FROM sync_received WHERE device = ?", [device]).fetchone()[0]


def received_devices(db: LogDatabase) -> list[str]:
    return [r[0] for r in db.execute("SELECT DISTINCT device FROM sync_received ORDER BY device")]


def add_received(db: LogDatabase, device: str, entries: list[ChangeEntry]) -> None:
    db.conn.executemany(
        f"INSERT INTO sync_received (device, {', '.join(ENTRY_FIELDS)}) VALUES (?{', ?' * len(ENTRY_FIELDS)})",
        [(device, *(getattr(e, f) for f in ENTRY_FIELDS)) for e in entries])


def copy_own_chain_as(db: LogDatabase, device: str, after: int, upto: int) -> None:
    """Record our own entries after..upto as `device`'s chain (a clone holds its source's history)."""
    db.execute(f"INSERT INTO sync_received (device, {', '.join(ENTRY_FIELDS)}) SELECT ?, {changelog.CHANGE_COLUMNS}"
               " FROM changes WHERE seq > ? AND seq <= ?", [device, after, upto])


def has_history(db: LogDatabase, entity: str, entity_id: str) -> bool:
    """True when our change log mentions the record (it existed here, even if deleted since)."""
    return db.execute("SELECT 1 FROM changes WHERE entity_id = ? AND entity = ? LIMIT 1",
                      [entity_id, entity]).fetchone() is not None


def verify_received(db: LogDatabase) -> list[str]:
    """Links and hashes of every received chain; one line per problem (first 20)."""
    problems: list[str] = []
    for device in received_devices(db):
        prev: tuple[int, str] | None = None
        for e in received_entries(db, device, 0):
            if prev is not None and (e.seq != prev[0] + 1 or e.prev_hash != prev[1]):
                problems.append(Message("Log", QT_TRANSLATE_NOOP("Log", "laptop {device}, change {seq}: does not "
                                                                "follow the entry before it"),
                                        device=device[:8], seq=e.seq))
            if changelog.entry_hash(e.prev_hash, e.at, e.who, e.entity, e.entity_id, e.field, e.old, e.new,
                                    e.source) != e.hash:
                problems.append(Message("Log", QT_TRANSLATE_NOOP("Log", "laptop {device}, change {seq}: its content "
                                                                "does not match its hash"),
                                        device=device[:8], seq=e.seq))
            prev = (e.seq, e.hash)
            if len(problems) >= 20:
                return problems
    return problems


def clear_for_clone(db: LogDatabase) -> None:
    """A colleague's copy starts with no colleagues, marks or conflicts of its own."""
    for table in ("sync_peers", "sync_marks", "sync_conflicts"):
        db.execute(f"DELETE FROM {table}")


# -- colleagues and marks ------------------------------------------------------------------------------
def peers(db: LogDatabase) -> list[Peer]:
    return [Peer(*r) for r in db.execute("SELECT device_id, name, last_sent_seq, last_received_seq, last_synced_at "
                                         "FROM sync_peers ORDER BY name, device_id")]


def save_peer(db: LogDatabase, device_id: str, name: str, **fields: Any) -> None:
    db.execute("INSERT INTO sync_peers (device_id, name) VALUES (?, ?) ON CONFLICT (device_id) DO UPDATE SET "
               "name = CASE WHEN excluded.name = '' THEN name ELSE excluded.name END", [device_id, name])
    for column, value in fields.items():
        if column not in ("last_sent_seq", "last_received_seq", "last_synced_at"):
            raise ValueError(column)
        db.execute(f"UPDATE sync_peers SET {column} = ? WHERE device_id = ?", [value, device_id])


def marks(db: LogDatabase, peer: str) -> dict[str, int]:
    return dict(db.execute("SELECT origin, seq FROM sync_marks WHERE peer = ?", [peer]).fetchall())


def raise_mark(db: LogDatabase, peer: str, origin: str, seq: int) -> None:
    db.execute("INSERT INTO sync_marks (peer, origin, seq) VALUES (?, ?, ?) ON CONFLICT (peer, origin) DO UPDATE "
               "SET seq = max(seq, excluded.seq)", [peer, origin, seq])


# -- conflicts -----------------------------------------------------------------------------------------
def add_conflict(db: LogDatabase, entity: str, entity_id: str, field: str, base: str | None, ours: str | None,
                 theirs: str | None, from_device: str, from_seq: int) -> None:
    db.execute("INSERT INTO sync_conflicts (entity, entity_id, field, base, ours, theirs, from_device, from_seq) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [entity, entity_id, field, base, ours, theirs, from_device,
                                                   from_seq])


def conflicts(db: LogDatabase, *, open_only: bool = True) -> list[Conflict]:
    where = " WHERE state = 'open'" if open_only else ""
    return [Conflict(*r) for r in db.execute(
        "SELECT id, entity, entity_id, field, base, ours, theirs, from_device, from_seq, state, resolution "
        f"FROM sync_conflicts{where} ORDER BY id")]


def conflict(db: LogDatabase, conflict_id: int) -> Conflict | None:
    row = db.execute("SELECT id, entity, entity_id, field, base, ours, theirs, from_device, from_seq, state, "
                     "resolution FROM sync_conflicts WHERE id = ?", [conflict_id]).fetchone()
    return Conflict(*row) if row else None


def close_conflict(db: LogDatabase, conflict_id: int, resolution: str) -> None:
    db.execute("UPDATE sync_conflicts SET state = 'resolved', resolution = ? WHERE id = ?", [resolution, conflict_id])


# -- records, generically --------------------------------------------------------------------------------
def stored_fields(db: LogDatabase, table: str, record_id: str) -> dict[str, str | None] | None:
    """A record's fields as the change log writes them (None: no such record); any table of TABLES."""
    if table not in TABLES.values():
        raise ValueError(f"not a record table: {table}")
    cursor = db.execute(f"SELECT * FROM {table} WHERE id = ?", [record_id])
    row = cursor.fetchone()
    if row is None:
        return None
    names = [d[0] for d in cursor.description]
    return {n: (None if v is None else str(v)) for n, v in zip(names, row, strict=True) if n not in ("id", "rev")}


def raw_row(db: LogDatabase, table: str, record_id: str) -> dict[str, Any] | None:
    if table not in TABLES.values():
        raise ValueError(f"not a record table: {table}")
    cursor = db.execute(f"SELECT * FROM {table} WHERE id = ?", [record_id])
    row = cursor.fetchone()
    return None if row is None else dict(zip([d[0] for d in cursor.description], row, strict=True))


def update_columns(db: LogDatabase, table: str, columns: tuple[str, ...], rows: list[list[Any]]) -> None:
    """Set `columns` of many records of one table (each row: the values, then the id), rev + 1 each."""
    if table not in TABLES.values():
        raise ValueError(f"not a record table: {table}")
    known = column_types(db, table)
    if any(c not in known or c in ("id", "rev") for c in columns):
        raise ValueError(f"not columns of {table}: {columns}")
    sets = ", ".join(f"{c} = ?" for c in columns)
    db.conn.executemany(f"UPDATE {table} SET {sets}, rev = rev + 1 WHERE id = ?", rows)


def column_types(db: LogDatabase, table: str) -> dict[str, str]:
    return {r[1]: r[2] for r in db.execute(f"PRAGMA table_info({table})")}


def versions_from(db: LogDatabase, clause_id: str, number: int) -> list[tuple[str, int, str]]:
    """(version id, number, round date or '') of a clause's versions numbered `number` or more."""
    return db.execute("SELECT v.id, v.number, coalesce(r.date, '') FROM clause_versions v LEFT JOIN rounds r "
                      "ON r.id = v.round_id WHERE v.clause_id = ? AND v.number >= ?", [clause_id, number]).fetchall()


# -- the app's review of conflicts (services/sync/review.py) ------------------------------------------------
def reopen_conflict(db: LogDatabase, conflict_id: int) -> None:
    """Put a settled conflict back in the queue (an undone resolution)."""
    db.execute("UPDATE sync_conflicts SET state = 'open', resolution = NULL WHERE id = ?", [conflict_id])
