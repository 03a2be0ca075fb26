"""Search scores its candidates itself (BM25 as FTS5's bm25() gives it) and bounds a typed prefix to a few terms."""

from __future__ import annotations

import pytest
from search_cases import DEMO_QUERIES, HAND_QUERIES, build_hand_log, results
from test_search_content import EXPECTED, _same_as_before

from mineralsdesk.errors import SearchSyntaxError
from mineralsdesk.services.log import Log
from mineralsdesk.store import search, search_score

BM25 = "bm25(search_index, 0, 0, 0, 5.0, 1.0, 0, 0)"


def _commitments(log: Log, texts: list[str]) -> list[str]:
    return [log.commitments.add("US", text, source="", track_id=log.ids["track"]).record.id for text in texts]


def _bm25(log: Log, fts: str, entity_id: str) -> float:
    return log.db.execute(f"SELECT {BM25} AS r FROM search_index WHERE search_index MATCH ? AND entity_id = ? "
                          "ORDER BY r LIMIT 1", [fts, entity_id]).fetchone()[0]


@pytest.mark.parametrize("query, fts", [
    ('"tungsten"', '"tungsten"'),
    ('tungsten "supply"', '"tungsten" "supply"'),
    ('"joint projects"', '"joint projects"'),
    ('tungsten OR "lithium"', '"tungsten" OR "lithium"'),
])
def test_scores_are_fts5_bm25_scores(small_log: Log, query: str, fts: str, monkeypatch):
    _commitments(small_log, ["tungsten tungsten tungsten", "Tungsten supply for joint projects, reported yearly",
                             "A long commitment on the supply of tungsten and of lithium to the joint projects of "
                             "both Participants, each quarter, with a report to the committee and its members",
                             "Lithium supply only", "Nothing to find here at all"])
    hits = small_log.search(query)
    assert hits
    for hit in hits:
        assert hit.rank == pytest.approx(_bm25(small_log, fts, hit.entity_id), rel=1e-9)


def test_a_prefix_stands_for_the_shortest_whole_terms(small_log: Log, monkeypatch):
    ids = _commitments(small_log, ["Release the stockpile", "Report the stockpiles", "Audit stockpiled cobalt",
                                   "Stockpiling rules"])
    assert {h.entity_id for h in small_log.search("stockp")} == set(ids)
    monkeypatch.setattr(search_score, "PREFIX_TERMS", 2)
    assert {h.entity_id for h in small_log.search("stockp")} == {ids[0], ids[2]}  # stockpile, stockpiled
    assert search_score.bound_prefixes(small_log.db, '"stockp"*') == '("stockpile" OR "stockpiled")'


def test_an_expanded_prefix_joins_its_neighbours_with_and(small_log: Log, monkeypatch):
    ids = _commitments(small_log, ["Release the stockpile of cobalt", "Report the stockpiles", "Cobalt only"])
    assert search_score.bound_prefixes(small_log.db, '"cobalt" "stockp"*') == \
        '"cobalt" AND ("stockpile" OR "stockpiles")'
    assert [h.entity_id for h in small_log.search("cobalt stockp")] == [ids[0]]
    assert {h.entity_id for h in small_log.search("stockp* cobalt")} == {ids[0]}
    assert {h.entity_id for h in small_log.search("(stockp* OR nothing) -report")} == {ids[0]}
    assert [h.entity_id for h in small_log.search("NEAR(release stockp*, 3)")] == [ids[0]]  # FTS5's own prefix


def test_a_prefix_with_no_term_finds_nothing(small_log: Log):
    assert small_log.search("zzyzx") == []
    with pytest.raises(SearchSyntaxError):
        small_log.search("zzyzx AND")


def test_new_words_are_kept_for_prefixes_and_migration_fills_them(small_log: Log):
    made = _commitments(small_log, ["Zirconium sponge offtake"])
    terms = {t for (t,) in small_log.db.execute("SELECT term FROM search_terms")}
    assert {"zirconium", "sponge", "offtake"} <= terms
    assert [h.entity_id for h in small_log.search("zircon")] == made
    small_log.db.execute("DELETE FROM search_terms")
    from mineralsdesk.store import migrations

    migrations._step_12_search_scoring(small_log.db)  # what a log of schema 11 gets: the index's vocabulary
    assert {t for (t,) in small_log.db.execute("SELECT term FROM search_terms")} >= {"zirconium", "offtake"}


def test_document_frequency_is_exact_under_the_sample_and_estimated_over_it(small_log: Log, monkeypatch):
    _commitments(small_log, [("tungsten report " if i % 2 else "other words ") + str(i) for i in range(60)])
    exact = small_log.db.execute("SELECT count(*) FROM search_index WHERE search_index MATCH 'tungsten'").fetchone()[0]
    scorer = search_score.Scorer(small_log.db, None, [])
    assert scorer._documents(small_log.db, '"tungsten"') == exact == 30
    monkeypatch.setattr(search_score, "DF_SAMPLE", 6)
    estimate = scorer._documents(small_log.db, '"tungsten"')
    assert exact / 2 < estimate < exact * 2


@pytest.mark.parametrize(("window", "sample"), [(6, 6), (50, 6), (6, 50), (50, 50)])
def test_a_one_word_query_counts_its_word_from_the_rows_it_ranks(small_log: Log, monkeypatch, window: int,
                                                                 sample: int):
    # The window's rows are the word's newest matches: its document count starts from them, and gives what a
    # walk of the index gives (over the sample: estimated alike; under it: exact).
    _commitments(small_log, [("tungsten report " if i % 2 else "other words ") + str(i) for i in range(60)])
    monkeypatch.setattr(search, "RECENT_MATCHES", window)
    monkeypatch.setattr(search_score, "DF_SAMPLE", sample)
    seen = []
    walked = search_score.Scorer._documents

    def documents(self, db, phrase):
        seen.append((bool(self.known), walked(self, db, phrase)))
        self.known = {}
        seen.append((False, walked(self, db, phrase)))
        return seen[-1][1]

    monkeypatch.setattr(search_score.Scorer, "_documents", documents)
    assert small_log.search("tungsten")
    (with_rows, counted), (_without, walked_count) = seen
    assert with_rows == (window >= sample) and counted == pytest.approx(walked_count)


def test_varints_read_fts5_records():
    assert search_score.varints(bytes([0x84, 0xAF, 0x79, 0x00, 0x05])) == [71673, 0, 5]


def test_the_demo_finds_what_it_found_before_when_every_match_is_ranked(demo_log: Log):
    assert _same_as_before(results(demo_log, DEMO_QUERIES, every_match=True), EXPECTED["demo"])


def test_the_hand_built_log_finds_what_it_found_before_when_every_match_is_ranked(log: Log):
    build_hand_log(log)
    found = results(log, HAND_QUERIES, every_match=True)
    assert _same_as_before(found, EXPECTED["hand"])
    pages = {t: p for k, t, _s, p in found["germanium"] if k == "attachment"}
    assert pages == {"points.txt": None, "non-paper.pdf": 3, "non-paper copy.pdf": 3}


def test_shareable_only_and_kinds_alike_when_every_match_is_ranked(small_log: Log):
    ids = _commitments(small_log, ["tungsten supply"])
    for every_match in (False, True):
        assert [h.entity_id for h in small_log.search("tungsten", kinds=("commitment",),
                                                      every_match=every_match)] == ids
        assert small_log.search("tungsten", kinds=("clause",), every_match=every_match) == []
        assert small_log.search("tungsten", shareable_only=True, every_match=every_match) == []


@pytest.mark.parametrize("accent", ["", " Café."])
def test_word_boundaries_count_alike_in_ascii_and_other_text(small_log: Log, monkeypatch, accent: str):
    # ASCII text checks a boundary by a set lookup, other text by the Matcher's rule: the same counts as FTS5.
    _commitments(small_log, [f"Tungsten, xtungsten tungsten2 tungsten_a (tungsten).{accent}",
                             f"tungsten-tungsten 9tungsten{accent}", f"Only TUNGSTEN here{accent}"])
    hits = small_log.search('"tungsten"')
    assert len(hits) == 3
    for hit in hits:
        assert hit.rank == pytest.approx(_bm25(small_log, '"tungsten"', hit.entity_id), rel=1e-9)


def test_a_dense_block_of_newest_matches_is_not_scaled_to_the_whole_log(small_log: Log, monkeypatch):
    # Older rows match one time in three, the newest 50 all match (as a thousand papers attached at once): the
    # newest matches alone, scaled to the whole range, would read twice the matches there are.
    _commitments(small_log, [("tungsten report " if i % 3 == 0 else "other words ") + str(i) for i in range(150)])
    _commitments(small_log, [f"tungsten paper {i}" for i in range(50)])
    exact = small_log.db.execute("SELECT count(*) FROM search_index WHERE search_index MATCH 'tungsten'").fetchone()[0]
    monkeypatch.setattr(search_score, "DF_SAMPLE", 40)
    estimate = search_score.Scorer(small_log.db, None, [])._documents(small_log.db, '"tungsten"')
    assert exact == 100 and 0.75 * exact < estimate < 1.33 * exact
