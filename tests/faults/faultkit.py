"""Fault-suite helpers: child processes killed at seeded points, hostile text, and log checks."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from mineralsdesk.services.log import Log
from mineralsdesk.store import changelog, files

SOAK = os.environ.get("MINERALSDESK_SOAK") == "1"
CHILD = Path(__file__).with_name("child.py")
ROOT = Path(__file__).resolve().parents[2]

# Text pasted from Word, typed in three scripts, or crafted to break a renderer or a spreadsheet.
HOSTILE = [
    "x<y and y>z", "A<B>C", '<img src="/etc/passwd"/>', "<font size=0>hidden</font>", "&amp; &lt; &#0; ]]>",
    "=HYPERLINK(\"http://evil.example\",\"click\")", "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "#N/A",
    "Sheet:/\\?*[]name", "NUL\x00here", "tab\tvt\x0bff\x0ccr\r\nlf", "\x01\x02\x1f\x7f", "emoji 🪨⛏️👩🏽‍🔬",
    "עברית مرحبا RTL \u202eevil\u202c", "combining e\u0301 a\u030a \u0915\u094d\u0937", "リチウムの共同プロジェクト",
    "Exención de restricciones a la exportación", "\ufeffBOM", "line\u2028sep\u2029para", "'; DROP TABLE clauses; --",
    "%s %d {0} ${x}", "\\N \\x00", " leading and trailing ",
]


@dataclass(frozen=True)
class ChildResult:
    killed: bool
    stdout: str
    stderr: str


def run_child(*args: str, steps: int = 0, delay: float | None = None, timeout: float = 120) -> ChildResult:
    """Run child.py; with `steps` it kills itself at that progress tick, with `delay` the parent kills it."""
    cmd = [sys.executable, str(CHILD), str(-1 if delay is not None else steps), *args]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    if delay is not None:
        assert proc.stdout is not None
        first = proc.stdout.readline()  # "ready": imports done, the operation starts now
        if first.strip() == "ready":
            time.sleep(delay)
            try:
                proc.send_signal(signal.SIGKILL)
            except ProcessLookupError:
                pass
    out, err = proc.communicate(timeout=timeout)
    killed = proc.returncode == -signal.SIGKILL
    if not killed and proc.returncode != 0:
        raise AssertionError(f"child failed ({proc.returncode}): {err[-2000:]}")
    return ChildResult(killed, out, err)


def ticks_of(*args: str) -> int:
    """How many progress ticks an operation takes when it runs to the end (the range kill points come from)."""
    result = run_child(*args, steps=0)
    return int(result.stdout.strip().splitlines()[-1].split()[1])


def kill_points(seed: int, total: int) -> int:
    """A seeded tick at which to die: anywhere from the first statement to the last."""
    return random.Random(seed).randint(1, max(1, total))


def seeds(fast: int, soak: int) -> list:
    """`fast` seeds for make test, plus `soak` more marked slow for make soak."""
    return [*range(fast), *(pytest.param(s, marks=pytest.mark.slow) for s in range(fast, fast + soak))]


def integrity(path: Path) -> list[str]:
    """Problems found by the full check (integrity_check, foreign keys, change-log chain)."""
    with Log.open(path, readonly=True) as log:
        return log.check().problems


def counts(path: Path) -> dict[str, int]:
    with Log.open(path, readonly=True) as log:
        return log.check().counts


def no_temporaries(folder: Path) -> bool:
    return not list(folder.glob(files.TEMP_PREFIX + "*"))


def fill(log: Log, clauses: int, *, track_ref: str = "BIG", text: str = "") -> None:
    """Add a track with `clauses` clauses (two versions, two positions each) in one transaction."""
    with log.write("fault suite"):
        track = log.tracks.add(track_ref, f"Track {track_ref}", parties=["US", "EU"]).record
        r1 = log.rounds.add(track.id, date(2026, 2, 10), place="Brussels", summary=f"first {text}").record
        r2 = log.rounds.add(track.id, date(2026, 2, 24), place="Washington", summary="second").record
        for i in range(clauses):
            clause = log.clauses.add(track.id, f"Art. {i}", f"Clause {i} {text}",
                                    f"The Participants [shall / should] act on item {i}. {text}",
                                    party="US", round_id=r1.id, minerals=["lithium", "cobalt"]).record
            log.clauses.revise(clause.id, f"The Participants shall act on item {i} [by 2027].", round_id=r2.id,
                              party="EU")
            log.positions.set(clause.id, "EU", r2.id, "reserves", note=f"note {i}", red_line="red line",
                             internal_note="internal")
            log.positions.set(clause.id, "US", r2.id, "supports", note=f"US note {i}")


def last_hash(path: Path) -> str:
    with Log.open(path, readonly=True) as log:
        row = log.db.execute("SELECT hash FROM changes ORDER BY seq DESC LIMIT 1").fetchone()
        assert not changelog.verify(log.db)
        return row[0]


def chain_has(path: Path, entry_hash: str) -> bool:
    """True when the log's intact chain contains the entry with that hash."""
    with Log.open(path, readonly=True) as log:
        assert not changelog.verify(log.db)
        return log.db.execute("SELECT 1 FROM changes WHERE hash = ?", [entry_hash]).fetchone() is not None


def dump_hash(path: Path) -> str:
    return json.loads(Path(path).read_text(encoding="utf-8"))["changes"][-1]["hash"]


CHAIN_META = ("log_id", "chain_mac")


def assert_imported(imported: dict, original: dict) -> None:
    """A dump loaded into a new log: the same records and settings, the whole history, then the import's entries."""
    assert {k: v for k, v in imported.items() if k not in ("meta", "changes")} == \
        {k: v for k, v in original.items() if k not in ("meta", "changes")}
    assert {k: v for k, v in imported["meta"].items() if k not in CHAIN_META} == \
        {k: v for k, v in original["meta"].items() if k not in CHAIN_META}
    assert imported["changes"][:len(original["changes"])] == original["changes"]
    assert all(c["source"].startswith("JSON import of ") for c in imported["changes"][len(original["changes"]):])
