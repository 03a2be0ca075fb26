"""Excel import of a 10,000-row edited workbook: time and peak memory (reported; no target).

The workbook is the app's own Excel summary of the 100k log limited to 16 tracks (10,000 clause rows),
with the Status of every clause row changed to another allowed status in openpyxl, as a colleague would.
Ours: import_xlsx() applying all of it in one transaction, in a child process (peak resident memory is
that process's). Bare: openpyxl read-only reading every cell of the same workbook, also in a child.

    python benchmarks/bench_import.py --size 100000
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import DATA_DIR, PYTHON, ROOT, emit, run_child, size_arg, working_copy
from benchmarks.generate import ensure_log

CLAUSE_ROWS = 10_000
STATUS_CHOICES = ["under negotiation", "bracketed", "agreed ad referendum", "agreed", "proposed", "drafted"]

IMPORT = """
import sys, time
sys.path.insert(0, {root!r})
from mineralsdesk.services.log import Log
from mineralsdesk.documents.workbook.xlsx_import import import_xlsx
with Log.open({log!r}) as log:
    start = time.perf_counter()
    report = import_xlsx(log, {book!r})
    print((time.perf_counter() - start) * 1000, len(report.changes), len(report.conflicts))
"""

BARE = """
import sys, time
from openpyxl import load_workbook
start = time.perf_counter()
wb = load_workbook({book!r}, read_only=True)
cells = 0
for ws in wb.worksheets:
    for row in ws.iter_rows(values_only=True):
        cells += len(row)
wb.close()
print((time.perf_counter() - start) * 1000, cells)
"""


def edited_workbook(log_path: Path, size: int) -> Path:
    """The exported and edited workbook, made once per log (cached beside it)."""
    book = DATA_DIR / f"{log_path.stem}-edited.xlsx"
    if book.exists():
        return book
    from openpyxl import load_workbook

    from mineralsdesk.documents.workbook.xlsx import export_xlsx
    from mineralsdesk.domain import rules
    from mineralsdesk.domain.model import ClauseStatus
    from mineralsdesk.services.log import Log

    raw = DATA_DIR / f"{log_path.stem}-export.xlsx"
    with Log.open(log_path, readonly=True) as log:
        refs = [t.ref for t in log.tracks.list()]
        chosen, rows = [], 0
        for track in log.tracks.list():
            if rows >= CLAUSE_ROWS:
                break
            chosen.append(track.ref)
            rows += log.read.clause_count(track_id=track.id)
        raw.unlink(missing_ok=True)
        export_xlsx(log, raw, tracks=chosen if len(chosen) < len(refs) else None)
    wb = load_workbook(raw)
    ws = wb["Clauses"]
    header_row, status_col = next((cell.row, cell.column) for row in ws.iter_rows(max_row=15) for cell in row
                                  if cell.value == "Status")
    for (cell,) in ws.iter_rows(min_row=header_row + 1, min_col=status_col, max_col=status_col):
        if not cell.value:
            continue
        old = ClauseStatus(cell.value)
        for candidate in STATUS_CHOICES:
            try:
                if candidate != old:
                    rules.check_transition(old, ClauseStatus(candidate))
                    cell.value = candidate
                    break
            except ValueError:
                continue
    wb.save(book)
    raw.unlink(missing_ok=True)
    return book


def main() -> None:
    for size in size_arg():
        log_path = ensure_log(size)
        book = edited_workbook(log_path, size)
        target = working_copy(log_path, "import.mdesk")
        _wall, rss, out, _err = run_child([PYTHON, "-c", IMPORT.format(root=str(ROOT), log=str(target),
                                                                      book=str(book))])
        ms, changes, conflicts = out.split()
        _wall, bare_rss, bare_out, _err = run_child([PYTHON, "-c", BARE.format(book=str(book))])
        bare_ms = float(bare_out.split()[0])
        emit("Excel import of the edited workbook (ms)", size, float(ms), bare_ms)
        emit("Excel import: clause rows changed (count)", size, int(changes), None)
        if int(conflicts):
            print(f"# import at {size}: {conflicts} conflicts", file=sys.stderr)
        emit("Excel import: peak resident memory (MB)", size, rss / 1024, bare_rss / 1024)


if __name__ == "__main__":
    main()
