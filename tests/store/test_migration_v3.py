"""Schema 3 (the Clauses table's order kept in clause_order): a v2 log migrates, and no write leaves a key stale."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from fixture_logs import undo_clause_keys
from test_migration_v2 import schema_objects  # tests/store is on sys.path (rootdir conftest, no packages)

from mineralsdesk.domain.rules import natural_key
from mineralsdesk.services.log import Log
from mineralsdesk.store import migrations


def _expected_keys(log: Log) -> dict[str, tuple[str, str]]:
    """What clause_order must hold, worked out in Python from the clauses and tracks themselves."""
    tracks = dict(log.db.execute("SELECT id, ref FROM tracks").fetchall())
    return {cid: (natural_key(tracks[tid]), natural_key(ref))
            for cid, tid, ref in log.db.execute("SELECT id, track_id, ref FROM clauses")}


def _stored_keys(log: Log) -> dict[str, tuple[str, str]]:
    return {cid: (tk, rk) for cid, tk, rk in log.db.execute("SELECT clause_id, track_key, ref_key FROM clause_order")}


def _make_v2(path: Path) -> None:
    """Turn a current log into exactly what schema 2 stored: drop what step 3 added, set user_version 2."""
    conn = sqlite3.connect(path, isolation_level=None)
    undo_clause_keys(conn)
    objects = schema_objects(migrations.SCHEMA_V3)
    for kind, name in [o for o in objects if o[0] == "trigger"] + [o for o in objects if o[0] == "table"]:
        conn.execute(f"DROP {kind.upper()} IF EXISTS {name}")  # schema 14 replaced some
    conn.execute("PRAGMA user_version = 2")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def test_v2_log_migrates_with_data_equal_and_every_key_filled(demo_path: Path):
    with Log.open(demo_path) as log:
        before = log.dump()
        order = [r.id for r in log.read.clause_rows(sort="track")]
    _make_v2(demo_path)
    with Log.open(demo_path) as log:
        assert migrations.schema_version(log.db) == migrations.SCHEMA_VERSION >= 3
        assert log.dump() == before
        assert _stored_keys(log) == _expected_keys(log) and len(_stored_keys(log)) == 25
        assert [r.id for r in log.read.clause_rows(sort="track")] == order
        assert log.check().ok


def test_every_write_keeps_the_keys_exact(small_log: Log):
    track_id = small_log.ids["track"]
    other = small_log.tracks.add("T-10", "Recycling", parties=["EU", "JP"]).record
    added = small_log.clauses.add(track_id, "Art. 10", "Review", "The Participants shall review.", party="EU").record
    small_log.clauses.add(other.id, "Art. 2", "Data", "The Participants shall share data.", party="JP")
    assert _stored_keys(small_log) == _expected_keys(small_log)
    small_log.clauses.update(added.id, ref="Art. 9")          # a clause renumbered
    assert _stored_keys(small_log) == _expected_keys(small_log)
    small_log.tracks.update(other.id, expected_rev=small_log.tracks.get(other.id).rev, ref="A-1")  # a track renamed
    assert _stored_keys(small_log) == _expected_keys(small_log)
    assert [r.ref for r in small_log.read.clause_rows(sort="track")][0] == "Art. 2"  # A-1 now reads first
    small_log.clauses.delete(added.id)
    assert added.id not in _stored_keys(small_log)
    assert _stored_keys(small_log) == _expected_keys(small_log)


def test_a_json_load_and_an_undone_write_leave_the_keys_exact(demo_log: Log, tmp_path: Path):
    with Log.create(tmp_path / "copy.mdesk") as copy:
        copy.load(demo_log.dump())
        assert _stored_keys(copy) == _expected_keys(copy) == _expected_keys(demo_log)
        clause = copy.clauses.list()[0]
        with pytest.raises(RuntimeError), copy.write("test"):
            copy.clauses.update(clause.id, ref="Art. 999")
            raise RuntimeError("abandoned")
        assert _stored_keys(copy) == _expected_keys(copy)


def test_the_table_order_uses_the_stored_keys_not_a_python_sort(small_log: Log):
    """A key that disagreed with the references would show: the order is read from clause_order alone."""
    track_id = small_log.ids["track"]
    small_log.clauses.add(track_id, "Art. 2", "Stockpiles", "The Participants shall share data.", party="US")
    assert [r.ref for r in small_log.read.clause_rows(sort="track")] == ["Art. 1", "Art. 2"]
    assert small_log.check().ok
    with small_log.write("test"):
        small_log.db.execute("UPDATE clause_order SET ref_key = 'zzz' WHERE clause_id = ?", [small_log.ids["clause"]])
    assert [r.ref for r in small_log.read.clause_rows(sort="track")] == ["Art. 2", "Art. 1"]
    # ... and `check` says so.
    assert [p for p in small_log.check().problems if p.startswith("clause order: 1 clause sort key")]


def test_a_log_opened_by_plain_sqlite_still_reads(small_log: Log):
    """Another SQLite tool (no natural_key function) can read every table, the keys included."""
    conn = sqlite3.connect(small_log.path)
    try:
        assert conn.execute("SELECT count(*) FROM clause_order").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM clauses").fetchone()[0] == 1
    finally:
        conn.close()


def test_step_3_starts_on_a_log_with_clauses_from_schema_2(tmp_path: Path):
    fixture = Path(__file__).resolve().parent.parent / "faults" / "fixtures" / "schema2.mdesk"
    path = tmp_path / "old.mdesk"
    path.write_bytes(fixture.read_bytes())
    with Log.open(path) as log:
        assert _stored_keys(log) == _expected_keys(log) and _stored_keys(log)
        track = log.tracks.list()[0]
        log.clauses.add(track.id, "Art. 100", "New", "The Participants shall meet.", party="EU",
                       round_id=log.rounds.list(track.id)[-1].id if log.rounds.list(track.id) else None)
        assert _stored_keys(log) == _expected_keys(log)
        assert log.read.clause_rows(sort="track")[-1].ref == "Art. 100"
