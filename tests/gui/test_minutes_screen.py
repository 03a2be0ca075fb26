"""The Minutes screen: the keyboard-only flow (Ctrl+8, type a clause, one key for the party, one for the signal,
the words, Enter), the clause kept for the next intervention, the review applied as one undoable step."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from mineralsdesk.gui.roundroom.apply_dialog import ApplyDialog
from mineralsdesk.gui.roundroom.keys import party_keys, signal_for


def test_party_and_signal_keys():
    assert party_keys(["EU", "US", "JP", "MX"]) == {"E": "EU", "U": "US", "J": "JP", "M": "MX"}
    assert party_keys(["EU", "ES"]) == {"E": "EU", "S": "ES"}  # a shared first letter moves on
    assert signal_for("2") == "objects" and signal_for("9") is None and signal_for("x") is None


def test_twenty_interventions_from_the_keyboard_alone(keyboard, main_window, ctx):
    keyboard.press("Ctrl+8")
    view = main_window.current_page() if hasattr(main_window, "current_page") else main_window.stack.currentWidget()
    assert view.objectName() == "page_minutes"
    rid = view.round_id
    rnd = ctx.log.rounds.get(rid)
    clause = ctx.log.clauses.list(rnd.track_id)[0]
    before = len(ctx.log.minutes.list(rid))
    assert QApplication.focusWidget() is view.clause_edit
    keyboard.type(clause.ref)
    keyboard.press("Return")
    assert view.clause.id == clause.id and QApplication.focusWidget() is view.pad
    letters = {code: key for key, code in view._party_letters().items()}
    parties = list(letters)
    for n in range(20):
        counted = keyboard.count
        party = parties[n % len(parties)]
        keyboard.press(letters[party])
        keyboard.press(str(n % 5 + 1))
        keyboard.type(f"intervention number {n}")
        keyboard.press("Return")
        assert keyboard.count - counted <= 4  # party, signal, the words, Enter
    notes = ctx.log.minutes.list(rid)[before:]
    assert len(notes) == 20 and {i.clause_id for i in notes} == {clause.id}  # the clause was kept
    assert notes[1].party == parties[1 % len(parties)] and notes[1].signal == "objects"
    assert notes[-1].text == "intervention number 19" and view.notes.rowCount() == before + 20
    ctx.undo_stack.undo()
    assert len(ctx.log.minutes.list(rid)) == before + 19


def test_an_unknown_clause_says_so_and_saving_without_choices_refuses(qtbot, ctx):
    from mineralsdesk.gui.roundroom.minutes import MinutesView

    view = MinutesView(ctx)
    qtbot.addWidget(view)
    view._pick_clause("Art. 999")
    assert "No clause" in view.message.text() and view.clause is None
    assert view.save() is None and "Choose a clause" in view.message.text()


def test_review_applies_the_ticked_proposals_in_one_undoable_step(qtbot, ctx):
    from PySide6.QtCore import Qt

    from mineralsdesk.gui.roundroom.minutes import MinutesView

    view = MinutesView(ctx)
    qtbot.addWidget(view)
    rid = view.round_id
    rnd = ctx.log.rounds.get(rid)
    clauses = ctx.log.clauses.list(rnd.track_id)[:2]
    for c in clauses:
        ctx.log.minutes.add(rid, c.id, "MX", "reserves", "need instructions")
    dialog = ApplyDialog(ctx, rid, view)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    dialog.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.accept()
    assert len(ctx.log.minutes.proposals(rid)) == 1
    stance = {p.clause_id: p.stance for p in ctx.log.positions.list() if p.round_id == rid and p.party == "MX"}
    assert stance.get(clauses[0].id) == "reserves"
    ctx.undo_stack.undo()
    assert len(ctx.log.minutes.proposals(rid)) == 2


def test_the_screen_renders(qtbot, ctx, tmp_path):
    from mineralsdesk.gui.roundroom.minutes import MinutesView

    view = MinutesView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    rid = view.round_id
    rnd = ctx.log.rounds.get(rid)
    clause = ctx.log.clauses.list(rnd.track_id)[0]
    ctx.log.minutes.add(rid, clause.id, "US", "objects", "Too long a deadline " * 30)
    view._fill_table()
    view._pick_clause(clause.ref)
    image = view.grab()
    assert image.width() >= 1000 and image.save(str(tmp_path / "minutes.png"))
