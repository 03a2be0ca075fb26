"""The Clauses table's every order and its word filter kept in the file (schema 14), so a page costs what it shows.

Schema 3 kept the reading order (track, reference); every other order was worked out in Python from every clause
(a million-version log: 250,000 clauses, ~0.9 s to sort by status) and the filter ran LIKE on every clause (~0.6 s).
Now `clause_order` holds, per clause, the key of each sortable column, kept by triggers on the clauses, their
versions, brackets, rounds and tracks; each column has an index in each direction whose entries end with the
reading order, so a page of any order is a walk of one index to its offset. A word of the filter is looked up in
`clause_words`, a trigram full-text index over the row's reference, title and minerals (any part of a word of
three characters or more, case-folded); shorter words in `clause_grams` (schema 15); a word in a status or a topic
by the few values holding it and the column's index (schema 16). A filter is a set of rows (`doc`) that the walk
tests as it goes.

Every write path (edits, imports, a JSON load, sync, a re-key's copy) goes through the triggers. Derived data:
not in the hash chain, the dump or a sync file; `check` compares every kept key with one worked out afresh
(`stale_keys`, `words_agree`).

Equal keys keep the reading order (track, reference, clause id) in both directions, as a stable sort would.
"""

from __future__ import annotations

from typing import NamedTuple

from .database import LogDatabase, all_of, contains, has_table, like_fold

# The columns the Clauses table sorts by and the key each keeps (for the clause `{c}`: an id expression).
_VERSIONS = "(SELECT count(*) FROM clause_versions v WHERE v.clause_id = {c})"
_OPEN_BRACKETS = "(SELECT count(*) FROM brackets b WHERE b.clause_id = {c} AND b.resolved_round_id IS NULL)"
# The round of the latest version that has one (what the table shows as "R3 2026-05-12"), as date then number so
# that it sorts by time ('' for none: first).
_LAST_ROUND = ("coalesce((SELECT r.date || printf(' %09d', r.number) FROM clause_versions v JOIN rounds r "
               "ON r.id = v.round_id WHERE v.clause_id = {c} ORDER BY v.number DESC LIMIT 1), '')")
_TRACK_KEY = "natural_key((SELECT t.ref FROM tracks t WHERE t.id = {rec}.track_id))"

# Sort name -> the column of clause_order that orders it (every order ends with track_key, ref_key, clause_id).
SORT_KEYS = {"track": "track_key", "ref": "ref_key", "title": "title", "topic": "topic", "status": "status",
             "minerals": "minerals", "versions": "versions", "open_brackets": "open_brackets",
             "last_round": "last_round"}
_COPIED = ("ref", "title", "topic", "status", "minerals")  # straight from the clause
# What else a row of the table shows, carried so that a page reads this table alone (schema 17): a clause looked up
# by its id was a page read per row in a random place (the ids are random), which an encrypted log decrypts.
_CARRIED = ("track_id", "owner", "rev")
_COUNTED = {"versions": _VERSIONS, "open_brackets": _OPEN_BRACKETS, "last_round": _LAST_ROUND}


def counted(column: str, clause: str) -> str:
    """SQL working out the versions or open brackets of the clause `clause` (an id expression) from the records."""
    return _COUNTED[column].format(c=clause)
FILTER_COLUMNS = _COPIED  # what the filter reads, as the Clauses table's filter always has
# What the word indexes hold (schema 16). A status or a topic is one of a few values a log holds many times: a word
# of the filter is matched against those values (facet_values) and finds their rows by the column's own index.
# Kept in the word indexes, every status change (an edited workbook's usual change) rewrote the row's trigrams and
# short parts: 10,000 status changes took 4.5-6.0 s with those triggers, 1.5 s without.
WORD_COLUMNS = ("ref", "title", "minerals")
FACET_COLUMNS = ("status", "topic")
MIN_INDEXED_WORD = 3  # a trigram index finds parts of three characters or more

TABLES = [
    """CREATE TABLE clause_order (
        doc INTEGER PRIMARY KEY,
        clause_id TEXT NOT NULL UNIQUE,
        track_key TEXT NOT NULL,
        ref_key TEXT NOT NULL,
        ref TEXT NOT NULL,
        title TEXT NOT NULL,
        topic TEXT NOT NULL,
        status TEXT NOT NULL,
        minerals TEXT NOT NULL,
        versions INTEGER NOT NULL,
        open_brackets INTEGER NOT NULL,
        last_round TEXT NOT NULL,
        track_id TEXT NOT NULL,
        owner TEXT,
        rev INTEGER NOT NULL
    ) STRICT""",
    f"""CREATE VIRTUAL TABLE clause_words USING fts5({', '.join(WORD_COLUMNS)}, content = 'clause_order',
        content_rowid = 'doc', tokenize = 'trigram')""",
]


def _indexes() -> list[str]:
    """Each order in each direction, each ending with the reading order (track, reference, clause id: the same
    order on every laptop of a delegation, as the documents' `domain.ordering.ref_order`)."""
    out = ["CREATE INDEX clause_order_reading ON clause_order(track_key, ref_key, clause_id)",
           "CREATE INDEX clause_order_reading_desc ON clause_order(track_key DESC, ref_key, clause_id)",
           "CREATE INDEX clause_order_ref ON clause_order(ref_key, track_key, clause_id)",
           "CREATE INDEX clause_order_ref_desc ON clause_order(ref_key DESC, track_key, clause_id)"]
    for column in SORT_KEYS.values():
        if column not in ("track_key", "ref_key"):
            out.append(f"CREATE INDEX clause_order_{column} ON clause_order({column}, track_key, ref_key, clause_id)")
            out.append(f"CREATE INDEX clause_order_{column}_desc ON clause_order({column} DESC, track_key, ref_key, "
                       "clause_id)")
    return out


INDEXES = _indexes()


def _recount(clause: str) -> str:
    """Work out again the keys a clause's versions and brackets give (nothing when it has no row)."""
    sets = ", ".join(f"{column} = {sql.format(c=clause)}" for column, sql in _COUNTED.items())
    return f"UPDATE clause_order SET {sets} WHERE clause_id = {clause};"


def _words(rec: str) -> str:
    return ", ".join(f"{rec}.{column}" for column in WORD_COLUMNS)


_ALL_COLUMNS = ("clause_id", "track_key", "ref_key", *_COPIED, *_COUNTED, *_CARRIED)


def _fresh(rec: str, clause: str, columns: tuple[str, ...] = _ALL_COLUMNS) -> str:
    """The keys (`columns` of them) of the clause row `rec` worked out from the records."""
    values = dict(zip(_ALL_COLUMNS, [clause, _TRACK_KEY.format(rec=rec), f"natural_key({rec}.ref)",
                                     *(f"{rec}.{c}" for c in _COPIED),
                                     *(sql.format(c=clause) for sql in _COUNTED.values()),
                                     *(f"{rec}.{c}" for c in _CARRIED)], strict=True))
    return ", ".join(values[column] for column in columns)


WORD_TRIGGERS = [
    # The word index follows its rows (an external-content index is told the old words to take out).
    f"""CREATE TRIGGER clause_words_insert AFTER INSERT ON clause_order BEGIN
        INSERT INTO clause_words (rowid, {', '.join(WORD_COLUMNS)}) VALUES (new.doc, {_words("new")});
    END""",
    f"""CREATE TRIGGER clause_words_delete AFTER DELETE ON clause_order BEGIN
        INSERT INTO clause_words (clause_words, rowid, {', '.join(WORD_COLUMNS)})
        VALUES ('delete', old.doc, {_words("old")});
    END""",
    f"""CREATE TRIGGER clause_words_update AFTER UPDATE OF {', '.join(WORD_COLUMNS)} ON clause_order BEGIN
        INSERT INTO clause_words (clause_words, rowid, {', '.join(WORD_COLUMNS)})
        VALUES ('delete', old.doc, {_words("old")});
        INSERT INTO clause_words (rowid, {', '.join(WORD_COLUMNS)}) VALUES (new.doc, {_words("new")});
    END""",
]

TRIGGERS = [
    # The clause itself (its versions and brackets may be written before it: a JSON load).
    f"""CREATE TRIGGER clause_order_insert AFTER INSERT ON clauses BEGIN
        INSERT INTO clause_order ({', '.join(_ALL_COLUMNS)}) VALUES ({_fresh("new", "new.id")});
    END""",
    """CREATE TRIGGER clause_order_delete AFTER DELETE ON clauses BEGIN
        DELETE FROM clause_order WHERE clause_id = old.id;
    END""",
    f"""CREATE TRIGGER clause_order_place AFTER UPDATE OF ref, track_id ON clauses
        WHEN old.ref IS NOT new.ref OR old.track_id IS NOT new.track_id BEGIN
        UPDATE clause_order SET track_key = {_TRACK_KEY.format(rec="new")}, ref_key = natural_key(new.ref),
                                ref = new.ref, track_id = new.track_id
        WHERE clause_id = new.id;
    END""",
    # Every edit gives the clause a new revision.
    """CREATE TRIGGER clause_order_carried AFTER UPDATE OF owner, rev ON clauses
        WHEN old.owner IS NOT new.owner OR old.rev IS NOT new.rev BEGIN
        UPDATE clause_order SET owner = new.owner, rev = new.rev WHERE clause_id = new.id;
    END""",
    *(f"""CREATE TRIGGER clause_order_{column} AFTER UPDATE OF {column} ON clauses
        WHEN old.{column} IS NOT new.{column} BEGIN
        UPDATE clause_order SET {column} = new.{column} WHERE clause_id = new.id;
    END""" for column in _COPIED if column != "ref"),
    """CREATE TRIGGER clause_order_track AFTER UPDATE OF ref ON tracks WHEN old.ref IS NOT new.ref BEGIN
        UPDATE clause_order SET track_key = natural_key(new.ref)
        WHERE clause_id IN (SELECT c.id FROM clauses c WHERE c.track_id = new.id);
    END""",
    # What the versions, brackets and rounds give a clause.
    f"""CREATE TRIGGER clause_order_version_insert AFTER INSERT ON clause_versions BEGIN
        {_recount("new.clause_id")}
    END""",
    f"""CREATE TRIGGER clause_order_version_delete AFTER DELETE ON clause_versions BEGIN
        {_recount("old.clause_id")}
    END""",
    f"""CREATE TRIGGER clause_order_version_update AFTER UPDATE OF clause_id, round_id, number ON clause_versions
        BEGIN
        {_recount("old.clause_id")}
        {_recount("new.clause_id")}
    END""",
    f"""CREATE TRIGGER clause_order_bracket_insert AFTER INSERT ON brackets
        WHEN new.resolved_round_id IS NULL BEGIN
        {_recount("new.clause_id")}
    END""",
    f"""CREATE TRIGGER clause_order_bracket_delete AFTER DELETE ON brackets
        WHEN old.resolved_round_id IS NULL BEGIN
        {_recount("old.clause_id")}
    END""",
    f"""CREATE TRIGGER clause_order_bracket_update AFTER UPDATE OF clause_id, resolved_round_id ON brackets
        WHEN old.clause_id IS NOT new.clause_id OR (old.resolved_round_id IS NULL) <> (new.resolved_round_id IS NULL)
        BEGIN
        {_recount("old.clause_id")}
        {_recount("new.clause_id")}
    END""",
    f"""CREATE TRIGGER clause_order_round AFTER UPDATE OF number, date ON rounds
        WHEN old.number IS NOT new.number OR old.date IS NOT new.date BEGIN
        UPDATE clause_order SET last_round = {_LAST_ROUND.format(c="clause_order.clause_id")}
        WHERE clause_id IN (SELECT v.clause_id FROM clause_versions v WHERE v.round_id = new.id);
    END""",
    *WORD_TRIGGERS,
]

# Schema 3's table and triggers, replaced.
_OLD_TRIGGERS = ("clause_order_insert", "clause_order_update", "clause_order_delete", "clause_order_track")

# Filled in the reading order (track, then reference): a row's doc follows it, so the first page of the Clauses
# table (sorted by track, as it opens) lies in a few neighbouring pages of the table rather than one page a row
# (213 pages read for 200 rows at 100k versions, each decrypted and checked on an encrypted log). Columns 2 and 3
# are track_key and ref_key, 1 the clause id.
_FRESH_SQL = f"SELECT {_fresh('c', 'c.id')} FROM clauses c ORDER BY 2, 3, 1"


def install(db: LogDatabase) -> None:
    """The schema step: schema 3's clause_order replaced by this one, filled from the clauses there (idempotent)."""
    for name in (*_OLD_TRIGGERS, *(statement.split()[2] for statement in TRIGGERS)):
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    db.execute("DROP TABLE IF EXISTS clause_words")
    db.execute("DROP TABLE IF EXISTS clause_order")
    for statement in TABLES:
        db.execute(statement)
    db.execute(f"INSERT INTO clause_order ({', '.join(_ALL_COLUMNS)}) {_FRESH_SQL}")
    db.execute("INSERT INTO clause_words (clause_words) VALUES ('rebuild')")
    for statement in [*INDEXES, *TRIGGERS]:
        db.execute(statement)


# -- schema 15: the filter's words of one or two characters ------------------------------------------------------

# A trigram index cannot find a part shorter than three characters; reading every row for one took ~0.7 s at a
# million versions (250,000 clauses), and a filter typed letter by letter asks for one first. Each clause's
# distinct parts of one and two characters (short_grams: its words' letters and letter pairs, folded as LIKE
# folds) are kept here, so a short word is one range of this table's key.
GRAM_TABLE = """CREATE TABLE clause_grams (
    gram TEXT NOT NULL,
    doc INTEGER NOT NULL,
    PRIMARY KEY (gram, doc)
) STRICT, WITHOUT ROWID"""

def _grams_of(rec: str, columns: tuple[str, ...] = WORD_COLUMNS) -> str:
    """SQL: the short parts of the row `rec`'s words in `columns` (a JSON array)."""
    return f"short_grams({', '.join(f'{rec}.{column}' for column in columns)})"


def _changed(added: int) -> str:
    return f"grams_changed({added}, {_words('old')}, {_words('new')})"


def _add_grams(rec: str) -> str:
    return (f"INSERT INTO clause_grams (gram, doc) SELECT value, {rec}.doc FROM json_each({_grams_of(rec)});")


def _drop_grams(rec: str) -> str:
    return (f"DELETE FROM clause_grams WHERE doc = {rec}.doc AND gram IN "
            f"(SELECT value FROM json_each({_grams_of(rec)}));")


GRAM_TRIGGERS = [
    f"""CREATE TRIGGER clause_grams_insert AFTER INSERT ON clause_order BEGIN
        {_add_grams("new")}
    END""",
    f"""CREATE TRIGGER clause_grams_delete AFTER DELETE ON clause_order BEGIN
        {_drop_grams("old")}
    END""",
    # An edit moves only the parts it changes (each part is a key on a page of its own: a title's ~50 parts
    # taken out and put back made 10,000 title edits three times slower).
    f"""CREATE TRIGGER clause_grams_update AFTER UPDATE OF {', '.join(WORD_COLUMNS)} ON clause_order
        WHEN old.doc = new.doc BEGIN
        DELETE FROM clause_grams WHERE doc = old.doc AND gram IN (SELECT value FROM json_each({_changed(0)}));
        INSERT INTO clause_grams (gram, doc) SELECT value, new.doc FROM json_each({_changed(1)});
    END""",
    f"""CREATE TRIGGER clause_grams_renumber AFTER UPDATE OF doc ON clause_order WHEN old.doc <> new.doc BEGIN
        {_drop_grams("old")}
        {_add_grams("new")}
    END""",
]


def _breaks(db: LogDatabase) -> tuple[int, int]:
    """(kept rows, rows that start a run out of the reading order: a doc lower than the row before it)."""
    rows, breaks = db.execute("SELECT count(*), coalesce(sum(doc < before), 0) FROM (SELECT doc, lag(doc) OVER "
                              "(ORDER BY track_key, ref_key, clause_id) AS before FROM clause_order)").fetchone()
    return rows, breaks


# When the kept rows are laid out again (`lay_out_if_scattered`): a table of at least SCATTERED_MIN rows (a smaller
# one is a few pages of the file, read whole at once) in which more than one row in SCATTERED_SHARE starts a run out
# of the reading order. Each such run among a page's 200 rows costs that page a page or two more of the file.
SCATTERED_MIN = 256
SCATTERED_SHARE = 32


def laid_out(db: LogDatabase) -> bool:
    """True when every kept row's doc follows the reading order (as `install` lays them out); clauses added since
    come after, out of it."""
    return _breaks(db)[1] == 0


def scattered(db: LogDatabase) -> bool:
    """True when the kept rows lie far enough out of the reading order to be laid out again (see SCATTERED_MIN).

    A clause added takes the next doc wherever it sorts, so a log drifts out of the order as it grows: by a row at
    a time when edited by hand, by thousands at once when a dump is loaded or a colleague's clauses arrive by sync.
    """
    rows, breaks = _breaks(db)
    return rows >= SCATTERED_MIN and breaks * SCATTERED_SHARE > rows


def lay_out(db: LogDatabase) -> None:
    """The kept rows, their words and short parts made again in the reading order (in the caller's transaction)."""
    install(db)
    install_grams(db)


def lay_out_if_scattered(db: LogDatabase) -> bool:
    """Lay the kept rows out again when `scattered`; True when it did. Run where many clauses arrive at once, in the
    transaction that brought them: 3.9 s at 100,000 versions (25,000 clauses), a few ms for a demo-sized log."""
    if not scattered(db):
        return False
    lay_out(db)
    return True


# The read-ahead (`ReadAhead`): at most READ_AHEAD_ROWS rows of the table and as many entries of its reading order,
# READ_AHEAD_STEP at a time. At 100,000 versions (25,000 clauses) that is all of both, ~2,100 pages (8 MB); at a
# million the first fifth (~4,200 pages, 16 MB: a quarter of an encrypted connection's page cache, cipher.CACHE_KIB).
READ_AHEAD_ROWS = 50_000
READ_AHEAD_STEP = 2_000


class ReadAhead:
    """Reads the first rows of the Clauses table, then the first entries of its reading order's index, into the
    connection's page cache, a bounded step at a time (`step()`, ~2 ms on an encrypted log), for a caller to run
    while its user is idle.

    Why: an encrypted log decrypts and checks each page the first time a connection reads it (~5 us); plain SQLite
    copies it from the OS cache. A first sort or filter reads rows scattered over the table (the status order's
    first 200 rows lie in ~85 of its pages at 100,000 versions, a word's in ~200) and walks the reading order: on an
    encrypted log 1.3-1.4x the plain time, ~1.0x once these pages are in the cache. The rows are laid out in the
    reading order (`lay_out`), so the table's first rows hold the first page of every order whose values are spread
    over the log (a status, a topic). Reads only; the cache is the connection's, gone when it closes.
    """

    def __init__(self, db: LogDatabase, rows: int = READ_AHEAD_ROWS, step: int = READ_AHEAD_STEP) -> None:
        self._db, self._rows, self._step = db, rows, step
        self._doc: int | None = -(2 ** 63)  # the last table row read (None: the table's part is done)
        self._key: tuple | None = ()  # the last reading-order entry read (empty: none yet; None: done)
        self.table_rows = self.index_entries = 0  # read so far

    @property
    def done(self) -> bool:
        return self._doc is None and self._key is None

    def step(self) -> bool:
        """Read the next step; False once everything is read (and from then on)."""
        if self._doc is not None:
            wanted = min(self._step, self._rows - self.table_rows)
            count, last = self._db.execute(
                "SELECT count(*), max(doc) FROM (SELECT doc FROM clause_order WHERE doc > ? ORDER BY doc LIMIT ?)",
                (self._doc, wanted)).fetchone()
            self.table_rows += count
            self._doc = last if count == wanted and self.table_rows < self._rows else None
            return True
        if self._key is None:
            return False
        wanted = min(self._step, self._rows - self.index_entries)
        walk = (f"FROM clause_order INDEXED BY clause_order_reading "
                f"{'WHERE (track_key, ref_key, clause_id) > (?, ?, ?) ' if self._key else ''}"
                f"ORDER BY {order_by('track', False)}")
        count = self._db.execute(f"SELECT count(*) FROM (SELECT 1 {walk} LIMIT ?)", [*self._key, wanted]).fetchone()[0]
        self.index_entries += count
        last = None
        if count == wanted and self.index_entries < self._rows:  # more to read: where the next step starts
            last = self._db.execute(f"SELECT track_key, ref_key, clause_id {walk} LIMIT 1 OFFSET ?",
                                    [*self._key, count - 1]).fetchone()
        self._key = tuple(last) if last is not None else None
        return True


def install_grams(db: LogDatabase) -> None:
    """The schema step: the short parts of every clause's words, filled in key order (appended, not scattered)."""
    for statement in GRAM_TRIGGERS:
        db.execute(f"DROP TRIGGER IF EXISTS {statement.split()[2]}")
    db.execute("DROP TABLE IF EXISTS clause_grams")
    db.execute(GRAM_TABLE)
    db.execute(f"INSERT INTO clause_grams (gram, doc) SELECT j.value, o.doc FROM clause_order o, "
               f"json_each({_grams_of('o')}) j ORDER BY 1, 2")
    for statement in GRAM_TRIGGERS:
        db.execute(statement)


def _columns(db: LogDatabase, table: str) -> tuple[str, ...]:
    """The columns the log's table has (an earlier schema's log opened read-only has fewer, or others)."""
    return tuple(d[0] for d in db.execute(f"SELECT * FROM {table} WHERE 0").description)


def carries_rows(db: LogDatabase) -> bool:
    """True when the kept rows carry everything a row of the table shows (schema 17 on)."""
    return "rev" in _columns(db, "clause_order")


def grams_present(db: LogDatabase) -> bool:
    """True when the log keeps the short parts (schema 15 on)."""
    return has_table(db, "clause_grams")


# -- schema 16: the word indexes hold a clause's own words; its status and topic are found by their values ---------

def install_words(db: LogDatabase) -> None:
    """The schema step: the word index and the short parts made again over WORD_COLUMNS (idempotent)."""
    for statement in WORD_TRIGGERS:
        db.execute(f"DROP TRIGGER IF EXISTS {statement.split()[2]}")
    db.execute("DROP TABLE IF EXISTS clause_words")
    db.execute(TABLES[1])
    db.execute("INSERT INTO clause_words (clause_words) VALUES ('rebuild')")
    for statement in WORD_TRIGGERS:
        db.execute(statement)
    install_grams(db)


def indexed_columns(db: LogDatabase) -> tuple[str, ...]:
    """The columns the log's word indexes hold (every filter column before schema 16)."""
    return _columns(db, "clause_words")


def facet_values(db: LogDatabase) -> dict[str, list[str]]:
    """Each filter column the log's word indexes do not hold, with its distinct values: one seek of the column's
    index per value (a few statuses, the topics in use), not a read of its rows."""
    indexed = indexed_columns(db)
    return {column: [r[0] for r in db.execute(
        f"WITH RECURSIVE v(value) AS (SELECT min({column}) FROM clause_order UNION ALL "
        f"SELECT (SELECT min({column}) FROM clause_order WHERE {column} > v.value) FROM v WHERE v.value IS NOT NULL) "
        "SELECT value FROM v WHERE value IS NOT NULL")]
        for column in FACET_COLUMNS if column not in indexed}


def _facet_arms(word: str, facets: dict[str, list[str]]) -> tuple[list[str], list] | None:
    """SELECTs of the rows whose status or topic (a column of `facets`) holds the word, as the word indexes would
    find it there: the trigram index folds the case of every letter, the short parts ASCII letters only (as LIKE);
    both stop at a NUL. None when every value of a column holds it: every row has the word ("e")."""
    short = len(word) < MIN_INDEXED_WORD
    fold = like_fold if short else str.lower
    part = fold(word)
    arms, params = [], []
    for column, values in facets.items():
        hits = [v for v in values if part in fold(v.split("\x00")[0])]
        if hits and len(hits) == len(values):
            return None
        if hits:
            arms.append(f"SELECT doc FROM clause_order WHERE {column} IN ({', '.join('?' for _ in hits)})")
            params.extend(hits)
    return arms, params


# -- reading -------------------------------------------------------------------------------------------------------

def order_by(sort: str, descending: bool, backwards: bool = False) -> str:
    """ORDER BY for a sort name (unknown: the reference's); equal keys keep the reading order either way.
    `backwards`: the same order from its end (every term turned: the same index walked the other way)."""
    column = SORT_KEYS.get(sort, "ref_key")
    terms = [column, *(tie for tie in ("track_key", "ref_key") if tie != column), "clause_id"]
    turned = [descending != backwards, *([backwards] * (len(terms) - 1))]
    return ", ".join(f"{term}{' DESC' if down else ''}" for term, down in zip(terms, turned, strict=True))


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _words_sql(prefix: str = "") -> str:
    """The filter's text of a row: its filter columns joined by spaces (`prefix`: the table's alias and a dot)."""
    return " || ' ' || ".join(prefix + column for column in FILTER_COLUMNS)


class RowSet(NamedTuple):
    """One condition of the filter: SQL selecting the docs of the rows that meet it, and its parameters."""

    sql: str
    params: list
    # One row can be tested by a key lookup (a column's index, the short parts' key); the word index cannot be
    # asked about one row cheaply (~0.1 ms a row), so its set is read whole and kept in memory for the query.
    lookup: bool = True
    # A set that is the UNION of these SELECTs (their parameters, in order, are `params`): a row is looked up in
    # each (a union in a lookup would be made whole for each row tested).
    arms: tuple[str, ...] = ()
    size: int | None = None  # its rows, counted up to DRIVE_BELOW (ranked)

    def test(self, doc: str, *, read_whole: bool = False) -> str:
        """SQL testing whether the row `doc` (a doc expression) is in the set: a lookup per row, or (the word
        index's, or `read_whole`) the set read once and kept in memory, cheaper when most rows are tested."""
        if self.lookup and not read_whole:
            return " OR ".join(f"EXISTS (SELECT 1 FROM ({arm}) AS s WHERE s.doc = {doc})"
                               for arm in self.arms or (self.sql,)).join("()" if self.arms else ("", ""))
        return f"+{doc} IN ({self.sql})"  # the unary +: the query is not to be driven from the set


def _union(arms: list[str], params: list, *, lookup: bool = True) -> RowSet:
    """The set of the rows any of the SELECTs `arms` selects."""
    return RowSet(" UNION ".join(arms), params, lookup, tuple(arms) if len(arms) > 1 else ())


def _filter_words(text: str | None) -> list[str]:
    """The filter's words, each once (a word said twice is one condition); a NUL separates words (it would end the
    index's query string)."""
    return list(dict.fromkeys((text or "").replace("\x00", " ").split()))


_WORD_MATCH = "SELECT rowid AS doc FROM clause_words WHERE clause_words MATCH ?"


def row_sets(db: LogDatabase, *, track_id: str | None = None, text: str | None = None, status: str | None = None,
             topic: str | None = None, owner: str | None = None, grams: bool | None = None) -> list[RowSet]:
    """The filter as sets of rows, one per condition; all must hold. A word is found in a row's reference, title or
    minerals by the word indexes, and in its status or topic by the values that hold it (schema 16 on).
    `grams`: use the short parts of words (default: when the log keeps them, schema 15 on; else a short word reads
    the rows)."""
    grams = grams_present(db) if grams is None else grams
    sets: list[RowSet] = []
    for column, value in (("track_id", track_id), ("owner", owner)):
        if value:
            sets.append(RowSet(f"SELECT o.doc FROM clauses c JOIN clause_order o ON o.clause_id = c.id "
                               f"WHERE c.{column} = ?", [value]))
    for column, value in (("status", status), ("topic", topic)):
        if value:
            sets.append(RowSet(f"SELECT doc FROM clause_order WHERE {column} = ?", [value]))
    words = _filter_words(text)
    facets = facet_values(db) if words else {}
    together = []  # words in no status or topic: one query of the word index for them all
    for word in words:
        found = _facet_arms(word, facets)
        if found is None:
            continue  # no condition: every row holds the word
        arms, params = found
        if len(word) >= MIN_INDEXED_WORD:
            if arms:
                sets.append(_union([_WORD_MATCH, *arms], [_fts_phrase(word), *params], lookup=False))
            else:
                together.append(word)
        elif grams:
            sets.append(_union(["SELECT doc FROM clause_grams WHERE gram = ?", *arms], [like_fold(word), *params]))
        else:  # too short for the trigram index, and no short parts kept: the rows read (every filter column)
            sets.append(RowSet(f"SELECT doc FROM clause_order WHERE {contains(_words_sql())}",
                               [like_fold(word)], lookup=False))
    if together:
        sets.append(RowSet(_WORD_MATCH, [" AND ".join(_fts_phrase(w) for w in together)], lookup=False))
    return sets


# A filter whose smallest set has fewer rows than this is read from that set and its rows sorted (a few ms);
# otherwise the order's index is walked, testing each row, until the page is full (rows that pass are common).
DRIVE_BELOW = 4000
# Reading a set's rows finds each where the table keeps it: a page each when they are not cached (an encrypted log
# decrypts and checks every one); a walk reads the order's index in sequence, some 45 entries a page. A set under
# DRIVE_BELOW is still walked when the rows wanted lie so near the start that the walk passes fewer index entries
# than this many times the set's rows ("cobalt", 1,521 of 25,000 clauses: its first page read 1,086 of the table's
# pages driven).
WALK_ENTRIES_PER_ROW = 20


def ranked(db: LogDatabase, sets: list[RowSet]) -> tuple[list[RowSet], bool]:
    """The sets smallest first, each counted up to DRIVE_BELOW (its `size`), and whether the first is below it (read
    it and sort its rows: a filter that keeps few rows, where a walk would pass most of the order's rows)."""
    if not sets:
        return sets, False
    sized = sorted((s._replace(size=db.execute(f"SELECT count(*) FROM ({s.sql} LIMIT ?)",
                                               [*s.params, DRIVE_BELOW]).fetchone()[0]) for s in sets),
                   key=lambda s: s.size)
    return sized, sized[0].size < DRIVE_BELOW


def walk_sooner(smallest: int, wanted: int, rows: int) -> bool:
    """Whether the first `wanted` rows of an order are read sooner by walking its index, of `rows` in all, than by
    reading the `smallest` rows of the filter's smallest set and sorting them (see WALK_ENTRIES_PER_ROW)."""
    return smallest > 0 and wanted * rows < smallest * smallest * WALK_ENTRIES_PER_ROW


def page_sql(sets: list[RowSet], sort: str, descending: bool, backwards: bool = False,
             driven: bool = False, deep: bool = False) -> tuple[str, list]:
    """One page of (clause id, kept row) pairs (LIMIT ? OFFSET ? to bind; an order's index holds both). Walked: the
    order's index to the offset, each row tested against the filter's sets. `driven`: the first set's rows, tested against the others and sorted.
    `backwards`: counted from the order's end, the rows in reverse (a page near the end walks little). `deep`: a
    page far from both ends, where the walk tests so many rows that each set is better read whole once."""
    conditions = [f"doc IN ({sets[0].sql})"] if driven else []
    conditions += [s.test("clause_order.doc", read_whole=deep) for s in (sets[1:] if driven else sets)]
    where = all_of(conditions)
    params = [p for s in sets for p in s.params]
    return (f"SELECT clause_id, doc FROM clause_order{' WHERE ' + where if where else ''} "
            f"ORDER BY {order_by(sort, descending, backwards)} LIMIT ? OFFSET ?", params)


def count_sql(sets: list[RowSet]) -> tuple[str, list]:
    """The rows the filter keeps: the first set's (the smallest, once ranked), tested against the others, each read
    whole once (every row of the first is tested: a lookup each cost ~1 us, a probe in memory ~0.3)."""
    if not sets:
        return "SELECT count(*) FROM clause_order", []
    first, *rest = sets
    where = all_of([s.test("f.doc", read_whole=True) for s in rest])
    params = [p for s in sets for p in s.params]
    return f"SELECT count(*) FROM ({first.sql}) AS f{' WHERE ' + where if where else ''}", params


# -- a log of an earlier schema opened read-only (never migrated): the same orders and filter, worked out ------------

def present(db: LogDatabase) -> bool:
    """True when the log keeps the keys (schema 14 on)."""
    return has_table(db, "clause_words")


_UNKEPT_KEYS = {"track_key": "natural_key(t.ref)", "ref_key": "natural_key(c.ref)", "clause_id": "c.id",
                **{column: f"c.{column}" for column in _COPIED},
                **{column: sql.format(c="c.id") for column, sql in _COUNTED.items()}}


def unkept_sql(filters: dict, sort: str | None, descending: bool = False) -> tuple[str, list]:
    """The page (sort given: LIMIT ? OFFSET ? to bind) or the count (sort None) read from the records themselves:
    every clause read and sorted, as before schema 14 (slow on a large log, exact on any)."""
    where, params = [], []
    for column in ("track_id", "owner", "status", "topic"):
        if filters.get(column):
            where.append(f"c.{column} = ?")
            params.append(filters[column])
    for word in _filter_words(filters.get("text")):
        where.append(contains(_words_sql("c.")))
        params.append(like_fold(word))
    sql = f"FROM clauses c JOIN tracks t ON t.id = c.track_id{' WHERE ' + all_of(where) if where else ''}"
    if sort is None:
        return f"SELECT count(*) {sql}", params
    order = ", ".join(_UNKEPT_KEYS.get(key.split()[0], key.split()[0]) + key[len(key.split()[0]):]
                      for key in order_by(sort, descending).split(", "))
    return f"SELECT c.id {sql} ORDER BY {order} LIMIT ? OFFSET ?", params


# -- checking ------------------------------------------------------------------------------------------------------

def stale_keys(db: LogDatabase) -> int:
    """Kept rows whose keys are missing or differ from keys worked out afresh, and rows of no clause."""
    here = _columns(db, "clause_order")
    columns = tuple(c for c in _ALL_COLUMNS if c in here)  # an earlier schema's log, read-only: what it keeps
    kept = f"SELECT {', '.join(columns)} FROM clause_order"
    fresh = f"SELECT {_fresh('c', 'c.id', columns)} FROM clauses c"
    return db.execute(f"SELECT (SELECT count(*) FROM ({fresh} EXCEPT {kept})) + (SELECT count(*) FROM "
                      "clause_order o WHERE NOT EXISTS (SELECT 1 FROM clauses c WHERE c.id = o.clause_id))"
                      ).fetchone()[0]


def words_agree(db: LogDatabase) -> bool:
    """Whether the word index agrees with its rows. Read-write: FTS5's own check, term by term, inside a savepoint
    rolled back. A read-only connection cannot run it (an INSERT command): there, _words_found."""
    if grams_present(db) and not _grams_agree(db):
        return False
    if db.read_only:
        return _words_found(db)
    db.execute("SAVEPOINT clause_words_check")
    try:
        db.execute("INSERT INTO clause_words (clause_words, rank) VALUES ('integrity-check', 1)")
    except Exception:  # noqa: BLE001 - SQLITE_CORRUPT_VTAB, in either SQLite build's error class
        return False
    finally:
        db.execute("ROLLBACK TO clause_words_check")
        db.execute("RELEASE clause_words_check")
    return True


def _grams_agree(db: LogDatabase) -> bool:
    """Every clause's short parts are kept under it, and as many rows are kept as there are parts: the same set
    (one pass over the rows, a key lookup per part)."""
    grams = _grams_of("o", indexed_columns(db))
    missing, fresh = db.execute(
        f"SELECT count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM clause_grams g WHERE g.gram = j.value "
        f"AND g.doc = o.doc)), count(*) FROM clause_order o, json_each({grams}) j").fetchone()
    return missing == 0 and fresh == db.execute("SELECT count(*) FROM clause_grams").fetchone()[0]


def _words_found(db: LogDatabase) -> bool:
    """Read-only: the index holds each row once and no other, and the number of trigrams it holds for each value
    of each row is the value's (its characters less two, up to a NUL, where the tokenizer stops). Linear in the
    rows whatever the values' lengths (a phrase looked up per row was quadratic on common words); a value changed
    to another of the same length is left to the read-write check, which compares the index term by term."""
    extra = db.execute("SELECT count(*) FROM clause_words_docsize d WHERE NOT EXISTS "
                       "(SELECT 1 FROM clause_order o WHERE o.doc = d.id)").fetchone()[0]
    if extra:
        return False
    columns = indexed_columns(db)
    for *values, sizes in db.execute(f"SELECT {', '.join('o.' + c for c in columns)}, d.sz FROM clause_order o "
                                     "LEFT JOIN clause_words_docsize d ON d.id = o.doc"):
        if sizes is None or _varints(sizes) != [max(0, len(v.split("\x00")[0]) - 2) for v in values]:
            return False
    return True


def _varints(blob: bytes) -> list[int]:
    """FTS5's docsize record: one SQLite varint (7 bits a byte, high bit set on all but the last) per column."""
    out, value = [], 0
    for byte in blob:
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            out.append(value)
            value = 0
    return out
