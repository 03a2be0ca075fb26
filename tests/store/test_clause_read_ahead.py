"""The read-ahead of an encrypted log's Clauses pages (clause_keys.ReadAhead, Log.read_ahead): what it reads stays
in the connection's cache (the file's pages can be wiped afterwards and the table still reads), in bounded steps,
never past its limit, and only for an encrypted log."""

from __future__ import annotations

from pathlib import Path

import pytest

from mineralsdesk.services import encryption
from mineralsdesk.services.log import Log
from mineralsdesk.store import cipher, clause_keys

PASS = "correct horse battery staple"
PAGE = 4096

TABLE_SQL = "SELECT doc, clause_id, title, status FROM clause_order ORDER BY doc"
READING_SQL = ("SELECT track_key, ref_key, clause_id FROM clause_order INDEXED BY clause_order_reading "
               f"ORDER BY {clause_keys.order_by('track', False)}")


@pytest.fixture
def encrypted(demo_path: Path) -> Path:
    """The demo log with 400 clauses more (the table and its reading order then span many pages), encrypted."""
    with Log.open(demo_path) as log, log.write("more clauses"):
        track = log.tracks.list()[0].id
        for n in range(400):
            log.clauses.add(track, f"Art. {900 + n}", f"Clause {n} on the stockpiling of cobalt and lithium",
                            "Text.", party="EU")
    encryption.encrypt_log(demo_path, PASS)
    return demo_path


def _wipe_all_but_the_header(path: Path) -> None:
    """Every page of the file but the first (its salt and the change counter a new read checks) overwritten: a page
    the connection has to read from the file now fails its check."""
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.seek(PAGE)
        fh.write(b"\x00" * (size - PAGE))


def _read_whole(step) -> int:
    steps = 0
    while step():
        steps += 1
    return steps


def test_the_read_ahead_leaves_the_table_and_its_reading_order_in_the_cache(encrypted: Path):
    with Log.open(encrypted, passphrase=PASS, readonly=True, defer_checks=True) as log:
        table, reading = log.db.execute(TABLE_SQL).fetchall(), log.db.execute(READING_SQL).fetchall()
        assert len(table) > 400
    with Log.open(encrypted, passphrase=PASS, readonly=True, defer_checks=True) as log:
        ahead = clause_keys.ReadAhead(log.db, step=7)
        _read_whole(ahead.step)
        assert (ahead.table_rows, ahead.index_entries) == (len(table), len(table))
        _wipe_all_but_the_header(encrypted)
        assert log.db.execute(TABLE_SQL).fetchall() == table
        assert log.db.execute(READING_SQL).fetchall() == reading


def test_without_it_the_wiped_pages_are_read_and_fail(encrypted: Path):
    """The check above means something: the same reads on a connection that did not read ahead meet the wiped
    pages."""
    with Log.open(encrypted, passphrase=PASS, readonly=True, defer_checks=True) as log:
        log.read.clause_count()
        _wipe_all_but_the_header(encrypted)
        with pytest.raises(cipher.DatabaseError):
            log.db.execute(TABLE_SQL).fetchall()


def test_it_reads_in_bounded_steps_and_stops_at_its_limit(encrypted: Path):
    with Log.open(encrypted, passphrase=PASS, readonly=True, defer_checks=True) as log:
        clauses = log.read.clause_count()
        ahead = clause_keys.ReadAhead(log.db, rows=clauses - 5, step=10)
        steps = _read_whole(ahead.step)
        assert (ahead.table_rows, ahead.index_entries) == (clauses - 5, clauses - 5)
        assert steps == 2 * -(-(clauses - 5) // 10)  # each part in steps of at most 10
        assert ahead.done and not ahead.step()

        whole = clause_keys.ReadAhead(log.db, step=clauses)  # a step of exactly the table: one more finds the end
        _read_whole(whole.step)
        assert (whole.table_rows, whole.index_entries) == (clauses, clauses)


def test_an_empty_table_is_read_ahead_at_once(tmp_path: Path):
    path = tmp_path / "empty.mdesk"
    Log.create(path).close()
    encryption.encrypt_log(path, PASS)
    with Log.open(path, passphrase=PASS, defer_checks=True) as log:
        step = log.read_ahead()
        assert step is not None
        assert _read_whole(step) == 2 and not step()  # each part finds its end at once


def test_only_an_encrypted_open_log_reads_ahead(demo_path: Path):
    with Log.open(demo_path, defer_checks=True) as plain:
        assert plain.read_ahead() is None  # plain SQLite reads a page from the OS cache for little
    encryption.encrypt_log(demo_path, PASS)
    log = Log.open(demo_path, passphrase=PASS, defer_checks=True)
    step = log.read_ahead()
    assert step is not None and step()
    log.suspend()  # the window locked: the connection is closed
    assert log.read_ahead() is None and step() is False
    log.resume(PASS)
    assert log.read_ahead() is not None
    log.close()
    assert log.read_ahead() is None and step() is False


def test_rows_at_the_ends_of_the_integer_range_are_read_and_the_steps_end(demo_path: Path):
    """A forged log whose kept rows sit at the smallest and largest doc SQLite allows: read like any other."""
    with Log.open(demo_path) as log:
        db = log.db
        with log.write("forged docs"):
            db.execute("UPDATE clause_order SET doc = 9223372036854775807 WHERE doc = (SELECT max(doc) FROM clause_order)")
            db.execute("UPDATE clause_order SET doc = -9223372036854775807 WHERE doc = (SELECT min(doc) FROM clause_order)")
        clauses = db.execute("SELECT count(*) FROM clause_order").fetchone()[0]
        ahead = clause_keys.ReadAhead(db, step=clauses)  # the largest doc ends a full step: one more finds the end
        _read_whole(ahead.step)
        assert ahead.done and (ahead.table_rows, ahead.index_entries) == (clauses, clauses)
