"""Cells edited in place from the keyboard (issue #14.3): a clause's status on Clauses, a commitment's state and
owner on Commitments. F2 or typing opens the cell's choices, a key picks one, one undoable edit; the choices are
only those the rules allow, and a refused edit says why in one line and leaves the record as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mineralsdesk.domain import rules
from mineralsdesk.domain.model import ClauseStatus
from mineralsdesk.gui.clauses.model import STATUS_COLUMN
from mineralsdesk.gui.clauses.table import ClausesView
from mineralsdesk.gui.commitments.model import OWNER_COLUMN, CommitmentsModel
from mineralsdesk.gui.common.cells import CHOICES_ROLE
from mineralsdesk.gui.common.combo import choice_values


def _find(keyboard, word: str) -> None:
    keyboard.press("Ctrl+K")
    keyboard.type(word)
    keyboard.press("Return")


def test_f2_changes_the_open_clauses_status_in_its_cell_and_ctrl_z_puts_it_back(keyboard, main_window, ctx, qtbot):
    _find(keyboard, "circumvention")
    page = main_window.current_page()
    assert isinstance(page, ClausesView)
    qtbot.waitUntil(lambda: page.detail.clause is not None)
    clause = page.detail.clause
    keyboard.press("F2")  # the Status cell of the clause in front, not the whole form
    assert QApplication.activeModalWidget() is None
    editor = keyboard.focus()
    assert editor.metaObject().className() == "QComboBox" and page.table.isAncestorOf(editor)
    offered = [ClauseStatus(v) for v in choice_values(editor)]
    assert set(offered) == set(rules.allowed_transitions(clause.status))  # only the moves the rules allow
    target = next(s for s in offered if s != clause.status and str(s)[0] not in
                  {str(o)[0] for o in offered if o not in (s,)})  # a status its first letter picks alone
    keyboard.press(str(target)[0])
    assert ctx.log.clauses.get(clause.id).status == target
    assert page.table.hasFocus()
    row = page.table.currentIndex().row()
    assert page.model.index(row, STATUS_COLUMN).data() == str(target)  # the row shows it at once
    keyboard.press("Ctrl+Z")
    assert ctx.log.clauses.get(clause.id).status == clause.status


def test_a_status_move_the_rules_refuse_is_not_offered_and_refused_if_forced(ctx, qtbot, no_modal_waits):
    clause = ctx.log.clauses.list()[0]
    ctx.log.clauses.restore_status(clause.id, "drafted")  # a drafted clause may not jump to agreed
    view = ClausesView(ctx)
    qtbot.addWidget(view)
    model = view.model
    row = next(r for r in range(model.rowCount()) if model.clause_id(model.index(r, 0)) == clause.id)
    index = model.index(row, STATUS_COLUMN)
    assert "agreed" not in [v for _label, v in model.data(index, CHOICES_ROLE)]
    assert not model.setData(index, "agreed")
    assert ctx.log.clauses.get(clause.id).status == "drafted"
    assert no_modal_waits == ["Status not changed"]  # said once, in a message box


def test_f2_on_the_owner_cell_gives_a_commitment_to_another_party(ctx, qtbot):
    model = CommitmentsModel(ctx)
    row = 0
    c = model.row_at(row)
    index = model.index(row, OWNER_COLUMN)
    assert index.flags() & Qt.ItemFlag.ItemIsEditable
    codes = [v for _label, v in model.data(index, CHOICES_ROLE)]
    assert set(codes) == {p.code for p in ctx.log.parties.list()}
    other = next(code for code in codes if code != c.owner)
    assert model.setData(index, other)
    assert ctx.log.commitments.get(c.id).owner == other
    ctx.undo_stack.undo()
    assert ctx.log.commitments.get(c.id).owner == c.owner
    assert not model.setData(index, "")  # no owner is no edit


def _positions_cell(page, ctx, party: str):
    """The Positions cell of `party` on the first clause of a track where it takes part and a round exists."""
    model = page.model
    column = 3 + model.parties.index(party)
    for row in range(model.rowCount()):
        index = model.index(row, column)
        if index.flags() & Qt.ItemFlag.ItemIsEditable:
            return index
    raise AssertionError(f"no editable {party} cell")


def test_typing_a_stance_letter_in_a_positions_cell_records_it_at_the_latest_round(ctx, qtbot):
    from mineralsdesk.gui.positions.table import PositionsView

    view = PositionsView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    other = next(p for p in view.model.parties if p != view.model.our_party)
    index = _positions_cell(view, ctx, other)
    clause_id = view.model.clause_id(index)
    before = view.model.position_at(index)
    view.table.setFocus()
    view.table.setCurrentIndex(index)
    target = "opposes" if before is None or before.stance != "opposes" else "supports"
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor.metaObject().className() == "QComboBox" and view.table.isAncestorOf(editor)
    qtbot.keyClicks(editor, target[:2])  # "op" / "su": the combo's own type-ahead
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    latest = ctx.log.read.latest_positions().get((clause_id, other))
    rounds = [r for r in ctx.log.rounds.list() if r.track_id == ctx.log.clauses.get(clause_id).track_id]
    assert latest is not None and latest.stance == target
    assert latest.round_id == max(rounds, key=lambda r: r.number).id
    if before is not None and before.round_id == latest.round_id:
        assert latest.note == before.note  # the same round: the note stays
    ctx.undo_stack.undo()
    again = ctx.log.read.latest_positions().get((clause_id, other))
    assert (again.stance if again else None) == (before.stance if before else None)


def test_our_stance_changed_in_its_cell_keeps_our_internal_lines(ctx, qtbot):
    from mineralsdesk.gui.positions.table import PositionsView

    view = PositionsView(ctx)
    qtbot.addWidget(view)
    ours = view.model.our_party
    model = view.model
    column = 3 + model.parties.index(ours)
    index = next(model.index(r, column) for r in range(model.rowCount())
                 if model.position_at(model.index(r, column)) is not None
                 and model.position_at(model.index(r, column)).red_line
                 and model.index(r, column).flags() & Qt.ItemFlag.ItemIsEditable)
    before = model.position_at(index)
    target = next(s for s in ("reserves", "opposes", "supports") if s != before.stance)
    assert model.setData(index, target)
    latest = ctx.log.read.latest_positions().get((before.clause_id, ours))
    assert latest.stance == target and latest.red_line == before.red_line and latest.fallback == before.fallback
