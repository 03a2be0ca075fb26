"""Dashboard queries rewritten for speed count what the slower forms counted: burn-down, changes since a round."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from mineralsdesk.services.log import Log

# The query bracket_burndown used before: one count over the track's brackets for every round.
REFERENCE = """
    SELECT r.id, (SELECT count(*) FROM brackets b
                    JOIN clauses c ON c.id = b.clause_id
                    LEFT JOIN rounds ra ON ra.id = b.round_id
                    LEFT JOIN rounds rr ON rr.id = b.resolved_round_id
                   WHERE c.track_id = r.track_id
                     AND (ra.id IS NULL OR (ra.date, ra.number) <= (r.date, r.number))
                     AND (rr.id IS NULL OR (rr.date, rr.number) > (r.date, r.number)))
    FROM rounds r WHERE r.track_id = ? ORDER BY r.date, r.number"""


def _reference(log: Log, track_id: str) -> list[tuple[str, int]]:
    return [tuple(row) for row in log.db.execute(REFERENCE, [track_id])]


def test_demo_burndown_equals_the_per_round_count(demo_log: Log):
    for track in demo_log.tracks.list():
        points = demo_log.read.bracket_burndown(track.id)
        assert [(p.round_id, p.open_brackets) for p in points] == _reference(demo_log, track.id)
        assert [p.date for p in points] == sorted(p.date for p in points)


def test_same_day_rounds_brackets_without_round_and_reopened(small_log: Log):
    track = small_log.ids["track"]
    r1, r2 = small_log.ids["r1"], small_log.ids["r2"]
    same_day = small_log.rounds.add(track, date(2026, 2, 24), place="Video call").record  # same date, next number
    clause = small_log.clauses.add(track, "Art. 2", "Stockpiles", "Share [monthly / quarterly] data [in full].",
                                  party="EU").record  # no round: open since the start
    small_log.clauses.revise(clause.id, "Share monthly data [in full].", round_id=same_day.id, party="US")
    small_log.clauses.revise(small_log.ids["clause"], "The Participants shall identify joint projects.",
                            round_id=same_day.id, party="EU")
    points = small_log.read.bracket_burndown(track)
    assert [p.round_id for p in points] == [r1, r2, same_day.id]
    assert [(p.round_id, p.open_brackets) for p in points] == _reference(small_log, track)
    assert small_log.read.bracket_burndown("no-such-track") == []


@pytest.mark.parametrize("probe", [1, 10_000])
def test_changes_since_counts_the_same_whichever_plan(demo_log: Log, monkeypatch, probe: int):
    """Tracing recent changes to their records and listing the track's records count the same entries."""
    from mineralsdesk.store import queries

    expected = {}
    monkeypatch.setattr(queries, "RECENT_CHANGES_PROBE", 0)  # always the plan that lists records
    days = [date(2000, 1, 1), date.today() - timedelta(days=1), date.today(), date(2100, 1, 1)]
    for track in demo_log.tracks.list():
        for day in days:
            expected[track.id, day] = queries.track_changes_since(demo_log.db, track.id, day)
    assert any(expected.values())
    monkeypatch.setattr(queries, "RECENT_CHANGES_PROBE", probe)
    for (track_id, day), count in expected.items():
        assert queries.track_changes_since(demo_log.db, track_id, day) == count
