"""The app's side of the conflict queue: readable rows, resolutions reporting a Changed, and their undo."""

from __future__ import annotations

from datetime import date

import pytest

from mineralsdesk.domain.model import Clause
from mineralsdesk.errors import SyncError
from mineralsdesk.services.log import Log
from mineralsdesk.services.sync import exchange, identity, review

PASSPHRASE = "the delegation's sync passphrase"


@pytest.fixture
def conflicted(tmp_path):
    """Anna's log and Ben's copy, the clause title changed on both; Ben's file imported by Anna."""
    anna = Log.create(tmp_path / "anna.mdesk", user_name="Anna")
    track = anna.tracks.add("CM-1", "Critical minerals").record
    rnd = anna.rounds.add(track.id, date(2026, 1, 10), place="Brussels").record
    clause = anna.clauses.add(track.id, "Art. 1", "Scope", "The Parties shall cooperate.", party="EU",
                              round_id=rnd.id).record
    identity.clone(anna, tmp_path / "ben.mdesk", colleague="Ben")
    ben = Log.open(tmp_path / "ben.mdesk")
    anna.clauses.update(clause.id, title="Scope (Anna)")
    ben.clauses.update(clause.id, title="Scope (Ben)")
    out = exchange.export(ben, tmp_path / "b.mdsync", "Anna", passphrase=PASSPHRASE)
    exchange.import_file(anna, out, passphrase=PASSPHRASE)
    yield anna, clause.id
    anna.close()
    ben.close()


def test_rows_name_the_record_by_its_change_log_label(conflicted):
    anna, clause_id = conflicted
    [row] = review.open_conflicts(anna)
    assert review.open_count(anna) == 1
    assert row.record == "clause CM-1 Art. 1 Scope (Anna)"
    assert (row.conflict.field, row.conflict.ours, row.conflict.theirs) == ("title", "Scope (Anna)", "Scope (Ben)")
    assert not row.is_text


@pytest.mark.parametrize(("choice", "value", "expected"), [("ours", None, "Scope (Anna)"),
                                                            ("theirs", None, "Scope (Ben)"),
                                                            ("value", "Scope (agreed)", "Scope (agreed)")])
def test_a_resolution_reports_a_changed_and_its_undo_reopens_the_conflict(conflicted, choice, value, expected):
    anna, clause_id = conflicted
    [row] = review.open_conflicts(anna)
    done = review.resolve(anna, row.id, choice=choice, value=value)
    assert {review.CONFLICTS, "clauses"} <= done.entities and clause_id in done.ids
    assert anna.clauses.get(clause_id).title == expected
    assert review.open_count(anna) == 0
    undone = review.unresolve(anna, done)
    assert clause_id in undone.ids
    assert anna.clauses.get(clause_id).title == "Scope (Anna)"
    assert [r.id for r in review.open_conflicts(anna)] == [row.id]
    redone = review.resolve(anna, row.id, choice=choice, value=value)  # redo after undo works the same
    assert anna.clauses.get(clause_id).title == expected and redone.record.before == "Scope (Anna)"
    if choice != "ours":  # keeping ours writes no field
        assert anna.changes(limit=1)[0].source == exchange.RESOLVE_SOURCE


def test_a_settled_conflict_cannot_be_settled_again(conflicted):
    anna, _clause_id = conflicted
    [row] = review.open_conflicts(anna)
    review.resolve(anna, row.id, choice="ours")
    with pytest.raises(SyncError):
        review.resolve(anna, row.id, choice="theirs")
    assert isinstance(anna.clauses.get(_clause_id), Clause)


def test_an_imports_conflict_lines_name_records_by_their_labels(conflicted):
    anna, clause_id = conflicted
    lines = [f"clauses {clause_id}, title: changed on both laptops", "tracks 0123abcd: created there under a record "
             "missing here", "something else"]
    assert review.readable_lines(anna, lines) == [
        "clause CM-1 Art. 1 Scope (Anna), title: changed on both laptops", lines[1], lines[2]]
