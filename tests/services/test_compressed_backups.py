"""Automatic backups of a plain log are gzip-compressed; checking, restoring and recovering read them through a
private decompressed copy; an encrypted log's backups stay encrypted SQLite files."""

from __future__ import annotations

import gzip
import os
import stat
from pathlib import Path

from mineralsdesk.services import autobackup, backups, encryption
from mineralsdesk.services.log import Log
from mineralsdesk.store import cipher, files

PASS = "correct horse battery staple"


def test_a_plain_logs_backup_is_compressed_and_passes_the_check(demo_path: Path):
    with Log.open(demo_path) as log:
        counts = log.check().counts
        info = autobackup.take_backup(log, "manual")
    assert info.path.name.endswith(".mdesk.gz") and files.is_compressed(info.path)
    assert info.size < demo_path.stat().st_size / 2
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert info.path in [b.path for b in autobackup.list_backups(demo_path)]
    assert not cipher.looks_encrypted(info.path)  # listed among the plain backups `encrypt` names
    assert backups.check_backup(info.path) is None
    with backups.readable_copy(info.path) as plain:
        copy = plain
        assert stat.S_IMODE(plain.stat().st_mode) == 0o600 and stat.S_IMODE(plain.parent.stat().st_mode) == 0o700
        with Log.open(plain, readonly=True) as opened:
            assert opened.check(against_anchor=False).counts == counts
    assert not copy.exists() and not copy.parent.exists()  # the decompressed copy is gone afterwards
    assert [p.name for p in info.path.parent.iterdir() if p.name.startswith(files.TEMP_PREFIX)] == []


def test_restore_and_recovery_from_a_compressed_backup(demo_path: Path):
    with Log.open(demo_path) as log:
        head = log.fingerprint()
        info = autobackup.take_backup(log, "manual")
    backups.restore_backup(demo_path, info.path)
    with Log.open(demo_path) as log:
        assert log.check().ok
        restored_rows = log.db.execute("SELECT count(*) FROM changes").fetchone()[0]
        assert restored_rows >= int(head.split("#")[1])
    demo_path.write_bytes(b"\0" * 8192)  # no longer a log
    _, damage = backups.open_or_recover(demo_path)
    assert damage is not None and damage.backup is not None and damage.backup.path.name.endswith(".mdesk.gz")
    restored = backups.recover_from_backup(demo_path, damage.backup.path)
    with Log.open(restored) as log:
        assert log.check().ok


def test_a_damaged_compressed_backup_fails_its_check_in_one_line(demo_path: Path):
    with Log.open(demo_path) as log:
        info = autobackup.take_backup(log, "manual")
    data = info.path.read_bytes()
    info.path.write_bytes(data[: len(data) // 2])  # cut short
    problem = backups.check_backup(info.path)
    assert problem is not None and "cannot be decompressed" in problem and "\n" not in problem
    info.path.write_bytes(gzip.compress(b"not a log at all" * 100))
    assert backups.check_backup(info.path) is not None
    good = backups.newest_good_backup(demo_path)  # the day's backup Log.open took, not the damaged one
    assert good is not None and good.path != info.path


def test_an_encrypted_logs_backup_stays_an_encrypted_sqlite_file(demo_path: Path):
    encryption.encrypt_log(demo_path, PASS)
    with Log.open(demo_path, passphrase=PASS) as log:
        info = autobackup.take_backup(log, "manual")
    assert info.path.name.endswith(".mdesk") and not files.is_compressed(info.path)
    assert cipher.looks_encrypted(info.path)
    assert backups.check_backup(info.path, PASS) is None
    assert os.path.getsize(info.path) > 0
