"""The Topics screen: a topic picked by keyboard, a column per track with texts and stances, a redline of two."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from mineralsdesk.domain.model import Topic
from mineralsdesk.gui.common.combo import combo_value, select_value
from mineralsdesk.gui.style import STANCE_COLOURS
from mineralsdesk.gui.topics.view import TopicsView


def _view(ctx, qtbot) -> TopicsView:
    view = TopicsView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    return view


def test_a_column_per_track_with_the_current_texts_and_each_partys_stance(ctx, qtbot, qtmodeltester):
    view = _view(ctx, qtbot)
    view.set_topic(Topic.MARKET_PROTECTION)
    assert [c.entry.track.ref for c in view.columns] == ["ACTION", "MOU", "ROADMAP", "USMX"]
    mou = view.columns[1]
    assert mou.text is not None and mou.text.isReadOnly()
    current = ctx.log.clauses.current_version(mou.entry.clauses[0].row.id).text
    assert current[:60] in mou.text.toPlainText()
    model = mou.stances.model()
    qtmodeltester.check(model)
    horizontal = Qt.Orientation.Horizontal
    assert [model.headerData(k, horizontal) for k in range(model.columnCount())] == ["US", "EU"]
    latest = ctx.log.read.latest_positions(mou.entry.track.id)
    clause_id = mou.entry.clauses[0].row.id
    stance = latest[(clause_id, "EU")].stance
    cell = model.index(0, 1)
    assert str(stance) in model.data(cell, Qt.ItemDataRole.ToolTipRole)
    assert model.data(cell, Qt.ItemDataRole.BackgroundRole).color() == STANCE_COLOURS[stance]
    assert view.summary.text() == "4 clauses in 4 of 4 tracks"


def test_a_track_without_the_topic_says_so_and_the_redline_compares_two_tracks(ctx, qtbot):
    view = _view(ctx, qtbot)
    view.set_topic(Topic.EXPORT_EXEMPTIONS)
    empty = [c for c in view.columns if not c.entry.clauses]
    assert {c.entry.track.ref for c in empty} == {"ACTION", "ROADMAP"}
    assert all(c.text is None and "No clause on this topic" in c.facts.text() for c in empty)
    pane = view.redline
    labels = [pane.clauses[v].label for v in (combo_value(pane.source), combo_value(pane.target))]
    assert labels == ["MOU:Art. 5", "USMX:Art. 1"]  # by default the first clauses of two tracks
    html = pane.view.toHtml()
    assert "text-decoration: line-through" in html and "text-decoration: underline" in html
    assert "only in USMX Art. 1" in pane.legend.text() and "only in MOU Art. 5" in pane.legend.text()
    pane.swap_sides()
    assert "only in MOU Art. 5" in pane.legend.text().split("·")[0]
    select_value(pane.target, combo_value(pane.source))
    assert pane.view.toPlainText() == "" and "same clause" in pane.legend.text()


def test_the_topic_is_picked_from_the_keyboard(ctx, qtbot):
    view = _view(ctx, qtbot)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    qtbot.keyClick(view, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # the label's &Topic mnemonic
    assert QApplication.focusWidget() is view.topic
    qtbot.keyClick(view.topic, Qt.Key.Key_6)  # a digit picks the sixth topic
    assert view.current_topic() is list(Topic)[5]
    assert view.comparison.topic is Topic.STOCKPILING
    assert [c.label for c in view.comparison.clauses] == ["ACTION:Art. 2", "MOU:Art. 7"]


def test_the_screen_reads_again_when_a_clause_changes(ctx, qtbot):
    view = _view(ctx, qtbot)
    view.set_topic(Topic.EXPORT_EXEMPTIONS)
    clause = next(c for c in ctx.log.clauses.list() if c.topic == Topic.RESEARCH)
    changed = ctx.log.clauses.update(clause.id, topic=Topic.EXPORT_EXEMPTIONS)
    ctx.notify(changed)
    assert len(view.comparison.clauses) == 3
    assert any(c.row.id == clause.id for c in view.comparison.clauses)


def test_the_topics_page_has_its_own_key(main_window, qtbot):
    action = main_window.actions.pages["topics"]
    assert action.shortcut() == QKeySequence("Ctrl+9")
    action.trigger()
    assert isinstance(main_window.current_page(), TopicsView)
