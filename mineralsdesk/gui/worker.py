"""Long work (exports, imports) off the GUI thread on its own Log connection, with a cancellable progress dialog.

The worker's connection is opened as the window's log was (path, read-only state, key, source) and without
the start-up work (whole-file check, daily backup, migration): the window's open log has done it. Work that
only reads (`reads_only=True`: exports, import previews) borrows one of the log's kept read-only connections
(`log.readers`, services/readers.py), whose page cache stays warm from one job to the next; work that writes
opens a connection of its own. A job that a lock (or a closed log) overtakes fails with one line.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ..errorlog import write_report
from ..errors import LogError
from ..services.log import Log, OpenOptions
from ..services.readers import Readers
from .common.errors import error_text
from .language import translate

Work = Callable[[Log, Callable[[int, int], None]], Any]


class JobSignals(QObject):
    """Queued across threads: the GUI thread hears about progress and the end, never the worker's objects."""

    progress = Signal(int, int)
    finished = Signal(object)  # the work's result
    failed = Signal(str)       # one line for the user
    cancelled = Signal()


class Job(QRunnable):
    """Runs `work(log, progress)` in a pool thread on its own connection to the log (SQLite's are per thread)."""

    def __init__(self, options: OpenOptions, work: Work, readers: Readers | None = None):
        super().__init__()
        self.options = options
        self.work = work
        # A kept reader of the log's, when the work only reads; the generation it was started in (a lock ends it).
        self.readers = readers
        self.generation = readers.generation if readers is not None else 0
        self.signals = JobSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)  # the GUI keeps a reference until it has read the outcome

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int) -> None:
        from ..errors import Cancelled

        if self._cancel.is_set():
            raise Cancelled("Cancelled")
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        from ..errors import EXPORT_ERRORS, Cancelled

        try:
            if self.readers is not None:
                with self.readers.reader(self.options, self.generation) as log:
                    result = self.work(log, self._progress)
            else:
                with Log.reopen(self.options) as log:
                    result = self.work(log, self._progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except (*EXPORT_ERRORS, LogError, OSError, ValueError) as error:
            self.signals.failed.emit(error_text(error) or type(error).__name__)
        except Exception as error:  # noqa: BLE001 - reported to the GUI thread, which logs it with the hook
            where = write_report(error, error.__traceback__)
            self.signals.failed.emit(translate("Worker", "An unexpected error stopped the work ({kind}). Details were "
                                               "written to {where}.").format(kind=type(error).__name__, where=where))
        else:
            self.signals.finished.emit(result)


def start_job(parent: QWidget | None, log: Log, title: str, work: Work,
              on_done: Callable[[Any], None], *, on_ended: Callable[[], None] | None = None,
              pool: QThreadPool | None = None, reads_only: bool = False) -> Job:
    """Start `work` with a window-modal progress dialog whose Cancel stops it at the next progress step.

    `on_done(result)` runs on the GUI thread on success; failures show a dialog, cancelling shows nothing;
    `on_ended()` runs after a failure or a cancel. Every slot is connected before the job starts: a job
    that fails at once must not emit before anyone listens. The work gets its own connection to the open `log`,
    opened the same way (see Log.reopen); `reads_only` work borrows one of the log's kept readers instead.
    """
    job = Job(log.open_options(), work, log.readers if reads_only else None)
    dialog = QProgressDialog(title, translate("Worker", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)  # quick exports finish without a flashing dialog
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    def finish() -> None:
        dialog.canceled.disconnect(job.cancel)
        dialog.close()
        dialog.deleteLater()

    def succeeded(result: Any) -> None:
        finish()
        on_done(result)

    def failed(message: str) -> None:
        finish()
        if on_ended is not None:
            on_ended()
        QMessageBox.warning(parent, translate("Worker", "{title} failed").format(title=title), message)

    def cancelled() -> None:
        finish()
        if on_ended is not None:
            on_ended()

    dialog.canceled.connect(job.cancel)
    job.signals.progress.connect(progress)
    job.signals.finished.connect(succeeded)
    job.signals.failed.connect(failed)
    job.signals.cancelled.connect(cancelled)
    (pool or QThreadPool.globalInstance()).start(job)
    return job
