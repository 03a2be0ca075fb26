"""The Mine filter (Ctrl+M) on Clauses and Commitments, who I am in the roster dialog, and the dashboard's team card
whose member links open Clauses filtered to that member."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mineralsdesk.gui.actions import MINE_KEY
from mineralsdesk.gui.common.shortcut_sheet import sheet_html
from mineralsdesk.gui.roundroom.mine import NO_ME
from mineralsdesk.gui.roundroom.roster import RosterDialog
from mineralsdesk.gui.roundroom.team_card import TeamCard


@pytest.fixture
def team(ctx):
    """Two new members of the demo log owning two clauses and one open commitment between them."""
    log = ctx.log
    ana = log.members.add("Zed Ana", "ZA").record
    ben = log.members.add("Zed Ben", "ZB").record
    clauses = log.clauses.list()
    log.clauses.assign(clauses[0].id, ana.id)
    log.clauses.assign(clauses[1].id, ben.id)
    open_one = next(c for c in log.commitments.list() if c.state in ("open", "on track", "at risk"))
    log.commitments.assign(open_one.id, ana.id)
    return {"ana": ana, "ben": ben, "clauses": clauses, "commitment": open_one}


def _owned(log, member_id):
    return {r.id for r in log.read.clause_rows(owner=member_id)}


def test_mine_without_me_asks_who_you_are_and_stays_off(main_window, team, no_modal_waits):
    main_window.ctx.log.members.set_me(None)  # the demo's user is on its roster: here nobody is chosen
    view = main_window.show_page("clauses")
    view.mine.action.trigger()
    assert not view.mine.action.isChecked() and view.mine.owner is None
    assert no_modal_waits == ["Mine"]  # the box titled Mine, saying NO_ME
    assert "Delegation roster" in NO_ME


def test_mine_keeps_my_clauses_and_my_commitments(main_window, team, qtbot):
    ctx = main_window.ctx
    ctx.log.members.set_me(team["ana"].id)
    clauses = main_window.show_page("clauses")
    assert clauses.mine.action.shortcut().toString() == MINE_KEY
    assert clauses.mine.action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    clauses.mine.action.trigger()
    ids = {clauses.model.clause_id(clauses.model.index(r, 0)) for r in range(clauses.model.rowCount())}
    assert ids == _owned(ctx.log, team["ana"].id) and team["clauses"][0].id in ids
    assert "owned by you" in clauses.count_label.text()
    clauses.mine.action.trigger()
    assert clauses.model.rowCount() == ctx.log.read.clause_count()
    commitments = main_window.show_page("commitments")
    commitments.mine.action.trigger()
    rows = [commitments.model.row_at(r).id for r in range(commitments.model.rowCount())]
    assert rows == [c.id for c in ctx.log.read.commitments_of(team["ana"].id)]
    assert team["commitment"].id in rows
    assert MINE_KEY in sheet_html(main_window.actions)


def test_the_roster_dialog_sets_who_i_am_undoably(ctx, qtbot, team):
    before = ctx.log.members.me()
    dialog = RosterDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.set_me(team["ben"].id)
    assert ctx.log.members.me().id == team["ben"].id
    ctx.undo_stack.undo()
    assert ctx.log.members.me() == before


def test_the_team_card_counts_open_work_and_opens_a_members_clauses(main_window, team, qtbot):
    ctx = main_window.ctx
    dashboard = main_window.show_page("dashboard")
    dashboard.refresh()
    card = dashboard.team_card()
    assert isinstance(card, TeamCard)
    work = {w.member.id: w for w in card.work}
    assert len(work[team["ana"].id].commitments) <= 1 and work[team["ben"].id].commitments == []
    ana_row = next(label for label in card.rows if "Zed Ana" in label.text())
    assert f"member:{team['ana'].id}" in ana_row.text()
    ana_row.linkActivated.emit(f"member:{team['ana'].id}")
    clauses = main_window.current_page()
    assert clauses is main_window.page("clauses")
    assert clauses.mine.owner == team["ana"].id and not clauses.mine.action.isChecked()
    assert clauses.model.rowCount() == len(_owned(ctx.log, team["ana"].id))
    assert "owned by Zed Ana" in clauses.count_label.text()
