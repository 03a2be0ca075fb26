"""An encrypted log's Clauses pages read into the window's connection while its user is idle (Log.read_ahead).

Started after the first paint; again whenever the window's log is replaced (File > Open, a restore) or unlocked;
stopped when the log is closed under the window or locked. One step per turn of the event loop, after the events
waiting (a zero timer): a step is ~2 ms, so input is never held up, and a user's first sort or filter then finds
its pages decrypted already.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class ReadAheadRunner(QObject):
    """Runs `ctx.log.read_ahead()` a step at a time for `window` (a MainWindow: its ctx and idle lock)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self._ctx = window.ctx
        self._step: Callable[[], bool] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next)
        self._ctx.bus.log_closed.connect(self.stop)
        self._ctx.bus.log_replaced.connect(self.start)
        window.idle_lock.locked_changed.connect(lambda locked: self.stop() if locked else self.start())

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        """Read ahead on the window's log from its start (nothing for a plain log)."""
        self._step = self._ctx.log.read_ahead()
        if self._step is None:
            self._timer.stop()
        else:
            self._timer.start()

    def stop(self) -> None:
        self._step = None
        self._timer.stop()

    def _next(self) -> None:
        if self._step is None or not self._step():
            self.stop()
