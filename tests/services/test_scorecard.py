"""The scorecard of a hand-built track (tests/conftest.py `scored_log`, its docstring counts every number by hand)."""

from __future__ import annotations

from mineralsdesk.services.log import Log


def test_scorecard_counts_what_was_counted_by_hand(scored_log: Log):
    scored = scored_log
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


def test_the_other_track_counts_only_its_own_minutes(scored_log: Log):
    scored = scored_log
    card = scored.read.scorecard(scored.ids["other"])
    assert [r.interventions for r in card.rounds] == [{"US": 1}]
    assert card.rounds[0].opened == 0


def test_our_own_interventions_are_counted_and_listed_first(scored_log: Log):
    r2 = scored_log.rounds.list(scored_log.ids["track"])[1]
    scored_log.minutes.add(r2.id, scored_log.ids["a"], "EU", "proposes wording", "Sixty days")
    card = scored_log.read.scorecard(scored_log.ids["track"])
    assert card.speakers == ["EU", "US", "JP"] and card.rounds[1].interventions["EU"] == 1
    assert card.parties == ["US", "JP"]  # stance moves stay the others'
