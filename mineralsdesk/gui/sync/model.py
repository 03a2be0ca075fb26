"""The Conflicts screen's table model: the open conflicts, few enough to hold in memory (read by services)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...services.sync.review import ConflictRow
from ..language import translate

COLUMNS = (QT_TRANSLATE_NOOP("ConflictsModel", "Record"), QT_TRANSLATE_NOOP("ConflictsModel", "Field"), QT_TRANSLATE_NOOP("ConflictsModel", "Base"), QT_TRANSLATE_NOOP("ConflictsModel", "Ours"), QT_TRANSLATE_NOOP("ConflictsModel", "Theirs"))
_CUT = 80  # a long clause text is cut in the table; the detail pane shows all of it


def _cell(value: str | None) -> str:
    if value is None:
        return "(none)"
    flat = " ".join(value.split())
    return flat if len(flat) <= _CUT else flat[:_CUT - 1] + "…"


class ConflictsModel(QAbstractTableModel):
    """One row per open conflict: record, field, base, ours, theirs."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ConflictRow] = []

    def set_rows(self, rows: list[ConflictRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        c = row.conflict
        values = (row.record, c.field, c.base, c.ours, c.theirs)
        if role == Qt.ItemDataRole.DisplayRole:
            value = values[index.column()]
            return _cell(value) if index.column() >= 2 else value
        if role == Qt.ItemDataRole.ToolTipRole and index.column() >= 2:
            return values[index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("ConflictsModel", COLUMNS[section])
        return None
