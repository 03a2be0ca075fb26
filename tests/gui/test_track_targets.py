"""The demo's concluded tracks (MoU signed, US–Mexico plan adopted) show as concluded, not "days past" in red."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from mineralsdesk.domain.rules import DeadlineState
from mineralsdesk.gui.dashboard.board import TrackCard
from mineralsdesk.gui.style import CONCLUDED_COLOUR, DEADLINE_COLOURS


def _card_targets(window) -> dict[str, str]:
    dashboard = window.show_page("dashboard")
    while dashboard.is_filling():
        QCoreApplication.processEvents()
    found = {}
    for card in dashboard.findChildren(TrackCard):
        labels = [label.text() for label in card.findChildren(QLabel)]
        ref = next(t for t in window.ctx.log.tracks.list() if t.title in labels[0] or f">{t.ref} ·" in labels[0]).ref
        found[ref] = labels[1]
    return found


def test_dashboard_cards(main_window):
    targets = _card_targets(main_window)
    assert set(targets) == {"MOU", "USMX", "ROADMAP", "ACTION"}
    red = DEADLINE_COLOURS[DeadlineState.OVERDUE].name()
    for ref in ("MOU", "USMX"):
        assert "concluded" in targets[ref] and "days past" not in targets[ref] and red not in targets[ref]
        assert CONCLUDED_COLOUR.name() in targets[ref]
    assert "173 days past" in targets["ROADMAP"] and red in targets["ROADMAP"]  # missed: late, rightly red
    assert "19 days left" in targets["ACTION"]


def test_tracks_screen_state_column(main_window):
    view = main_window.show_page("tracks")
    model = view.model
    state_column = [c.title for c in model.columns].index("State")
    shown = {model.row_at(r).track.ref: model.index(r, state_column).data() for r in range(model.rowCount())}
    assert shown == {"MOU": "✓ concluded", "USMX": "✓ concluded", "ROADMAP": "173 days past", "ACTION": "19 days left"}
    row = next(r for r in range(model.rowCount()) if model.row_at(r).track.ref == "MOU")
    assert model.data(model.index(row, state_column), Qt.ItemDataRole.ForegroundRole) == CONCLUDED_COLOUR
    view.table.selectRow(row)
    assert "concluded" in view.detail.text()


def test_concluded_tracks_come_after_the_live_and_the_late(main_window):
    dashboard = main_window.show_page("dashboard")
    assert [t.ref for t in dashboard.ordered_tracks()] == ["ACTION", "ROADMAP", "MOU", "USMX"]


def test_an_open_target_is_coloured_due_soon_exactly_when_the_deadline_rule_says_so():
    from datetime import date, timedelta

    from mineralsdesk.domain import rules
    from mineralsdesk.domain.model import Track
    from mineralsdesk.gui.dashboard.board import target_html

    today, amber = date(2026, 3, 2), DEADLINE_COLOURS[DeadlineState.DUE_SOON].name()
    for days in (0, rules.DUE_SOON_DAYS, rules.DUE_SOON_DAYS + 1, 40):
        target = today + timedelta(days=days)
        shown = target_html(Track("T", "Track", target_date=target), rules.TrackState.OPEN, today)
        soon = rules.deadline_state(target, today) is DeadlineState.DUE_SOON
        assert f"{days} days left" in shown and (amber in shown) == soon == (days <= rules.DUE_SOON_DAYS)
