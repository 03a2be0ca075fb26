"""Delegation sync: exporting the changes since the last exchange costs in proportion to the changes; applying
them on a colleague's copy against bare sqlite3 writing the same rows (issue 20: <= 3x at 10,000 changes).

The source log is the generated log of `--size` clause versions; a colleague's copy is made with `clone`, then
N clause titles are edited on the source (N = 1, 100, 10,000) and exported for the copy. "bare" writes the same
title updates and change-log rows with sqlite3 in one transaction (no merge checks, no search upkeep; the rows'
hashes computed before the clock starts). "apply" is the import less reading the file (the scrypt key derivation
and the decryption, about 0.2-0.3 s whatever the file), measured separately on the same file. Each figure is
the best of RUNS runs on fresh copies.

    python benchmarks/bench_sync.py --size 10000
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
from mineralsdesk.services.sync import exchange, identity
from mineralsdesk.store import changelog

PASSPHRASE = "benchmark delegation passphrase"
COUNTS = (1, 100, 10_000)
RUNS = 3


def _bare(path: Path, entries: list) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    prev = conn.execute("SELECT hash FROM changes ORDER BY seq DESC LIMIT 1").fetchone()[0]
    at = changelog.now_stamp()
    rows = []
    for e in entries:
        h = changelog.entry_hash(prev, at, "Benchmark", e.entity, e.entity_id, e.field, e.old, e.new, "bare")
        rows.append((at, "Benchmark", e.entity, e.entity_id, e.field, e.old, e.new, "bare", prev, h))
        prev = h
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("UPDATE clauses SET title = ?, rev = rev + 1 WHERE id = ?",
                     [(e.new, e.entity_id) for e in entries])
    conn.executemany("INSERT INTO changes (at, who, entity, entity_id, field, old, new, source, prev_hash, hash)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.execute("COMMIT")
    elapsed = (time.perf_counter() - start) * 1000
    conn.close()
    return elapsed


def main() -> None:
    for size in size_arg(10_000):
        source = ensure_log(size)
        for count in COUNTS:
            ours_path = working_copy(source, f"sync-source-{count}.mdesk")
            copy_path = ours_path.with_name(f"sync-copy-{count}.mdesk")
            copy_path.unlink(missing_ok=True)
            with Log.open(ours_path) as log:
                identity.clone(log, copy_path, colleague="Copy")
                clauses = [c.id for c in log.clauses.list()]
                targets = [clauses[i % len(clauses)] for i in range(count)]
                with log.write("benchmark edits"):
                    for i, cid in enumerate(targets):
                        log.clauses.update(cid, title=f"Synced title {i}")
                start = time.perf_counter()
                out = exchange.export(log, ours_path.with_suffix(".mdsync"), "Copy", passphrase=PASSPHRASE)
                export_ms = (time.perf_counter() - start) * 1000
                entries = [e for e in log.changes(limit=count) if e.entity == "clauses"][::-1]
            emit(f"sync export: {count:,} changes (ms)", size, export_ms, None)
            emit(f"sync file: {count:,} changes (KB)", size, out.stat().st_size / 1024, None)
            bares, imports, reads = [], [], []
            for _run in range(RUNS):  # the best of a few runs: the build machines are shared and noisy
                bares.append(_bare(working_copy(source, f"sync-bare-{count}.mdesk"), entries))
                with Log.open(working_copy(copy_path, f"sync-run-{count}.mdesk")) as copy:
                    start = time.perf_counter()
                    exchange._read(copy, out, PASSPHRASE)  # the same reading the import does (key, decryption)
                    reads.append((time.perf_counter() - start) * 1000)
                    start = time.perf_counter()
                    exchange.import_file(copy, out, passphrase=PASSPHRASE)
                    imports.append((time.perf_counter() - start) * 1000)
            bare = min(bares)
            emit(f"sync import: {count:,} changes (ms)", size, min(imports), bare)
            emit(f"sync apply (import less reading the file): {count:,} changes (ms)", size,
                 min(imports) - min(reads), bare)

if __name__ == "__main__":
    main()
