"""Log.suspend / Log.resume: the idle lock closes the connection inside the same Log object and reopens it only
with the right passphrase; a wrong one, or a file replaced meanwhile, leaves it locked and writes nothing."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from mineralsdesk.errors import EncryptedLogError, LogError, NotEncryptedError, WrongPassphraseError
from mineralsdesk.services import encryption
from mineralsdesk.services.log import Log

PASS = "correct horse battery staple"


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.iterdir() if p.is_file()}


def test_a_suspended_log_is_closed_and_resumes_in_the_same_object(demo_path: Path):
    encryption.encrypt_log(demo_path, PASS)
    log = Log.open(demo_path, passphrase=PASS)
    repo, db = log.repo, log.db
    log.suspend()
    assert log.locked and log.db.key is None
    with pytest.raises(Exception, match="closed"):
        log.db.execute("SELECT 1")
    log.resume(PASS)
    assert not log.locked and log.repo is repo and log.db is db and log.encrypted
    track = log.tracks.add("LCK", "After the lock", kind="memorandum", target_date=date(2027, 1, 1),
                           parties=["US", "EU"]).record
    assert log.tracks.get(track.id).title == "After the lock"
    assert log.check().ok  # the change log's MAC key survived the lock
    log.close()


def test_a_wrong_or_missing_passphrase_keeps_it_locked_and_writes_nothing(demo_path: Path):
    encryption.encrypt_log(demo_path, PASS)
    log = Log.open(demo_path, passphrase=PASS)
    log.suspend()
    before = _snapshot(demo_path.parent)
    with pytest.raises(WrongPassphraseError):
        log.resume("not the passphrase at all")
    with pytest.raises(EncryptedLogError):
        log.resume(None)
    assert log.locked and _snapshot(demo_path.parent) == before
    log.resume(PASS)
    assert log.clauses.list()
    log.close()


def test_a_plain_log_resumes_without_a_passphrase_and_refuses_one(demo_log: Log):
    count = len(demo_log.clauses.list())
    demo_log.suspend()
    with pytest.raises(NotEncryptedError):
        demo_log.resume(PASS)
    demo_log.resume()
    assert len(demo_log.clauses.list()) == count


def test_a_log_replaced_while_locked_is_refused(demo_log: Log, tmp_path: Path):
    demo_log.suspend()
    other = Log.create(tmp_path / "other.mdesk")
    other.close()
    shutil.copyfile(tmp_path / "other.mdesk", demo_log.path)
    with pytest.raises(LogError, match="replaced"):
        demo_log.resume()
    assert demo_log.locked
