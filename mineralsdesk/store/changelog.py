"""The append-only, hash-chained change log: every entry carries the hash of the one before it."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from ..domain.model import ChangeEntry
from .database import LogDatabase

GENESIS = "0" * 64


def entry_hash(prev_hash: str, at: str, who: str, entity: str, entity_id: str, field: str,
               old: str | None, new: str | None, source: str) -> str:
    payload = json.dumps([prev_hash, at, who, entity, entity_id, field, old, new, source], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def now_stamp() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class FieldChange:
    entity: str
    entity_id: str
    field: str
    old: str | None
    new: str | None


def append(db: LogDatabase, changes: Iterable[FieldChange], *, who: str, source: str) -> int:
    """Append entries inside the caller's transaction; returns how many were written."""
    row = db.execute("SELECT hash FROM changes ORDER BY seq DESC LIMIT 1").fetchone()
    prev = row[0] if row else GENESIS
    at = now_stamp()
    rows = []
    for c in changes:
        h = entry_hash(prev, at, who, c.entity, c.entity_id, c.field, c.old, c.new, source)
        rows.append((at, who, c.entity, c.entity_id, c.field, c.old, c.new, source, prev, h))
        prev = h
    db.conn.executemany(
        "INSERT INTO changes (at, who, entity, entity_id, field, old, new, source, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    return len(rows)


def verify(db: LogDatabase) -> list[str]:
    """Walk the whole chain; returns one line per broken link (empty when the history is intact)."""
    problems: list[str] = []
    prev = GENESIS
    for seq, at, who, entity, entity_id, field, old, new, source, prev_hash, h in db.execute(
        "SELECT seq, at, who, entity, entity_id, field, old, new, source, prev_hash, hash FROM changes ORDER BY seq"
    ):
        if prev_hash != prev:
            problems.append(f"change {seq}: does not follow the entry before it (an entry was removed or reordered)")
        if entry_hash(prev_hash, at, who, entity, entity_id, field, old, new, source) != h:
            problems.append(f"change {seq}: its content does not match its hash (the entry was edited)")
        prev = h
        if len(problems) >= 20:
            problems.append("... further problems not listed")
            break
    return problems


CHANGE_COLUMNS = "seq, at, who, entity, entity_id, field, old, new, source, prev_hash, hash"


def entries(db: LogDatabase, *, entity_id: str | None = None, text: str | None = None,
            limit: int = 500, offset: int = 0, newest_first: bool = True) -> list[ChangeEntry]:
    """Change-log entries, optionally for one record or containing a word, newest first."""
    where, params = [], []
    if entity_id:
        where.append("entity_id = ?")
        params.append(entity_id)
    if text:
        where.append("(who || ' ' || entity || ' ' || field || ' ' || coalesce(old, '') || ' ' || "
                     "coalesce(new, '') || ' ' || source) LIKE ?")
        params.append(f"%{text}%")
    sql = f"SELECT {CHANGE_COLUMNS} FROM changes"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY seq {'DESC' if newest_first else 'ASC'} LIMIT ? OFFSET ?"
    params += [limit, offset]
    return [ChangeEntry(*row) for row in db.execute(sql, params)]
