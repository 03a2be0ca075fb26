"""Writing files safely: a private temporary file beside the target, renamed into place only when complete."""

from __future__ import annotations

import os
import shutil
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .. import paths
from ..errors import EncryptedLogError, LogError, TargetError
from ..i18n import QT_TRANSLATE_NOOP
from . import cipher
from .database import APPLICATION_ID, SQLITE_MAGIC, LogDatabase, inspect_file, sqlite_failure

try:  # POSIX: a writer holds an advisory lock on its temporary file so cleanup can tell it is alive.
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

TEMP_PREFIX = ".mineralsdesk-tmp-"
# Without file locks (Windows) a temporary file counts as stale only once it is this old, so a slow export
# running in another window is never removed from under it.
STALE_AFTER_SECONDS = 6 * 3600
JOURNAL_SUFFIXES = ("-wal", "-shm", "-journal")


def is_log_file(path: Path) -> bool:
    """True when `path` is a MineralsDesk log (recognised by its header's application_id, any version), or may
    be an encrypted one (random bytes in whole pages: it cannot be told apart without its key)."""
    try:
        inspect_file(Path(path))
    except EncryptedLogError:
        return True
    except (LogError, OSError):
        return False
    return True


def is_plain_log(path: Path) -> bool:
    """True when `path` is a plain MineralsDesk log, read as opening would (a log still open elsewhere keeps
    its header in the -wal); an encrypted log cannot be told from random bytes and gives False."""
    try:
        inspect_file(Path(path))
    except (LogError, OSError):
        return False
    return True


def is_log_header(data: bytes) -> bool:
    """True when `data` starts as a plain MineralsDesk log does: the SQLite header with our application_id."""
    return data[:16] == SQLITE_MAGIC and len(data) >= 72 and int.from_bytes(data[68:72], "big") == APPLICATION_ID


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)  # the same inode: symlinks, hard links, ./x and x
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def check_target(target: str | os.PathLike, *, open_log: str | os.PathLike | None = None,
                 suffix: str | None = None, replace_log: bool = False) -> Path:
    """Refuse, with one line, a file to write that would destroy a log; return the target.

    Refused: a folder; a name not ending in `suffix` (when given); the open log or its -wal/-shm/-journal,
    compared by inode and resolved path; the journal of any log; and any existing MineralsDesk log
    (recognised by its header) unless `replace_log` (a forced backup, a restore).
    """
    target = Path(target).expanduser()
    if target.is_dir():
        raise TargetError(QT_TRANSLATE_NOOP("Errors", "{target} is a folder; give a file name to write"),
                          target=target)
    if open_log is not None:
        log = Path(open_log)
        for side in (log, *(Path(f"{log}{s}") for s in JOURNAL_SUFFIXES)):
            if _same_file(target, side):
                if side == log:
                    raise TargetError(QT_TRANSLATE_NOOP("Errors", "{target} is the open log ({log_name}); nothing "
                                                                  "was written"), target=target, log_name=log.name)
                raise TargetError(QT_TRANSLATE_NOOP("Errors", "{target} is the open log journal ({log_name}); "
                                                              "nothing was written"), target=target, log_name=log.name)
    resolved = os.path.realpath(target)
    for s in JOURNAL_SUFFIXES:
        if resolved.endswith(s) and is_log_file(Path(resolved.removesuffix(s))):
            raise TargetError(QT_TRANSLATE_NOOP("Errors", "{target} is the journal of a MineralsDesk log; "
                                                          "nothing was written"), target=target)
    if target.is_file() and not os.access(target, os.R_OK):
        raise TargetError(QT_TRANSLATE_NOOP("Errors", "{target} cannot be read, so it cannot be checked "
                                                      "that it is not a log; nothing was written"),
                          target=target)
    if not replace_log and is_log_file(target):
        raise TargetError(QT_TRANSLATE_NOOP("Errors", "{target} is a MineralsDesk log; choose another name "
                                                      "(nothing was written)"), target=target)
    if suffix and target.suffix.lower() != suffix.lower():
        raise TargetError(QT_TRANSLATE_NOOP("Errors", "{file} does not end in {suffix}; name the file "
                                                      "NAME{suffix} (nothing was written)"), file=target.name,
                          suffix=suffix)
    return target


# Temporaries this app made are registered as empty marker files in the app's data folder, named after a
# digest of the temporary's full path; cleanup removes only registered ones, never a file by its name alone.
def _registry() -> Path:
    return paths.data_dir() / "temporaries"


def _marker(tmp: Path) -> Path:
    import hashlib  # on first use: it loads OpenSSL's libcrypto (~3 ms; store/changelog.py HASHING)

    digest = hashlib.sha256(os.path.realpath(tmp).encode("utf-8", "surrogatepass")).hexdigest()
    return _registry() / digest


def _register(tmp: Path) -> None:
    try:
        paths.private_dir(_registry())
        fd = os.open(_marker(tmp), os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    except OSError:
        pass  # unregistered: a killed writer's temporary is then left for the user, never guessed at


def _new_temporary(folder: Path, suffix: str) -> tuple[int, Path]:
    """A new, empty 0600 file in `folder` (an open descriptor and its path), registered before it exists: a writer
    killed at any moment leaves no temporary that cleanup does not know as ours (made first and registered after,
    a kill between the two left one for good; at most an empty marker is left now)."""
    import secrets  # with base64 and hmac: loaded by the first file written, not by opening a log

    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = Path(folder) / f"{TEMP_PREFIX}{secrets.token_hex(6)}{suffix}"
        known = _marker(tmp).exists()  # another writer's temporary of that name keeps its own marker
        _register(tmp)
        try:
            return os.open(tmp, flags, 0o600), tmp
        except FileExistsError:
            if not known:
                _unregister(tmp)  # a file of that name that is not ours is never made a candidate for cleanup
        except BaseException:
            _unregister(tmp)  # a read-only folder, a full disk: no marker of a file that was never made
            raise
    raise FileExistsError(f"No free temporary name in {folder}")


def _unregister(tmp: Path) -> None:
    try:
        _marker(tmp).unlink(missing_ok=True)
    except OSError:
        pass


@contextmanager
def atomic_output(target: Path, *, replace_log: bool = False) -> Iterator[Path]:
    """Yield a 0600 temporary path in the target's folder; on success it replaces the target atomically.

    On any failure the temporary file is removed and an existing target is left as it was. A target that
    is a MineralsDesk log (or a log's journal, or a folder) is refused unless `replace_log` (restore).
    """
    target = check_target(target, replace_log=replace_log)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise FileNotFoundError(f"Folder {folder} does not exist")
    fd, tmp = _new_temporary(folder, target.suffix)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.chmod(tmp, 0o600)
        yield tmp
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        _fsync_folder(folder)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        os.close(fd)  # releases the lock
        _unregister(tmp)


@contextmanager
def private_temporary(folder: Path, *, suffix: str = "") -> Iterator[Path]:
    """Yield a registered, locked 0600 temporary file in `folder`, removed however the block ends.

    For content that must never take a target's name (a workbook before it is encrypted): it is named and
    registered like `atomic_output`'s temporaries, so if the writer is killed, `remove_stale_temporaries`
    takes it away later.
    """
    folder = Path(folder) if str(folder) else Path(".")
    fd, tmp = _new_temporary(folder, suffix)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.chmod(tmp, 0o600)
        yield tmp
    finally:
        os.close(fd)  # first: Windows cannot remove an open file
        try:
            tmp.unlink(missing_ok=True)
        finally:
            _unregister(tmp)


def backup_to(db: LogDatabase, out: Path, *, replace_log: bool = False) -> Path:
    """Copy the log through SQLite's online backup API into `out` (0600), atomically.

    An existing MineralsDesk log at `out` is refused unless `replace_log` (a restore, a forced backup).
    The copy of an encrypted log is encrypted with the same key (the same SQLite build writes it).
    """
    out = Path(out)
    with atomic_output(out, replace_log=replace_log) as tmp:
        _online_backup(db, tmp)
    return out


def _online_backup(db: LogDatabase, target: Path) -> None:
    """The log's pages copied into `target` by SQLite's online backup API (keyed as the log is), one
    self-contained file; a disk or SQLite failure becomes the one-line LogError of sqlite_failure."""
    try:
        dest = cipher.connect(str(target), key=db.key)
        try:
            db.conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # no -wal beside a backup
        finally:
            dest.close()
    except cipher.Error as exc:
        failure = sqlite_failure(exc, "the backup was not written")
        if failure is None:
            raise
        raise failure from None


GZIP_MAGIC = b"\x1f\x8b"
COMPRESSED_SUFFIX = ".gz"
# Level 1: a generated log shrinks to ~26% of its size (level 6: ~23%, at three times the time); see
# docs/performance.md, "The file".
COMPRESS_LEVEL = 1
_CHUNK = 1 << 20


def is_compressed(path: Path) -> bool:
    """True when the file is gzip-compressed (an automatic backup of a plain log)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(2) == GZIP_MAGIC
    except OSError:
        return False


def compressed_backup_to(db: LogDatabase, out: Path) -> Path:
    """`backup_to`, then gzip: the copy is written next to `out` as a locked temporary and compressed into
    `out` atomically. Plain logs only: an encrypted log's pages are random to a compressor (and must never
    reach the disk decrypted), so its backups stay `backup_to` copies."""
    out = Path(out)
    import gzip

    if db.key is not None:
        raise ValueError("an encrypted log's backup is not compressed")
    with private_temporary(out.parent, suffix=".mdesk") as plain:
        _online_backup(db, plain)
        with atomic_output(out) as tmp:
            with open(plain, "rb") as src, open(tmp, "wb") as raw, \
                    gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=COMPRESS_LEVEL, mtime=0) as gz:
                shutil.copyfileobj(src, gz, _CHUNK)
    return out


@contextmanager
def readable_copy(path: Path) -> Iterator[Path]:
    """Yield a path SQLite can open for the backup at `path`: itself, or, when it is compressed, its
    decompressed copy in a private (0700) temporary folder, removed however the block ends."""
    path = Path(path)
    if not is_compressed(path):
        yield path
        return
    import gzip
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="mineralsdesk-backup-"))
    try:
        plain = folder / (path.name.removesuffix(COMPRESSED_SUFFIX) or "backup.mdesk")
        fd = os.open(plain, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as dst, gzip.open(path, "rb") as src:
                shutil.copyfileobj(src, dst, _CHUNK)
        except (OSError, EOFError, zlib.error) as exc:
            raise LogError(QT_TRANSLATE_NOOP("Errors", "{file} cannot be decompressed ({exc})"),
                           file=path.name, exc=exc) from None
        yield plain
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _in_use(path: Path) -> bool:
    """True when a live writer still holds the temporary file (or, without locks, when it is recent)."""
    if fcntl is None:
        try:
            return time.time() - path.stat().st_mtime < STALE_AFTER_SECONDS
        except OSError:
            return True
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Delete temporary files a killed export of this app left behind in `folder`; returns what was removed.

    Only temporaries registered by this app (see `_register`) are candidates: a user's own file whose name
    merely looks like one is never touched. One still being written by another window or program is left
    alone. Journal files beside a temporary database (``-wal``, ``-shm``, ``-journal``) go with it.
    """
    removed: list[Path] = []
    try:
        candidates = sorted(Path(folder).glob(TEMP_PREFIX + "*"))
    except OSError:
        return removed
    mains = [p for p in candidates if not p.name.endswith(JOURNAL_SUFFIXES) and _marker(p).exists()]
    stale = {p for p in mains if not _in_use(p)}
    for path in candidates:
        main = Path(str(path).removesuffix("-wal").removesuffix("-shm").removesuffix("-journal"))
        if path not in stale and main not in stale:
            continue
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            pass
    for path in stale:
        if not path.exists():
            _unregister(path)
    return removed


def viewer_copy(folder: Path, name: str, data: bytes) -> Path:
    """A private (0600, in a 0700 folder), registered copy of `data` named after `name` for a system viewer.

    It must outlive this call (the viewer opens it later), so it is not locked: its maker removes it with
    `remove_viewer_copy`, and `remove_old_viewer_copies` takes away any a killed app left behind.
    """
    paths.private_dir(folder)
    safe = "".join(c if c.isalnum() or c in "._- " else "_" for c in Path(name).name)[-80:] or "attachment"
    fd, tmp = _new_temporary(folder, f"-{safe}")
    try:
        os.chmod(tmp, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
    except BaseException:
        tmp.unlink(missing_ok=True)
        _unregister(tmp)
        raise
    return tmp


def remove_viewer_copy(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        return
    _unregister(path)


def remove_old_viewer_copies(folder: Path, older_than: float = 12 * 3600) -> list[Path]:
    """Remove registered viewer copies in `folder` older than `older_than` seconds (left by a killed app)."""
    removed = []
    try:
        candidates = list(Path(folder).glob(TEMP_PREFIX + "*"))
    except OSError:
        return removed
    now = time.time()
    for path in candidates:
        try:
            if _marker(path).exists() and now - path.stat().st_mtime > older_than:
                remove_viewer_copy(path)
                removed.append(path)
        except OSError:
            pass
    return removed
