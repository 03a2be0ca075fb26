"""Read-only queries for tables, the matrix, the dashboard and exports: sorting and filtering happen in SQL."""

from __future__ import annotations

import json
import weakref
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date

from ..domain import model
from . import card_counts, clause_keys
from .codec import from_row
from .database import LogDatabase, all_of, contains, has_table, like_fold


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


_LAST_ROUND = """coalesce((SELECT 'R' || r.number || ' ' || r.date FROM clause_versions v JOIN rounds r ON r.id = v.round_id
                 WHERE v.clause_id = c.id ORDER BY v.number DESC LIMIT 1), '')"""

CLAUSE_SORT_COLUMNS = tuple(clause_keys.SORT_KEYS)


def _clause_select(kept: bool, carried: bool) -> str:
    """The Clauses table's rows, for the kept rows `o.doc IN (...)` (schema 14 on: versions, open brackets and the
    last round's key from clause_order, read by its rowid; schema 17 on: all of the row from there, `carried`), else
    for the clauses `c.id IN (...)` with those counted from the records (a log of an earlier schema opened
    read-only)."""
    if carried:
        return """SELECT o.clause_id, o.track_id, t.ref, o.ref, o.title, o.topic, o.status, o.minerals, o.versions,
       o.open_brackets, o.last_round, o.rev, o.owner FROM clause_order o JOIN tracks t ON t.id = o.track_id
       WHERE o.doc IN ({marks})"""
    if kept:
        return """SELECT c.id, c.track_id, t.ref, c.ref, c.title, c.topic, c.status, c.minerals, o.versions,
       o.open_brackets, o.last_round, c.rev, c.owner FROM clause_order o CROSS JOIN clauses c ON c.id = o.clause_id
       JOIN tracks t ON t.id = c.track_id WHERE o.doc IN ({marks})"""
    counts = f"{clause_keys.counted('versions', 'c.id')}, {clause_keys.counted('open_brackets', 'c.id')}"
    return f"""SELECT c.id, c.track_id, t.ref, c.ref, c.title, c.topic, c.status, c.minerals, {counts}, {_LAST_ROUND},
       c.rev, c.owner FROM clauses c JOIN tracks t ON t.id = c.track_id WHERE c.id IN ({{marks}})"""


def _last_round_shown(db: LogDatabase, clause_id: str, key: str) -> str:
    """"R3 2026-05-12" from the kept key "2026-05-12 000000003" (date, then the number as printf('%09d')): what
    _LAST_ROUND reads from the clause's versions, without reading them (two pages a row, a third of a page's). A key
    that is no such thing (written from outside the app; `check` reports it) is not trusted: the versions are read."""
    if not key:
        return ""
    date, space, number = key.rpartition(" ")
    if space and number.isascii():
        try:
            return f"R{int(number)} {date}"
        except ValueError:
            pass
    return db.execute(f"SELECT {_LAST_ROUND.replace('c.id', '?')}", [clause_id]).fetchone()[0]


# A page this far down is read from the order's end when that is nearer (the walk to the offset is most of a page's
# cost: ~250,000 index entries to the last page of a million-version log).
_WALK_BACK_FROM = 2000


def clause_rows(db: LogDatabase, *, track_id: str | None = None, text: str | None = None,
                status: str | None = None, topic: str | None = None, sort: str = "ref", descending: bool = False,
                limit: int = -1, offset: int = 0, owner: str | None = None) -> list[ClauseRow]:
    """One page of the Clauses table, in any order and filter.

    Two steps: the page's ids are read (store/clause_keys.py: the keys and the word indexes are kept in the file),
    then the per-clause figures are read for those rows alone. A filter that keeps few rows (its smallest set
    under clause_keys.DRIVE_BELOW) reads them and sorts them; otherwise the order's index is walked to the offset
    (from the nearer end), each row tested against the filter's sets.
    """
    filters = {"track_id": track_id, "text": text, "status": status, "topic": topic, "owner": owner}
    offset = max(0, offset)
    kept = clause_keys.present(db)
    carried = kept and clause_keys.carries_rows(db)
    if not kept:  # a log of an earlier schema opened read-only
        sql, params = clause_keys.unkept_sql(filters, sort, descending)
        ids = keys = [r[0] for r in db.execute(sql, [*params, limit, offset])]
    else:
        sets, driven = clause_keys.ranked(db, clause_keys.row_sets(db, **filters))
        # A page near the start of a few thousand rows: the order's index walked, each set read whole once (as the
        # count the table asks for reads them), rather than each row read where the table keeps it.
        near = driven and limit >= 0 and clause_keys.walk_sooner(sets[0].size, offset + limit,
                                                                 _clause_total(db, dict.fromkeys(filters), []))
        walked = not driven and offset >= _WALK_BACK_FROM
        total = _clause_total(db, filters, sets) if walked else 0
        if walked and offset > total // 2:
            wanted = max(0, total - offset if limit < 0 else min(limit, total - offset))
            sql, params = clause_keys.page_sql(sets, sort, descending, backwards=True,
                                               deep=total - offset >= _WALK_BACK_FROM)
            page = db.execute(sql, [*params, wanted, total - offset - wanted]).fetchall()[::-1] if wanted else []
        else:
            sql, params = clause_keys.page_sql(sets, sort, descending, driven=driven and not near, deep=walked or near)
            page = db.execute(sql, [*params, limit, offset]).fetchall()
        ids = [r[0] for r in page]
        keys = [r[1] for r in page]  # the kept rows' rowids: read by them, not looked up again by clause id
    rows: dict[str, ClauseRow] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        sql = _clause_select(kept, carried).format(marks=", ".join("?" for _ in chunk))
        for r in db.execute(sql, chunk):
            rows[r[0]] = ClauseRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], json.loads(r[7]), r[8], r[9],
                                   _last_round_shown(db, r[0], r[10]) if kept else r[10], r[11], r[12])
    return [rows[i] for i in ids]


def clause_count(db: LogDatabase, *, track_id: str | None = None, text: str | None = None,
                 status: str | None = None, topic: str | None = None, owner: str | None = None) -> int:
    filters = {"track_id": track_id, "text": text, "status": status, "topic": topic, "owner": owner}
    if not clause_keys.present(db):  # a log of an earlier schema opened read-only
        sql, params = clause_keys.unkept_sql(filters, None)
        return db.execute(sql, params).fetchone()[0]
    return _clause_total(db, filters, clause_keys.row_sets(db, **filters))


def _clause_total(db: LogDatabase, filters: dict, sets: list[clause_keys.RowSet]) -> int:
    """The clauses the filter keeps: from the dashboard's kept counts (schema 13) when the filter is at most a track
    and a status or a topic (a few rows, whatever the log's size), else counted from the filter's sets."""
    facets = [f for f in ("status", "topic") if filters[f]]
    if not (filters["text"] or filters["owner"] or len(facets) > 1) and card_counts.present(db):
        facet = facets[0] if facets else "status"
        where, params = ["facet = ?"], [facet]
        for column, value in (("track_id", filters["track_id"]), ("value", filters.get(facet))):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        return db.execute(f"SELECT coalesce(sum(clauses), 0) FROM card_clause_counts WHERE {' AND '.join(where)}",
                          params).fetchone()[0]
    sql, params = clause_keys.count_sql(clause_keys.ranked(db, sets)[0])  # counted from the smallest set
    return db.execute(sql, params).fetchone()[0]


def clause_order_problems(db: LogDatabase) -> tuple[int, bool]:
    """Clauses whose kept keys are missing or out of date (plus keys of no clause), and whether the filter's word
    index disagrees with its rows.

    The triggers keep both exact; only a write from outside the app could leave them stale. A log of an earlier
    schema opened read-only keeps none: (0, False).
    """
    if not clause_keys.present(db):
        return 0, False
    return clause_keys.stale_keys(db), not clause_keys.words_agree(db)


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
    for word in dict.fromkeys((text or "").split()):
        where.append(contains("c.ref || ' ' || c.title || ' ' || c.minerals || ' ' || coalesce(v.text, '')"))
        params.append(like_fold(word))
    sql = f"""SELECT c.id, c.track_id, t.ref, c.ref, c.title, c.status, c.minerals, coalesce(v.text, ''),
                     coalesce(v.number, 0), coalesce(v.party, '')
              FROM clauses c JOIN tracks t ON t.id = c.track_id JOIN clause_order o ON o.clause_id = c.id
              LEFT JOIN clause_versions v ON v.clause_id = c.id
                   AND v.number = (SELECT max(number) FROM clause_versions w WHERE w.clause_id = c.id)
              WHERE {all_of(where)}
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


def open_conflict_count(db: LogDatabase) -> int:
    """Sync conflicts waiting on the Conflicts screen (here, not in sync_state.py: the sidebar asks before the first
    paint, and the sync state's module and its records need not load for it)."""
    return db.execute("SELECT count(*) FROM sync_conflicts WHERE state = 'open'").fetchone()[0]


def has_peers(db: LogDatabase) -> bool:
    """True once this laptop has exchanged sync files with a colleague (the dashboard's sync card; see above)."""
    return db.execute("SELECT 1 FROM sync_peers LIMIT 1").fetchone() is not None


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


TRACK_ORDER = "natural_key(ref), id"  # the tracks' order everywhere (domain.ordering): 2 before 10


def track_choices(db: LogDatabase) -> list[tuple[str, str, str]]:
    """Each track's (ref, id, title), in the tracks' order: what a track filter lists, without making a Track
    record of each (400 at a million versions: ~2.5 ms of the Clauses screen's first paint, 0.3 this way)."""
    return [(ref, track_id, title) for ref, track_id, title
            in db.execute(f"SELECT ref, id, title FROM tracks ORDER BY {TRACK_ORDER}")]  # noqa: S608 - a constant


def status_counts_by_track(db: LogDatabase) -> dict[str, dict[str, int]]:
    """Clauses per status of every track, in one read (counts_by(db, "status", track) for each track was a query a
    track: 400 at a million versions, for the Dashboard's first paint); a track with no clause is not listed.
    In no particular order (a sort of its 2,800 rows was a quarter of its 2 ms there)."""
    if _kept_counts(db):
        rows = db.execute("SELECT track_id, value, clauses FROM card_clause_counts WHERE facet = 'status' "
                          "AND clauses > 0")
    else:
        rows = db.execute("SELECT track_id, status, count(*) FROM clauses GROUP BY track_id, status")
    out: dict[str, dict[str, int]] = {}
    for track_id, value, count in rows:
        out.setdefault(track_id, {})[value] = count
    return out


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
    if has_table(db, "track_edit_days"):
        return db.execute("SELECT coalesce(sum(edits), 0) FROM track_edit_days WHERE track_id = ? AND day > ?",
                          [track_id, since.isoformat()]).fetchone()[0]
    # An older log opened read-only (never migrated): each entry after the day traced to its record's track, as the
    # trigger does (the same SQL), over the change log.
    from .migrations import track_of_entry

    return db.execute(f"""SELECT count(DISTINCT entity_id || at) FROM changes ch WHERE substr(at, 1, 10) > ?
                          AND ({track_of_entry("ch.entity", "ch.entity_id")}) = ?""",
                      [since.isoformat(), track_id]).fetchone()[0]


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
