"""The window reads an encrypted log's Clauses pages ahead while idle (gui/read_ahead.py): from the first paint, a
step per turn of the event loop, to the end; stopped by the lock and started again by the unlock; never on a plain
log."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import ENCRYPTED_PASSPHRASE as PASS

from mineralsdesk.gui.read_ahead import ReadAheadRunner


def _counting(monkeypatch, log) -> list[bool]:
    """Every step the window's log takes, as the value it returned."""
    taken: list[bool] = []
    original = type(log).read_ahead

    def read_ahead(self):
        step = original(self)
        if step is None:
            return None

        def counted() -> bool:
            taken.append(step())
            return taken[-1]
        return counted

    monkeypatch.setattr(type(log), "read_ahead", read_ahead)
    return taken


def test_it_runs_to_the_end_a_step_per_turn_of_the_event_loop(encrypted_window, qtbot, monkeypatch):
    taken = _counting(monkeypatch, encrypted_window.ctx.log)
    runner: ReadAheadRunner = encrypted_window.read_ahead
    runner.start()
    assert runner.running and taken == []  # nothing read before the event loop turns
    qtbot.waitUntil(lambda: not runner.running)
    assert taken[-1] is False and all(taken[:-1]) and len(taken) >= 2


def test_the_lock_stops_it_and_the_unlock_starts_it_again(encrypted_window, qtbot, monkeypatch):
    taken = _counting(monkeypatch, encrypted_window.ctx.log)
    runner = encrypted_window.read_ahead
    runner.start()
    encrypted_window.idle_lock.lock()
    assert not runner.running
    qtbot.wait(20)
    assert taken == []  # the connection is closed: nothing was read
    assert encrypted_window.idle_lock.unlock(PASS)
    assert runner.running
    qtbot.waitUntil(lambda: not runner.running)
    assert taken and taken[-1] is False


def test_a_plain_log_reads_nothing_ahead(main_window, monkeypatch):
    taken = _counting(monkeypatch, main_window.ctx.log)
    main_window.read_ahead.start()
    assert not main_window.read_ahead.running and taken == []


def test_the_app_starts_it_after_the_first_paint(tmp_path, encrypted_path: Path):
    code = ("import time; from pathlib import Path; from mineralsdesk.gui.app import run; "
            "from mineralsdesk.gui.read_ahead import ReadAheadRunner; start = ReadAheadRunner.start; "
            "ReadAheadRunner.start = lambda self: (print(f'read-ahead at {time.monotonic():.6f}', flush=True), "
            "start(self), print('running', self.running, flush=True)); "
            f"print(run(Path({str(encrypted_path)!r}), exit_after_start=True, passphrase={PASS!r}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={"QT_QPA_PLATFORM": "offscreen", "MINERALSDESK_DATA_DIR": str(tmp_path),
                              "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    lines = out.stdout.splitlines()
    assert lines[-1] == "0", out.stderr
    started = [float(line.split()[-1]) for line in lines if line.startswith("read-ahead at ")]
    painted = [float(line.split()[-1]) for line in lines if line.startswith("first paint at ")]
    assert len(started) == 1 and painted and started[0] >= painted[0] - 1e-3
    assert "running True" in lines
