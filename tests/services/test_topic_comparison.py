"""`log.read.topic_comparison`: one topic across tracks, with current texts, stances and a redline of any two."""

from __future__ import annotations

import json

import pytest

from mineralsdesk.domain.model import Topic
from mineralsdesk.domain.redline import diff_words
from mineralsdesk.errors import InvalidInputError
from mineralsdesk.services.demo_content import DEMO_DIR


def test_each_track_lists_its_clauses_on_the_topic_with_current_text_and_latest_stances(topic_log):
    ids = topic_log.ids
    comparison = topic_log.read.topic_comparison("export")
    assert comparison.topic is Topic.EXPORT_EXEMPTIONS
    assert [t.track.ref for t in comparison.tracks] == ["MOU", "USMX"]
    mou, usmx = comparison.tracks
    assert [c.row.id for c in mou.clauses] == [ids["a"]]  # Art. 2 is on another topic
    assert [c.label for c in usmx.clauses] == ["USMX:Art. 1"]
    topic_log.clauses.revise(ids["a"], "Each Participant will exempt the other from export duties.",
                             round_id=ids["r2"], party="EU")
    clause = topic_log.read.topic_comparison(Topic.EXPORT_EXEMPTIONS).tracks[0].clauses[0]
    assert clause.row.text == "Each Participant will exempt the other from export duties."
    assert (clause.row.version, clause.row.party, clause.row.status) == (2, "EU", "drafted")
    # The latest stance of each party, ours included, in the track's party order; whole records (documents redact).
    assert list(clause.positions) == ["US", "EU"]
    assert str(clause.positions["EU"].stance) == "supports"
    assert clause.positions["EU"].red_line == topic_log.secrets[0]
    assert str(usmx.clauses[0].positions["MX"].stance) == "opposes"


def test_words_and_tracks_narrow_the_comparison(topic_log):
    assert [c.label for c in topic_log.read.topic_comparison("export", text="ORES").clauses] == ["USMX:Art. 1"]
    assert topic_log.read.topic_comparison("export", text="ores nothing").clauses == []
    only = topic_log.read.topic_comparison("export", tracks=["usmx"])
    assert [t.track.ref for t in only.tracks] == ["USMX"]
    empty = topic_log.read.topic_comparison("stockpiling")
    assert empty.clauses == [] and empty.covering == [] and len(empty.tracks) == 2


def test_an_unknown_topic_says_which_there_are(topic_log):
    with pytest.raises(InvalidInputError, match="Unknown topic 'bogus'; topics: joint projects, price support"):
        topic_log.read.topic_comparison("bogus")


def test_clauses_are_named_track_colon_ref_and_the_redline_is_the_domain_one(topic_log):
    ids = topic_log.ids
    assert topic_log.read.clause_at("mou:art.5").id == ids["a"]
    assert topic_log.read.clause_at(" USMX : Art. 1 ").id == ids["b"]
    with pytest.raises(InvalidInputError, match="No clause 'Art. 9' in MOU; its clauses: Art. 2, Art. 5"):
        topic_log.read.clause_at("MOU:Art. 9")
    with pytest.raises(InvalidInputError, match="TRACK:REF"):
        topic_log.read.clause_at("Art. 5")
    with pytest.raises(InvalidInputError, match="No track 'XX'"):
        topic_log.read.clause_at("XX:Art. 5")
    segments = topic_log.read.redline_between(ids["a"], ids["b"])
    texts = topic_log.read.current_texts([ids["a"], ids["b"]])
    assert segments == diff_words(texts[ids["a"]], texts[ids["b"]])
    assert {s.kind for s in segments} == {"equal", "delete", "insert"}


def test_the_demo_has_every_topic_but_other_in_two_tracks_or_more(demo_log):
    """The demo content makes the comparison worth looking at (the demo is not changed for it)."""
    clauses = json.loads((DEMO_DIR / "clauses.json").read_text(encoding="utf-8"))["clauses"]
    tracks_by_topic: dict[str, set[str]] = {}
    for clause in clauses:
        tracks_by_topic.setdefault(clause["topic"], set()).add(clause["track"])
    assert all(len(tracks) >= 2 for tracks in tracks_by_topic.values())
    exemptions = demo_log.read.topic_comparison(Topic.EXPORT_EXEMPTIONS)
    assert [c.label for c in exemptions.clauses] == ["MOU:Art. 5", "USMX:Art. 1"]
    assert len(demo_log.read.topic_comparison("market protection").covering) == 4


def test_words_are_literal_and_any_number_or_length_is_answered(topic_log):
    """% and _ are characters to find, not LIKE's wildcards; thousands of words (SQLite's expression depth) and a
    word over LIKE's 50,000-byte limit are answered, not refused."""
    assert topic_log.read.topic_comparison("export", text="ORES").clauses
    for text in ["%", "_", "O_ES", "%ores", "ores " * 3000, " ".join(f"w{i}" for i in range(2000)), "x" * 60_000]:
        assert topic_log.read.topic_comparison("export", text=text).clauses == [] or text.startswith("ores "), text[:9]
    assert [c.label for c in topic_log.read.topic_comparison("export", text="ores " * 3000).clauses] == ["USMX:Art. 1"]
