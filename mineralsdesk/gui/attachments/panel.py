"""A list of one record's attached papers (name, size, audience, indexed or why not) with Add, Save as, Open,
Remove (undoable) and a change of audience; embedded in the clause, commitment and round screens."""

from __future__ import annotations

from pathlib import Path

# The file dialogs and message boxes are named through QtWidgets: PySide6 makes their classes when one is first
# opened, not at the start (the Commitments and Rounds screens, which the app may start on, embed this panel).
from PySide6 import QtWidgets
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import Attachment, Audience, Changed
from ...errors import UserError
from ...i18n import QT_TRANSLATE_NOOP
from ..commands import ServiceCommand, first_only, run
from ..common.errors import current_language, error_text
from ..context import AppContext
from ..language import translate

COLUMNS = (QT_TRANSLATE_NOOP("AttachmentsPanel", "Name"), QT_TRANSLATE_NOOP("AttachmentsPanel", "Size"),
           QT_TRANSLATE_NOOP("AttachmentsPanel", "Audience"), QT_TRANSLATE_NOOP("AttachmentsPanel", "Search"))
AUDIENCE_LABELS = {"internal": QT_TRANSLATE_NOOP("AttachmentsPanel", "internal"),
                   "shareable": QT_TRANSLATE_NOOP("AttachmentsPanel", "shareable")}


def size_text(size: int) -> str:
    if size >= 2**20:
        return translate("AttachmentsPanel", "{size} MB").format(size=QLocale().toString(size / 2**20, "f", 1))
    if size >= 1024:
        return translate("AttachmentsPanel", "{size} KB").format(size=QLocale().toString(round(size / 1024)))
    return translate("AttachmentsPanel", "{size} B").format(size=QLocale().toString(size))


class AttachmentsPanel(QWidget):
    """The attachments of one record; `show_target(kind, id)` chooses the record (None: nothing chosen)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.kind: str | None = None
        self.target_id: str | None = None
        self.attachments: list[Attachment] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("AttachmentsPanel", c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # The name and the search state share the width: a note on why a file is not indexed ("empty file (0
        # bytes): nothing to index", longer in French or German) was cut to a few words beside a wide name column.
        for column in (0, len(COLUMNS) - 1):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.add_button = QPushButton(translate("AttachmentsPanel", "Add…"))
        self.save_button = QPushButton(translate("AttachmentsPanel", "Save as…"))
        self.open_button = QPushButton(translate("AttachmentsPanel", "Open"))
        self.audience_button = QPushButton(translate("AttachmentsPanel", "Make shareable"))
        self.remove_button = QPushButton(translate("AttachmentsPanel", "Remove"))
        for button, slot in ((self.add_button, self.add_file), (self.save_button, self.save_selected),
                             (self.open_button, self.open_selected), (self.audience_button, self.toggle_audience),
                             (self.remove_button, self.remove_selected)):
            button.clicked.connect(slot)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.save_button, self.open_button, self.audience_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        ctx.bus.changed.connect(self._on_changed)
        self._update_buttons()

    # -- showing -----------------------------------------------------------------------------------------
    def show_target(self, kind: str | None, target_id: str | None) -> None:
        self.kind, self.target_id = kind, target_id
        self.refresh()

    def refresh(self) -> None:
        log = self.ctx.log
        self.attachments = log.attachments.list(self.kind, self.target_id) if self.kind and self.target_id else []
        self.table.setRowCount(len(self.attachments))
        for row, attachment in enumerate(self.attachments):
            # The text extraction's module loads with the first attachment listed, not at start-up.
            from ...services.extract import shown_note

            info = log.attachments.content_info(attachment)
            state = (translate("AttachmentsPanel", "indexed") if info and info.indexed
                     else shown_note(info.text_note, current_language()) if info
                     else translate("AttachmentsPanel", "content missing"))
            audience = attachment.audience.value
            audience = translate("AttachmentsPanel", AUDIENCE_LABELS[audience]) if audience in AUDIENCE_LABELS else audience
            cells = (attachment.name, size_text(attachment.size), audience, state)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self._update_buttons()

    def selected(self) -> Attachment | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.attachments[min(rows)] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.add_button.setEnabled(self.target_id is not None and not self.ctx.log.readonly)
        for button in (self.save_button, self.open_button):
            button.setEnabled(chosen is not None)
        for button in (self.audience_button, self.remove_button):
            button.setEnabled(chosen is not None and not self.ctx.log.readonly)
        shareable = chosen is not None and chosen.audience is Audience.SHAREABLE
        self.audience_button.setText(translate("AttachmentsPanel", "Make internal") if shareable
                                     else translate("AttachmentsPanel", "Make shareable"))

    def _on_changed(self, changed: Changed) -> None:
        if self.target_id and (not changed.entities or "attachments" in changed.entities):
            self.refresh()

    def _warn(self, exc: Exception) -> None:
        QtWidgets.QMessageBox.warning(self, translate("AttachmentsPanel", "Attachments"), error_text(exc))

    # -- actions -----------------------------------------------------------------------------------------
    def add_file(self) -> None:
        if not (self.kind and self.target_id):
            return
        name, _filter = QtWidgets.QFileDialog.getOpenFileName(
            self, translate("AttachmentsPanel", "Attach a file"), "",
            translate("AttachmentsPanel", "Papers (*.pdf *.docx *.xlsx *.txt *.png *.jpg);;All files (*)"))
        if not name:
            return
        kind, target = self.kind, self.target_id
        log = self.ctx.log
        try:
            run(self.ctx, ServiceCommand(
                self.ctx, translate("AttachmentsPanel", "Attach {name}").format(name=Path(name).name),
                lambda: log.attachments.add(Path(name), target_kind=kind, target_id=target),
                lambda done: log.attachments.delete(done.record.id)))
        except UserError as exc:
            self._warn(exc)

    def save_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        out, _filter = QtWidgets.QFileDialog.getSaveFileName(self, translate("AttachmentsPanel", "Save the attached file"), chosen.name)
        if not out:
            return
        try:
            self.ctx.log.attachments.save_to(chosen.id, out)
        except (UserError, OSError) as exc:
            self._warn(exc)

    def open_selected(self) -> Path | None:
        """Open a private copy with the system's viewer; the copy is removed when the log is closed."""
        chosen = self.selected()
        if chosen is None:
            return None
        try:
            copy = self.ctx.log.attachments.open_copy(chosen.id)
        except (UserError, OSError) as exc:
            self._warn(exc)
            return None
        # Loaded with the first viewer opened, not at start-up (a Qt class and its enums load on first use).
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
        return copy

    def toggle_audience(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        new = Audience.INTERNAL if chosen.audience is Audience.SHAREABLE else Audience.SHAREABLE
        old = chosen.audience
        log = self.ctx.log
        rev = first_only(chosen.rev)
        try:
            run(self.ctx, ServiceCommand(
                self.ctx, (translate("AttachmentsPanel", "Make {name} shareable") if new is Audience.SHAREABLE
                          else translate("AttachmentsPanel", "Make {name} internal")).format(name=chosen.name),
                lambda: log.attachments.set_audience(chosen.id, new, expected_rev=rev()),
                lambda done: log.attachments.set_audience(chosen.id, old)))
        except UserError as exc:
            self._warn(exc)

    def remove_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        log = self.ctx.log
        data = log.attachments.read_bytes(chosen.id)  # kept for undo: the content goes with its last attachment
        try:
            run(self.ctx, ServiceCommand(
                self.ctx, translate("AttachmentsPanel", "Remove {name}").format(name=chosen.name),
                lambda: log.attachments.delete(chosen.id),
                lambda done: log.attachments.restore(done.record, data)))
        except UserError as exc:
            self._warn(exc)
