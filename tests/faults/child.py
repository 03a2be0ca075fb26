"""A child process for the fault tests: runs one operation on a log, optionally killing itself mid-way.

Usage: python child.py STEPS OPERATION ARGS...
STEPS = 0 runs to the end and prints how many SQLite progress ticks the operation took ("ticks N");
STEPS = K > 0 sends SIGKILL to itself at the K-th tick (deterministic points inside transactions);
STEPS = -1 prints "ready" once imported and runs to the end (the parent kills it after a seeded delay).
Writers also take a "kill before rename" variant: OPERATION suffixed with "@replace".
"""

from __future__ import annotations

import os
import signal
import sqlite3
import sys
from pathlib import Path

from mineralsdesk.store import database

TICK = 200  # SQLite virtual-machine instructions between progress ticks
_ticks = 0


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _install(steps: int) -> None:
    real_connect = database._connect

    def counting_connect(path: Path, *, readonly: bool = False, key: str | None = None) -> sqlite3.Connection:
        conn = real_connect(path, readonly=readonly, key=key)

        def tick() -> int:
            global _ticks
            _ticks += 1
            if steps > 0 and _ticks >= steps:
                _die()
            return 0

        conn.set_progress_handler(tick, TICK)
        return conn

    database._connect = counting_connect


def _kill_before_replace() -> None:
    real_replace = os.replace

    def replace(src, dst, *args, **kwargs):  # the temporary file is complete, the target not yet replaced
        if ".mineralsdesk-tmp-" in str(src):
            _die()
        return real_replace(src, dst, *args, **kwargs)

    os.replace = replace


def main(argv: list[str]) -> None:
    steps, operation, *args = int(argv[0]), argv[1], *argv[2:]
    if operation.endswith("@replace"):
        operation = operation.removesuffix("@replace")
        _kill_before_replace()
    _install(steps)
    from mineralsdesk.documents.dump.jsondump import import_dump, write_dump
    from mineralsdesk.services.backups import take_backup
    from mineralsdesk.services.demo import build_demo
    from mineralsdesk.services.log import Log

    if steps == -1:
        print("ready", flush=True)
    if operation == "import":
        with Log.open(args[0]) as log:
            import_dump(log, args[1])
    elif operation == "batch":
        with Log.open(args[0]) as log, log.write("batch"):
            track = log.tracks.by_ref("BATCH")
            for i in range(int(args[1])):
                log.rounds.add(track.id, __import__("datetime").date(2026, 3, 1), summary=f"batch round {i}")
    elif operation == "demo":
        build_demo(args[0])
    elif operation == "json":
        with Log.open(args[0], readonly=True) as log:
            write_dump(log, args[1])
    elif operation == "backup":
        with Log.open(args[0], readonly=True) as log:
            log.backup(args[1])
    elif operation == "autobackup":
        with Log.open(args[0]) as log:
            take_backup(log, "manual")
    elif operation == "pdf":
        from mineralsdesk.documents.briefing.pdf import export_pdf

        with Log.open(args[0], readonly=True) as log:
            export_pdf(log, args[1])
    elif operation == "xlsx":
        from mineralsdesk.documents.workbook.xlsx import export_xlsx

        with Log.open(args[0], readonly=True) as log:
            export_xlsx(log, args[1])
    elif operation == "attach":
        with Log.open(args[0]) as log:
            track = log.tracks.by_ref("PAPERS")
            log.attachments.add(Path(args[1]), target_kind="track", target_id=track.id)
    elif operation in ("sync-import", "sync-import-laid-out"):
        from mineralsdesk.services.sync import exchange
        from mineralsdesk.store import clause_keys

        # "-laid-out": the clauses it brings lay the table out again (as thousands do), whatever their number
        clause_keys.SCATTERED_MIN = 10 if operation.endswith("-laid-out") else 10**9
        with Log.open(args[0]) as log:
            exchange.import_file(log, args[1], passphrase=args[2])
    elif operation == "increment":
        _increment(args[0], args[1], int(args[2]))
    else:
        raise SystemExit(f"unknown operation {operation}")
    print(f"ticks {_ticks}", flush=True)


def _increment(path: str, who: str, times: int) -> None:
    """Append `who`+i to a track's description `times` times, re-reading after every refused stale edit."""
    from mineralsdesk.errors import LogBusyError, StaleEditError
    from mineralsdesk.services.log import Log

    stale = 0
    with Log.open(path) as log:
        for i in range(times):
            while True:
                track = log.tracks.by_ref("SHARED")
                try:
                    log.tracks.update(track.id, expected_rev=track.rev, description=f"{track.description}{who}{i};")
                    break
                except (StaleEditError, LogBusyError):
                    stale += 1
    print(f"stale {stale}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
