"""Disk full during a write and during an export: a clear error, the log unchanged, no partial target."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from faultkit import fill, no_temporaries

from mineralsdesk.documents.dump.jsondump import write_dump
from mineralsdesk.errors import LogError
from mineralsdesk.services.log import Log
from mineralsdesk.store import files


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MiB tmpfs (root only); skipped cleanly where mounting is not permitted."""
    folder = tmp_path / "tiny"
    folder.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(folder)],
                            capture_output=True)
    if result.returncode != 0:
        pytest.skip("cannot mount a small filesystem here (needs root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def _fill_disk(folder: Path) -> Path:
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (65536, 4096, 512, 1):  # down to the last byte
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError:
                pass
    finally:
        os.close(fd)
    return filler


def test_write_on_a_full_disk_is_refused_clearly_and_changes_nothing(tiny_disk: Path):
    path = tiny_disk / "log.mdesk"
    with Log.create(path, delegation="EU delegation") as log:
        fill(log, 10)
        before = log.dump()
        _fill_disk(tiny_disk)
        with pytest.raises(LogError, match="disk is full"):
            with log.write():
                fill(log, 400, track_ref="TOO-BIG", text="x" * 2000)
        assert log.dump() == before
    (tiny_disk / "filler").unlink()
    with Log.open(path) as log:
        assert log.check().ok and log.dump()["clauses"] == before["clauses"]


def test_export_on_a_full_disk_leaves_no_partial_target(tiny_disk: Path, tmp_path: Path):
    with Log.create(tmp_path / "log.mdesk") as log:
        fill(log, 150, text="y" * 500)
        target = tiny_disk / "dump.json"
        target.write_text("previous export\n")
        _fill_disk(tiny_disk)
        with pytest.raises(OSError) as err:
            write_dump(log, target)
        assert err.value.strerror == "No space left on device"
        assert target.read_text() == "previous export\n"
        assert no_temporaries(tiny_disk)
        (tiny_disk / "filler").unlink()
        (tiny_disk / "dump.json").unlink()
        _fill_disk(tiny_disk)
        with pytest.raises(LogError, match="disk is full"):
            log.backup(tiny_disk / "backup.mdesk")
        assert not (tiny_disk / "backup.mdesk").exists() and no_temporaries(tiny_disk)


def test_cli_says_one_line_when_the_disk_is_full(tiny_disk: Path, tmp_path: Path):
    source = tmp_path / "log.mdesk"
    with Log.create(source) as log:
        fill(log, 150, text="z" * 500)
    _fill_disk(tiny_disk)
    result = subprocess.run([sys.executable, "-m", "mineralsdesk", "--db", str(source), "export", "json",
                             str(tiny_disk / "out.json")], capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [result.stderr.strip()] and "No space left" in result.stderr
    assert not (tiny_disk / "out.json").exists()


def test_sqlite_full_error_becomes_a_log_error_even_without_a_small_disk(log: Log):
    """The same path without root: SQLite's page limit raises SQLITE_FULL like a full disk."""
    before = log.dump()
    pages = log.db.execute("PRAGMA page_count").fetchone()[0]
    log.db.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(LogError, match="disk is full"):
        fill(log, 200, text="w" * 1000)
    assert log.dump() == before
    assert files.TEMP_PREFIX  # nothing to clean: no export ran
