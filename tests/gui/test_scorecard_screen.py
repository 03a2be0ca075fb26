"""The Scorecard screen: a track picker, three charts and a table per round whose numbers are the read model's."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from mineralsdesk.gui.common.shortcut_sheet import sheet_html
from mineralsdesk.gui.roundroom.scorecard import COLUMNS, ScorecardView, round_cells


def _view(ctx, qtbot) -> ScorecardView:
    view = ScorecardView(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    return view


def test_the_table_shows_the_read_model_of_the_picked_track(ctx, qtbot):
    view = _view(ctx, qtbot)
    track = ctx.log.tracks.list()[0]
    view.set_track(track.id)
    card = ctx.log.read.scorecard(track.id)
    assert view.card.track.id == track.id
    model = view.model
    assert model.rowCount() == len(card.rounds) + (1 if card.rounds else 0)
    for row, score in enumerate(card.rounds):
        assert [model.data(model.index(row, c)) for c in range(len(COLUMNS))] == round_cells(score, card.parties,
                                                                                           card.speakers)
    if card.rounds:
        assert model.data(model.index(len(card.rounds), 0)) == "Total"
        assert model.data(model.index(len(card.rounds), 1)) == str(card.total("opened"))
    assert len(view.charts) == 3 and view.charts[2].internal and not view.charts[0].internal
    internal = [model.headerData(c, Qt.Orientation.Horizontal) for c, (_t, inside) in enumerate(COLUMNS) if inside]
    assert internal == ["Our fallbacks used (internal)", "Interventions (internal)"]


def test_the_table_model_passes_the_model_tester(ctx, qtbot, qtmodeltester):
    view = _view(ctx, qtbot)
    qtmodeltester.check(view.model)


def test_a_new_intervention_shows_at_once(ctx, qtbot):
    view = _view(ctx, qtbot)
    track = ctx.log.tracks.list()[0]
    view.set_track(track.id)
    rnd = ctx.log.rounds.list(track.id)[-1]
    clause = ctx.log.clauses.list(track.id)[0]
    party = next(p for p in track.parties if p != view.card.our_party)
    before = view.card.rounds[-1].interventions.get(party, 0)
    ctx.notify(ctx.log.minutes.add(rnd.id, clause.id, party, "supports", "Fine"))
    assert view.card.rounds[-1].interventions.get(party, 0) == before + 1
    assert f"{party} {before + 1}" in view.model.data(view.model.index(len(view.card.rounds) - 1, 6))


def test_the_chart_describes_its_numbers(ctx, qtbot):
    view = _view(ctx, qtbot)
    brackets = view.charts[0]
    first = view.card.rounds[0]
    assert brackets.totals(False)[0] == first.opened and brackets.totals(True)[0] == first.closed
    assert brackets.toolTip().startswith("Brackets: opened (up), closed (down). R")
    assert not brackets.grab().isNull()


def test_the_scorecard_page_has_its_own_key_on_the_sheet(main_window):
    action = main_window.actions.pages["scorecard"]
    assert action.shortcut() == QKeySequence("Ctrl+0")
    action.trigger()
    assert isinstance(main_window.current_page(), ScorecardView)
    assert "Scorecard" in sheet_html(main_window.actions) and "Ctrl+0" in sheet_html(main_window.actions)
