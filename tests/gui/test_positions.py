"""The positions matrix: stance colours, INTERNAL only in our column, filters, and recording a position with undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mineralsdesk.domain.model import Stance
from mineralsdesk.gui.common.combo import select_value
from mineralsdesk.gui.positions.forms import PositionForm
from mineralsdesk.gui.positions.model import INTERNAL_ROLE, NOT_A_PARTY, POSITION_ROLE, PositionsModel
from mineralsdesk.gui.positions.table import PositionsView
from mineralsdesk.gui.style import INTERNAL_COLOUR, STANCE_COLOURS, TEXT_ON_TINT


def test_positions_model_passes_the_model_tester(qtmodeltester, ctx):
    model = PositionsModel(ctx)
    qtmodeltester.check(model)
    model.set_filter(track_id=ctx.log.tracks.by_ref("USMX").id)
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
                background = index.data(Qt.ItemDataRole.BackgroundRole)
                assert background is None if model.in_track(index) else background.style() == Qt.BrushStyle.BDiagPattern
                continue
            assert index.data(Qt.ItemDataRole.BackgroundRole) == STANCE_COLOURS[position.stance]
            # The tints are light in the dark palette too: text on them is dark, never the palette's.
            assert index.data(Qt.ItemDataRole.ForegroundRole) in (TEXT_ON_TINT, INTERNAL_COLOUR)
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
    usmx = ctx.log.tracks.by_ref("USMX")
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
    select_value(form.stance, Stance.OPPOSES)
    form.note.setPlainText("Now opposes domestic approval steps.")
    form.accept()
    cell = model.index(row, column)
    assert cell.data() == "opposes" and cell.data(Qt.ItemDataRole.BackgroundRole) == STANCE_COLOURS[Stance.OPPOSES]
    ctx.undo_stack.undo()
    assert model.index(row, column).data() == str(before.stance)
    ctx.undo_stack.redo()
    assert model.index(row, column).data() == "opposes"


def test_our_form_has_the_internal_fields(ctx, qtbot):
    clause = ctx.log.clauses.list()[0]
    form = PositionForm(ctx, clause.id, ctx.log.settings.our_party)
    qtbot.addWidget(form)
    assert set(form.internal) == {"red_line", "fallback", "internal_note"}


def test_a_party_outside_the_track_reads_not_a_party_and_takes_no_position(ctx, qtbot, monkeypatch):
    view = PositionsView(ctx)
    qtbot.addWidget(view)
    model = view.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).track_ref == "MOU")  # US and EU only
    cell = model.index(row, 3 + model.parties.index("JP"))
    assert not model.in_track(cell)
    assert cell.data() == NOT_A_PARTY and "not a party" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert cell.data(Qt.ItemDataRole.BackgroundRole).style() == Qt.BrushStyle.BDiagPattern
    assert cell.data(Qt.ItemDataRole.FontRole).italic()
    opened: list[object] = []
    monkeypatch.setattr(PositionForm, "exec", lambda self: opened.append(self) or 0)
    view.edit_position(cell)
    assert opened == [] and "not a party to the MOU track" in view.detail.text()
    in_track = model.index(row, 3 + model.parties.index("US"))
    assert model.in_track(in_track) and in_track.data() != NOT_A_PARTY
    view.edit_position(in_track)
    assert len(opened) == 1
