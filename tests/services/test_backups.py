"""The backup an import takes before it writes: one rule, followed by the command line and the Import dialog."""

from __future__ import annotations

from mineralsdesk.services import backups
from mineralsdesk.services.log import Log


def _before_import(log: Log) -> list[backups.BackupInfo]:
    return [b for b in backups.list_backups(log.path) if b.reason == "before import"]


def test_an_import_that_writes_is_backed_up_first_and_a_dry_run_is_not(small_log: Log):
    assert backups.backup_before_import(small_log, dry_run=True) is None
    assert _before_import(small_log) == []
    taken = backups.backup_before_import(small_log)
    assert taken is not None and taken.reason == "before import" and taken.path.exists()
    assert [b.path for b in _before_import(small_log)] == [taken.path]
    assert backups.check_backup(taken.path) is None  # a backup the restore can use
