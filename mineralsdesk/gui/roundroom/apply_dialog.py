"""The review of what a round's minutes imply: one checkbox per proposed change, applied as one undoable step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...errors import UserError
from ..commands import ServiceCommand, run
from ..common.errors import error_text
from ..context import AppContext
from ..language import translate


class ApplyDialog(QDialog):
    """Every proposal ticked; OK applies the ticked ones in one transaction, Ctrl+Z takes them all back."""

    def __init__(self, ctx: AppContext, round_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("ApplyDialog", "Apply the minutes to positions and brackets"))
        self.ctx = ctx
        self.round_id = round_id
        self.proposals = ctx.log.minutes.proposals(round_id)
        self.list = QListWidget()
        self.list.setObjectName("apply_list")
        for p in self.proposals:
            item = QListWidgetItem(p.description)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(Qt.ItemDataRole.UserRole, p.key)
            self.list.addItem(item)
        n = len(self.proposals)
        note = (self.tr("%n change(s) the signals imply. Untick any you do not want; the rest are applied "
                          "as one step (Ctrl+Z undoes it).", "", n) if self.proposals
                else translate("ApplyDialog", "Nothing to apply: positions and brackets already say what the minutes say."))
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def chosen(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def accept(self) -> None:
        keys = self.chosen()
        if keys:
            log, rid = self.ctx.log, self.round_id
            command = ServiceCommand(self.ctx, translate("ApplyDialog", "Apply minutes to positions and brackets"),
                                     lambda: log.minutes.apply(rid, keys), lambda done: log.minutes.revert(done.record))
            try:
                run(self.ctx, command)
            except UserError as exc:
                self.note.setText(error_text(exc))
                return
        super().accept()
