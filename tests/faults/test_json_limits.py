"""Hostile JSON files (generated here, never committed) are refused in one line, in bounded memory, log untouched."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import hostile_json
import pytest

from mineralsdesk.documents.dump.jsondump import dump_document
from mineralsdesk.documents.dump.jsonsafe import MAX_DUMP_BYTES
from mineralsdesk.services.log import Log

ROOT = Path(__file__).resolve().parents[2]
MEMORY_BOUND_MB = 300

# A fresh, small parent for the import: RUSAGE_CHILDREN then reports the import's own peak, not that of the
# test process or of earlier children (Linux carries the high-water mark over fork and exec).
MEASURE = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
sys.stderr.write(done.stderr)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)
sys.exit(done.returncode)
"""


def import_measured(db: Path, dump: Path, *extra: str) -> tuple[subprocess.CompletedProcess, int]:
    """Run `mineralsdesk import json` in a child; its result and its peak resident memory in MB."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", MEASURE, sys.executable, "-m", "mineralsdesk", "--db", str(db),
                             "import", "json", str(dump), *extra], capture_output=True, text=True, cwd=ROOT, env=env,
                            timeout=600)
    return result, int(result.stdout.strip().splitlines()[-1])


def counts(db: Path) -> dict:
    with Log.open(db, readonly=True) as log:
        return log.dump()


# What each refusal names; a shape that is well formed but incomplete ("long-text-astral": 7 million
# characters are within the per-value limit) is refused by the checks that follow parsing.
EXPECTED = {
    "empty-lists-99MB": "is 99 MB; a MineralsDesk dump can be at most 32 MB", "top-level-lists": "not a MineralsDesk",
    "wide-object": "'meta' is not a flat object", "many-records": "more than 100,000 records",
    "many-records-astral": "more than 100,000 records", "long-text": "'meta' is not a flat object",
    "long-text-astral": "Exactly one party must be ours", "deep-record": "'positions' record 1 is not a flat object",
    "deep-meta": "'meta' is not an object of plain values",
}


@pytest.mark.parametrize("shape", sorted(hostile_json.SHAPES))
def test_hostile_file_is_refused_in_bounded_memory(shape: str, tmp_path: Path):
    dump = hostile_json.SHAPES[shape](tmp_path / f"{shape}.json")
    db = tmp_path / "log.mdesk"
    Log.create(db).close()
    before = counts(db)
    result, peak = import_measured(db, dump)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mineralsdesk: error: ") and "unexpected" not in lines[0], lines
    assert EXPECTED[shape] in lines[0]
    assert peak < MEMORY_BOUND_MB, f"{shape}: {peak} MB"
    assert counts(db) == before
    dump.unlink()


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path):
    dump = tmp_path / "sparse.json"
    with open(dump, "wb") as fh:  # a sparse file: no disk used, and nothing in it may be read
        fh.truncate(MAX_DUMP_BYTES + 1)
    db = tmp_path / "log.mdesk"
    Log.create(db).close()
    result, peak = import_measured(db, dump)
    assert result.returncode == 1 and "can be at most 32 MB" in result.stderr and peak < MEMORY_BOUND_MB


def test_a_real_dump_near_the_size_limit_imports_in_bounded_memory(small_log: Log, tmp_path: Path):
    data = dump_document(small_log)
    template = data["clauses"][0]
    text = "Illustrative wording of a provision on joint projects. " * 25
    clauses = [{**template, "id": f"{i:08x}-0000-4000-8000-000000000000", "ref": f"Art. {i}", "title": text}
               for i in range(17_000)]
    data["clauses"] = clauses
    data["clause_versions"], data["brackets"], data["changes"] = [], [], []
    dump = tmp_path / "near-limit.json"
    dump.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    del data, clauses
    assert MAX_DUMP_BYTES * 0.8 < dump.stat().st_size < MAX_DUMP_BYTES
    db = tmp_path / "log.mdesk"
    Log.create(db).close()
    # Records made up without their history: taken as a new starting point.
    result, peak = import_measured(db, dump, "--new-start")
    assert result.returncode == 0, result.stderr
    assert peak < MEMORY_BOUND_MB, f"{peak} MB"
    with Log.open(db, readonly=True) as log:
        assert len(log.clauses.list()) == 17_000 and log.check().ok
