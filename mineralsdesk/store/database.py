"""Opening and creating log files: recognition checks, PRAGMAs, 0600 permissions and write transactions.

Journal mode and durability: logs use WAL, so a reader (the app's table views) never blocks the
writer and a crash mid-write leaves the main file intact; ``synchronous=FULL`` makes every committed
transaction durable across power loss (NORMAL in WAL may drop the last commits), a cost that edits
made by hand never notice. Write transactions start with ``BEGIN IMMEDIATE`` so a second writer
(another window, the CLI) waits on the busy timeout instead of failing half-way.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

# "MDsk" as a 32-bit integer: PRAGMA application_id marks a MineralsDesk log.
APPLICATION_ID = 0x4D44736B
SQLITE_MAGIC = b"SQLite format 3\x00"
LOG_SUFFIX = ".mdesk"
BUSY_TIMEOUT_MS = 5000


class LogError(Exception):
    """A problem with a log file, told in one clear line."""


class NotALogError(LogError):
    """The file exists but is not a MineralsDesk log; it was not altered."""


class NewerLogError(LogError):
    """The log was written by a newer MineralsDesk; this build must not write to it."""


class DamagedLogError(LogError):
    """The log fails SQLite's integrity checks."""


class LogBusyError(LogError):
    """Another program holds the log's write lock for longer than the busy timeout."""


def _connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), check_same_thread=False)
    if readonly:
        # query_only instead of mode=ro: a mode=ro connection cannot remove the -wal/-shm files it creates.
        conn.execute("PRAGMA query_only = ON")
    # Autocommit at the driver level: transactions are begun explicitly (see write_transaction).
    conn.isolation_level = None
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def inspect_file(path: Path) -> tuple[int, int]:
    """Return (application_id, user_version) of an existing file without changing it.

    Raises NotALogError for anything that is not an SQLite database of ours.
    """
    if not path.exists():
        raise LogError(f"No log at {path}")
    if path.is_dir():
        raise NotALogError(f"{path} is a folder, not a MineralsDesk log")
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise LogError(f"Cannot read {path}: {exc.strerror}") from None
    if head != SQLITE_MAGIC:
        what = "an empty file" if path.stat().st_size == 0 else "not an SQLite database"
        raise NotALogError(f"{path} is not a MineralsDesk log ({what}); it was left untouched")
    # Read the header fields directly: even a read-only SQLite connection may leave -wal/-shm files behind.
    with open(path, "rb") as fh:
        header = fh.read(100)
    if len(header) < 100:
        raise NotALogError(f"{path} is not a MineralsDesk log (truncated header); it was left untouched")
    version = int.from_bytes(header[60:64], "big")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise NotALogError(f"{path} is an SQLite file of another application; it was left untouched")
    return app_id, version


def create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only (0600), failing if it exists."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def open_database(path: Path, *, readonly: bool = False) -> sqlite_utils.Database:
    """Open an sqlite-utils Database on an existing file with the log's PRAGMAs set."""
    conn = _connect(path, readonly=readonly)
    db = sqlite_utils.Database(conn, execute_plugins=False)
    if not readonly:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            conn.close()
            raise LogError(f"Cannot switch {path} to WAL journaling (got {mode})")
        conn.execute("PRAGMA synchronous = FULL")
    return db


def is_group_or_world_readable(path: Path) -> bool:
    """True when others than the owner may read the file (a warning, not an error)."""
    try:
        return bool(path.stat().st_mode & (stat.S_IRGRP | stat.S_IROTH))
    except OSError:
        return False


@contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One all-or-nothing write: BEGIN IMMEDIATE, then db.atomic() inside it; nested calls are savepoints."""
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    try:
        db.conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise LogBusyError("The log is busy: another window or program is writing to it. Try again.") from None
        raise
    try:
        with db.atomic():
            yield db
    except BaseException:
        db.rollback()
        raise
    try:
        db.conn.execute("COMMIT")
    except BaseException:
        db.rollback()
        raise


def backup_to(db: sqlite_utils.Database, out: Path) -> Path:
    """Copy the log through SQLite's online backup API into `out` (0600), atomically."""
    from .files import atomic_output

    out = Path(out)
    with atomic_output(out) as tmp:
        dest = sqlite3.connect(str(tmp))
        try:
            db.conn.backup(dest)
            # A backup is one self-contained file: no -wal beside it.
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
    return out
