"""Read-only queries for tables, the matrix, the dashboard and exports: sorting and filtering happen in SQL."""

from __future__ import annotations

import json
import re
import weakref
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date

from ..domain import model
from . import card_counts
from .codec import from_row
from .database import LogDatabase, kept_until_change


@dataclass(frozen=True)
class ClauseRow:
    """One line of the Clauses table."""

    id: str
    track_id: str
    track_ref: str
    ref: str
    title: str
    topic: str
    status: str
    minerals: list[str]
    versions: int
    open_brackets: int
    last_round: str  # "R3 2026-05-12" or ""
    rev: int
    owner: str | None = None  # the delegation member holding the clause (Member.id)


_VERSIONS = "(SELECT count(*) FROM clause_versions v WHERE v.clause_id = c.id)"
_OPEN_BRACKETS = "(SELECT count(*) FROM brackets b WHERE b.clause_id = c.id AND b.resolved_round_id IS NULL)"
_LAST_ROUND = """coalesce((SELECT 'R' || r.number || ' ' || r.date FROM clause_versions v JOIN rounds r ON r.id = v.round_id
                 WHERE v.clause_id = c.id ORDER BY v.number DESC LIMIT 1), '')"""

CLAUSE_SORT_COLUMNS = {
    "track": "natural_key(t.ref)", "ref": "natural_key(c.ref)", "title": "c.title", "topic": "c.topic",
    "status": "c.status", "minerals": "c.minerals", "versions": _VERSIONS, "open_brackets": _OPEN_BRACKETS,
    "last_round": _LAST_ROUND,
}

_CLAUSE_SELECT = f"""
SELECT c.id, c.track_id, t.ref, c.ref, c.title, c.topic, c.status, c.minerals,
       {_VERSIONS}, {_OPEN_BRACKETS}, {_LAST_ROUND}, c.rev, c.owner
FROM clauses c JOIN tracks t ON t.id = c.track_id
"""


def _clause_where(track_id: str | None, text: str | None, status: str | None, topic: str | None,
                  owner: str | None = None) -> tuple[str, list]:
    where, params = [], []
    if owner:
        where.append("c.owner = ?")
        params.append(owner)
    if track_id:
        where.append("c.track_id = ?")
        params.append(track_id)
    if status:
        where.append("c.status = ?")
        params.append(status)
    if topic:
        where.append("c.topic = ?")
        params.append(topic)
    if text:
        for word in text.split():
            where.append("(c.ref || ' ' || c.title || ' ' || c.topic || ' ' || c.status || ' ' || c.minerals) LIKE ?")
            params.append(f"%{word}%")
    return (" WHERE " + " AND ".join(where)) if where else "", params


# The natural keys of the track and clause references, kept in clause_order (schema 3).
_STORED_KEYS = {"track": "track_key", "ref": "ref_key"}
_KEPT_ORDERS = 16
# One scan of a covering index: no clause read and no Python sort key (the keys are in the file).
_READING_SQL = "SELECT clause_id FROM clause_order ORDER BY track_key, ref_key, clause_id"
# Per open database: (change token, {(filter, params, sort, descending): ordered ids}).
_ORDERS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _from_tracks(where: str) -> str:
    """The join with tracks, only when the filter needs it (every filter so far is on the clause alone)."""
    return " JOIN tracks t ON t.id = c.track_id" if re.search(r"\bt\.", where) else ""


def _kept(db: LogDatabase) -> dict[tuple, list[str]]:
    """The orders worked out since the log last changed (by this connection, or a commit of another).

    Why: the table asks for the same order page after page, so it is read once per filter and sort and a
    page is then a slice of it, until this connection writes (total_changes) or another one commits
    (data_version).
    """
    return kept_until_change(_ORDERS, db, dict)


def _remember(orders: dict[tuple, list[str]], key: tuple, ids: list[str]) -> list[str]:
    if len(orders) >= _KEPT_ORDERS:  # a few filters and sorts (the table's, the tracks list's counts) at most
        orders.pop(next(iter(orders)))
    orders[key] = ids
    return ids


def _reading_order(db: LogDatabase, orders: dict[tuple, list[str]], where: str, params: list) -> list[str]:
    """The matching clauses as people read them (track, reference, id): every other order's tie-breaker."""
    key = (where, tuple(params), "track", False)
    if key in orders:
        return orders[key]
    if where:
        matching = {r[0] for r in db.execute(f"SELECT c.id FROM clauses c{_from_tracks(where)}{where}", params)}
        ids = [i for i in _reading_order(db, orders, "", []) if i in matching]
    else:
        ids = [r[0] for r in db.execute(_READING_SQL)]
    return _remember(orders, key, ids)


def _ordered_ids(db: LogDatabase, where: str, params: list, sort: str, descending: bool) -> list[str]:
    sort = sort if sort in CLAUSE_SORT_COLUMNS else "ref"
    orders = _kept(db)
    key = (where, tuple(params), sort, descending)
    if key in orders:
        return orders[key]
    reading = _reading_order(db, orders, where, params)
    if sort == "track" and not descending:
        return reading
    if sort in _STORED_KEYS:
        values = dict(db.execute(f"SELECT clause_id, {_STORED_KEYS[sort]} FROM clause_order"))
    else:
        values = dict(db.execute(f"SELECT c.id, {CLAUSE_SORT_COLUMNS[sort]} FROM clauses c{_from_tracks(where)}"
                                 f"{where}", params).fetchall())
    # A stable sort keeps the reading order among equal keys, also when descending, as
    # ORDER BY key DESC, natural_key(t.ref), natural_key(c.ref), c.id would.
    return _remember(orders, key, sorted(reading, key=values.__getitem__, reverse=descending))


def stale_clause_keys(db: LogDatabase) -> int:
    """Clauses whose kept sort keys are missing or disagree with their references, plus keys of no clause.

    The triggers of schema 3 keep them exact; only a write from outside the app could leave them stale.
    """
    return db.execute("""
        SELECT (SELECT count(*) FROM clauses c JOIN tracks t ON t.id = c.track_id
                LEFT JOIN clause_order o ON o.clause_id = c.id
                WHERE o.clause_id IS NULL OR o.track_key IS NOT natural_key(t.ref)
                   OR o.ref_key IS NOT natural_key(c.ref))
             + (SELECT count(*) FROM clause_order o WHERE NOT EXISTS (SELECT 1 FROM clauses c WHERE c.id = o.clause_id))
    """).fetchone()[0]


def clause_rows(db: LogDatabase, *, track_id: str | None = None, text: str | None = None,
                status: str | None = None, topic: str | None = None, sort: str = "ref", descending: bool = False,
                limit: int = -1, offset: int = 0, owner: str | None = None) -> list[ClauseRow]:
    """One page of the Clauses table.

    Two steps: the page's ids are taken from the order of the filtered clauses (see _ordered_ids), then the
    per-clause figures are computed for those rows alone.
    """
    where, params = _clause_where(track_id, text, status, topic, owner)
    offset = max(0, offset)
    if not where and sort == "track" and not descending:
        # The whole log in reading order: a page is a slice of the covering index (the first page at
        # start-up reads 200 entries, not 25,000).
        ids = [r[0] for r in db.execute(f"{_READING_SQL} LIMIT ? OFFSET ?", [limit, offset])]
    else:
        ordered = _ordered_ids(db, where, params, sort, descending)
        ids = ordered[offset:offset + limit] if limit >= 0 else ordered[offset:]
    rows: dict[str, ClauseRow] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        sql = f"{_CLAUSE_SELECT} WHERE c.id IN ({', '.join('?' for _ in chunk)})"
        for r in db.execute(sql, chunk):
            rows[r[0]] = ClauseRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], json.loads(r[7]), r[8], r[9], r[10],
                                   r[11], r[12])
    return [rows[i] for i in ids]


def clause_count(db: LogDatabase, *, track_id: str | None = None, text: str | None = None,
                 status: str | None = None, topic: str | None = None, owner: str | None = None) -> int:
    where, params = _clause_where(track_id, text, status, topic, owner)
    if not where:
        return db.execute("SELECT count(*) FROM clause_order").fetchone()[0]
    return len(_reading_order(db, _kept(db), where, params))


def latest_positions(db: LogDatabase, track_id: str | None = None, *,
                     clause_ids: list[str] | None = None) -> dict[tuple[str, str], model.Position]:
    """Each party's position on each clause (of one track, or of the given clauses) at the latest round where it
    took one."""
    if clause_ids is not None:
        out: dict[tuple[str, str], model.Position] = {}
        for start in range(0, len(clause_ids), 500):
            chunk = clause_ids[start:start + 500]
            out.update(_latest_positions(db, f"WHERE c.id IN ({', '.join('?' for _ in chunk)})", chunk))
        return out
    return _latest_positions(db, "WHERE c.track_id = ?" if track_id else "", [track_id] if track_id else [])


def _latest_positions(db: LogDatabase, where: str, params: list) -> dict[tuple[str, str], model.Position]:
    sql = f"""
        SELECT p.* FROM (
            SELECT p.id, row_number() OVER (PARTITION BY p.clause_id, p.party ORDER BY r.date DESC, r.number DESC) AS n
            FROM positions p JOIN rounds r ON r.id = p.round_id JOIN clauses c ON c.id = p.clause_id {where}
        ) latest JOIN positions p ON p.id = latest.id WHERE latest.n = 1"""
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    out = {}
    for row in cursor:
        pos = from_row(model.Position, dict(zip(names, row, strict=True)))
        out[(pos.clause_id, pos.party)] = pos
    return out


@dataclass(frozen=True)
class TopicClauseRow:
    """A clause on one topic with its current text: a cell of the topic comparison."""

    id: str
    track_id: str
    track_ref: str
    ref: str
    title: str
    status: str
    minerals: list[str]
    text: str  # the current (latest) version's text, "" when it has none
    version: int  # the current version's number, 0 when it has none
    party: str  # who tabled the current version


def topic_clauses(db: LogDatabase, topic: str, text: str | None = None) -> list[TopicClauseRow]:
    """The clauses on `topic` in every track, in reading order (track, reference), with their current text.

    `text`: every word must appear in the reference, title, minerals or current text (ignoring case).
    """
    where, params = ["c.topic = ?"], [topic]
    for word in (text or "").split():
        where.append("(c.ref || ' ' || c.title || ' ' || c.minerals || ' ' || coalesce(v.text, '')) LIKE ?")
        params.append(f"%{word}%")
    sql = f"""SELECT c.id, c.track_id, t.ref, c.ref, c.title, c.status, c.minerals, coalesce(v.text, ''),
                     coalesce(v.number, 0), coalesce(v.party, '')
              FROM clauses c JOIN tracks t ON t.id = c.track_id JOIN clause_order o ON o.clause_id = c.id
              LEFT JOIN clause_versions v ON v.clause_id = c.id
                   AND v.number = (SELECT max(number) FROM clause_versions w WHERE w.clause_id = c.id)
              WHERE {' AND '.join(where)}
              ORDER BY o.track_key, o.ref_key, c.id"""
    return [TopicClauseRow(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6]), r[7], r[8], r[9])
            for r in db.execute(sql, params)]


def clause_id_by_ref(db: LogDatabase, track_id: str, ref: str) -> str | None:
    """The id of the track's clause with this reference (ignoring case and spaces: "art.5" is "Art. 5"), or None."""
    row = db.execute("SELECT id FROM clauses WHERE track_id = ? AND replace(ref, ' ', '') = replace(?, ' ', '') COLLATE NOCASE",
                     [track_id, ref]).fetchone()
    return row[0] if row else None


@dataclass(frozen=True)
class BracketPoint:
    """Open brackets in a track as they stood after one of its rounds."""

    round_id: str
    number: int
    date: date
    open_brackets: int


def bracket_burndown(db: LogDatabase, track_id: str) -> list[BracketPoint]:
    """Open brackets after each round: a bracket counts from its round up to (not including) the one resolving it.

    Why not one SQL query: a count per round over all the track's brackets grew as rounds x brackets
    (60 ms per track at 100,000 versions, paid for every card of the dashboard). Here each bracket is
    read once and placed on the rounds by bisection.
    """
    rounds = db.execute("SELECT id, number, date FROM rounds WHERE track_id = ? ORDER BY date, number",
                        [track_id]).fetchall()
    keys = [(d, n) for _rid, n, d in rounds]
    delta = [0] * (len(rounds) + 1)
    if _kept_counts(db):
        # Since schema 13 the track's brackets come counted per (opening, resolving) round pair: a few rows a
        # round however many brackets the track holds.
        sql = """SELECT s.brackets, ra.date, ra.number, rr.date, rr.number FROM card_bracket_spans s
                   LEFT JOIN rounds ra ON ra.id = s.opened LEFT JOIN rounds rr ON rr.id = s.resolved
                  WHERE s.track_id = ?"""
    else:
        sql = """SELECT 1, ra.date, ra.number, rr.date, rr.number FROM clauses c
                   JOIN brackets b ON b.clause_id = c.id
                   LEFT JOIN rounds ra ON ra.id = b.round_id
                   LEFT JOIN rounds rr ON rr.id = b.resolved_round_id
                  WHERE c.track_id = ?"""
    for many, opened_date, opened_number, resolved_date, resolved_number in db.execute(sql, [track_id]):
        # Open at round p when opened <= p < resolved (a missing round: since the start / still open).
        first = 0 if opened_date is None else bisect_left(keys, (opened_date, opened_number))
        stop = len(keys) if resolved_date is None else bisect_left(keys, (resolved_date, resolved_number))
        if first < stop:
            delta[first] += many
            delta[stop] -= many
    points, running = [], 0
    for (rid, n, d), change in zip(rounds, delta, strict=False):
        running += change
        points.append(BracketPoint(rid, n, date.fromisoformat(d), running))
    return points


_KEPT_COUNTS: weakref.WeakKeyDictionary[LogDatabase, bool] = weakref.WeakKeyDictionary()


def _kept_counts(db: LogDatabase) -> bool:
    """True when the log keeps the card counts (store/card_counts.py); an older log opened read-only does not."""
    if not _KEPT_COUNTS.get(db):
        _KEPT_COUNTS[db] = card_counts.present(db)  # asked again until found: a log migrates after it is opened
    return _KEPT_COUNTS[db]


def counts_by(db: LogDatabase, column: str, track_id: str | None = None) -> dict[str, int]:
    """Clauses per status or per topic."""
    if column not in ("status", "topic"):
        raise ValueError(column)
    if track_id and _kept_counts(db):  # kept per track since schema 13: a few rows, whatever the track's size
        return dict(db.execute("SELECT value, clauses FROM card_clause_counts WHERE track_id = ? AND facet = ? "
                               "AND clauses > 0 ORDER BY value", [track_id, column]).fetchall())
    where = "WHERE track_id = ?" if track_id else ""
    sql = f"SELECT {column}, count(*) FROM clauses {where} GROUP BY {column}"
    return dict(db.execute(sql, [track_id] if track_id else []).fetchall())


def open_bracket_count(db: LogDatabase, track_id: str | None = None) -> int:
    if track_id and _kept_counts(db):  # the track's unresolved (opening round, '') pairs, since schema 13
        return db.execute("SELECT coalesce(sum(brackets), 0) FROM card_bracket_spans WHERE track_id = ? "
                          "AND resolved = ''", [track_id]).fetchone()[0]
    if track_id:
        sql = ("SELECT count(*) FROM brackets b JOIN clauses c ON c.id = b.clause_id "
               "WHERE b.resolved_round_id IS NULL AND c.track_id = ?")
        return db.execute(sql, [track_id]).fetchone()[0]
    return db.execute("SELECT count(*) FROM brackets WHERE resolved_round_id IS NULL").fetchone()[0]


def latest_version_texts(db: LogDatabase, clause_ids: list[str]) -> dict[str, str]:
    """The current text of each given clause."""
    out: dict[str, str] = {}
    for start in range(0, len(clause_ids), 500):
        chunk = clause_ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        sql = f"""SELECT v.clause_id, v.text FROM clause_versions v
                  WHERE v.clause_id IN ({marks})
                    AND v.number = (SELECT max(number) FROM clause_versions w WHERE w.clause_id = v.clause_id)"""
        out.update(dict(db.execute(sql, chunk).fetchall()))
    return out


@dataclass(frozen=True)
class RoundChanges:
    """What one round changed in its track's text: the briefing's and dashboard's "what changed"."""

    clauses_revised: int
    brackets_opened: int
    brackets_resolved: int
    positions_recorded: int


def round_changes(db: LogDatabase, round_id: str) -> RoundChanges:
    """What the round changed: one row kept since schema 13 (counting the clauses it revised took a temporary
    b-tree of the round's versions, ~28 ms for a round of 10,000)."""
    if _kept_counts(db):
        row = db.execute("SELECT clauses_revised, brackets_opened, brackets_resolved, positions FROM card_round_counts "
                         "WHERE round_id = ?", [round_id]).fetchone()
        return RoundChanges(*row) if row else RoundChanges(0, 0, 0, 0)
    row = db.execute(
        "SELECT (SELECT count(DISTINCT clause_id) FROM clause_versions WHERE round_id = :r),"
        " (SELECT count(*) FROM brackets WHERE round_id = :r),"
        " (SELECT count(*) FROM brackets WHERE resolved_round_id = :r),"
        " (SELECT count(*) FROM positions WHERE round_id = :r)", {"r": round_id}).fetchone()
    return RoundChanges(*row)


def track_changes_since(db: LogDatabase, track_id: str, since: date) -> int:
    """Edits on the days after `since` to the track or any record belonging to it: one per record and save, so a
    new record counts once although its creation writes one entry per field.

    A sum over the track's days in `track_edit_days` (kept by a trigger since schema 10), whatever the track's
    shape: tracing every recent entry to its record took ~3 s a card on a track of 100,000 clauses.
    """
    # Round dates are days; a change made on the day of the round counts as part of it.
    if _has_table(db, "track_edit_days"):
        return db.execute("SELECT coalesce(sum(edits), 0) FROM track_edit_days WHERE track_id = ? AND day > ?",
                          [track_id, since.isoformat()]).fetchone()[0]
    # An older log opened read-only (never migrated): each entry after the day traced to its record's track, as the
    # trigger does (the same SQL), over the change log.
    from .migrations import track_of_entry

    return db.execute(f"""SELECT count(DISTINCT entity_id || at) FROM changes ch WHERE substr(at, 1, 10) > ?
                          AND ({track_of_entry("ch.entity", "ch.entity_id")}) = ?""",
                      [since.isoformat(), track_id]).fetchone()[0]


def _has_table(db: LogDatabase, name: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).fetchone() is not None


def our_party_code(db: LogDatabase) -> str:
    """The home delegation's party code, or "" when none is marked."""
    row = db.execute("SELECT code FROM parties WHERE is_ours = 1").fetchone()
    return row[0] if row else ""


def next_round_number(db: LogDatabase, track_id: str) -> int:
    return db.execute("SELECT coalesce(max(number), 0) + 1 FROM rounds WHERE track_id = ?", [track_id]).fetchone()[0]


def track_in_use(db: LogDatabase, track_id: str) -> bool:
    """True when rounds, clauses or commitments belong to the track."""
    return bool(db.execute(
        "SELECT EXISTS (SELECT 1 FROM rounds WHERE track_id = :t) OR EXISTS (SELECT 1 FROM clauses WHERE track_id = :t)"
        " OR EXISTS (SELECT 1 FROM commitments WHERE track_id = :t)", {"t": track_id}).fetchone()[0])


def round_in_use(db: LogDatabase, round_id: str) -> bool:
    """True when clause versions, positions or brackets refer to the round."""
    return bool(db.execute(
        "SELECT EXISTS (SELECT 1 FROM clause_versions WHERE round_id = :r)"
        " OR EXISTS (SELECT 1 FROM positions WHERE round_id = :r)"
        " OR EXISTS (SELECT 1 FROM brackets WHERE round_id = :r OR resolved_round_id = :r)"
        " OR EXISTS (SELECT 1 FROM interventions WHERE round_id = :r)",
        {"r": round_id}).fetchone()[0])


def table_counts(db: LogDatabase, tables: list[str]) -> dict[str, int]:
    return {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables}
