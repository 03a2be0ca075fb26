"""Columns sized by content with the main text column stretching (gui/tables.py), on every table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mineralsdesk.gui.common.tables import MAIN_SHARE, MIN_MAIN


def _shown(window, key):
    page = window.show_page(key)
    window.resize(1360, 860)
    for _ in range(3):
        QCoreApplication.processEvents()
    return page


def test_commitments_give_the_commitment_its_room(main_window):
    table = _shown(main_window, "commitments").table
    header, room = table.horizontalHeader(), table.viewport().width()
    titles = [table.model().headerData(c, header.orientation()) for c in range(header.count())]
    commitment, counted = titles.index("Commitment"), titles.index("Counted from")
    assert header.sectionSize(commitment) >= int(room * MAIN_SHARE) - 2  # before: ~190 px of ~1150
    assert header.sectionSize(commitment) > 1.5 * header.sectionSize(counted)  # before: 262 px "Counted from"
    assert sum(header.sectionSize(c) for c in range(header.count())) <= room  # no sideways scrolling needed


def test_rounds_follow_ups_give_the_action_its_room(main_window):
    view = _shown(main_window, "rounds")
    table = view.actions_table
    header = table.horizontalHeader()
    assert view.actions_model.rowCount() > 0
    action, due = 2, 3
    assert header.sectionSize(due) <= max(table.sizeHintForColumn(due), header.sectionSizeHint(due)) + 12
    assert header.sectionSize(action) > 3 * header.sectionSize(due)  # before: Due stretched, Action wrapped


def test_a_narrow_pane_scrolls_rather_than_hide_the_clause_title(main_window):
    table = _shown(main_window, "clauses").table
    assert table.horizontalHeader().sectionSize(2) >= MIN_MAIN


def test_the_clauses_track_and_reference_show_whole_in_a_narrow_pane(main_window):
    """The track and the reference name a clause: they never give way below their content, where "Art. …" on
    every row of a large log told the clauses apart by nothing."""
    table = _shown(main_window, "clauses").table
    header = table.horizontalHeader()
    for column in (0, 1):
        assert header.sectionSize(column) >= table.sizeHintForColumn(column), column


def test_widths_the_user_sets_are_kept_on_reload(main_window, ctx):
    view = _shown(main_window, "tracks")
    header = view.table.horizontalHeader()
    header.resizeSection(2, 333)
    view.model.reload()
    assert header.sectionSize(2) == 333
