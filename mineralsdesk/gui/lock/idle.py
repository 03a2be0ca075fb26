"""Idle time: an application event filter restarts a QTimer on every key and mouse input to the app; the
timer's timeout means the user has been away for the set number of minutes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress, QEvent.Type.ShortcutOverride,
})


class IdleWatcher(QObject):
    """Emits `idle` after `minutes` with no input to the app (0: never). `pause()` stops watching (while locked)."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None, *, held: bool = False):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self._installed = False
        self._held = held  # see hold()
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        """Watch for `minutes` of idleness from now; 0 (or less) turns the lock off and removes the filter."""
        self.minutes = max(0, int(minutes))
        app = QCoreApplication.instance()
        if self.minutes and not self._installed and not self._held and app is not None:
            app.installEventFilter(self)  # each event of the app crosses into Python while a lock is set
            self._installed = True
        elif not self.minutes and self._installed and app is not None:
            app.removeEventFilter(self)
            self._installed = False
        self.timer.setInterval(self.minutes * 60_000)
        self.resume()

    def hold(self) -> None:
        """Stop watching input until `release()` (the countdown keeps running). The app's start holds it from the
        window's construction to its first paint: no input can reach a window not yet painted, and each of the
        ~1,200 events before that paint would cross into Python on its way."""
        self._held = True
        app = QCoreApplication.instance()
        if self._installed and app is not None:
            app.removeEventFilter(self)
            self._installed = False

    def release(self) -> None:
        """Watch input again (after `hold()`); the countdown starts again from now."""
        self._held = False
        self.set_minutes(self.minutes)

    def pause(self) -> None:
        self.timer.stop()

    def resume(self) -> None:
        if self.minutes:
            self.timer.start()
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self.timer.isActive():
            self.timer.start()  # restart: the countdown begins again at the last input
        return False
