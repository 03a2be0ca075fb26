"""A track's scorecard (`log.read.scorecard`): per round, brackets opened and closed, each party's stance moves
towards or away from ours, our fallbacks used (internal) and the interventions each party made.

The rules, counted in SQL by store/scorecard_queries.py:

- Brackets opened at a round: brackets of the track's clauses whose `round_id` is the round; closed: whose
  `resolved_round_id` is.
- A stance move: another party's position on a clause at a round, beside its previous position on the same clause
  (its latest at an earlier round). Stances are ranked as domain.rules.STANCE_ORDER gives them (supports 0,
  accepts with amendments 1, reserves 2, opposes 3); "no position" has no rank, so a move to or from it counts
  neither way. Our stance is our position on the clause at that round, or our latest before it. The move is
  "towards" when the distance between the party's rank and ours shrank, "away" when it grew; unchanged otherwise.
- Our fallbacks used (internal: fallbacks are internal-only fields): a clause counts at a round when our previous
  position on it recorded a fallback and our position at this round either moved to a more accepting stance (a
  lower rank), or the text tabled for the clause at this round holds the fallback's words (case ignored).
- Interventions: the minutes' interventions of the round, per party (internal records).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..domain import model
from ..store import queries, scorecard_queries

if TYPE_CHECKING:
    from .log import Log


@dataclass
class RoundScore:
    """One round of a track's scorecard."""

    round: model.Round
    opened: int = 0
    closed: int = 0
    towards: dict[str, int] = field(default_factory=dict)  # party code -> stance moves towards ours
    away: dict[str, int] = field(default_factory=dict)  # party code -> stance moves away from ours
    fallbacks_used: int = 0  # internal
    interventions: dict[str, int] = field(default_factory=dict)  # party code -> interventions (internal)

    @property
    def label(self) -> str:
        return f"Round {self.round.number} ({self.round.date.isoformat()})"


@dataclass
class Scorecard:
    """A track's rounds in order (date, number), with the parties it concerns, ours named apart."""

    track: model.Track
    our_party: str
    parties: list[str]  # the other parties: the track's, then any other that moved or spoke, ours excluded
    rounds: list[RoundScore]

    @property
    def speakers(self) -> list[str]:
        """Whose interventions are counted: ours first (we speak in the room too), then the others."""
        return [self.our_party, *self.parties] if self.our_party else list(self.parties)

    def total(self, name: str) -> int:
        """The sum over rounds of a count ("opened", "closed", "fallbacks_used") or of a per-party one."""
        values = [getattr(r, name) for r in self.rounds]
        return sum(sum(v.values()) if isinstance(v, dict) else v for v in values)

    def party_total(self, name: str, party: str) -> int:
        """One party's sum over rounds of "towards", "away" or "interventions"."""
        return sum(getattr(r, name).get(party, 0) for r in self.rounds)


def scorecard(log: Log, track_id: str) -> Scorecard:
    """The scorecard of one track: four grouped queries, whatever the number of rounds."""
    track = log.tracks.get(track_id)
    our = queries.our_party_code(log.db)
    rounds = log.rounds.list(track_id)
    scores = {r.id: RoundScore(r) for r in rounds}
    for rid, (opened, closed) in scorecard_queries.brackets_by_round(log.db, track_id).items():
        if rid in scores:
            scores[rid].opened, scores[rid].closed = opened, closed
    seen: set[str] = set()
    for rid, party, towards, away in scorecard_queries.stance_moves(log.db, track_id, our):
        if rid in scores and (towards or away):
            if towards:
                scores[rid].towards[party] = towards
            if away:
                scores[rid].away[party] = away
            seen.add(party)
    for rid, count in scorecard_queries.fallbacks_used(log.db, track_id, our).items():
        if rid in scores:
            scores[rid].fallbacks_used = count
    for rid, party, count in scorecard_queries.interventions_by_round(log.db, track_id):
        if rid in scores:
            scores[rid].interventions[party] = count
            seen.add(party)
    parties = [p for p in track.parties if p != our]
    parties += sorted(seen - set(parties) - {our})
    return Scorecard(track, our, parties, [scores[r.id] for r in rounds])
