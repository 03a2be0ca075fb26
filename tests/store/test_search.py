"""Search: long texts cost one chunk, any part of a CJK word is found and highlighted alone, the query language."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mineralsdesk.errors import SearchSyntaxError
from mineralsdesk.services.log import Log
from mineralsdesk.store import migrations, search
from mineralsdesk.store.search import CHUNK_CHARS

MARKED = re.compile("\x02(.*?)\x03")
FIXTURES = Path(__file__).resolve().parent.parent / "faults" / "fixtures"


def _long_text(size: int) -> str:
    """About `size` characters of varied clause wording (so no chunk is a copy of another)."""
    parts, total, i = [], 0, 0
    while total < size:
        sentence = f"Paragraph {i}: the Participants shall exchange data on cobalt refining capacity number {i}. "
        parts.append(sentence)
        total += len(sentence)
        i += 1
    return "".join(parts)


def _index_rows(log: Log, entity_id: str) -> list[tuple[int, int]]:
    return log.db.execute("SELECT s.part, length(coalesce(s.body_text, s.body)) FROM search_keys k JOIN search_index s "
                          "ON s.rowid = k.doc WHERE k.entity_id = ? ORDER BY s.part", [entity_id]).fetchall()


def test_a_5mb_clause_is_searched_one_chunk_at_a_time(small_log: Log, monkeypatch):
    """trust #12: the snippet is made from the matching chunk alone, never from the whole 5 MB text."""
    text = _long_text(5_000_000) + "The Participants shall consult the zirconium committee."
    clause = small_log.clauses.add(small_log.ids["track"], "Art. 9", "Annex of data", text, party="US",
                                  round_id=small_log.ids["r1"]).record
    rows = _index_rows(small_log, clause.id)
    assert len(rows) > 2500 and [p for p, _n in rows] == list(range(len(rows)))
    assert max(n for _p, n in rows) <= CHUNK_CHARS
    given_lengths: list[int] = []
    real = search.make_snippet

    def counting(text: str, *args, **kwargs):
        given_lengths.append(len(text))
        return real(text, *args, **kwargs)

    monkeypatch.setattr(search, "make_snippet", counting)
    hits = small_log.search("zirconium committee")
    assert [h.entity_id for h in hits] == [clause.id]
    assert hits[0].title == "Art. 9 Annex of data"  # the title of the record, though the match is in its last chunk
    assert MARKED.findall(hits[0].snippet) == ["zirconium", "committee"]
    hits = small_log.search("cobalt refining", limit=5)  # matches in every chunk: one hit for the record
    assert [h.entity_id for h in hits] == [clause.id]
    assert given_lengths and max(given_lengths) <= CHUNK_CHARS


def test_a_phrase_across_a_chunk_cut_is_found(log: Log):
    words = " ".join(f"w{i}" for i in range(CHUNK_CHARS))  # cut about every 400 words
    log.commitments.add("US", "Report on the study", source_kind="statement", source=words)
    for i in (300, 370, 399, 400, 401, 777, 1500):
        assert log.search(f'"w{i} w{i + 1} w{i + 2}"'), i


def test_a_long_record_shrinking_and_growing_keeps_one_row_set(small_log: Log):
    clause_id, r2 = small_log.ids["clause"], small_log.ids["r2"]
    small_log.clauses.revise(clause_id, _long_text(9000), round_id=r2, party="US")
    assert len(_index_rows(small_log, clause_id)) == 5
    small_log.clauses.revise(clause_id, "The Participants shall meet.", round_id=r2, party="EU")
    assert len(_index_rows(small_log, clause_id)) == 1
    assert not small_log.search("refining") and small_log.search("meet")
    all_rows = small_log.db.execute("SELECT count(*) FROM search_index").fetchone()[0]
    keyed = small_log.db.execute("SELECT count(*) FROM search_keys").fetchone()[0]
    assert all_rows == keyed
    small_log.clauses.delete(clause_id)
    assert not small_log.search("meet") and not _index_rows(small_log, clause_id)


def test_a_very_long_title_is_shown_cut_and_searched_whole(log: Log):
    text = "Deliver " + _long_text(3000) + " and the quarterly uranium report"
    log.commitments.add("US", text, source_kind="statement", source="joint statement")
    [hit] = log.search("uranium")
    assert len(hit.title) <= search.TITLE_CHARS + 1 and hit.title.endswith("…")
    assert MARKED.findall(hit.snippet) == ["uranium"]


@pytest.mark.parametrize("query", ["サプライチェーン", "国内調整", "明記", "信頼", "経済", "チェーン", "内調"])
def test_any_part_of_a_japanese_word_is_found_and_highlighted_alone(demo_log: Log, query: str):
    """newcomer #4: a run of kana/kanji was one token, so only its start was found and the whole run lit up."""
    hits = demo_log.search(query)
    assert hits, query
    for hit in hits:
        marked = MARKED.findall(hit.snippet)
        assert marked and set(marked) == {query}, (query, hit.snippet)


def test_a_latin_word_next_to_japanese_is_highlighted_too(demo_log: Log):
    """"JBIC・JOGMECの明記": JOGMEC is followed by a kana, which is no part of the Latin word."""
    hits = demo_log.search("JOGMEC 明記")
    assert hits and all(set(MARKED.findall(h.snippet)) == {"JOGMEC", "明記"} for h in hits)
    assert MARKED.findall(demo_log.search("stockpil")[0].snippet)[0].startswith("stockpile")  # a prefix: its word


def test_chinese_names_and_mixed_scripts_are_found(small_log: Log):
    small_log.rounds.add(small_log.ids["track"], small_log.rounds.get(small_log.ids["r2"]).date, place="北京",
                        summary="Met 中国五矿集团 (China Minmetals) and 紫金矿业; EU内の調整は継続。")
    for query in ("五矿", "矿集团", "紫金", "矿", "EU内", "調整", "China Minmetals"):
        hits = small_log.search(query)
        assert [h.kind for h in hits] == ["round"], query
        assert MARKED.findall(hits[0].snippet), query
    assert MARKED.findall(small_log.search("五矿")[0].snippet) == ["五矿"]
    assert not small_log.search("矿五")  # the characters in another order are another word


def test_leading_minus_leaves_out_and_near_is_supported(demo_log: Log):
    with_cobalt = {h.entity_id for h in demo_log.search("cobalt", limit=500)}
    lithium = {h.entity_id for h in demo_log.search("lithium", limit=500)}
    without = {h.entity_id for h in demo_log.search("lithium -cobalt", limit=500)}
    assert without == lithium - with_cobalt and without and lithium & with_cobalt
    near = demo_log.search("NEAR(price floor, 1)")
    assert near and all(MARKED.findall(h.snippet) for h in near)
    assert len(near) <= len(demo_log.search("price floor", limit=500))
    assert not demo_log.search("NEAR(Participants zzzunknown)")


@pytest.mark.parametrize(("bad", "says"), [
    ("-cobalt", "leaves a word out"), ("lithium OR -cobalt", "OR needs a word"), ("NEAR(lithium)", "two or more"),
    ("NEAR(a OR b)", "words and"), ("lithium, 5)", "NEAR"), ("NEAR(a b", "parenthesis"), ('-"open', "quotation"),
])
def test_query_mistakes_are_one_plain_line(small_log: Log, bad: str, says: str):
    with pytest.raises(SearchSyntaxError, match=says) as error:
        small_log.search(bad)
    assert "\n" not in str(error.value) and "fts5" not in str(error.value)


_PIECES = st.sampled_from(['"', "(", ")", "-", "*", ",", ", 3", "AND", "OR", "NOT", "NEAR", "NEAR(", "^", ":", "+",
                           "lithium", "price", "サプライ", "信", "中国", "a-b", "col:x", "{x}", "' ", " ", "\x00"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=8))
def test_no_query_reaches_fts5_as_a_syntax_error(tmp_path_factory, pieces: list[str]):
    path = tmp_path_factory.getbasetemp() / "hypothesis-search.mdesk"
    if not path.exists():
        with Log.create(path) as new:
            new.tracks.add("T", "Track 中国 price lithium", parties=["US", "EU"])
    text = "".join(pieces)
    with Log.open(path, readonly=True) as log:
        try:
            log.search(text)
        except SearchSyntaxError as error:
            assert "fts5" not in str(error) and "\n" not in str(error), text


def test_schema_3_log_is_reindexed_for_cjk_search(tmp_path: Path):
    """The committed schema-3 log (リチウム in clause titles and texts) migrates and finds a part of the word."""
    path = tmp_path / "old.mdesk"
    path.write_bytes((FIXTURES / "schema3.mdesk").read_bytes())
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    before = conn.execute("SELECT count(*) FROM search_index").fetchone()[0]
    conn.close()
    with Log.open(path) as log:
        assert migrations.schema_version(log.db) == migrations.SCHEMA_VERSION
        assert log.db.execute("SELECT count(*) FROM search_index").fetchone()[0] == before
        assert log.db.execute("SELECT count(*) FROM search_keys").fetchone()[0] == before
        hits = log.search("チウ")
        assert hits and all(MARKED.findall(h.snippet) == ["チウ"] for h in hits)
        assert {h.kind for h in hits} >= {"clause", "position"}
        assert log.search("Exención") and log.search("HYPERLINK")
        assert log.check().ok
        clause = next(c for c in log.clauses.list() if "リチウム" in c.title)
        log.clauses.update(clause.id, title="Clause ニッケル")
        assert [h.entity_id for h in log.search("ッケ")] == [clause.id]


def test_a_pasted_page_as_a_query_highlights_a_bounded_number_of_words(demo_log: Log):
    """Each highlighted word is one regular-expression alternative: a page pasted as a query stays bounded."""
    from mineralsdesk.store import search_text

    page = " ".join(f"word{i}" for i in range(2000))
    matcher = search_text.matcher_for(search_text.translate(page).highlight)
    assert matcher is not None and matcher.regex.groups == search_text.MAX_HIGHLIGHTED
    assert search_text.matcher_for(search_text.translate("lithium " * 500).highlight).regex.groups == 2  # last: prefix
    assert demo_log.search("lithium " * 500)
