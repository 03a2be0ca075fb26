"""Where the app keeps its files by default (platformdirs): the default log, backups and the error log."""

from __future__ import annotations

import os
from pathlib import Path

APP = "MineralsDesk"


def data_dir() -> Path:
    override = os.environ.get("MINERALSDESK_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs  # ~7 ms: loaded when a default location is needed, not on every start

    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def default_log_path() -> Path:
    """The log `mineralsdesk` opens when no --db is given."""
    return data_dir() / "negotiation-log.mdesk"


def backups_dir() -> Path:
    return data_dir() / "backups"


def error_log_path() -> Path:
    """Where unexpected errors are written with their details (never shown to the user as a traceback)."""
    override = os.environ.get("MINERALSDESK_DATA_DIR")
    if override:
        return Path(override) / "logs" / "errors.log"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP, appauthor=False)) / "errors.log"


def private_dir(path: str | os.PathLike) -> Path:
    """Create `path` and any missing parents as 0700 whatever the umask; `path` itself is made 0700 too.

    Every folder the app keeps files in (data, backups, error log, temporaries registry) goes through here.
    """
    path = Path(path)
    missing = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            pass
        os.chmod(folder, 0o700)
    if path.is_dir() and not missing:
        try:
            os.chmod(path, 0o700)
        except OSError:
            pass  # not ours to change (e.g. a folder given by the user); its files are still 0600
    return path


def write_private(path: str | os.PathLike, text: str, *, append: bool = True) -> Path:
    """Write (append) text to a 0600 file in a 0700 folder, whatever the umask."""
    path = Path(path)
    private_dir(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC), 0o600)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)
        os.write(fd, text.encode("utf-8", "replace"))
    finally:
        os.close(fd)
    return path


def keys_dir() -> Path:
    """Where each log's key and the newest head this computer saw of it are kept (outside the log file)."""
    return data_dir() / "keys"
