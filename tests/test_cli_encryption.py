"""The command line on encrypted logs: init --encrypt, encrypt, decrypt, change-passphrase, and every other command
asking for the passphrase (file or environment here; never argv), each failure told in one line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PASS = "correct horse battery staple"


def run(*args: str, passphrase: str | None = PASS, extra: dict[str, str] | None = None,
        stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MINERALSDESK_PASS")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[1])
    if passphrase is not None:
        env["MINERALSDESK_PASSPHRASE"] = passphrase
    env.update(extra or {})
    return subprocess.run([sys.executable, "-m", "mineralsdesk", *args], capture_output=True, text=True, env=env,
                          timeout=120, input=stdin if stdin is not None else "")


def one_line_error(result: subprocess.CompletedProcess) -> str:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mineralsdesk: "), result.stderr
    return lines[0]


@pytest.fixture
def enc_log(tmp_path: Path) -> Path:
    path = tmp_path / "e.mdesk"
    result = run("--db", str(path), "init", "--encrypt")
    assert result.returncode == 0, result.stderr
    return path


def test_init_encrypt_and_every_command_on_the_encrypted_log(enc_log: Path, tmp_path: Path):
    db = ["--db", str(enc_log)]
    assert enc_log.read_bytes()[:16] != b"SQLite format 3\x00"
    assert run(*db, "check").stdout.strip().endswith("ok")
    assert run(*db, "search", "Japan").returncode == 0
    assert run(*db, "backup", str(tmp_path / "b.mdesk")).returncode == 0
    assert (tmp_path / "b.mdesk").read_bytes()[:16] != b"SQLite format 3\x00"
    assert run(*db, "export", "json", str(tmp_path / "d.json")).returncode == 0
    assert (tmp_path / "d.json").read_bytes().startswith(b"MDSKSEAL")
    plain = run(*db, "export", "json", str(tmp_path / "p.json"), "--plain")
    assert plain.returncode == 0 and "NOT encrypted" in plain.stderr
    assert (tmp_path / "p.json").read_bytes().startswith(b"{")
    assert run(*db, "restore", str(tmp_path / "b.mdesk")).returncode == 0
    new = tmp_path / "n.mdesk"
    assert run("--db", str(new), "init").returncode == 0
    imported = run("--db", str(new), "import", "json", str(tmp_path / "d.json"))
    assert imported.returncode == 0, imported.stderr


def test_no_passphrase_and_a_wrong_one_are_one_line_and_write_nothing(enc_log: Path):
    before = (enc_log.read_bytes(), enc_log.stat().st_mtime_ns, sorted(os.listdir(enc_log.parent)))
    assert "--passphrase-file" in one_line_error(run("--db", str(enc_log), "check", passphrase=None))
    assert "Wrong passphrase" in one_line_error(run("--db", str(enc_log), "check", passphrase="wrong passphrase!"))
    assert (enc_log.read_bytes(), enc_log.stat().st_mtime_ns, sorted(os.listdir(enc_log.parent))) == before


@pytest.mark.parametrize(("content", "expected"), [(None, "Cannot read passphrase file"), (b"", "is empty"),
                                                  (b"x" * 100_000, "over 4096 bytes"), (b"\xff\xfe" * 8, "not UTF-8")])
def test_hostile_passphrase_files(enc_log: Path, tmp_path: Path, content: bytes | None, expected: str):
    f = tmp_path / "pass.txt"
    if content is not None:
        f.write_bytes(content)
    message = one_line_error(run("--db", str(enc_log), "--passphrase-file", str(f), "check", passphrase=None))
    assert expected in message and "xxxx" not in message


def test_passphrase_file_works_and_its_final_newline_is_not_part_of_it(enc_log: Path, tmp_path: Path):
    (tmp_path / "pass.txt").write_text(PASS + "\n")
    result = run("--db", str(enc_log), "--passphrase-file", str(tmp_path / "pass.txt"), "check", passphrase=None)
    assert result.returncode == 0, result.stderr


def test_encrypt_decrypt_change_passphrase(tmp_path: Path):
    path = tmp_path / "p.mdesk"
    db = ["--db", str(path)]
    assert run(*db, "init", passphrase=None).returncode == 0
    from mineralsdesk.services.autobackup import take_backup
    from mineralsdesk.services.log import Log

    with Log.open(path) as log:
        take_backup(log, "manual")  # a plain backup, as the days before encryption leave
    encrypted = run(*db, "encrypt")
    assert encrypted.returncode == 0, encrypted.stderr
    assert "NOT encrypted" in encrypted.stdout and "rm -- " in encrypted.stdout
    assert "encrypted already" in one_line_error(run(*db, "encrypt"))
    changed = run(*db, "change-passphrase", extra={"MINERALSDESK_NEW_PASSPHRASE": "another long passphrase"})
    assert changed.returncode == 0, changed.stderr
    assert "Wrong passphrase" in one_line_error(run(*db, "check"))
    assert run(*db, "check", passphrase="another long passphrase").returncode == 0
    assert run(*db, "decrypt", passphrase="another long passphrase").returncode == 0
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"
    assert "not encrypted" in one_line_error(run(*db, "decrypt"))
    assert run(*db, "check", passphrase=None).returncode == 0


def test_a_short_new_passphrase_is_refused(tmp_path: Path):
    path = tmp_path / "s.mdesk"
    assert "at least 10" in one_line_error(run("--db", str(path), "init", "--encrypt", passphrase="short"))
    assert not path.exists()


def test_prompts_ask_twice_show_strength_and_refuse_a_mismatch(tmp_path: Path, monkeypatch, capsys):
    from mineralsdesk import cli

    answers = iter(["a long enough passphrase", "a different one entirely"])
    monkeypatch.delenv("MINERALSDESK_PASSPHRASE", raising=False)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    assert cli.main(["--db", str(tmp_path / "x.mdesk"), "init", "--encrypt"]) == 1
    err = capsys.readouterr().err
    assert "bits" in err and "differ" in err and "a long enough" not in err
    assert not (tmp_path / "x.mdesk").exists()


def test_a_page_found_damaged_mid_command_is_one_line_and_nothing_is_written(tmp_path: Path):
    """A read-only command on an encrypted log verifies each page it reads (SQLCipher's MAC) instead of the whole
    file up front: a damaged page met mid-command is the same one-line "damaged" error as at open, never a crash."""
    path = tmp_path / "d.mdesk"
    assert run("--db", str(path), "init", "--demo", passphrase=None).returncode == 0
    assert run("--db", str(path), "encrypt").returncode == 0
    from mineralsdesk.services.log import Log

    with Log.open(path, passphrase=PASS, readonly=True) as log:  # the search index's root page: only search reads it
        (root,) = log.db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'search_index_idx'").fetchone()
    data = bytearray(path.read_bytes())
    data[(root - 1) * 4096 + 100] ^= 0xFF
    path.write_bytes(bytes(data))
    assert run("--db", str(path), "export", "xlsx", str(tmp_path / "fine.xlsx")).returncode == 0  # reads no bad page
    line = one_line_error(run("--db", str(path), "search", "cobalt", extra={"MINERALSDESK_DATA_DIR": str(tmp_path)}))
    assert "d.mdesk is damaged" in line and "unexpected" not in line
    assert not (tmp_path / "logs").exists() or not any((tmp_path / "logs").iterdir())  # no crash report
    assert path.read_bytes() == bytes(data)


def test_only_a_read_only_open_of_an_encrypted_log_leaves_the_whole_file_check_out(enc_log: Path, monkeypatch):
    from mineralsdesk.services.log import Log
    from mineralsdesk.store import database

    checked = []
    monkeypatch.setattr(database, "quick_check", lambda db: checked.append(db) and None)
    with Log.open(enc_log, passphrase=PASS, readonly=True):
        pass
    assert checked == []
    with Log.open(enc_log, passphrase=PASS):
        pass
    assert len(checked) == 1
