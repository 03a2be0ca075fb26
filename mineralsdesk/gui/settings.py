"""Every QSettings key of the desktop app and its default, declared once; window state apart from preferences."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "MineralsDesk"
APPLICATION = "MineralsDesk"
MAX_RECENT = 8


@dataclass(frozen=True)
class Key:
    """One stored value: its QSettings name, default and Python type (QSettings hands back strings in INI files)."""

    name: str
    default: Any
    kind: type


# Window state: restored silently, never shown as a preference.
WINDOW_GEOMETRY = Key("window/geometry", QByteArray(), QByteArray)
WINDOW_STATE = Key("window/state", QByteArray(), QByteArray)
CURRENT_PAGE = Key("window/page", "dashboard", str)
SPLITTER = "splitters/{name}"  # one QByteArray per named splitter (see splitter_state)
HEADER = "headers/{name}"      # one QByteArray per named table header (column widths, sort)

# Files.
RECENT_LOGS = Key("files/recent", [], list)
LAST_FOLDER = Key("files/last_folder", "", str)

# Export choices, remembered between runs so a routine briefing is two clicks.
EXPORT_AUDIENCE = Key("export/audience", "internal", str)
EXPORT_PAPER = Key("export/paper", "a4", str)
EXPORT_MARKING = Key("export/marking", "", str)

# Warnings a user chose not to see again, per log path.
CLOUD_WARNING_DISMISSED = Key("warnings/cloud_dismissed", [], list)

# The window locks after this many minutes without a key or mouse input (0: never). Never the passphrase:
# it lives in memory only, no setting holds it.
IDLE_LOCK_MINUTES = Key("security/idle_lock_minutes", 15, int)

# The app's language ("en", "fr", "de", "es", "ja"); empty: follow the system (gui/language.py).
LANGUAGE = Key("view/language", "", str)


class Settings:
    """Typed access to one QSettings store; the app uses the user's, tests a file in a temporary folder."""

    def __init__(self, store: QSettings):
        self.store = store

    @classmethod
    def for_user(cls) -> Settings:
        """The user's settings; with MINERALSDESK_DATA_DIR set (tests, portable use) an INI file there instead."""
        override = os.environ.get("MINERALSDESK_DATA_DIR")
        if override:
            return cls.in_file(Path(override) / "settings.ini")
        return cls(QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION))

    @classmethod
    def in_file(cls, path: Path) -> Settings:
        """An INI file of its own (tests, portable installs): never touches the user's settings."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def get(self, key: Key) -> Any:
        value = self.store.value(key.name, key.default)
        if value is None:
            return key.default
        if key.kind is list:
            if isinstance(value, str):  # QSettings returns a one-element list as a plain string
                return [value] if value else []
            return list(value)
        if key.kind is QByteArray:
            return value if isinstance(value, QByteArray) else QByteArray()
        return key.kind(value)

    def set(self, key: Key, value: Any) -> None:
        self.store.setValue(key.name, value)

    def sync(self) -> None:
        self.store.sync()

    # -- recent logs -----------------------------------------------------------------------------------
    def recent_logs(self) -> list[Path]:
        """Most recent first; files that no longer exist are left out (and dropped on the next add)."""
        return [Path(p) for p in self.get(RECENT_LOGS) if Path(p).exists()]

    def add_recent(self, path: Path) -> None:
        path = path.resolve()
        kept = [p for p in self.get(RECENT_LOGS) if Path(p) != path and Path(p).exists()]
        self.set(RECENT_LOGS, [str(path), *kept][:MAX_RECENT])

    def clear_recent(self) -> None:
        self.set(RECENT_LOGS, [])

    # -- named splitters and headers -------------------------------------------------------------------
    def splitter_state(self, name: str) -> QByteArray:
        value = self.store.value(SPLITTER.format(name=name))
        return value if isinstance(value, QByteArray) else QByteArray()

    def set_splitter_state(self, name: str, state: QByteArray) -> None:
        self.store.setValue(SPLITTER.format(name=name), state)

    def header_state(self, name: str) -> QByteArray:
        value = self.store.value(HEADER.format(name=name))
        return value if isinstance(value, QByteArray) else QByteArray()

    def set_header_state(self, name: str, state: QByteArray) -> None:
        self.store.setValue(HEADER.format(name=name), state)
