"""Whole-log dump and load as plain rows, for the full-fidelity JSON format (docs/json-format.md)."""

from __future__ import annotations

import sqlite3
from typing import Any

from . import changelog
from .codec import RECORD_TYPES, TABLES, from_row, to_row
from .database import LogDatabase
from .migrations import SCHEMA_V1

# Parents before children, so foreign keys hold while loading.
TABLE_ORDER = ["parties", "tracks", "rounds", "actions", "clauses", "clause_versions", "brackets", "positions",
               "anchors", "commitments", "assessments"]
CHANGE_FIELDS = ["seq", "at", "who", "entity", "entity_id", "field", "old", "new", "source", "prev_hash", "hash"]


class DumpError(ValueError):
    """A dump that cannot be loaded; the message says where and why in one line."""


def dump_tables(db: LogDatabase) -> dict[str, Any]:
    """Every record table (rows as stored, ordered by id), the meta settings and the change log."""
    out: dict[str, Any] = {"meta": dict(db.execute("SELECT key, value FROM meta ORDER BY key").fetchall())}
    for table in TABLE_ORDER:
        cursor = db.execute(f"SELECT * FROM {table} ORDER BY id")
        names = [d[0] for d in cursor.description]
        out[table] = [dict(zip(names, row, strict=True)) for row in cursor]
    cursor = db.execute(f"SELECT {', '.join(CHANGE_FIELDS)} FROM changes ORDER BY seq")
    out["changes"] = [dict(zip(CHANGE_FIELDS, row, strict=True)) for row in cursor]
    return out


def is_fresh(db: LogDatabase) -> bool:
    """True when the log holds nothing but what `Log.create` puts in (settings and parties)."""
    return all(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] == 0 for t in TABLE_ORDER[1:])


def _check_rows(table: str, rows: Any) -> list[dict[str, Any]]:
    cls = RECORD_TYPES[table]
    if not isinstance(rows, list):
        raise DumpError(f"'{table}' must be a list of records")
    checked = []
    for i, row in enumerate(rows):
        if not isinstance(row, dict):
            raise DumpError(f"'{table}' record {i + 1} is not an object")
        try:
            record = from_row(cls, row)
            stored = to_row(record)
        except (TypeError, ValueError, KeyError) as exc:
            raise DumpError(f"'{table}' record {i + 1} is not valid: {type(exc).__name__}") from None
        extra = set(row) - set(stored)
        if extra:
            raise DumpError(f"'{table}' record {i + 1} has unknown fields: {', '.join(sorted(extra))}")
        missing = set(stored) - set(row)
        if missing:
            raise DumpError(f"'{table}' record {i + 1} lacks fields: {', '.join(sorted(missing))}")
        if stored != row:
            raise DumpError(f"'{table}' record {i + 1} has a value of the wrong type")
        checked.append(stored)
    return checked


def load_tables(db: LogDatabase, data: dict[str, Any], *, history: bool = True) -> None:
    """Replace a fresh log's content with the dump's, inside the caller's write transaction.

    With `history=False` the dump's change log is checked for shape but not copied (a new starting point).
    """
    if not is_fresh(db):
        raise DumpError("A dump can only be imported into a new, empty log")
    unknown = set(data) - {"meta", "changes", *TABLE_ORDER}
    if unknown:
        raise DumpError(f"unknown sections in the dump: {', '.join(sorted(unknown))}")
    meta = data.get("meta")
    if not isinstance(meta, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in meta.items()):
        raise DumpError("'meta' must map setting names to text")
    checked = {table: _check_rows(table, data.get(table, [])) for table in TABLE_ORDER}
    changes = data.get("changes", [])
    if not isinstance(changes, list) or not all(isinstance(c, dict) and set(c) == set(CHANGE_FIELDS) for c in changes):
        raise DumpError("'changes' must be a list of change-log entries with the documented fields")
    try:
        _replace_content(db, meta, checked, changes if history else [])
    except sqlite3.IntegrityError as exc:
        raise DumpError(f"the dump's records contradict each other ({exc})") from None
    problems = db.execute("PRAGMA foreign_key_check").fetchall()
    if problems:
        table, _rowid, parent, _fk = problems[0]
        raise DumpError(f"'{table}' refers to a missing record in '{parent}'")
    broken = changelog.verify(db) if history else []
    if broken:
        raise DumpError(f"the change log in the dump was edited ({broken[0]}); nothing was imported (to take its "
                        "records alone as a new starting point, import it with --new-start)")


def _replace_content(db: LogDatabase, meta: dict[str, str], checked: dict[str, list[dict[str, Any]]],
                     changes: list[dict[str, Any]]) -> None:
    # Foreign keys are checked once the whole dump is in (foreign_key_check above), not row by row.
    db.execute("PRAGMA defer_foreign_keys = ON")
    # The append-only guard is lifted only for this replacement, inside the same transaction.
    db.execute("DROP TRIGGER changes_no_delete")
    db.execute("DELETE FROM changes")
    db.execute(next(s for s in SCHEMA_V1 if "changes_no_delete" in s))
    db.execute("DELETE FROM search_index")
    db.execute("DELETE FROM search_keys")
    db.execute("DELETE FROM parties")
    db.execute("DELETE FROM meta")
    db.conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", sorted(meta.items()))
    for table in TABLE_ORDER:
        rows = checked[table]
        if rows:
            cols = list(rows[0])
            db.conn.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
                                [[r[c] for c in cols] for r in rows])
    db.conn.executemany(
        f"INSERT INTO changes ({', '.join(CHANGE_FIELDS)}) VALUES ({', '.join('?' for _ in CHANGE_FIELDS)})",
        [[c[f] for f in CHANGE_FIELDS] for c in changes])


def records(db: LogDatabase, table: str) -> list[Any]:
    """All records of a table as dataclasses (for re-indexing after a load)."""
    cls = RECORD_TYPES[table]
    cursor = db.execute(f"SELECT * FROM {TABLES[cls]}")
    names = [d[0] for d in cursor.description]
    return [from_row(cls, dict(zip(names, row, strict=True))) for row in cursor]
