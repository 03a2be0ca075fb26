"""Damaged, foreign, newer and empty files; automatic backups, recovery and restore."""

from __future__ import annotations

import gzip
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mineralsdesk.errors import DamagedLogError, LogError, NewerLogError, NotALogError
from mineralsdesk.services import backups
from mineralsdesk.services.log import Log
from mineralsdesk.store import migrations


def _close_and_checkpoint(log: Log) -> Path:
    log.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    log.close()
    for suffix in ("-wal", "-shm"):
        Path(str(log.path) + suffix).unlink(missing_ok=True)  # empty after the checkpoint: safe in a test
    return log.path


def _patch_page(path: Path, page_no: int, patch) -> None:
    size = sqlite3.connect(path).execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    start = (page_no - 1) * size
    data[start:start + size] = patch(bytes(data[start:start + size]))
    path.write_bytes(bytes(data))


def _rootpage(path: Path, name: str) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [name]).fetchone()[0]
    finally:
        conn.close()


def test_index_damage_passes_quick_check_but_check_finds_it(demo_log: Log):
    path = _close_and_checkpoint(demo_log)
    _patch_page(path, _rootpage(path, "clauses_status"), lambda page: page.replace(b"proposed", b"proposee", 1))
    with Log.open(path, readonly=True) as log:  # quick_check on open: still fine
        report = log.check()
    assert not report.ok and any("clauses_status" in p for p in report.problems)
    result = subprocess.run([sys.executable, "-m", "mineralsdesk", "--db", str(path), "check"],
                            capture_output=True, text=True)
    assert result.returncode == 1 and "PROBLEM: integrity" in result.stdout and "Traceback" not in result.stderr


def _patch_compressed(path: Path, patch) -> None:
    """Damage an automatic backup's pages: it is gzip-compressed, so patch its pages and compress it again."""
    plain = path.with_name(path.name + ".plain")
    plain.write_bytes(gzip.decompress(path.read_bytes()))
    patch(plain)
    path.write_bytes(gzip.compress(plain.read_bytes()))
    plain.unlink()


def _damage_pages(path: Path) -> None:
    _patch_page(path, _rootpage(path, "clause_versions"), lambda page: page[:8] + b"\xa5" * (len(page) - 8))


def test_page_damage_is_caught_on_open_and_recovered_from_the_newest_good_backup(demo_path: Path):
    with Log.open(demo_path) as log:  # the day's automatic backup
        first = backups.list_backups(demo_path)
        log.anchors.add("later anchor", datetime(2026, 3, 1).date())
        newest = backups.take_backup(log, "manual")
        expected = log.dump()
        _close_and_checkpoint(log)
    assert [b.reason for b in first] == ["daily"]
    _patch_compressed(newest.path, lambda plain: _patch_page(
        plain, _rootpage(plain, "clause_versions"), lambda p: p[:8] + b"\x00" * (len(p) - 8)))
    _damage_pages(demo_path)
    damaged_bytes = demo_path.read_bytes()
    with pytest.raises(DamagedLogError, match="damaged"):
        Log.open(demo_path)
    log, damage = backups.open_or_recover(demo_path)
    assert log is None and "damaged" in damage.message
    assert damage.backup is not None and damage.backup.path == first[0].path  # the newest one that passes
    assert demo_path.read_bytes() == damaged_bytes  # offering is not doing
    restored = backups.recover_from_backup(demo_path, damage.backup.path)
    assert restored == demo_path
    assert Path(str(demo_path) + ".damaged").read_bytes() == damaged_bytes
    with Log.open(demo_path) as back:
        assert back.check().ok and back.dump()["anchors"] != expected["anchors"]  # the older, good backup
    # A second recovery never writes over the first damaged copy.
    _close = Log.open(demo_path)
    _close_and_checkpoint(_close)
    _damage_pages(demo_path)
    backups.recover_from_backup(demo_path, backups.newest_good_backup(demo_path).path)
    assert Path(str(demo_path) + ".damaged").read_bytes() == damaged_bytes
    assert Path(str(demo_path) + ".damaged-2").exists()


def test_hot_journals_are_never_removed_or_renamed(demo_path: Path):
    with Log.open(demo_path) as log:
        good = backups.take_backup(log, "manual")
    _damage_pages(demo_path)
    wal = Path(str(demo_path) + "-wal")
    wal.write_bytes(b"pretend journal data that SQLite may still need")
    before = demo_path.read_bytes()
    restored = backups.recover_from_backup(demo_path, good.path)
    assert restored != demo_path and restored.parent == demo_path.parent
    assert demo_path.read_bytes() == before and wal.read_bytes().startswith(b"pretend")
    with Log.open(restored, readonly=True) as log:
        assert log.check().ok
    with pytest.raises(LogError, match="journal files"):
        backups.restore_backup(demo_path, good.path)
    assert wal.exists() and demo_path.read_bytes() == before


@pytest.mark.parametrize("content", [b"", b"\x00" * 4096, b"PK\x03\x04 a spreadsheet", "テキスト".encode()])
def test_foreign_and_zero_byte_files_are_refused_untouched(tmp_path: Path, content: bytes):
    path = tmp_path / "x.mdesk"
    path.write_bytes(content)
    with pytest.raises(NotALogError):
        backups.open_or_recover(path)
    result = subprocess.run([sys.executable, "-m", "mineralsdesk", "--db", str(path), "check"],
                            capture_output=True, text=True)
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.mdesk"]


def test_newer_log_is_refused_read_write_untouched_with_the_version_needed(log: Log):
    log.db.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    path = _close_and_checkpoint(log)
    before = path.read_bytes()
    with pytest.raises(NewerLogError, match=f"schema {migrations.SCHEMA_VERSION + 1}"):
        backups.open_or_recover(path)
    assert path.read_bytes() == before


def test_daily_backup_once_a_day_and_only_the_newest_n_are_kept(log: Log):
    assert backups.daily_backup(log) is not None
    assert backups.daily_backup(log) is None  # the same day
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    assert backups.daily_backup(log, today=tomorrow) is not None
    backups.set_keep_count(log, 3)
    for _ in range(5):
        backups.take_backup(log, "before import")
    kept = backups.list_backups(log.path)
    assert len(kept) == 3 and all(b.reason == "before import" for b in kept)
    assert kept == sorted(kept, key=lambda b: b.taken_at, reverse=True)
    assert all(b.size > 0 and b.path.stat().st_mode & 0o777 == 0o600 for b in kept)
    with pytest.raises(ValueError):
        backups.set_keep_count(log, 0)


def test_backups_are_taken_with_the_backup_api_and_pass_the_check(small_log: Log):
    info = backups.take_backup(small_log, "manual")
    assert backups.check_backup(info.path) is None
    with backups.readable_copy(info.path) as plain, Log.open(plain, readonly=True) as copy:
        assert copy.dump() == small_log.dump()
    assert not Path(str(info.path) + "-wal").exists()


def test_restore_keeps_the_current_log_and_refuses_a_bad_backup(small_log: Log, tmp_path: Path):
    good = small_log.backup(tmp_path / "good.mdesk")
    small_log.tracks.update(small_log.ids["track"], title="Changed after the backup")
    path = _close_and_checkpoint(small_log)
    bad = tmp_path / "bad.mdesk"
    bad.write_bytes(b"not a log")
    before = path.read_bytes()
    with pytest.raises(LogError, match="nothing was restored"):
        backups.restore_backup(path, bad)
    assert path.read_bytes() == before
    saved = backups.restore_backup(path, good)
    with backups.readable_copy(saved) as plain, Log.open(plain, readonly=True) as previous:
        assert previous.tracks.get(previous.tracks.list()[0].id).title == "Changed after the backup"
    with Log.open(path) as restored:
        assert restored.tracks.list()[0].title == "US–EU MoU"


def test_restore_is_refused_while_another_program_has_the_log_open(small_log: Log, tmp_path: Path):
    good = small_log.backup(tmp_path / "good.mdesk")
    result = subprocess.run([sys.executable, "-m", "mineralsdesk", "--db", str(small_log.path), "restore",
                             str(good)], capture_output=True, text=True)
    assert result.returncode == 1 and "open in another window" in result.stderr
    small_log.tracks.update(small_log.ids["track"], title="Still writable")  # nothing was swapped under us
    assert small_log.tracks.get(small_log.ids["track"]).title == "Still writable"
