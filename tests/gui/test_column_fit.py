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


def _viewport_setup(view) -> dict:
    viewport = view.viewport()
    setup = {attribute.name: viewport.testAttribute(attribute) for attribute in Qt.WidgetAttribute}
    setup.update(name=viewport.objectName(), background=viewport.backgroundRole(), text=viewport.foregroundRole(),
                 filled=viewport.autoFillBackground(), focus_proxy=viewport.focusProxy() is view,
                 tracking=viewport.hasMouseTracking(), drops=viewport.acceptDrops(),
                 geometry=viewport.geometry().getRect(), visible=viewport.isVisible())
    return setup


def test_the_fitted_tables_viewport_is_set_up_as_qts_own(qtbot):
    """known_viewport replaces the viewport Qt made: the same name, roles, attributes, focus and geometry."""
    theirs, ours = QTableView(), QTableView()
    for view in (theirs, ours):
        qtbot.addWidget(view)
        view.setModel(_Rows(0))
        view.setAlternatingRowColors(True)
    tables.fit_columns(ours, 2)
    import gc

    gc.collect()  # the viewport made in Python belongs to the view now: nothing of it is collected
    for view in (theirs, ours):
        view.resize(500, 300)
        view.show()
    qtbot.waitExposed(ours)
    import shiboken6

    # Ours was replaced (made in Python: known to PySide6 from the start), and is set up as Qt's own is.
    assert shiboken6.createdByPython(ours.viewport()) and not shiboken6.createdByPython(theirs.viewport())
    assert _viewport_setup(ours) == _viewport_setup(theirs)


FIRST_PAINT_SCAN = """
import sys
from PySide6 import QtWidgets
from PySide6.QtWidgets import QApplication, QTableView
from mineralsdesk.gui.common.tables import fit_columns

app = QApplication([])
table = QTableView()
fit_columns(table, 0)
table.show()
app.processEvents()
print("scanned" if "QLCDNumber" in vars(QtWidgets) else "not scanned")
table.viewport()  # known: no scan either
print("scanned" if "QLCDNumber" in vars(QtWidgets) else "not scanned")
QTableView().viewport()  # a viewport Qt made: the scan of every widget class, as before
print("scanned" if "QLCDNumber" in vars(QtWidgets) else "not scanned")
"""


def test_fitting_a_table_does_not_make_pyside_create_every_widget_class(tmp_path):
    """A fresh process (PySide6 creates its classes once per process): the fitted table's viewport is known to it, so
    no unrelated class (QLCDNumber stands for them) is created; a viewport Qt made still is, which the test shows."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", FIRST_PAINT_SCAN], env=env, capture_output=True, text=True,
                            timeout=60, check=True)
    assert result.stdout.split("\n")[:3] == ["not scanned", "not scanned", "scanned"]


class _Repeats(QAbstractTableModel):
    """Few distinct values, some in bold: what content_width measures once each."""

    def rowCount(self, parent=QModelIndex()):  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 500

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return ("agreed", "under negotiation", "bracketed")[row % 3] if column == 0 else f"v{row % 7 * 111}"
        if role == Qt.ItemDataRole.FontRole and column == 1 and row % 5 == 0:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)  # a bold value is wider than the same value plain
            return font
        return None


def test_content_width_is_what_qt_measures_for_a_hidden_table(qtbot):
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(_Repeats())
    for precision in (30, 3, 0, -1):
        table.horizontalHeader().setResizeContentsPrecision(precision)
        for column in range(3):
            assert tables.content_width(table, column) == table.sizeHintForColumn(column), (precision, column)
    table.setShowGrid(False)
    assert tables.content_width(table, 1) == table.sizeHintForColumn(1)


def test_content_width_on_every_fitted_screen_matches_qts_measure(ctx, qtbot):
    """The real tables (the Clauses table with its status delegate, the commitments with their bold dates...), built
    hidden as at the window's first paint: the same widths as Qt's own measure."""
    from PySide6.QtWidgets import QWidget

    from mineralsdesk.gui.main_window import SCREENS

    checked = 0
    for key in SCREENS:
        module_name, class_name = SCREENS[key]
        module = __import__(f"mineralsdesk.gui.{module_name}", fromlist=[class_name])
        parent = QWidget()
        qtbot.addWidget(parent)
        screen = getattr(module, class_name)(ctx, parent)
        for table in screen.findChildren(QTableView):
            if table.model() is None or table.isVisible():
                continue
            for column in range(table.model().columnCount()):
                assert tables.content_width(table, column) == table.sizeHintForColumn(column), (key, column)
                checked += 1
    assert checked > 30
