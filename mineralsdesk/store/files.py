"""Writing files safely: a private temporary file beside the target, renamed into place only when complete."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

try:  # POSIX: a writer holds an advisory lock on its temporary file so cleanup can tell it is alive.
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

TEMP_PREFIX = ".mineralsdesk-tmp-"
# Without file locks (Windows) a temporary file counts as stale only once it is this old, so a slow export
# running in another window is never removed from under it.
STALE_AFTER_SECONDS = 6 * 3600


@contextmanager
def atomic_output(target: Path) -> Iterator[Path]:
    """Yield a 0600 temporary path in the target's folder; on success it replaces the target atomically.

    On any failure the temporary file is removed and an existing target is left as it was.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise FileNotFoundError(f"Folder {folder} does not exist")
    fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=target.suffix, dir=folder)
    tmp = Path(tmp_name)
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
    """Delete temporary files a killed export left behind in `folder`; returns what was removed.

    A temporary file still being written by another window or program is left alone. Journal files
    beside a temporary database (``-wal``, ``-shm``, ``-journal``) go with it: the temporary database is
    never a log anyone needs.
    """
    removed: list[Path] = []
    try:
        candidates = sorted(Path(folder).glob(TEMP_PREFIX + "*"))
    except OSError:
        return removed
    busy = {p for p in candidates if not p.name.endswith(("-wal", "-shm", "-journal")) and _in_use(p)}
    for path in candidates:
        main = Path(str(path).removesuffix("-wal").removesuffix("-shm").removesuffix("-journal"))
        if path in busy or main in busy:
            continue
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            pass
    return removed
