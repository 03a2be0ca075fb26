"""Every write is one IMMEDIATE, all-or-nothing transaction; schema types, foreign keys and no alter=True."""

from __future__ import annotations

import re
import sqlite3
import threading
from pathlib import Path

import pytest
import sqlite_utils
from fixture_logs import own_tables

from mineralsdesk.errors import StaleEditError
from mineralsdesk.services.log import Log
from mineralsdesk.store import changelog, database

PACKAGE = Path(__file__).resolve().parents[2] / "mineralsdesk"


def test_plain_with_conn_is_not_a_transaction_but_our_write_path_is(log: Log):
    """The trap: on our connections `with db.conn:` leaves rows of a failed save; write_transaction does not."""
    before = log.check().counts
    with pytest.raises(RuntimeError), log.db.conn:
        log.db.execute("INSERT INTO anchors (id, name, date) VALUES ('a1', 'first', '2026-02-04')")
        log.db.execute("INSERT INTO anchors (id, name, date) VALUES ('a2', 'second', '2026-02-04')")
        raise RuntimeError("save failed half-way")
    assert log.db.execute("SELECT count(*) FROM anchors").fetchone()[0] == 2  # the trap is real
    log.db.execute("DELETE FROM anchors")
    with pytest.raises(RuntimeError), database.write_transaction(log.db):
        log.db.execute("INSERT INTO anchors (id, name, date) VALUES ('a1', 'first', '2026-02-04')")
        log.db.execute("INSERT INTO anchors (id, name, date) VALUES ('a2', 'second', '2026-02-04')")
        raise RuntimeError("save failed half-way")
    assert log.check().counts == before


def test_a_service_write_failing_after_many_rows_leaves_nothing(small_log: Log, monkeypatch):
    before, chain = small_log.dump(), small_log.check().counts["changes"]
    calls = {"n": 0}
    real_append = changelog.append

    def failing_append(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:  # clause, version written; fails on the brackets
            raise OSError("simulated failure")
        return real_append(*args, **kwargs)

    monkeypatch.setattr(changelog, "append", failing_append)
    track = small_log.ids["track"]
    with pytest.raises(OSError):
        small_log.clauses.add(track, "Art. 9", "Stockpiles", "Stocks [of 90 days / of 60 days] [shall] be kept.",
                             party="EU", round_id=small_log.ids["r1"])
    assert calls["n"] == 3
    assert small_log.dump() == before and small_log.check().counts["changes"] == chain


def test_deferred_read_then_write_fails_at_once_but_immediate_waits(small_log: Log):
    """In WAL a read-then-write transaction gets 'database is locked' at once; ours waits its turn."""
    path = small_log.path
    other = sqlite3.connect(path, isolation_level=None, timeout=5)
    deferred = sqlite3.connect(path, isolation_level=None, timeout=5)
    deferred.execute("BEGIN")
    deferred.execute("SELECT count(*) FROM tracks").fetchone()
    other.execute("UPDATE tracks SET description = 'changed elsewhere'")
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        deferred.execute("UPDATE tracks SET kind = 'x'")
    deferred.execute("ROLLBACK")
    deferred.close()

    # Another writer holds the write lock. The second window's write must wait for it, then land.
    second = Log.open(path)  # opened before the lock is taken: opening is not what is being tested
    statements: list[str] = []
    asking = threading.Event()

    def traced(sql: str) -> None:
        statements.append(sql)
        if sql.strip().upper() == "BEGIN IMMEDIATE":
            asking.set()  # SQLite traces a statement as it starts to run, i.e. before it waits for the lock

    second.db.conn.set_trace_callback(traced)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE tracks SET description = 'held by another writer'")
    errors: list[BaseException] = []

    def write():
        try:
            second.tracks.update(small_log.ids["track"], kind="memorandum of understanding")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    thread = threading.Thread(target=write)
    thread.start()
    try:
        assert asking.wait(30), f"the second writer never asked for the write lock: {statements}"
        # It has asked and cannot have it while `other` holds the lock: it is waiting, nothing of it is written.
        assert thread.is_alive() and not errors
        assert small_log.tracks.get(small_log.ids["track"]).kind != "memorandum of understanding"
    finally:
        other.execute("COMMIT")  # the waiting writer goes on after this; it never failed
        thread.join(30)
        other.close()
        second.close()
    assert not thread.is_alive() and not errors
    landed = small_log.tracks.get(small_log.ids["track"])
    assert landed.kind == "memorandum of understanding"  # the deferred write landed once the lock was free
    assert landed.description == "held by another writer"  # and the other writer's change was kept


def test_a_second_window_opens_a_log_whose_header_is_still_in_the_wal(log: Log):
    """A new log's header lives in its -wal until a checkpoint; a second opener must still recognise it."""
    assert Path(str(log.path) + "-wal").stat().st_size > 0
    with Log.open(log.path) as second:
        assert second.settings.delegation == "EU delegation"


def test_stale_edit_is_refused_with_a_message(small_log: Log):
    track = small_log.tracks.get(small_log.ids["track"])
    with Log.open(small_log.path) as other_window:
        other_window.tracks.update(track.id, expected_rev=track.rev, title="Renamed elsewhere")
    with pytest.raises(StaleEditError, match="changed elsewhere"):
        small_log.tracks.update(track.id, expected_rev=track.rev, title="My rename")
    assert small_log.tracks.get(track.id).title == "Renamed elsewhere"


def test_foreign_keys_are_on_for_every_connection_unlike_plain_sqlite_utils(log: Log):
    log.close()
    plain = sqlite_utils.Database(log.path)
    assert plain.execute("PRAGMA foreign_keys").fetchone()[0] == 0  # the library default we must not rely on
    plain.close()
    for readonly in (False, True):
        db = database.open_database(log.path, readonly=readonly)
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        db.close()
    with Log.open(log.path) as opened, pytest.raises(sqlite3.IntegrityError):
        with opened.write():
            opened.db.execute("INSERT INTO rounds (id, track_id, number, date) VALUES ('r', 'no-such-track', 1, "
                              "'2026-02-10')")


def test_strict_tables_refuse_a_wrong_type_where_inference_would_store_it(log: Log):
    with pytest.raises(sqlite3.DatabaseError, match="cannot store"), log.write():
        log.db.execute("INSERT INTO rounds (id, track_id, number, date) VALUES ('r', 't', 'first', '2026-02-10')")
    # What sqlite-utils infers from a first row whose value is None: a TEXT column.
    scratch = sqlite_utils.Database(memory=True)
    scratch["t"].insert({"due": None})
    assert scratch["t"].columns_dict["due"] is str
    tables = own_tables(log.db)
    assert "clauses" in tables and "clause_order" in tables
    for table in tables:
        sql = log.db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
        assert re.search(r"\)\s*STRICT\b", sql), f"{table} is not STRICT"


def test_no_production_path_lets_sqlite_utils_infer_or_alter_a_schema():
    """alter=True silently adds a misspelled column; insert/upsert on a Table infers types. Neither is used."""
    banned = re.compile(r"alter\s*=\s*True|\.insert_all\(|\.upsert(_all)?\(|\.add_column\(|\.create_table\(|"
                        r"\.transform\(|db\[[^\]]+\]\.insert\(|\.table\([^)]*\)\.insert\(")
    offenders = []
    for source in PACKAGE.rglob("*.py"):
        for n, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
            if banned.search(line):
                offenders.append(f"{source.relative_to(PACKAGE)}:{n}: {line.strip()}")
    assert offenders == []


def test_journal_mode_and_synchronous_are_the_documented_ones(log: Log):
    assert log.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert log.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert log.db.execute("PRAGMA busy_timeout").fetchone()[0] == database.BUSY_TIMEOUT_MS
