"""The log's kept read-only connections (services/readers.py): re-used across jobs, always current, closed with
the log (close, lock, conversion), never lent after that."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from mineralsdesk.services import encryption
from mineralsdesk.services.log import Log
from mineralsdesk.services.readers import ReadersClosed

PASS = "correct horse battery"


def _title(log: Log, clause_id: str) -> str:
    return log.clauses.get(clause_id).title


def test_one_reader_serves_two_jobs_and_sees_a_write_committed_between_them(demo_log):
    options, readers = demo_log.open_options(), demo_log.readers
    clause = demo_log.read.clause_rows(sort="track", limit=1)[0]
    with readers.reader(options) as first:
        assert first.readonly and _title(first, clause.id) == clause.title
    demo_log.clauses.update(clause.id, title="Retitled between two jobs")
    with readers.reader(options) as second:
        assert second is first  # the same connection, kept open
        assert _title(second, clause.id) == "Retitled between two jobs"
        assert clause.id in {r.id for r in second.read.clause_rows(sort="track", limit=10_000)}
    assert readers.opened == 1 and readers.idle_count() == 1


def test_a_reader_holds_no_snapshot_between_jobs(demo_log):
    """A job that leaves a query half read gives its reader back with no transaction: the writer is not held."""
    options = demo_log.open_options()
    with demo_log.readers.reader(options) as log:
        log.db.execute("BEGIN")
        log.db.execute("SELECT * FROM clauses").fetchone()
    assert not log.db.conn.in_transaction
    clause = demo_log.read.clause_rows(sort="track", limit=1)[0]
    demo_log.clauses.update(clause.id, title="After a half-read job")
    with demo_log.readers.reader(options) as again:
        assert _title(again, clause.id) == "After a half-read job"


def test_two_jobs_at_once_get_two_readers_and_one_is_kept(demo_log):
    options, readers = demo_log.open_options(), demo_log.readers
    with readers.reader(options) as a, readers.reader(options) as b:
        assert a is not b
    assert readers.idle_count() == 1
    with readers.reader(options) as c:
        assert c is b  # the one given back first (the inner job's) is kept; the other was closed
    with pytest.raises(Exception, match="closed"):
        a.db.execute("SELECT 1")
    assert readers.opened == 2


def test_closing_the_log_closes_its_readers_and_lends_no_more(demo_path):
    log = Log.open(demo_path)
    options, readers = log.open_options(), log.readers
    with readers.reader(options) as reader:
        pass
    log.close()
    with pytest.raises(Exception, match="closed"):
        reader.db.execute("SELECT 1")  # the kept connection itself is closed
    with pytest.raises(ReadersClosed):
        with readers.reader(options):
            pass


def test_a_lock_closes_the_readers_and_a_job_of_before_the_lock_fails_in_one_line(demo_path):
    encryption.encrypt_log(demo_path, PASS)
    log = Log.open(demo_path, passphrase=PASS)
    try:
        options, readers = log.open_options(), log.readers
        with readers.reader(options) as reader:
            pass
        started_in = readers.generation  # a job started now, run after the lock
        log.suspend()
        assert readers.idle_count() == 0
        with pytest.raises(Exception, match="closed"):
            reader.db.execute("SELECT 1")
        with pytest.raises(ReadersClosed) as refused:
            with readers.reader(options, started_in):
                pass
        assert "locked or closed" in str(refused.value) and "\n" not in str(refused.value)
        log.resume(PASS)
        with pytest.raises(ReadersClosed):  # still refused after the unlock: it was started on the locked log
            with readers.reader(options, started_in):
                pass
        with readers.reader(log.open_options(), readers.generation) as fresh:  # a job started after the unlock
            assert fresh is not reader and fresh.clauses.list()
    finally:
        log.close()


def test_a_job_running_across_a_lock_finishes_and_its_reader_is_closed_not_kept(demo_path):
    log = Log.open(demo_path)
    try:
        options, readers = log.open_options(), log.readers
        with readers.reader(options) as reader:
            log.suspend()  # the lock comes while the job reads
            assert reader.clauses.list()  # the running job finishes (the lock does not stop an export)
        assert readers.idle_count() == 0
        with pytest.raises(Exception, match="closed"):
            reader.db.execute("SELECT 1")
    finally:
        log.close()


def test_a_reader_is_used_by_one_thread_at_a_time(demo_log):
    options, readers = demo_log.open_options(), demo_log.readers
    seen: list[int] = []
    errors: list[BaseException] = []

    def job() -> None:
        try:
            for _ in range(5):
                with readers.reader(options) as log:
                    seen.append(id(log))
                    log.read.clause_rows(sort="status", limit=50)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=job) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(seen) == 15
    assert readers.opened <= 3 and readers.idle_count() == 1


def test_a_failed_job_gives_its_reader_up(demo_log):
    options, readers = demo_log.open_options(), demo_log.readers
    with pytest.raises(ValueError):
        with readers.reader(options) as log:
            raise ValueError("the work failed")
    assert readers.idle_count() == 0
    with pytest.raises(Exception, match="closed"):
        log.db.execute("SELECT 1")


def test_the_readers_path_is_the_log_path(demo_log, tmp_path: Path):
    with demo_log.readers.reader(demo_log.open_options()) as log:
        assert log.path == demo_log.path and log.source == demo_log.source
