"""Search ranks a bounded set of matches: the newest matching records and the newest chunks of attached text."""

from __future__ import annotations

from search_cases import big_text

from mineralsdesk.services.log import Log
from mineralsdesk.store import migrations, search


def _commitments(log: Log, texts: list[str]) -> list[str]:
    return [log.commitments.add("US", text, source="", track_id=log.ids["track"]).record.id for text in texts]


def test_a_common_word_ranks_only_the_newest_matches_unless_every_match_is_asked(small_log: Log, monkeypatch):
    monkeypatch.setattr(search, "RECENT_MATCHES", 5)
    # The oldest commitment is the best match (the word three times in a short text); then ten newer, weaker ones.
    best = _commitments(small_log, ["tungsten tungsten tungsten"])[0]
    newer = _commitments(small_log, [f"Report tungsten holdings to the partner number {i} each quarter of the year"
                                     for i in range(10)])
    bounded = small_log.search("tungsten", kinds=("commitment",))
    assert len(bounded) == 5 and {h.entity_id for h in bounded} <= set(newer[-5:])
    everything = small_log.search("tungsten", kinds=("commitment",), every_match=True)
    assert len(everything) == 11 and everything[0].entity_id == best


def test_fewer_matches_than_the_window_are_all_ranked_as_before(small_log: Log, monkeypatch):
    monkeypatch.setattr(search, "RECENT_MATCHES", 50)
    ids = _commitments(small_log, ["tungsten tungsten tungsten"] + [f"tungsten report number {i} for the partner"
                                                                     for i in range(10)])
    hits = small_log.search("tungsten")
    assert [h.entity_id for h in hits] == [h.entity_id for h in small_log.search("tungsten", every_match=True)]
    assert hits[0].entity_id == ids[0] and len(hits) == 11


def test_attached_text_below_zero_never_crowds_out_the_records(small_log: Log, monkeypatch):
    monkeypatch.setattr(search, "RECENT_MATCHES", 3)
    monkeypatch.setattr(search, "RECENT_CONTENT_MATCHES", 3)
    made = small_log.attachments.add(big_text(300).encode(), "annex.txt", target_kind="track",
                                     target_id=small_log.ids["track"]).record
    rowids = [r[0] for r in small_log.db.execute("SELECT rowid FROM search_index WHERE kind = ?", [search.CONTENT])]
    assert len(rowids) > 100 and max(rowids) < 0
    clause = small_log.clauses.add(small_log.ids["track"], "Art. 2", "Cobalt", "Cobalt refining capacity is shared.",
                                   party="US", round_id=small_log.ids["r1"]).record
    own = small_log.db.execute("SELECT min(rowid) FROM search_index WHERE kind != ?", [search.CONTENT]).fetchone()[0]
    assert own > 0  # records added after the paper still take rowids above zero
    assert {h.entity_id for h in small_log.search("cobalt refining")} == {made.id, clause.id}


def test_a_record_indexed_when_only_attached_text_is_left_starts_again_above_zero(log: Log):
    log.db.execute("INSERT INTO search_index (rowid, kind, entity_id, part, title, body) "
                   "VALUES (-7, 'content', 'abc', 1, '', 'gallium')")
    assert log.db.execute("SELECT count(*) FROM search_index WHERE rowid > -7").fetchone()[0] == 0
    made = log.commitments.add("US", "Share gallium data", source="").record
    rowid = log.db.execute("SELECT doc FROM search_keys WHERE entity_id = ?", [made.id]).fetchone()[0]
    assert rowid >= 1 and [h.entity_id for h in log.search("gallium", kinds=("commitment",))] == [made.id]


def test_step_11_moves_attached_text_of_an_older_log_below_zero(small_log: Log):
    made = small_log.attachments.add(big_text(30).encode(), "annex.txt", target_kind="track",
                                     target_id=small_log.ids["track"]).record
    sha = made.sha256
    # As schema 10 indexed it: the content's chunks took the next rowids above the records'.
    rows = small_log.db.execute("SELECT rowid, kind, entity_id, part, title, body, title_text, body_text "
                                "FROM search_index WHERE entity_id = ?", [sha]).fetchall()
    small_log.db.execute("DELETE FROM search_index WHERE entity_id = ?", [sha])
    small_log.db.execute("DELETE FROM search_keys WHERE entity_id = ?", [sha])
    for rowid, *rest in rows:
        new = small_log.db.execute("INSERT INTO search_index (kind, entity_id, part, title, body, title_text, "
                                   "body_text) VALUES (?, ?, ?, ?, ?, ?, ?)", rest).lastrowid
        small_log.db.execute("INSERT INTO search_keys (entity_id, doc) VALUES (?, ?)", [sha, new])
        assert rowid < 0 < new
    migrations._step_11_search_current(small_log.db)
    moved = [r[0] for r in small_log.db.execute("SELECT rowid FROM search_index WHERE entity_id = ?", [sha])]
    assert len(moved) == len(rows) and max(moved) < 0
    assert [h.entity_id for h in small_log.search("statistical annexes", kinds=("attachment",))] == [made.id]
    assert small_log.check().ok


def test_the_window_ranks_its_newest_attachments_only(small_log: Log, monkeypatch):
    monkeypatch.setattr(search, "RECENT_MATCHES", 8)
    monkeypatch.setattr(search, "RECENT_ATTACHMENT_MATCHES", 2)
    track = small_log.ids["track"]
    older = _commitments(small_log, ["Tungsten tungsten tungsten offtake"])
    papers = [small_log.attachments.add(f"Note {i} on tungsten supply and tungsten prices.".encode(), f"note{i}.txt",
                                        target_kind="track", target_id=track).record.id for i in range(5)]
    newer = _commitments(small_log, [f"Report tungsten holdings, number {i}" for i in range(2)])
    hits = {h.entity_id for h in small_log.search("tungsten")}
    # The window is the 8 newest matches (2 commitments, 5 papers, the oldest commitment): of its 5 attachments
    # only the 2 newest are ranked; the records are all ranked.
    assert hits == set(newer) | set(older) | set(papers[-2:])
    assert {h.entity_id for h in small_log.search("tungsten", every_match=True)} == set(newer + older + papers)



def test_papers_attached_last_do_not_crowd_the_other_records_out(small_log: Log, monkeypatch):
    monkeypatch.setattr(search, "RECENT_MATCHES", 3)
    monkeypatch.setattr(search, "RECENT_ATTACHMENT_MATCHES", 2)
    track = small_log.ids["track"]
    older = _commitments(small_log, [f"Tungsten offtake report number {i}" for i in range(3)])
    papers = [small_log.attachments.add(f"Note {i} on tungsten.".encode(), f"note{i}.txt", target_kind="track",
                                        target_id=track).record.id for i in range(6)]
    # the 3 newest other records and the 2 newest papers are ranked, however many papers came after the records
    assert {h.entity_id for h in small_log.search("tungsten")} == set(older) | set(papers[-2:])
    small_log.attachments.delete(papers[-1])
    assert {h.entity_id for h in small_log.search("tungsten")} == set(older) | set(papers[-3:-1])  # seen at once
