"""The positions matrix: stance colours, INTERNAL only in our column, filters, and recording a position with undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mineralsdesk.domain.model import Stance
from mineralsdesk.gui.models.positions import INTERNAL_ROLE, POSITION_ROLE, PositionsModel
from mineralsdesk.gui.style import STANCE_COLOURS
from mineralsdesk.gui.views.party_forms import PositionForm
from mineralsdesk.gui.views.positions import PositionsView


def test_positions_model_passes_the_model_tester(qtmodeltester, ctx):
    model = PositionsModel(ctx)
    qtmodeltester.check(model)
    model.set_filter(track_id=ctx.log.track_by_ref("USMX").id)
    qtmodeltester.check(model)


def test_cells_are_coloured_by_stance_and_internal_only_in_our_column(ctx):
    model = PositionsModel(ctx)
    ours = ctx.log.settings.our_party
    assert model.parties[0] == ours and model.headerData(3, Qt.Orientation.Horizontal) == f"{ours} (ours)"
    coloured = internal_cells = 0
    for row in range(model.rowCount()):
        for column in range(3, model.columnCount()):
            index = model.index(row, column)
            position = index.data(POSITION_ROLE)
            if position is None:
                assert index.data(Qt.ItemDataRole.BackgroundRole) is None
                continue
            assert index.data(Qt.ItemDataRole.BackgroundRole) == STANCE_COLOURS[position.stance]
            assert index.data() == str(position.stance)
            coloured += 1
            internal = index.data(INTERNAL_ROLE)
            tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
            if model.party_at(column) == ours:
                if position.red_line:
                    assert internal.startswith("INTERNAL red line") and "INTERNAL — Red line" in tooltip
                    internal_cells += 1
            else:
                assert internal == "" and "INTERNAL" not in tooltip
            assert position.note in tooltip
    assert coloured > 40 and internal_cells > 5


def test_track_and_topic_filters(ctx):
    model = PositionsModel(ctx)
    usmx = ctx.log.track_by_ref("USMX")
    model.set_filter(track_id=usmx.id)
    assert sorted(model.parties) == sorted(usmx.parties)
    assert {model.row_at(r).track_ref for r in range(model.rowCount())} == {"USMX"}
    model.set_filter(track_id=usmx.id, topic="market protection")
    assert [model.row_at(r).ref for r in range(model.rowCount())] == ["Art. 3"]


def test_recording_a_position_through_the_form_undoes(ctx, qtbot):
    view = PositionsView(ctx)
    qtbot.addWidget(view)
    model = view.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).track_ref == "ROADMAP"
               and model.row_at(r).ref == "Art. 5")
    column = 3 + model.parties.index("US")
    before = model.index(row, column).data(POSITION_ROLE)
    form = PositionForm(ctx, model.clause_id(model.index(row, column)), "US", before)
    qtbot.addWidget(form)
    assert form.internal == {}  # no red line fields for another party
    form.stance.setCurrentIndex(form.stance.findData(Stance.OPPOSES))
    form.note.setPlainText("Now opposes domestic approval steps.")
    form.accept()
    cell = model.index(row, column)
    assert cell.data() == "opposes" and cell.data(Qt.ItemDataRole.BackgroundRole) == STANCE_COLOURS[Stance.OPPOSES]
    ctx.undo_stack.undo()
    assert model.index(row, column).data() == str(before.stance)
    ctx.undo_stack.redo()
    assert model.index(row, column).data() == "opposes"


def test_our_form_has_the_internal_fields(ctx, qtbot):
    clause = ctx.log.clauses()[0]
    form = PositionForm(ctx, clause.id, ctx.log.settings.our_party)
    qtbot.addWidget(form)
    assert set(form.internal) == {"red_line", "fallback", "internal_note"}
