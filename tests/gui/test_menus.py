"""Menus and keys: every command in a menu with its own shortcut, no key claimed twice, Record commands open forms."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QMenu

from mineralsdesk.gui.actions import PAGES, RECORD
from mineralsdesk.gui.clauses.forms import ClauseForm, NewVersionForm
from mineralsdesk.gui.commitments.forms import AssessmentForm, CommitmentForm
from mineralsdesk.gui.positions.forms import PositionForm
from mineralsdesk.gui.rounds.table import ActionForm, RoundForm
from mineralsdesk.gui.tracks.table import TrackForm

# Reached by mnemonic from File > Open recent; a key for "forget every recent log" would invite accidents.
WITHOUT_SHORTCUT = {"Clear recent logs"}


def _menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        if action.menu() is not None:
            continue  # Open recent: filled when shown, each entry with its &1..&9 mnemonic
        if not action.isSeparator():
            found.append(action)
    return found


def _all_menu_actions(window) -> list[QAction]:
    return [a for top in window.menuBar().actions() for a in _menu_actions(top.menu())]


def test_every_menu_command_has_a_shortcut_and_no_key_is_claimed_twice(main_window):
    for key, *_ in PAGES:
        main_window.show_page(key)  # every screen built, so their buttons and actions exist
    owners: dict[str, str] = {}
    for action in _all_menu_actions(main_window):
        name = action.text().replace("&", "")
        if name in WITHOUT_SHORTCUT:
            continue
        assert action.shortcuts(), f"{name} has no shortcut"
        for sequence in action.shortcuts():
            key = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            assert key not in owners, f"{key} is claimed by {owners[key]} and {name}"
            owners[key] = name
    # Buttons and screen-level actions must not take a menu's key: Qt would then fire neither of them.
    for button in main_window.findChildren(QAbstractButton):
        key = button.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
        assert not key or key not in owners, f"button {button.text()!r} takes {key} from {owners.get(key)}"
    menu_actions = set(_all_menu_actions(main_window))
    for action in main_window.findChildren(QAction):
        if action in menu_actions:
            continue
        for sequence in action.shortcuts():
            key = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            assert key not in owners, f"{action.text()!r} takes {key} from {owners[key]}"
    for expected in ("Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+K", "F2", "Ctrl+Q", "Ctrl+N", "Ctrl+O"):
        assert expected in owners, expected
    assert owners["Ctrl+Z"] == "Undo" and owners["Ctrl+Shift+Z"] == "Redo" and owners["Ctrl+K"] == "Find…"


def test_record_menu_commands_open_their_forms_on_the_selection(main_window, ctx, opened_forms):
    expected = {"new_track": TrackForm, "new_round": RoundForm, "new_action": ActionForm,
                "new_clause": ClauseForm, "new_version": NewVersionForm, "record_position": PositionForm,
                "new_commitment": CommitmentForm, "assess": AssessmentForm}
    # Select the second row (and a party's cell), not the first: a form that fell back to the first record
    # or to a default party would then be caught.
    clauses = main_window.show_page("clauses")
    clauses.table.selectRow(1)
    clause_id = clauses.model.clause_id(clauses.model.index(1, 0))
    rounds = main_window.show_page("rounds")
    rounds.table.selectRow(1)
    round_id = rounds.selected_round().id
    positions = main_window.show_page("positions")
    cell = positions.model.index(1, 4)
    positions.table.setCurrentIndex(cell)
    cell_clause, cell_party = positions.model.clause_id(cell), positions.model.party_at(cell.column())
    commitments = main_window.show_page("commitments")
    commitments.table.selectRow(1)
    commitment_id = commitments.current().id
    assert clause_id and round_id and cell_clause and cell_party and commitment_id
    assert cell_party != ctx.log.settings.our_party  # the party a PositionForm picks when none is given
    for attr, _text, _key, _tip, page, _method in RECORD:
        if attr not in expected:
            continue
        opened_forms.clear()
        main_window.show_page("dashboard")  # a screen that cannot do it: the command goes to its own screen
        main_window.actions.record[attr].trigger()
        assert main_window.current_key() == page
        assert [type(f) for f in opened_forms] == [expected[attr]], attr
        form = opened_forms[0]
        if attr == "new_action":
            assert form.round_id == round_id and form.action is None
        elif attr == "new_version":
            assert form.clause.id == clause_id
        elif attr == "record_position":
            assert (form.clause.id, form.party) == (cell_clause, cell_party)
        elif attr == "assess":
            assert form.commitment.id == commitment_id
        else:  # a new record: the form starts empty, whatever is selected
            record = {"new_track": "track", "new_round": "rnd", "new_clause": "clause",
                      "new_commitment": "commitment"}[attr]
            assert getattr(form, record) is None, attr


def test_f2_edits_the_selection_on_each_screen(main_window, opened_forms):
    # The second row each time, so a form opened on the first record (or on a new one) is caught.
    selected = {
        "tracks": (TrackForm, lambda page: page.selected().id, lambda form: form.track.id),
        "rounds": (RoundForm, lambda page: page.selected_round().id, lambda form: form.rnd.id),
        "clauses": (ClauseForm, lambda page: page.model.clause_id(page.model.index(1, 0)),
                    lambda form: form.clause.id),
        "commitments": (CommitmentForm, lambda page: page.current().id, lambda form: form.commitment.id),
    }
    for key, (form_type, chosen, edited) in selected.items():
        page = main_window.show_page(key)
        page.table.selectRow(1)
        opened_forms.clear()
        main_window.actions.edit_selected.trigger()
        assert [type(f) for f in opened_forms] == [form_type], key
        assert edited(opened_forms[0]) == chosen(page), key
    positions = main_window.show_page("positions")
    cell = positions.model.index(1, 4)
    positions.table.setCurrentIndex(cell)
    opened_forms.clear()
    main_window.actions.edit_selected.trigger()
    assert [type(f) for f in opened_forms] == [PositionForm]
    assert (opened_forms[0].clause.id, opened_forms[0].party) == (positions.model.clause_id(cell),
                                                                  positions.model.party_at(cell.column()))


def test_mark_done_from_the_menu_toggles_the_selected_action_and_undoes(main_window, ctx):
    rounds = main_window.show_page("rounds")
    rounds.table.selectRow(0)
    rounds.actions_table.selectRow(0)
    action = rounds.selected_action()
    assert action is not None and not action.done
    main_window.actions.record["toggle_done"].trigger()
    assert any(a.done for a in ctx.log.actions.list(action.round_id) if a.id == action.id)
    ctx.undo_stack.undo()
    assert not any(a.done for a in ctx.log.actions.list(action.round_id) if a.id == action.id)
