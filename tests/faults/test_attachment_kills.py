"""SIGKILL while a file is attached: the log holds the whole attachment (record, content, index) or none of it."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from faultkit import counts, integrity, kill_points, run_child, seeds, ticks_of

from mineralsdesk.services.log import Log


def _log(path: Path) -> Path:
    with Log.create(path, delegation="EU delegation", user_name="Tester") as log:
        log.tracks.add("PAPERS", "Papers track")
    return path


@pytest.fixture(scope="module")
def paper(tmp_path_factory) -> Path:
    """A 1.5 MB text paper: hundreds of index chunks, so many statements inside the write to kill at."""
    path = tmp_path_factory.mktemp("paper") / "paper.txt"
    path.write_text("".join(f"paragraph {i} on cerium and lanthanum supply. " for i in range(35_000)))
    return path


@pytest.mark.parametrize("seed", seeds(6, 40))
def test_kill_mid_add_leaves_no_half_attachment(seed: int, paper: Path, tmp_path: Path):
    total = ticks_of("attach", str(_log(tmp_path / "scratch.mdesk")), str(paper))
    path = _log(tmp_path / "log.mdesk")
    if seed % 2 == 0:
        result = run_child("attach", str(path), str(paper), steps=kill_points(seed, total))
    else:
        result = run_child("attach", str(path), str(paper), delay=random.Random(seed).uniform(0.05, 1.0))
    assert integrity(path) == []
    with Log.open(path) as log:
        attached = log.attachments.list()
        stored = log.dump()["blobs"]
        assert log.check().ok
        if attached:
            assert len(attached) == 1 and [b["sha256"] for b in stored] == [attached[0].sha256]
            assert log.attachments.read_bytes(attached[0].id) == paper.read_bytes()
            assert [h.entity_id for h in log.search("lanthanum")] == [attached[0].id]
        else:
            assert result.killed and stored == [] and log.search("lanthanum") == []
    shutil.rmtree(tmp_path / "scratch.mdesk", ignore_errors=True)
    assert counts(path)["changes"] > 0
