"""rules.track_concluded / track_state: a track that reached its goal is concluded, never late."""

from __future__ import annotations

from datetime import date

from mineralsdesk.domain.model import Commitment, CommitmentState
from mineralsdesk.domain.rules import TrackState, track_concluded, track_state

TARGET = date(2026, 3, 6)
TODAY = date(2026, 11, 26)


def _goal(state: CommitmentState, due: date = TARGET) -> Commitment:
    return Commitment(owner="US", text="Issue the MoU within 30 days", due=due, state=state)


def test_the_met_commitment_of_the_target_date_concludes_the_track():
    assert track_concluded(TARGET, {"bracketed": 1, "agreed": 2}, [_goal(CommitmentState.MET)])
    assert track_state(TARGET, TODAY, True) is TrackState.CONCLUDED


def test_a_missed_open_or_other_dated_commitment_does_not():
    for goal in (_goal(CommitmentState.MISSED), _goal(CommitmentState.OPEN), _goal(CommitmentState.ON_TRACK),
                 _goal(CommitmentState.MET, due=date(2026, 2, 1))):
        assert not track_concluded(TARGET, {"bracketed": 1}, [goal])
    assert not track_concluded(None, {"bracketed": 1}, [_goal(CommitmentState.MET)])
    assert track_state(TARGET, TODAY, False) is TrackState.PAST_TARGET


def test_every_clause_agreed_or_dropped_concludes_it_ad_referendum_does_not():
    assert track_concluded(TARGET, {"agreed": 10, "dropped": 1, "bracketed": 0}, [])
    assert not track_concluded(TARGET, {"agreed": 10, "agreed ad referendum": 1}, [])
    assert not track_concluded(TARGET, {"dropped": 3}, [])  # nothing agreed: abandoned, not concluded
    assert not track_concluded(TARGET, {}, [])


def test_the_state_by_target():
    assert track_state(None, TODAY, False) is TrackState.NO_TARGET
    assert track_state(TODAY, TODAY, False) is TrackState.OPEN
    assert track_state(date(2026, 11, 25), TODAY, False) is TrackState.PAST_TARGET
    assert track_state(None, TODAY, True) is TrackState.CONCLUDED
