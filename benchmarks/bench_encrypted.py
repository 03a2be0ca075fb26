"""Encrypted logs beside plain ones, on the same generated logs in the same run (target: each at most 1.3x plain).

The encrypted log is the cached plain log encrypted with services.encryption (generate.ensure_encrypted_log), so
both hold the same records. Measured on both, alternating: a cold start as a whole process (the command line's
`search`: interpreter, imports, key derivation, open, one query; the desktop app's start to its first paint on
the encrypted log is bench_startup.py's, with the passphrase in $MINERALSDESK_PASSPHRASE), the Clauses table through the services (open, sort by status, filter by a
word), twice: on a fresh connection (Log.reopen with the derived key, as the app's jobs opened theirs before
log.readers; its page cache starts empty) and on a warm reader (a connection kept open and used again, as the
window's own connection serves the Clauses screen and log.readers serves the read-only jobs: one warm-up action,
then the timed ones), and a first sort and filter after an open on the same connection,
search p95, 10,000 clause edits through the API in one transaction, the XLSX summary and the PDF briefing. The
key derivation (PBKDF2-HMAC-SHA512, 256,000 rounds: SQLCipher 4's default) is reported on its own; the log's
first connection pays it once, every other connection reuses the derived key.

Prints `name<TAB>size<TAB>encrypted<TAB>plain<TAB>ratio` lines.

    python benchmarks/bench_encrypted.py --size 10000
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import PYTHON, emit, median_ms, p95, run_child, size_arg, timed, working_copy
from benchmarks.generate import BENCH_PASSPHRASE, ensure_encrypted_log, ensure_log
from mineralsdesk.services.log import Log
from mineralsdesk.store import cipher

RUNS = 5
PAGE = 200
WORD = "cobalt"
QUERIES = ["lithium", "cobalt", "oversupply", "stockpile", "recycling", "Brussels", "price floor",
           "export restrictions", "response group", "rare earths", "joint research", "trade defence"]
EDITS = 10_000


def _open(path: Path, encrypted: bool, **kwargs) -> Log:
    return Log.open(path, passphrase=BENCH_PASSPHRASE if encrypted else None, **kwargs)


def cold_start(path: Path, encrypted: bool) -> float:
    env = dict(os.environ)
    env.pop("MINERALSDESK_PASSPHRASE", None)
    if encrypted:
        env["MINERALSDESK_PASSPHRASE"] = BENCH_PASSPHRASE
    ms, _rss, _out, _err = run_child([PYTHON, "-m", "mineralsdesk", "--db", str(path), "search", WORD], env)
    return ms


CLAUSE_ACTIONS = {
    "open": lambda log: (log.read.clause_count(), log.read.clause_rows(sort="track", limit=PAGE)),
    "sort by status": lambda log: log.read.clause_rows(sort="status", limit=PAGE),
    "filter by a word": lambda log: (log.read.clause_count(text=WORD),
                                     log.read.clause_rows(sort="track", text=WORD, limit=PAGE)),
}


def read_ahead(log: Log) -> None:
    """What the app runs a step at a time after its first paint (gui/read_ahead.py), run whole."""
    step = log.read_ahead()
    while step is not None and step():
        pass


def clauses(path: Path, encrypted: bool) -> dict[str, float]:
    """Each action on a fresh connection (Log.reopen: the derived key, an empty page cache), then on a warm reader
    (the log's kept read-only connection, log.readers, borrowed for each action as a job borrows it; the action
    run once untimed first, so the reader has read its pages: what a screen or job re-used meets)."""
    with _open(path, encrypted, readonly=True, defer_checks=True) as first:
        options = first.open_options()

        def fresh(action) -> float:
            samples = []
            for _ in range(RUNS):
                with Log.reopen(options) as log:
                    samples.append(timed(lambda log=log: action(log)))
            return statistics.median(samples)

        def warm(action) -> float:
            with first.readers.reader(options) as log:
                action(log)  # the warm-up: what the reader's first job paid
            samples = []
            for _ in range(RUNS):
                with first.readers.reader(options) as log:
                    samples.append(timed(lambda log=log: action(log)))
            return statistics.median(samples)

        def in_turn() -> dict[str, float]:
            """Open, then sort by status, then filter, each for the first time on one connection kept between
            them (as the window's connection meets a user's first sort and filter): the pages the earlier actions
            read are warm, the new order is not (the services keep an order per connection, not across). Between
            the open and the sort, what the app does once its first screen has painted: an encrypted log's
            read-ahead (Log.read_ahead, run whole here; a plain log has none), timed on its own line."""
            samples: dict[str, list[float]] = {"sort by status, after open": [],
                                               "filter by a word, after open and sort": []}
            ahead: list[float] = []
            for _ in range(RUNS):
                with Log.reopen(options) as log:
                    CLAUSE_ACTIONS["open"](log)
                    ahead.append(timed(lambda log=log: read_ahead(log)))
                    samples["sort by status, after open"].append(
                        timed(lambda log=log: CLAUSE_ACTIONS["sort by status"](log)))
                    samples["filter by a word, after open and sort"].append(
                        timed(lambda log=log: CLAUSE_ACTIONS["filter by a word"](log)))
            return ({f"{name} (same connection)": statistics.median(v) for name, v in samples.items()}
                    | {"read-ahead after the open (idle, encrypted only)": statistics.median(ahead)})

        results = {f"{name}, fresh connection": fresh(action) for name, action in CLAUSE_ACTIONS.items()}
        results |= {f"{name}, warm reader": warm(action) for name, action in CLAUSE_ACTIONS.items()}
        results |= in_turn()
        results["reopen (another connection)"] = statistics.median(timed(lambda: Log.reopen(options).close())
                                                                   for _ in range(RUNS))
        return results


def search_p95(path: Path, encrypted: bool) -> float:
    with _open(path, encrypted, readonly=True, defer_checks=True) as log:
        for q in QUERIES:
            log.search(q)  # warm the page cache as a user's first searches do
        return p95([timed(lambda q=q: log.search(q)) for _ in range(5) for q in QUERIES])


def writes(path: Path, encrypted: bool) -> float:
    with _open(path, encrypted, defer_checks=True) as log:
        ids = [row.id for row in log.read.clause_rows(sort="track", limit=EDITS)]
        titles = {row.id: row.title for row in log.read.clause_rows(sort="track", limit=EDITS)}

        def edit() -> None:
            with log.write("benchmark edits"):
                for i in range(EDITS):
                    cid = ids[i % len(ids)]
                    log.clauses.update(cid, title=f"{titles[cid].split(' [')[0]} [rev. {i}]")
        return timed(edit)


def export_ms(path: Path, encrypted: bool, kind: str) -> float:
    with _open(path, encrypted, readonly=True, defer_checks=True) as log, tempfile.TemporaryDirectory() as tmp:
        if kind == "xlsx":
            from mineralsdesk.documents.workbook.xlsx import export_xlsx
            return timed(lambda: export_xlsx(log, Path(tmp) / "out.xlsx"))
        from mineralsdesk.documents.briefing.pdf import export_pdf
        return timed(lambda: export_pdf(log, Path(tmp) / "out.pdf"))


def both(measure, plain: Path, enc: Path, runs: int = 1, **kwargs) -> tuple[float, float]:
    """(encrypted, plain) medians over `runs`, the two alternating so drift bills both alike."""
    e, p = [], []
    for _ in range(runs):
        e.append(measure(enc, True, **kwargs))
        p.append(measure(plain, False, **kwargs))
    return statistics.median(e), statistics.median(p)


def main() -> None:
    for size in size_arg():
        plain, enc = ensure_log(size), ensure_encrypted_log(size)
        derivation = median_ms(lambda enc=enc: cipher.derive_key(BENCH_PASSPHRASE, enc))
        emit("encrypted: key derivation, PBKDF2-SHA512 x 256,000 (ms, once per open log)", size, derivation, None)
        cold_start(enc, True), cold_start(plain, False)  # warm-up: OS file cache, bytecode
        started = both(cold_start, plain, enc, RUNS)
        emit("encrypted: cold start, command-line search as a process (ms)", size, *started)
        # What the encrypted process spends beside its one key derivation (SQLCipher 4's PBKDF2 count, the file
        # format's: the command line starts it ahead of its imports, which hide part of it; the app hides all of it).
        emit("encrypted: cold start less the key derivation (ms)", size, started[0] - derivation, started[1])
        e, p = clauses(enc, True), clauses(plain, False)
        for name in e:
            emit(f"encrypted: clauses: {name} (services, ms)", size, e[name],
                 None if name.startswith("read-ahead") else p[name])  # a plain log reads nothing ahead
        emit("encrypted: search p95 (ms)", size, *both(search_p95, plain, enc, 3))
        runs = 1 if size >= 100_000 else 3
        # Three interleaved runs at every size (~20 s each at 100k): one pair alone moved from 1.44x to 1.10-1.16x
        # between a run of the whole bench and the same function run again (2026-12-04).
        emit(f"encrypted: API writes: {EDITS:,} clause edits, one transaction (ms)", size,
             *both(lambda path, encrypted: writes(working_copy(path, f"enc-writes-{encrypted}.mdesk"), encrypted),
                   plain, enc, 3))
        emit("encrypted: XLSX summary export (ms)", size, *both(export_ms, plain, enc, runs, kind="xlsx"))
        emit("encrypted: PDF briefing export (ms)", size, *both(export_ms, plain, enc, runs, kind="pdf"))


if __name__ == "__main__":
    main()
