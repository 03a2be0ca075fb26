"""Converting a log between plain and encrypted, or to a new passphrase: an exported copy beside it, verified,
then renamed over it (all or nothing).

The source is opened with the cipher build only (a plain file keyed with nothing reads as plain SQLite), after
the caller closed every other connection of this process to it, so one file never has two SQLite builds at once.
While the copy is made and checked, the source is held in exclusive mode: no other window or program can
write to it, and one that has it open makes the conversion refuse at the start (LogBusyError).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from ..errors import LogBusyError, LogError
from ..i18n import QT_TRANSLATE_NOOP
from . import cipher
from .database import APPLICATION_ID, quick_check, register_functions
from .files import TEMP_PREFIX, _fsync_folder, _register, _unregister

BUSY = QT_TRANSLATE_NOOP("Errors", "The log is open in another window or program; close it first (nothing was "
                                   "changed)")


def convert(path: Path, old_key: str | None, new_key: str | None,
            verify: Callable[[Path, str | None], None]) -> None:
    """Replace the log at `path` with a copy keyed with `new_key` (None: plain), made with sqlcipher_export.

    `verify(copy, new_key)` checks the copy (raises on a problem: the services open it as a log and verify
    its change-log chain); the copy's row counts, table by table, must equal the source's. On any failure the temporary copy is removed and the
    log is left as it was; on success the copy is fsynced and renamed over the log.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not os.access(folder, os.W_OK | os.X_OK) or not os.access(path, os.W_OK):
        raise LogError(QT_TRANSLATE_NOOP("Errors", "{folder} or {file} cannot be written; nothing was "
                                                   "changed"), folder=folder, file=path.name)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".mdesk", dir=folder)
    except OSError as exc:
        raise LogError(QT_TRANSLATE_NOOP("Errors", "Cannot write beside {file} ({strerror}); nothing was "
                                                   "changed"), file=path.name, strerror=exc.strerror) from None
    os.close(fd)
    tmp = Path(tmp_name)
    os.chmod(tmp, 0o600)
    os.unlink(tmp)  # SQLite creates the copy itself (a zero-length file would do too; this keeps it simple)
    _register(tmp)
    conn = cipher.connect(str(path), key=old_key, cipher=True, timeout=0.5)
    try:
        if old_key is not None:
            cipher.verify_key(conn, path)
        _export(conn, path, tmp, new_key)
        verify(tmp, new_key)
        check = cipher.connect(str(tmp), key=new_key)
        try:
            copied = _counts(check)
        finally:
            check.close()
        conn.execute("BEGIN EXCLUSIVE")  # held until the rename: nobody opens the old file meanwhile
        if _counts(conn) != copied:
            raise LogError(QT_TRANSLATE_NOOP("Errors", "The converted copy has different row counts; "
                                                       "nothing was changed"))
        os.chmod(tmp, 0o600)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        _fsync_folder(folder)
        conn.execute("ROLLBACK")
    except cipher.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise LogBusyError(BUSY) from None
        raise
    finally:
        conn.close()
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)
        _unregister(tmp)


def _export(conn: object, path: Path, tmp: Path, new_key: str | None) -> None:
    """Copy every table, index, trigger and row into `tmp` keyed with `new_key`, with the log's two header numbers."""
    register_functions(conn)  # the triggers call them on insert
    conn.execute("PRAGMA busy_timeout = 500")
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        raise LogError(QT_TRANSLATE_NOOP("Errors", "{file} is not a MineralsDesk log; nothing was changed"),
                       file=path.name)
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    # Leaving WAL needs the only connection (and folds the -wal into the file): anyone else makes this refuse.
    mode = conn.execute("PRAGMA main.journal_mode = DELETE").fetchone()[0]
    if str(mode).lower() != "delete":
        raise LogBusyError(BUSY)
    conn.execute(cipher.attach_literal(tmp, new_key))
    try:
        conn.execute("BEGIN EXCLUSIVE")
        try:
            conn.execute("SELECT sqlcipher_export('other')")
            # sqlcipher_export copies schema and rows, not the header numbers that make the file a log.
            conn.execute(f"PRAGMA other.application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA other.user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute("DETACH DATABASE other")
    if quick_check_conn(tmp, new_key) is not None:
        raise LogError(QT_TRANSLATE_NOOP("Errors", "The converted copy fails SQLite's quick_check; nothing "
                                                   "was changed"))


def _counts(conn: object) -> dict[str, int]:
    """Rows in every ordinary table (the FTS5 index's own tables included)."""
    names = [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")]
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def quick_check_conn(tmp: Path, key: str | None) -> str | None:
    """quick_check of a file by path, through the build it needs."""
    from .database import LogDatabase

    conn = cipher.connect(str(tmp), key=key)
    try:
        return quick_check(LogDatabase(conn, key))
    finally:
        conn.close()
