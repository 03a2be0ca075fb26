"""SIGKILL during a sync import leaves the log as it was; the import then runs whole."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest
from synckit import PASSPHRASE, small_log

sys.path.insert(0, str(Path(__file__).parents[1] / "faults"))
from faultkit import kill_points, run_child, seeds, ticks_of  # noqa: E402

from mineralsdesk.services.log import Log  # noqa: E402
from mineralsdesk.services.sync import exchange, identity  # noqa: E402


def _state(path: Path) -> str:
    with Log.open(path, readonly=True) as log:
        data = log.dump()
        data["received"] = log.db.execute("SELECT count(*) FROM sync_received").fetchone()[0]
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()


def _sent_to_ben(folder: Path, edit) -> Path:
    """Anna's log and Ben's copy of it in `folder`; `edit(anna, track)` runs on Anna's, whose sync file to Ben is
    returned."""
    with small_log(folder / "anna.mdesk") as anna:
        identity.clone(anna, folder / "ben.mdesk", colleague="Ben")
        edit(anna, anna.tracks.list()[0])
        return exchange.export(anna, folder / "a.mdsync", "Ben", passphrase=PASSPHRASE)


def _ticks(folder: Path, out: Path, operation: str = "sync-import") -> int:
    """The ticks `operation` takes on a scratch copy of Ben's log."""
    scratch = folder / "scratch.mdesk"
    scratch.write_bytes((folder / "ben.mdesk").read_bytes())
    return ticks_of(operation, str(scratch), str(out), PASSPHRASE)


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    def edit(anna: Log, track) -> None:
        clause = anna.clauses.list()[0]
        for i in range(150):
            anna.tracks.update(track.id, description=f"note {i}")
            anna.clauses.update(clause.id, title=f"Scope {i}")

    folder = tmp_path_factory.mktemp("kill")
    out = _sent_to_ben(folder, edit)
    return folder, out, _ticks(folder, out)


@pytest.mark.parametrize("seed", seeds(3, 10))
def test_kill_during_import_leaves_the_log_as_it_was(seed: int, prepared, tmp_path: Path):
    folder, out, total = prepared
    ben = tmp_path / "ben.mdesk"
    ben.write_bytes((folder / "ben.mdesk").read_bytes())
    before = _state(ben)
    result = run_child("sync-import", str(ben), str(out), PASSPHRASE, steps=kill_points(seed, total))
    assert result.killed
    assert _state(ben) == before
    with Log.open(ben, readonly=True) as log:  # copies of one log: this computer's anchor is another copy's
        assert log.check(against_anchor=False).problems == []
    with Log.open(ben) as log:
        exchange.import_file(log, out, passphrase=PASSPHRASE)
        assert log.clauses.list()[0].title == "Scope 149"


@pytest.fixture(scope="module")
def many_clauses(tmp_path_factory):
    """A colleague's 40 clauses, added last reference first: their import lays the receiving table out again."""
    def edit(anna: Log, track) -> None:
        with anna.write("test"):
            for n in range(41, 1, -1):
                anna.clauses.add(track.id, f"Art. {n}", f"Clause {n}", f"Text {n}.", party="EU")

    folder = tmp_path_factory.mktemp("kill-laid-out")
    out = _sent_to_ben(folder, edit)
    merged, laid_out = _ticks(folder, out), _ticks(folder, out, "sync-import-laid-out")
    assert laid_out > merged  # the laying out has ticks of its own to die in
    return folder, out, merged, laid_out


@pytest.mark.parametrize("seed", seeds(2, 6))
def test_kill_while_the_merged_clauses_are_laid_out_leaves_the_log_as_it_was(seed: int, many_clauses,
                                                                            tmp_path: Path):
    import random

    from mineralsdesk.store import clause_keys

    folder, out, merged, laid_out = many_clauses
    ben = tmp_path / "ben.mdesk"
    ben.write_bytes((folder / "ben.mdesk").read_bytes())
    before = _state(ben)
    at = random.Random(seed).randint(merged, laid_out)  # past the merge, inside the laying out or its commit
    result = run_child("sync-import-laid-out", str(ben), str(out), PASSPHRASE, steps=at)
    assert result.killed
    assert _state(ben) == before
    with Log.open(ben, readonly=True) as log:
        assert log.check(against_anchor=False).problems == []
        assert clause_keys.words_agree(log.db) and clause_keys.stale_keys(log.db) == 0
    with Log.open(ben) as log:
        exchange.import_file(log, out, passphrase=PASSPHRASE)
        assert len(log.clauses.list()) == 41 and log.check(against_anchor=False).problems == []
