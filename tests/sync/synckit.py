"""Helpers of the sync tests: the delegation's passphrase and a small log to clone."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from mineralsdesk.services.log import Log

PASSPHRASE = "the delegation's sync passphrase"


def small_log(path: Path, **kwargs) -> Log:
    log = Log.create(path, user_name="Anna", **kwargs)
    track = log.tracks.add("CM-1", "Critical minerals").record
    rnd = log.rounds.add(track.id, date(2026, 1, 10), place="Brussels").record
    log.clauses.add(track.id, "Art. 1", "Scope", "The [Parties] shall cooperate.", party="EU", round_id=rnd.id)
    log.anchors.add("Entry into force", date(2026, 6, 1))
    log.commitments.add("US", "Share stockpile data", track_id=track.id)
    return log
