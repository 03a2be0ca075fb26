"""Attachments: every measure of `make bench` on a log with 1,000 attached files (2 GB) beside the same log
without them (target: each within 1.1x), and search p95 with their text indexed (target: under 20 ms).

The attached log is the cached generated log of the same size with 1,000 files added through the services
(benchmarks/attachments_data.py: PDFs with real text and a scanned page, DOCX, TXT). Each measure script of
run.py runs as its own process twice, on the plain log and on the attached one (MINERALSDESK_BENCH_ATTACHED_MB
makes generate.ensure_log hand out the attached log); ours is the attached figure, bare the plain one.
Run at the largest size asked for only.

    python benchmarks/bench_attachments.py --size 100000 [--mb 2000]
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.attachments_data import FILES, ensure_attached_log
from benchmarks.common import BENCH_DIR, PYTHON, ROOT, emit, qt_env, size_arg
from benchmarks.generate import ATTACHED_MB_ENV, ensure_log

MEASURES = ["bench_startup.py", "bench_clauses.py", "bench_search.py", "bench_writes.py", "bench_import.py"]


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


def _footprint(path: Path) -> tuple[float, int, int]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    size = path.stat().st_size / 2**20
    rows = conn.execute("SELECT count(*) FROM search_index WHERE kind IN ('attachment', 'content')").fetchone()[0]
    attachments = conn.execute("SELECT count(*) FROM attachments").fetchone()[0]
    conn.close()
    return size, rows, attachments


def main() -> None:
    megabytes = int(sys.argv[sys.argv.index("--mb") + 1]) if "--mb" in sys.argv else 2000
    size = max(size_arg())
    plain, attached = ensure_log(size), ensure_attached_log(size, megabytes)
    mb, rows, count = _footprint(attached)
    print(f"# attachments at {size}: {count} files, log {mb:.0f} MB (plain {plain.stat().st_size / 2**20:.0f} MB), "
          f"{rows} index rows of attached text", file=sys.stderr)
    for script in MEASURES:
        without, with_them = _lines(script, size, None), _lines(script, size, megabytes)
        for name, value in with_them.items():
            if name in without:
                emit(f"with {FILES} attachments ({megabytes} MB): {name}", size, value, without[name])
            if name.startswith("search p95"):
                emit(f"{name.replace('search p95', 'search p95 with attached text')}", size, value, None)


if __name__ == "__main__":
    main()
