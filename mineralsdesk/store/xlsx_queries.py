"""Paged read queries for the Excel summary: rows stream page by page so memory never grows with the log."""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator, Sequence

from ..domain.ordering import ref_order
from ..errors import LogError
from ..i18n import QT_TRANSLATE_NOOP
from .database import LogDatabase, write_transaction

PAGE = 1000


# The export streams plain tuples, not dataclasses: at 100k rows building a frozen dataclass per row cost
# ~0.3 s of CPU. These name the fields of each tuple, in order (the sheets unpack them by these names).
CLAUSE_FIELDS = ("id", "track_ref", "ref", "title", "topic", "minerals", "status", "stances", "open_brackets",
                 "last_round", "text", "rev")
POSITION_FIELDS = ("id", "clause_id", "track_ref", "clause_ref", "party", "round_id", "round_number", "round_date",
                   "stance", "note", "red_line", "fallback", "internal_note", "rev")


def track_ids_in_order(db: LogDatabase, only: Sequence[str] | None = None) -> list[str]:
    """Ids of the tracks to export, by reference (domain.ordering, as the app lists them); `only` limits them to
    those ids."""
    rows = db.execute("SELECT id, ref FROM tracks").fetchall()
    return [i for i, _ in sorted(rows, key=lambda r: ref_order(r[1], r[0])) if only is None or i in only]


def _clause_id_pages(db: LogDatabase, track_ids: Sequence[str], page: int) -> Iterator[list[str]]:
    """Clause ids of each track in reference order (domain.ordering: "Art. 2" before "Art. 10", then id, as the
    Clauses table and the briefing list them), a page at a time.

    The order is worked out in Python with the domain's key, one track at a time: only the ids and references of
    one track are held (about 100 bytes a clause), never its rows.
    """
    for track_id in track_ids:
        refs = db.execute("SELECT id, ref FROM clauses WHERE track_id = ?", [track_id]).fetchall()
        ids = [i for i, _ in sorted(refs, key=lambda r: ref_order(r[1], r[0]))]
        for start in range(0, len(ids), page):
            yield ids[start:start + page]


def _marks(ids: Sequence[str]) -> str:
    return ", ".join("?" for _ in ids)


def latest_stances(db: LogDatabase, clause_ids: Sequence[str]) -> dict[str, dict[str, str]]:
    """clause id -> {party: stance at the latest round where that party took one}."""
    sql = f"""
        SELECT clause_id, party, stance FROM (
            SELECT p.clause_id, p.party, p.stance,
                   row_number() OVER (PARTITION BY p.clause_id, p.party ORDER BY r.date DESC, r.number DESC) AS n
            FROM positions p JOIN rounds r ON r.id = p.round_id
            WHERE p.clause_id IN ({_marks(clause_ids)})) WHERE n = 1"""
    out: dict[str, dict[str, str]] = {}
    for clause_id, party, stance in db.execute(sql, list(clause_ids)):
        out.setdefault(clause_id, {})[party] = stance
    return out


# The latest version is found once (max number, on the (clause_id, number) unique index) and joined for both
# its text and its round, rather than looked up by two ORDER BY ... LIMIT 1 subqueries.
_CLAUSE_PAGE = """
SELECT c.id, t.ref, c.ref, c.title, c.topic, c.minerals, c.status,
       (SELECT count(*) FROM brackets b WHERE b.clause_id = c.id AND b.resolved_round_id IS NULL),
       coalesce('R' || r.number || ' ' || r.date, ''), coalesce(v.text, ''), c.rev
FROM clauses c JOIN tracks t ON t.id = c.track_id
     LEFT JOIN clause_versions v ON v.clause_id = c.id
          AND v.number = (SELECT max(number) FROM clause_versions WHERE clause_id = c.id)
     LEFT JOIN rounds r ON r.id = v.round_id
WHERE c.id IN ({marks})
"""


def iter_clause_rows(db: LogDatabase, track_ids: Sequence[str], *, page: int = PAGE) -> Iterator[tuple]:
    """Every clause of the given tracks as a CLAUSE_FIELDS tuple (minerals a list, stances a dict of party ->
    latest stance), ordered by track and reference, streamed page by page."""
    for ids in _clause_id_pages(db, track_ids, page):
        stances = latest_stances(db, ids)
        rows = {r[0]: r for r in db.execute(_CLAUSE_PAGE.format(marks=_marks(ids)), ids)}
        for clause_id in ids:
            r = rows[clause_id]
            yield (r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), r[6], stances.get(clause_id, {}),
                   r[7], r[8], r[9], r[10])


_POSITION_PAGE = """
SELECT p.id, p.clause_id, t.ref, c.ref, p.party, p.round_id, r.number, r.date, p.stance, p.note, p.red_line,
       p.fallback, p.internal_note, p.rev
FROM positions p JOIN clauses c ON c.id = p.clause_id JOIN tracks t ON t.id = c.track_id
     JOIN rounds r ON r.id = p.round_id
WHERE p.clause_id IN ({marks})
ORDER BY natural_key(c.ref), c.id, p.party, r.date, r.number
"""


def iter_position_rows(db: LogDatabase, track_ids: Sequence[str], *, page: int = PAGE) -> Iterator[tuple]:
    """Every position on the clauses of the given tracks as a POSITION_FIELDS tuple (round date as ISO text, as
    the other row queries give dates), by clause (as the Clauses sheet), party, round."""
    for ids in _clause_id_pages(db, track_ids, page):
        # A page holds clauses of one track, so (natural_key(ref), id) is the page's clause order.
        yield from db.execute(_POSITION_PAGE.format(marks=_marks(ids)), ids)


def count_rows(db: LogDatabase, track_ids: Sequence[str]) -> dict[str, int]:
    """How many clauses, positions, rounds and commitments the export of these tracks holds (for progress)."""
    marks = _marks(track_ids)
    if not track_ids:
        return {"clauses": 0, "positions": 0, "rounds": 0, "commitments": 0}
    one = lambda sql: db.execute(sql.format(marks=marks), list(track_ids)).fetchone()[0]  # noqa: E731
    return {
        "clauses": one("SELECT count(*) FROM clauses WHERE track_id IN ({marks})"),
        "positions": one("SELECT count(*) FROM positions p JOIN clauses c ON c.id = p.clause_id "
                         "WHERE c.track_id IN ({marks})"),
        "rounds": one("SELECT count(*) FROM rounds WHERE track_id IN ({marks})"),
        "commitments": one("SELECT count(*) FROM commitments WHERE track_id IN ({marks})"),
    }


def iter_rows(db: LogDatabase, sql: str, params: Sequence[object] = (), *,
              page: int = PAGE) -> Iterator[tuple]:
    """Stream any read query's rows in fetchmany pages (the cursor never holds the whole result)."""
    cursor = db.execute(sql, list(params))
    while True:
        rows = cursor.fetchmany(page)
        if not rows:
            return
        yield from rows


WORKBOOK_SECRET = "workbook_secret"  # meta key; never in the change log or the JSON dump (store.dump)


def workbook_secret(db: LogDatabase) -> bytes:
    """The log's random key for workbook tags, created on first need (schema 4 creates it for every log)."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", [WORKBOOK_SECRET]).fetchone()
    if row is None:
        if db.execute("PRAGMA query_only").fetchone()[0]:
            raise LogError(QT_TRANSLATE_NOOP("Errors", "This log has no workbook key yet; open it for "
                                                       "writing once, then export again"))
        with write_transaction(db):
            # OR IGNORE: another process may have made it first; both then read back the same key.
            db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)",
                       [WORKBOOK_SECRET, secrets.token_hex(32)])
        row = db.execute("SELECT value FROM meta WHERE key = ?", [WORKBOOK_SECRET]).fetchone()
    return bytes.fromhex(row[0])


def rows_by_ids(db: LogDatabase, table: str, columns: Sequence[str],
                ids: Sequence[str]) -> dict[str, tuple]:
    """id -> (columns...) for the given ids of one table, looked up 500 at a time (for the Excel import)."""
    allowed = {"clauses", "positions", "commitments", "rounds", "assessments"}
    if table not in allowed:
        raise ValueError(table)
    out: dict[str, tuple] = {}
    cols = ", ".join(["id", *columns])
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        for row in db.execute(f"SELECT {cols} FROM {table} WHERE id IN ({_marks(chunk)})", chunk):
            out[row[0]] = tuple(row[1:])
    return out


def change_entries(db: LogDatabase, track_ids: Sequence[str] | None, hidden: dict[str, Sequence[str]],
                   limit: int, *, hidden_entities: Sequence[str] = ()) -> Iterator[tuple]:
    """The newest `limit` change-log entries (oldest first), leaving out fields in `hidden` (table -> fields) and
    every entry about a table in `hidden_entities`, and, when `track_ids` is given, only entries about records of
    those tracks; each with a readable record label."""
    where, params = [], []
    if hidden_entities:
        where.append(f"x.entity NOT IN ({_marks(hidden_entities)})")
        params += list(hidden_entities)
    for table, fields in hidden.items():
        if fields:
            where.append(f"NOT (x.entity = ? AND x.field IN ({_marks(fields)}))")
            params += [table, *fields]
    if track_ids is not None:
        m = _marks(track_ids)
        where.append(f"""(x.entity_id IN (SELECT id FROM tracks WHERE id IN ({m}))
            OR x.entity_id IN (SELECT id FROM clauses WHERE track_id IN ({m}))
            OR x.entity_id IN (SELECT id FROM rounds WHERE track_id IN ({m}))
            OR x.entity_id IN (SELECT id FROM commitments WHERE track_id IN ({m}))
            OR x.entity_id IN (SELECT v.id FROM clause_versions v JOIN clauses c ON c.id = v.clause_id
                               WHERE c.track_id IN ({m}))
            OR x.entity_id IN (SELECT p.id FROM positions p JOIN clauses c ON c.id = p.clause_id
                               WHERE c.track_id IN ({m})))""")
        params += list(track_ids) * 6
    sql = f"""
        SELECT x.seq, x.at, x.who, x.entity,
               coalesce(tc.ref || ' ' || c.ref, tr.ref || ' R' || r.number, t.ref,
                        tp.ref || ' ' || pc.ref || ' / ' || p.party, tv.ref || ' ' || vc.ref, x.entity_id),
               x.field, x.old, x.new, x.source
        FROM changes x
        LEFT JOIN clauses c ON x.entity = 'clauses' AND c.id = x.entity_id
        LEFT JOIN tracks tc ON tc.id = c.track_id
        LEFT JOIN rounds r ON x.entity = 'rounds' AND r.id = x.entity_id
        LEFT JOIN tracks tr ON tr.id = r.track_id
        LEFT JOIN tracks t ON x.entity = 'tracks' AND t.id = x.entity_id
        LEFT JOIN positions p ON x.entity = 'positions' AND p.id = x.entity_id
        LEFT JOIN clauses pc ON pc.id = p.clause_id
        LEFT JOIN tracks tp ON tp.id = pc.track_id
        LEFT JOIN clause_versions v ON x.entity = 'clause_versions' AND v.id = x.entity_id
        LEFT JOIN clauses vc ON vc.id = v.clause_id
        LEFT JOIN tracks tv ON tv.id = vc.track_id
        {"WHERE " + " AND ".join(where) if where else ""}
        ORDER BY x.seq DESC LIMIT ?"""
    # Newest first to apply the limit, then read back in seq order through a bounded list of seqs.
    seqs = [r[0] for r in db.execute(f"SELECT seq FROM ({sql})", params + [limit])]
    if not seqs:
        return
    low = seqs[-1]
    yield from iter_rows(db, f"SELECT * FROM ({sql.replace('ORDER BY x.seq DESC LIMIT ?', '')}) "
                             "WHERE seq >= ? ORDER BY seq", params + [low])


def _track_filter(column: str, track_ids: Sequence[str] | None) -> tuple[str, list]:
    if track_ids is None:
        return "", []
    return f"WHERE {column} IN ({_marks(track_ids)})", list(track_ids)


_ROUNDS_OF_TRACK = """SELECT r.id, t.ref, r.number, r.date, r.place, r.video, r.participants, r.summary,
                             r.outcomes, r.illustrative, r.rev
                      FROM rounds r JOIN tracks t ON t.id = r.track_id WHERE r.track_id = ?
                      ORDER BY r.date, r.number"""


def iter_round_rows(db: LogDatabase, track_ids: Sequence[str] | None) -> Iterator[tuple]:
    """(id, track ref, number, date, place, video, participants, summary, outcomes, illustrative, rev), by track
    (reference order, as track_ids_in_order gives them), date, number.

    Read a track at a time on the rounds_track index: one query ordering every round by its track's natural_key
    had SQLite's sorter hold the rounds' texts (4 MB at 5,080 rounds), a track's few rounds are sorted alone."""
    for track_id in track_ids_in_order(db, track_ids):
        yield from iter_rows(db, _ROUNDS_OF_TRACK, [track_id])


def iter_commitment_rows(db: LogDatabase, track_ids: Sequence[str] | None) -> Iterator[tuple]:
    """(id, track ref, owner, text, source kind, source, due, anchor name, anchor date, offset days,
    offset months, state, rev), soonest due first; commitments of no track only when no track filter is set."""
    # Dated ones in the order of the commitments_due index, then the undated: read in index order, not sorted by
    # SQLite (ORDER BY m.due IS NULL, ... sorted every commitment's text: 2.3 MB at 20,000). The track filter
    # is "+m.track_id" so it is tested on each row rather than picking the commitments_track index.
    where, params = _track_filter("+m.track_id", track_ids)
    where = f"{where} {'AND' if where else 'WHERE'}"
    sql = f"""SELECT m.id, coalesce(t.ref, ''), m.owner, m.text, m.source_kind, m.source, m.due,
                     a.name, a.date, m.offset_days, m.offset_months, m.state, m.rev
              FROM commitments m LEFT JOIN tracks t ON t.id = m.track_id
                   LEFT JOIN anchors a ON a.id = m.anchor_id {where}"""
    yield from iter_rows(db, f"{sql} m.due IS NOT NULL ORDER BY m.due, m.rowid", params)
    yield from iter_rows(db, f"{sql} m.due IS NULL ORDER BY m.rowid", params)


def iter_assessment_rows(db: LogDatabase, track_ids: Sequence[str] | None,
                         audiences: Sequence[str] = ("internal", "shareable")) -> Iterator[tuple]:
    """(id, commitment owner, commitment text, party, score, kind, date, evidence, audience, rev) of the
    assessments whose audience is one of `audiences`."""
    where, params = _track_filter("m.track_id", track_ids)
    where = f"{where} {'AND' if where else 'WHERE'} s.audience IN ({_marks(audiences)})"
    params += list(audiences)
    return iter_rows(db, f"""SELECT s.id, m.owner, m.text, s.party, s.score, s.kind, s.date, s.evidence, s.audience,
                                    s.rev
                             FROM assessments s JOIN commitments m ON m.id = s.commitment_id {where}
                             ORDER BY m.due IS NULL, m.due, m.rowid, s.date, s.rowid""", params)


def change_count(db: LogDatabase) -> int:
    return db.execute("SELECT count(*) FROM changes").fetchone()[0]


_OWNER_COLUMNS = {"clauses": "owner", "commitments": "owner_member"}


def owners_by_record(db: LogDatabase, table: str, track_ids: Sequence[str] | None) -> dict[str, str]:
    """record id -> member id of the owned clauses or commitments of the given tracks (all when None): the
    workbook's owner columns (only owned records are held, a small map beside the streamed rows)."""
    column = _OWNER_COLUMNS[table]
    where, params = _track_filter("track_id", track_ids)
    where = f"{where} {'AND' if where else 'WHERE'} {column} IS NOT NULL AND {column} != ''"
    return dict(db.execute(f"SELECT id, {column} FROM {table} {where}", params).fetchall())
