"""The Clauses table's orders and filter kept in the file (schemas 14 and 15): the same order a stable sort of the records
gives, pages as slices of it, never stale after any write, and every order an index walk."""

from __future__ import annotations

import json
from datetime import date

import pytest
from fixture_logs import fixture_copy

from mineralsdesk.domain.ordering import ref_key
from mineralsdesk.services.log import Log
from mineralsdesk.store import clause_keys, queries
from mineralsdesk.store.database import short_grams
from mineralsdesk.store.migrations import SCHEMA_VERSION
from mineralsdesk.store.queries import CLAUSE_SORT_COLUMNS


def _expected(log: Log, sort: str, descending: bool, keep=lambda clause: True) -> list[str]:
    """The order worked out in Python from the records: the reading order (track, reference, id), then a stable sort
    by the column's key, so equal keys stay in reading order in both directions."""
    db = log.db
    tracks = {i: ref for i, ref in db.execute("SELECT id, ref FROM tracks")}
    rounds = {i: (d, n) for i, d, n in db.execute("SELECT id, date, number FROM rounds")}
    versions: dict[str, list[tuple[int, str | None]]] = {}
    for clause_id, number, round_id in db.execute("SELECT clause_id, number, round_id FROM clause_versions"):
        versions.setdefault(clause_id, []).append((number, round_id))
    open_brackets: dict[str, int] = {}
    for (clause_id,) in db.execute("SELECT clause_id FROM brackets WHERE resolved_round_id IS NULL"):
        open_brackets[clause_id] = open_brackets.get(clause_id, 0) + 1
    clauses = [dict(zip(("id", "track_id", "ref", "title", "topic", "status", "minerals", "owner"), row, strict=True))
               for row in db.execute("SELECT id, track_id, ref, title, topic, status, minerals, owner FROM clauses")]

    def last_round(clause_id: str) -> str:
        with_round = sorted((n, r) for n, r in versions.get(clause_id, []) if r is not None)
        if not with_round:
            return ""
        day, number = rounds[with_round[-1][1]]
        return f"{day} {number:09d}"

    keys = {"track": lambda c: ref_key(tracks[c["track_id"]]), "ref": lambda c: ref_key(c["ref"]),
            "title": lambda c: c["title"], "topic": lambda c: c["topic"], "status": lambda c: c["status"],
            "minerals": lambda c: c["minerals"], "versions": lambda c: len(versions.get(c["id"], [])),
            "open_brackets": lambda c: open_brackets.get(c["id"], 0), "last_round": lambda c: last_round(c["id"])}
    reading = sorted((c for c in clauses if keep(c)),
                     key=lambda c: (ref_key(tracks[c["track_id"]]), ref_key(c["ref"]), c["id"]))
    return [c["id"] for c in sorted(reading, key=keys[sort], reverse=descending)]


def _ids(rows) -> list[str]:
    return [r.id for r in rows]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", sorted(CLAUSE_SORT_COLUMNS))
def test_every_sort_matches_a_stable_sort_of_the_records(demo_log: Log, sort: str, descending: bool):
    rows = demo_log.read.clause_rows(sort=sort, descending=descending)
    assert _ids(rows) == _expected(demo_log, sort, descending)
    # Pages are slices of the same order.
    paged = [r.id for start in range(0, len(rows), 4)
             for r in demo_log.read.clause_rows(sort=sort, descending=descending, limit=4, offset=start)]
    assert paged == _ids(rows)


@pytest.fixture(params=["walked", "driven", "walked near the start"])
def either_way(request, monkeypatch) -> str:
    """A filtered page read every way: walking the order's index, read from the smallest set and sorted, or (a
    small set, a page near the start) walking with every set read whole."""
    monkeypatch.setattr(clause_keys, "DRIVE_BELOW", 0 if request.param == "walked" else 10**9)
    monkeypatch.setattr(clause_keys, "WALK_ENTRIES_PER_ROW", 10**9 if request.param == "walked near the start" else 0)
    return request.param


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", sorted(CLAUSE_SORT_COLUMNS))
def test_every_order_is_one_index_walk_also_when_filtered(demo_log: Log, sort: str, descending: bool):
    """No order sorts all its rows: each walks an index kept in that direction (a million-version log has 250,000
    clauses; a sort of them all was ~0.9 s, a walk to the last page is a few ms); a filter that keeps few rows is
    read from its smallest set (a key range) and only those rows are sorted."""
    track = demo_log.tracks.list()[0].id
    for filters, backwards in [(f, b) for f in ({}, {"text": "cobalt"}, {"text": "co"}, {"text": "cobalt co"},
                                                {"track_id": track, "status": "agreed"}) for b in (False, True)]:
        sql, params = clause_keys.page_sql(clause_keys.row_sets(demo_log.db, **filters), sort, descending, backwards)
        plan = " | ".join(row[3] for row in demo_log.db.execute(f"EXPLAIN QUERY PLAN {sql}", [*params, 10, 0]))
        assert "TEMP B-TREE" not in plan, (filters, plan)
        assert "SCAN clause_order USING" in plan and "INDEX" in plan, plan
        if filters and not backwards:
            sets, driven = clause_keys.ranked(demo_log.db, clause_keys.row_sets(demo_log.db, **filters))
            assert driven  # the demo log's sets are all small
            sql, params = clause_keys.page_sql(sets, sort, descending, driven=True)
            plan = " | ".join(row[3] for row in demo_log.db.execute(f"EXPLAIN QUERY PLAN {sql}", [*params, 10, 0]))
            assert "SEARCH clause_order USING INTEGER PRIMARY KEY (rowid=?)" in plan, plan
            assert "SCAN clause_order" not in plan, plan


def test_sets_are_ranked_smallest_first_by_a_bounded_count(demo_log: Log, monkeypatch):
    sets = clause_keys.row_sets(demo_log.db, text="cobalt zq e")
    ranked, driven = clause_keys.ranked(demo_log.db, sets)
    # "e" is in every status: every row holds it, no condition
    assert driven and [s.params for s in ranked] == [["zq"], ['"cobalt"']]
    monkeypatch.setattr(clause_keys, "DRIVE_BELOW", 1)
    assert clause_keys.ranked(demo_log.db, sets)[1]  # "zq": no row
    assert not clause_keys.ranked(demo_log.db, clause_keys.row_sets(demo_log.db, text="e"))[1]


def test_filters_match_the_records(demo_log: Log, either_way: str):
    track = demo_log.tracks.list()[0]
    rows = demo_log.read.clause_rows(track_id=track.id, sort="status", descending=True)
    assert _ids(rows) == _expected(demo_log, "status", True, lambda c: c["track_id"] == track.id)
    assert demo_log.read.clause_count(track_id=track.id) == len(rows) > 0
    assert demo_log.read.clause_count(text="zzz-no-such-word") == 0
    assert demo_log.read.clause_rows(text="zzz-no-such-word") == []

    def words(c: dict) -> str:
        return " ".join((c["ref"], c["title"], c["topic"], c["status"], c["minerals"])).casefold()

    # Every word must be in the row's words, any part of a word, case folded; short words too.
    for text in ("cobalt", "COBALT", "balt", "cobalt agreed", "Art. 1", "li", "x", "export restr"):
        wanted = text.casefold().split()
        expected = _expected(demo_log, "track", False, lambda c, w=wanted: all(x in words(c) for x in w))
        assert _ids(demo_log.read.clause_rows(sort="track", text=text)) == expected, text
        assert demo_log.read.clause_count(text=text) == len(expected), text
    everyone = demo_log.read.clause_count()
    assert 0 < demo_log.read.clause_count(text="cobalt") < everyone
    owned = demo_log.read.clause_count(status="agreed", text="e")
    assert owned == len(_expected(demo_log, "track", False, lambda c: c["status"] == "agreed" and "e" in words(c)))


@pytest.mark.parametrize("text", ["a\x00b", '"', '""', "'", "%", "_", "a%b", "\\", "NEAR(", "co*", "AND", "-x", "^abc", "{title}:x"])
def test_a_filter_of_any_characters_is_taken_literally(demo_log: Log, text: str, either_way: str):
    """Quotes, wildcards and the full-text query syntax are words to find, never syntax (no error, no match-all)."""
    rows = demo_log.read.clause_rows(text=text)
    for row in rows:  # a NUL separates words (it would end the index's query string)
        words = " ".join((row.ref, row.title, row.topic, row.status, json.dumps(row.minerals))).casefold()
        assert all(word in words for word in text.replace("\x00", " ").casefold().split())
    assert demo_log.read.clause_count(text=text) == len(rows)


def test_own_writes_show_at_once(small_log: Log):
    track = small_log.ids["track"]
    assert [r.ref for r in small_log.read.clause_rows(sort="ref")] == ["Art. 1"]
    small_log.clauses.add(track, "Art. 10", "Review", "The Participants shall review.", party="EU")
    small_log.clauses.add(track, "Art. 2", "Stockpiles", "The Participants shall share data.", party="US")
    assert [r.ref for r in small_log.read.clause_rows(sort="ref")] == ["Art. 1", "Art. 2", "Art. 10"]
    assert small_log.read.clause_count() == 3
    second = small_log.read.clause_rows(sort="ref")[1]
    small_log.clauses.update(second.id, ref="Art. 20")
    assert [r.ref for r in small_log.read.clause_rows(sort="ref")] == ["Art. 1", "Art. 10", "Art. 20"]
    assert [r.ref for r in small_log.read.clause_rows(sort="ref", descending=True, limit=1)] == ["Art. 20"]
    assert [r.ref for r in small_log.read.clause_rows(text="stockpil")] == ["Art. 20"]
    small_log.clauses.update(second.id, title="Critical reserves")
    assert [r.ref for r in small_log.read.clause_rows(text="reserves")] == ["Art. 20"]
    assert small_log.read.clause_rows(text="stockpiles") == []


def test_every_write_keeps_every_key(small_log: Log):
    """Edits of the clause, its versions, brackets, rounds and track, and a deletion: `check` finds nothing stale
    after each, and the orders follow."""
    log = small_log
    track, clause = log.ids["track"], log.ids["clause"]

    def fine() -> None:
        assert clause_keys.stale_keys(log.db) == 0 and clause_keys.words_agree(log.db)
        for sort in CLAUSE_SORT_COLUMNS:
            for descending in (False, True):
                assert _ids(log.read.clause_rows(sort=sort, descending=descending)) == \
                    _expected(log, sort, descending), sort

    fine()
    other = log.clauses.add(track, "Art. 2", "Stockpiles", "The Participants [shall] share data.", party="US").record
    fine()
    r3 = log.rounds.add(track, date(2026, 1, 5), place="Tokyo").record
    log.clauses.revise(other.id, "The Participants shall share data.", round_id=r3.id, party="EU")
    fine()
    log.rounds.update(r3.id, date=date(2026, 12, 1))
    fine()
    log.clauses.set_status(clause, "under negotiation")
    log.clauses.update(clause, title="Zeta projects", topic="stockpiling", minerals=["cobalt", "nickel"])
    fine()
    for bracket in log.brackets.list(clause, open_only=True):
        log.brackets.update(bracket.id, resolved_round_id=r3.id)
    fine()
    log.tracks.update(track, ref="AAA")
    fine()
    log.clauses.delete_latest_version(other.id)
    fine()
    log.clauses.delete(other.id)
    fine()
    assert log.read.clause_count() == 1


def test_a_key_changed_from_outside_is_found_by_check(small_log: Log):
    small_log.db.execute("UPDATE clause_order SET status = 'agreed' WHERE clause_id = ?", [small_log.ids["clause"]])
    assert clause_keys.stale_keys(small_log.db) == 1 and clause_keys.words_agree(small_log.db)
    assert [str(p) for p in small_log.check().problems if "clause" in str(p)] == [
        "clause order: 1 clause sort key(s) missing or out of date (the Clauses table may list those clauses out of "
        "order)"]


def test_a_word_index_out_of_step_is_found_by_check(small_log: Log, tmp_path):
    db = small_log.db
    doc = db.execute("SELECT doc FROM clause_order").fetchone()[0]
    db.execute("DROP TRIGGER clause_words_update")  # as a write from outside the app would leave it
    db.execute("UPDATE clause_order SET title = 'Something else entirely' WHERE doc = ?", [doc])
    db.execute("UPDATE clauses SET title = 'Something else entirely'")
    assert not clause_keys.words_agree(db)
    wanted = ["clause filter: the word index disagrees with the clauses (the Clauses table's filter may miss or "
              "show clauses)"]
    assert [str(p) for p in small_log.check().problems if "clause filter" in str(p)] == wanted
    small_log.close()
    with Log.open(small_log.path, readonly=True) as reader:  # the read-only check finds it too
        assert reader.db.read_only and not clause_keys.words_agree(reader.db)
        assert [str(p) for p in reader.check().problems if "clause filter" in str(p)] == wanted


def test_another_connections_commit_shows_at_once(small_log: Log):
    assert small_log.read.clause_count() == 1
    with Log.open(small_log.path) as other:
        rnd = other.rounds.add(small_log.ids["track"], date(2026, 3, 1)).record
        other.clauses.add(small_log.ids["track"], "Art. 3", "Research", "The Participants shall fund research.",
                         party="EU", round_id=rnd.id)
    assert small_log.read.clause_count() == 2
    assert [r.ref for r in small_log.read.clause_rows(sort="ref")] == ["Art. 1", "Art. 3"]


@pytest.mark.parametrize("version", [12, 13])
def test_a_log_of_an_earlier_schema_opened_read_only_reads_the_same(version: int, tmp_path):
    """Read-only never migrates: the orders and filter are worked out from the records, with the same result."""

    path = fixture_copy(version, tmp_path)
    with Log.open(path, readonly=True) as old:
        assert not clause_keys.present(old.db)
        for sort in CLAUSE_SORT_COLUMNS:
            for descending in (False, True):
                assert _ids(old.read.clause_rows(sort=sort, descending=descending)) == \
                    _expected(old, sort, descending), sort
        assert old.read.clause_count() == len(_expected(old, "track", False)) > 0
        assert old.read.clause_count(text="Clause 1") == len(old.read.clause_rows(text="Clause 1")) >= 0
        assert old.read.clause_count(text="zzz-none") == 0
        counted_rows = old.read.clause_rows()
    with Log.open(path) as migrated:  # and once migrated, the kept keys give the same
        assert clause_keys.present(migrated.db)
        # every figure of a row too: versions, open brackets and "R3 2026-05-12" read from the kept keys
        assert migrated.read.clause_rows() == counted_rows and any(r.last_round for r in counted_rows)
        for sort in CLAUSE_SORT_COLUMNS:
            assert _ids(migrated.read.clause_rows(sort=sort)) == _expected(migrated, sort, False), sort
        assert migrated.check().ok


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", sorted(CLAUSE_SORT_COLUMNS))
def test_pages_near_the_end_read_from_the_end_give_the_same_rows(demo_log: Log, sort: str, descending: bool,
                                                                   monkeypatch, either_way: str):
    """A page past the middle is read backwards from the order's end (the same index walked the other way)."""
    track = demo_log.tracks.list()[0].id
    for filters in ({}, {"text": "co"}, {"track_id": track}, {"status": "agreed"}, {"text": "cobalt"}):
        whole = _ids(demo_log.read.clause_rows(sort=sort, descending=descending, **filters))
        with monkeypatch.context() as patch:
            patch.setattr(queries, "_WALK_BACK_FROM", 0)
            for size in (1, 3, -1):
                paged = []
                for start in range(0, len(whole) + 2, max(size, 1) if size > 0 else len(whole) + 2):
                    paged += _ids(demo_log.read.clause_rows(sort=sort, descending=descending, limit=size,
                                                            offset=start, **filters))
                assert paged == whole, (filters, size)
            assert demo_log.read.clause_rows(sort=sort, limit=5, offset=len(whole) + 10, **filters) == []


def test_counts_from_the_kept_dashboard_counts_equal_the_filters_own(demo_log: Log):
    tracks = [t.id for t in demo_log.tracks.list()]
    statuses = [r[0] for r in demo_log.db.execute("SELECT DISTINCT status FROM clauses")]
    topics = [r[0] for r in demo_log.db.execute("SELECT DISTINCT topic FROM clauses")]
    for filters in [{}, *({"track_id": t} for t in tracks), *({"status": s} for s in statuses),
                    *({"topic": t} for t in topics), {"track_id": tracks[0], "status": statuses[0]},
                    {"track_id": tracks[-1], "topic": topics[0]}, {"status": "no such status"}]:
        full = {"track_id": None, "text": None, "status": None, "topic": None, "owner": None, **filters}
        sql, params = clause_keys.count_sql(clause_keys.row_sets(demo_log.db, **full))
        assert demo_log.read.clause_count(**filters) == demo_log.db.execute(sql, params).fetchone()[0], filters


# -- schema 15: words of one or two characters -----------------------------------------------------------------------

def test_short_parts_are_a_words_letters_and_letter_pairs_folded_as_like_folds():
    assert set(json.loads(short_grams("Ab c", None, "É\x00hidden"))) == {"a", "b", "ab", "c", "É"}
    assert set(json.loads(short_grams("x\ty\u3000z"))) == {"x", "y", "z"}  # no part spans whitespace
    assert set(json.loads(short_grams("日本"))) == {"日", "本", "日本"}
    assert short_grams() == "[]"


def test_a_short_word_finds_what_reading_the_rows_finds(small_log: Log, either_way: str):
    """Every part of one or two characters in the log, and some that are not, in either case: the kept parts give
    the same rows and count as reading the rows (database.contains) (ASCII letters folded, nothing else)."""
    track = small_log.ids["track"]
    for ref, title in [("Art. 12", "Émission ÉU quotas"), ("Art. 2", "Zn/Li a_b%c"), ("Annex", "日本語 \\ 'q' \"d\"")]:
        small_log.clauses.add(track, ref, title, "The Participants shall act.", party="US")
    db = small_log.db
    text = " ".join(" ".join(row) for row in db.execute(f"SELECT {', '.join(clause_keys.FILTER_COLUMNS)} FROM "
                                                       "clause_order"))
    words = {part for word in text.split() for n in (1, 2) for part in (word[i:i + n] for i in range(len(word)))}
    words |= {w.upper() for w in words} | {"qq", "Q", "%%", "__", "é", "\\\\"}
    assert len(words) > 150
    for word in sorted(words):
        kept, read = (clause_keys.row_sets(db, text=word, grams=grams) for grams in (True, False))
        if kept:  # else every row holds the word in its status or topic ("e"): no condition either way
            assert "clause_grams" in kept[0].sql and "FROM clause_order WHERE instr(lower(" in read[0].sql
        assert bool(kept) == bool(read), word
        for sets in (kept, read):
            sql, params = clause_keys.page_sql(*clause_keys.ranked(db, sets)[:1], "ref", False,
                                               driven=clause_keys.ranked(db, sets)[1])
            found = [r[0] for r in db.execute(sql, [*params, -1, 0])]
            count = db.execute(*clause_keys.count_sql(sets)).fetchone()[0]
            if sets is kept:
                expected = found
            assert (found, count) == (expected, len(expected)), word
    assert clause_keys.words_agree(db)


def test_a_short_word_is_a_key_range_not_a_read_of_every_row(demo_log: Log):
    sql, params = clause_keys.count_sql(clause_keys.row_sets(demo_log.db, text="co x"))
    plan = " | ".join(row[3] for row in demo_log.db.execute(f"EXPLAIN QUERY PLAN {sql}", params))
    # the rows whose topic holds "co" are one range of the topic's index each
    assert "SEARCH clause_grams USING PRIMARY KEY (gram=?)" in plan and "SCAN" not in plan, plan


def test_short_parts_out_of_step_are_found_by_check(small_log: Log):
    db = small_log.db
    with small_log.write("test"):
        db.execute("DELETE FROM clause_grams WHERE gram = (SELECT min(gram) FROM clause_grams)")
    assert not clause_keys.words_agree(db)
    assert [str(p) for p in small_log.check().problems if "clause filter" in str(p)]
    small_log.close()
    with Log.open(small_log.path, readonly=True) as reader:
        assert not clause_keys.words_agree(reader.db)
    with Log.open(small_log.path) as log, log.write("test"):  # one too many is found as well
        clause_keys.install_grams(log.db)
        assert clause_keys.words_agree(log.db)
        log.db.execute("INSERT INTO clause_grams (gram, doc) VALUES ('zz', 999999)")
        assert not clause_keys.words_agree(log.db)


def test_a_schema_14_log_read_only_reads_short_words_from_the_rows_and_the_same_once_migrated(tmp_path):
    path = fixture_copy(14, tmp_path)
    with Log.open(path, readonly=True) as old:
        assert clause_keys.present(old.db) and not clause_keys.grams_present(old.db)
        before = {w: _ids(old.read.clause_rows(text=w)) for w in ("1", "ar", "Cl", "e", "ל", "zz")}
        assert old.check().ok
    with Log.open(path) as migrated:
        assert clause_keys.grams_present(migrated.db)
        assert {w: _ids(migrated.read.clause_rows(text=w)) for w in before} == before
        assert before["Cl"] and before["zz"] == []
        assert migrated.check().ok


def test_an_edit_moves_only_the_parts_it_changes_and_a_renumbered_row_keeps_its_parts(small_log: Log):
    db = small_log.db
    doc = db.execute("SELECT doc FROM clause_order").fetchone()[0]
    before = set(db.execute("SELECT gram FROM clause_grams WHERE doc = ?", [doc]).fetchall())
    small_log.clauses.update(small_log.ids["clause"], title="Joint projects (Q)")
    after = set(db.execute("SELECT gram FROM clause_grams WHERE doc = ?", [doc]).fetchall())
    assert after - before == {("q",), ("(q",), ("q)",), ("(",), (")",)} and before - after == set()
    assert clause_keys.words_agree(db)
    with small_log.write("test"):  # a write from outside the app changing the row's number and words at once
        db.execute("UPDATE clause_order SET doc = doc + 100, title = 'Other' WHERE doc = ?", [doc])
        db.execute("UPDATE clauses SET title = 'Other'")
    assert clause_keys.words_agree(db) and clause_keys.stale_keys(db) == 0
    assert _ids(small_log.read.clause_rows(text="Ot")) == [small_log.ids["clause"]]


@pytest.mark.parametrize("version", [13, 14, 15, SCHEMA_VERSION])
def test_a_filter_of_thousands_of_words_is_answered_not_refused(version: int, tmp_path, demo_log: Log):
    """A chain of thousands of conditions went past SQLite's expression depth (1,000): "Expression tree is too
    large". Repeated words are one condition; distinct ones are joined in a balanced tree."""
    if version == SCHEMA_VERSION:
        log = demo_log
    else:
        log = Log.open(fixture_copy(version, tmp_path), readonly=True)  # conditions on the rows themselves
    try:
        for text in ["a " * 5000, "a b " * 3000, " ".join(chr(0x4E00 + i) for i in range(3000)),
                     " ".join(f"w{i}" for i in range(1500))]:
            assert log.read.clause_count(text=text) == len(log.read.clause_rows(text=text, limit=50)), text[:20]
        assert log.read.clause_count(text="a " * 5000) == log.read.clause_count(text="a") > 0
    finally:
        if log is not demo_log:
            log.close()


@pytest.mark.parametrize("version", [13, 14])
def test_an_older_log_read_only_takes_a_word_longer_than_like_allows(version: int, tmp_path):
    """An older log opened read-only reads its rows for the filter: a word of 60,000 characters is answered
    (LIKE refused a pattern over 50,000 bytes)."""
    with Log.open(fixture_copy(version, tmp_path), readonly=True) as old:
        assert old.read.clause_count(text="x" * 60_000) == 0 == len(old.read.clause_rows(text="y" * 60_000))
        assert old.read.clause_count(text="%") == 0 and old.read.clause_count(text="CLAUSE") > 0


def test_the_last_round_shown_is_read_from_its_kept_key_as_the_versions_give_it(demo_log: Log):
    """The table's "R3 2026-05-12" comes from clause_order's key (no read of the clause's versions); the same text
    as the versions give, for any round number and date, and none for a clause whose versions have no round."""
    db = demo_log.db
    with demo_log.write("test"):  # numbers past printf's nine digits, dates with spaces: straight in SQL
        db.execute("UPDATE rounds SET number = number + 1234567000, date = date || ' (am)'")
    shown = {row.id: row.last_round for row in demo_log.read.clause_rows()}
    expected = {clause_id: value for clause_id, value in db.execute(
        f"SELECT c.id, {queries._LAST_ROUND} FROM clauses c")}
    assert shown == expected
    assert any(value.startswith("R123456700") and value.endswith(" (am)") for value in shown.values())


def test_a_last_round_key_written_from_outside_is_not_trusted(demo_log: Log):
    """A forged key ("garbage", no number) neither breaks the table nor shows: the versions are read for that row,
    and `check` reports the key."""
    db = demo_log.db
    expected = {r.id: r.last_round for r in demo_log.read.clause_rows()}
    with demo_log.write("test"):
        db.execute("UPDATE clause_order SET last_round = 'garbage' WHERE doc = (SELECT min(doc) FROM clause_order)")
        db.execute("UPDATE clause_order SET last_round = '2026-01-01 x9' WHERE doc = (SELECT max(doc) FROM clause_order)")
        db.execute("UPDATE clause_order SET last_round = '2026-01-01 --5' WHERE doc = (SELECT min(doc) + 1 FROM "
                   "clause_order)")
    assert {r.id: r.last_round for r in demo_log.read.clause_rows()} == expected
    assert not demo_log.check().ok


# -- schema 16: a status or a topic found by the values that hold the word --------------------------------------------

def _index_pages(db) -> tuple:
    return (*db.execute("SELECT count(*), total(length(block)) FROM clause_words_data").fetchone(),
            db.execute("SELECT count(*) FROM clause_grams").fetchone()[0])


def test_a_status_or_topic_change_leaves_the_word_indexes_alone_and_is_found_at_once(small_log: Log):
    """The word indexes hold a clause's reference, title and minerals; a status change (the usual change of an edited
    workbook) rewrote the row's trigrams and short parts. Now it writes neither, and the filter still finds the
    row by its new status and topic, whole words and parts, in any case."""
    db, clause = small_log.db, small_log.ids["clause"]
    before = _index_pages(db)
    for status in ("proposed", "under negotiation", "agreed ad referendum"):
        small_log.clauses.update(clause, status=status)
    small_log.clauses.update(clause, topic="stockpiling")
    assert _index_pages(db) == before
    for text in ("referendum", "REFERENDUM", "ad", "Stock", "ck", "agreed lithium", "stockpiling joint"):
        assert _ids(small_log.read.clause_rows(text=text)) == [clause] and small_log.read.clause_count(text=text) == 1
    for text in ("drafted", "joint projects x", "negotiation"):
        assert small_log.read.clause_rows(text=text) == [] and small_log.read.clause_count(text=text) == 0, text
    assert "status" not in clause_keys.indexed_columns(db) and small_log.check().ok
    small_log.clauses.update(clause, title="Stockpiles")  # a title change still moves its words
    assert _index_pages(db) != before and clause_keys.words_agree(db)


def test_a_word_in_every_status_is_no_condition_and_one_in_some_is_their_rows(demo_log: Log, either_way: str):
    db = demo_log.db
    assert clause_keys.row_sets(db, text="e") == []  # every status holds an "e": every row has the word
    statuses = clause_keys.facet_values(db)["status"]
    assert statuses == sorted({r[0] for r in db.execute("SELECT status FROM clauses")})
    [ag] = clause_keys.row_sets(db, text="ag")  # in "agreed" and "agreed ad referendum", and in some titles
    assert ag.arms and ag.params[1:] == ["agreed", "agreed ad referendum"]
    plan = " | ".join(r[3] for r in db.execute(f"EXPLAIN QUERY PLAN {clause_keys.page_sql([ag], 'title', False)[0]}",
                                                [*ag.params, 10, 0]))
    assert "SCAN clause_grams" not in plan and "USING INTEGER PRIMARY KEY (rowid=?)" in plan, plan


def test_a_schema_15_log_read_only_finds_a_status_word_as_once_migrated(tmp_path):
    path = fixture_copy(15, tmp_path)
    words = ("reserv", "drafted", "negotiation", "ag", "ad", "o", "joint", "Clause drafted", "zz")
    with Log.open(path, readonly=True) as old:
        assert "status" in clause_keys.indexed_columns(old.db) and old.check().ok
        before = {w: (_ids(old.read.clause_rows(text=w)), old.read.clause_count(text=w)) for w in words}
    with Log.open(path) as migrated:
        assert clause_keys.indexed_columns(migrated.db) == clause_keys.WORD_COLUMNS
        assert {w: (_ids(migrated.read.clause_rows(text=w)), migrated.read.clause_count(text=w)) for w in words} \
            == before
        assert before["drafted"][1] > 0 and before["zz"] == ([], 0) and migrated.check().ok


# -- schema 17: a page of the table reads the kept rows alone ---------------------------------------------------------

def test_a_page_reads_the_kept_rows_alone_and_they_follow_every_edit(small_log: Log):
    """The kept row carries the clause's track, owner and revision: a page reads clause_order (and the few tracks),
    not each clause again by its random id; an edit, an owner and a move between tracks show at once."""
    db, clause = small_log.db, small_log.ids["clause"]
    plan = " | ".join(r[3] for r in db.execute("EXPLAIN QUERY PLAN " + queries._clause_select(True, True).format(
        marks="?"), [1]))
    assert "clauses" not in plan.replace("clause_order", ""), plan

    def row():
        [shown] = small_log.read.clause_rows()
        record = small_log.clauses.get(clause)
        assert (shown.rev, shown.owner, shown.track_id) == (record.rev, record.owner, record.track_id)
        return shown

    first = row()
    small_log.clauses.update(clause, title="Joint projects, revised")
    assert row().rev == first.rev + 1
    small_log.clauses.assign(clause, small_log.members.add("Ana Ruiz", "ar", role="lawyer").record.id)
    assert row().owner is not None
    other = small_log.tracks.add("PLAN", "US–Mexico plan", kind="action plan", parties=["US", "MX"]).record
    small_log.clauses.update(clause, track_id=other.id)
    assert row().track_ref == "PLAN" and small_log.check().ok


def test_a_schema_16_log_read_only_shows_the_same_rows_as_once_migrated(tmp_path):
    path = fixture_copy(16, tmp_path)
    with Log.open(path, readonly=True) as old:
        assert not clause_keys.carries_rows(old.db) and old.check().ok
        before = old.read.clause_rows(sort="status")
    with Log.open(path) as migrated:
        assert clause_keys.carries_rows(migrated.db)
        assert migrated.read.clause_rows(sort="status") == before and len(before) > 3
        assert migrated.check().ok


def test_a_small_set_near_the_start_is_walked_and_read_whole_once(demo_log: Log, monkeypatch):
    """Reading a few thousand rows where the table keeps them cost a page each on a fresh connection ("cobalt" at
    100k: 1,086 of the table's pages for its first page); near the start the order's index is walked instead."""
    assert clause_keys.walk_sooner(1521, 200, 25_000) and not clause_keys.walk_sooner(100, 200, 25_000)
    assert not clause_keys.walk_sooner(1521, 25_000, 25_000) and not clause_keys.walk_sooner(0, 200, 25_000)
    seen = []
    real = clause_keys.page_sql
    monkeypatch.setattr(clause_keys, "page_sql", lambda *a, **k: seen.append(k) or real(*a, **k))
    rows = demo_log.read.clause_rows(text="cobalt", limit=5)
    assert rows and seen[-1] == {"driven": False, "deep": True}
    monkeypatch.setattr(clause_keys, "WALK_ENTRIES_PER_ROW", 0)
    assert demo_log.read.clause_rows(text="cobalt", limit=5) == rows and seen[-1] == {"driven": True, "deep": False}


def test_schema_18_lays_the_kept_rows_out_in_the_reading_order(tmp_path, monkeypatch):
    """The page a log opens on (sorted by track) is read from neighbouring rows of the file: a log whose rows are out
    of the reading order (here reversed from outside) is laid out again by the migration, words and short parts
    rebuilt with it."""
    import sqlite3

    from mineralsdesk.store.database import register_functions

    path = fixture_copy(17, tmp_path)
    conn = sqlite3.connect(path)
    register_functions(conn)  # the short parts' triggers call our functions
    conn.execute("UPDATE clause_order SET doc = 1000 - doc")
    conn.commit()
    assert conn.execute("SELECT count(*) FROM clause_order").fetchone()[0] > 1
    conn.close()
    with Log.open(path) as log:
        db = log.db
        docs = [d for (d,) in db.execute("SELECT doc FROM clause_order ORDER BY track_key, ref_key, clause_id")]
        assert docs == sorted(docs) and clause_keys.laid_out(db)
        assert clause_keys.words_agree(db) and clause_keys.stale_keys(db) == 0
        assert [r.ref for r in log.read.clause_rows(text="リチ")] == ["Art. 5"] and log.read.clause_count(text="ause") == 6
        assert log.check().ok
    # A log laid out already (as step 17 of this version leaves it) is not built again.
    monkeypatch.setattr(clause_keys, "install", lambda db: pytest.fail("rebuilt a laid-out log"))
    (tmp_path / "again").mkdir()
    with Log.open(fixture_copy(17, tmp_path / "again")) as log:
        assert clause_keys.laid_out(log.db)


def test_laid_out_sees_a_clause_added_before_the_others(small_log: Log):
    """A clause added later takes the next number: the rows are then out of the reading order when it sorts first."""
    assert clause_keys.laid_out(small_log.db)
    with small_log.write("test"):
        small_log.clauses.add(small_log.ids["track"], "Art. 0", "First of all", "text", party="EU")
    assert not clause_keys.laid_out(small_log.db)


def _clauses_in_reverse(log: Log, count: int) -> None:
    """`count` clauses added last reference first: each sorts before every row already there."""
    with log.write("test"):
        for n in range(count, 0, -1):
            log.clauses.add(log.ids["track"], f"Art. {n + 1}", f"Clause {n + 1}", f"Text {n + 1} of cobalt.", party="EU")


def test_a_table_far_out_of_the_reading_order_is_laid_out_again_and_reads_the_same(small_log: Log, monkeypatch):
    """Clauses that arrive out of the reading order (added by hand, loaded, merged) take the next row number wherever
    they sort; past one row in SCATTERED_SHARE starting a run out of order, the rows are laid out again, words and
    short parts with them, and every page reads as before."""
    _clauses_in_reverse(small_log, 12)
    db = small_log.db
    before = {sort: _ids(small_log.read.clause_rows(sort=sort)) for sort in CLAUSE_SORT_COLUMNS}
    assert not clause_keys.laid_out(db) and not clause_keys.scattered(db)  # 13 rows: under SCATTERED_MIN
    monkeypatch.setattr(clause_keys, "SCATTERED_MIN", 10)
    assert clause_keys.scattered(db)
    with small_log.write("test"):
        assert small_log.lay_out_clauses()
    assert clause_keys.laid_out(db) and not clause_keys.scattered(db)
    assert {sort: _ids(small_log.read.clause_rows(sort=sort)) for sort in CLAUSE_SORT_COLUMNS} == before
    assert clause_keys.words_agree(db) and clause_keys.stale_keys(db) == 0
    # the words (a trigram) and the short parts (one or two characters) of the titles, found as before
    assert small_log.read.clause_count(text="Clause") == 12 and small_log.read.clause_count(text="se") == 12
    assert small_log.check().ok
    with small_log.write("test"):
        assert not small_log.lay_out_clauses()  # laid out already: left as it is
    # A few rows out of place in a large table are left as they are (a page reads a page or two more).
    monkeypatch.setattr(clause_keys, "SCATTERED_SHARE", 1)
    _clauses_in_reverse(small_log, 1)
    assert not clause_keys.laid_out(db) and not clause_keys.scattered(db)


def test_a_loaded_dump_is_laid_out_in_the_reading_order(demo_log: Log, tmp_path, monkeypatch):
    """The demo's clauses were added track by track as the talks went, not in the reading order; its dump loaded
    into a new log is laid out, in the load's own transaction."""
    assert not clause_keys.laid_out(demo_log.db)
    monkeypatch.setattr(clause_keys, "SCATTERED_MIN", 10)
    loaded = Log.create(tmp_path / "loaded.mdesk")
    try:
        loaded.load(demo_log.dump())
        assert clause_keys.laid_out(loaded.db)
        assert _ids(loaded.read.clause_rows()) == _ids(demo_log.read.clause_rows())
        assert loaded.check().ok
    finally:
        loaded.close()
