"""Opening and creating log files: recognition checks, PRAGMAs, 0600 permissions and write transactions.

Journal mode and durability: logs use WAL, so a reader (the app's table views) never blocks the
writer and a crash mid-write leaves the main file intact; ``synchronous=FULL`` makes every committed
transaction durable across power loss (NORMAL in WAL may drop the last commits), a cost that edits
made by hand never notice. Write transactions start with ``BEGIN IMMEDIATE`` so a second writer
(another window, the CLI) waits on the busy timeout instead of failing half-way.
"""

from __future__ import annotations

import functools
import json
import operator
import os
import sqlite3
import stat
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ..domain.ordering import ref_key
from ..errors import (
    DamagedLogError,
    EncryptedLogError,
    LogBusyError,
    LogError,
    NotALogError,
    NotEncryptedError,
)
from ..i18n import QT_TRANSLATE_NOOP, Message
from . import cipher

T = TypeVar("T")

# "MDsk" as a 32-bit integer: PRAGMA application_id marks a MineralsDesk log.
APPLICATION_ID = 0x4D44736B
SQLITE_MAGIC = cipher.SQLITE_MAGIC
LOG_SUFFIX = ".mdesk"
BUSY_TIMEOUT_MS = 5000


def is_writable(path: Path) -> bool:
    """True when this process may write the log: the file and its folder (for -wal/-shm) are writable."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    return os.access(path, os.W_OK) and os.access(folder, os.W_OK | os.X_OK)


def _connect(path: Path, *, readonly: bool = False, key: str | cipher.RawKey | None = None) -> sqlite3.Connection:
    folder = path.parent if str(path.parent) else Path(".")
    if readonly and not os.access(folder, os.W_OK | os.X_OK) and not Path(f"{path}-wal").exists():
        # A folder nobody can write holds no -wal of this log and can get none: without immutable=1
        # SQLite would try to create the -shm of a WAL log and fail ("attempt to write a readonly database").
        conn = cipher.connect(f"{Path(path).resolve().as_uri()}?immutable=1", uri=True, key=key)
    else:
        conn = cipher.connect(str(path), key=key)
    if key is not None:
        cipher.verify_key(conn, path)  # PRAGMA key came first; a wrong key stops here, before any write
        cipher.tune(conn)
    if readonly:
        # query_only instead of mode=ro: a mode=ro connection cannot remove the -wal/-shm files it creates.
        conn.execute("PRAGMA query_only = ON")
    # Autocommit at the driver level: transactions are begun explicitly (see write_transaction).
    conn.isolation_level = None
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    register_functions(conn)
    # What sqlite_utils.Database sets on a connection it wraps, set here for every connection of ours.
    conn.execute("PRAGMA recursive_triggers = ON")
    return conn


def register_functions(conn: Any) -> None:
    """The functions the log's triggers call, on a connection of ours (a plain SQLite tool can read the log but
    not write clauses, as since schema 3)."""
    # ORDER BY natural_key(ref) sorts "Art. 2" before "Art. 10" (the key is computed once per row); the
    # name stays natural_key: the triggers of schema 3 in every log call it by that name.
    conn.create_function("natural_key", 1, ref_key, deterministic=True)
    conn.create_function("short_grams", -1, short_grams, deterministic=True)
    conn.create_function("grams_changed", -1, grams_changed, deterministic=True)


def has_table(db: LogDatabase, name: str) -> bool:
    """True when the log has the table `name`: what tells a schema's kept data from an older log opened read-only
    (never migrated)."""
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).fetchone() is not None


_LIKE_FOLD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def all_of(conditions: list[str]) -> str:
    """SQL conditions joined by AND in a balanced tree: SQLite refuses an expression deeper than 1,000, which a
    chain of one condition per word of a pasted text reaches."""
    if len(conditions) <= 2:
        return " AND ".join(conditions)
    half = len(conditions) // 2
    return f"({all_of(conditions[:half])}) AND ({all_of(conditions[half:])})"


def contains(expression: str) -> str:
    """SQL true when the text `expression` contains the parameter (bind it folded by like_fold): ASCII letters
    folded, as LIKE folds them, but every character literal (LIKE reads % and _ as wildcards) and no limit on its
    length (LIKE refuses a pattern over 50,000 bytes). Unlike LIKE it reads past a NUL in the text; the Clauses
    filter's indexes stop there (FTS5's tokenizer, short_grams), so on a value holding a NUL the filter of an
    older log opened read-only, which reads the rows, may find a word the kept indexes do not."""
    return f"instr(lower({expression}), ?) > 0"


def like_fold(text: str) -> str:
    """Text case-folded as SQLite's LIKE folds it: ASCII letters only."""
    return text.translate(_LIKE_FOLD)


@functools.lru_cache(maxsize=64)  # an edit's trigger asks for the same row's parts more than once
def _grams(values: tuple[str | None, ...]) -> frozenset[str]:
    words: set[str] = set()
    for value in values:
        words.update(like_fold(str(value or "").split("\x00")[0]).split())
    grams: set[str] = set()
    for word in words:  # each distinct word once (a long title repeats its words)
        grams.update(word)
        grams.update(map(operator.add, word, word[1:]))
    return frozenset(grams)


def short_grams(*values: str | None) -> str:
    """The distinct parts of one and two characters of the values' words (no whitespace in them), folded as LIKE
    folds (schema 15's index of the filter's short words, store/clause_keys.py), as a JSON array. A value is read
    up to a NUL, as LIKE reads it."""
    return json.dumps(sorted(_grams(values)), ensure_ascii=False)


def grams_changed(added: int, *old_and_new: str | None) -> str:
    """The parts an edit adds (`added` 1) or removes (0): the first half of the values are the row's old words,
    the second half its new ones; a JSON array."""
    half = len(old_and_new) // 2
    old, new = _grams(old_and_new[:half]), _grams(old_and_new[half:])
    return json.dumps(sorted(new - old if added else old - new), ensure_ascii=False)


if TYPE_CHECKING:
    import sqlite_utils


class LogDatabase:
    """An open log: its sqlite3 connection, and a sqlite-utils Database over it when one is asked for.

    Reads and writes run on the connection itself (sqlite-utils' `execute` only passes them on; transactions
    are write_transaction's own). The sqlite-utils Database is made on first use only: importing sqlite-utils
    loads its plugin hooks (pluggy, click, dateutil), about 110 ms that a start-up should not pay.
    """

    def __init__(self, conn: sqlite3.Connection, key: str | None = None, raw_key: cipher.RawKey | None = None):
        self.conn = conn
        # The passphrase of an encrypted log (None: plain), kept in memory only, for connections made from this
        # one (backups, a second thread); never written to settings, reports or the change log.
        self.key = key
        # Its derived key (memory only too): other connections to this same file skip the key derivation.
        self.raw_key = raw_key
        self._utils: sqlite_utils.Database | None = None
        # write_transaction's state: how deep our writes are nested (0: no transaction of ours), and the error of
        # a nested write that failed half-way, which dooms the outer transaction (see write_transaction).
        self.write_depth = 0
        self.doomed: BaseException | None = None

    @property
    def utils(self) -> sqlite_utils.Database:
        """The sqlite-utils Database on this connection (made on first use; plugins are not run)."""
        if self._utils is None:
            import sqlite_utils

            # recursive_triggers is already on (_connect); setting it again inside a transaction is a no-op.
            self._utils = sqlite_utils.Database(self.conn, execute_plugins=False, recursive_triggers=False)
        return self._utils

    @property
    def read_only(self) -> bool:
        """True for a log opened read-only (query_only: see _connect)."""
        return bool(self.conn.execute("PRAGMA query_only").fetchone()[0])

    def execute(self, sql: str, parameters: Any = None) -> sqlite3.Cursor:
        """Run one statement on the connection (autocommit: writes belong inside `write_transaction`)."""
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    def atomic(self):
        """sqlite-utils' transaction block: BEGIN/COMMIT, or a savepoint when a transaction is open."""
        return self.utils.atomic()

    def close(self) -> None:
        self.conn.close()

    def adopt(self, other: LogDatabase) -> None:
        """Take over `other`'s connection and key (a log resumed after a lock keeps this object, which the
        repository and the change log's key table refer to); `other` is not to be used afterwards."""
        self.conn, self.key, self.raw_key, self._utils = other.conn, other.key, other.raw_key, None
        self.write_depth, self.doomed = 0, None


def kept_until_change(cache: weakref.WeakKeyDictionary, db: LogDatabase, make: Callable[[], T]) -> T:
    """What `make()` built for this connection, kept in `cache` until the log changes: this connection writes
    (total_changes) or another one commits (data_version); then built again."""
    token = (db.conn.total_changes, db.execute("PRAGMA data_version").fetchone()[0])
    kept = cache.get(db)
    if kept is None or kept[0] != token:
        kept = cache[db] = (token, make())
    return kept[1]


def inspect_file(path: Path, passphrase: str | None = None) -> tuple[int, int]:
    """Return (application_id, user_version) of an existing file without changing it.

    Raises NotALogError for anything that is not an SQLite database of ours. An encrypted file cannot be read
    without its key: with no passphrase it raises EncryptedLogError; with one it returns (APPLICATION_ID, 0)
    and the caller checks both numbers once the keyed connection is open. A plain log given a passphrase
    raises NotEncryptedError.
    """
    if not path.exists():
        raise LogError(QT_TRANSLATE_NOOP("Errors", "No log at {path}"), path=path)
    if path.is_dir():
        raise NotALogError(QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a MineralsDesk log"),
                           path=path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise LogError(QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {strerror}"), path=path,
                       strerror=exc.strerror) from None
    if head != SQLITE_MAGIC and cipher.looks_encrypted(path):
        if passphrase is None:
            raise EncryptedLogError(QT_TRANSLATE_NOOP("Errors", "{file} is encrypted (or is not a "
                                                                "MineralsDesk log): give its passphrase to "
                                                                "open it"), file=path.name)
        return APPLICATION_ID, 0
    if head != SQLITE_MAGIC:
        what = "an empty file" if path.stat().st_size == 0 else "not an SQLite database"
        raise NotALogError(QT_TRANSLATE_NOOP("Errors", "{path} is not a MineralsDesk log ({what}); it was "
                                                       "left untouched"), path=path, what=what)
    # Read the header fields directly: even a read-only SQLite connection may leave -wal/-shm files behind.
    with open(path, "rb") as fh:
        header = fh.read(100)
    if len(header) < 100:
        raise NotALogError(QT_TRANSLATE_NOOP("Errors", "{path} is not a MineralsDesk log (truncated "
                                                       "header); it was left untouched"), path=path)
    version = int.from_bytes(header[60:64], "big")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID and Path(str(path) + "-wal").is_file():
        # A log another window just created keeps its first header in the -wal until a checkpoint;
        # the journal files exist already, so asking SQLite leaves nothing new behind.
        app_id, version = _header_through_sqlite(path, app_id, version)
    if app_id != APPLICATION_ID:
        raise NotALogError(QT_TRANSLATE_NOOP("Errors", "{path} is an SQLite file of another application; "
                                                       "it was left untouched"), path=path)
    if passphrase is not None:
        raise NotEncryptedError(QT_TRANSLATE_NOOP("Errors", "{file} is not encrypted: open it without a "
                                                            "passphrase (nothing was changed)"),
                                file=path.name)
    return app_id, version


def _header_through_sqlite(path: Path, app_id: int, version: int) -> tuple[int, int]:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return (conn.execute("PRAGMA application_id").fetchone()[0],
                    conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return app_id, version


def create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only (0600), failing if it exists."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def open_database(path: Path, *, readonly: bool = False, key: str | None = None,
                  raw_key: cipher.RawKey | None = None) -> LogDatabase:
    """Open an existing file with the log's PRAGMAs set; with `key`, through SQLCipher (see store/cipher.py).

    With `raw_key` too (the key derived from `key` for this file) the connection is keyed with it, skipping
    SQLCipher's key derivation; a raw key that does not fit the file fails as a wrong passphrase does.
    """
    conn = _connect(path, readonly=readonly, key=raw_key if key is not None and raw_key is not None else key)
    db = LogDatabase(conn, key, raw_key if key is not None else None)
    if not readonly:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            conn.close()
            raise LogError(QT_TRANSLATE_NOOP("Errors", "Cannot switch {path} to WAL journaling (got {mode})"),
                           path=path, mode=mode)
        conn.execute("PRAGMA synchronous = FULL")
    return db


def sqlite_failure(exc: BaseException, outcome: str = "the change was not saved") -> LogError | None:
    """A one-line LogError for a disk-level failure (disk full, I/O error, read-only medium), else None."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
    if primary == sqlite3.SQLITE_FULL or "disk is full" in text:
        return LogError(QT_TRANSLATE_NOOP("Errors", "The disk is full: {outcome} and the log is unchanged. "
                                                    "Free some space and try again."), outcome=outcome)
    if primary == sqlite3.SQLITE_IOERR or "disk i/o error" in text:
        return LogError(QT_TRANSLATE_NOOP("Errors", "The disk reported a write error: {outcome}. Check the "
                                                    "drive, then run `mineralsdesk check`."), outcome=outcome)
    if primary == sqlite3.SQLITE_READONLY or "readonly database" in text:
        return LogError(QT_TRANSLATE_NOOP("Errors", "The file cannot be written (read-only file or "
                                                    "medium): {outcome}."), outcome=outcome)
    return None


def is_group_or_world_readable(path: Path) -> bool:
    """True when others than the owner may read the file (a warning, not an error)."""
    try:
        return bool(path.stat().st_mode & (stat.S_IRGRP | stat.S_IROTH))
    except OSError:
        return False


@contextmanager
def write_transaction(db: LogDatabase, *, savepoint: bool = False) -> Iterator[LogDatabase]:
    """One all-or-nothing write: BEGIN IMMEDIATE ... COMMIT, everything rolled back on any error.

    A write nested in one of ours joins the outer transaction without a savepoint: the cipher build's
    `RELEASE SAVEPOINT` costs in proportion to its page cache (10,000 nested edits: 12 s of 20 s), and the
    outer transaction is rolled back as a whole anyway when the error reaches it. A caller that catches a nested
    write's error and goes on asks for `savepoint=True` (only the nested write is undone). Without one, a nested
    write that fails after it changed rows cannot be undone on its own: the outer transaction is then doomed,
    later nested writes refuse to start, and the outermost write rolls everything back and raises that error,
    so the log is never saved half-changed. A nested write that fails before changing anything leaves the outer
    transaction as it was. Inside a transaction not begun here (a conversion, a test's own BEGIN) nested writes
    are savepoints as before.
    """
    if db.conn.in_transaction:
        if savepoint or not db.write_depth:
            with _savepoint(db):
                yield db
        else:
            with _joined(db):
                yield db
        return
    try:
        db.conn.execute("BEGIN IMMEDIATE")
    except cipher.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise LogBusyError(QT_TRANSLATE_NOOP("Errors", "The log is busy: another window or program is "
                                                           "writing to it. Try again.")) from None
        raise
    db.write_depth, db.doomed = 1, None
    try:
        yield db
        if db.doomed is not None:
            raise db.doomed
        db.conn.execute("COMMIT")
    except BaseException as exc:
        _rollback(db)
        failure = sqlite_failure(exc) if isinstance(exc, cipher.Error) else None
        if failure is not None:
            raise failure from None
        raise
    finally:
        db.write_depth, db.doomed = 0, None


@contextmanager
def _joined(db: LogDatabase) -> Iterator[LogDatabase]:
    """A nested write sharing the outer transaction (no savepoint); see write_transaction."""
    if db.doomed is not None:
        raise db.doomed
    before = db.conn.total_changes  # rows changed on this connection, trigger changes included
    db.write_depth += 1
    try:
        yield db
    except BaseException as exc:
        if db.conn.total_changes != before or not db.conn.in_transaction:
            db.doomed = db.doomed or exc
        raise
    finally:
        db.write_depth -= 1


@contextmanager
def _savepoint(db: LogDatabase) -> Iterator[LogDatabase]:
    """A nested write that can be undone alone: SAVEPOINT ... RELEASE, ROLLBACK TO on an error."""
    if db.doomed is not None:
        raise db.doomed
    name = f"write_{db.write_depth}"
    db.conn.execute(f"SAVEPOINT {name}")
    depth = db.write_depth
    db.write_depth = depth + 1 if depth else 0  # inside a foreign transaction, its nested writes stay savepoints
    try:
        yield db
    except BaseException as exc:
        # An error such as a RAISE(ROLLBACK) trigger or a full disk can end the whole transaction, savepoints
        # included: rolling back to the savepoint would then fail and hide the original error.
        if db.conn.in_transaction:
            db.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
            db.conn.execute(f"RELEASE SAVEPOINT {name}")
            db.doomed = None  # whatever a write joined inside it left half-done is undone with it
        elif depth:
            db.doomed = db.doomed or exc
        raise
    else:
        db.conn.execute(f"RELEASE SAVEPOINT {name}")
    finally:
        db.write_depth = depth


def _rollback(db: LogDatabase) -> None:
    # After SQLITE_FULL or an I/O error SQLite may already have rolled back; a second ROLLBACK then fails.
    if db.conn.in_transaction:
        try:
            db.conn.execute("ROLLBACK")
        except cipher.Error:
            pass


# Folder names that sync clients create: a log there can be uploaded half-written or replaced by a
# "conflicted copy" while open, which SQLite's locks cannot prevent.
CLOUD_FOLDER_MARKERS = ("dropbox", "onedrive", "icloud", "icloud drive", "mobile documents", "google drive",
                        "googledrive", "my drive", "box sync", "pcloud", "nextcloud", "owncloud", "syncthing")
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb", "smb3", "smbfs", "afs", "9p", "ceph", "glusterfs", "davfs",
                       "fuse.sshfs", "sshfs", "fuse.rclone", "fuse.s3fs", "fuse.gcsfuse", "webdav", "lustre"}


def _mount_type(path: Path, mounts_file: Path = Path("/proc/mounts")) -> str:
    """The filesystem type of the mount holding `path` ('' when unknown, e.g. not Linux)."""
    try:
        lines = mounts_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    best, fstype = "", ""
    target = str(path)
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, fstype = point, parts[2]
    return fstype


def location_warnings(path: Path, mounts_file: Path = Path("/proc/mounts")) -> list[str]:
    """One-line warnings about where a log lives: readable by others, a synced folder, a network drive."""
    path = Path(path).resolve()
    warnings: list[str] = []
    if is_group_or_world_readable(path):
        warnings.append(Message("Log", QT_TRANSLATE_NOOP("Log", "{name} can be read by other users of this "
                                                           "computer; make it private (chmod 600 \"{path}\")."),
                                name=path.name, path=path))
    folders = [part.lower() for part in path.parent.parts]
    if any(marker in part for part in folders for marker in CLOUD_FOLDER_MARKERS):
        warnings.append(Message("Log", QT_TRANSLATE_NOOP("Log", "{name} is in a cloud-synced folder; a sync "
                                                           "while it is open can damage it or send confidential "
                                                           "text off this laptop. Keep logs in a local folder."),
                                name=path.name))
    fstype = _mount_type(path, mounts_file)
    if fstype.lower() in NETWORK_FILESYSTEMS:
        warnings.append(Message("Log", QT_TRANSLATE_NOOP("Log", "{name} is on a network drive ({fstype}); file "
                                                           "locking there is unreliable, so two writers can damage "
                                                           "it. Keep logs on a local disk."),
                                name=path.name, fstype=fstype))
    return warnings


def hot_journals(path: Path) -> list[Path]:
    """The -wal / -journal files beside a log that still hold data SQLite would need (never to be removed)."""
    found = []
    for suffix in ("-wal", "-journal"):
        side = Path(str(path) + suffix)
        try:
            if side.exists() and side.stat().st_size > 0:
                found.append(side)
        except OSError:
            found.append(side)
    return found


@contextmanager
def exclusive_access(path: Path, key: str | None = None) -> Iterator[None]:
    """Hold the log so no other connection exists while the file is replaced; raises LogBusyError otherwise.

    Leaving WAL mode needs the only connection; SQLite then checkpoints the WAL into the file itself.
    The exclusive lock is kept until the block ends, so nobody opens the old file meanwhile.
    """
    conn = cipher.connect(str(path), key=key, timeout=0.5)
    try:
        try:
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            if mode.lower() != "delete":
                raise LogBusyError(QT_TRANSLATE_NOOP("Errors", "The log is open in another window or "
                                                               "program; close it first"))
            conn.execute("BEGIN EXCLUSIVE")
        except cipher.OperationalError:
            raise LogBusyError(QT_TRANSLATE_NOOP("Errors", "The log is open in another window or program; "
                                                           "close it first")) from None
        yield
        conn.execute("ROLLBACK")
    finally:
        conn.close()


# What SQLite (and SQLCipher, for a page whose MAC fails) says when it reads a damaged page mid-command.
DAMAGE_MESSAGES = ("file is not a database", "database disk image is malformed")


def damage_found(exc: BaseException, path: Path) -> DamagedLogError | None:
    """The one-line DamagedLogError for `exc` when it is SQLite finding a damaged page of the log at `path` while a
    command reads it (read-only opens check each page as it is read rather than the whole file up front), else
    None."""
    if isinstance(exc, cipher.OperationalError) or not isinstance(exc, cipher.DatabaseError):
        return None  # busy, locked, a query's own error: not damage
    if any(text in str(exc).lower() for text in DAMAGE_MESSAGES):
        return DamagedLogError(QT_TRANSLATE_NOOP("Errors", "{file} is damaged ({problem}); it was left untouched"),
                               file=Path(path).name, problem=str(exc))
    return None


QUICK_CHECK_CACHE = -8000  # KiB (the cipher build's default): the most page cache quick_check runs with


def quick_check(db: LogDatabase) -> str | None:
    """None when SQLite's quick_check passes, else its first complaint.

    It reads every page once, so it runs with a small page cache: an encrypted connection's larger one
    (cipher.CACHE_KIB) would only fill up with the whole file's last pages and keep that memory afterwards."""
    previous = int(db.execute("PRAGMA cache_size").fetchone()[0])
    db.execute(f"PRAGMA cache_size = {max(previous, QUICK_CHECK_CACHE)}")  # negative: KiB; a smaller one is kept
    try:
        row = db.execute("PRAGMA quick_check").fetchone()
    finally:
        db.execute(f"PRAGMA cache_size = {previous}")
    if row[0] == "ok":
        return None
    # One line for a one-line message: SQLite's text may span lines ("*** in database main ***\n...").
    lines = [line.strip() for line in str(row[0]).splitlines() if line.strip() and not line.startswith("***")]
    return (lines[0] if lines else "quick_check failed")[:200]


def integrity_problems(db: LogDatabase) -> list[str]:
    """The full integrity_check and foreign_key_check, one line per problem."""
    problems = [Message("Log", QT_TRANSLATE_NOOP("Log", "integrity: {line}"), line=line)
                for (line,) in db.execute("PRAGMA integrity_check").fetchall() if line != "ok"]
    problems += [Message("Log", QT_TRANSLATE_NOOP("Log", "foreign key: {table} row {row} points to a missing "
                                                  "{parent}"), table=row[0], row=row[1], parent=row[2])
                 for row in db.execute("PRAGMA foreign_key_check").fetchall()]
    return problems


def make_self_contained(db: LogDatabase) -> None:
    """Fold the -wal into the main file and leave WAL, so the file can be moved on its own (demo build)."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("PRAGMA journal_mode = DELETE")
