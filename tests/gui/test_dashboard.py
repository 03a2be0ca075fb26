"""Dashboard cards stay a glance on a long log: a few overdue commitments, then one link to the rest."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

import pytest

from mineralsdesk.domain import rules
from mineralsdesk.domain.model import Commitment, CommitmentState
from mineralsdesk.gui.common.combo import combo_value, select_value
from mineralsdesk.gui.dashboard.board import NEXT_SHOWN, OVERDUE_SHOWN, DashboardView, TrackCard

TODAY = date(2026, 11, 26)  # the gui fixtures judge the demo log against this day


def _overdue(track_id: str, n: int) -> list[Commitment]:
    # Listed nearest first, as a caller might: the card must still lead with the most overdue.
    return [Commitment("EU", f"Deliver annex {k}", track_id=track_id, due=TODAY - timedelta(days=k + 1))
            for k in range(n)]


def _card(ctx, qtbot, overdue: int) -> TrackCard:
    track = ctx.log.tracks.by_ref("ACTION")
    summary = replace(ctx.log.read.track_summary(track, TODAY), overdue=_overdue(track.id, overdue))
    card = TrackCard(ctx, summary, lambda _link: None)
    qtbot.addWidget(card)
    card.resize(1180, card.heightForWidth(1180) if card.hasHeightForWidth() else card.sizeHint().height())
    return card


def _href(label) -> str:
    return re.search(r"href='([^']+)'", label.text()).group(1)


def test_a_card_with_many_overdue_names_the_most_overdue_and_links_to_the_rest(ctx, qtbot):
    many, few = _card(ctx, qtbot, 40), _card(ctx, qtbot, OVERDUE_SHOWN + 1)
    assert len(many.overdue_lines) == OVERDUE_SHOWN
    assert "40 days overdue" in many.overdue_lines[0].text()  # the most overdue first
    assert "38 days overdue" in many.overdue_lines[-1].text()
    assert "and 37 more overdue" in many.more_overdue.text()
    assert _href(many.more_overdue) == f"commitment:{ctx.log.tracks.by_ref('ACTION').id}"
    # One more than the cap is shown whole: "and 1 more" would take the line the commitment itself needs.
    assert len(few.overdue_lines) == OVERDUE_SHOWN + 1 and few.more_overdue is None
    # Forty overdue make the card no taller than four do, give or take the link's line.
    line = many.fontMetrics().height()
    assert many.sizeHint().height() <= few.sizeHint().height() + 2 * line


def test_next_deadlines_are_capped_too(ctx, qtbot):
    track = ctx.log.tracks.by_ref("ACTION")
    upcoming = [Commitment("JP", f"Upcoming {k}", track_id=track.id, due=TODAY + timedelta(days=k)) for k in range(9)]
    summary = replace(ctx.log.read.track_summary(track, TODAY), next_deadlines=upcoming)
    card = TrackCard(ctx, summary, lambda _link: None)
    qtbot.addWidget(card)
    assert len(card.next_lines) == NEXT_SHOWN


@pytest.fixture
def crowded(ctx):
    """The ACTION track with eight overdue commitments besides its own, and one met long ago (closed)."""
    track = ctx.log.tracks.by_ref("ACTION")
    for k in range(8):
        ctx.log.commitments.add("EU", f"Crowded annex {k}", track_id=track.id, due_date=date(2026, 3, 1 + k))
    ctx.log.commitments.add("EU", "Met before all of them", track_id=track.id, due_date=date(2026, 1, 5),
                           state=CommitmentState.MET)
    return track


def test_the_more_link_shows_that_tracks_overdue_commitments_most_overdue_first(main_window, ctx, qtbot, crowded):
    window = main_window
    commitments = window.page("commitments")
    commitments.filter_box.setText("nothing matches this")  # filters left from earlier must not hide the track
    commitments.apply_filters()
    dashboard: DashboardView = window.show_page("dashboard")
    qtbot.waitUntil(lambda: not dashboard.is_filling())
    link = f"commitment:{crowded.id}"
    card = next(w for w in dashboard.findChildren(TrackCard) if w.more_overdue and _href(w.more_overdue) == link)
    assert len(card.overdue_lines) == OVERDUE_SHOWN
    card.more_overdue.linkActivated.emit(_href(card.more_overdue))
    assert window.current_key() == "commitments"
    assert combo_value(commitments.track) == crowded.id and commitments.filter_box.text() == ""
    rows = commitments.model.loaded_rows()
    assert rows and all(c.track_id == crowded.id for c in rows)
    # Only the overdue ones ("and N more overdue"): the met one due before them all is not listed.
    assert all(rules.deadline_state(c.due, TODAY, rules.commitment_done(c.state)) is rules.DeadlineState.OVERDUE
               for c in rows)
    assert "Met before all of them" not in [c.text for c in rows]
    assert {f"Crowded annex {k}" for k in range(8)} <= {c.text for c in rows}
    assert commitments.state.currentText() == "Overdue"
    dues = [c.due for c in rows if c.due]
    assert dues == sorted(dues)  # most overdue first
    assert commitments.current().text == "Crowded annex 0"


def test_a_commitment_link_still_selects_that_commitment(ctx, qtbot):
    from mineralsdesk.gui.commitments.table import CommitmentsView

    view = CommitmentsView(ctx)
    qtbot.addWidget(view)
    view.open_item(ctx.log.tracks.by_ref("MOU").id)
    target = next(c for c in ctx.log.commitments.list() if c.track_id != ctx.log.tracks.by_ref("MOU").id)
    view.open_item(target.id)  # hidden by the track filter: the filters clear
    assert view.current().id == target.id


def test_the_state_filter_offers_not_closed_and_overdue(ctx, qtbot, crowded):
    from mineralsdesk.gui.commitments.model import NOT_CLOSED, OVERDUE
    from mineralsdesk.gui.commitments.table import CommitmentsView

    view = CommitmentsView(ctx)
    qtbot.addWidget(view)
    every = {c.id: c for c in ctx.log.commitments.list()}
    select_value(view.state, NOT_CLOSED)
    shown = {c.id for c in view.model.loaded_rows()}
    assert shown == {i for i, c in every.items() if not rules.commitment_done(c.state)}
    select_value(view.state, OVERDUE)
    shown = {c.id for c in view.model.loaded_rows()}
    assert shown == {i for i, c in every.items()
                     if rules.deadline_state(c.due, TODAY, rules.commitment_done(c.state)) is rules.DeadlineState.OVERDUE}
    assert shown and shown < set(every)


def test_the_first_screens_read_the_tracks_once_or_not_at_all(ctx, qtbot, monkeypatch):
    """Each read of the tracks made a record of every track (~2.5 ms for a million versions' 400): the Dashboard
    read them three times before its first paint (its filter, the check for none, the cards' order), now once; the
    Clauses screen's filter reads only their refs, ids and titles."""
    from mineralsdesk.gui.clauses.table import ClausesView

    listed = ctx.log.tracks.list
    reads: list[int] = []
    monkeypatch.setattr(ctx.log.tracks, "list", lambda: reads.append(1) or listed())
    board = DashboardView(ctx)
    qtbot.addWidget(board)
    assert len(reads) == 1 and combo_value(board.track_filter) is None
    assert board.track_filter.count() == len(listed()) + 1
    reads.clear()
    clauses = ClausesView(ctx)
    qtbot.addWidget(clauses)
    assert reads == [] and clauses.track.count() == len(listed()) + 1
