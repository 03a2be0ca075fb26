"""The Summary sheet's per-track figures are the dashboard's, read without what the sheet does not show."""

from __future__ import annotations

from datetime import date

import pytest

from mineralsdesk.services import summary


# Before every deadline, amid them (some overdue, some to come) and after all of them.
@pytest.mark.parametrize(("today", "overdue", "upcoming"), [(date(2026, 1, 1), False, True),
                                                           (date(2026, 11, 1), True, True),
                                                           (date(2028, 1, 1), True, False)])
def test_track_glance_matches_the_track_summary(demo_log, today, overdue, upcoming):
    seen_overdue = seen_deadline = False
    for track in demo_log.tracks():
        full = demo_log.track_summary(track, today)
        glance = summary.track_glance(demo_log, track.id, today)
        assert glance.track == full.track
        assert glance.status_counts == full.status_counts
        assert glance.topic_counts == full.topic_counts
        assert glance.open_brackets == full.open_brackets
        assert glance.next_deadline == (full.next_deadlines[0].due if full.next_deadlines else None)
        assert glance.overdue == len(full.overdue)
        seen_overdue |= glance.overdue > 0
        seen_deadline |= glance.next_deadline is not None
    # The comparison covers real figures, not only empty ones.
    assert (seen_overdue, seen_deadline) == (overdue, upcoming)
