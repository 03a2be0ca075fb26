"""An encrypted log's key is derived once per open log: its other connections (background jobs, deferred checks,
a log resumed after a lock) are keyed with the derived raw key, which must read what a passphrase made and fail
cleanly when it does not fit. Work is counted (key derivations, keyed connections), never timed."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

import pytest

from mineralsdesk.errors import WrongPassphraseError
from mineralsdesk.services.log import Log
from mineralsdesk.store import cipher

PASS = "correct horse battery staple"


@pytest.fixture
def counted(monkeypatch):
    """Counts Python-side key derivations and how every cipher connection was keyed ("raw" or "passphrase")."""
    seen = {"kdf": 0, "keys": []}
    real_kdf, real_connect = hashlib.pbkdf2_hmac, cipher.connect

    def kdf(*args, **kwargs):
        seen["kdf"] += 1
        return real_kdf(*args, **kwargs)

    def connect(target, *, key, **kwargs):
        if key is not None:
            seen["keys"].append("raw" if isinstance(key, cipher.RawKey) else "passphrase")
        return real_connect(target, key=key, **kwargs)

    monkeypatch.setattr(hashlib, "pbkdf2_hmac", kdf)  # the module cipher imports on first use
    monkeypatch.setattr(cipher, "connect", connect)
    return seen


def _sqlcipher_made(path: Path, passphrase: str) -> None:
    """An encrypted file made by SQLCipher itself from a passphrase (its own salt and key derivation)."""
    conn = cipher.connect(str(path), key=passphrase)
    conn.execute("CREATE TABLE t(x TEXT)")
    conn.execute("INSERT INTO t VALUES ('kept')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("passphrase", [PASS, "ünïcødé pass phrase 鍵"])
def test_the_derived_raw_key_reads_a_file_sqlcipher_keyed_with_the_passphrase(tmp_path: Path, passphrase: str):
    path = tmp_path / "made.db"
    _sqlcipher_made(path, passphrase)
    raw = cipher.derive_key(passphrase, path)
    assert raw.salt == path.read_bytes()[:16]
    conn = cipher.connect(str(path), key=raw)
    try:
        assert conn.execute("SELECT x FROM t").fetchall() == [("kept",)]
    finally:
        conn.close()


def test_a_log_created_with_a_raw_key_opens_with_the_passphrase_alone(tmp_path: Path):
    path = tmp_path / "new.mdesk"
    Log.create(path, passphrase=PASS).close()
    conn = cipher.connect(str(path), key=PASS)  # SQLCipher's own derivation from the file's salt
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] != 0
        assert conn.execute("SELECT count(*) FROM parties").fetchone()[0] >= 4
    finally:
        conn.close()


def test_open_derives_once_and_reopens_derive_nothing(tmp_path: Path, counted):
    path = tmp_path / "log.mdesk"
    Log.create(path, passphrase=PASS).close()
    counted["kdf"], counted["keys"] = 0, []
    with Log.open(path, passphrase=PASS, defer_checks=True) as log:
        assert counted["kdf"] == 1
        options = log.open_options()
        for _ in range(3):
            with Log.reopen(options) as other:
                assert other.read is not None and other.encrypted
                assert other.db.execute("SELECT count(*) FROM parties").fetchone()[0] >= 4
        with Log.open(path, passphrase=PASS, raw_key=options.raw_key, defer_checks=True) as checker:
            checker.run_deferred_checks()
    assert counted["kdf"] == 1
    # Every connection to the log itself was keyed with the raw key: SQLCipher derived nothing. The one keyed
    # with the passphrase is the day's backup that the deferred checks took: a new file, with its own salt.
    assert counted["keys"] == ["raw"] * 5 + ["passphrase"]


def test_create_derives_once_for_the_log_and_its_other_connections(tmp_path: Path, counted):
    with Log.create(tmp_path / "log.mdesk", passphrase=PASS) as log:
        with Log.reopen(log.open_options()) as other:
            assert other.encrypted
    assert counted["kdf"] == 1
    assert "passphrase" not in counted["keys"][:2]


def test_resume_after_a_lock_derives_once_and_reuses_the_key(tmp_path: Path, counted):
    path = tmp_path / "log.mdesk"
    Log.create(path, passphrase=PASS).close()
    with Log.open(path, passphrase=PASS, defer_checks=True) as log:
        log.suspend()
        assert log.open_options().raw_key is None  # forgotten with the connection
        counted["kdf"] = 0
        log.resume(PASS)
        assert counted["kdf"] == 1
        with Log.reopen(log.open_options()):
            pass
        assert counted["kdf"] == 1


def test_a_wrong_raw_key_fails_cleanly_and_writes_nothing(tmp_path: Path):
    path = tmp_path / "log.mdesk"
    Log.create(path, passphrase=PASS).close()
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    with Log.open(path, passphrase=PASS, readonly=True) as log:
        options = log.open_options()
    wrong = [cipher.RawKey(bytes(32), options.raw_key.salt), cipher.RawKey(options.raw_key.key, bytes(16))]
    for raw in wrong:
        with pytest.raises(WrongPassphraseError):
            Log.reopen(dataclasses.replace(options, raw_key=raw))
        with pytest.raises(WrongPassphraseError):
            Log.open(path, passphrase=PASS, raw_key=raw)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_a_wrong_passphrase_still_fails_cleanly(tmp_path: Path):
    path = tmp_path / "log.mdesk"
    Log.create(path, passphrase=PASS).close()
    with pytest.raises(WrongPassphraseError):
        Log.open(path, passphrase="not the right passphrase")


def test_the_raw_key_never_shows_in_a_repr(tmp_path: Path):
    with Log.create(tmp_path / "log.mdesk", passphrase=PASS) as log:
        options = log.open_options()
    assert options.raw_key is not None
    assert options.raw_key.key.hex() not in repr(options)
    assert options.raw_key.key.hex() not in repr(options.raw_key)
    assert PASS not in repr(options)


def test_a_plain_log_has_no_raw_key(tmp_path: Path, counted):
    with Log.create(tmp_path / "plain.mdesk") as log:
        assert log.open_options().raw_key is None
    assert counted["kdf"] == 0
