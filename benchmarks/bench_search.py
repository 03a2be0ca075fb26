"""Global search: p95 of one- and two-word queries with snippets, Latin and Japanese (target: under 10 ms).

Ours is log.search() (query translation, BM25 ranking with titles weighted of the newest 300 matching records and
50 chunks of attached text and the own rows of the 50 newest matching attachments, scored by store/search_score.py, snippets, hit objects); bare is sqlite3 running one FTS5 MATCH with bm25 ordering
of every match and one snippet on the same index and the same match expression, LIMIT 50 like ours. The Japanese lines run on a working copy of the log where every
fifth position carries a Japanese note (the generated logs are English only). A report line says how good the
bounded ranking is: its first ten hits' exact scores against the exact best ten's (every match ranked by bm25()).

    python benchmarks/bench_search.py --size 100000
"""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import emit, p95, size_arg, working_copy
from benchmarks.generate import ensure_log
from mineralsdesk.services.log import Log
from mineralsdesk.store.search import to_fts_query

# What negotiators type: minerals, topics and places, common and rare words alike.
ONE_WORD = ["lithium", "cobalt", "oversupply", "stockpile", "recycling", "Brussels", "licences", "price",
            "response", "coercion", "graphite", "dysprosium"]
TWO_WORDS = ["price floor", "export restrictions", "response group", "rare earths", "joint research",
             "trade defence", "strategic reserve", "NdPr oxide", "release coordination", "market manipulation",
             "lithium refining", "Tokyo round"]
JAPANESE_NOTES = ["価格メカニズムは国内調整が必要。次回会合で対案を提示する。",
                  "「信頼できるサプライチェーン」の共通基準は日本の提案。価格以外の要素を評価する市場を目指す。",
                  "JBIC・JOGMECの明記を評価。第1四半期の目標で合意可能。",
                  "備蓄の放出ルールについて書面での情報共有を求める。",
                  "経済産業省と調整中。輸出規制の例外は慎重に検討する。"]
JP_ONE_WORD = ["サプライチェーン", "国内調整", "明記", "備蓄", "輸出規制", "経済", "信頼", "調整", "放出ルール",
               "共通基準", "価格", "合意"]
JP_TWO_WORDS = ["国内調整 価格", "備蓄 放出", "輸出規制 例外", "信頼 基準", "明記 評価", "経済 調整", "対案 会合",
                "合意 目標", "lithium 価格", "サプライチェーン 市場", "情報共有 書面", "四半期 合意"]
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


def _with_japanese(path: Path, size: int) -> Path:
    """A working copy where every fifth position's note is Japanese (set through the services API)."""
    copy = working_copy(path, f"search-jp-{size}.mdesk")
    with Log.open(copy) as log, log.write("benchmark"):
        for i, p in enumerate(log.positions.list()):
            if i % 5 == 0:
                log.positions.set(p.clause_id, p.party, p.round_id, p.stance,
                                 note=JAPANESE_NOTES[i // 5 % len(JAPANESE_NOTES)], red_line=p.red_line,
                                 fallback=p.fallback, internal_note=p.internal_note)
    return copy


def best_ten_share(log: Log, queries: list[str]) -> float:
    """How good the bounded ranking's first ten hits are: the sum of their exact BM25 scores (every match ranked by
    FTS5's bm25()) over the sum of the exact best ten's, averaged over the queries (1.0: as good as ranking all)."""
    shares = []
    for q in queries:
        exact = {h.entity_id: h.rank for h in log.search(q, limit=100_000, every_match=True)}
        if not exact:
            continue
        best = sum(sorted(exact.values())[:10])
        found = sum(exact.get(h.entity_id, 0.0) for h in log.search(q, limit=10))
        shares.append(found / best if best else 1.0)
    return sum(shares) / len(shares) if shares else 1.0


def main() -> None:
    for size in size_arg():
        _measure(ensure_log(size), size, (("one word", ONE_WORD), ("two words", TWO_WORDS)))
        _measure(_with_japanese(ensure_log(size), size), size,
                 (("Japanese one word", JP_ONE_WORD), ("Japanese two words", JP_TWO_WORDS)))


def _measure(path: Path, size: int, lines: tuple) -> None:
    bare_conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    columns = [r[1] for r in bare_conn.execute("PRAGMA table_info(search_index)")]
    body, weights = (4, "0, 0, 0, 5.0, 1.0, 0, 0") if "part" in columns else (3, "0, 0, 5.0, 1.0")
    bare_sql = (f"SELECT kind, entity_id, title, snippet(search_index, {body}, '[', ']', '…', 12), "
                f"bm25(search_index, {weights}) AS rank FROM search_index WHERE search_index MATCH ? "
                "ORDER BY rank LIMIT 50")

    def bare(text: str, conn=bare_conn, sql=bare_sql) -> None:
        conn.execute(sql, [to_fts_query(text)]).fetchall()

    with Log.open(path, readonly=True) as log:
        for label, queries in lines:
            ours = p95(_samples(lambda q, log=log: log.search(q), queries))
            theirs = p95(_samples(bare, queries))
            emit(f"search p95, {label} (ms)", size, ours, theirs)
        hits = {q: len(log.search(q, limit=100_000, every_match=True)) for _label, queries in lines for q in queries}
        emit(f"search: best ten's score found, {' and '.join(label for label, _q in lines)} (%)", size,
             100 * best_ten_share(log, [q for _label, queries in lines for q in queries]), None)
    bare_conn.close()
    worst = max(hits, key=hits.get)
    print(f"# search at {size}: most matches {hits[worst]} for {worst!r}", file=sys.stderr)


if __name__ == "__main__":
    main()
