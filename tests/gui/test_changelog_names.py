"""The change log says which record a row is about, read a page at a time, never in data()."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt


def test_rows_name_their_position_and_assessment(main_window, ctx):
    view = main_window.show_page("changelog")
    model = view.model
    for _ in range(3):  # the first pages: the demo's roster, owners and minutes came last, positions before them
        if model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
    shown = [model.data(model.index(r, 2), Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())]
    bare = [s for s in shown if s in ("assessment", "position")]
    assert bare == []  # before: 10 rows of just "assessment" on the first screen
    assert any(s.startswith("position of ") and " at round " in s for s in shown)
    assert any(" assessment of " in s and "commitment" in s for s in shown)


def test_data_runs_no_query(main_window, ctx):
    model = main_window.show_page("changelog").model
    statements: list[str] = []
    ctx.log.db.conn.set_trace_callback(statements.append)
    try:
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole)
    finally:
        ctx.log.db.conn.set_trace_callback(None)
    assert statements == []
