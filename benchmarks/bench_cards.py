"""Dashboard cards: one track's summary (what a card shows) on two shapes of log (target: under 50 ms each).

Shapes: the generated log of `--size` versions (many tracks of a few hundred clauses each; the slowest card
is reported) and one huge track of `--size` clauses whose every change follows its only round (the shape that
cost ~3 s a card when recent changes were traced to their records). Ours: `log.read.track_summary(track, today)`
with its history (burndown, the last round's diff, the edits since it), median of 5. Bare: sqlite3 counting the
same track's change-log entries after the round with a scan of the change log, as a reader of the file would
without our index (the work the card's slowest part replaces).

    python benchmarks/bench_cards.py --size 100000
"""

from __future__ import annotations

import sqlite3
import sys
from datetime import date
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_xlsx import build_log
from benchmarks.common import DATA_DIR, emit, median_ms, size_arg
from benchmarks.generate import GENERATOR_VERSION, ensure_log, upgrade_older
from mineralsdesk.services.log import Log
from mineralsdesk.store import migrations


def one_track_log(clauses: int) -> Path:
    """A log of one track with `clauses` clauses (a version and a position each), all after its only round."""
    path = DATA_DIR / f"onetrack-{clauses}-g{GENERATOR_VERSION}-s{migrations.SCHEMA_VERSION}.mdesk"
    if path.exists() or upgrade_older(path):
        return path
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.stem + "-partial.mdesk")
    for suffix in ("", "-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    build_log(partial, clauses)  # the Excel benchmark's shape: every clause and position after the round
    partial.rename(path)
    return path


def _bare_count(path: Path, track_id: str, since: date) -> float:
    """sqlite3 alone: the track's entries after the round, each traced to its record (no index of tracks)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    sql = """SELECT count(DISTINCT ch.entity_id || ch.at) FROM changes ch WHERE ch.at > :d AND (
        ch.entity_id = :t OR EXISTS (SELECT 1 FROM clauses WHERE id = ch.entity_id AND track_id = :t)
        OR EXISTS (SELECT 1 FROM clause_versions v JOIN clauses c ON c.id = v.clause_id
                   WHERE v.id = ch.entity_id AND c.track_id = :t)
        OR EXISTS (SELECT 1 FROM positions p JOIN clauses c ON c.id = p.clause_id
                   WHERE p.id = ch.entity_id AND c.track_id = :t))"""
    try:
        return median_ms(lambda: conn.execute(sql, {"d": f"{since.isoformat()}T23:59:59.999999",
                                                    "t": track_id}).fetchone(), runs=3)
    finally:
        conn.close()


def _cards(path: Path) -> tuple[float, str, str, date]:
    """The slowest card of the log (median ms), with its track's id and ref and its last round's date."""
    today = date.today()
    worst = (0.0, "", "", today)
    with Log.open(path, readonly=True) as log:
        for track in log.tracks.list():
            rounds = log.rounds.list(track.id)
            ms = median_ms(lambda t=track: log.read.track_summary(t, today))
            if ms >= worst[0]:
                worst = (ms, track.id, track.ref, rounds[-1].date if rounds else today)
    return worst


def main() -> None:
    for size in size_arg():
        for shape, path in (("generated", ensure_log(size)), ("one track", one_track_log(size))):
            ms, track_id, _ref, since = _cards(path)
            emit(f"dashboard card, slowest ({shape}, ms)", size, ms, _bare_count(path, track_id, since))


if __name__ == "__main__":
    main()
