"""Search at a million versions without generating one: the 100k log's search index repeated ten times.

Generating a 1M-version log through the services takes over an hour here; search only reads the index, so this
copies the cached 100k log (and its Japanese working copy) and adds the same index rows nine more times under
new record ids (the text, bm25 statistics and per-word match counts of a log ten times larger; rowids after the
original ones, as later records would have). Ours and bare are bench_search.py's, on the same rows.
Attached text is not repeated (the generated logs have none). Not part of `make bench`.

    python benchmarks/bench_search_scaled.py [--times 10]
"""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import bench_search
from benchmarks.common import DATA_DIR, working_copy
from benchmarks.generate import ensure_log

BASE = 100_000


def scaled(path: Path, name: str, times: int) -> Path:
    """A copy of `path` whose search index holds every record's rows `times` times (cached by name)."""
    target = DATA_DIR / "work" / name
    if target.exists():
        return target
    copy = working_copy(path, name + ".partial")
    start = time.perf_counter()
    conn = sqlite3.connect(copy)
    with conn:
        for i in range(1, times):
            conn.execute("INSERT INTO search_index (kind, entity_id, part, title, body, title_text, body_text) "
                         "SELECT kind, entity_id || ?, part, title, body, title_text, body_text FROM search_index "
                         "WHERE rowid > 0 AND entity_id NOT LIKE '%~%'", [f"~{i}"])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    copy.rename(target)
    print(f"# {name}: index x{times} in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    return target


def main() -> None:
    times = int(sys.argv[sys.argv.index("--times") + 1]) if "--times" in sys.argv else 10
    size = BASE * times
    plain = ensure_log(BASE)
    bench_search._measure(scaled(plain, f"search-x{times}-{BASE}.mdesk", times), size,
                          (("one word", bench_search.ONE_WORD), ("two words", bench_search.TWO_WORDS)))
    japanese = bench_search._with_japanese(plain, BASE)
    bench_search._measure(scaled(japanese, f"search-jp-x{times}-{BASE}.mdesk", times), size,
                          (("Japanese one word", bench_search.JP_ONE_WORD),
                           ("Japanese two words", bench_search.JP_TWO_WORDS)))


if __name__ == "__main__":
    main()
