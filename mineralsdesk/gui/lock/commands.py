"""File > Encrypt log…, Decrypt log…, Change passphrase… and Lock after idle…: each closes the window's
connection (the same Log object is suspended, so the undo history stays), converts the file atomically through
services/encryption.py, and reopens it; any failure is shown in a dialog and the log reopens as it was."""

from __future__ import annotations

import hmac
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import Changed
from ...errors import LogError
from ...services import encryption
from ..common.errors import error_text
from ..language import translate
from ..settings import IDLE_LOCK_MINUTES
from .passphrase import ERROR_STYLE, NewPassphraseFields


class PassphraseChangeDialog(QDialog):
    """A new passphrase (twice, with its strength); with `ask_current`, the current one first."""

    def __init__(self, title: str, path: Path, parent: QWidget | None = None, *, ask_current: bool = False,
                 note: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        intro = QLabel(f"<b>{path.name}</b><br><span style='color:gray'>{path}</span>")
        intro.setWordWrap(True)
        self.current = QLineEdit()
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(translate("Lock", "Current passphrase"))
        self.current_error = QLabel()
        self.current_error.setStyleSheet(ERROR_STYLE)
        self.fields = NewPassphraseFields(label=translate("Lock", "New passphrase") if ask_current
                                          else translate("Lock", "Passphrase"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if note:
            label = QLabel(note)
            label.setWordWrap(True)
            layout.addWidget(label)
        if ask_current:  # in the same form as the new one, so the fields line up
            self.fields.form.insertRow(0, translate("Lock", "Current passphrase"), self.current)
            self.fields.form.insertRow(1, "", self.current_error)
            QWidget.setTabOrder(self.current, self.fields.passphrase)
            QWidget.setTabOrder(self.fields.passphrase, self.fields.confirm)
        self.current_error.setVisible(False)
        layout.addWidget(self.fields)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.ask_current = ask_current
        self.expected: str | None = None  # the current passphrase to compare with (memory only)
        self.chosen: str | None = None

    def _accept(self) -> None:
        if self.ask_current and not hmac.compare_digest(self.current.text().encode(), (self.expected or "").encode()):
            self.current_error.setText(translate("Lock", "Wrong passphrase: nothing was changed."))
            self.current_error.setVisible(True)
            return
        try:
            self.chosen = self.fields.value()
        except LogError:
            return
        self.accept()

    def done(self, result: int) -> None:
        self.current.clear()
        self.fields.clear()
        super().done(result)


def get_new_passphrase(parent: QWidget | None, title: str, path: Path, *, current: str | None = None,
                       note: str = "") -> str | None:
    """The new passphrase chosen in a PassphraseChangeDialog, or None on Cancel (tests patch this getter)."""
    dialog = PassphraseChangeDialog(title, path, parent, ask_current=current is not None, note=note)
    dialog.expected = current
    dialog.exec()
    return dialog.chosen


def _convert(window, title: str, convert: Callable[[Path], object], new_key: str | None) -> object | None:
    """Suspend the window's log, run `convert(path)`, resume it with `new_key` (on failure with the old one)."""
    ctx = window.ctx
    log = ctx.log
    old_key = log.open_options().passphrase
    ctx.bus.log_closed.emit()
    log.suspend()
    try:
        result = convert(log.path)
    except (LogError, OSError) as error:
        log.resume(old_key)
        ctx.notify(Changed())
        QMessageBox.warning(window, translate("Lock", "{title}: nothing was changed").format(title=title), error_text(error))
        return None
    log.resume(new_key)
    ctx.notify(Changed())
    update = getattr(window, "_update_encryption_actions", None)
    if update is not None:  # Encrypt log… turns off, Decrypt log… on (or the reverse)
        update()
    return result if result is not None else True


def encrypt_current(window) -> bool:
    """File > Encrypt log…: a plain log becomes encrypted with a new passphrase (atomically)."""
    log = window.ctx.log
    if log.encrypted:
        return False
    passphrase = get_new_passphrase(
        window, translate("Lock", "Encrypt log"), log.path,
        note=translate("Lock", "The log, its journal and every backup from now on are encrypted. There is no "
                       "recovery: a lost passphrase loses the log."))
    if passphrase is None:
        return False
    plain = _convert(window, translate("Lock", "Encrypt log"), lambda path: encryption.encrypt_log(path, passphrase), passphrase)
    if plain is None:
        return False
    if isinstance(plain, list) and plain:
        offer_removing_plain_backups(window, plain)
    window.statusBar().showMessage(translate("Lock", "{name} is now encrypted").format(name=log.path.name), 8000)
    return True


def offer_removing_plain_backups(window, plain: list[Path]) -> None:
    """Backups taken before the log was encrypted are still readable: list them and offer to remove them."""
    count = len(plain)
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Lock", "Plain backups remain"),
                      translate("Lock", "{n} backup(s) taken before the log was encrypted can still be read without "
                                "the passphrase. Remove them? (A removed file may survive on the disk's blocks: "
                                "full-disk encryption is the answer to that.)").format(n=count), parent=window)
    box.setDetailedText("\n".join(str(p) for p in plain))
    remove = box.addButton(translate("Lock", "Remove them"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(translate("Lock", "Keep them"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is remove:
        for path in plain:
            path.unlink(missing_ok=True)


def decrypt_current(window) -> bool:
    """File > Decrypt log…: the encrypted log becomes plain (its encrypted backups stay encrypted)."""
    log = window.ctx.log
    if not log.encrypted:
        return False
    answer = QMessageBox.question(window, translate("Lock", "Decrypt log"),
                                  translate("Lock", "Store {name} unencrypted? Anyone who gets the file can then "
                                            "read it, red lines and fallbacks included.").format(name=log.path.name))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    passphrase = log.open_options().passphrase
    if _convert(window, translate("Lock", "Decrypt log"), lambda path: encryption.decrypt_log(path, passphrase), None) is None:
        return False
    window.statusBar().showMessage(translate("Lock", "{name} is no longer encrypted").format(name=log.path.name), 8000)
    return True


def change_current_passphrase(window) -> bool:
    """File > Change passphrase…: the current passphrase, then a new one typed twice."""
    log = window.ctx.log
    if not log.encrypted:
        return False
    old = log.open_options().passphrase
    new = get_new_passphrase(window, translate("Lock", "Change passphrase"), log.path, current=old,
                             note=translate("Lock", "Older backups keep the old passphrase."))
    if new is None:
        return False
    if _convert(window, translate("Lock", "Change passphrase"), lambda path: encryption.change_passphrase(path, old, new), new) is None:
        return False
    window.statusBar().showMessage(translate("Lock", "The passphrase was changed"), 8000)
    return True


def ask_idle_minutes(window) -> int | None:
    """File > Lock after idle…: minutes without input before the window locks (0: never); stored per user."""
    settings = window.ctx.settings
    minutes, ok = QInputDialog.getInt(window, translate("Lock", "Lock after idle"),
                                      translate("Lock", "Lock the window after this many minutes without input "
                                                "(0: never):"),
                                      settings.get(IDLE_LOCK_MINUTES), 0, 24 * 60)
    if not ok:
        return None
    settings.set(IDLE_LOCK_MINUTES, minutes)
    window.idle_lock.set_minutes(minutes)
    return minutes
