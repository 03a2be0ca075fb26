"""Background jobs that only read borrow the log's kept reader (services/readers.py): the same warm connection
from one job to the next, current with every committed edit, closed by the lock and by a log switch, and a job
that comes after the close fails in one line (no traceback, no error report)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QThreadPool

from mineralsdesk.gui.context import AppContext
from mineralsdesk.gui.worker import Job, start_job
from mineralsdesk.services.log import Log

PASS = "correct horse battery staple"
TODAY = date(2026, 11, 26)


def _run(qtbot, ctx: AppContext, work, pool: QThreadPool) -> list:
    """Start a read-only job as the app does and wait for its one outcome: ("done", result) or ("failed", line)."""
    outcome: list = []
    job = start_job(None, ctx.log, "Reading", work, lambda result: outcome.append(("done", result)), pool=pool,
                    reads_only=True)
    job.signals.failed.connect(lambda line: outcome.append(("failed", line)))
    qtbot.waitUntil(lambda: bool(outcome), timeout=30_000)
    return outcome


def _title_and_connection(clause_id: str):
    return lambda log, progress: (log.clauses.get(clause_id).title, id(log.db.conn), log.readonly)


def test_two_jobs_share_one_kept_reader_which_sees_an_edit_made_between_them(encrypted_window, qtbot):
    ctx, pool = encrypted_window.ctx, QThreadPool()
    clause = ctx.log.read.clause_rows(sort="track", limit=1)[0]
    [(kind, (title, first_conn, readonly))] = _run(qtbot, ctx, _title_and_connection(clause.id), pool)
    assert kind == "done" and title == clause.title and readonly
    ctx.log.clauses.update(clause.id, title="Edited between two exports")
    [(kind, (title, second_conn, _))] = _run(qtbot, ctx, _title_and_connection(clause.id), pool)
    assert kind == "done" and title == "Edited between two exports"
    assert second_conn == first_conn and ctx.log.readers.opened == 1
    pool.waitForDone()


def test_the_lock_closes_the_reader_and_a_job_started_before_it_fails_in_one_line(encrypted_window, qtbot,
                                                                                 monkeypatch, tmp_path):
    from mineralsdesk.gui import worker

    reports: list = []
    monkeypatch.setattr(worker, "write_report", lambda *a: reports.append(a) or tmp_path / "report.txt")
    ctx, pool = encrypted_window.ctx, QThreadPool()
    clause = ctx.log.read.clause_rows(sort="track", limit=1)[0]
    _run(qtbot, ctx, _title_and_connection(clause.id), pool)
    assert ctx.log.readers.idle_count() == 1
    late = Job(ctx.log.open_options(), _title_and_connection(clause.id), ctx.log.readers)  # queued, not yet run
    outcome: list = []
    late.signals.failed.connect(outcome.append)
    late.signals.finished.connect(outcome.append)

    encrypted_window.idle_lock.lock()
    assert ctx.log.locked and ctx.log.readers.idle_count() == 0  # no decrypted page kept while locked
    late.run()  # the job racing the lock
    assert len(outcome) == 1 and "locked or closed" in outcome[0] and "\n" not in outcome[0]
    assert reports == []

    assert encrypted_window.idle_lock.unlock(PASS)
    [(kind, (title, _conn, _ro))] = _run(qtbot, ctx, _title_and_connection(clause.id), pool)  # a new job reopens
    assert kind == "done" and title == clause.title and ctx.log.readers.opened == 2
    pool.waitForDone()


def test_switching_the_log_closes_the_old_logs_readers(qapp, qtbot, demo_path, settings, tmp_path):
    ctx, pool = AppContext(Log.open(demo_path), today=TODAY, settings=settings), QThreadPool()
    old = ctx.log
    [(kind, _)] = _run(qtbot, ctx, lambda log, progress: log.clauses.list(), pool)
    assert kind == "done" and old.readers.idle_count() == 1
    other = tmp_path / "other.mdesk"
    Log.create(other).close()
    ctx.replace_log(Log.open(other))
    assert old.readers.closed and old.readers.idle_count() == 0
    [(kind, clauses)] = _run(qtbot, ctx, lambda log, progress: log.clauses.list(), pool)
    assert kind == "done" and clauses == [] and ctx.log.readers.opened == 1
    pool.waitForDone()
    ctx.log.close()


def test_a_job_that_writes_still_gets_a_connection_of_its_own(ctx, qtbot):
    outcome: list = []
    start_job(None, ctx.log, "Writing", lambda log, progress: (log.readonly, id(log.db.conn)), outcome.append,
              pool=QThreadPool())
    qtbot.waitUntil(lambda: bool(outcome), timeout=30_000)
    assert outcome[0][0] is False and ctx.log.readers.opened == 0
