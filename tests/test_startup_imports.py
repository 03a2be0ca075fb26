"""The app's cold start imports only what its first screen needs of the log's own modules (and the standard
library modules only those would bring): search, the dump, the whole-log checks (replay, blobs), the automatic
backups, the scorecard, the file conversions and hashing load on first use, after the first paint."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mineralsdesk.services.log import Log

ROOT = Path(__file__).resolve().parents[1]  # the child imports this tree's package (`-c` puts its cwd first)

# Not in sys.modules when the first screen (Clauses or Dashboard) has painted.
DEFERRED = (
    "mineralsdesk.store.search", "mineralsdesk.store.search_text", "mineralsdesk.store.search_score",
    "mineralsdesk.store.blobs", "mineralsdesk.store.dump", "mineralsdesk.store.replay", "mineralsdesk.store.rekey",
    "mineralsdesk.store.xlsx_queries", "mineralsdesk.store.labels", "mineralsdesk.store.scorecard_queries",
    "mineralsdesk.services.autobackup", "mineralsdesk.services.scorecard", "mineralsdesk.domain.topics",
    "mineralsdesk.store.sync_state", "secrets", "gzip",
    "hashlib", "hmac", "_hashlib",  # OpenSSL's libcrypto, ~3 ms: a plain log's start hashes nothing
)

# Records the modules loaded at the moment the app says it painted its first screen, then starts it as
# `mineralsdesk --db LOG gui --exit-after-start` does.
CHILD = """
import builtins, sys
_print = builtins.print
def _at_paint(*args, **kwargs):
    if args and isinstance(args[0], str) and args[0].startswith("first paint at"):
        _print("LOADED " + " ".join(sorted(sys.modules)), flush=True)
    return _print(*args, **kwargs)
builtins.print = _at_paint
from mineralsdesk.cli import main
sys.exit(main(["--db", sys.argv[1], "gui", "--exit-after-start"]))
"""


@pytest.fixture(scope="module")
def small_log(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("log") / "small.mdesk"
    with Log.create(path) as log:
        log.tracks.add("MOU", "US–EU MoU", parties=["US", "EU"])
        log.clauses.add(log.tracks.list()[0].id, "1", "Scope", "The parties shall cooperate on minerals.", party="EU")
    return path


def _loaded_at_first_paint(log: Path, tmp_path: Path, page: str) -> set[str]:
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.ini").write_text(f"[window]\npage={page}\n", encoding="utf-8")  # the screen it starts on
    out = subprocess.run([sys.executable, "-c", CHILD, str(log)], capture_output=True, text=True, timeout=120,
                         cwd=ROOT, env={"QT_QPA_PLATFORM": "offscreen", "MINERALSDESK_DATA_DIR": str(data),
                                        "XDG_CONFIG_HOME": str(tmp_path / "config"), "PATH": "/usr/bin:/bin",
                                        "HOME": str(tmp_path)})
    assert out.returncode == 0, out.stderr
    lines = [line for line in out.stdout.splitlines() if line.startswith("LOADED ")]
    assert lines, out.stdout + out.stderr
    return set(lines[-1].split()[1:])


@pytest.mark.parametrize("page", ["clauses", "dashboard"])
def test_the_first_screen_paints_without_the_modules_it_does_not_need(small_log: Path, tmp_path: Path, page: str):
    loaded = _loaded_at_first_paint(small_log, tmp_path, page)
    assert "mineralsdesk.services.log" in loaded and "mineralsdesk.gui.main_window" in loaded  # it did start
    assert sorted(set(DEFERRED) & loaded) == []


def test_the_deferred_modules_still_work_when_first_used(tmp_path: Path):
    """Search, the whole check (replay, blobs, sync state), the dump, a backup and the scorecard, each on a log
    opened as the app opens it (its checks deferred)."""
    code = (
        "from mineralsdesk.services.log import Log\n"
        "from mineralsdesk.services import backups, storage\n"
        f"path = {str(tmp_path / 'fresh.mdesk')!r}\n"
        "with Log.create(path) as log:\n"  # made here: its chain key is in this run's data folder
        "    log.tracks.add('MOU', 'US–EU MoU', parties=['US', 'EU'])\n"
        "    log.clauses.add(log.tracks.list()[0].id, '1', 'Scope', 'On minerals.', party='EU')\n"
        "log = Log.open(path, defer_checks=True)\n"
        "print(len(log.search('minerals')), log.check().ok, len(log.dump()) > 0)\n"
        "print(log.run_deferred_checks() == [], len(backups.list_backups(log.path)) >= 1)\n"
        "print(storage.TABLE_ORDER[0] in storage.TABLES.values(), storage.HIGHLIGHT_START != '')\n"
        "track = log.tracks.list()[0]\n"
        "print(type(log.read.scorecard(track.id)).__name__, log.read.topic('stockpiling').value == 'stockpiling')\n"
        "log.close()\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT,
                         env={"MINERALSDESK_DATA_DIR": str(tmp_path / "data"), "PATH": "/usr/bin:/bin",
                              "HOME": str(tmp_path)})
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["1", "True", "True", "True", "True", "True", "True", "Scorecard", "True"]
