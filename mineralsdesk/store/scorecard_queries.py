"""Named queries behind a track's scorecard: per round, brackets opened and closed, stance moves, our fallbacks used
and interventions, each counted in SQL (services/scorecard.py says what the numbers mean)."""

from __future__ import annotations

from ..domain.rules import STANCE_ORDER
from .database import LogDatabase

# A stance's place in the order the domain gives (0 supports ... 3 opposes); "no position" has none (NULL).
_RANKED = [s for s in STANCE_ORDER if s.value != "no position"]
_RANK_PARAMS = [v for i, s in enumerate(_RANKED) for v in (s.value, i)]
_RANK_CASES = " ".join("WHEN ? THEN ?" for _ in _RANKED)


def _rank(column: str) -> str:
    return f"(CASE {column} {_RANK_CASES} ELSE NULL END)"


def brackets_by_round(db: LogDatabase, track_id: str) -> dict[str, tuple[int, int]]:
    """Round id -> (brackets opened at it, brackets resolved at it), for the track's clauses."""
    rows = db.execute(
        """SELECT r.id,
                  (SELECT count(*) FROM brackets b JOIN clauses c ON c.id = b.clause_id
                    WHERE c.track_id = r.track_id AND b.round_id = r.id),
                  (SELECT count(*) FROM brackets b JOIN clauses c ON c.id = b.clause_id
                    WHERE c.track_id = r.track_id AND b.resolved_round_id = r.id)
             FROM rounds r WHERE r.track_id = ?""", [track_id]).fetchall()
    return {rid: (opened, closed) for rid, opened, closed in rows}


# Each position with the same party's previous stance on the clause and our stance at that round (ours recorded at
# the round, else our latest before it), all as ranks.
_MOVES = f"""
WITH pos AS (
    SELECT p.clause_id, p.party, p.round_id, r.date, r.number, {_rank('p.stance')} AS rank,
           LAG({_rank('p.stance')}) OVER (PARTITION BY p.clause_id, p.party ORDER BY r.date, r.number) AS prev
      FROM positions p JOIN rounds r ON r.id = p.round_id JOIN clauses c ON c.id = p.clause_id
     WHERE c.track_id = ?
), judged AS (
    SELECT round_id, party, rank, prev,
           (SELECT {_rank('o.stance')} FROM positions o JOIN rounds orr ON orr.id = o.round_id
             WHERE o.clause_id = pos.clause_id AND o.party = ?
               AND (orr.date < pos.date OR (orr.date = pos.date AND orr.number <= pos.number))
             ORDER BY orr.date DESC, orr.number DESC LIMIT 1) AS ours
      FROM pos WHERE party <> ?
)
SELECT round_id, party,
       sum(CASE WHEN abs(rank - ours) < abs(prev - ours) THEN 1 ELSE 0 END),
       sum(CASE WHEN abs(rank - ours) > abs(prev - ours) THEN 1 ELSE 0 END)
  FROM judged
 WHERE rank IS NOT NULL AND prev IS NOT NULL AND ours IS NOT NULL
 GROUP BY round_id, party"""


def stance_moves(db: LogDatabase, track_id: str, our_party: str) -> list[tuple[str, str, int, int]]:
    """(round id, party, moves towards our stance, moves away from it) for each other party that moved."""
    params = [*_RANK_PARAMS, *_RANK_PARAMS, track_id, *_RANK_PARAMS, our_party, our_party]
    return [tuple(row) for row in db.execute(_MOVES, params).fetchall()]


# Our own positions with our previous one on the same clause (its rank and its fallback), and the text tabled for
# the clause at that round, if any.
_FALLBACKS = f"""
WITH ours AS (
    SELECT p.clause_id, p.round_id, {_rank('p.stance')} AS rank,
           LAG({_rank('p.stance')}) OVER w AS prev, LAG(p.fallback) OVER w AS prev_fallback
      FROM positions p JOIN rounds r ON r.id = p.round_id JOIN clauses c ON c.id = p.clause_id
     WHERE c.track_id = ? AND p.party = ?
    WINDOW w AS (PARTITION BY p.clause_id ORDER BY r.date, r.number)
)
SELECT round_id, count(DISTINCT clause_id) FROM ours
 WHERE trim(coalesce(prev_fallback, '')) <> ''
   AND ((rank IS NOT NULL AND prev IS NOT NULL AND rank < prev)
        OR EXISTS (SELECT 1 FROM clause_versions v WHERE v.clause_id = ours.clause_id AND v.round_id = ours.round_id
                    AND instr(lower(v.text), lower(trim(ours.prev_fallback))) > 0))
 GROUP BY round_id"""


def fallbacks_used(db: LogDatabase, track_id: str, our_party: str) -> dict[str, int]:
    """Round id -> clauses on which we fell back at that round (see services/scorecard.py for the rule)."""
    return dict(db.execute(_FALLBACKS, [*_RANK_PARAMS, *_RANK_PARAMS, track_id, our_party]).fetchall())


def interventions_by_round(db: LogDatabase, track_id: str) -> list[tuple[str, str, int]]:
    """(round id, party, interventions noted) for the track's rounds."""
    return [tuple(row) for row in db.execute(
        """SELECT i.round_id, i.party, count(*) FROM interventions i JOIN rounds r ON r.id = i.round_id
            WHERE r.track_id = ? GROUP BY i.round_id, i.party""", [track_id]).fetchall()]
