"""Opening, creating and refusing files; transactions; permissions; migrations."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from fixture_logs import own_tables

from mineralsdesk.errors import EncryptedLogError, LogError, NewerLogError, NotALogError
from mineralsdesk.services.log import Log
from mineralsdesk.store import database, migrations


def _bytes(path: Path) -> bytes:
    return path.read_bytes()


def test_new_log_is_private_wal_with_foreign_keys(log: Log):
    assert stat.S_IMODE(log.path.stat().st_mode) == 0o600
    assert log.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert log.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert log.db.execute("PRAGMA application_id").fetchone()[0] == database.APPLICATION_ID
    assert migrations.schema_version(log.db) == migrations.SCHEMA_VERSION
    for suffix in ("-wal", "-shm"):
        side = Path(str(log.path) + suffix)
        if side.exists():
            assert stat.S_IMODE(side.stat().st_mode) == 0o600


def test_every_column_has_a_declared_type(log: Log):
    tables = own_tables(log.db)
    assert "clauses" in tables and "clause_order" in tables
    for table in tables:
        for col in log.db.execute(f"PRAGMA table_info({table})"):
            assert col[2], f"{table}.{col[1]} has no declared type"


# Whole pages of header-less bytes cannot be told from an encrypted log without a key: that file is refused as
# possibly encrypted (EncryptedLogError asks for the passphrase), untouched all the same.
@pytest.mark.parametrize(("content", "refusal"), [(b"", NotALogError), (b"hello, this is a text file\n", NotALogError),
                                                  (bytes(range(256)) * 8, EncryptedLogError)])
def test_foreign_files_are_refused_and_untouched(tmp_path: Path, content: bytes, refusal: type[Exception]):
    path = tmp_path / "x.mdesk"
    path.write_bytes(content)
    with pytest.raises(refusal):
        Log.open(path)
    assert _bytes(path) == content
    assert not Path(str(path) + "-wal").exists()


def test_other_applications_sqlite_file_is_refused_untouched(tmp_path: Path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x TEXT)")
    conn.commit()
    conn.close()
    before = _bytes(path)
    with pytest.raises(NotALogError, match="another application"):
        Log.open(path)
    assert _bytes(path) == before


def test_newer_schema_is_refused_with_the_version_needed(log: Log):
    path = log.path
    log.db.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 5}")
    log.close()
    before = _bytes(path)
    with pytest.raises(NewerLogError, match=f"schema {migrations.SCHEMA_VERSION + 5}"):
        Log.open(path)
    assert _bytes(path) == before


def test_missing_file_is_not_created(tmp_path: Path):
    with pytest.raises(LogError):
        Log.open(tmp_path / "nope.mdesk")
    assert not (tmp_path / "nope.mdesk").exists()


def test_create_refuses_existing_file(log: Log):
    with pytest.raises(LogError, match="already exists"):
        Log.create(log.path)


def test_failed_write_leaves_nothing(small_log: Log):
    before = small_log.dump()
    with pytest.raises(RuntimeError):
        with small_log.write() as repo:
            small_log.rounds.add(small_log.ids["track"], __import__("datetime").date(2026, 3, 1))
            repo.set_meta("log_name", "changed", source="test")
            raise RuntimeError("boom")
    assert small_log.dump() == before


def test_migration_from_an_empty_sqlite_file(tmp_path: Path):
    path = tmp_path / "empty.mdesk"
    database.create_private_file(path)
    db = database.open_database(path)
    reached = migrations.migrate(db)
    assert reached == list(range(1, migrations.SCHEMA_VERSION + 1))
    assert db.execute("PRAGMA application_id").fetchone()[0] == database.APPLICATION_ID
    assert "clauses" in db.utils.table_names()
    db.close()


def test_backup_is_private_and_opens(small_log: Log, tmp_path: Path):
    out = small_log.backup(tmp_path / "b.mdesk")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with Log.open(out, readonly=True) as copy:
        assert copy.dump() == small_log.dump()
