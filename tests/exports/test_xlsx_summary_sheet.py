"""The export's own reads: the Summary sheet's per-track figures are the dashboard's, and the clause and position
rows are named field by field by their field tuples."""

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


def test_clause_and_position_rows_are_named_by_their_field_tuples(demo_log):
    track_ids = summary.export_track_ids(demo_log)
    positions = [dict(zip(summary.POSITION_FIELDS, row, strict=True))
                 for row in summary.position_rows(demo_log, track_ids)]
    stored_fields = ["clause_id", "party", "round_id", "stance", "note", "red_line", "fallback", "internal_note", "rev"]
    stored = summary.records_by_ids(demo_log, "positions", stored_fields, [p["id"] for p in positions])
    assert positions and any(p["red_line"] for p in positions)
    for p in positions:
        assert stored[p["id"]] == tuple(p[name] for name in stored_fields)
    clauses = [dict(zip(summary.CLAUSE_FIELDS, row, strict=True)) for row in summary.clause_rows(demo_log, track_ids)]
    stored = summary.records_by_ids(demo_log, "clauses", ["ref", "title", "status", "rev"], [c["id"] for c in clauses])
    assert len(clauses) == 25
    for c in clauses:
        assert stored[c["id"]] == (c["ref"], c["title"], c["status"], c["rev"])
        assert isinstance(c["minerals"], list) and isinstance(c["stances"], dict)
