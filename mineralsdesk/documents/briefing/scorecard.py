"""The briefing's "Scorecard" section content: per track and round, brackets opened and closed, stance moves towards
or away from ours and, for internal briefings only (documents/audience.py), our fallbacks used and the interventions
per party. Plain dataclasses, already redacted, for the PDF writer (pdf_scorecard.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from ...services.log import Log
from .. import audience as aud
from .rows import Rows


@dataclass(frozen=True)
class ScoreRow:
    """One round as printed; `fallbacks_used` and `interventions` are None when the audience may not see them."""

    number: int
    date: date
    opened: int
    closed: int
    towards: dict[str, int]
    away: dict[str, int]
    fallbacks_used: int | None = None
    interventions: dict[str, int] | None = None


@dataclass
class ScorecardSection:
    track_ref: str
    track_title: str
    our_party: str
    parties: list[str]
    internal: bool  # whether the internal columns are printed
    rows: list[ScoreRow] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)  # whose interventions are counted: ours, then the others


def scorecard_sections(log: Log, track_ids: Sequence[str], audience: str) -> Rows[ScorecardSection]:
    """A section per track that has rounds, in the order given, redacted for `audience`: each made from the log
    when a writer reaches it and not kept (held all from the briefing's start to its save, a million-version
    log's 5,080 rounds of rows were 1.4 MB)."""
    internal = aud.shows_scorecard_internals(audience)

    def make(track_id: str) -> ScorecardSection:
        card = log.read.scorecard(track_id)
        rows = [ScoreRow(r.round.number, r.round.date, r.opened, r.closed, dict(r.towards), dict(r.away),
                         r.fallbacks_used if internal else None, dict(r.interventions) if internal else None)
                for r in card.rounds]
        return ScorecardSection(card.track.ref, card.track.title, card.our_party, list(card.parties), internal,
                                rows, list(card.speakers))

    return Rows([t for t in track_ids if log.rounds.list(t)], make)
