"""Readable names of records for the change log, one query per kind for a whole page of entries."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .database import LogDatabase

_SHORT = 60  # a commitment's or action's text is cut here: the label names it, the record holds it


def _short(text: str) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= _SHORT else flat[:_SHORT - 1] + "…"


def _round(track: str | None, number: int | None) -> str:
    return f"{track} round {number}" if track and number is not None else "a deleted round"


# Per change-log entity (a table name): the query for ids in (?...) and how a row reads. The first column is the id.
_QUERIES = {
    "clauses": ("SELECT c.id, t.ref, c.ref, c.title FROM clauses c JOIN tracks t ON t.id = c.track_id",
                lambda r: f"clause {r[1]} {r[2]} {r[3]}"),
    "clause_versions": ("SELECT v.id, v.number, t.ref, c.ref, v.party FROM clause_versions v "
                        "JOIN clauses c ON c.id = v.clause_id JOIN tracks t ON t.id = c.track_id",
                        lambda r: f"text v{r[1]} of {r[2]} {r[3]} by {r[4]}"),
    "brackets": ("SELECT b.id, t.ref, c.ref, b.proposer FROM brackets b JOIN clauses c ON c.id = b.clause_id "
                 "JOIN tracks t ON t.id = c.track_id",
                 lambda r: f"bracket in {r[1]} {r[2]}" + (f" proposed by {r[3]}" if r[3] else "")),
    "positions": ("SELECT p.id, p.party, t.ref, c.ref, r.number FROM positions p "
                  "JOIN clauses c ON c.id = p.clause_id JOIN tracks t ON t.id = c.track_id "
                  "LEFT JOIN rounds r ON r.id = p.round_id",
                  lambda r: f"position of {r[1]} on {r[2]} {r[3]}" + (f" at round {r[4]}" if r[4] is not None else "")),
    "rounds": ("SELECT r.id, t.ref, r.number FROM rounds r JOIN tracks t ON t.id = r.track_id",
               lambda r: f"round {_round(r[1], r[2])}"),
    "actions": ("SELECT a.id, a.owner, a.text, t.ref, r.number FROM actions a JOIN rounds r ON r.id = a.round_id "
                "JOIN tracks t ON t.id = r.track_id",
                lambda r: f"action of {r[1]} from {_round(r[3], r[4])}: {_short(r[2])}"),
    "tracks": ("SELECT id, ref FROM tracks", lambda r: f"track {r[1]}"),
    "commitments": ("SELECT m.id, m.owner, m.text, t.ref FROM commitments m LEFT JOIN tracks t ON t.id = m.track_id",
                    lambda r: f"{r[3] + ' ' if r[3] else ''}commitment of {r[1]}: {_short(r[2])}"),
    "assessments": ("SELECT a.id, a.party, a.kind, m.owner, m.text, t.ref FROM assessments a "
                    "JOIN commitments m ON m.id = a.commitment_id LEFT JOIN tracks t ON t.id = m.track_id",
                    lambda r: f"{r[2]} assessment of {r[1]} on {r[5] + ' ' if r[5] else ''}"
                              f"commitment {_short(r[4])}"),
    "anchors": ("SELECT id, name FROM anchors", lambda r: f"anchor date {r[1]}"),
    "attachments": ("SELECT id, name, target_kind FROM attachments",
                    lambda r: f"attachment {_short(r[1])} (on a {r[2]})"),
    "parties": ("SELECT id, code FROM parties", lambda r: f"party {r[1]}"),
    "members": ("SELECT id, name, initials FROM members", lambda r: f"delegation member {r[1]} ({r[2]})"),
    "interventions": ("SELECT i.id, i.party, i.signal, t.ref, c.ref, r.number FROM interventions i "
                      "JOIN clauses c ON c.id = i.clause_id JOIN tracks t ON t.id = c.track_id "
                      "LEFT JOIN rounds r ON r.id = i.round_id",
                      lambda r: f"intervention of {r[1]} ({r[2]}) on {r[3]} {r[4]}"
                                + (f" at round {r[5]}" if r[5] is not None else "")),
    "comments": ("SELECT id, target_kind, text FROM comments", lambda r: f"comment on a {r[1]}: {_short(r[2])}"),
}
_ID_COLUMN = {"clauses": "c.id", "clause_versions": "v.id", "brackets": "b.id", "positions": "p.id", "rounds": "r.id",
              "actions": "a.id", "tracks": "id", "commitments": "m.id", "assessments": "a.id", "anchors": "id",
              "parties": "id", "members": "id", "interventions": "i.id", "comments": "id",
              "attachments": "id"}
_CHUNK = 500  # ids per query: far below SQLite's limit on bound parameters


def record_labels(db: LogDatabase, records: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """{(entity, entity_id): "position of US on MOU Art. 4.2 at round 3", ...} for the records that still exist.

    `records` are (entity, entity_id) pairs as the change log names them; one query per entity kind and
    chunk of ids, whatever the number of entries. Deleted records and kinds without a name are left out.
    """
    wanted: dict[str, set[str]] = {}
    for entity, entity_id in records:
        if entity in _QUERIES and entity_id:
            wanted.setdefault(entity, set()).add(entity_id)
    labels: dict[tuple[str, str], str] = {}
    for entity, ids in wanted.items():
        sql, label = _QUERIES[entity]
        ordered = sorted(ids)
        for start in range(0, len(ordered), _CHUNK):
            chunk = ordered[start:start + _CHUNK]
            query = f"{sql} WHERE {_ID_COLUMN[entity]} IN ({', '.join('?' * len(chunk))})"
            for row in db.execute(query, chunk):
                labels[(entity, row[0])] = label(row)
    return labels
