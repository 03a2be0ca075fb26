"""Schema 2 (search_keys and speed indexes): a v1 log migrates with its data equal, and search upkeep stays exact."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from fixture_logs import undo_clause_keys

from mineralsdesk.services.log import Log
from mineralsdesk.store import migrations


def schema_objects(statements: list[str]) -> list[tuple[str, str]]:
    """(kind, name) of every table, index and trigger the statements create."""
    found = []
    for statement in statements:
        match = re.match(r"\s*CREATE (TABLE|INDEX|TRIGGER) (\w+)", statement)
        if match:
            found.append((match.group(1).lower(), match.group(2)))
    return found


def _v2_objects() -> list[tuple[str, str]]:
    return schema_objects(migrations.SCHEMA_V2)


def _make_v1(path: Path) -> None:
    """Turn a current log into exactly what schema 1 stored: drop what step 2 added, set user_version 1.

    A stale duplicate search entry is added too, as schema 1 could be left with by an interrupted tool.
    """
    conn = sqlite3.connect(path, isolation_level=None)
    undo_clause_keys(conn)
    # Later steps first (schema 3's triggers and table), then what step 2 added.
    for kind, name in [o for o in schema_objects(migrations.SCHEMA_V3) if o[0] == "trigger"] + \
            [o for o in schema_objects(migrations.SCHEMA_V3) if o[0] == "table"] + _v2_objects():
        conn.execute(f"DROP {kind.upper()} IF EXISTS {name}")  # schema 14 replaced some of schema 3's
    kind, entity_id, title, body = conn.execute(
        "SELECT kind, entity_id, title, body FROM search_index WHERE kind = 'clause' LIMIT 1").fetchone()
    conn.execute("INSERT INTO search_index (kind, entity_id, title, body) VALUES (?, ?, ?, ?)",
                 [kind, entity_id, "stale " + title, body])
    conn.execute("PRAGMA user_version = 1")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _index_rows(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT entity_id, count(*) FROM search_index GROUP BY entity_id").fetchall()
    conn.close()
    return rows


def test_v1_log_migrates_with_data_equal_and_keys_present(demo_path: Path):
    with Log.open(demo_path) as log:
        before = log.dump()
    _make_v1(demo_path)
    assert any(n > 1 for _, n in _index_rows(demo_path))

    with Log.open(demo_path) as log:
        assert migrations.schema_version(log.db) == migrations.SCHEMA_VERSION >= 2
        assert log.dump() == before
        names = {r[0] for r in log.db.execute("SELECT name FROM sqlite_master")}
        for _kind, name in _v2_objects():
            assert name in names
        # One search entry per record, each found through its key.
        assert all(n == 1 for _, n in _index_rows(demo_path))
        keyed = log.db.execute(
            "SELECT count(*) FROM search_keys k JOIN search_index s ON s.rowid = k.doc AND s.entity_id = k.entity_id"
        ).fetchone()[0]
        assert keyed == log.db.execute("SELECT count(*) FROM search_index").fetchone()[0]
        assert log.check().ok
        assert log.search("stockpile")


def test_edits_replace_the_search_entry_instead_of_adding_one(small_log: Log):
    clause_id = small_log.ids["clause"]
    count = "SELECT count(*) FROM search_index WHERE entity_id = ?"
    for title in ("Joint ventures", "Joint mining projects", "Joint projects"):
        small_log.clauses.update(clause_id, title=title)
        assert small_log.db.execute(count, [clause_id]).fetchone()[0] == 1
    assert [h.title for h in small_log.search("mining")] == []
    assert small_log.search("projects")[0].entity_id == clause_id
    small_log.clauses.delete(clause_id)
    assert small_log.db.execute(count, [clause_id]).fetchone()[0] == 0
    assert small_log.db.execute("SELECT count(*) FROM search_keys WHERE entity_id = ?", [clause_id]).fetchone()[0] == 0


def test_search_stays_exact_after_a_json_load_replaces_the_index(demo_log: Log, tmp_path: Path):
    data = demo_log.dump()
    with Log.create(tmp_path / "copy.mdesk") as copy:
        copy.load(data)
        clause = copy.clauses.list()[0]
        copy.clauses.update(clause.id, title="Renamed after the load")
        rows = copy.db.execute("SELECT entity_id, count(*) FROM search_index GROUP BY entity_id "
                               "HAVING count(*) > 1").fetchall()
        assert rows == []
        assert copy.search("Renamed")[0].entity_id == clause.id
        assert copy.db.execute("SELECT count(*) FROM search_index").fetchone()[0] == \
            demo_log.db.execute("SELECT count(*) FROM search_index").fetchone()[0]


def test_a_stale_key_never_removes_another_records_entry(small_log: Log):
    from mineralsdesk.store import search

    db = small_log.db
    clause_id = small_log.ids["clause"]
    with small_log.write("test"):
        # As a bulk replacement of the index (JSON load) does: every entry goes, the keys stay behind ...
        db.execute("DELETE FROM search_index")
        search.put(db, "round", "other-record", "Round on stockpiles", "stockpiles of gallium")
        other_doc = db.execute("SELECT doc FROM search_keys WHERE entity_id = 'other-record'").fetchone()[0]
        # ... and the clause's old key may name the rowid a new entry has taken since.
        db.execute("UPDATE search_keys SET doc = ? WHERE entity_id = ?", [other_doc, clause_id])
        search.put(db, "clause", clause_id, "Art. 1 Joint projects", "new text on gallium")
    rows = dict(db.execute("SELECT entity_id, count(*) FROM search_index GROUP BY entity_id").fetchall())
    assert rows["other-record"] == 1
    assert rows[clause_id] == 1
    assert {h.entity_id for h in small_log.search("gallium")} == {"other-record", clause_id}
