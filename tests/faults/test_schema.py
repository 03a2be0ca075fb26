"""Migrations from a fixture log of every earlier schema version: backup first, data equal after."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixture_logs import FIXTURES, fixture_copy

from mineralsdesk.services import backups
from mineralsdesk.services.log import Log
from mineralsdesk.store import migrations


def _fixture_versions() -> list[int]:
    return sorted(int(p.stem.removeprefix("schema")) for p in FIXTURES.glob("schema*.mdesk"))


_copy = fixture_copy


def _records(log: Log) -> dict:
    data = log.dump()
    return {k: v for k, v in data.items() if k != "changes"} | {"chain": [c["hash"] for c in data["changes"]]}


def _without_new_empty_columns(rows: list, old_rows: list | None) -> list:
    """Rows without the columns a later schema added (an owner on clauses, ...), when those are still empty."""
    if not rows or not old_rows:
        return rows
    old = set(old_rows[0])
    return [{k: v for k, v in row.items() if k in old or v is not None} for row in rows]


def _kept(after: dict, before: dict) -> bool:
    """Every record and setting as before, the whole earlier chain, then only the keying baseline (docs/safety.md)."""
    # Schema 8 on: opening read-write gives a log its device and delegation ids (docs/sync.md).
    meta = {k: v for k, v in after["meta"].items() if k not in ("log_id", "chain_mac", "device_id", "delegation_id")}
    after = {**after, **{table: _without_new_empty_columns(rows, before.get(table)) for table, rows in after.items()
                         if isinstance(rows, list) and table != "chain"}}
    # A log keyed already (schema 5 on) carries its id and chain MAC before too; the MAC moves with the head.
    # A log opened read-write at schema 9 (sync) already has its device and delegation ids: compared without them.
    before = {**before, "meta": {k: v for k, v in before["meta"].items()
                                 if k not in ("log_id", "chain_mac", "device_id", "delegation_id")}}
    return ({**after, "meta": meta, "chain": after["chain"][:len(before["chain"])]} == before
            and "log_id" in after["meta"])


def test_there_is_a_fixture_log_for_every_earlier_schema_version():
    missing = set(range(1, migrations.SCHEMA_VERSION)) - set(_fixture_versions())
    assert not missing, f"add fixtures for schema {sorted(missing)} (see fixtures/build_fixture.py)"


@pytest.mark.parametrize("version", [v for v in _fixture_versions() if v < migrations.SCHEMA_VERSION])
def test_migrating_an_earlier_log_backs_up_first_and_keeps_every_record(version: int, tmp_path: Path):
    path = _copy(version, tmp_path)
    with Log.open(path, readonly=True) as old:  # read-only never migrates
        assert migrations.schema_version(old.db) == version
        before = _records(old)
    with Log.open(path) as migrated:
        assert migrations.schema_version(migrated.db) == migrations.SCHEMA_VERSION
        assert migrated.check().ok
        assert _kept(_records(migrated), before)
        assert migrated.search("Brussels")  # the search index works on the migrated log
    taken = [b for b in backups.list_backups(path) if b.reason == "before migration"]
    assert len(taken) == 1
    with backups.readable_copy(taken[0].path) as plain, Log.open(plain, readonly=True) as backup:
        assert migrations.schema_version(backup.db) == version and _records(backup) == before


def test_the_migration_machinery_on_the_current_schema(small_log: Log, monkeypatch):
    """A stand-in next step: the current log is backed up before it and reads the same after it."""
    path = small_log.path
    before = _records(small_log)
    small_log.close()

    def next_step(db):
        db.execute("CREATE INDEX IF NOT EXISTS stand_in_next_step ON clauses(topic)")

    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, next_step])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(migrations.STEPS))
    with Log.open(path) as migrated:
        assert migrations.schema_version(migrated.db) == migrations.SCHEMA_VERSION
        assert _records(migrated) == before and migrated.check().ok
    taken = [b for b in backups.list_backups(path) if b.reason == "before migration"]
    assert len(taken) == 1


def test_a_failing_step_leaves_the_log_at_its_old_version(small_log: Log, monkeypatch):
    path = small_log.path
    before = _records(small_log)
    version = migrations.schema_version(small_log.db)
    small_log.close()

    def broken_step(db):
        db.execute("CREATE TABLE half_done (x INTEGER) STRICT")
        raise RuntimeError("step failed")

    # monkeypatch.context(), not monkeypatch.undo(): undo would also drop conftest's private data folder,
    # and the next open would back up into the user's real one.
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "STEPS", [*migrations.STEPS, broken_step])
        patch.setattr(migrations, "SCHEMA_VERSION", len(migrations.STEPS))
        with pytest.raises(RuntimeError):
            Log.open(path)
    with Log.open(path) as log:
        assert migrations.schema_version(log.db) == version and _records(log) == before
        assert not log.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'half_done'").fetchone()



def test_undoing_a_monkeypatch_keeps_backups_out_of_the_home_folder(small_log: Log, monkeypatch):
    """After monkeypatch.undo() the data folder is still the session's private one, never the user's."""
    from mineralsdesk import paths

    monkeypatch.undo()
    assert "mineralsdesk-test-home-" in str(paths.data_dir())
    small_log.close()
    with Log.open(small_log.path) as reopened:  # takes the day's backup (its key stays in the test's own folder)
        assert reopened.clauses.list()
    taken = backups.list_backups(small_log.path)
    assert taken and all("mineralsdesk-test-home-" in str(b.path) for b in taken)


def test_a_schema_7_log_keeps_its_attached_paper_searchable_after_the_content_index(tmp_path: Path):
    """Step 8 indexes attached text once per content: the fixture's paper, attached twice, is found once per record."""
    path = _copy(7, tmp_path)
    with Log.open(path) as migrated:
        hits = [h for h in migrated.search("restrictions") if h.kind == "attachment"]
        assert sorted(h.title for h in hits) == ["non-paper copy.txt", "non-paper.txt"]
        assert migrated.check().ok
