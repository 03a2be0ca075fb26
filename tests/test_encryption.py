"""Encryption at rest: an encrypted log, its -wal, backups, temporaries and dump never hold the log's text in
the clear, even after a writer is killed; a wrong passphrase writes nothing; conversions are all or nothing."""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mineralsdesk.documents.dump.jsondump import import_dump, read_dump, write_dump
from mineralsdesk.errors import (
    DumpError,
    EncryptedLogError,
    LogBusyError,
    LogError,
    NotEncryptedError,
    PassphraseError,
    WrongPassphraseError,
)
from mineralsdesk.services import autobackup, backups, encryption
from mineralsdesk.services.log import Log
from mineralsdesk.services.storage import TABLES
from mineralsdesk.store import cipher, database, migrations

PASS = "correct horse battery staple"
SKIP_FIELDS = {"id", "rev"}


def _scan(folders: list[Path], markers: list[str]) -> list[tuple[str, str]]:
    """(file, marker) for every marker found in the bytes of any file under the folders."""
    found = []
    needles = [m.encode() for m in markers]
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                found += [(str(path), n.decode()) for n in needles if n in data]
    return found


def _mark_every_field(log: Log) -> dict[str, list[str]]:
    """Write a unique marker into every free-text field of every record of every type the log holds."""
    marked: dict[str, list[str]] = {}
    n = 0
    for cls, table in TABLES.items():
        ids = [row[0] for row in log.db.execute(f"SELECT id FROM {table}")]  # noqa: S608 - test reads its own log
        for record_id in ids:
            record = log.repo.get(cls, record_id)
            for f in dataclasses.fields(cls):
                value = getattr(record, f.name)
                if f.name in SKIP_FIELDS or f.name.endswith("_id") or type(value) is not str:
                    continue
                n += 1
                marker = f"MK{n:05d}QZ"
                try:
                    with log.write() as repo:
                        repo.update(cls, record_id, {f.name: f"{value} {marker}".strip()}, source="test")
                except Exception:  # noqa: BLE001 - a field whose rules refuse free text (codes, enums, refs)
                    continue
                marked.setdefault(table, []).append(marker)
    return marked


@pytest.fixture
def encrypted_demo(demo_path: Path) -> Path:
    encryption.encrypt_log(demo_path, PASS)
    return demo_path


def test_markers_in_every_record_type_never_reach_a_file_in_clear(encrypted_demo: Path, tmp_path: Path):
    data_dir = Path(os.environ["MINERALSDESK_DATA_DIR"])
    with Log.open(encrypted_demo, passphrase=PASS) as log:
        marked = _mark_every_field(log)
        markers = [m for ms in marked.values() for m in ms]
        assert set(marked) == set(TABLES.values()) - {t for t in TABLES.values() if not log.db.execute(
            f"SELECT count(*) FROM {t}").fetchone()[0]}  # every record type present got markers
        assert len(markers) > 50
        assert any(log.search(m) for m in markers)  # the index holds them, inside the encrypted file
        # While open: the -wal holds the latest pages (encrypted by SQLCipher).
        assert Path(f"{encrypted_demo}-wal").exists()
        assert _scan([tmp_path, data_dir], markers) == []
        autobackup.take_backup(log, "manual")
        log.backup(tmp_path / "copy.mdesk")
        write_dump(log, tmp_path / "dump.json")
    assert _scan([tmp_path, data_dir], markers) == []
    # The backup and the dump read back with the same passphrase.
    assert backups.check_backup(tmp_path / "copy.mdesk", PASS) is None
    # (Markers broke some cross-record rules, e.g. party codes, so the dump is read back, not loaded.)
    assert markers[-1] in str(read_dump(tmp_path / "dump.json", PASS))
    assert _scan([tmp_path, data_dir], markers) == []


WRITER = """
import sys, time
from mineralsdesk.services.log import Log
log = Log.open(sys.argv[1], passphrase=sys.argv[2])
print("ready", flush=True)
n = 0
while True:
    n += 1
    log.update_settings(log_name=f"KILLMARK{n:06d}XY " + "filler " * 200)
"""


def test_a_writer_killed_mid_write_leaves_no_clear_text(encrypted_demo: Path, tmp_path: Path):
    data_dir = Path(os.environ["MINERALSDESK_DATA_DIR"])
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(encrypted_demo), PASS], stdout=subprocess.PIPE,
                             env=env, text=True)
    assert child.stdout.readline().strip() == "ready"
    time.sleep(0.5)  # some hundreds of commits, then a kill at an arbitrary point of one
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL
    assert Path(f"{encrypted_demo}-wal").exists()
    assert _scan([tmp_path, data_dir], ["KILLMARK"]) == []
    with Log.open(encrypted_demo, passphrase=PASS) as log:  # the log recovers from its encrypted -wal
        assert log.settings.log_name.startswith("KILLMARK")
        assert log.check().ok


def test_wrong_or_missing_passphrase_writes_nothing(encrypted_demo: Path):
    before = (encrypted_demo.read_bytes(), encrypted_demo.stat().st_mtime_ns)
    listing = sorted(p.name for p in encrypted_demo.parent.iterdir())
    with pytest.raises(WrongPassphraseError, match="Wrong passphrase"):
        Log.open(encrypted_demo, passphrase="not the passphrase")
    with pytest.raises(WrongPassphraseError):
        Log.open(encrypted_demo, passphrase="not the passphrase", readonly=True)
    with pytest.raises(EncryptedLogError, match="give its passphrase"):
        Log.open(encrypted_demo)
    assert (encrypted_demo.read_bytes(), encrypted_demo.stat().st_mtime_ns) == before
    assert sorted(p.name for p in encrypted_demo.parent.iterdir()) == listing


def test_a_plain_log_given_a_passphrase_is_refused_untouched(demo_path: Path):
    before = demo_path.read_bytes()
    with pytest.raises(NotEncryptedError):
        Log.open(demo_path, passphrase=PASS)
    assert demo_path.read_bytes() == before


def test_reopen_carries_the_passphrase_but_never_shows_it(tmp_path: Path):
    with Log.create(tmp_path / "a.mdesk", passphrase=PASS) as log:
        options = log.open_options()
        assert PASS not in repr(options)
        with Log.reopen(options) as second:
            assert second.encrypted
            assert second.settings.log_name == "a"
    assert PASS.encode() not in b"".join(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())


def _settings(conn) -> tuple[int, str]:
    return (conn.execute("PRAGMA cache_size").fetchone()[0],
            str(conn.execute("PRAGMA cipher_memory_security").fetchone()[0]))


def test_an_encrypted_connection_has_the_larger_cache_and_a_plain_one_keeps_the_default(tmp_path: Path):
    # SQLCipher decrypts a page again each time it leaves the page cache: every connection of an encrypted log
    # (the first, a read-only one, one reopened with the derived key) gets the larger cache.
    tuned = (-cipher.CACHE_KIB, "0")
    with Log.create(tmp_path / "a.mdesk", passphrase=PASS) as log:
        assert _settings(log.db.conn) == tuned
        with Log.reopen(log.open_options()) as second:
            assert _settings(second.db.conn) == tuned
    with Log.open(tmp_path / "a.mdesk", passphrase=PASS, readonly=True, defer_checks=True) as log:
        assert _settings(log.db.conn) == tuned
    # The whole-file quick_check (an open without defer_checks) reads every page once: it runs with a small cache
    # and gives the connection its larger one back.
    statements: list[str] = []
    with Log.open(tmp_path / "a.mdesk", passphrase=PASS, readonly=True) as log:
        assert _settings(log.db.conn) == tuned
        log.db.conn.set_trace_callback(statements.append)
        assert database.quick_check(log.db) is None
        assert _settings(log.db.conn) == tuned
    check = statements.index("PRAGMA quick_check")
    sizes = [s for s in statements[:check] if s.startswith("PRAGMA cache_size")]  # (FTS5 may read its config between)
    assert sizes[-1] == f"PRAGMA cache_size = {database.QUICK_CHECK_CACHE}"
    assert cipher.CACHE_KIB > 8_000  # more than the cipher build's own default
    with Log.create(tmp_path / "plain.mdesk") as plain:
        assert plain.db.conn.execute("PRAGMA cache_size").fetchone()[0] == -2000  # the standard library's


def test_a_short_passphrase_is_refused_before_any_file_is_made(tmp_path: Path):
    with pytest.raises(PassphraseError, match="at least 10"):
        Log.create(tmp_path / "a.mdesk", passphrase="short")
    assert not (tmp_path / "a.mdesk").exists()


def test_the_cipher_build_has_what_the_schema_needs():
    assert cipher.build_features() == {"fts5": True, "json": True, "strict": True, "encryption": True}


def test_sqlcipher_errors_are_caught_as_ours():
    from sqlcipher3 import dbapi2

    assert issubclass(dbapi2.OperationalError, cipher.OperationalError)
    assert not issubclass(dbapi2.OperationalError, __import__("sqlite3").Error)  # the trap itself


def test_a_busy_encrypted_log_says_so_in_one_line(tmp_path: Path):
    path = tmp_path / "a.mdesk"
    Log.create(path, passphrase=PASS).close()
    with Log.open(path, passphrase=PASS) as first, Log.open(path, passphrase=PASS) as second:
        first.db.conn.execute("PRAGMA busy_timeout = 50")
        second.db.conn.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(LogBusyError, match="busy"):
                first.update_settings(log_name="x")
        finally:
            second.db.conn.execute("ROLLBACK")


def test_an_older_encrypted_log_migrates(tmp_path: Path):
    path = tmp_path / "a.mdesk"
    with Log.create(path, passphrase=PASS) as log:
        # Schema 4 to 5 rebuilds the search index: set the number back, as an older build's log would have it.
        log.db.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION - 1}")
    with Log.open(path, passphrase=PASS) as log:
        assert migrations.schema_version(log.db) == migrations.SCHEMA_VERSION
        assert log.check().ok
    before_migration = [b for b in autobackup.list_backups(path) if b.reason == "before migration"]
    assert before_migration and cipher.looks_encrypted(before_migration[0].path)


def test_encrypt_decrypt_and_change_passphrase_round_trip(demo_path: Path):
    with Log.open(demo_path) as log:
        counts = log.check().counts
        head = log.fingerprint()
    encryption.encrypt_log(demo_path, PASS)
    assert cipher.looks_encrypted(demo_path)
    with pytest.raises(LogError, match="encrypted already"):
        encryption.encrypt_log(demo_path, PASS)
    encryption.change_passphrase(demo_path, PASS, "a brand new passphrase")
    with pytest.raises(WrongPassphraseError):
        Log.open(demo_path, passphrase=PASS)
    with Log.open(demo_path, passphrase="a brand new passphrase") as log:
        assert log.check().counts == counts and log.fingerprint() == head and log.check().ok
    encryption.decrypt_log(demo_path, "a brand new passphrase")
    with pytest.raises(NotEncryptedError):
        encryption.decrypt_log(demo_path, PASS)
    with Log.open(demo_path) as log:
        assert log.check().counts == counts and log.check().ok
    assert [p.name for p in demo_path.parent.iterdir() if p.name.startswith(".mineralsdesk-tmp")] == []


def test_encrypt_lists_the_plain_backups_that_remain(demo_path: Path):
    with Log.open(demo_path) as log:
        plain = autobackup.take_backup(log, "manual").path
    assert plain in encryption.encrypt_log(demo_path, PASS)


def test_encrypt_in_a_read_only_folder_loses_nothing(demo_path: Path):
    before = demo_path.read_bytes()
    os.chmod(demo_path.parent, 0o500)
    try:
        if os.access(demo_path.parent, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        with pytest.raises(LogError, match="cannot be written; nothing was changed"):
            encryption.encrypt_log(demo_path, PASS)
    finally:
        os.chmod(demo_path.parent, 0o700)
    assert demo_path.read_bytes() == before


def test_encrypt_is_refused_while_another_connection_has_the_log(demo_path: Path):
    before = demo_path.read_bytes()
    with Log.open(demo_path, readonly=True):
        pass
    holder = database.cipher.connect(str(demo_path), key=None, cipher=True)
    holder.execute("SELECT count(*) FROM sqlite_master").fetchone()
    holder.execute("BEGIN")
    holder.execute("SELECT count(*) FROM clauses").fetchone()
    try:
        with pytest.raises(LogBusyError):
            encryption.encrypt_log(demo_path, PASS)
    finally:
        holder.close()
    assert demo_path.read_bytes()[:16] == before[:16]
    assert not cipher.looks_encrypted(demo_path)


def test_a_tampered_or_wrongly_keyed_dump_is_refused_in_one_line(tmp_path: Path):
    with Log.create(tmp_path / "a.mdesk", passphrase=PASS) as log:
        write_dump(log, tmp_path / "d.json")
    blob = bytearray((tmp_path / "d.json").read_bytes())
    assert blob.startswith(b"MDSKSEAL")
    with Log.create(tmp_path / "b.mdesk") as target:
        with pytest.raises(DumpError, match="wrong passphrase"):
            import_dump(target, tmp_path / "d.json", passphrase="another passphrase")
        with pytest.raises(DumpError, match="encrypted dump: give its passphrase"):
            import_dump(target, tmp_path / "d.json")
        blob[-5] ^= 1
        (tmp_path / "e.json").write_bytes(bytes(blob))
        with pytest.raises(DumpError, match="wrong passphrase, or the file was changed"):
            import_dump(target, tmp_path / "e.json", passphrase=PASS)


def test_restore_of_an_encrypted_backup(tmp_path: Path):
    path = tmp_path / "a.mdesk"
    with Log.create(path, passphrase=PASS) as log:
        saved = autobackup.take_backup(log, "manual").path
        log.update_settings(log_name="changed after the backup")
    backups.restore_backup(path, saved, passphrase=PASS)
    assert cipher.looks_encrypted(path)
    with Log.open(path, passphrase=PASS) as log:
        assert log.settings.log_name == "a"


def test_encrypt_where_the_folder_refuses_writes_loses_nothing(demo_path: Path, monkeypatch):
    """The same as the read-only folder above for a user (root) whom permissions do not stop: the check and the
    final rename both fail as a read-only folder makes them."""
    from mineralsdesk.store import rekey

    before = demo_path.read_bytes()
    monkeypatch.setattr(rekey.os, "access", lambda *a, **k: False)
    with pytest.raises(LogError, match="cannot be written; nothing was changed"):
        encryption.encrypt_log(demo_path, PASS)
    monkeypatch.undo()

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(rekey.os, "replace", refuse)
    with pytest.raises(PermissionError):
        encryption.encrypt_log(demo_path, PASS)
    assert demo_path.read_bytes()[:16] == before[:16] and not cipher.looks_encrypted(demo_path)
    assert [p.name for p in demo_path.parent.iterdir()] == [demo_path.name]
    with Log.open(demo_path) as log:
        assert log.check().ok


@pytest.mark.parametrize("first", [b"{", b"[", b"<?xml", b"BEGIN:", b"\xef\xbb\xbf"])
def test_an_encrypted_log_whose_salt_opens_like_text_is_still_taken_for_one(tmp_path, first):
    """A random salt starts with "{" or "[" once in 128 logs: such a log must still be asked for its passphrase."""
    import random
    rng = random.Random(7)
    path = tmp_path / "log.mdesk"
    body = bytes(rng.randrange(256) for _ in range(4096 - len(first)))
    # random bytes that are not text: a NUL and a lone continuation byte early on
    path.write_bytes(first + b"\x00\x9f" + body[2:])
    assert cipher.looks_encrypted(path)


@pytest.mark.parametrize("text", ['{"format": "mineralsdesk", "title": "鉱物資源に関する協定 第一条 輸出制限の例外"}',
                                  "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//MineralsDesk//EN\r\n",
                                  '<?xml version="1.0" encoding="UTF-8"?><akomaNtoso/>'])
def test_a_text_document_of_page_size_is_never_taken_for_an_encrypted_log(tmp_path, text):
    path = tmp_path / "doc"
    data = text.encode("utf-8")
    path.write_bytes((data + b" " * 4096)[:4096])
    assert not cipher.looks_encrypted(path)
