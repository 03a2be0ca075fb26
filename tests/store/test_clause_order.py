"""Clause table order kept between pages: same order as SQL would give, and never stale after a write."""

from __future__ import annotations

from datetime import date

import pytest

from mineralsdesk.services.log import Log
from mineralsdesk.store.queries import CLAUSE_SORT_COLUMNS


def _sql_order(log: Log, sort: str, descending: bool, where: str = "", params: tuple = ()) -> list[str]:
    direction = "DESC" if descending else "ASC"
    return [r[0] for r in log.db.execute(
        f"SELECT c.id FROM clauses c JOIN tracks t ON t.id = c.track_id {where} ORDER BY "
        f"{CLAUSE_SORT_COLUMNS[sort]} {direction}, natural_key(t.ref), natural_key(c.ref), c.id", params)]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", sorted(CLAUSE_SORT_COLUMNS))
def test_every_sort_matches_the_sql_order(demo_log: Log, sort: str, descending: bool):
    rows = demo_log.read.clause_rows(sort=sort, descending=descending)
    assert [r.id for r in rows] == _sql_order(demo_log, sort, descending)
    # Pages are slices of the same order.
    paged = [r.id for start in range(0, len(rows), 4)
             for r in demo_log.read.clause_rows(sort=sort, descending=descending, limit=4, offset=start)]
    assert paged == [r.id for r in rows]


def test_filtered_order_and_count(demo_log: Log):
    track = demo_log.tracks.list()[0]
    rows = demo_log.read.clause_rows(track_id=track.id, sort="status", descending=True)
    assert [r.id for r in rows] == _sql_order(demo_log, "status", True, "WHERE c.track_id = ?", (track.id,))
    assert demo_log.read.clause_count(track_id=track.id) == len(rows) > 0
    assert demo_log.read.clause_count(text="zzz-no-such-word") == 0
    assert demo_log.read.clause_rows(text="zzz-no-such-word") == []


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


def test_another_connections_commit_shows_at_once(small_log: Log):
    assert small_log.read.clause_count() == 1
    with Log.open(small_log.path) as other:
        rnd = other.rounds.add(small_log.ids["track"], date(2026, 3, 1)).record
        other.clauses.add(small_log.ids["track"], "Art. 3", "Research", "The Participants shall fund research.",
                         party="EU", round_id=rnd.id)
    assert small_log.read.clause_count() == 2
    assert [r.ref for r in small_log.read.clause_rows(sort="ref")] == ["Art. 1", "Art. 3"]
