"""Backups and restore: automatic online-backup copies of a log, listed by date, and putting one back safely.

Automatic backups go to a folder of their own per log (under the app's data folder, away from a synced
or removable log folder), are taken with SQLite's online backup API (never a file copy, which can catch
a half-written page), and only the newest N are kept (N is the log's ``backups_keep`` setting).
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
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

from ..errors import DamagedLogError, LogError, NewerLogError, NotALogError
from ..paths import backups_dir, data_dir, private_dir
from ..store import database, files
from . import chain

if TYPE_CHECKING:
    from .log import Log

KEEP_META_KEY = "backups_keep"
KEEP_DEFAULT = 10
REASONS = ("daily", "before migration", "before import", "before restore", "manual")
_STAMP = "%Y%m%dT%H%M%S%fZ"
# Newer names carry the change log's head (12 hex digits and the entry number) so a reader can compare.
_NAME = re.compile(r"^(?P<stamp>\d{8}T\d{12}Z)\.(?P<reason>[a-z-]+)(?:\.(?P<head>[0-9a-f]{12})-(?P<seq>\d+))?\.mdesk$")


@dataclass(frozen=True)
class BackupInfo:
    """One automatic backup of a log: where, when (UTC), how big, and why it was taken."""

    path: Path
    taken_at: datetime
    size: int
    reason: str
    head: str = ""  # the change log's head fingerprint when it was taken (12 hex digits#entry)


@dataclass(frozen=True)
class Damage:
    """A log that could not be opened: the one-line message and the newest backup that passes the check."""

    message: str
    backup: BackupInfo | None


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
    except (ValueError, sqlite3.Error):
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
    database.backup_to(log.db, out)
    if prune_old:
        prune(log.path, keep if keep is not None else keep_count(log))
    return BackupInfo(out, taken, out.stat().st_size, reason, head)


def backup_before_import(log: Log, *, dry_run: bool = False) -> BackupInfo | None:
    """The backup every import takes before it writes, so File > Restore… can put the log back; a dry run writes
    nothing, so it takes none (and returns None). The command line and the Import Excel dialog both call this."""
    if dry_run:
        return None
    return take_backup(log, "before import")


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


def check_backup(path: Path) -> str | None:
    """None when the file is a MineralsDesk log that passes the full check; else the reason in one line."""
    from .log import Log

    try:
        with Log.open(path, readonly=True) as source:
            # A backup is older than the log by nature: this computer's anchor of the log's head does not apply.
            report = source.check(against_anchor=False)
    except LogError as exc:
        return str(exc)
    except sqlite3.DatabaseError as exc:
        return f"unreadable ({exc})"
    return None if report.ok else report.problems[0]


def newest_good_backup(log_path: str | os.PathLike) -> BackupInfo | None:
    """The newest automatic backup that opens and passes the full integrity and change-log check."""
    for info in list_backups(log_path):
        if check_backup(info.path) is None:
            return info
    return None


def open_or_recover(path: str | os.PathLike, *, readonly: bool = False,
                    defer_checks: bool = False) -> tuple[Log | None, Damage | None]:
    """Open a log, or say why it cannot be and which backup could replace it; nothing is altered.

    A foreign or newer file is refused as such (its error propagates). A damaged log, or a file that is
    no longer a log where backups of one exist, gives (None, Damage); the caller offers the restore and
    calls `recover_from_backup`. `defer_checks` is passed to Log.open (the app checks after its first paint).
    """
    from .log import Log

    path = Path(path)
    try:
        return Log.open(path, readonly=readonly, defer_checks=defer_checks), None
    except NewerLogError:
        raise
    except DamagedLogError as exc:
        return None, Damage(str(exc), newest_good_backup(path))
    except NotALogError as exc:
        if not list_backups(path):
            raise
        return None, Damage(f"{exc}; it used to be a log with backups", newest_good_backup(path))


def _unique_sibling(path: Path, suffix: str) -> Path:
    candidate = path.with_name(path.name + suffix)
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name}{suffix}-{n}")
        n += 1
    return candidate


def recover_from_backup(log_path: str | os.PathLike, backup: str | os.PathLike) -> Path:
    """Put a checked backup in place of a damaged log; returns the path of the restored log.

    The damaged file is kept, never written over, as NAME.damaged. When SQLite journal files that may
    still hold data sit beside it (-wal, -journal), nothing is renamed: the backup is restored beside
    it as NAME-restored-DATE.mdesk, so the damaged log keeps its journal for later rescue.
    """
    log_path, backup = Path(log_path), Path(backup)
    problem = check_backup(backup)
    if problem is not None:
        raise LogError(f"{backup.name} fails its check ({problem}); nothing was restored")
    if database.hot_journals(log_path):
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = _unique_sibling(log_path.with_name(f"{log_path.stem}-restored-{stamp}"), log_path.suffix)
        _copy_in(backup, target)
        return target
    if log_path.exists():
        os.replace(log_path, _unique_sibling(log_path, ".damaged"))
    _copy_in(backup, log_path)
    return log_path


def _copy_in(backup: Path, target: Path) -> None:
    """Copy a backup's pages into `target` (0600) through the online backup API, atomically."""
    from .log import Log

    with Log.open(backup, readonly=True) as source:
        database.backup_to(source.db, target, replace_log=True)
    with Log.open(target, defer_checks=True) as restored:
        chain.record_restore(restored, backup.name)


def restore_backup(log_path: str | os.PathLike, backup: str | os.PathLike) -> Path | None:
    """Replace the log with a checked backup; the current log (if readable) is backed up first.

    Refused while another window or program has the log open (its edits would go to the replaced file);
    a desktop window restoring its own log closes it first. Returns the path the previous log was saved
    to: an automatic "before restore" backup, NAME.damaged when it could not be opened, or None.
    """
    from .log import Log

    log_path, backup = Path(log_path), Path(backup)
    if not backup.is_file():
        raise LogError(f"No backup at {backup}")
    problem = check_backup(backup)
    if problem is not None:
        raise LogError(f"{backup.name} fails its check ({problem}); nothing was restored")
    if log_path.exists() and log_path.resolve() == backup.resolve():
        raise LogError("That backup is the log itself; choose another file")
    if log_path.exists() and not database.is_writable(log_path):
        raise LogError(f"{log_path.name} is read-only (the file or its folder cannot be written); nothing was "
                       "restored and no backup was taken")
    if not log_path.exists():
        if database.hot_journals(log_path):
            raise LogError(f"Journal files of a former log remain beside {log_path.name}; move them away first")
        _copy_in(backup, log_path)
        return None
    try:
        current = Log.open(log_path)
    except (DamagedLogError, NotALogError):
        if not database.hot_journals(log_path):
            saved = _unique_sibling(log_path, ".damaged")
            os.replace(log_path, saved)
            _copy_in(backup, log_path)
            return saved
        raise LogError(f"{log_path.name} cannot be read and has journal files beside it; nothing was "
                       "restored (restore to another name instead)") from None
    with current:
        # Pruning waits until the restore is done: the backup being restored may be the oldest one.
        saved_info = take_backup(current, "before restore", prune_old=False)
        keep = keep_count(current)
    with database.exclusive_access(log_path):
        _copy_in(backup, log_path)
    prune(log_path, keep)
    return saved_info.path


def check_output(out: str | os.PathLike, *, log_path: str | os.PathLike | None, suffix: str | None = None,
                 force: bool = False) -> Path:
    """Refuse (TargetError, one line) a file to write that is a folder, has the wrong extension, is
    the open log or a journal of it, or is any MineralsDesk log (unless `force`, for a backup that is
    to replace another log). The CLI and the app's save dialogs both ask here before writing.
    """
    return files.check_target(out, open_log=log_path, suffix=suffix, replace_log=force)


def backup_to_file(log: Log, out: str | os.PathLike, *, force: bool = False) -> Path:
    """`mineralsdesk backup OUT`: a copy of the open log at OUT, checked by `check_output` first."""
    target = check_output(out, log_path=log.path, suffix=None, force=force)
    return database.backup_to(log.db, target, replace_log=force)
