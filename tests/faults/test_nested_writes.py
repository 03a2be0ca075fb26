"""Writes nested in a write join its transaction without a savepoint, and the log is still never half-changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from mineralsdesk.errors import StaleEditError
from mineralsdesk.services.log import Log
from mineralsdesk.store import changelog, database

PASSPHRASE = "nested writes passphrase"


@pytest.fixture(params=["plain", "encrypted"])
def any_log(request, tmp_path: Path):
    """A log with one track and round, plain and encrypted (the cipher build is where savepoints cost)."""
    passphrase = PASSPHRASE if request.param == "encrypted" else None
    with Log.create(tmp_path / "nested.mdesk", passphrase=passphrase) as log:
        track = log.tracks.add("MOU", "US–EU MoU", parties=["US", "EU"]).record
        log.ids = {"track": track.id}
        yield log


def _add(log: Log, ref: str) -> str:
    return log.clauses.add(log.ids["track"], ref, f"Title {ref}", f"Text of {ref} [shall / should] apply.",
                           party="EU").record.id


def _statements(log: Log) -> list[str]:
    seen: list[str] = []
    log.db.conn.set_trace_callback(seen.append)
    return seen


def test_nested_service_writes_use_no_savepoint(any_log: Log):
    clause = _add(any_log, "Art. 1")
    seen = _statements(any_log)
    with any_log.write("batch"):
        for i in range(5):
            any_log.clauses.update(clause, title=f"Edit {i}")
    any_log.db.conn.set_trace_callback(None)
    assert not [s for s in seen if "SAVEPOINT" in s.upper()]
    assert [s for s in seen if s.upper().startswith(("BEGIN", "COMMIT"))] == ["BEGIN IMMEDIATE", "COMMIT"]
    assert any_log.clauses.get(clause).title == "Edit 4"


def test_a_nested_write_failing_half_way_and_caught_still_saves_nothing(any_log: Log, monkeypatch):
    """Without a savepoint the failed write's first rows cannot be undone alone: the whole write is refused."""
    _add(any_log, "Art. 1")
    before, entries = any_log.dump(), any_log.check().counts["changes"]
    calls = {"n": 0, "armed": False}
    real_append = changelog.append

    def failing_append(*args, **kwargs):
        calls["n"] += calls["armed"]
        if calls["n"] >= 3:  # clause and version written; fails on the brackets
            raise OSError("simulated failure")
        return real_append(*args, **kwargs)

    monkeypatch.setattr(changelog, "append", failing_append)
    with pytest.raises(OSError, match="simulated failure"), any_log.write("batch"):
        _add(any_log, "Art. 2")
        calls["armed"] = True
        try:
            _add(any_log, "Art. 3")
        except OSError:
            pass  # a caller going on after the error must not get the half-made clause committed
        with pytest.raises(OSError, match="simulated failure"):
            _add(any_log, "Art. 4")  # a doomed transaction takes no more nested writes
    monkeypatch.undo()
    assert calls["n"] >= 3
    assert any_log.dump() == before and any_log.check().counts["changes"] == entries
    assert any_log.db.doomed is None and any_log.db.write_depth == 0
    _add(any_log, "Art. 5")  # the next write starts clean
    assert {c.ref for c in any_log.clauses.list()} == {"Art. 1", "Art. 5"}


def test_a_nested_write_refused_before_it_changes_anything_leaves_the_rest(any_log: Log):
    clause = _add(any_log, "Art. 1")
    rev = any_log.clauses.get(clause).rev
    with any_log.write("batch"):
        any_log.clauses.update(clause, title="Kept")
        with pytest.raises(StaleEditError):
            any_log.clauses.update(clause, title="Stale", expected_rev=rev)
        any_log.clauses.update(clause, title="Kept again")
    assert any_log.clauses.get(clause).title == "Kept again"


def test_a_savepoint_write_is_undone_alone(any_log: Log):
    """What sync's merge asks for (one refused record becomes a conflict, the rest is applied)."""
    clause = _add(any_log, "Art. 1")
    with any_log.write("batch"):
        any_log.clauses.update(clause, title="Kept")
        with pytest.raises(RuntimeError), database.write_transaction(any_log.db, savepoint=True):
            any_log.clauses.update(clause, title="Undone")  # a joined write, changed rows, then the error
            raise RuntimeError("refused")
        assert any_log.db.doomed is None  # the savepoint undid the half-done write
        _add(any_log, "Art. 2")
    assert any_log.clauses.get(clause).title == "Kept"
    assert {c.ref for c in any_log.clauses.list()} == {"Art. 1", "Art. 2"}
    assert not any_log.check().problems


def test_writes_inside_a_transaction_not_begun_by_a_write_stay_savepoints(any_log: Log):
    clause = _add(any_log, "Art. 1")
    any_log.db.execute("BEGIN")
    with pytest.raises(RuntimeError), database.write_transaction(any_log.db):
        any_log.db.execute("UPDATE clauses SET title = 'Undone' WHERE id = ?", [clause])
        raise RuntimeError("refused")
    assert any_log.db.conn.in_transaction
    any_log.db.execute("COMMIT")
    assert any_log.clauses.get(clause).title == "Title Art. 1"
