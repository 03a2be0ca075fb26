"""API writes: 10,000 clause edits through the services against bare sqlite3 executemany (target: at most 3x).

Ours: log.clauses.update(id, title=...) 10,000 times inside one `with log.write(...)` (one transaction,
as a batch such as a workbook import runs), each with its revision check, hash-chained change-log
entry and search-index update. Bare: the same rows written with sqlite3 executemany in one
transaction on a copy of the same log (clause updates, the same change-log rows with their hashes
computed beforehand, the final search entry of each edited clause replaced by rowid). Both copies are
WAL with synchronous=FULL.

    python benchmarks/bench_writes.py --size 100000
"""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import emit, size_arg, working_copy
from benchmarks.generate import ensure_log
from mineralsdesk.services.log import Log
from mineralsdesk.store import changelog
from mineralsdesk.store.database import register_functions

EDITS = 10_000


def _targets(path: Path) -> list[tuple[str, str, str, str]]:
    """(clause id, ref, old title, new title) for EDITS edits, cycling over the clauses if there are fewer."""
    conn = sqlite3.connect(path)
    clauses = conn.execute("SELECT id, ref, title FROM clauses ORDER BY id").fetchall()
    conn.close()
    out = []
    for i in range(EDITS):
        cid, ref, title = clauses[i % len(clauses)]
        out.append((cid, ref, title, f"{title.split(' [')[0]} [rev. {i}]"))
    return out


def _ours(path: Path, targets: list) -> float:
    with Log.open(path) as log:
        start = time.perf_counter()
        with log.write("benchmark edits"):
            for cid, _ref, _old, new in targets:
                log.clauses.update(cid, title=new)
        return (time.perf_counter() - start) * 1000


def _bare(path: Path, targets: list) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    # The log's triggers run in the bare copy too (its kept orders and word indexes): they call our functions.
    register_functions(conn)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    # Everything that is not writing is prepared beforehand: the bare figure is the writing alone.
    prev = conn.execute("SELECT hash FROM changes ORDER BY seq DESC LIMIT 1").fetchone()[0]
    docs = dict(conn.execute("SELECT entity_id, doc FROM search_keys").fetchall())
    text = dict(conn.execute(
        "SELECT clause_id, text FROM clause_versions v WHERE number = "
        "(SELECT max(number) FROM clause_versions w WHERE w.clause_id = v.clause_id)").fetchall())
    at = changelog.now_stamp()
    titles: dict[str, str] = {}
    updates, changes, entries = [], [], {}
    for cid, ref, old, new in targets:
        old = titles.get(cid, old)
        titles[cid] = new
        updates.append((new, cid))
        h = changelog.entry_hash(prev, at, "Benchmark", "clauses", cid, "title", old, new, "benchmark edits")
        changes.append((at, "Benchmark", "clauses", cid, "title", old, new, "benchmark edits", prev, h))
        prev = h
        # A clause edited more than once (small logs) keeps only its last entry, which is all bare needs.
        entries[cid] = (docs[cid], "clause", cid, f"{ref} {new}", text[cid])
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("UPDATE clauses SET title = ?, rev = rev + 1 WHERE id = ?", updates)
    conn.executemany("INSERT INTO changes (at, who, entity, entity_id, field, old, new, source, prev_hash, hash)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", changes)
    conn.executemany("DELETE FROM search_index WHERE rowid = ?", [(e[0],) for e in entries.values()])
    conn.executemany("INSERT INTO search_index (rowid, kind, entity_id, title, body) VALUES (?, ?, ?, ?, ?)",
                     list(entries.values()))
    conn.execute("COMMIT")
    elapsed = (time.perf_counter() - start) * 1000
    conn.close()
    return elapsed


def main() -> None:
    for size in size_arg():
        source = ensure_log(size)
        targets = _targets(source)
        ours = _ours(working_copy(source, "writes-ours.mdesk"), targets)
        bare = _bare(working_copy(source, "writes-bare.mdesk"), targets)
        emit(f"API writes: {EDITS:,} clause edits, one transaction (ms)", size, ours, bare)


if __name__ == "__main__":
    main()
