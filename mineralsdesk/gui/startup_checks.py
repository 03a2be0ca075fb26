"""The start-up log's whole-file check and daily backup, run in a worker thread after the first paint.

Why: on a 278 MB log `PRAGMA quick_check` reads the whole file (~0.35 s) and the first start of a day
copies it (0.5-1 s). The app opens its start-up log with `Log.open(defer_checks=True)`, paints, then
runs `run_deferred_checks()` here on its own connection (SQLite connections belong to one thread).
What it finds comes back to the GUI thread as a queued signal: warnings for the status bar, or damage,
which the main window handles like a damaged log at open (close it, offer the newest good backup).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication

from ..errors import DamagedLogError, LogError
from ..i18n import localized
from ..services.log import Log
from .common.errors import error_text
from .language import current_language, translate


class CheckSignals(QObject):
    """Queued to the GUI thread; each carries the path checked, so a result for a log since closed is ignored."""

    passed = Signal(object, list)   # path, warnings (e.g. the day's backup could not be made)
    damaged = Signal(object, str)   # path, the damage in one line
    failed = Signal(object, str)    # path, why the check itself could not run (busy, unreadable)


class DeferredCheck(QRunnable):
    """Opens its own Log on `path` (without the checks) and runs the checks the start-up open skipped."""

    def __init__(self, path: Path, passphrase: str | None = None, raw_key=None):
        super().__init__()
        self.path = path
        self._passphrase = passphrase  # the window's (an encrypted log), memory only
        self._raw_key = raw_key  # its derived key (memory only): this connection skips the key derivation
        self.signals = CheckSignals()
        self.setAutoDelete(False)  # the GUI side keeps it until it has heard the outcome

    def run(self) -> None:
        try:
            with Log.open(self.path, defer_checks=True, passphrase=self._passphrase,
                          raw_key=self._raw_key) as log:
                warnings = list(log.run_deferred_checks())
        except DamagedLogError as error:
            self.signals.damaged.emit(self.path, error_text(error))
        except (LogError, OSError) as error:
            self.signals.failed.emit(self.path, error_text(error) or type(error).__name__)
        else:
            self.signals.passed.emit(self.path, warnings)


class AfterFirstPaint(QObject):
    """Calls `then()` once, on the event loop turn after `widget` first paints."""

    def __init__(self, widget: QObject, then):
        super().__init__(widget)
        self._then = then
        self._widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, then)
        return False


class StartupChecker(QObject):
    """Runs the deferred check of the window's start-up log and acts on what it finds, on the GUI thread."""

    def __init__(self, window, pool: QThreadPool | None = None):
        super().__init__(window)
        self.window = window
        self.pool = pool or QThreadPool(self)  # our own pool: quitting waits for it, not for exports
        self.job: DeferredCheck | None = None

    def start(self) -> DeferredCheck:
        log = self.window.ctx.log
        options = log.open_options()
        job = self.job = DeferredCheck(log.path, options.passphrase, options.raw_key)
        # Connected before start(): a check that fails at once must not emit before anyone listens.
        job.signals.passed.connect(self._passed)
        job.signals.damaged.connect(self._damaged)
        job.signals.failed.connect(self._failed)
        self.pool.start(job)
        return job

    def wait(self) -> None:
        """Let a running check (and the backup it takes) finish before the process ends."""
        self.pool.waitForDone()

    def _still_open(self, path: Path) -> bool:
        """False when the user has switched to another log since the check started."""
        return self.window.ctx.log.path.resolve() == Path(path).resolve()

    def _passed(self, path: Path, warnings: list[str]) -> None:
        if warnings and self._still_open(path):
            self.window.statusBar().showMessage(" ".join(localized(w, current_language()) for w in warnings))

    def _failed(self, path: Path, message: str) -> None:
        if self._still_open(path):
            self.window.statusBar().showMessage(translate("StartupChecks", "The background check of {name} could not run: {message}").format(
                name=Path(path).name, message=message))

    def _damaged(self, path: Path, message: str) -> None:
        """As when a damaged log is opened: stop using it, offer the newest good backup, else another log."""
        if not self._still_open(path):
            return
        from ..services import backups
        from .logfile import dialogs

        window, path = self.window, Path(path)
        settings = window.ctx.settings
        passphrase = window.ctx.log.open_options().passphrase
        # Nothing may read the damaged file while the dialogs are up, and a restore renames it.
        window.hide()
        window.ctx.close_log()
        damage = backups.Damage(message, backups.newest_good_backup(path, passphrase))
        log = dialogs.offer_recovery(None, path, damage, settings, passphrase)
        if log is None:
            log = dialogs.choose_another_log(settings)
        if log is None:
            window.close()
            QApplication.quit()
            return
        window.switch_to(log)
        window.show()
