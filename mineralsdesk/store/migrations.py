"""Ordered schema steps; PRAGMA user_version carries the schema number so any tool can tell a newer log.

Every table is STRICT with every column type declared, so nothing is inferred from a first row.
Each step runs in one transaction together with its user_version bump; a backup is taken before
migrating an existing log (the caller passes a backup function).
"""

from __future__ import annotations

from collections.abc import Callable

from . import card_counts, clause_keys
from .database import APPLICATION_ID, LogDatabase, write_transaction

SCHEMA_V1 = [
    """CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) STRICT""",
    """CREATE TABLE parties (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        is_ours INTEGER NOT NULL DEFAULT 0 CHECK (is_ours IN (0, 1)),
        rev INTEGER NOT NULL DEFAULT 0
    ) STRICT""",
    """CREATE TABLE tracks (
        id TEXT PRIMARY KEY,
        ref TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT '',
        target_date TEXT,
        parties TEXT NOT NULL DEFAULT '[]',
        description TEXT NOT NULL DEFAULT '',
        rev INTEGER NOT NULL DEFAULT 0
    ) STRICT""",
    """CREATE TABLE rounds (
        id TEXT PRIMARY KEY,
        track_id TEXT NOT NULL REFERENCES tracks(id),
        number INTEGER NOT NULL,
        date TEXT NOT NULL,
        place TEXT NOT NULL DEFAULT '',
        video INTEGER NOT NULL DEFAULT 0,
        participants TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '',
        outcomes TEXT NOT NULL DEFAULT '',
        illustrative INTEGER NOT NULL DEFAULT 0,
        rev INTEGER NOT NULL DEFAULT 0
    ) STRICT""",
    "CREATE INDEX rounds_track ON rounds(track_id, date)",
    """CREATE TABLE actions (
        id TEXT PRIMARY KEY,
        round_id TEXT NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
        owner TEXT NOT NULL REFERENCES parties(code),
        text TEXT NOT NULL,
        due TEXT,
        done INTEGER NOT NULL DEFAULT 0,
        rev INTEGER NOT NULL DEFAULT 0
    ) STRICT""",
    "CREATE INDEX actions_round ON actions(round_id)",
    """CREATE TABLE clauses (
        id TEXT PRIMARY KEY,
        track_id TEXT NOT NULL REFERENCES tracks(id),
        ref TEXT NOT NULL,
        title TEXT NOT NULL,
        topic TEXT NOT NULL,
        minerals TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL,
        illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),
        rev INTEGER NOT NULL DEFAULT 0
    ) STRICT""",
    "CREATE INDEX clauses_track ON clauses(track_id, ref)",
    "CREATE INDEX clauses_status ON clauses(status)",
    """CREATE TABLE clause_versions (
        id TEXT PRIMARY KEY,
        clause_id TEXT NOT NULL REFERENCES clauses(id) ON DELETE CASCADE,
        round_id TEXT REFERENCES rounds(id),
        party TEXT NOT NULL REFERENCES parties(code),
        text TEXT NOT NULL,
        number INTEGER NOT NULL,
        rev INTEGER NOT NULL DEFAULT 0,
        UNIQUE (clause_id, number)
    ) STRICT""",
    """CREATE TABLE brackets (
        id TEXT PRIMARY KEY,
        clause_id TEXT NOT NULL REFERENCES clauses(id) ON DELETE CASCADE,
        version_id TEXT NOT NULL REFERENCES clause_versions(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        options TEXT NOT NULL DEFAULT '[]',
        proposer TEXT NOT NULL DEFAULT '',
        supporters TEXT NOT NULL DEFAULT '[]',
        objectors TEXT NOT NULL DEFAULT '[]',
        round_id TEXT REFERENCES rounds(id),
        resolved_round_id TEXT REFERENCES rounds(id),
        rev INTEGER NOT NULL DEFAULT 0
    ) STRICT""",
    "CREATE INDEX brackets_clause ON brackets(clause_id, resolved_round_id)",
    """CREATE TABLE positions (
        id TEXT PRIMARY KEY,
        clause_id TEXT NOT NULL REFERENCES clauses(id) ON DELETE CASCADE,
        party TEXT NOT NULL REFERENCES parties(code),
        round_id TEXT NOT NULL REFERENCES rounds(id),
        stance TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        red_line TEXT NOT NULL DEFAULT '',
        fallback TEXT NOT NULL DEFAULT '',
        internal_note TEXT NOT NULL DEFAULT '',
        rev INTEGER NOT NULL DEFAULT 0,
        UNIQUE (clause_id, party, round_id)
    ) STRICT""",
    """CREATE TABLE anchors (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        date TEXT NOT NULL,
        rev INTEGER NOT NULL DEFAULT 0
    ) STRICT""",
    """CREATE TABLE commitments (
        id TEXT PRIMARY KEY,
        owner TEXT NOT NULL REFERENCES parties(code),
        text TEXT NOT NULL,
        source_kind TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        track_id TEXT REFERENCES tracks(id),
        due_date TEXT,
        anchor_id TEXT REFERENCES anchors(id),
        offset_days INTEGER NOT NULL DEFAULT 0,
        offset_months INTEGER NOT NULL DEFAULT 0,
        due TEXT,
        state TEXT NOT NULL,
        rev INTEGER NOT NULL DEFAULT 0
    ) STRICT""",
    "CREATE INDEX commitments_due ON commitments(due)",
    "CREATE INDEX commitments_anchor ON commitments(anchor_id)",
    """CREATE TABLE assessments (
        id TEXT PRIMARY KEY,
        commitment_id TEXT NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
        party TEXT NOT NULL REFERENCES parties(code),
        score INTEGER NOT NULL CHECK (score IN (-1, 0, 1)),
        kind TEXT NOT NULL,
        evidence TEXT NOT NULL DEFAULT '',
        date TEXT,
        rev INTEGER NOT NULL DEFAULT 0
    ) STRICT""",
    """CREATE TABLE changes (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        who TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        field TEXT NOT NULL,
        old TEXT,
        new TEXT,
        source TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX changes_entity ON changes(entity_id)",
    # The change log is append-only: the database itself refuses edits and deletions.
    """CREATE TRIGGER changes_no_update BEFORE UPDATE ON changes
       BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END""",
    """CREATE TRIGGER changes_no_delete BEFORE DELETE ON changes
       BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END""",
    """CREATE VIRTUAL TABLE search_index USING fts5(
        kind UNINDEXED, entity_id UNINDEXED, title, body,
        tokenize = 'unicode61 remove_diacritics 2'
    )""",
]


def _step_1(db: LogDatabase) -> None:
    for statement in SCHEMA_V1:
        db.execute(statement)


# Schema 2: speed at 100,000 clause versions (docs/performance.md). Indexes only plus one lookup table,
# so a v1 log migrates in seconds and keeps every record as it was.
SCHEMA_V2 = [
    # FTS5 cannot index entity_id (UNINDEXED), so replacing a record's entry scanned the whole index on
    # every write; this maps each record to its index row.
    """CREATE TABLE search_keys (
        entity_id TEXT PRIMARY KEY,
        doc INTEGER NOT NULL
    ) STRICT, WITHOUT ROWID""",
    # One entry per record: drop any duplicate rows left by older builds, then map the rest.
    """DELETE FROM search_index WHERE rowid NOT IN (SELECT max(rowid) FROM search_index GROUP BY entity_id)""",
    "INSERT INTO search_keys (entity_id, doc) SELECT entity_id, rowid FROM search_index",
    # Covers the Clauses table's (id, track, ref) read and the per-track lists without table lookups.
    "CREATE INDEX clauses_track_order ON clauses(track_id, ref, id)",
    # "Changes since the last round" (dashboard, briefing) counted by scanning the whole change log.
    "CREATE INDEX changes_at ON changes(at)",
    # What a round changed (dashboard, briefing) scanned versions, brackets and positions in full per round.
    "CREATE INDEX clause_versions_round ON clause_versions(round_id)",
    "CREATE INDEX brackets_round ON brackets(round_id)",
    "CREATE INDEX brackets_resolved ON brackets(resolved_round_id)",
    "CREATE INDEX positions_round ON positions(round_id)",
    # Each track's commitments (dashboard cards, briefing) scanned them all once per track.
    "CREATE INDEX commitments_track ON commitments(track_id, due)",
]


def _step_2(db: LogDatabase) -> None:
    for statement in SCHEMA_V2:
        db.execute(statement)


# Schema 3: the Clauses table's order kept in the file. Sorting 25,000 references by their natural key
# ("Art. 2" before "Art. 10") in Python took ~180 ms of every start on a 100,000-version log, before the
# first page could show; the keys are now computed once per write, by triggers, so no write path (edits,
# imports, a JSON load) can leave them stale, and the orders are index scans.
_CLAUSE_KEYS = ("natural_key((SELECT t.ref FROM tracks t WHERE t.id = new.track_id)), natural_key(new.ref)")
SCHEMA_V3 = [
    """CREATE TABLE clause_order (
        clause_id TEXT PRIMARY KEY,
        track_key TEXT NOT NULL,
        ref_key TEXT NOT NULL
    ) STRICT, WITHOUT ROWID""",
    # The reading order (track, reference, id), also every other order's tie-breaker; and by reference.
    "CREATE INDEX clause_order_reading ON clause_order(track_key, ref_key)",
    "CREATE INDEX clause_order_ref ON clause_order(ref_key, track_key)",
    f"""CREATE TRIGGER clause_order_insert AFTER INSERT ON clauses BEGIN
        INSERT INTO clause_order (clause_id, track_key, ref_key) VALUES (new.id, {_CLAUSE_KEYS});
    END""",
    f"""CREATE TRIGGER clause_order_update AFTER UPDATE OF ref, track_id ON clauses BEGIN
        DELETE FROM clause_order WHERE clause_id = old.id;
        INSERT INTO clause_order (clause_id, track_key, ref_key) VALUES (new.id, {_CLAUSE_KEYS});
    END""",
    """CREATE TRIGGER clause_order_delete AFTER DELETE ON clauses BEGIN
        DELETE FROM clause_order WHERE clause_id = old.id;
    END""",
    """CREATE TRIGGER clause_order_track AFTER UPDATE OF ref ON tracks BEGIN
        UPDATE clause_order SET track_key = natural_key(new.ref)
        WHERE clause_id IN (SELECT c.id FROM clauses c WHERE c.track_id = new.id);
    END""",
    """INSERT INTO clause_order (clause_id, track_key, ref_key)
       SELECT c.id, natural_key(t.ref), natural_key(c.ref) FROM clauses c JOIN tracks t ON t.id = c.track_id""",
]


def _step_3(db: LogDatabase) -> None:
    for statement in SCHEMA_V3:
        db.execute(statement)


# Schema 5: search finds any part of a Japanese or Chinese word and stays fast on long texts. The index
# holds CJK runs as bigrams and long texts in bounded chunks, with the text shown in snippets beside it
# (store/search.py); search_keys maps a record to each of its chunks. Rebuilt from the old index, whose
# rows hold each record's title and text as they were shown.
SCHEMA_V5 = [
    "ALTER TABLE search_index RENAME TO search_index_v1",
    """CREATE VIRTUAL TABLE search_index USING fts5(
        kind UNINDEXED, entity_id UNINDEXED, part UNINDEXED, title, body, title_text UNINDEXED,
        body_text UNINDEXED, tokenize = 'unicode61 remove_diacritics 2'
    )""",
    "DROP TABLE search_keys",
    """CREATE TABLE search_keys (
        entity_id TEXT NOT NULL,
        doc INTEGER NOT NULL,
        PRIMARY KEY (entity_id, doc)
    ) STRICT, WITHOUT ROWID""",
]


def _step_5_search(db: LogDatabase) -> None:
    for statement in SCHEMA_V5:
        db.execute(statement)
    from . import search  # the steps that index text: an up-to-date log opens without loading search

    for kind, entity_id, title, body in db.execute("SELECT kind, entity_id, title, body FROM search_index_v1"):
        search.insert_new(db, kind, entity_id, title or "", body or "")
    db.execute("DROP TABLE search_index_v1")



# Schema 4: a compliance assessment has an audience like a document (existing ones stay internal), and each log
# gets the random key that tags its Excel workbooks (documents/workbook/xlsx_tag.py); the key is no setting, so
# it is written here with no change-log entry.
SCHEMA_V4 = [
    """ALTER TABLE assessments ADD COLUMN audience TEXT NOT NULL DEFAULT 'internal'
       CHECK (audience IN ('internal', 'shareable'))""",
    "INSERT OR IGNORE INTO meta (key, value) VALUES ('workbook_secret', lower(hex(randomblob(32))))",
]


def _step_4(db: LogDatabase) -> None:
    # Idempotent, so a log whose user_version was set back by another tool (or a test) still migrates.
    has_audience = any(r[1] == "audience" for r in db.execute("PRAGMA table_info(assessments)"))
    for statement in SCHEMA_V4[1:] if has_audience else SCHEMA_V4:
        db.execute(statement)


# Schema 6: the round room. Our delegation's roster; the minutes of a round (each intervention a record); comment
# threads on tracks, rounds, clauses, brackets and commitments; an owner from the roster on clauses and commitments.
SCHEMA_V6 = [
    """CREATE TABLE members (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        initials TEXT NOT NULL UNIQUE COLLATE NOCASE,
        role TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        rev INTEGER NOT NULL DEFAULT 0
    ) STRICT""",
    """CREATE TABLE interventions (
        id TEXT PRIMARY KEY,
        round_id TEXT NOT NULL REFERENCES rounds(id),
        clause_id TEXT NOT NULL REFERENCES clauses(id),
        party TEXT NOT NULL REFERENCES parties(code),
        text TEXT NOT NULL DEFAULT '',
        signal TEXT NOT NULL,
        bracket_id TEXT,  -- no foreign key: a bracket can be removed with the version that brought it
        at TEXT NOT NULL DEFAULT '',
        author TEXT REFERENCES members(id),
        seq INTEGER NOT NULL DEFAULT 0,
        rev INTEGER NOT NULL DEFAULT 0
    ) STRICT""",
    "CREATE INDEX interventions_round ON interventions(round_id, seq)",
    "CREATE INDEX interventions_clause ON interventions(clause_id)",
    """CREATE TABLE comments (
        id TEXT PRIMARY KEY,
        target_kind TEXT NOT NULL CHECK (target_kind IN ('track', 'round', 'clause', 'bracket', 'commitment')),
        target_id TEXT NOT NULL,
        text TEXT NOT NULL,
        parent_id TEXT REFERENCES comments(id),
        author TEXT REFERENCES members(id),
        at TEXT NOT NULL DEFAULT '',
        audience TEXT NOT NULL DEFAULT 'internal' CHECK (audience IN ('internal', 'shareable')),
        resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)),
        rev INTEGER NOT NULL DEFAULT 0
    ) STRICT""",
    "CREATE INDEX comments_target ON comments(target_id, at)",
    "CREATE INDEX comments_parent ON comments(parent_id)",
    "ALTER TABLE clauses ADD COLUMN owner TEXT REFERENCES members(id)",
    "ALTER TABLE commitments ADD COLUMN owner_member TEXT REFERENCES members(id)",
    "CREATE INDEX clauses_owner ON clauses(owner)",
    "CREATE INDEX commitments_owner ON commitments(owner_member)",
]


def _step_6_round_room(db: LogDatabase) -> None:
    # Idempotent like step 4, so a log whose user_version was set back by another tool (or a test) still migrates.
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')")}
    columns = {t: {r[1] for r in db.execute(f"PRAGMA table_info({t})")} for t in ("clauses", "commitments")}
    for statement in SCHEMA_V6:
        words = statement.split()
        if words[:2] == ["CREATE", "TABLE"] and words[2] in tables:
            continue
        if words[:2] == ["CREATE", "INDEX"] and words[2] in tables:
            continue
        if words[:2] == ["ALTER", "TABLE"] and words[5] in columns[words[2]]:
            continue
        db.execute(statement)


# Schema 7: attached files. Their bytes are stored once per content (`blobs`, keyed by SHA-256) with the text
# extracted for search, or why none was (`text_note`); `attachments` are records like any other (change log,
# dump, audience), naming their blob by its digest. The bytes themselves never enter the change log.
SCHEMA_V7 = [
    """CREATE TABLE IF NOT EXISTS blobs (
        sha256 TEXT PRIMARY KEY,
        size INTEGER NOT NULL CHECK (size >= 0),
        bytes BLOB NOT NULL,
        text TEXT,
        text_note TEXT NOT NULL DEFAULT ''
    ) STRICT""",
    """CREATE TABLE IF NOT EXISTS attachments (
        id TEXT PRIMARY KEY,
        target_kind TEXT NOT NULL CHECK (target_kind IN ('track', 'round', 'clause', 'commitment')),
        target_id TEXT NOT NULL,
        name TEXT NOT NULL,
        sha256 TEXT NOT NULL REFERENCES blobs(sha256),
        size INTEGER NOT NULL,
        media_type TEXT NOT NULL DEFAULT 'application/octet-stream',
        audience TEXT NOT NULL DEFAULT 'internal' CHECK (audience IN ('internal', 'shareable')),
        added_at TEXT NOT NULL DEFAULT '',
        added_by TEXT NOT NULL DEFAULT '',
        rev INTEGER NOT NULL DEFAULT 0
    ) STRICT""",
    "CREATE INDEX IF NOT EXISTS attachments_target ON attachments(target_kind, target_id)",
    "CREATE INDEX IF NOT EXISTS attachments_blob ON attachments(sha256)",
]


def _step_7_attachments(db: LogDatabase) -> None:
    for statement in SCHEMA_V7:
        db.execute(statement)


# Schema 8: an attached content's text is indexed once (kind 'content', keyed by its SHA-256) however many
# attachments show it; each attachment keeps one row of its name and the text's first chunk (ranked as before),
# and search maps content hits back to the attachments showing it.
def _step_8_content_index(db: LogDatabase) -> None:
    from . import search

    for (sha256,) in db.execute("SELECT sha256 FROM blobs").fetchall():
        search.reindex_content(db, sha256)



# Schema 9: delegation sync (docs/sync.md). The colleagues' laptops this one exchanges files with and how far each
# has got; a verified copy of every other laptop's change-log chain; the conflicts waiting for a person. Per-laptop
# state: none of it is a record, so none of it is in the change log, the dump or a sync file.
SCHEMA_V9 = [
    """CREATE TABLE IF NOT EXISTS sync_peers (
        device_id TEXT PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        last_sent_seq INTEGER NOT NULL DEFAULT 0,
        last_received_seq INTEGER NOT NULL DEFAULT 0,
        last_synced_at TEXT NOT NULL DEFAULT ''
    ) STRICT""",
    # What each colleague has acknowledged holding of each laptop's chain (the start of the next file to it).
    """CREATE TABLE IF NOT EXISTS sync_marks (
        peer TEXT NOT NULL,
        origin TEXT NOT NULL,
        seq INTEGER NOT NULL,
        PRIMARY KEY (peer, origin)
    ) STRICT, WITHOUT ROWID""",
    """CREATE TABLE IF NOT EXISTS sync_received (
        device TEXT NOT NULL,
        seq INTEGER NOT NULL,
        at TEXT NOT NULL,
        who TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        field TEXT NOT NULL,
        old TEXT,
        new TEXT,
        source TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        PRIMARY KEY (device, seq)
    ) STRICT, WITHOUT ROWID""",
    """CREATE TABLE IF NOT EXISTS sync_conflicts (
        id INTEGER PRIMARY KEY,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        field TEXT NOT NULL,
        base TEXT,
        ours TEXT,
        theirs TEXT,
        from_device TEXT NOT NULL,
        from_seq INTEGER NOT NULL,
        state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'resolved')),
        resolution TEXT
    ) STRICT""",
    "CREATE INDEX IF NOT EXISTS sync_conflicts_state ON sync_conflicts(state)",
]


def _step_9_sync(db: LogDatabase) -> None:
    for statement in SCHEMA_V9:
        db.execute(statement)



# Schema 10: how many edits each track had each day (an edit: one record saved once, i.e. a run of change-log
# entries of one record at one time), kept beside the append-only log by a trigger (so every write path, edits,
# imports, sync, counts) and back-filled for the entries already there. A dashboard card's "edits since the last
# round" is then a sum over a few days at any size of track: tracing every recent entry to its record cost ~3 s a
# card on a track of 100,000 clauses, and even an index of each entry's track reads every entry after the round.
# Derived data: not in the hash chain, the dump or a sync file.
def _track_of_target(kind: str, target: str) -> str:
    """SQL: the track of a record named by (target_kind, target_id), as comments and attachments name theirs."""
    return (f"CASE {kind} WHEN 'track' THEN {target}"
            f" WHEN 'round' THEN (SELECT track_id FROM rounds WHERE id = {target})"
            f" WHEN 'clause' THEN (SELECT track_id FROM clauses WHERE id = {target})"
            f" WHEN 'bracket' THEN (SELECT c.track_id FROM brackets b JOIN clauses c ON c.id = b.clause_id"
            f" WHERE b.id = {target})"
            f" WHEN 'commitment' THEN (SELECT track_id FROM commitments WHERE id = {target}) END")


def track_of_entry(entity: str, entity_id: str) -> str:
    """SQL: the track a change-log entry's record belongs to (NULL when none: settings, parties, anchors, members,
    or a record gone before the entry was written)."""
    on_clause = "JOIN clauses c ON c.id = x.clause_id WHERE x.id = " + entity_id
    return f"""CASE {entity}
        WHEN 'tracks' THEN {entity_id}
        WHEN 'rounds' THEN (SELECT track_id FROM rounds WHERE id = {entity_id})
        WHEN 'clauses' THEN (SELECT track_id FROM clauses WHERE id = {entity_id})
        WHEN 'clause_versions' THEN (SELECT c.track_id FROM clause_versions x {on_clause})
        WHEN 'brackets' THEN (SELECT c.track_id FROM brackets x {on_clause})
        WHEN 'positions' THEN (SELECT c.track_id FROM positions x {on_clause})
        WHEN 'commitments' THEN (SELECT track_id FROM commitments WHERE id = {entity_id})
        WHEN 'assessments' THEN (SELECT m.track_id FROM assessments x JOIN commitments m ON m.id = x.commitment_id
                                 WHERE x.id = {entity_id})
        WHEN 'actions' THEN (SELECT r.track_id FROM actions x JOIN rounds r ON r.id = x.round_id WHERE x.id = {entity_id})
        WHEN 'interventions' THEN (SELECT r.track_id FROM interventions x JOIN rounds r ON r.id = x.round_id
                                   WHERE x.id = {entity_id})
        WHEN 'comments' THEN (SELECT {_track_of_target("x.target_kind", "x.target_id")} FROM comments x
                              WHERE x.id = {entity_id})
        WHEN 'attachments' THEN (SELECT {_track_of_target("x.target_kind", "x.target_id")} FROM attachments x
                                 WHERE x.id = {entity_id})
        END"""


# An entry starts a new edit unless the entry just before it is of the same record at the same time.
_NEW_EDIT = ("NOT EXISTS (SELECT 1 FROM changes p WHERE p.seq = {seq} - 1 AND p.entity_id = {entity_id} "
             "AND p.at = {at})")

SCHEMA_V10 = [
    """CREATE TABLE IF NOT EXISTS track_edit_days (
        track_id TEXT NOT NULL,
        day TEXT NOT NULL,
        edits INTEGER NOT NULL,
        PRIMARY KEY (track_id, day)
    ) STRICT, WITHOUT ROWID""",
    # The WHERE before ON CONFLICT is what SQLite's parser needs to read the upsert of an INSERT ... SELECT.
    f"""CREATE TRIGGER IF NOT EXISTS track_edit_days_count AFTER INSERT ON changes
        WHEN {_NEW_EDIT.format(seq="NEW.seq", entity_id="NEW.entity_id", at="NEW.at")} BEGIN
        INSERT INTO track_edit_days (track_id, day, edits)
        SELECT t, substr(NEW.at, 1, 10), 1 FROM (SELECT {track_of_entry("NEW.entity", "NEW.entity_id")} AS t)
        WHERE t IS NOT NULL
        ON CONFLICT (track_id, day) DO UPDATE SET edits = edits + 1;
    END""",
]


def _step_10_track_edit_days(db: LogDatabase) -> None:
    for statement in SCHEMA_V10:
        db.execute(statement)
    db.execute("DELETE FROM track_edit_days")  # counted afresh from the whole change log (idempotent)
    db.execute(f"""INSERT INTO track_edit_days (track_id, day, edits)
        SELECT t, day, count(*) FROM (
            SELECT {track_of_entry("ch.entity", "ch.entity_id")} AS t, substr(ch.at, 1, 10) AS day FROM changes ch
            WHERE {_NEW_EDIT.format(seq="ch.seq", entity_id="ch.entity_id", at="ch.at")})
        WHERE t IS NOT NULL GROUP BY t, day""")


# Schema 11: search ranks a bounded set of matches (store/search.py, RECENT_MATCHES): attached text moves to the
# index's rowids below zero, so the newest matches of the records and of the attached papers are two rowid ranges.
def _step_11_search_current(db: LogDatabase) -> None:
    from . import search

    for (sha256,) in db.execute("SELECT sha256 FROM blobs").fetchall():
        search.reindex_content(db, sha256)


# Schema 12: search scores its candidates itself (store/search_score.py) and bounds a typed prefix to a few whole
# terms, listed from search_terms: every term the index has held (kept on each index write; a term no longer
# indexed only matches nothing). Filled once from the index's own vocabulary.
def _step_12_search_scoring(db: LogDatabase) -> None:
    db.execute("CREATE TABLE IF NOT EXISTS search_terms (term TEXT PRIMARY KEY) STRICT, WITHOUT ROWID")
    db.execute("CREATE VIRTUAL TABLE temp.search_vocab USING fts5vocab(main, search_index, 'row')")
    db.execute("INSERT OR IGNORE INTO search_terms (term) SELECT term FROM temp.search_vocab")
    db.execute("DROP TABLE temp.search_vocab")


# Schema 13: a dashboard card costs what it shows, not its track's size: clauses per track and status or topic,
# brackets per track and (opening, resolving) round pair, and what each round changed, kept by triggers and counted
# afresh for the records already there (store/card_counts.py). Derived data: not in the hash chain, the dump or a
# sync file.
def _step_13_card_counts(db: LogDatabase) -> None:
    card_counts.install(db)


# Schema 14: the Clauses table's every order (both directions) and its word filter kept in the file, so a page of
# any sort or filter walks one index (store/clause_keys.py); schema 3's clause_order is replaced by one that keeps
# every sortable column's key. Derived data: not in the hash chain, the dump or a sync file.
def _step_14_clause_keys(db: LogDatabase) -> None:
    clause_keys.install(db)


# Schema 15: the filter's words of one or two characters looked up in the file, not read from every row: each
# clause's distinct letters and letter pairs, kept by triggers (store/clause_keys.py, clause_grams). Derived data.
def _step_15_short_words(db: LogDatabase) -> None:
    clause_keys.install_grams(db)


# Schema 16: the Clauses filter's word indexes hold a clause's reference, title and minerals; a word in its status
# or topic is found by the values holding it (store/clause_keys.py, facet_values), so a status change (an edited
# workbook's usual change) no longer rewrites the row's trigrams and short parts. Derived data.
def _step_16_facet_words(db: LogDatabase) -> None:
    clause_keys.install_words(db)


# Schema 17: the Clauses table's kept rows carry the clause's track, owner and revision, so a page of the table
# reads clause_order alone, not each clause again by its (random) id (store/clause_keys.py; rebuilt, with the
# word index and short parts over the rebuilt rows). Derived data.
def _step_17_clause_rows(db: LogDatabase) -> None:
    clause_keys.install(db)
    clause_keys.install_grams(db)


# Schema 18: the Clauses table's kept rows laid out in the reading order, so the page a log opens on is read from a
# few neighbouring pages of the file (store/clause_keys.py, `_FRESH_SQL`). A log migrated through step 17 by this
# version is laid out already and left as it is. Derived data.
def _step_18_reading_order(db: LogDatabase) -> None:
    if not clause_keys.laid_out(db):
        clause_keys.lay_out(db)


# Index i holds the step that takes a log from schema i to schema i + 1.
STEPS: list[Callable[[LogDatabase], None]] = [_step_1, _step_2, _step_3, _step_4, _step_5_search,
                                                 _step_6_round_room, _step_7_attachments,
                                                 _step_8_content_index, _step_9_sync,
                                                 _step_10_track_edit_days, _step_11_search_current,
                                                 _step_12_search_scoring, _step_13_card_counts,
                                                 _step_14_clause_keys, _step_15_short_words,
                                                 _step_16_facet_words, _step_17_clause_rows,
                                                 _step_18_reading_order]
SCHEMA_VERSION = len(STEPS)


def schema_version(db: LogDatabase) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def application_id(db: LogDatabase) -> int:
    """PRAGMA application_id: MineralsDesk's number on a log (read through SQLite: an encrypted header is opaque)."""
    return db.execute("PRAGMA application_id").fetchone()[0]


def migrate(db: LogDatabase, *, before: Callable[[int], None] | None = None) -> list[int]:
    """Run every pending step, each in one transaction with its version bump; returns versions reached.

    ``before(current_version)`` is called once before the first step on a log that already has data
    (schema > 0), so the caller can take a backup.
    """
    current = schema_version(db)
    reached: list[int] = []
    if current < SCHEMA_VERSION and current > 0 and before is not None:
        before(current)
    for version in range(current, SCHEMA_VERSION):
        with write_transaction(db):
            STEPS[version](db)
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {version + 1}")
        reached.append(version + 1)
    return reached
