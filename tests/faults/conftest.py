"""Fault-suite fixtures: a large JSON dump to import (thousands of change-log entries)."""

from __future__ import annotations

from pathlib import Path

import pytest
from faultkit import SOAK, fill

from mineralsdesk.documents.dump.jsondump import write_dump
from mineralsdesk.services.log import Log


@pytest.fixture(scope="session")
def big_dump(tmp_path_factory) -> tuple[Path, dict[str, int]]:
    """A JSON dump with thousands of change-log entries, and the record counts a log holds once it is imported."""
    folder = tmp_path_factory.mktemp("bigdump")
    with Log.create(folder / "source.mdesk", delegation="EU delegation", user_name="Tester") as log:
        fill(log, 1200 if SOAK else 300)
        out = write_dump(log, folder / "big.json")
        expected = log.check().counts
    assert expected["changes"] > 2000
    # The imported log also records its own id, the import (file, SHA-256, counts) and what became of the history.
    expected["changes"] += 3
    return out, expected


