"""Automatic backups of an open log: taking one (the day's, or before a migration), listing and pruning them.

Backups go to a folder of their own per log (under the app's data folder, away from a synced or removable
log folder), are taken with SQLite's online backup API (never a file copy, which can catch a half-written
page; a plain log's backup is then gzip-compressed, `NAME.mdesk.gz`, and opened through
`files.readable_copy`), and only the newest N are kept (N is the log's ``backups_keep`` setting). Nothing here opens a log,
so `Log.open` can take its backups from here; checking and restoring backups (which open logs) are in
backups.py, above the Log.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

try:  # POSIX: the day's backup is taken under a lock, so two processes starting at once take it once
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

from ..paths import backups_dir, data_dir, private_dir
from ..store import cipher, files

if TYPE_CHECKING:
    from .log import Log

KEEP_META_KEY = "backups_keep"
KEEP_DEFAULT = 10
REASONS = ("daily", "before migration", "before import", "before restore", "manual")
_STAMP = "%Y%m%dT%H%M%S%fZ"
# Newer names carry the change log's head (12 hex digits and the entry number) so a reader can compare.
_NAME = re.compile(r"^(?P<stamp>\d{8}T\d{12}Z)\.(?P<reason>[a-z-]+)(?:\.(?P<head>[0-9a-f]{12})-(?P<seq>\d+))?\.mdesk(?:\.gz)?$")


@dataclass(frozen=True)
class BackupInfo:
    """One automatic backup of a log: where, when (UTC), how big, and why it was taken."""

    path: Path
    taken_at: datetime
    size: int
    reason: str
    head: str = ""  # the change log's head fingerprint when it was taken (12 hex digits#entry)


def backup_folder(log_path: str | os.PathLike) -> Path:
    """The folder holding a log's automatic backups (named after the log and a digest of its full path)."""
    resolved = Path(log_path).resolve()
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "-", resolved.stem)[:40].strip("-.") or "log"
    digest = hashlib.sha256(str(resolved).encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return backups_dir() / f"{stem}-{digest}"


def list_backups(log_path: str | os.PathLike) -> list[BackupInfo]:
    """The log's automatic backups, newest first."""
    folder = backup_folder(log_path)
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        match = _NAME.match(path.name)
        if not match:
            continue
        try:
            size = path.stat().st_size
            taken = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
        except (OSError, ValueError):
            continue
        head = f"{match['head']}#{match['seq']}" if match["head"] else ""
        found.append(BackupInfo(path, taken, size, match["reason"].replace("-", " "), head))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def keep_count(log: Log) -> int:
    """How many automatic backups this log keeps (its ``backups_keep`` setting, default 10, at least 1)."""
    try:
        return max(1, int(log.repo.meta().get(KEEP_META_KEY, KEEP_DEFAULT)))
    except (ValueError, *cipher.Error):
        return KEEP_DEFAULT


def set_keep_count(log: Log, count: int) -> None:
    """Change how many automatic backups are kept (one transaction, recorded in the change log)."""
    if not isinstance(count, int) or isinstance(count, bool) or not 1 <= count <= 1000:
        raise ValueError("Keep between 1 and 1000 backups")
    with log.write() as repo:
        repo.set_meta(KEEP_META_KEY, str(count), source=log.current_source)


def take_backup(log: Log, reason: str, *, keep: int | None = None, prune_old: bool = True) -> BackupInfo:
    """Back the open log up now into its backup folder, then drop all but the newest `keep` backups."""
    if reason not in REASONS:
        raise ValueError(f"Unknown backup reason {reason!r}")
    folder = _private_backup_folder(log.path)
    files.remove_stale_temporaries(folder)
    taken = datetime.now(UTC)
    head = log.fingerprint()
    out = folder / f"{taken.strftime(_STAMP)}.{reason.replace(' ', '-')}.{head.replace('#', '-')}.mdesk"
    if log.db.key is None:  # a plain log's backup is compressed (~1/4 of the log); an encrypted one's cannot be
        out = files.compressed_backup_to(log.db, out.with_name(out.name + files.COMPRESSED_SUFFIX))
    else:
        files.backup_to(log.db, out)
    if prune_old:
        prune(log.path, keep if keep is not None else keep_count(log))
    return BackupInfo(out, taken, out.stat().st_size, reason, head)


def _private_backup_folder(log_path: str | os.PathLike) -> Path:
    """The log's backup folder, created with the data and backups folders above it, all 0700."""
    private_dir(data_dir())
    private_dir(backups_dir())
    return private_dir(backup_folder(log_path))


@contextmanager
def _daily_lock(log_path: str | os.PathLike) -> Iterator[None]:
    """Hold the log's backup-folder lock (a 0600 `.daily.lock` file) while the day's backup is decided."""
    folder = _private_backup_folder(log_path)
    fd = os.open(folder / ".daily.lock", os.O_CREAT | os.O_RDWR, 0o600)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def prune(log_path: str | os.PathLike, keep: int) -> list[Path]:
    """Delete all but the newest `keep` automatic backups; returns what was deleted."""
    removed = []
    for info in list_backups(log_path)[max(1, keep):]:
        try:
            info.path.unlink()
            removed.append(info.path)
        except OSError:
            pass
    return removed


def daily_backup(log: Log, *, today: datetime | None = None) -> BackupInfo | None:
    """Take the day's backup when none was taken today (local date); returns it, or None if not needed."""
    now = (today or datetime.now(UTC)).astimezone()
    with _daily_lock(log.path):  # a second process waits here, then finds today's backup and skips it
        newest = list_backups(log.path)
        if newest and newest[0].taken_at.astimezone(now.tzinfo).date() == now.date():
            return None
        return take_backup(log, "daily")
