"""The repository's named questions: plain values in, records out, the SQL kept inside the store."""

from __future__ import annotations

from datetime import date

import pytest

from mineralsdesk.domain import model


@pytest.fixture
def clause_log(log):
    track = log.tracks.add("T-2", "Critical minerals", parties=["EU", "US"]).record
    r1 = log.rounds.add(track.id, date(2026, 3, 1)).record
    r2 = log.rounds.add(track.id, date(2026, 4, 1)).record
    clause = log.clauses.add(track.id, "1", "Scope", "The [Parties] shall [cooperate].", party="EU", round_id=r1.id).record
    log.clauses.revise(clause.id, "The Parties shall [cooperate].", round_id=r2.id, party="US")
    return log, track, r1, r2, clause


def test_parties_by_code_and_ours(log):
    repo = log.repo
    assert [p.code for p in repo.parties()] == sorted(p.code for p in repo.parties())
    assert repo.party_by_code("JP").name == "Japan"
    assert repo.party_by_code("XX") is None
    assert [p.code for p in repo.our_parties()] == ["EU"]


def test_track_by_ref_ignores_case(clause_log):
    log, track, *_ = clause_log
    assert log.repo.track_by_ref("t-2").id == track.id
    assert log.repo.track_by_ref("T-3") is None


def test_latest_version_and_versions(clause_log):
    log, _, _, r2, clause = clause_log
    versions = log.repo.versions(clause.id)
    assert [v.number for v in versions] == [1, 2]
    latest = log.repo.latest_version(clause.id)
    assert (latest.number, latest.round_id) == (2, r2.id)
    assert log.repo.latest_version("no-such-clause") is None


def test_bracket_questions(clause_log):
    log, _, r1, r2, clause = clause_log
    repo = log.repo
    assert [b.text for b in repo.brackets(clause.id)] == ["Parties", "cooperate"]
    assert [b.text for b in repo.open_brackets(clause.id)] == ["cooperate"]
    assert [b.text for b in repo.brackets(clause.id, open_only=True)] == ["cooperate"]
    assert [b.text for b in repo.brackets_resolved_in(clause.id, r2.id)] == ["Parties"]
    assert [b.text for b in repo.brackets_resolved_in(clause.id, None)] == ["cooperate"]
    first = repo.versions(clause.id)[0]
    assert {b.text for b in repo.brackets_of_version(first.id)} == {"Parties", "cooperate"}
    assert len(repo.brackets()) == 2 and repo.brackets_resolved_in(clause.id, r1.id) == []


def test_positions_and_clause_records(clause_log):
    log, _, r1, _, clause = clause_log
    log.positions.set(clause.id, "US", r1.id, model.Stance.SUPPORTS)
    assert log.repo.position_at(clause.id, "US", r1.id).party == "US"
    assert log.repo.position_at(clause.id, "JP", r1.id) is None
    assert len(log.repo.clause_records(model.ClauseVersion, clause.id)) == 2
    assert len(log.repo.clause_records(model.Position, clause.id)) == 1
    with pytest.raises(ValueError, match="does not belong to a clause"):
        log.repo.clause_records(model.Track, clause.id)


def test_actions_without_due_date_come_last(clause_log):
    log, _, r1, _, _ = clause_log
    log.actions.add(r1.id, "EU", "No date")
    log.actions.add(r1.id, "US", "Dated", due=date(2026, 5, 1))
    assert [a.text for a in log.repo.actions(r1.id)] == ["Dated", "No date"]
    assert [a.text for a in log.repo.actions_of_round(r1.id)] == ["No date", "Dated"]
