"""Backups and restore: checking automatic backups, recovering a damaged log, and putting one back safely.

The automatic backups themselves (taking, listing, pruning) live in autobackup.py, below the Log, which
takes the day's backup when it opens; their names are available here too, as callers have always used them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import DamagedLogError, LogError, NewerLogError, NotALogError
from ..i18n import QT_TRANSLATE_NOOP
from ..store import cipher, database, files
from . import chain
from .log import Log
from .storage import handed_on

if TYPE_CHECKING:
    from .autobackup import (
        BackupInfo,
        backup_folder,
        daily_backup,
        keep_count,
        list_backups,
        prune,
        set_keep_count,
        take_backup,
    )

# The automatic backups' names, handed on from autobackup.py when first asked for (PEP 562): opening a log (the
# app's start) needs none of them unless it is damaged, so its start does not import that module.
_AUTOBACKUP = ("BackupInfo", "backup_folder", "daily_backup", "keep_count", "list_backups", "prune",
               "set_keep_count", "take_backup")

__all__ = [
    "BackupInfo", "Damage", "backup_folder", "key_for", "backup_to_file", "check_backup", "check_output", "daily_backup",
    "keep_count", "list_backups", "newest_good_backup", "open_or_recover", "prune", "readable_copy",
    "recover_from_backup",
    "restore_backup", "set_keep_count", "take_backup",
]


@dataclass(frozen=True)
class Damage:
    """A log that could not be opened: the one-line message and the newest backup that passes the check."""

    message: str
    backup: BackupInfo | None


def backup_before_import(log: Log, *, dry_run: bool = False) -> BackupInfo | None:
    """The backup every import takes before it writes, so File > Restore… can put the log back; a dry run writes
    nothing, so it takes none (and returns None). The command line and the Import Excel dialog both call this."""
    from .autobackup import take_backup

    if dry_run:
        return None
    return take_backup(log, "before import")


def key_for(path: str | os.PathLike, passphrase: str | None) -> str | None:
    """The passphrase when the file is encrypted, None when it is plain: backups keep their log's state, so a
    log encrypted later still has plain backups from before (each file is opened with the build it needs)."""
    return passphrase if passphrase is not None and cipher.looks_encrypted(Path(path)) else None


readable_copy = files.readable_copy  # a compressed backup, decompressed to a private temporary file while open


def check_backup(path: Path, passphrase: str | None = None) -> str | None:
    """None when the file is a MineralsDesk log that passes the full check; else the reason in one line.
    An encrypted backup is opened with `passphrase` (its log's)."""
    try:
        with files.readable_copy(path) as readable, \
                Log.open(readable, readonly=True, passphrase=key_for(readable, passphrase)) as source:
            # A backup is older than the log by nature: this computer's anchor of the log's head does not apply.
            report = source.check(against_anchor=False)
    except LogError as exc:
        return str(exc)
    except cipher.DatabaseError as exc:
        return f"unreadable ({exc})"
    return None if report.ok else report.problems[0]


def newest_good_backup(log_path: str | os.PathLike, passphrase: str | None = None) -> BackupInfo | None:
    """The newest automatic backup that opens and passes the full integrity and change-log check."""
    from .autobackup import list_backups

    for info in list_backups(log_path):
        if check_backup(info.path, passphrase) is None:
            return info
    return None


def open_or_recover(path: str | os.PathLike, *, readonly: bool = False,
                    defer_checks: bool = False, passphrase: str | None = None,
                    pending_key: cipher.PendingKey | None = None) -> tuple[Log | None, Damage | None]:
    """Open a log, or say why it cannot be and which backup could replace it; nothing is altered.

    A foreign or newer file is refused as such (its error propagates). A damaged log, or a file that is
    no longer a log where backups of one exist, gives (None, Damage); the caller offers the restore and
    calls `recover_from_backup`. `defer_checks` is passed to Log.open (the app checks after its first paint), and
    `pending_key` (a key derivation started at the app's start, `encryption.derive_ahead`).
    """
    path = Path(path)
    try:
        return Log.open(path, readonly=readonly, defer_checks=defer_checks, passphrase=passphrase,
                        pending_key=pending_key), None
    except NewerLogError:
        raise
    except DamagedLogError as exc:
        return None, Damage(str(exc), newest_good_backup(path, passphrase))
    except NotALogError as exc:
        from .autobackup import list_backups

        if not list_backups(path):
            raise
        return None, Damage(f"{exc}; it used to be a log with backups", newest_good_backup(path, passphrase))


def _unique_sibling(path: Path, suffix: str) -> Path:
    candidate = path.with_name(path.name + suffix)
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name}{suffix}-{n}")
        n += 1
    return candidate


def recover_from_backup(log_path: str | os.PathLike, backup: str | os.PathLike,
                        passphrase: str | None = None) -> Path:
    """Put a checked backup in place of a damaged log; returns the path of the restored log.

    The damaged file is kept, never written over, as NAME.damaged. When SQLite journal files that may
    still hold data sit beside it (-wal, -journal), nothing is renamed: the backup is restored beside
    it as NAME-restored-DATE.mdesk, so the damaged log keeps its journal for later rescue.
    """
    log_path, backup = Path(log_path), Path(backup)
    problem = check_backup(backup, passphrase)
    if problem is not None:
        raise LogError(QT_TRANSLATE_NOOP("Errors", "{file} fails its check ({problem}); nothing was "
                                                   "restored"), file=backup.name, problem=problem)
    if database.hot_journals(log_path):
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = _unique_sibling(log_path.with_name(f"{log_path.stem}-restored-{stamp}"), log_path.suffix)
        _copy_in(backup, target, passphrase)
        return target
    if log_path.exists():
        os.replace(log_path, _unique_sibling(log_path, ".damaged"))
    _copy_in(backup, log_path, passphrase)
    return log_path


def _copy_in(backup: Path, target: Path, passphrase: str | None = None) -> None:
    """Copy a backup's pages into `target` (0600) through the online backup API, atomically; an encrypted
    backup gives an encrypted log with the same key, a plain one a plain log."""
    with files.readable_copy(backup) as readable:
        key = key_for(readable, passphrase)
        with Log.open(readable, readonly=True, passphrase=key) as source:
            files.backup_to(source.db, target, replace_log=True)
    with Log.open(target, defer_checks=True, passphrase=key) as restored:
        chain.record_restore(restored, backup.name)


def restore_backup(log_path: str | os.PathLike, backup: str | os.PathLike,
                   passphrase: str | None = None) -> Path | None:
    """Replace the log with a checked backup; the current log (if readable) is backed up first.

    Refused while another window or program has the log open (its edits would go to the replaced file);
    a desktop window restoring its own log closes it first. Returns the path the previous log was saved
    to: an automatic "before restore" backup, NAME.damaged when it could not be opened, or None.
    """
    from .autobackup import keep_count, prune, take_backup

    log_path, backup = Path(log_path), Path(backup)
    if not backup.is_file():
        raise LogError(QT_TRANSLATE_NOOP("Errors", "No backup at {backup}"), backup=backup)
    problem = check_backup(backup, passphrase)
    if problem is not None:
        raise LogError(QT_TRANSLATE_NOOP("Errors", "{file} fails its check ({problem}); nothing was "
                                                   "restored"), file=backup.name, problem=problem)
    if log_path.exists() and log_path.resolve() == backup.resolve():
        raise LogError(QT_TRANSLATE_NOOP("Errors", "That backup is the log itself; choose another file"))
    if log_path.exists() and not database.is_writable(log_path):
        raise LogError(QT_TRANSLATE_NOOP("Errors", "{file} is read-only (the file or its folder "
                                                   "cannot be written); nothing was restored and no backup "
                                                   "was taken"), file=log_path.name)
    if not log_path.exists():
        if database.hot_journals(log_path):
            raise LogError(QT_TRANSLATE_NOOP("Errors", "Journal files of a former log remain beside "
                                                       "{file}; move them away first"),
                           file=log_path.name)
        _copy_in(backup, log_path, passphrase)
        return None
    try:
        current = Log.open(log_path, passphrase=key_for(log_path, passphrase))
    except (DamagedLogError, NotALogError):
        if not database.hot_journals(log_path):
            saved = _unique_sibling(log_path, ".damaged")
            os.replace(log_path, saved)
            _copy_in(backup, log_path, passphrase)
            return saved
        raise LogError(QT_TRANSLATE_NOOP("Errors", "{file} cannot be read and has journal files "
                                                   "beside it; nothing was restored (restore to another "
                                                   "name instead)"), file=log_path.name) from None
    with current:
        # Pruning waits until the restore is done: the backup being restored may be the oldest one.
        saved_info = take_backup(current, "before restore", prune_old=False)
        keep = keep_count(current)
    with database.exclusive_access(log_path, key_for(log_path, passphrase)):
        _copy_in(backup, log_path, passphrase)
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
    """`mineralsdesk backup OUT`: a copy of the open log at OUT, checked by `check_output` first.

    A log opened read-only (the command's way) was not checked whole at open: it is here, before its pages are
    copied, so a damaged page never lands in a file that looks sound."""
    target = check_output(out, log_path=log.path, suffix=None, force=force)
    if log.readonly:
        log.check_whole_file()
    return files.backup_to(log.db, target, replace_log=force)


__getattr__ = handed_on(globals(), dict.fromkeys(_AUTOBACKUP, ".autobackup"))
