"""Export briefing PDF, Export Excel summary and Import Excel dialogs; the work runs off the GUI thread.

Imported only when one of these is asked for, so reportlab and openpyxl never load at start-up.
"""

from __future__ import annotations

import html
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...documents.audience import default_marking, shows_internal, withheld
from ...domain.model import Changed
from ...errors import LogError
from ...i18n import LANGUAGES, QT_TRANSLATE_NOOP, localized
from ...services.backups import check_output
from ..common.combo import combo_value, set_choices
from ..common.errors import error_text
from ..common.fit import fit_headers, fit_to_layout
from ..common.values import value_text
from ..context import AppContext
from ..keys import add_save_keys, release_tab
from ..language import current_language, translate
from ..settings import EXPORT_AUDIENCE, EXPORT_MARKING, EXPORT_PAPER, LAST_FOLDER
from ..worker import start_job


class ExportDialog(QDialog):
    PROTECTS = True  # the kind can be written with a password (PDF, workbook); others hide the password rows
    SPEAKS = True  # the document's own words follow a language of its own (the Language row); Akoma Ntoso does not

    """Audience, tracks and target file shared by both exports; subclasses add their options and the work."""

    suffix = ".pdf"
    file_filter = "PDF (*.pdf)"
    title = QT_TRANSLATE_NOOP("ExportDialog", "Export")  # each kind's title is translated where shown (shown_title)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.shown_title())
        self.setMinimumWidth(560)
        self.job = None
        self.written: Path | None = None
        self.internal = QRadioButton(translate("ExportDialog", "&Internal — everything, marked LIMITED — INTERNAL"))
        self.shareable = QRadioButton(translate("ExportDialog", "S&hareable — for counterparts: no red lines, fallbacks or internal notes"))
        group = QButtonGroup(self)
        group.addButton(self.internal)
        group.addButton(self.shareable)
        (self.shareable if ctx.settings and ctx.settings.get(EXPORT_AUDIENCE) == "shareable" else self.internal).setChecked(True)
        self.tracks = QListWidget()
        self.tracks.setMaximumHeight(110)
        for t in ctx.log.tracks.list():
            item = QListWidgetItem(f"{t.ref} — {t.title}")
            item.setData(Qt.ItemDataRole.UserRole, t)
            item.setCheckState(Qt.CheckState.Checked)
            self.tracks.addItem(item)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.path = QLineEdit(str(self._default_path()))
        choose = self.choose_button = QPushButton(translate("ExportDialog", "Ch&oose…"))
        choose.clicked.connect(self._choose)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(choose)
        self.form = QFormLayout()
        audience = QVBoxLayout()
        audience.addWidget(self.internal)
        audience.addWidget(self.shareable)
        self.form.addRow(translate("ExportDialog", "Audience"), audience)
        self.form.addRow(translate("ExportDialog", "&Tracks"), self.tracks)
        self.form.addRow("", self.preview)
        # The document's own words (headings, labels, markings, dates) in a language of its own: a French briefing
        # from an English app. The log's content is printed as written.
        self.language = QComboBox()
        self.language.setObjectName("documentLanguage")
        set_choices(self.language, [(name, code) for code, name in LANGUAGES.items()], current_language())
        self.language.setToolTip(translate("ExportDialog", "The language of the document's own words: headings, "
                                           "labels, markings and dates. The log's text is printed as written."))
        self.form.addRow(translate("ExportDialog", "&Language"), self.language)
        self.form.setRowVisible(self.language, self.SPEAKS)
        self.form.addRow(translate("ExportDialog", "Save &as"), where)
        self.form.labelForField(where).setBuddy(self.path)
        self._password_rows()
        if not self.PROTECTS:  # never offer a lock the document cannot carry: it would be written in the clear
            for widget in (self.protect, self.password_edit, self.confirm_edit):
                self.form.setRowVisible(widget, False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go = buttons.addButton(translate("ExportDialog", "Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.go.clicked.connect(self.export)
        self.cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        add_save_keys(self, self.go.click)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        choose.setAutoDefault(False)
        self.go.setDefault(True)  # Enter in the path (or any field) exports; set once the dialog is its parent
        for signal in (self.internal.toggled, self.tracks.itemChanged):
            signal.connect(lambda *_: self.update_preview())
        self.update_preview()

    def shown_title(self) -> str:
        """This kind's title in the app's language."""
        return translate("ExportDialog", self.title)

    def _password_rows(self) -> None:
        """An optional password (typed twice, masked) that the document will open with."""
        self.protect = QCheckBox(translate("ExportDialog", "Protect with a pass&word (share it by another channel)"))
        self.password_edit, self.confirm_edit = QLineEdit(), QLineEdit()
        for edit, hint in ((self.password_edit, translate("ExportDialog", "password")),
                           (self.confirm_edit, translate("ExportDialog", "the same password again"))):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setPlaceholderText(hint)
            edit.setEnabled(False)
            self.protect.toggled.connect(edit.setEnabled)
        self.form.addRow("", self.protect)
        self.form.addRow(translate("ExportDialog", "Password"), self.password_edit)
        self.form.addRow(translate("ExportDialog", "Confirm"), self.confirm_edit)

    def password(self) -> str | None:
        """The password to protect the document with, or None when it is not to be protected."""
        return self.password_edit.text() if self.PROTECTS and self.protect.isChecked() else None

    def password_problem(self) -> str | None:
        """Why the typed password cannot be used (empty, mistyped, too long), or None."""
        from ...documents.protect import check_password
        from ...errors import ExportError

        password = self.password()
        if password is None:
            return None
        if password != self.confirm_edit.text():
            return translate("ExportDialog", "The two passwords differ; type the same password twice (nothing was written).")
        try:
            check_password(password)
        except ExportError as exc:
            return error_text(exc)
        return None

    def focus_order(self) -> list[QWidget]:
        """The controls in reading order: the chain Tab follows."""
        locks = [self.protect, self.password_edit, self.confirm_edit] if self.PROTECTS else []
        language = [self.language] if self.SPEAKS else []
        return [self.internal, self.shareable, self.tracks, *language, self.path, self.choose_button, *locks, self.go,
                self.cancel]

    def document_language(self) -> str:
        """The language chosen for the document's own words (the app's language unless changed)."""
        return combo_value(self.language)

    def showEvent(self, event: QShowEvent) -> None:
        release_tab(self)
        fit_to_layout(self)
        self.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)  # the focus frame shows from the first key
        order = self.focus_order()
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        # The path is what is typed every time: it starts focused and selected, so typing replaces it.
        self.path.setFocus(Qt.FocusReason.TabFocusReason)
        self.path.selectAll()
        super().showEvent(event)

    def _default_path(self) -> Path:
        folder = Path(self.ctx.settings.get(LAST_FOLDER)) if self.ctx.settings and self.ctx.settings.get(LAST_FOLDER) else Path.home()
        stem = f"{self.ctx.log.path.stem}-{self.kind_word()}-{self.ctx.today():%Y-%m-%d}"
        return folder / (stem + self.suffix)

    def kind_word(self) -> str:
        return "briefing"

    def _choose(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.shown_title(), self.path.text(),
                                              translate("ExportDialog", self.file_filter))
        if name:
            self.path.setText(name if name.lower().endswith(self.suffix) else name + self.suffix)

    def audience(self) -> str:
        return "internal" if self.internal.isChecked() else "shareable"

    def chosen_tracks(self) -> list[Any]:
        return [self.tracks.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.tracks.count())
                if self.tracks.item(i).checkState() == Qt.CheckState.Checked]

    # What the preview line says; a kind whose document holds other internal matter says so in its own words.
    INTERNAL_WARNING = QT_TRANSLATE_NOOP("ExportDialog", "includes our red lines, fallbacks and internal notes")

    def update_preview(self) -> None:
        chosen = self.chosen_tracks()
        self.go.setEnabled(bool(chosen))
        if not chosen:
            self.preview.setText("<span style='color:#c0392b'>" + translate("ExportDialog", "Tick at least one track.")
                                 + "</span>")
            return
        if shows_internal(self.audience()):
            warning = translate("ExportDialog", "<b>Internal:</b> {warning}. Do not send it to other delegations.").format(
                warning=translate("ExportDialog", self.INTERNAL_WARNING))
            self.preview.setText(f"<span style='color:#8e1b1b'>{warning}</span>")
            return
        self.preview.setText(self.withheld_text(withheld(self.ctx.log, self.audience(), {t.id for t in chosen})))

    def withheld_text(self, left) -> str:
        """The preview line of a shareable document: what audience.withheld leaves out of it."""
        left_out = ", ".join(f"{n} {what}" for what, n in left.fields.items())
        assessments = left.assessments
        text = translate("ExportDialog", "<b>Left out of this document:</b> {fields} (of {party}'s positions)").format(
            fields=html.escape(left_out), party=html.escape(self.ctx.log.settings.our_party))
        if assessments == 1:
            text += translate("ExportDialog", " and 1 internal compliance assessment")
        elif assessments:
            text += translate("ExportDialog", " and {n} internal compliance assessments").format(n=assessments)
        return text + "."

    def remember(self) -> None:
        if self.ctx.settings:
            self.ctx.settings.set(EXPORT_AUDIENCE, self.audience())
            self.ctx.settings.set(LAST_FOLDER, str(Path(self.path.text()).expanduser().parent))

    def work(self, out: Path, refs: list[str]):  # returns a Work callable for the worker
        raise NotImplementedError

    def export(self) -> None:
        out = Path(self.path.text().strip()).expanduser()
        try:  # the same check as the command line's: never the open log, its journal, another log or a folder
            check_output(out, log_path=self.ctx.log.path, suffix=self.suffix)
        except LogError as refused:
            QMessageBox.warning(self, self.shown_title(), error_text(refused))
            return
        problem = self.password_problem()
        if problem:
            QMessageBox.warning(self, self.shown_title(), problem)
            return
        refs = [t.ref for t in self.chosen_tracks()]
        self.remember()
        self.go.setEnabled(False)
        self.job = start_job(self, self.ctx.log, self.shown_title(), self.work(out, refs), self._done,
                             on_ended=lambda: self.go.setEnabled(True), reads_only=True)  # exports write no record

    def _done(self, out: Path) -> None:
        self.written = Path(out)
        self.done_box = box = QMessageBox(QMessageBox.Icon.Information, self.shown_title(),
                                             translate("ExportDialog", "Written to\n{path}").format(path=out), parent=self)
        opener = box.addButton(translate("ExportDialog", "&Open it"), QMessageBox.ButtonRole.ActionRole)
        close = box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(close)  # Enter closes the box; opening the file is asked for (Alt+O)
        box.setEscapeButton(close)

        def closed() -> None:
            if box.clickedButton() is opener:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))
            self.accept()

        box.finished.connect(closed)
        box.open()


class PdfExportDialog(ExportDialog):
    """The printed briefing: audience, paper, marking and tracks."""

    title = QT_TRANSLATE_NOOP("ExportDialog", "Export briefing PDF")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.paper = QComboBox()
        set_choices(self.paper, [(translate("ExportDialog", "A4"), "a4"), (translate("ExportDialog", "US Letter"), "letter")],
                    ctx.settings.get(EXPORT_PAPER) if ctx.settings else "a4")
        self.marking = QLineEdit(ctx.settings.get(EXPORT_MARKING) if ctx.settings else "")
        self.marking.setObjectName("marking")
        self.form.insertRow(1, translate("ExportDialog", "&Paper"), self.paper)
        self.form.insertRow(2, translate("ExportDialog", "&Marking"), self.marking)
        for signal in (self.internal.toggled, self.language.currentIndexChanged):
            signal.connect(lambda *_: self._marking_hint())
        self._marking_hint()

    def focus_order(self) -> list[QWidget]:
        order = super().focus_order()
        return [*order[:2], self.paper, self.marking, *order[2:]]

    def _marking_hint(self) -> None:
        self.marking.setPlaceholderText(default_marking(self.audience(), lang=self.document_language())
                                        or translate("ExportDialog", "none (shareable)"))

    def remember(self) -> None:
        super().remember()
        if self.ctx.settings:
            self.ctx.settings.set(EXPORT_PAPER, combo_value(self.paper))
            self.ctx.settings.set(EXPORT_MARKING, self.marking.text().strip())

    def work(self, out: Path, refs: list[str]):
        audience, paper, today = self.audience(), combo_value(self.paper), self.ctx.today()
        marking = self.marking.text().strip() or None
        password, lang = self.password(), self.document_language()

        def run(log, progress):
            from ...documents.briefing.pdf import export_pdf

            return export_pdf(log, out, audience=audience, paper=paper, marking=marking, tracks=refs,
                              progress=progress, today=today, password=password, lang=lang)
        return run


class XlsxExportDialog(ExportDialog):
    """The Excel summary colleagues may edit and send back."""

    title = QT_TRANSLATE_NOOP("ExportDialog", "Export Excel summary")
    suffix = ".xlsx"
    file_filter = QT_TRANSLATE_NOOP("ExportDialog", "Excel workbook (*.xlsx)")

    def kind_word(self) -> str:
        return "summary"

    def work(self, out: Path, refs: list[str]):
        audience, today, password, lang = self.audience(), self.ctx.today(), self.password(), self.document_language()

        def run(log, progress):
            from ...documents.workbook.xlsx import export_xlsx

            return export_xlsx(log, out, audience=audience, tracks=refs, progress=progress, today=today,
                               password=password, lang=lang)
        return run


class XlsxImportDialog(QDialog):
    """Choose a colleague's workbook, see every change it would make, then apply them or not."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, path: Path | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(translate("XlsxImportDialog", "Import Excel"))
        self.resize(820, 480)
        self.file: Path | None = None
        self.file_password: str | None = None  # a password-protected workbook's, asked for once per file
        self.report = None
        self.job = None
        self.summary = QLabel(translate("XlsxImportDialog", "Choose the workbook a colleague sent back."))
        self.summary.setWordWrap(True)
        self.changes = QTreeWidget()
        self.changes.setObjectName("import_changes")
        self.changes.setHeaderLabels([translate("XlsxImportDialog", "Record"), translate("XlsxImportDialog", "Field"),
                                      translate("XlsxImportDialog", "Now"), translate("XlsxImportDialog", "Workbook says")])
        self.changes.setRootIsDecorated(False)
        fit_headers(self.changes)
        self.changes.setAlternatingRowColors(True)
        self.conflicts = QListWidget()
        self.conflicts.setObjectName("import_conflicts")
        self.conflicts.setMaximumHeight(110)
        self.conflicts.hide()
        choose = QPushButton(translate("XlsxImportDialog", "Choose workbook…"))
        choose.clicked.connect(self._choose)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.addButton(translate("XlsxImportDialog", "Apply changes"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(choose)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.conflicts)
        layout.addWidget(buttons)
        if path is not None:
            self.preview(path)

    def _choose(self) -> None:
        folder = self.ctx.settings.get(LAST_FOLDER) if self.ctx.settings else ""
        name, _ = QFileDialog.getOpenFileName(self, translate("XlsxImportDialog", "Import Excel"), folder or str(Path.home()),
                                              translate("ExportDialog", "Excel workbook (*.xlsx)"))
        if name:
            self.preview(Path(name))

    def ask_password(self, name: str) -> str | None:
        """The password of the protected workbook `name`, typed masked; None on Cancel."""
        box = QInputDialog(self)
        box.setWindowTitle(translate("XlsxImportDialog", "Import Excel"))
        box.setLabelText(translate("XlsxImportDialog", "{name} is password-protected. Its password:").format(name=name))
        box.setTextEchoMode(QLineEdit.EchoMode.Password)
        return box.textValue() if box.exec() == QDialog.DialogCode.Accepted else None

    def preview(self, path: Path) -> None:
        """A dry run off the GUI thread: nothing is written until Apply."""
        from ...documents.protect import is_encrypted_workbook

        password = None
        if is_encrypted_workbook(path):
            password = self.ask_password(path.name)
            if password is None:
                return  # Cancel: nothing read, nothing written
        self.file, self.file_password = path, password
        self.apply_button.setEnabled(False)

        def run(log, progress):
            from ...documents.workbook.xlsx_import import import_xlsx

            return import_xlsx(log, path, dry_run=True, progress=progress, data=_unlocked(path, password))
        self.job = start_job(self, self.ctx.log, translate("XlsxImportDialog", "Reading the workbook"), run, self.show_report,
                             reads_only=True)  # a dry run: the changes are listed, applied later on a connection of its own

    def show_report(self, report) -> None:
        self.report = report
        self.changes.clear()
        for c in report.changes:
            old, new = (value_text(c.old), value_text(c.new)) if c.field in _VALUE_FIELDS else (_cell(c.old), _cell(c.new))
            label = translate("XlsxImportDialog", _FIELDS[c.field]) if c.field in _FIELDS else c.field
            self.changes.addTopLevelItem(QTreeWidgetItem([c.record, label, old, new]))
        if report.more:  # the report lists the first changes in full and counts the rest
            more = QTreeWidgetItem([self.tr("… and %n more change(s), not listed here", "", report.more)])
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.changes.addTopLevelItem(more)
            more.setFirstColumnSpanned(True)
        for column in range(3):
            self.changes.resizeColumnToContents(column)
        self.conflicts.clear()
        self.conflicts.setVisible(bool(report.conflicts or report.missing))
        for line in report.conflicts:
            self.conflicts.addItem(translate("XlsxImportDialog", "Not applied: {line}").format(
                line=localized(line, current_language())))
        for sheet, rows in report.missing.items():  # a row deleted in Excel deletes nothing; say so rather than ignore it
            self.conflicts.addItem(self.tr("Missing from {sheet}: %n row(s) of the export, not deleted from the log (delete records in the app)", "", rows).format(sheet=sheet))
        n = report.count
        changes = (translate("XlsxImportDialog", "1 change to apply") if n == 1
                   else translate("XlsxImportDialog", "{n} changes to apply").format(n=n) if n
                   else translate("XlsxImportDialog", "nothing to change"))
        conflicts = len(report.conflicts)
        if conflicts:
            changes += translate("XlsxImportDialog", ", {n} conflict(s) left alone").format(n=conflicts)
        self.summary.setText(f"<b>{html.escape(self.file.name if self.file else '')}</b>: " + changes
                             + translate("XlsxImportDialog", ". Nothing has been written yet."))
        self.apply_button.setEnabled(n > 0)
        self.apply_button.setText(translate("XlsxImportDialog", "Apply 1 change") if n == 1
                                  else translate("XlsxImportDialog", "Apply {n} changes").format(n=n))

    def apply(self) -> None:
        path, password = self.file, self.file_password
        self.apply_button.setEnabled(False)

        def run(log, progress):
            from ...documents.workbook.xlsx_import import import_xlsx
            from ...services.backups import backup_before_import

            data = _unlocked(path, password)  # decrypted in memory, before anything is written
            backup_before_import(log)  # an import can be put back with File > Restore…
            return import_xlsx(log, path, dry_run=False, progress=progress, data=data)
        self.job = start_job(self, self.ctx.log, translate("XlsxImportDialog", "Importing the workbook"), run, self._applied)

    def _applied(self, report) -> None:
        # The worker wrote through its own connection; older undo steps could now undo over imported values.
        self.ctx.undo_stack.clear()
        self.ctx.notify(Changed())
        applied = report.count
        QMessageBox.information(self, translate("XlsxImportDialog", "Import Excel"),
                                translate("XlsxImportDialog", "{n} change(s) applied from {file}.").format(
                                    n=applied, file=report.file) + "\n"
                                + "".join(f"{line}.\n" for line in report.missing_lines())
                                + translate("XlsxImportDialog",
                                            "A backup was taken first (File > Restore…). The undo history was cleared."))
        self.accept()


def _unlocked(path: Path, password: str | None):
    """A protected workbook decrypted in memory (never to disk), or None for a plain one."""
    if password is None:
        return None
    from ...documents.protect import unlock_workbook

    return unlock_workbook(path, password)


# The fields an edited workbook may change (documents/workbook/xlsx_import.py LOOKUP), as the dialog names them.
_FIELDS = {
    "status": QT_TRANSLATE_NOOP("XlsxImportDialog", "status"), "stance": QT_TRANSLATE_NOOP("XlsxImportDialog", "stance"),
    "note": QT_TRANSLATE_NOOP("XlsxImportDialog", "note"), "red_line": QT_TRANSLATE_NOOP("XlsxImportDialog", "red line"),
    "fallback": QT_TRANSLATE_NOOP("XlsxImportDialog", "fallback"),
    "internal_note": QT_TRANSLATE_NOOP("XlsxImportDialog", "internal note"),
    "state": QT_TRANSLATE_NOOP("XlsxImportDialog", "state"), "owner": QT_TRANSLATE_NOOP("XlsxImportDialog", "owner"),
    "owner_member": QT_TRANSLATE_NOOP("XlsxImportDialog", "owner"),
}
_VALUE_FIELDS = {"status", "stance", "state"}  # fixed lists: shown in the app's language (common/values.py)


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    flat = " ".join(text.split())
    return flat if len(flat) <= 100 else flat[:99] + "…"
