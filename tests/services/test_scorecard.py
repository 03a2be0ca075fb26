"""The scorecard of a hand-built track: every number below is counted by hand from the log built here."""

from __future__ import annotations

from datetime import date

import pytest

from mineralsdesk.services.log import Log


@pytest.fixture
def scored(log: Log) -> Log:
    """Three rounds of one track: two clauses, brackets opened and closed, stances moving, our fallbacks, minutes.

    Brackets: r1 opens 3 ([shall / should], [within 30 days], [may]); r2 closes the first two and opens
    [within 60 days] and [and report]; r3 closes those two.
    Stances (ours EU; rank supports 0 ... opposes 3):
      A: EU supports at r1 (fallback "within sixty days") and r3; US opposes r1 -> reserves r2 (towards: 3 -> 2
         from our 0) -> supports r3 (towards); JP supports r1 -> opposes r2 (away) -> no position r3 (uncounted).
      B: EU opposes at r1 (fallback "Coordinate stockpiles") -> reserves at r2 (a fallback used: more accepting);
         US supports r1 -> opposes r2: distance to our r2 stance (reserves, 2) goes 2 -> 1, towards.
    Fallbacks used: r2 1 (B, stance), r3 1 (A, the r3 text holds "within sixty days").
    Interventions: r2 US 2, JP 1; r3 US 1; one in another track never counts.
    """
    t = log.tracks.add("MOU", "MoU", parties=["US", "EU", "JP"]).record
    r1, r2, r3 = (log.rounds.add(t.id, date(2026, 2, d)).record for d in (3, 10, 17))
    a = log.clauses.add(t.id, "Art. 1", "Projects", "The Participants [shall / should] identify projects "
                        "[within 30 days].", party="US", round_id=r1.id).record
    log.clauses.revise(a.id, "The Participants shall identify projects [within 60 days] [and report].",
                       round_id=r2.id, party="EU")
    log.clauses.revise(a.id, "The Participants shall identify joint projects within sixty days and report.",
                       round_id=r3.id, party="US")
    b = log.clauses.add(t.id, "Art. 2", "Stockpiles", "Stockpiles [may] be shared.", party="EU",
                        round_id=r1.id).record
    log.positions.set(a.id, "EU", r1.id, "supports", fallback="Within sixty days")
    log.positions.set(a.id, "EU", r3.id, "supports")
    for rnd, stance in ((r1, "opposes"), (r2, "reserves"), (r3, "supports")):
        log.positions.set(a.id, "US", rnd.id, stance)
    for rnd, stance in ((r1, "supports"), (r2, "opposes"), (r3, "no position")):
        log.positions.set(a.id, "JP", rnd.id, stance)
    log.positions.set(b.id, "EU", r1.id, "opposes", fallback="Coordinate stockpiles")
    log.positions.set(b.id, "EU", r2.id, "reserves")
    log.positions.set(b.id, "US", r1.id, "supports")
    log.positions.set(b.id, "US", r2.id, "opposes")
    log.minutes.add(r2.id, a.id, "US", "objects", "Too long")
    log.minutes.add(r2.id, b.id, "US", "supports")
    log.minutes.add(r2.id, a.id, "JP", "reserves")
    log.minutes.add(r3.id, a.id, "US", "supports")
    other = log.tracks.add("RM", "Roadmap", parties=["US", "EU"]).record
    ro = log.rounds.add(other.id, date(2026, 2, 10)).record
    oc = log.clauses.add(other.id, "Art. 1", "Other", "Text.", party="EU", round_id=ro.id).record
    log.minutes.add(ro.id, oc.id, "US", "objects")
    log.ids = {"track": t.id, "other": other.id}
    return log


def test_scorecard_counts_what_was_counted_by_hand(scored: Log):
    card = scored.read.scorecard(scored.ids["track"])
    assert card.our_party == "EU"
    assert card.parties == ["US", "JP"]
    r1, r2, r3 = card.rounds
    assert [(r.opened, r.closed) for r in card.rounds] == [(3, 0), (2, 2), (0, 2)]
    assert (r1.towards, r1.away) == ({}, {})
    assert (r2.towards, r2.away) == ({"US": 2}, {"JP": 1})
    assert (r3.towards, r3.away) == ({"US": 1}, {})
    assert [r.fallbacks_used for r in card.rounds] == [0, 1, 1]
    assert [r.interventions for r in card.rounds] == [{}, {"US": 2, "JP": 1}, {"US": 1}]
    assert (card.total("opened"), card.total("closed"), card.total("interventions")) == (5, 4, 4)
    assert (card.party_total("towards", "US"), card.party_total("away", "JP")) == (3, 1)


def test_a_track_without_rounds_has_an_empty_scorecard(log: Log):
    t = log.tracks.add("X", "Empty", parties=["US", "EU"]).record
    card = log.read.scorecard(t.id)
    assert (card.rounds, card.parties, card.total("opened")) == ([], ["US"], 0)


def test_the_other_track_counts_only_its_own_minutes(scored: Log):
    card = scored.read.scorecard(scored.ids["other"])
    assert [r.interventions for r in card.rounds] == [{"US": 1}]
    assert card.rounds[0].opened == 0
