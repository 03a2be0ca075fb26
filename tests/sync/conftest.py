"""Fixtures for delegation sync: a small log and colleagues' copies of it, each a laptop of one delegation."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from mineralsdesk.services.log import Log
from mineralsdesk.services.sync import identity

sys.path.insert(0, str(Path(__file__).parent))

PASSPHRASE = "the delegation's sync passphrase"


def small_log(path: Path, **kwargs) -> Log:
    log = Log.create(path, user_name="Anna", **kwargs)
    track = log.tracks.add("CM-1", "Critical minerals").record
    rnd = log.rounds.add(track.id, date(2026, 1, 10), place="Brussels").record
    log.clauses.add(track.id, "Art. 1", "Scope", "The [Parties] shall cooperate.", party="EU", round_id=rnd.id)
    log.anchors.add("Entry into force", date(2026, 6, 1))
    log.commitments.add("US", "Share stockpile data", track_id=track.id)
    return log


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
