"""Replaying the change log: every record's stored fields must equal what its entries say they became.

The entries are read in (record id, seq) order through the `changes_entity` index, one record's history
at a time, and each record is compared with its row: memory stays bounded by one record's history.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from ..i18n import QT_TRANSLATE_NOOP, Message
from .changelog import EVENT_ENTITY, MAC_KEY
from .codec import TABLES
from .database import LogDatabase
from .xlsx_queries import WORKBOOK_SECRET

RECORD_TABLES = tuple(TABLES.values())
# Settings kept outside the change log: the chain's head MAC (written beside each append) and the workbook
# key (a secret: entries are dumped and shown, so it never becomes one).
INTERNAL_META = (MAC_KEY, WORKBOOK_SECRET)


@dataclass(frozen=True)
class Mismatch:
    """One difference between a record and its history.

    kind: "field" (a field differs), "added" (a record with no creation entry), "deleted" (a record its
    history says exists is gone).
    """

    kind: str
    table: str
    record_id: str
    field: str = ""
    current: str | None = None
    logged: str | None = None

    def describe(self) -> Message:
        """The difference in one line (a str in English; `.localized(lang)` in another language)."""
        if self.kind == "added":
            return Message("Log", QT_TRANSLATE_NOOP("Log", "{table} {id}: the record is not in the change log (added "
                                                    "outside the app)"), table=self.table, id=self.record_id)
        if self.kind == "deleted":
            return Message("Log", QT_TRANSLATE_NOOP("Log", "{table} {id}: the change log says the record exists, but "
                                                    "it is gone (deleted outside the app)"),
                           table=self.table, id=self.record_id)
        return Message("Log", QT_TRANSLATE_NOOP("Log", "{table} {id}, field {field}: is {current} but the change log "
                                                "says {logged} (edited outside the app)"),
                       table=self.table, id=self.record_id, field=self.field, current=_short(self.current),
                       logged=_short(self.logged))


def _short(value: str | None) -> str:
    if value is None:
        return Message("Log", QT_TRANSLATE_NOOP("Log", "empty (null)"))
    text = " ".join(value.split())
    return repr(text if len(text) <= 60 else text[:59] + "…")


def _stored(value: object) -> str | None:
    """A column value as the change log writes it (display() of the field it came from)."""
    return None if value is None else str(value)


def _columns(db: LogDatabase) -> dict[str, list[str]]:
    out = {}
    for table in RECORD_TABLES:
        names = [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
        out[table] = [n for n in names if n not in ("id", "rev")]
    return out


def mismatches(db: LogDatabase) -> Iterator[Mismatch]:
    """Every difference between the records (and settings) and what the change log says they became."""
    columns = _columns(db)
    cursor = db.execute("SELECT entity_id, entity, field, new FROM changes INDEXED BY changes_entity "
                        "ORDER BY entity_id, seq")
    for entity_id, rows in itertools.groupby(cursor, key=lambda r: r[0]):
        histories: dict[str, tuple[bool | None, dict[str, str | None]]] = {}
        for _id, entity, field, new in rows:
            alive, fields = histories.get(entity, (None, {}))
            if field == "created":
                alive, fields = True, {}
            elif field == "deleted":
                alive, fields = False, {}
            else:
                fields[field] = new
            histories[entity] = (alive, fields)
        for entity, (alive, fields) in histories.items():
            if entity in columns:
                yield from _compare_record(db, entity, entity_id, alive, fields, columns[entity])
            elif entity == "meta" and entity_id not in INTERNAL_META:
                row = db.execute("SELECT value FROM meta WHERE key = ?", [entity_id]).fetchone()
                current = row[0] if row else None
                if current != fields.get("value"):
                    yield Mismatch("field", "meta", entity_id, "value", current, fields.get("value"))
            # EVENT_ENTITY entries (imports, keying) and unknown entities hold no record to compare.
    yield from _unlogged(db)


def _compare_record(db: LogDatabase, table: str, record_id: str, alive: bool | None,
                    fields: dict[str, str | None], names: list[str]) -> Iterator[Mismatch]:
    row = db.execute(f"SELECT {', '.join(names)} FROM {table} WHERE id = ?", [record_id]).fetchone()
    if row is None:
        if alive:
            yield Mismatch("deleted", table, record_id)
        return
    if not alive:
        yield Mismatch("added", table, record_id)
        return
    for name, value in zip(names, row, strict=True):
        current = _stored(value)
        if current != fields.get(name):
            yield Mismatch("field", table, record_id, name, current, fields.get(name))


def _unlogged(db: LogDatabase) -> Iterator[Mismatch]:
    """Records and settings that no entry mentions at all."""
    for table in RECORD_TABLES:
        for (record_id,) in db.execute(
                f"SELECT id FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM changes c WHERE c.entity_id = t.id "
                "AND c.entity = ?)", [table]):
            yield Mismatch("added", table, record_id)
    for (key, value) in db.execute(
            "SELECT key, value FROM meta m WHERE NOT EXISTS (SELECT 1 FROM changes c WHERE c.entity_id = m.key "
            "AND c.entity = 'meta')"):
        if key not in INTERNAL_META:
            yield Mismatch("field", "meta", key, "value", value, None)


def problems(db: LogDatabase, limit: int = 20) -> list[str]:
    """One line per difference, the first `limit` of them."""
    out = []
    for found in mismatches(db):
        if len(out) >= limit:
            out.append(Message("Log", QT_TRANSLATE_NOOP("Log", "... further differences not listed")))
            break
        out.append(found.describe())
    return out


__all__ = ["EVENT_ENTITY", "Mismatch", "mismatches", "problems"]
