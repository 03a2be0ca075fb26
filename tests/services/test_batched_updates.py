"""Clause statuses set as a batch (the Excel import's writes), and search entries left alone by edits that do not
change what they are made of."""

from __future__ import annotations

import pytest

from mineralsdesk.domain import model
from mineralsdesk.errors import InvalidInputError, StaleEditError
from mineralsdesk.services.log import Log


def _second_clause(log: Log) -> model.Clause:
    return log.clauses.add(log.ids["track"], "Art. 2", "Stockpiles", "The Participants shall share data.",
                           party="EU").record


def _search_rows(log: Log, entity_id: str) -> list[tuple]:
    return log.db.execute("SELECT rowid, title, body FROM search_index WHERE entity_id = ? ORDER BY rowid",
                          [entity_id]).fetchall()


def test_a_batch_sets_every_status_with_one_change_log_append(small_log: Log):
    first = small_log.clauses.get(small_log.ids["clause"])
    second = _second_clause(small_log)
    before = small_log.changes(limit=1)[0].seq
    changed = small_log.clauses.set_statuses([(first.id, "proposed", first.rev), (second.id, "proposed", second.rev)])
    assert changed.ids == {first.id, second.id}
    assert {small_log.clauses.get(c).status for c in (first.id, second.id)} == {model.ClauseStatus.PROPOSED}
    entries = [e for e in small_log.changes(limit=10) if e.seq > before]
    assert sorted((e.entity_id, e.field, e.new) for e in entries) == sorted(
        [(first.id, "status", "proposed"), (second.id, "status", "proposed")])
    assert len({e.at for e in entries}) == 1  # one append: one time stamp, one head read and MAC
    assert small_log.check().problems == []  # the chain, its MAC and the search index all verify


@pytest.mark.parametrize("refusal", ["transition", "stale"])
def test_one_refused_status_leaves_the_whole_batch_unapplied(small_log: Log, refusal: str):
    first = small_log.clauses.get(small_log.ids["clause"])
    second = _second_clause(small_log)
    bad = (second.id, "agreed", second.rev) if refusal == "transition" else (second.id, "proposed", second.rev + 1)
    head = small_log.changes(limit=1)[0].seq
    with pytest.raises(InvalidInputError if refusal == "transition" else StaleEditError):
        small_log.clauses.set_statuses([(first.id, "proposed", first.rev), bad])
    assert small_log.clauses.get(first.id).status is first.status and small_log.clauses.get(first.id).rev == first.rev
    assert small_log.changes(limit=1)[0].seq == head


def test_a_status_change_keeps_the_search_entry_and_a_title_change_rewrites_it(small_log: Log):
    cid = small_log.ids["clause"]
    before = _search_rows(small_log, cid)
    small_log.clauses.set_status(cid, "proposed")
    assert _search_rows(small_log, cid) == before
    assert [h.entity_id for h in small_log.search("projects")].count(cid) == 1
    small_log.clauses.update(cid, title="Joint ventures")
    after = _search_rows(small_log, cid)
    assert after != before and "Joint ventures" in after[0][1]
    assert cid in [h.entity_id for h in small_log.search("ventures")]
