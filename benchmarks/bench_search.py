"""Global search: p95 of one- and two-word queries with snippets (target: under 20 ms).

Ours is log.search() (query translation, bm25 ranking with titles weighted, two snippets, hit objects);
bare is sqlite3 running one FTS5 MATCH with bm25 ordering and one snippet on the same index and the
same match expression, LIMIT 50 like ours.

    python benchmarks/bench_search.py --size 100000
"""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import emit, p95, size_arg
from benchmarks.generate import ensure_log
from mineralsdesk.services.log import Log
from mineralsdesk.store.search import to_fts_query

# What negotiators type: minerals, topics and places, common and rare words alike.
ONE_WORD = ["lithium", "cobalt", "oversupply", "stockpile", "recycling", "Brussels", "licences", "price",
            "response", "coercion", "graphite", "dysprosium"]
TWO_WORDS = ["price floor", "export restrictions", "response group", "rare earths", "joint research",
             "trade defence", "strategic reserve", "NdPr oxide", "release coordination", "market manipulation",
             "lithium refining", "Tokyo round"]
REPEATS = 10


def _samples(run, queries: list[str]) -> list[float]:
    out = []
    for q in queries:
        run(q)  # warm: the first query of a word reads its index pages from disk
    for _ in range(REPEATS):
        for q in queries:
            start = time.perf_counter()
            run(q)
            out.append((time.perf_counter() - start) * 1000)
    return out


def main() -> None:
    for size in size_arg():
        path = ensure_log(size)
        bare_conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        bare_sql = ("SELECT kind, entity_id, title, snippet(search_index, 3, '[', ']', '…', 12), "
                    "bm25(search_index, 0, 0, 5.0, 1.0) AS rank FROM search_index WHERE search_index MATCH ? "
                    "ORDER BY rank LIMIT 50")

        def bare(text: str, conn=bare_conn, sql=bare_sql) -> None:
            conn.execute(sql, [to_fts_query(text)]).fetchall()

        with Log.open(path, readonly=True) as log:
            for label, queries in (("one word", ONE_WORD), ("two words", TWO_WORDS)):
                ours = p95(_samples(lambda q, log=log: log.search(q), queries))
                theirs = p95(_samples(bare, queries))
                emit(f"search p95, {label} (ms)", size, ours, theirs)
            hits = {q: len(log.search(q, limit=100_000)) for q in ONE_WORD + TWO_WORDS}
        bare_conn.close()
        worst = max(hits, key=hits.get)
        print(f"# search at {size}: most matches {hits[worst]} for {worst!r}", file=sys.stderr)


if __name__ == "__main__":
    main()
