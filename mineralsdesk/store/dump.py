"""Whole-log dump and load as plain rows, for the full-fidelity JSON format (docs/json-format.md)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import types
import typing
from functools import cache
from typing import Any

from ..domain import model, record_rules
from ..errors import DumpError, RuleError
from ..i18n import QT_TRANSLATE_NOOP, Message
from . import blobs, changelog, cipher, clause_keys
from .codec import RECORD_TYPES, TABLES, field_types, from_row, to_row
from .database import LogDatabase
from .migrations import SCHEMA_V1
from .xlsx_queries import WORKBOOK_SECRET

# Parents before children, so foreign keys hold while loading.
TABLE_ORDER = ["parties", "members", "tracks", "rounds", "actions", "clauses", "clause_versions", "brackets",
               "positions", "anchors", "commitments", "assessments", "interventions", "comments", "attachments"]
# Attached files' contents: one entry per distinct content, its bytes in base64 (docs/json-format.md).
BLOB_FIELDS = ("sha256", "size", "base64")
CHANGE_FIELDS = ["seq", "at", "who", "entity", "entity_id", "field", "old", "new", "source", "prev_hash", "hash"]


def dump_tables(db: LogDatabase) -> dict[str, Any]:
    """Every record table (rows as stored, ordered by id), the meta settings and the change log."""
    # The workbook key stays in its log: a dump loaded elsewhere must not accept this log's workbooks.
    out: dict[str, Any] = {"meta": dict(db.execute("SELECT key, value FROM meta WHERE key != ? ORDER BY key",
                                                   [WORKBOOK_SECRET]).fetchall())}
    present = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in TABLE_ORDER:
        if table not in present:  # a log of an earlier schema opened read-only (never migrated)
            out[table] = []
            continue
        cursor = db.execute(f"SELECT * FROM {table} ORDER BY id")
        names = [d[0] for d in cursor.description]
        out[table] = [dict(zip(names, row, strict=True)) for row in cursor]
    out["blobs"] = [dict(zip(BLOB_FIELDS, (sha, size, base64.b64encode(data).decode("ascii")), strict=True))
                    for sha, size, data in blobs.all_contents(db)] if "blobs" in present else []
    cursor = db.execute(f"SELECT {', '.join(CHANGE_FIELDS)} FROM changes ORDER BY seq")
    out["changes"] = [dict(zip(CHANGE_FIELDS, row, strict=True)) for row in cursor]
    return out


def is_fresh(db: LogDatabase) -> bool:
    """True when the log holds nothing but what `Log.create` puts in (settings and parties)."""
    return all(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] == 0 for t in TABLE_ORDER[1:])


def _check_rows(table: str, rows: Any, facts: record_rules.LogFacts) -> list[dict[str, Any]]:
    """The table's rows, each checked for its fields and types and against the rules the services enforce."""
    cls = RECORD_TYPES[table]
    if not isinstance(rows, list):
        raise DumpError(QT_TRANSLATE_NOOP("Errors", "'{table}' must be a list of records"), table=table)
    kinds = _json_kinds(cls)
    for i, row in enumerate(rows):
        where = Message("Errors", QT_TRANSLATE_NOOP("Errors", "'{table}' record {number}"), table=table, number=i + 1)
        if not isinstance(row, dict):
            raise DumpError(QT_TRANSLATE_NOOP("Errors", "{where} is not an object"), where=where)
        check_fields(table, i + 1, row)
        for name, allowed in kinds.items():
            if type(row[name]) not in allowed:
                raise DumpError(QT_TRANSLATE_NOOP("Errors", "{where}, field '{name}': a value of the wrong "
                                                            "type"), where=where, name=name)
        try:
            record = from_row(cls, row)
            stored = to_row(record)
        except (TypeError, ValueError, KeyError, RecursionError) as exc:
            raise DumpError(QT_TRANSLATE_NOOP("Errors", "{where} is not valid: {kind}"), where=where,
                            kind=type(exc).__name__) from None
        if stored != row:
            raise DumpError(QT_TRANSLATE_NOOP("Errors", "{where} has a value of the wrong type"), where=where)
        try:
            record_rules.check_record(record, facts)
        except RuleError as exc:
            raise DumpError(QT_TRANSLATE_NOOP("Errors", "{where}: {exc}"), where=where, exc=exc) from None
        _learn(record, facts)
        rows[i] = stored
    return rows


def section_fields(section: str) -> frozenset[str]:
    """The fields every record of a dump section ('changes' or a table) carries, no more and no fewer."""
    if section == "changes":
        return frozenset(CHANGE_FIELDS)
    if section == "blobs":
        return frozenset(BLOB_FIELDS)
    return frozenset(_json_kinds(RECORD_TYPES[section]))


def check_fields(section: str, number: int, row: dict[str, Any]) -> None:
    """Refuse a record of a dump section with unknown or missing fields, naming the section and record number."""
    fields = section_fields(section)
    if row.keys() == fields:
        return
    noun = "entry" if section == "changes" else "record"
    extra = set(row) - fields
    if extra:
        shown = ", ".join(repr(k[:40]) for k in sorted(extra)[:5])
        raise DumpError(QT_TRANSLATE_NOOP("Errors", "'{section}' {noun} {number} has unknown fields: "
                                                    "{shown}"), section=section, noun=noun, number=number,
                        shown=shown)
    raise DumpError(QT_TRANSLATE_NOOP("Errors", "'{section}' {noun} {number} lacks fields: {fields}"),
                    section=section, noun=noun, number=number, fields=', '.join(sorted(fields - set(row))))


@cache
def _json_kinds(cls: type) -> dict[str, tuple[type, ...]]:
    """Field name -> the JSON value types its stored column takes: whole numbers for numbers and yes/no, text
    for the rest (dates, lists and choices are stored as text), and null when the field may be empty."""
    kinds = {}
    for name, annotation in field_types(cls).items():
        members = typing.get_args(annotation) if isinstance(annotation, types.UnionType) else (annotation,)
        base = next(a for a in members if a is not type(None))
        kind: tuple[type, ...] = (int,) if base in (int, bool) else (str,)
        kinds[name] = kind + ((type(None),) if type(None) in members else ())
    return kinds


def _learn(record: Any, facts: record_rules.LogFacts) -> None:
    """What later records' rules need to know about this one."""
    if isinstance(record, model.Party):
        facts.parties[record.code] = record.is_ours
    elif isinstance(record, model.Round):
        facts.round_tracks[record.id] = record.track_id
    elif isinstance(record, model.Clause):
        facts.clause_tracks[record.id] = record.track_id


def _check_changes(changes: Any) -> list[dict[str, Any]]:
    """The change log's entries, each with exactly the documented fields: `seq` a number, the rest text or null."""
    if not isinstance(changes, list):
        raise DumpError(QT_TRANSLATE_NOOP("Errors", "'changes' must be a list of change-log entries with "
                                                    "the documented fields"))
    for i, entry in enumerate(changes):
        if not isinstance(entry, dict):
            raise DumpError(QT_TRANSLATE_NOOP("Errors", "'changes' entry {entry} is not an object"),
                            entry=i + 1)
        check_fields("changes", i + 1, entry)
        for name, value in entry.items():
            if not (type(value) is int if name == "seq" else (value is None or type(value) is str)):
                raise DumpError(QT_TRANSLATE_NOOP("Errors", "'changes' entry {entry}, field '{name}': a "
                                                            "value of the wrong type"), entry=i + 1,
                                name=name)
    return changes


def _check_blobs(entries: Any) -> list[tuple[str, bytes]]:
    """The attached files' contents: each base64 that decodes to bytes of the stated size and SHA-256."""
    if not isinstance(entries, list):
        raise DumpError(QT_TRANSLATE_NOOP("Errors", "'blobs' must be a list of attached file contents"))
    out = []
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict):
            raise DumpError(QT_TRANSLATE_NOOP("Errors", "'blobs' entry {entry} is not an object"),
                            entry=i + 1)
        check_fields("blobs", i + 1, entry)
        sha256, size, text = entry["sha256"], entry["size"], entry["base64"]
        if not (isinstance(sha256, str) and type(size) is int and isinstance(text, str)):
            raise DumpError(QT_TRANSLATE_NOOP("Errors", "'blobs' entry {entry}: a value of the wrong type"),
                            entry=i + 1)
        try:
            content = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            raise DumpError(QT_TRANSLATE_NOOP("Errors", "'blobs' entry {entry}: its base64 does not decode"),
                            entry=i + 1) from None
        if len(content) != size or hashlib.sha256(content).hexdigest() != sha256:
            raise DumpError(QT_TRANSLATE_NOOP("Errors", "'blobs' entry {entry}: its bytes do not match "
                                                        "their size and SHA-256"), entry=i + 1)
        out.append((sha256, content))
    return out


def load_tables(db: LogDatabase, data: dict[str, Any], *, history: bool = True) -> None:
    """Replace a fresh log's content with the dump's, inside the caller's write transaction.

    With `history=False` the dump's change log is checked for shape but not copied (a new starting point).
    """
    if not is_fresh(db):
        raise DumpError(QT_TRANSLATE_NOOP("Errors", "A dump can only be imported into a new, empty log"))
    unknown = set(data) - {"meta", "changes", "blobs", *TABLE_ORDER}
    if unknown:
        raise DumpError(QT_TRANSLATE_NOOP("Errors", "unknown sections in the dump: {sections}"),
                        sections=', '.join(sorted(unknown)))
    meta = data.get("meta")
    if not isinstance(meta, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in meta.items()):
        raise DumpError(QT_TRANSLATE_NOOP("Errors", "'meta' must map setting names to text"))
    facts = record_rules.LogFacts()
    checked = {table: _check_rows(table, data.get(table, []), facts) for table in TABLE_ORDER}
    try:
        record_rules.check_parties_table(from_row(model.Party, row) for row in checked["parties"])
    except RuleError as exc:
        raise DumpError(QT_TRANSLATE_NOOP("Errors", "'parties': {exc}"), exc=exc) from None
    changes = _check_changes(data.get("changes", []))
    contents = _check_blobs(data.get("blobs", []))
    try:
        _replace_content(db, meta, checked, changes if history else [])
        for sha256, content in contents:
            blobs.put(db, sha256, content, None, "")  # the text is extracted again after loading (services)
    except cipher.IntegrityError as exc:
        raise DumpError(QT_TRANSLATE_NOOP("Errors", "the dump's records contradict each other ({exc})"),
                        exc=exc) from None
    problems = db.execute("PRAGMA foreign_key_check").fetchall()
    if problems:
        table, _rowid, parent, _fk = problems[0]
        raise DumpError(QT_TRANSLATE_NOOP("Errors", "'{table}' refers to a missing record in '{parent}'"),
                        table=table, parent=parent)
    broken = changelog.verify(db) if history else []
    if broken:
        raise DumpError(QT_TRANSLATE_NOOP("Errors", "the change log in the dump was edited ({problem}); "
                                                    "nothing was imported (to take its records alone as a "
                                                    "new starting point, import it with --new-start)"),
                        problem=broken[0])


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
    db.execute("DELETE FROM meta WHERE key != ?", [WORKBOOK_SECRET])
    # The short parts of the clauses' words are filled once, in key order, after the clauses (row by row, each
    # clause's ~50 parts land on ~50 pages of the table, scattered: a near-limit dump took twice as long).
    grams = clause_keys.grams_present(db)
    for statement in clause_keys.GRAM_TRIGGERS if grams else []:
        db.execute(f"DROP TRIGGER {statement.split()[2]}")
    db.conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)",
                        sorted(i for i in meta.items() if i[0] != WORKBOOK_SECRET))
    for table in TABLE_ORDER:
        rows = checked[table]
        if rows:
            cols = list(rows[0])
            db.conn.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
                                ([r[c] for c in cols] for r in rows))
    db.conn.executemany(
        f"INSERT INTO changes ({', '.join(CHANGE_FIELDS)}) VALUES ({', '.join('?' for _ in CHANGE_FIELDS)})",
        ([c[f] for f in CHANGE_FIELDS] for c in changes))
    if grams:
        clause_keys.install_grams(db)


def records(db: LogDatabase, table: str) -> list[Any]:
    """All records of a table as dataclasses (for re-indexing after a load)."""
    cls = RECORD_TYPES[table]
    cursor = db.execute(f"SELECT * FROM {TABLES[cls]}")
    names = [d[0] for d in cursor.description]
    return [from_row(cls, dict(zip(names, row, strict=True))) for row in cursor]
