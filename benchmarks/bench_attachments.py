"""Attachments: every measure of `make bench` on a log with 1,000 attached files (2 GB) beside the same log
without them (target: each within 1.1x), and search p95 with their text indexed (target: under 20 ms).

The attached log is the cached generated log of the same size with 1,000 files added through the services
(benchmarks/attachments_data.py: PDFs with real text and a scanned page, DOCX, TXT). Each measure script of
run.py runs as its own process on the plain log and on the attached one, in turn, ROUNDS times, each line the median
of its rounds (MINERALSDESK_BENCH_ATTACHED_MB makes generate.ensure_log hand out the attached log); ours is the
attached figure, bare the plain one.
The exports build logs of their own in bench_pdf.py and bench_xlsx.py, so here they run on the two logs
themselves through the command line, each a process of its own, interleaved, best of EXPORT_RUNS: the Excel
summary of the whole log and the briefing PDF of the track with the most papers on it (the whole log's briefing
takes minutes a run at 100k), with their peak memory. Run at the largest size asked for only.

    python benchmarks/bench_attachments.py --size 100000 [--mb 2000]
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import subprocess
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.attachments_data import FILES, ensure_attached_log
from benchmarks.common import BENCH_DIR, DATA_DIR, PYTHON, ROOT, emit, qt_env, run_child, size_arg
from benchmarks.generate import ATTACHED_MB_ENV, ensure_log

MEASURES = ["bench_startup.py", "bench_clauses.py", "bench_search.py", "bench_writes.py", "bench_import.py",
            "bench_cards.py"]
ROUNDS = 3
# Lines measured on a log of their own whatever the run (bench_cards.py's one-track log): no attachments either way.
SAME_LOG = ("(one track",)
EXPORT_RUNS = 3


def _lines(script: str, size: int, megabytes: int | None) -> dict[str, float]:
    env = qt_env()
    env.pop(ATTACHED_MB_ENV, None)
    if megabytes:
        env[ATTACHED_MB_ENV] = str(megabytes)
    proc = subprocess.run([PYTHON, str(BENCH_DIR / script), "--size", str(size)], cwd=ROOT, env=env,
                          capture_output=True, text=True)
    if proc.returncode != 0:
        print(f"# {script} failed: {proc.stderr.strip()[-400:]}", file=sys.stderr)
    out = {}
    for line in proc.stdout.splitlines():
        fields = line.split("\t")
        if len(fields) == 5 and not line.startswith("#"):
            try:
                out[fields[0]] = float(fields[2])
            except ValueError:
                pass  # a line that is no number (heavy modules imported): not a measure to compare
    return out


def _medians(runs: list[dict[str, float]]) -> dict[str, float]:
    """Each line's median over the runs that printed it."""
    names = {name for run in runs for name in run}
    return {name: statistics.median(run[name] for run in runs if name in run) for name in names}


def _footprint(path: Path) -> tuple[float, int, int]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    size = path.stat().st_size / 2**20
    rows = conn.execute("SELECT count(*) FROM search_index WHERE kind IN ('attachment', 'content')").fetchone()[0]
    attachments = conn.execute("SELECT count(*) FROM attachments").fetchone()[0]
    conn.close()
    return size, rows, attachments


def _most_papered_track(path: Path) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT t.ref FROM attachments a JOIN tracks t ON t.id = a.target_id "
                            "WHERE a.target_kind = 'track' GROUP BY t.id ORDER BY count(*) DESC, t.ref LIMIT 1"
                            ).fetchone()[0]
    finally:
        conn.close()


def _exports(size: int, plain: Path, attached: Path, megabytes: int) -> None:
    """The Excel summary and a track's briefing PDF of each log through the command line, interleaved."""
    track = _most_papered_track(attached)
    kinds = {"Excel summary of the whole log": ["xlsx"], f"briefing PDF of one track ({track})": ["pdf", "--track", track]}
    work = DATA_DIR / "work" / "attachments-exports"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    envs = {}
    for tag, log in (("plain", plain), ("attached", attached)):
        env = qt_env()
        env["MINERALSDESK_DATA_DIR"] = str(work / tag / "data")
        env["XDG_CONFIG_HOME"] = str(work / tag / "config")
        envs[tag] = env
        # Exports open the log read-only (no backup of the day). A warm-up export of the calendar puts each log's
        # first pages in the system's file cache alike.
        run_child([PYTHON, "-m", "mineralsdesk", "--db", str(log), "export", "ics",
                   str(work / f"{tag}.ics")], env)
    best: dict[tuple[str, str], tuple[float, int]] = {}
    for _ in range(EXPORT_RUNS):
        for name, args in kinds.items():
            for tag, log in (("plain", plain), ("attached", attached)):
                out = work / f"{tag}.{args[0]}"
                out.unlink(missing_ok=True)
                ms, rss, _out, _err = run_child([PYTHON, "-m", "mineralsdesk", "--db", str(log),
                                                 "export", args[0], *args[1:], str(out)], envs[tag])
                prev = best.get((name, tag))
                best[name, tag] = (min(ms, prev[0]) if prev else ms, max(rss, prev[1]) if prev else rss)
    for name in kinds:
        (ours_ms, ours_kb), (bare_ms, bare_kb) = best[name, "attached"], best[name, "plain"]
        emit(f"with {FILES} attachments ({megabytes} MB): {name}, best of {EXPORT_RUNS} (ms)", size, ours_ms, bare_ms)
        emit(f"with {FILES} attachments ({megabytes} MB): {name}, peak resident memory (MB)", size, ours_kb / 1024,
             bare_kb / 1024)
    shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    megabytes = int(sys.argv[sys.argv.index("--mb") + 1]) if "--mb" in sys.argv else 2000
    size = max(size_arg())
    plain, attached = ensure_log(size), ensure_attached_log(size, megabytes)
    mb, rows, count = _footprint(attached)
    print(f"# attachments at {size}: {count} files, log {mb:.0f} MB (plain {plain.stat().st_size / 2**20:.0f} MB), "
          f"{rows} index rows of attached text", file=sys.stderr)
    for script in MEASURES:
        # Interleaved rounds, the median of each line: one run of each, one after the other, moved a ratio by
        # 0.2-0.3 on this machine (10,000 edits of the same log: 7.5 to 9.8 s), more than the 1.1x asked.
        rounds = [(_lines(script, size, None), _lines(script, size, megabytes)) for _ in range(ROUNDS)]
        without, with_them = _medians([r[0] for r in rounds]), _medians([r[1] for r in rounds])
        for name, value in with_them.items():
            if any(mark in name for mark in SAME_LOG):
                continue
            if name in without:
                emit(f"with {FILES} attachments ({megabytes} MB): {name}", size, value, without[name])
            if name.startswith("search p95"):
                emit(f"{name.replace('search p95', 'search p95 with attached text')}", size, value, None)
    _exports(size, plain, attached, megabytes)


if __name__ == "__main__":
    main()
