"""Logs, their journals, backups and exports are private (0600) under any umask; exposed logs warn."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from mineralsdesk.documents.dump.jsondump import write_dump
from mineralsdesk.services import backups
from mineralsdesk.services.demo import build_demo
from mineralsdesk.services.log import Log
from mineralsdesk.store import database, files


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0o022)  # the default that makes new files 0644
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_everything_written_is_0600_under_umask_022(open_umask, tmp_path: Path):
    path = tmp_path / "log.mdesk"
    with Log.create(path) as log:
        log.tracks.add("MOU", "US–EU MoU")
        written = [path, Path(str(path) + "-wal"), Path(str(path) + "-shm"),
                   log.backup(tmp_path / "manual.mdesk"), write_dump(log, tmp_path / "dump.json"),
                   backups.take_backup(log, "manual").path]
        for kind, folder in (("pdf", "briefing"), ("xlsx", "workbook")):
            try:
                module = __import__(f"mineralsdesk.documents.{folder}.{kind}", fromlist=[f"export_{kind}"])
            except ImportError:
                continue
            out = tmp_path / f"briefing.{kind}"
            getattr(module, f"export_{kind}")(log, out)
            written.append(out)
        written.append(build_demo(tmp_path / "demo.mdesk"))
        for item in written:
            assert _mode(item) == 0o600, f"{item.name} is {oct(_mode(item))}"
    assert _mode(backups.backup_folder(path)) == 0o700


def test_opening_a_log_readable_by_others_warns_once_per_line(small_log: Log):
    small_log.close()
    os.chmod(small_log.path, 0o644)
    with Log.open(small_log.path, readonly=True) as log:
        assert any("can be read by other users" in w for w in log.warnings)
    result = subprocess.run([sys.executable, "-m", "mineralsdesk", "--db", str(small_log.path), "search", "joint"],
                            capture_output=True, text=True)
    warning_lines = [line for line in result.stderr.splitlines() if "warning:" in line]
    assert result.returncode == 0 and len(warning_lines) == 1 and "chmod 600" in warning_lines[0]
    os.chmod(small_log.path, 0o600)
    with Log.open(small_log.path) as log:
        assert log.warnings == []


@pytest.mark.parametrize("folder", ["Dropbox", "OneDrive - Commission", "Library/Mobile Documents/com~apple~CloudDocs",
                                    "Google Drive/My Drive"])
def test_a_log_in_a_synced_folder_warns(tmp_path: Path, folder: str):
    where = tmp_path / folder
    where.mkdir(parents=True)
    with Log.create(where / "log.mdesk") as log:
        pass
    with Log.open(log.path) as reopened:
        assert any("cloud-synced folder" in w for w in reopened.warnings)


def test_a_log_on_a_network_filesystem_warns(tmp_path: Path):
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/vda / ext4 rw 0 0\nserver:/share {tmp_path / 'net'} nfs4 rw 0 0\n")
    (tmp_path / "net").mkdir()
    log_path = tmp_path / "net" / "log.mdesk"
    assert any("network drive (nfs4)" in w for w in database.location_warnings(log_path, mounts))
    assert not database.location_warnings(tmp_path / "local.mdesk", mounts)


def test_stray_temporaries_are_cleaned_at_start_but_a_live_export_is_not(tmp_path: Path):
    path = tmp_path / "log.mdesk"
    Log.create(path).close()
    stray = tmp_path / f"{files.TEMP_PREFIX}abc.pdf"
    stray.write_bytes(b"half an export")
    files._register(stray)  # as atomic_output does: a killed writer's temporary stays registered
    Path(str(stray) + "-wal").write_bytes(b"")  # a killed temporary database's journal goes too
    look_alike = tmp_path / f"{files.TEMP_PREFIX}notes.txt"  # a user's own file: never registered, never removed
    look_alike.write_text("mine")
    with files.atomic_output(tmp_path / "live.json") as live:
        live.write_text("being written by another window")
        with Log.open(path):
            pass
        assert live.exists()  # still held by its writer
        assert not stray.exists() and not Path(str(stray) + "-wal").exists()
        assert look_alike.read_text() == "mine"
    assert (tmp_path / "live.json").read_text() == "being written by another window"
