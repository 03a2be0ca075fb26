"""The one AppContext passed to every widget and command: the open log, undo stack, settings, change signal."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..domain.model import Changed
from ..services.log import Log


class ChangeBus(QObject):
    """Carries "what changed" from commands to every view, so each refreshes only what it shows."""

    changed = Signal(object)  # a domain.model.Changed
    log_replaced = Signal()   # another log was opened (or the same one restored): everything reloads
    log_closed = Signal()     # the log is being closed under a window that stays (restore, damage): stop reading it


class AppContext:
    """Never global: created once by the app and handed to each widget; tests make their own."""

    def __init__(self, log: Log, *, today: date | None = None, settings=None):
        self.log = log
        self.bus = ChangeBus()
        self.undo_stack = QUndoStack()
        self.settings = settings
        self._today = today
        log.source = "desktop app"

    def today(self) -> date:
        """The date deadlines are judged against (fixed in tests)."""
        return self._today or date.today()

    def notify(self, changed: Changed) -> None:
        self.bus.changed.emit(changed)

    def close_log(self) -> None:
        """Close the open log before a replacement is known (a restore, damage found after start-up).

        Views are told first, so work they queued (the dashboard's later cards) never reads a closed log;
        `replace_log` then brings them back on the replacement.
        """
        self.bus.log_closed.emit()
        self.log.close()

    def replace_log(self, log: Log) -> None:
        """Switch to another open log: the undo history belongs to the old one and is cleared."""
        old, self.log = self.log, log
        log.source = "desktop app"
        self.undo_stack.clear()
        self.bus.log_replaced.emit()
        if old is not log:
            old.close()
