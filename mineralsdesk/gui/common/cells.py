"""Cells edited in place: a combo of the choices the model offers, and the one way such an edit is run.

A model marks a cell editable (flags), gives its current value for EditRole and its choices for CHOICES_ROLE
(label, value pairs), and writes through `run_cell_edit`: one undoable command, refused edits kept in
`model.refused` for the screen to show (`report_refusals`). F2 or typing opens the editor (gui/keys.CellKeys);
picking a choice commits it at once, Escape leaves the cell as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from ...errors import InvalidInputError, NotFoundError, StaleEditError
from ..commands import ServiceCommand, run
from ..context import AppContext
from .combo import combo_value, select_value, set_choices
from .errors import error_text
from .paged_model import cell_value

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem  # its class and enums load when an editor first opens

CHOICES_ROLE = Qt.ItemDataRole.UserRole + 40
"""A cell's choices for its in-place editor: a list of (label, value)."""


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of the cell's choices (CHOICES_ROLE); picking one writes it through the model's setData."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        set_choices(combo, cell_value(index, CHOICES_ROLE) or [])
        # Commit as soon as a choice is picked: one key or click, one undoable edit.
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        combo.activated.connect(lambda _i: self.closeEditor.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        select_value(editor, cell_value(index, Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model_: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        model_.setData(index, combo_value(editor), Qt.ItemDataRole.EditRole)


def run_cell_edit(ctx: AppContext, owner: Any, label: str, do: Callable[[], object],
                  undo: Callable[[object], object]) -> bool:
    """Run one in-place edit as an undoable command; False with `owner.refused` set when the log refuses it
    (a rule, a stale revision, a record gone), and the owner's rows re-read to show the record as it is."""
    try:
        run(ctx, ServiceCommand(ctx, label, do, undo))
    except (InvalidInputError, StaleEditError, NotFoundError) as exc:
        owner.refused = error_text(exc)
        owner.reload()
        return False
    return True


def report_refusals(screen: QWidget, model_: Any, title: str) -> None:
    """Show a model's refused in-place edit (one line) in a message box once the view has redrawn."""

    def show(*_: object) -> None:
        if model_.refused:
            from PySide6.QtWidgets import QMessageBox  # made on first use, not before the first paint

            message, model_.refused = model_.refused, ""
            QMessageBox.information(screen, title, message)

    model_.dataChanged.connect(show)
    model_.modelReset.connect(show)
