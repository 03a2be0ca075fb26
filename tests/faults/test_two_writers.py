"""Two processes writing one log at once (the app and the CLI): no crash, no lost update."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from faultkit import CHILD, ROOT, SOAK

from mineralsdesk.services.log import Log


def test_two_processes_appending_to_one_record_lose_nothing(log: Log):
    track = log.tracks.add("SHARED", "Shared track").record
    log.close()
    times = 150 if SOAK else 40
    procs = [subprocess.Popen([sys.executable, str(CHILD), "0", "increment", str(log.path), who, str(times)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
             for who in ("app", "cli")]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err[-1500:] for _out, err in outputs]
    with Log.open(log.path, readonly=True) as after:
        final = after.tracks.get(track.id)
        assert after.check().ok
    tokens = final.description.rstrip(";").split(";")
    assert sorted(tokens) == sorted([f"app{i}" for i in range(times)] + [f"cli{i}" for i in range(times)])
    assert final.rev == 2 * times  # every edit applied exactly once; refused stale ones were redone


def test_cli_writes_while_the_app_holds_the_log_open(small_log: Log, tmp_path: Path):
    """The CLI imports into a second log and backs up this one while a window keeps it open and edits."""
    result = subprocess.run([sys.executable, "-m", "mineralsdesk", "--db", str(small_log.path), "backup",
                             str(tmp_path / "copy.mdesk")], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    small_log.tracks.update(small_log.ids["track"], description="edited while the CLI ran")
    with Log.open(tmp_path / "copy.mdesk", readonly=True) as copy:
        # The copy is older than the log this computer has seen since: said so, and otherwise sound.
        assert any("truncated" in p and "older copy" in p for p in copy.check().problems)
        assert copy.check(against_anchor=False).ok
