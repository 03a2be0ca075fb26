"""Asking for a log's passphrase (masked, naming the file, wrong ones told in the dialog) and choosing a new one.

The passphrase is held in memory only: these widgets hand it to the services and keep no copy of their own
beyond the text field, which is cleared when the dialog closes. Nothing here writes it to settings or logs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...errors import PassphraseError, WrongPassphraseError
from ...services.encryption import check_passphrase, strength
from ..common.errors import error_text
from ..language import translate

T = TypeVar("T")
ERROR_STYLE = "color: #c0392b"


class PassphraseDialog(QDialog):
    """One masked field for the passphrase of the encrypted log `path`; `error` says why it is asked again."""

    def __init__(self, path: Path, parent: QWidget | None = None, *, error: str = "", purpose: str = "open"):
        super().__init__(parent)
        self.setWindowTitle(translate("Lock", "Passphrase"))
        self.setObjectName("passphrase_dialog")
        self.setMinimumWidth(480)
        title = QLabel(translate("Lock", "<b>{name}</b> is encrypted. Type its passphrase to open it.").format(name=path.name)
                       if purpose == "open" else
                       translate("Lock", "<b>{name}</b> is encrypted. Type its passphrase to {purpose} it.").format(
                           name=path.name, purpose=purpose))
        title.setWordWrap(True)
        where = QLabel(str(path))
        where.setStyleSheet("color: gray")
        where.setWordWrap(True)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(translate("Lock", "Passphrase"))
        self.edit.setPlaceholderText(translate("Lock", "passphrase"))
        self.error = QLabel(error)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(bool(error))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(purpose.capitalize())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(where)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.edit.setFocus()

    def done(self, result: int) -> None:
        passphrase = self.edit.text()
        self._answer = passphrase if result == QDialog.DialogCode.Accepted and passphrase else None
        self.edit.clear()
        super().done(result)

    def answer(self) -> str | None:
        return getattr(self, "_answer", None)


def get_passphrase(parent: QWidget | None, path: Path, error: str = "", purpose: str = "open") -> str | None:
    """Ask once in a PassphraseDialog: the passphrase, or None on Cancel (tests patch this getter)."""
    dialog = PassphraseDialog(Path(path), parent, error=error, purpose=purpose)
    dialog.exec()
    return dialog.answer()


def with_passphrase(parent: QWidget | None, path: Path, attempt: Callable[[str], T], *,
                    purpose: str = "open") -> T | None:
    """Ask for the passphrase of `path` and call `attempt(passphrase)` until it does not raise
    WrongPassphraseError; a wrong one is said in the dialog asked again. None when the user cancels.
    There is no lock-out: a wrong passphrase writes nothing, so asking again cannot lose anything."""
    error = ""
    while True:
        passphrase = get_passphrase(parent, path, error, purpose)
        if passphrase is None:
            return None
        try:
            return attempt(passphrase)
        except WrongPassphraseError:
            error = translate("Lock", "Wrong passphrase: nothing was changed. Try again (check Caps Lock and the "
                              "keyboard layout).")


class NewPassphraseFields(QWidget):
    """A new passphrase typed twice, masked, with its strength in one line; refused inline under 10 characters
    or when the two differ. With `optional`, a check box turns them on ("Encrypt with a passphrase")."""

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False, label: str = ""):
        super().__init__(parent)
        label = label or translate("Lock", "Passphrase")
        self.enable = QCheckBox(translate("Lock", "&Encrypt with a passphrase (there is no recovery if it is lost)"))
        self.enable.setVisible(optional)
        self.enable.setChecked(not optional)
        self.passphrase, self.confirm = QLineEdit(), QLineEdit()
        for edit, hint, name in ((self.passphrase, translate("Lock", "at least 10 characters; four or five random words"),
                                  label),
                                 (self.confirm, translate("Lock", "the same again"),
                                  translate("Lock", "Confirm {label}").format(label=label.lower()))):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setPlaceholderText(hint)
            edit.setAccessibleName(name)
        self.strength = QLabel()
        self.strength.setStyleSheet("color: gray")
        self.strength.setWordWrap(True)
        # Two lines kept for it: a wrapped label that grows after the dialog is shown would be cut off.
        self.strength.setMinimumHeight(2 * self.strength.fontMetrics().lineSpacing() + 2)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        form = self.form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        if optional:
            form.addRow("", self.enable)
        form.addRow(label, self.passphrase)
        form.addRow(translate("Lock", "Confirm"), self.confirm)
        form.addRow("", self.strength)
        form.addRow("", self.error)
        self.passphrase.textChanged.connect(self._show_strength)
        self.enable.toggled.connect(self._enable)
        self._enable(self.enable.isChecked())

    def _enable(self, on: bool) -> None:
        for widget in (self.passphrase, self.confirm, self.strength):
            widget.setEnabled(on)
        self.error.clear()

    def _show_strength(self, text: str) -> None:
        self.strength.setText(translate("Lock", "Strength: {strength}").format(strength=strength(text)) if text else "")
        self.error.clear()

    def value(self) -> str | None:
        """The new passphrase; None when encryption is not chosen; raises PassphraseError (also shown inline)
        when it is too short or the two entries differ."""
        if not self.enable.isChecked():
            return None
        text = self.passphrase.text()
        try:
            check_passphrase(text)
            if text != self.confirm.text():
                raise PassphraseError(translate("Lock", "The two passphrases differ"))
        except PassphraseError as error:
            self.error.setText(error_text(error))
            raise
        return text

    def clear(self) -> None:
        self.passphrase.clear()
        self.confirm.clear()
