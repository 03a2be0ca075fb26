"""Column widths are measured on a screen's worth of rows, however long the table (gui/common/tables.py)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from mineralsdesk.gui.common import tables


class _Rows(QAbstractTableModel):
    """100,000 rows of three columns; counts the rows whose text was asked for."""

    def __init__(self, wide_row: int):
        super().__init__()
        self.asked: set[int] = set()
        self.wide_row = wide_row

    def rowCount(self, parent=QModelIndex()):  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 100_000

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        self.asked.add(index.row())
        if index.column() == 1 and index.row() == self.wide_row:
            return "a much longer value than any other in this column"
        return f"v{index.row() % 10}"


def _fitted(qtbot, wide_row: int) -> tuple[QTableView, _Rows]:
    table = QTableView()
    qtbot.addWidget(table)
    model = _Rows(wide_row)
    table.setModel(model)
    tables.fit_columns(table, 2)  # built before the table is shown, as at the window's first paint
    return table, model


def test_a_hidden_table_is_measured_on_rows_measured_rows_not_a_thousand(qtbot):
    table, model = _fitted(qtbot, wide_row=10)
    assert 0 < max(model.asked) < tables.ROWS_MEASURED and len(model.asked) <= tables.ROWS_MEASURED
    narrow_table, _model = _fitted(qtbot, wide_row=90_000)
    # the wide value among the rows measured widens its column; one far below does not
    assert table.horizontalHeader().sectionSize(1) > narrow_table.horizontalHeader().sectionSize(1)
