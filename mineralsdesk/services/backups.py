"""Backups and restore: online-backup copies of a log, listed by date, and putting one back safely."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from ..store import database
from ..store.database import LogError
from .log import Log


def restore_backup(log_path: str | os.PathLike, backup: str | os.PathLike) -> Path | None:
    """Replace the log with a checked backup; the current log (if any) is kept as a backup first.

    Returns the path where the replaced log was saved, or None when there was no log.
    """
    log_path, backup = Path(log_path), Path(backup)
    with Log.open(backup, readonly=True) as source:
        report = source.check()
        if not report.ok:
            raise LogError(f"{backup.name} fails its check ({report.problems[0]}); nothing was restored")
        saved = None
        if log_path.exists():
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            saved = log_path.with_name(f"{log_path.stem}.before-restore-{stamp}{log_path.suffix}")
            with Log.open(log_path) as current:
                current.backup(saved)
                current.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            if Path(str(log_path) + "-wal").exists() and Path(str(log_path) + "-wal").stat().st_size:
                raise LogError("The log is open in another window or program; close it before restoring")
        # Copy the backup's pages into a fresh private file, then swap it in atomically.
        database.backup_to(source.db, log_path.with_name(log_path.name + ".restoring"))
    os.replace(log_path.with_name(log_path.name + ".restoring"), log_path)
    return saved
