"""An encrypted log's key derived ahead (cipher.derive_ahead: a background thread started as soon as the passphrase is
known, before the app's or a command's heavy imports) is the key the open would derive, is taken only for the
passphrase and the salt the file has when it is opened, and changes nothing about a wrong passphrase.
Work is counted (key derivations), never timed."""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mineralsdesk import cli
from mineralsdesk.errors import WrongPassphraseError
from mineralsdesk.services import encryption
from mineralsdesk.services.log import Log
from mineralsdesk.store import changelog, cipher

PASS = "correct horse battery staple"
WRONG = "not the passphrase at all"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def kdf_runs(monkeypatch) -> list[bytes]:
    """The salt of every PBKDF2 run, in whichever thread it ran."""
    runs: list[bytes] = []
    real = hashlib.pbkdf2_hmac

    def kdf(name, password, salt, *args, **kwargs):
        runs.append(salt)
        return real(name, password, salt, *args, **kwargs)

    monkeypatch.setattr(hashlib, "pbkdf2_hmac", kdf)  # the module cipher imports on first use
    return runs


@pytest.fixture
def enc_log(tmp_path: Path) -> Path:
    path = tmp_path / "log.mdesk"
    Log.create(path, passphrase=PASS).close()
    return path


def _state(path: Path) -> tuple[bytes, list[str]]:
    return path.read_bytes(), sorted(p.name for p in path.parent.iterdir())


def test_the_key_derived_ahead_is_the_key_derived_in_sequence(enc_log: Path, kdf_runs: list[bytes]):
    pending = encryption.derive_ahead(PASS, enc_log)
    assert isinstance(pending, cipher.PendingKey)
    ahead = cipher.derive_key(PASS, enc_log, pending)
    assert kdf_runs == [enc_log.read_bytes()[:16]]  # one run, in the thread
    assert ahead == cipher.derive_key(PASS, enc_log)
    assert "correct" not in repr(pending) and PASS not in repr(ahead)


def test_open_takes_the_key_derived_ahead_and_derives_nothing(enc_log: Path, kdf_runs: list[bytes]):
    pending = encryption.derive_ahead(PASS, enc_log)
    with Log.open(enc_log, passphrase=PASS, pending_key=pending, defer_checks=True) as log:
        assert len(kdf_runs) == 1
        assert log.open_options().raw_key == cipher.derive_key(PASS, enc_log)
        assert log.tracks is not None and log.repo.meta()["application"] == "MineralsDesk"
    assert pending.take(PASS, enc_log.read_bytes()[:16]) is None  # handed once, then forgotten


def test_a_wrong_passphrase_derived_ahead_fails_as_it_does_in_sequence_and_writes_nothing(enc_log: Path):
    before = _state(enc_log)
    with pytest.raises(WrongPassphraseError) as sequential:
        Log.open(enc_log, passphrase=WRONG)
    with pytest.raises(WrongPassphraseError) as ahead:
        Log.open(enc_log, passphrase=WRONG, pending_key=encryption.derive_ahead(WRONG, enc_log))
    assert str(ahead.value) == str(sequential.value)
    assert _state(enc_log) == before


def test_a_key_derived_for_another_passphrase_is_not_used(enc_log: Path, kdf_runs: list[bytes]):
    pending = encryption.derive_ahead(WRONG, enc_log)
    with Log.open(enc_log, passphrase=PASS, pending_key=pending, defer_checks=True):
        pass
    assert len(kdf_runs) == 2  # the wrong one ahead, the right one at the open
    pending = encryption.derive_ahead(PASS, enc_log)
    with pytest.raises(WrongPassphraseError):
        Log.open(enc_log, passphrase=WRONG, pending_key=pending)


def test_a_log_replaced_after_the_derivation_started_is_derived_for_anew(enc_log: Path, tmp_path: Path,
                                                                         kdf_runs: list[bytes]):
    pending = encryption.derive_ahead(PASS, enc_log)
    other = tmp_path / "other.mdesk"
    with Log.create(other, passphrase=PASS) as made:
        other_id = changelog.meta_value(made.db, changelog.LOG_ID_KEY)
    old_salt, new_salt = enc_log.read_bytes()[:16], other.read_bytes()[:16]
    assert old_salt != new_salt
    os.replace(other, enc_log)  # the log replaced (restored, synced) between the start and the open
    kdf_runs.clear()
    with Log.open(enc_log, passphrase=PASS, pending_key=pending, defer_checks=True) as log:
        assert changelog.meta_value(log.db, changelog.LOG_ID_KEY) == other_id
        assert log.open_options().raw_key.salt == new_salt
    assert new_salt in kdf_runs  # derived again for the file's own salt, the stale key left unused
    assert pending.take(PASS, old_salt) is not None  # still unused: derived for the old salt only


@pytest.mark.parametrize("case", ["plain", "missing", "short", "nul"])
def test_nothing_is_derived_ahead_for_what_is_no_encrypted_log(tmp_path: Path, case: str, kdf_runs: list[bytes]):
    path = tmp_path / "x.mdesk"
    passphrase = PASS
    if case == "plain":
        Log.create(path).close()
    elif case == "short":
        path.write_bytes(os.urandom(10))
    elif case == "nul":
        Log.create(path, passphrase=PASS).close()
        passphrase = "with a \x00 inside it"
    kdf_runs.clear()
    assert encryption.derive_ahead(passphrase, path) is None
    assert kdf_runs == []


def test_a_derivation_nobody_takes_does_not_keep_the_process_alive(enc_log: Path):
    code = ("import sys; from mineralsdesk.services.encryption import derive_ahead\n"
            f"pending = derive_ahead({PASS!r}, {str(enc_log)!r})\n"
            "assert pending is not None and pending._thread.daemon\n"
            "print('started')\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "started" and result.stderr == ""


@pytest.mark.parametrize("given", ["file", "env"])
def test_the_command_line_starts_the_derivation_before_the_command(enc_log: Path, tmp_path: Path, monkeypatch,
                                                                    given: str, capsys):
    monkeypatch.delenv("MINERALSDESK_PASSPHRASE", raising=False)
    seen = []
    real_open = Log.open.__func__

    def open_(cls, path, **kwargs):
        seen.append(kwargs.get("pending_key"))
        return real_open(cls, path, **kwargs)

    monkeypatch.setattr(Log, "open", classmethod(open_))
    argv = ["--db", str(enc_log)]
    if given == "file":
        secret = tmp_path / "passphrase.txt"
        secret.write_text(PASS + "\n", encoding="utf-8")
        argv += ["--passphrase-file", str(secret)]
    else:
        monkeypatch.setenv("MINERALSDESK_PASSPHRASE", PASS)
    monkeypatch.setattr(cli, "_PASSPHRASES", {})
    assert cli.main([*argv, "check"]) == 0
    assert capsys.readouterr().out.strip().endswith("ok")
    assert len(seen) == 1 and isinstance(seen[0], cipher.PendingKey)


def test_commands_that_key_the_log_themselves_start_nothing(enc_log: Path, monkeypatch):
    monkeypatch.setenv("MINERALSDESK_PASSPHRASE", PASS)
    for command in ("init", "restore", "encrypt", "decrypt", "change-passphrase"):
        args = argparse.Namespace(db=enc_log, passphrase_file=None)
        cli._derive_ahead(args, command)
        assert args.pending_key is None
    args = argparse.Namespace(db=enc_log, passphrase_file=enc_log.parent / "no such passphrase file")
    cli._derive_ahead(args, "search")  # an unreadable passphrase file is the command's to report
    assert args.pending_key is None
