"""The dashboard card's counts kept beside the records by triggers, so a card costs what it shows, not its track's size.

Three derived tables (schema 13): clauses per track and status or topic; brackets per track and (opening round,
resolving round) pair, which give the open brackets and the burndown; and per round, the clauses it revised, the
brackets it opened and resolved and the positions taken at it. Every write path (edits, imports, a JSON load, sync,
a re-key's copy) goes through the triggers. Derived data: not in the hash chain, the dump or a sync file; `check`
compares them with a count made afresh (`problems`).

A bracket counts on its clause's track only while that clause exists: a clause's insert adds the brackets already
there (a JSON load may write them first), its deletion takes them away before a cascade removes them (BEFORE DELETE:
SQLite deletes the children, then runs the AFTER triggers), and a move takes them from one track to the other.
"""

from __future__ import annotations

from .database import LogDatabase, has_table

TABLES = [
    """CREATE TABLE IF NOT EXISTS card_clause_counts (
        track_id TEXT NOT NULL,
        facet TEXT NOT NULL CHECK (facet IN ('status', 'topic')),
        value TEXT NOT NULL,
        clauses INTEGER NOT NULL,
        PRIMARY KEY (track_id, facet, value)
    ) STRICT, WITHOUT ROWID""",
    # '' for a bracket with no opening round / not resolved (a primary key of a WITHOUT ROWID table is never NULL).
    """CREATE TABLE IF NOT EXISTS card_bracket_spans (
        track_id TEXT NOT NULL,
        opened TEXT NOT NULL,
        resolved TEXT NOT NULL,
        brackets INTEGER NOT NULL,
        PRIMARY KEY (track_id, resolved, opened)
    ) STRICT, WITHOUT ROWID""",
    """CREATE TABLE IF NOT EXISTS card_round_counts (
        round_id TEXT PRIMARY KEY,
        clauses_revised INTEGER NOT NULL DEFAULT 0,
        brackets_opened INTEGER NOT NULL DEFAULT 0,
        brackets_resolved INTEGER NOT NULL DEFAULT 0,
        positions INTEGER NOT NULL DEFAULT 0
    ) STRICT, WITHOUT ROWID""",
]


def _facets(rec: str, sign: str) -> str:
    """Add (sign '+') or take away ('-') one clause to its track's status and topic counts."""
    out = []
    for facet in ("status", "topic"):
        out.append(f"""INSERT INTO card_clause_counts (track_id, facet, value, clauses)
            VALUES ({rec}.track_id, '{facet}', {rec}.{facet}, {sign}1)
            ON CONFLICT (track_id, facet, value) DO UPDATE SET clauses = clauses + excluded.clauses;""")
    out.append(f"DELETE FROM card_clause_counts WHERE track_id = {rec}.track_id AND clauses = 0;")
    return "\n".join(out)


def _round_bump(column: str, round_expr: str, sign: str, extra: str = "") -> str:
    """Add or take away one from a round's count (nothing for a NULL round)."""
    if sign == "+":
        return f"""INSERT INTO card_round_counts (round_id, {column}) SELECT {round_expr}, 1
            WHERE {round_expr} IS NOT NULL {extra}
            ON CONFLICT (round_id) DO UPDATE SET {column} = {column} + 1;"""
    return f"UPDATE card_round_counts SET {column} = {column} - 1 WHERE round_id = {round_expr} {extra};"


def _span_key(rec: str) -> str:
    return f"coalesce({rec}.round_id, ''), coalesce({rec}.resolved_round_id, '')"


def _bracket_on_track(rec: str, sign: str) -> str:
    """Add or take away one bracket on its clause's track (nothing while the clause is missing)."""
    if sign == "+":
        return f"""INSERT INTO card_bracket_spans (track_id, opened, resolved, brackets)
            SELECT c.track_id, {_span_key(rec)}, 1 FROM clauses c WHERE c.id = {rec}.clause_id
            ON CONFLICT (track_id, resolved, opened) DO UPDATE SET brackets = brackets + 1;"""
    where = (f"track_id = (SELECT track_id FROM clauses WHERE id = {rec}.clause_id)"
             f" AND opened = coalesce({rec}.round_id, '') AND resolved = coalesce({rec}.resolved_round_id, '')")
    return (f"UPDATE card_bracket_spans SET brackets = brackets - 1 WHERE {where};\n"
            f"DELETE FROM card_bracket_spans WHERE {where} AND brackets = 0;")


def _clause_brackets(rec: str, track: str, sign: str) -> str:
    """Add or take away all of a clause's brackets on `track`."""
    if sign == "+":
        return f"""INSERT INTO card_bracket_spans (track_id, opened, resolved, brackets)
            SELECT {track}, coalesce(b.round_id, ''), coalesce(b.resolved_round_id, ''), count(*) FROM brackets b
            WHERE b.clause_id = {rec}.id GROUP BY 2, 3
            ON CONFLICT (track_id, resolved, opened) DO UPDATE SET brackets = brackets + excluded.brackets;"""
    return f"""UPDATE card_bracket_spans SET brackets = brackets - (
            SELECT count(*) FROM brackets b WHERE b.clause_id = {rec}.id
               AND coalesce(b.round_id, '') = card_bracket_spans.opened
               AND coalesce(b.resolved_round_id, '') = card_bracket_spans.resolved)
        WHERE track_id = {track} AND EXISTS (SELECT 1 FROM brackets b WHERE b.clause_id = {rec}.id);
        DELETE FROM card_bracket_spans WHERE track_id = {track} AND brackets = 0;"""


def _other_version(rec: str, besides: str = "") -> str:
    """SQL: another version of the record's clause in the same round (+round_id: read the clause's few versions,
    never the round's many)."""
    return (f"EXISTS (SELECT 1 FROM clause_versions v WHERE v.clause_id = {rec}.clause_id"
            f" AND +v.round_id = {rec}.round_id {besides})")


TRIGGERS = [
    f"""CREATE TRIGGER IF NOT EXISTS card_clause_insert AFTER INSERT ON clauses BEGIN
        {_facets("new", "+")}
        {_clause_brackets("new", "new.track_id", "+")}
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS card_clause_update AFTER UPDATE OF track_id, status, topic ON clauses BEGIN
        {_facets("old", "-")}
        {_facets("new", "+")}
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS card_clause_move AFTER UPDATE OF track_id ON clauses
        WHEN old.track_id IS NOT new.track_id BEGIN
        {_clause_brackets("old", "old.track_id", "-")}
        {_clause_brackets("new", "new.track_id", "+")}
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS card_clause_delete BEFORE DELETE ON clauses BEGIN
        {_facets("old", "-")}
        {_clause_brackets("old", "old.track_id", "-")}
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS card_bracket_insert AFTER INSERT ON brackets BEGIN
        {_bracket_on_track("new", "+")}
        {_round_bump("brackets_opened", "new.round_id", "+")}
        {_round_bump("brackets_resolved", "new.resolved_round_id", "+")}
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS card_bracket_delete AFTER DELETE ON brackets BEGIN
        {_bracket_on_track("old", "-")}
        {_round_bump("brackets_opened", "old.round_id", "-")}
        {_round_bump("brackets_resolved", "old.resolved_round_id", "-")}
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS card_bracket_update AFTER UPDATE OF clause_id, round_id, resolved_round_id
        ON brackets BEGIN
        {_bracket_on_track("old", "-")}
        {_bracket_on_track("new", "+")}
        {_round_bump("brackets_opened", "old.round_id", "-")}
        {_round_bump("brackets_resolved", "old.resolved_round_id", "-")}
        {_round_bump("brackets_opened", "new.round_id", "+")}
        {_round_bump("brackets_resolved", "new.resolved_round_id", "+")}
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS card_version_insert AFTER INSERT ON clause_versions
        WHEN new.round_id IS NOT NULL AND NOT {_other_version("new", "AND v.rowid <> new.rowid")} BEGIN
        {_round_bump("clauses_revised", "new.round_id", "+")}
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS card_version_delete AFTER DELETE ON clause_versions
        WHEN old.round_id IS NOT NULL AND NOT {_other_version("old")} BEGIN
        {_round_bump("clauses_revised", "old.round_id", "-")}
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS card_version_update AFTER UPDATE OF clause_id, round_id ON clause_versions
        WHEN old.clause_id IS NOT new.clause_id OR old.round_id IS NOT new.round_id BEGIN
        {_round_bump("clauses_revised", "old.round_id", "-", f"AND NOT {_other_version('old')}")}
        {_round_bump("clauses_revised", "new.round_id", "+",
                     f"AND NOT {_other_version('new', 'AND v.rowid <> new.rowid')}")}
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS card_position_insert AFTER INSERT ON positions BEGIN
        {_round_bump("positions", "new.round_id", "+")}
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS card_position_delete AFTER DELETE ON positions BEGIN
        {_round_bump("positions", "old.round_id", "-")}
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS card_position_update AFTER UPDATE OF round_id ON positions BEGIN
        {_round_bump("positions", "old.round_id", "-")}
        {_round_bump("positions", "new.round_id", "+")}
    END""",
]

# The counts made afresh from the records: the back-fill, and what `problems` compares the kept ones with.
FRESH = {
    "card_clause_counts": """
        SELECT track_id, 'status', status, count(*) FROM clauses GROUP BY track_id, status
        UNION ALL SELECT track_id, 'topic', topic, count(*) FROM clauses GROUP BY track_id, topic""",
    "card_bracket_spans": """
        SELECT c.track_id, coalesce(b.round_id, ''), coalesce(b.resolved_round_id, ''), count(*)
        FROM brackets b JOIN clauses c ON c.id = b.clause_id GROUP BY 1, 2, 3""",
    "card_round_counts": """
        SELECT r, sum(a), sum(o), sum(s), sum(p) FROM (
            SELECT round_id AS r, count(DISTINCT clause_id) AS a, 0 AS o, 0 AS s, 0 AS p FROM clause_versions
             WHERE round_id IS NOT NULL GROUP BY round_id
            UNION ALL SELECT round_id, 0, count(*), 0, 0 FROM brackets WHERE round_id IS NOT NULL GROUP BY round_id
            UNION ALL SELECT resolved_round_id, 0, 0, count(*), 0 FROM brackets WHERE resolved_round_id IS NOT NULL
             GROUP BY resolved_round_id
            UNION ALL SELECT round_id, 0, 0, 0, count(*) FROM positions GROUP BY round_id)
        GROUP BY r""",
}
# The kept rows that say something (a round whose counts all went back to zero keeps its row).
_KEPT = {
    "card_clause_counts": "SELECT track_id, facet, value, clauses FROM card_clause_counts WHERE clauses <> 0",
    "card_bracket_spans": "SELECT track_id, opened, resolved, brackets FROM card_bracket_spans WHERE brackets <> 0",
    "card_round_counts": """SELECT round_id, clauses_revised, brackets_opened, brackets_resolved, positions
        FROM card_round_counts WHERE clauses_revised OR brackets_opened OR brackets_resolved OR positions""",
}


def install(db: LogDatabase) -> None:
    """The schema step: tables, triggers, and the counts of the records already there (idempotent: counted afresh)."""
    for statement in [*TABLES, *TRIGGERS]:
        db.execute(statement)
    for table, select in FRESH.items():
        db.execute(f"DELETE FROM {table}")
        db.execute(f"INSERT INTO {table} {select}")


def present(db: LogDatabase) -> bool:
    """True when the log keeps the counts (schema 13 on; an older log opened read-only is never migrated)."""
    return has_table(db, "card_round_counts")


def problems(db: LogDatabase) -> int:
    """Kept count rows that differ from a count made afresh (0 when all agree, or the log keeps none)."""
    if not present(db):
        return 0
    return sum(db.execute(f"SELECT (SELECT count(*) FROM (SELECT * FROM ({_KEPT[t]}) EXCEPT SELECT * FROM ({FRESH[t]})))"
                          f" + (SELECT count(*) FROM (SELECT * FROM ({FRESH[t]}) EXCEPT SELECT * FROM ({_KEPT[t]})))"
                          ).fetchone()[0] for t in FRESH)
