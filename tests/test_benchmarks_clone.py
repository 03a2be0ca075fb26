"""The fast path for big benchmark logs (benchmarks/clone.py, used by generate.ensure_log above 100k): a small
generated log cloned three times passes the app's own check, and its records, index and counts multiply."""

from __future__ import annotations

from pathlib import Path

from benchmarks.clone import CLONED, clone_log
from benchmarks.generate import generate
from mineralsdesk.services.log import Log
from mineralsdesk.store import changelog

COPIES = 3


def _counts(log: Log) -> dict[str, int]:
    tables = [*CLONED, "search_keys", "clause_order", "card_round_counts"]
    return {t: log.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def test_a_cloned_log_checks_clean_and_multiplies(tmp_path: Path):
    source = tmp_path / "small.mdesk"
    generate(source, 200)
    with Log.open(source) as log:
        before = _counts(log)
        entries = log.db.execute("SELECT count(*) FROM changes").fetchone()[0]
        shared = log.db.execute("SELECT count(*) FROM changes WHERE entity IN ('meta', 'parties', 'anchors')"
                                ).fetchone()[0]
        hits = len(log.search("lithium", limit=10_000))
    target = tmp_path / "big.mdesk"
    counts = clone_log(source, target, COPIES, log_name="Cloned log")
    with Log.open(target) as log:
        report = log.check()
        assert report.problems == []
        after = _counts(log)
        assert after == {t: n * COPIES for t, n in before.items()}
        assert counts["changes"] == shared + (entries - shared) * COPIES
        assert changelog.verify(log.db) == []
        refs = [row[0] for row in log.db.execute("SELECT ref FROM tracks ORDER BY ref")]
        assert len(set(refs)) == len(refs) == before["tracks"] * COPIES
        assert changelog.meta_value(log.db, "log_name") == "Cloned log"
        assert hits and len(log.search("lithium", limit=10_000)) == hits * COPIES
