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


def keys_dir() -> Path:
    """Where each log's key and the newest head this computer saw of it are kept (outside the log file)."""
    return data_dir() / "keys"
