"""Menus and keys: every command in a menu with its own shortcut, no key claimed twice, Record commands open forms."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QMenu

from mineralsdesk.gui.actions import PAGES, RECORD
from mineralsdesk.gui.views.forms import ClauseForm, NewVersionForm
from mineralsdesk.gui.views.party_forms import AssessmentForm, CommitmentForm, PositionForm
from mineralsdesk.gui.views.rounds import ActionForm, RoundForm
from mineralsdesk.gui.views.tracks import TrackForm

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
    main_window.show_page("clauses").table.selectRow(0)
    positions = main_window.show_page("positions")
    positions.table.setCurrentIndex(positions.model.index(0, 3))
    main_window.show_page("commitments").table.selectRow(0)
    for attr, _text, _key, _tip, page, _method in RECORD:
        if attr not in expected:
            continue
        opened_forms.clear()
        main_window.show_page("dashboard")  # a screen that cannot do it: the command goes to its own screen
        main_window.actions.record[attr].trigger()
        assert main_window.current_key() == page
        assert [type(f) for f in opened_forms] == [expected[attr]], attr


def test_f2_edits_the_selection_on_each_screen(main_window, opened_forms):
    for key in ("tracks", "rounds", "clauses", "commitments"):
        page = main_window.show_page(key)
        page.table.selectRow(0)
        opened_forms.clear()
        main_window.actions.edit_selected.trigger()
        assert len(opened_forms) == 1, key
    positions = main_window.show_page("positions")
    positions.table.setCurrentIndex(positions.model.index(0, 3))
    opened_forms.clear()
    main_window.actions.edit_selected.trigger()
    assert [type(f) for f in opened_forms] == [PositionForm]


def test_mark_done_from_the_menu_toggles_the_selected_action_and_undoes(main_window, ctx):
    rounds = main_window.show_page("rounds")
    rounds.table.selectRow(0)
    rounds.actions_table.selectRow(0)
    action = rounds.selected_action()
    assert action is not None and not action.done
    main_window.actions.record["toggle_done"].trigger()
    assert any(a.done for a in ctx.log.actions(action.round_id) if a.id == action.id)
    ctx.undo_stack.undo()
    assert not any(a.done for a in ctx.log.actions(action.round_id) if a.id == action.id)
