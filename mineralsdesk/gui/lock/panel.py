"""The idle lock: `WindowLock` closes the log's connection (the same Log object is resumed later, so undo
commands and screens keep working), hides every screen behind a `LockPanel` naming the log, covers any open
dialog too, and unlocks with the passphrase (an encrypted log) or a click (a plain one: no secret to ask)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import Changed
from ...errors import LogError, WrongPassphraseError
from ...i18n import QT_TRANSLATE_NOOP
from ..common.errors import error_text
from ..language import translate
from ..settings import IDLE_LOCK_MINUTES
from .idle import IdleWatcher

PLAIN_NOTE = QT_TRANSLATE_NOOP("Lock", "This log is not encrypted: the lock only hides the screens, so anyone at this computer can unlock "
              "it, and the file itself can be read without the app. File > Encrypt log… protects it.")
ENCRYPTED_NOTE = QT_TRANSLATE_NOOP("Lock", "The log is closed. Type its passphrase to unlock it; the undo history is kept.")


class LockPanel(QFrame):
    """What a locked window (or a dialog open over it) shows instead of its content."""

    unlock_requested = Signal(object)  # the passphrase typed (str), or None for a plain log
    quit_requested = Signal()

    def __init__(self, log_name: str, path: str, encrypted: bool, parent: QWidget | None = None, *,
                 compact: bool = False):
        super().__init__(parent)
        self.setObjectName("lock_panel")
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.encrypted = encrypted
        icon = QLabel()
        from ...assets import app_icon_path

        icon.setPixmap(QPixmap(str(app_icon_path(64))))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        icon.setMinimumHeight(72)  # never squeezed by the text below
        title = QLabel("<h2>" + translate("Lock", "MineralsDesk is locked") + "</h2>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name_label = QLabel(f"<b>{_escape(log_name)}</b>")
        self.name_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        where = QLabel(_escape(path))
        where.setStyleSheet("color: gray")
        where.setAlignment(Qt.AlignmentFlag.AlignCenter)
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        note = QLabel(translate("Lock", ENCRYPTED_NOTE if encrypted else PLAIN_NOTE))
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setPlaceholderText(translate("Lock", "passphrase"))
        self.edit.setAccessibleName(translate("Lock", "Passphrase"))
        self.edit.setVisible(encrypted)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b")
        self.error.setWordWrap(True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton(translate("Lock", "&Unlock"))
        self.unlock_button.setDefault(True)
        self.quit_button = QPushButton(translate("Lock", "&Quit"))
        self.unlock_button.clicked.connect(self._unlock)
        self.edit.returnPressed.connect(self._unlock)
        self.quit_button.clicked.connect(self.quit_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.unlock_button)
        box = self.box = QWidget()
        box.setFixedWidth(440)  # wide enough for the path and notes on a few lines (narrower over a small dialog)
        inner = QVBoxLayout(box)
        for widget in (icon, title, self.name_label, where, note, self.edit, self.error):
            inner.addWidget(widget)
        inner.addLayout(buttons)
        if compact:  # over a dialog: the window behind names the log and explains
            for widget in (icon, where, note, self.quit_button):
                widget.hide()
            title.setText("<b>" + translate("Lock", "Locked") + "</b>")
            self.name_label.hide()
            box.setFixedWidth(200)  # its minimum; resizeEvent widens it to the dialog
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def resizeEvent(self, event) -> None:
        self.box.setFixedWidth(max(160, min(440, self.width() - 24)))
        super().resizeEvent(event)

    def _unlock(self) -> None:
        passphrase = self.edit.text() if self.encrypted else None
        self.edit.clear()
        self.unlock_requested.emit(passphrase)

    def focus(self) -> None:
        (self.edit if self.encrypted else self.unlock_button).setFocus()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _Cover(QObject):
    """A LockPanel over the whole of `target` (a window or dialog), following its size."""

    def __init__(self, target: QWidget, panel: LockPanel):
        super().__init__(panel)
        self.target, self.panel = target, panel
        panel.setParent(target)
        # A small dialog (a question box) grows to hold the panel, and gets its size back on unlock.
        panel.setGeometry(target.rect())
        panel.show()
        panel.raise_()
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() == QEvent.Type.Resize:
            self.panel.setGeometry(self.target.rect())
            self.panel.raise_()
        return False

    def remove(self) -> None:
        self.target.removeEventFilter(self)
        self.panel.hide()
        self.panel.deleteLater()


class WindowLock(QObject):
    """Locks a MainWindow after its idle minutes (settings: IDLE_LOCK_MINUTES) or on "Lock now", and unlocks it."""

    locked_changed = Signal(bool)

    def __init__(self, window, *, held: bool = False):
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        minutes = self.ctx.settings.get(IDLE_LOCK_MINUTES) if self.ctx.settings is not None else 0
        self.watcher = IdleWatcher(minutes, self, held=held)  # held: see IdleWatcher.hold
        self.watcher.idle.connect(self.lock)
        self._covers: list[_Cover] = []
        self._disabled: list[QAction] = []
        self._hidden: list[QWidget] = []
        self._encrypted = False
        self._name = ""
        self._watching_dialogs = False

    @property
    def locked(self) -> bool:
        return bool(self._covers)

    def set_minutes(self, minutes: int) -> None:
        """A new idle time (the setting is the caller's to store); 0 turns the idle lock off."""
        self.watcher.set_minutes(minutes)
        if self.locked:
            self.watcher.pause()

    # -- locking -------------------------------------------------------------------------------------------
    def lock(self) -> None:
        """Close the log's connection and hide every screen and open dialog behind a lock panel."""
        log = self.ctx.log
        if self.locked or log.closed:  # a window outliving its log (closed under it) has nothing to lock
            return
        self._encrypted = log.encrypted
        self._name = log.settings.log_name  # read while the log is open: the panels name it
        self.watcher.pause()
        self.ctx.bus.log_closed.emit()  # queued reads (the dashboard's later cards) stop first
        log.suspend()
        window = self.window
        self._hidden = [w for w in (window.centralWidget(), *window.findChildren(QWidget, "main_toolbar"),
                                    window.statusBar()) if w is not None and w.isVisible()]
        for widget in self._hidden:
            widget.hide()  # hidden views neither paint nor fetch
        self._disabled = [a for a in window.findChildren(QAction) if a.isEnabled()]
        for action in self._disabled:
            action.setEnabled(False)
        window.menuBar().setEnabled(False)
        self._cover(window)
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                self._cover(widget)
        QCoreApplication.instance().installEventFilter(self)  # a dialog shown while locked is covered too
        self._watching_dialogs = True
        self._covers[-1].panel.focus()
        self.locked_changed.emit(True)

    def _cover(self, target: QWidget) -> None:
        # Asked of Qt's meta-object: importing QProgressDialog here made PySide6 create its class and its bases'
        # enums (2-4 ms) with this module, which the window's start imports.
        if target.inherits("QProgressDialog"):
            return  # a running export's progress holds no log text; rejecting it would cancel the export
        log = self.ctx.log
        compact = target is not self.window
        panel = LockPanel(self._name or log.path.stem, str(log.path), self._encrypted, compact=compact)
        hint = panel.minimumSizeHint()
        if compact and isinstance(target, QDialog) and (target.width() < hint.width()
                                                        or target.height() < hint.height()):
            # Too small to hold the panel (a question box): answered with its safe default, Cancel or No,
            # which in this app never loses anything; the window's own panel then unlocks.
            panel.deleteLater()
            target.reject()
            return
        panel.unlock_requested.connect(self.unlock)
        panel.quit_requested.connect(self.window.close)
        self._covers.append(_Cover(target, panel))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Show and isinstance(watched, QDialog) and watched.isWindow()
                and self.locked and all(c.target is not watched for c in self._covers)):
            self._cover(watched)
        return False

    # -- unlocking -----------------------------------------------------------------------------------------
    def unlock(self, passphrase: str | None = None) -> bool:
        """Reopen the same log (checking the passphrase); True when unlocked. A wrong passphrase is said on
        every panel and nothing is written; the window stays locked."""
        if not self.locked:
            return True
        try:
            self.ctx.log.resume(passphrase)
        except WrongPassphraseError:
            self._say(translate("Lock", "Wrong passphrase: nothing was changed. Try again."))
            return False
        except (LogError, OSError) as error:
            self._say(error_text(error))
            return False
        if self._watching_dialogs:
            QCoreApplication.instance().removeEventFilter(self)
            self._watching_dialogs = False
        for cover in self._covers:
            cover.remove()
        self._covers.clear()
        for action in self._disabled:
            action.setEnabled(True)
        self._disabled.clear()
        self.window.menuBar().setEnabled(True)
        for widget in self._hidden:
            widget.show()
        self._hidden.clear()
        self.ctx.notify(Changed())  # read the log again: another program may have written to it meanwhile
        self.watcher.resume()
        self.locked_changed.emit(False)
        return True

    def _say(self, message: str) -> None:
        for cover in self._covers:
            cover.panel.error.setText(message)
        if self._covers:
            self._covers[-1].panel.focus()

    def panels(self) -> list[LockPanel]:
        return [c.panel for c in self._covers]
