"""Big benchmark logs made fast: a cached log's tracks cloned N times with new ids, its chain re-hashed in one pass.

Generating through the services API costs about 14 ms a clause version (24 min for 100k), so a million would take
hours. `clone_log` copies a generated log and adds N-1 copies of every track with everything under it (rounds,
actions, clauses, versions, brackets, positions, commitments, and assessments, interventions, comments and
attachments when there are any), each record under a new id derived from its old one. The change log is rewritten
in one pass: the original entries, then each copy's entries with their ids (and track refs) mapped, every entry
re-hashed onto the one before it; the head is sealed under a new log id and key written to this computer's keys
folder. The records' own triggers keep the dashboard counts and the clause order; the search index, its keys and
the per-track edit days are copied row by row with their ids mapped. The copies keep their entries' timestamps.

    python benchmarks/clone.py SOURCE.mdesk TARGET.mdesk --copies 10
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import sys
import uuid
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mineralsdesk import paths
from mineralsdesk.store import chainkey, changelog
from mineralsdesk.store.database import create_private_file, open_database

# Tables cloned for each copy, parents first (foreign keys stay on); each row's id-like columns are mapped.
CLONED = ["tracks", "rounds", "actions", "clauses", "clause_versions", "brackets", "positions", "commitments",
          "assessments", "interventions", "comments", "attachments"]
ID_COLUMNS = {"id", "track_id", "round_id", "clause_id", "version_id", "resolved_round_id", "commitment_id",
              "bracket_id", "target_id", "parent_id"}
BATCH = 20_000


def new_id(copy: int, old: str) -> str:
    """The id of `old`'s record in copy number `copy` (deterministic, shaped like the app's UUID4 ids)."""
    return str(uuid.UUID(bytes=hashlib.sha256(f"{copy}:{old}".encode()).digest()[:16], version=4))


def new_ref(ref: str, copy: int, n_tracks: int) -> str:
    """A track's ref in a copy: T001 of 40 tracks becomes T041 in copy 1 (refs are unique)."""
    found = re.fullmatch(r"T(\d+)", ref)
    return f"T{int(found[1]) + copy * n_tracks:03d}" if found else f"{ref} ({copy + 1})"


def _columns(db: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA src.table_info({table})")]


def clone_log(source: Path, target: Path, copies: int, *, log_name: str | None = None) -> dict[str, int]:
    """Write at `target` (which must not exist) `source` with its tracks present `copies` times in all.

    Returns the target's row counts of the cloned tables and of the change log.
    """
    if copies < 1:
        raise ValueError("copies must be at least 1")
    target = Path(target)
    if target.exists():
        raise FileExistsError(target)
    src = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)
    try:
        create_private_file(target)  # 0600, as every log the app writes
        out = sqlite3.connect(target)
        src.backup(out)
        out.close()
        src_log_id = src.execute("SELECT value FROM meta WHERE key = 'log_id'").fetchone()[0]
        src_log_name = src.execute("SELECT value FROM meta WHERE key = 'log_name'").fetchone()[0]
        n_tracks = src.execute("SELECT count(*) FROM tracks").fetchone()[0]
        log = open_database(target)
        try:
            counts = _clone(src, log, Path(source), copies, n_tracks, src_log_id, src_log_name,
                            log_name or src_log_name)
        finally:
            log.close()
    finally:
        src.close()
    return counts


def _clone(src: sqlite3.Connection, log, source: Path, copies: int, n_tracks: int, src_log_id: str,
           src_log_name: str, log_name: str) -> dict[str, int]:
    db: sqlite3.Connection = log.conn
    # A scratch file until the caller renames it: no rollback journal (a failure leaves a file to delete).
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA cache_size = -1000000")
    db.execute("ATTACH DATABASE ? AS src", [str(source.resolve())])
    mapping: dict[str, str] = {}
    copy_no = [0]
    db.create_function("cid", 1, lambda v: mapping.get(v, v), deterministic=True)
    db.create_function("known", 1, lambda v: v in mapping, deterministic=True)
    db.create_function("tref", 1, lambda v: new_ref(v, copy_no[0], n_tracks), deterministic=True)
    ids = [row[0] for table in CLONED for row in src.execute(f"SELECT id FROM {table}")]
    changes_sql = [(kind, sql) for kind, sql in db.execute(
        "SELECT type, sql FROM sqlite_master WHERE tbl_name = 'changes' AND type IN ('index', 'trigger')"
        " AND sql IS NOT NULL")]
    new_log_id = uuid.uuid4().hex
    key = chainkey.new_key()
    db.execute("BEGIN")
    # The chain is written afresh (indexes built once at the end): its triggers go while it is.
    for kind, name in db.execute("SELECT type, name FROM sqlite_master WHERE tbl_name = 'changes'"
                                 " AND type IN ('index', 'trigger') AND sql IS NOT NULL").fetchall():
        db.execute(f"DROP {kind.upper()} {name}")
    db.execute("DELETE FROM changes")
    offset = (src.execute("SELECT coalesce(max(rowid), 0) FROM search_index").fetchone()[0] or 0) + 1
    prev = changelog.GENESIS
    seq = 0
    for copy in range(copies):
        copy_no[0] = copy
        mapping.clear()
        if copy:
            mapping.update((old, new_id(copy, old)) for old in ids)
            _copy_records(db, src)
            db.execute(f"""INSERT INTO search_index (rowid, kind, entity_id, part, title, body, title_text, body_text)
                SELECT rowid + {copy * offset}, kind, cid(entity_id), part, title, body, title_text, body_text
                FROM src.search_index WHERE rowid > 0 AND known(entity_id)""")
            db.execute(f"INSERT INTO search_keys (entity_id, doc) SELECT cid(entity_id), doc + {copy * offset}"
                       " FROM src.search_keys WHERE doc > 0 AND known(entity_id)")
            db.execute("INSERT INTO track_edit_days (track_id, day, edits) SELECT cid(track_id), day, edits"
                       " FROM src.track_edit_days WHERE known(track_id)")
        else:
            mapping[src_log_id] = new_log_id
        seq, prev = _write_chain(db, src, copy, mapping, n_tracks, seq, prev,
                                 {src_log_id: new_log_id, src_log_name: log_name})
    for _kind, sql in changes_sql:
        db.execute(sql)
    for name, value in ((changelog.LOG_ID_KEY, new_log_id), ("log_name", log_name)):
        db.execute("UPDATE meta SET value = ? WHERE key = ?", [value, name])
    chainkey.write_key(paths.keys_dir(), new_log_id, key)
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
               [changelog.MAC_KEY, changelog.head_mac(new_log_id, key, seq, prev)])
    db.execute("COMMIT")
    db.execute("DETACH DATABASE src")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    counts = {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in [*CLONED, "changes"]}
    return counts


def _copy_records(db: sqlite3.Connection, src: sqlite3.Connection) -> None:
    for table in CLONED:
        columns = _columns(db, table)
        if not src.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
            continue
        picked = []
        for column in columns:
            if column in ID_COLUMNS:
                picked.append(f"cid({column})")
            elif table == "tracks" and column == "ref":
                picked.append("tref(ref)")
            else:
                picked.append(column)
        db.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(picked)} FROM src.{table}"
                   " ORDER BY rowid")


def _write_chain(db: sqlite3.Connection, src: sqlite3.Connection, copy: int, mapping: dict[str, str],
                 n_tracks: int, seq: int, prev: str, meta_map: dict[str, str]) -> tuple[int, str]:
    """Append copy `copy`'s entries (all entries for copy 0, the cloned records' for the others), re-hashed."""
    entry_hash = changelog.entry_hash
    rows = []
    insert = ("INSERT INTO changes (seq, at, who, entity, entity_id, field, old, new, source, prev_hash, hash)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    for at, who, entity, entity_id, field, old, new, source in src.execute(
            "SELECT at, who, entity, entity_id, field, old, new, source FROM changes ORDER BY seq"):
        if entity == "meta":
            if copy:
                continue
            old, new = meta_map.get(old, old), meta_map.get(new, new)
        elif copy:
            if entity_id not in mapping:
                continue
            entity_id = mapping[entity_id]
            if entity == "tracks" and field in ("ref", "created"):
                old = None if old is None else new_ref(old, copy, n_tracks)
                new = None if new is None else new_ref(new, copy, n_tracks)
            else:
                old, new = mapping.get(old, old), mapping.get(new, new)
        else:
            entity_id = mapping.get(entity_id, entity_id)
        h = entry_hash(prev, at, who, entity, entity_id, field, old, new, source)
        seq += 1
        rows.append((seq, at, who, entity, entity_id, field, old, new, source, prev, h))
        prev = h
        if len(rows) >= BATCH:
            db.executemany(insert, rows)
            rows.clear()
    db.executemany(insert, rows)
    return seq, prev


if __name__ == "__main__":
    import argparse
    import time

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--copies", type=int, default=10)
    args = parser.parse_args()
    start = time.perf_counter()
    print(clone_log(args.source, args.target, args.copies))
    print(f"{time.perf_counter() - start:.1f} s", file=sys.stderr)
