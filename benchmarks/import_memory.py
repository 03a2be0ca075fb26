"""Peak memory of the Excel import at each size: resident (ru_maxrss of a child) and Python's (tracemalloc peak).

Each size imports its cached edited workbook (bench_import.py's, every Status changed) into a fresh copy of its
log, in two child processes: one plain for the resident peak, one under tracemalloc for Python's own peak and,
with --top, the lines holding the most just before the import's transaction commits.

    python benchmarks/import_memory.py --size 1000 --size 10000 [--top]
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import PYTHON, ROOT, size_arg, working_copy
from benchmarks.generate import ensure_log

CHILD = """
import resource, sys, time, tracemalloc
sys.path.insert(0, {root!r})
from mineralsdesk.services.log import Log
from mineralsdesk.documents.workbook.xlsx_import import import_xlsx
traced, top = {traced!r}, {top!r}
def progress(done, total):
    if traced and top and (done, total) == (1, 1):
        stats = tracemalloc.take_snapshot().statistics("lineno")[:12]
        print("\\n".join(f"#  {{s.size / 1024:8.0f}} KiB {{s.count:7d}}  {{s.traceback}}" for s in stats))
with Log.open({log!r}) as log:
    if traced:
        tracemalloc.start()
    start = time.perf_counter()
    report = import_xlsx(log, {book!r}, progress=progress)
    ms = (time.perf_counter() - start) * 1000
    peak = tracemalloc.get_traced_memory()[1] / 2**20 if traced else 0.0
count = getattr(report, "count", len(report.changes))
print(f"{{ms:.0f}} {{count}} {{peak:.2f}} {{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f}}")
"""


def measure(size: int, traced: bool, top: bool) -> list[str]:
    log_path = ensure_log(size)
    book = log_path.with_name(f"{log_path.stem}-edited.xlsx")
    target = working_copy(log_path, "import-memory.mdesk")
    code = CHILD.format(root=str(ROOT), log=str(target), book=str(book), traced=traced, top=top)
    proc = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True)
    if proc.returncode:
        raise SystemExit(proc.stderr[-2000:])
    out = proc.stdout
    lines = out.strip().splitlines()
    for line in lines[:-1]:
        print(line)
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    return lines[-1].split()


def main() -> None:
    top = "--top" in sys.argv
    print("size\tchanges\tms\tpeak RSS MB\ttracemalloc peak MB")
    for size in size_arg():
        ms, count, _peak, rss = measure(size, traced=False, top=False)
        _ms, _count, peak, _rss = measure(size, traced=True, top=top)
        print(f"{size}\t{count}\t{ms}\t{rss}\t{peak}", flush=True)


if __name__ == "__main__":
    main()
