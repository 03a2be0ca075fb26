"""The demo log as built: what issue 2 promises a first-run user sees."""

from __future__ import annotations

import stat
from collections import Counter
from datetime import date

from mineralsdesk.domain import model
from mineralsdesk.services.log import Log


def test_demo_is_a_checked_private_log(demo_master):
    assert stat.S_IMODE(demo_master.stat().st_mode) == 0o600
    with Log.open(demo_master, readonly=True) as log:
        assert log.check().ok
        assert log.settings.our_party == "EU"


def test_demo_content_shape(demo_log: Log):
    assert {p.code for p in demo_log.parties.list()} == {"US", "EU", "JP", "MX"}
    tracks = demo_log.tracks.list()
    assert len(tracks) == 4
    clauses = demo_log.clauses.list()
    assert len(clauses) >= 20
    assert {c.topic for c in clauses} == set(model.Topic)
    for clause in clauses:
        assert 2 <= len(demo_log.clauses.versions(clause.id)) <= 4
        assert clause.illustrative
    for track in tracks:
        assert len(demo_log.rounds.list(track.id)) >= 3
    brackets = demo_log.brackets.list()
    assert any(b.is_open for b in brackets) and any(not b.is_open for b in brackets)


def test_every_party_has_positions(demo_log: Log):
    latest = demo_log.read.latest_positions()
    by_party = Counter(party for (_clause, party) in latest)
    assert set(by_party) == {"US", "EU", "JP", "MX"}
    ours = [p for (_c, party), p in latest.items() if party == "EU"]
    assert any(p.red_line for p in ours) and any(p.fallback for p in ours)
    assert not any(p.red_line or p.fallback or p.internal_note for (_c, party), p in latest.items() if party != "EU")


def test_real_deadlines(demo_log: Log):
    dues = {c.text: c for c in demo_log.commitments.list()}
    assert any(c.due == date(2026, 3, 6) and c.anchor_id for c in dues.values())
    assert any(c.due == date(2026, 6, 6) for c in dues.values())
    states = {c.state for c in dues.values()}
    assert {model.CommitmentState.MET, model.CommitmentState.OPEN} <= states
    assert model.CommitmentState.MISSED in states or model.CommitmentState.AT_RISK in states
    scores = {a.score for a in demo_log.commitments.assessments()}
    assert scores == {-1, 0, 1}


def test_japanese_and_spanish_are_there(demo_log: Log):
    dump = str(demo_log.dump())
    assert "経済産業省" in dump
    assert "México" in dump or "Secretaría" in dump
    assert demo_log.search("México") or demo_log.search("Secretaría")


def test_illustrative_content_is_labelled(demo_log: Log):
    assert all(r.illustrative for r in demo_log.rounds.list())
    assert "illustrative" in demo_log.repo.meta()["note"]


def test_the_demo_has_a_roster_owners_and_the_minutes_of_a_last_round(demo_log):
    members = demo_log.members.list()
    assert len(members) == 4 and demo_log.members.me().initials == "CM"
    work = {w.member.initials: w for w in demo_log.read.open_by_member()}
    assert sum(len(w.clauses) for w in work.values()) == 8
    assert all(w.commitments for w in work.values())  # each follows one open commitment
    roadmap = demo_log.tracks.by_ref("ROADMAP")
    last = demo_log.rounds.list(roadmap.id)[-1]
    minutes = demo_log.minutes.list(last.id)
    assert len(minutes) == 6 and {i.party for i in minutes} == {"EU", "US"}
    assert all(i.text.startswith("Illustrative") and i.author for i in minutes)
    assert demo_log.read.scorecard(roadmap.id).rounds[-1].interventions == {"EU": 3, "US": 3}
    assert demo_log.minutes.proposals(last.id)  # left for the user to review and apply
