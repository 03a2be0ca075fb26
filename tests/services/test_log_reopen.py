"""Log.reopen: a second connection opened as the first one was (for worker threads), with no start-up work."""

from __future__ import annotations

from pathlib import Path

import pytest

from mineralsdesk.services.log import Log
from mineralsdesk.store import changelog
from mineralsdesk.store.database import LogError


def test_reopen_carries_path_read_only_state_key_and_source(small_log: Log):
    small_log.source = "desktop app"
    with Log.reopen(small_log.open_options()) as second:
        assert (second.path, second.readonly, second.source) == (small_log.path, False, "desktop app")
        assert changelog.key_in_use(second.db) == changelog.key_in_use(small_log.db) is not None
        second.update_settings(delegation="Reopened")
    assert small_log.settings.delegation == "Reopened"
    assert small_log.check().ok  # the second connection kept the chain and its MAC whole


def test_reopen_of_a_read_only_log_is_read_only(small_log: Log):
    path = small_log.path
    small_log.close()
    with Log.open(path, readonly=True) as reader, Log.reopen(reader.open_options()) as second:
        assert second.readonly
        with pytest.raises(LogError, match="read-only"):
            second.update_settings(delegation="nope")
        assert second.settings.delegation == "EU delegation"


def test_reopen_refuses_a_log_that_is_gone_and_creates_nothing(small_log: Log, tmp_path: Path):
    options = small_log.open_options()
    moved = tmp_path / "moved.mdesk"
    small_log.path.rename(moved)
    with pytest.raises(LogError, match="No log at"):
        Log.reopen(options)
    assert not options.path.exists()
