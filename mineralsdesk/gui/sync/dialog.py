"""File > Sync…: export the changes a colleague has not received, or import a colleague's file with a preview.

The sealing (scrypt) and the merge run off the GUI thread (gui/worker.py) on their own connection. A refusal
(SyncError and its kin) comes back as one line in a dialog, and nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import Changed
from ...errors import UserError
from ...services.backups import check_output
from ...services.sync import exchange, review
from ..common.combo import set_choices
from ..common.errors import error_text
from ..context import AppContext
from ..language import current_language, translate
from ..worker import start_job

SUFFIX = ".mdsync"
FILE_FILTER = QT_TRANSLATE_NOOP("SyncDialog", "MineralsDesk sync file (*.mdsync);;All files (*)")


@dataclass
class Outcome:
    """What the worker hands back: the result, or the one line a refusal said (the worker only knows export
    errors, and a refusal is not an unexpected error)."""

    value: Any = None
    error: str = ""


def _guarded(work):
    def run(log, _progress) -> Outcome:
        try:
            return Outcome(work(log))
        except UserError as error:
            return Outcome(error=error_text(error))
    return run


class SyncDialog(QDialog):
    """Two tabs: "Export for a colleague" and "Import a file" (preview first, then Apply)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(translate("SyncDialog", "Sync with a colleague"))
        self.setMinimumWidth(620)
        self.job = None
        self.written: Path | None = None
        self.preview_result: exchange.ImportResult | None = None
        self.applied: exchange.ImportResult | None = None
        self.tabs = QTabWidget()
        self.tabs.addTab(self._export_tab(), translate("SyncDialog", "&Export for a colleague"))
        self.tabs.addTab(self._import_tab(), translate("SyncDialog", "&Import a file"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(close)

    # -- shared -----------------------------------------------------------------------------------------------
    def _passphrase_field(self) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setPlaceholderText(translate("SyncDialog", "the delegation's sync passphrase (not stored)"))
        return edit

    def _passphrase_note(self) -> QLabel:
        note = QLabel(translate("SyncDialog", "This log is encrypted: the file is sealed with the log's own passphrase, which "
                                "every colleague's copy shares.") if self.ctx.log.encrypted else
                      translate("SyncDialog", "Sync files are sealed with the delegation's sync passphrase, agreed among "
                                "colleagues. It is used for this file only and never stored."))
        note.setWordWrap(True)
        return note

    @staticmethod
    def _path_row(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(button)
        button.setAutoDefault(False)
        return row

    def _passphrase(self, edit: QLineEdit) -> str | None:
        """None for an encrypted log (its own key seals); otherwise what was typed."""
        return None if self.ctx.log.encrypted else edit.text()

    def _busy(self, busy: bool) -> None:
        for button in (self.export_button, self.preview_button, self.apply_button):
            button.setEnabled(not busy)
        if not busy:
            self.apply_button.setEnabled(self.preview_result is not None and self.preview_result.new_entries > 0)

    def _start(self, title: str, work, on_done) -> None:
        self._busy(True)

        def done(outcome: Outcome) -> None:
            self.job = None
            self._busy(False)
            if outcome.error:
                QMessageBox.warning(self, translate("SyncDialog", "{title} refused").format(title=title), outcome.error)
            else:
                on_done(outcome.value)

        def ended() -> None:
            self.job = None
            self._busy(False)

        self.job = start_job(self, self.ctx.log, title, _guarded(work), done, on_ended=ended)

    # -- export -------------------------------------------------------------------------------------------
    def _export_tab(self) -> QWidget:
        tab = QWidget()
        self.colleague = QComboBox()
        self.colleague.setEditable(True)
        self.colleague.setAccessibleName(translate("SyncDialog", "Colleague"))
        self.colleague.lineEdit().setPlaceholderText(translate("SyncDialog", "a colleague's name"))
        peers = exchange.peers(self.ctx.log)
        set_choices(self.colleague, [(p.name, p.name) for p in peers])
        self.export_path = QLineEdit()
        self.export_path.setAccessibleName(translate("SyncDialog", "Sync file to write"))
        self.colleague.currentTextChanged.connect(self._default_export_path)
        self._default_export_path(self.colleague.currentText())
        choose = QPushButton(translate("SyncDialog", "Ch&oose…"))
        choose.clicked.connect(self._choose_export)
        self.export_passphrase = self._passphrase_field()
        form = QFormLayout()
        form.addRow(translate("SyncDialog", "&Colleague"), self.colleague)
        row = self._path_row(self.export_path, choose)
        form.addRow(translate("SyncDialog", "Save &as"), row)
        form.labelForField(row).setBuddy(self.export_path)
        form.addRow("", self._passphrase_note())
        form.addRow(translate("SyncDialog", "&Passphrase"), self.export_passphrase)
        form.setRowVisible(self.export_passphrase, not self.ctx.log.encrypted)
        known = ", ".join(p.name for p in peers) or translate("SyncDialog", "none yet")
        hint = QLabel(translate("SyncDialog", "Known colleagues: {known}. A file for someone not yet known carries the whole "
                                "history once.").format(known=known))
        hint.setWordWrap(True)
        self.export_status = QLabel()
        self.export_status.setWordWrap(True)
        self.export_button = QPushButton(translate("SyncDialog", "E&xport"))
        self.export_button.clicked.connect(self.export)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.export_status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return tab

    def _default_export_path(self, name: str) -> None:
        folder = self.ctx.log.path.parent
        safe = "".join(ch for ch in name.strip() if ch.isalnum() or ch in "-_") or "colleague"
        self.export_path.setText(str(folder / f"for-{safe}{SUFFIX}"))

    def _choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, translate("SyncDialog", "Write the sync file"), self.export_path.text(),
                                              translate("SyncDialog", FILE_FILTER))
        if path:
            self.export_path.setText(path if path.endswith(SUFFIX) else path + SUFFIX)

    def export(self) -> None:
        colleague = self.colleague.currentText().strip()
        out = Path(self.export_path.text().strip()).expanduser()
        passphrase = self._passphrase(self.export_passphrase)
        if not colleague:
            self.export_status.setText(translate("SyncDialog", "Name the colleague the file is for."))
            return
        if not self.export_path.text().strip():
            self.export_status.setText(translate("SyncDialog", "Choose where to write the file."))
            return
        if passphrase == "":
            self.export_status.setText(translate("SyncDialog", "Type the delegation's sync passphrase."))
            return
        try:  # never over the open log, its journals, another log or a folder
            out = check_output(out, log_path=self.ctx.log.path)
        except UserError as error:
            self.export_status.setText(translate("SyncDialog", "Nothing was written."))
            QMessageBox.warning(self, translate("SyncDialog", "Export for a colleague refused"), error_text(error))
            return
        self.export_status.setText(translate("SyncDialog", "Sealing the file…"))

        def done(path: Path) -> None:
            self.written = path
            self.export_status.setText(translate("SyncDialog", "Written: {path}. Give it to {colleague} by USB or secure mail.").format(
                path=path, colleague=colleague))
            self.ctx.notify(Changed())

        self._start(translate("SyncDialog", "Export for a colleague"),
                    lambda log: exchange.export(log, out, colleague, passphrase=passphrase), done)

    # -- import -------------------------------------------------------------------------------------------
    def _import_tab(self) -> QWidget:
        tab = QWidget()
        self.import_path = QLineEdit()
        self.import_path.setAccessibleName(translate("SyncDialog", "Sync file to import"))
        self.import_path.textChanged.connect(self._forget_preview)
        choose = QPushButton(translate("SyncDialog", "C&hoose…"))
        choose.clicked.connect(self._choose_import)
        self.import_passphrase = self._passphrase_field()
        self.import_passphrase.textChanged.connect(self._forget_preview)
        form = QFormLayout()
        row = self._path_row(self.import_path, choose)
        form.addRow(translate("SyncDialog", "&File"), row)
        form.labelForField(row).setBuddy(self.import_path)
        form.addRow("", self._passphrase_note())
        form.addRow(translate("SyncDialog", "Pass&phrase"), self.import_passphrase)
        form.setRowVisible(self.import_passphrase, not self.ctx.log.encrypted)
        self.counts = QLabel(translate("SyncDialog", "Preview first: nothing is written until you apply."))
        self.counts.setWordWrap(True)
        self.conflict_list = QPlainTextEdit()
        self.conflict_list.setReadOnly(True)
        self.conflict_list.setTabChangesFocus(True)
        self.conflict_list.setAccessibleName(translate("SyncDialog", "Conflicts the file would make"))
        self.conflict_list.setPlaceholderText(translate("SyncDialog", "The conflicts the file would make are listed here after a preview."))
        self.preview_button = QPushButton(translate("SyncDialog", "Pre&view"))
        self.preview_button.clicked.connect(self.preview)
        self.apply_button = QPushButton(translate("SyncDialog", "&Apply"))
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.apply_button)
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addWidget(self.counts)
        layout.addWidget(self.conflict_list, 1)
        layout.addLayout(buttons)
        return tab

    def _choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("SyncDialog", "Import a sync file"), str(self.ctx.log.path.parent),
                                              translate("SyncDialog", FILE_FILTER))
        if path:
            self.import_path.setText(path)

    def _forget_preview(self, *_args) -> None:
        self.preview_result = None
        self.apply_button.setEnabled(False)

    def _import_args(self) -> tuple[Path, str | None] | None:
        text = self.import_path.text().strip()
        passphrase = self._passphrase(self.import_passphrase)
        if not text:
            self.counts.setText(translate("SyncDialog", "Choose the sync file a colleague gave you."))
            return None
        if passphrase == "":
            self.counts.setText(translate("SyncDialog", "Type the delegation's sync passphrase."))
            return None
        return Path(text).expanduser(), passphrase

    def preview(self) -> None:
        args = self._import_args()
        if args is None:
            return
        path, passphrase = args
        self._forget_preview()

        def done(result: exchange.ImportResult) -> None:
            self.preview_result = result
            self._show(result)
            self._busy(False)

        self._start(translate("SyncDialog", "Preview the sync file"),
                    lambda log: exchange.import_file(log, path, passphrase=passphrase, dry_run=True), done)

    def apply(self) -> None:
        args = self._import_args()
        if args is None or self.preview_result is None:
            return
        path, passphrase = args

        def done(result: exchange.ImportResult) -> None:
            self.applied = result
            self.preview_result = None
            self._show(result)
            self._busy(False)
            self.ctx.notify(Changed())  # every screen reads again: the merge may touch any record

        self._start(translate("SyncDialog", "Import the sync file"),
                    lambda log: exchange.import_file(log, path, passphrase=passphrase), done)

    def _show(self, result: exchange.ImportResult) -> None:
        r = result.report
        if result.new_entries == 0:
            text = result.summary(current_language())
        else:
            head = translate("SyncDialog", "Preview (nothing written yet)") if result.dry_run else translate("SyncDialog", "Applied")
            counts = (translate("SyncDialog", "Would apply <b>{applied}</b>, already here {already}, conflicts <b>{conflicts}</b>, "
                                "not records {skipped}.") if result.dry_run else
                      translate("SyncDialog", "Applied <b>{applied}</b>, already here {already}, conflicts <b>{conflicts}</b>, "
                                "not records {skipped}.")).format(
                applied=r.applied, already=r.already, conflicts=r.conflicts, skipped=r.skipped)
            text = f"<b>{head}</b> — " + translate("SyncDialog", "file {number} from {sender}: {entries} new entries.").format(
                number=result.file_number, sender=result.sender_name, entries=result.new_entries) + " " + counts
            if result.dry_run:
                text += " " + (translate("SyncDialog", "Apply to merge it.") if not r.conflicts else
                               translate("SyncDialog", "Apply to merge it; the conflicts go to the Conflicts screen, nothing is "
                                         "overwritten."))
        self.counts.setText(text)
        lines = review.readable_lines(self.ctx.log, r.conflict_lines)
        more = r.conflicts - len(lines)
        self.conflict_list.setPlainText("\n".join(lines) + ("\n" + translate("SyncDialog", "… and {more} more").format(more=more) if more > 0 else "")
                                        if lines else translate("SyncDialog", "No conflicts."))


__all__ = ["SyncDialog"]
