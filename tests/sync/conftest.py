"""Fixtures for delegation sync: a small log and colleagues' copies of it, each a laptop of one delegation."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from synckit import small_log  # noqa: E402

from mineralsdesk.services.log import Log  # noqa: E402
from mineralsdesk.services.sync import identity  # noqa: E402


@pytest.fixture
def laptops(tmp_path: Path):
    """Three laptops (Anna, Ben, Chiara): Anna's log and two colleagues' copies."""
    anna = small_log(tmp_path / "anna.mdesk")
    identity.clone(anna, tmp_path / "ben.mdesk", colleague="Ben")
    identity.clone(anna, tmp_path / "chiara.mdesk", colleague="Chiara")
    logs = [anna, Log.open(tmp_path / "ben.mdesk"), Log.open(tmp_path / "chiara.mdesk")]
    yield logs
    for log in logs:
        log.close()
