"""The cipher build (sqlcipher3, ~7 MB resident) is loaded only for an encrypted log; both builds' errors are caught."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from mineralsdesk.services.log import Log

PASSPHRASE = "lazy cipher passphrase"
ROOT = Path(__file__).resolve().parents[1]  # the child imports this tree's package (`-c` puts its cwd first)


def _child(code: str, tmp_path: Path, **env: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT,
                         env={"QT_QPA_PLATFORM": "offscreen", "MINERALSDESK_DATA_DIR": str(tmp_path / "data"),
                              "PATH": "/usr/bin:/bin", "HOME": str(tmp_path), **env})
    assert out.returncode == 0, out.stderr
    return out.stdout.split()


def test_the_app_started_on_a_plain_log_never_imports_the_cipher_build(tmp_path: Path):
    path = tmp_path / "plain.mdesk"
    with Log.create(path) as log:
        log.tracks.add("MOU", "US–EU MoU", parties=["US", "EU"])
    code = ("import sys; from mineralsdesk.cli import main; "
            f"rc = main(['--db', {str(path)!r}, 'gui', '--exit-after-start']); "
            f"rc2 = main(['--db', {str(path)!r}, 'search', 'MoU']); "
            "print(rc, rc2, any(m.split('.')[0] == 'sqlcipher3' for m in sys.modules))")
    assert _child(code, tmp_path)[-3:] == ["0", "0", "False"]


def test_the_error_names_take_in_the_cipher_build_once_it_is_loaded(tmp_path: Path):
    path = tmp_path / "secret.mdesk"
    with Log.create(path, passphrase=PASSPHRASE):
        pass
    code = (
        "import sys, sqlite3; from mineralsdesk.store import cipher; from mineralsdesk.services.log import Log\n"
        "print(cipher.Error == (sqlite3.Error,), cipher.cipher_loaded())\n"
        f"log = Log.open({str(path)!r}, passphrase={PASSPHRASE!r})\n"
        "from sqlcipher3 import dbapi2\n"
        "print(cipher.cipher_loaded(), cipher.is_cipher_connection(log.db.conn))\n"
        "try:\n"
        "    log.db.execute('SELECT * FROM no_such_table')\n"
        "except cipher.OperationalError as exc:\n"
        "    print(isinstance(exc, dbapi2.OperationalError), not isinstance(exc, sqlite3.Error))\n"
        "print(all(len(getattr(cipher, n)) == 2 for n in cipher.ERROR_NAMES))\n"
        "log.close()\n")
    assert _child(code, tmp_path) == ["True", "False", "True", "True", "True", "True", "True"]


def test_a_plain_connection_is_not_taken_for_a_cipher_one_before_the_build_is_loaded(tmp_path: Path):
    code = ("import sqlite3; from mineralsdesk.store import cipher\n"
            "print(cipher.is_cipher_connection(sqlite3.connect(':memory:')), cipher.cipher_loaded())\n")
    assert _child(code, tmp_path) == ["False", "False"]


def test_the_app_starts_on_an_encrypted_log_with_the_passphrase_from_a_file_or_the_environment(tmp_path: Path):
    """How a script (the start-up benchmark) opens the app on an encrypted log; the dialog asks otherwise."""
    path = tmp_path / "secret.mdesk"
    with Log.create(path, passphrase=PASSPHRASE) as log:
        log.tracks.add("MOU", "US–EU MoU", parties=["US", "EU"])
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    start = ("import sys; from mineralsdesk.cli import main; "
             "rc = main([{args}'--db', {db!r}, 'gui', '--exit-after-start']); "
             "print(rc, 'sqlcipher3' in sys.modules)")
    by_env = _child(start.format(args="", db=str(path)), tmp_path, MINERALSDESK_PASSPHRASE=PASSPHRASE)
    by_file = _child(start.format(args=f"'--passphrase-file', {str(secret)!r}, ", db=str(path)), tmp_path)
    assert by_env[-2:] == by_file[-2:] == ["0", "True"]
