"""Excel summary benchmark (not a test): our export beside bare XlsxWriter and bare openpyxl writing the same cells.

How the big logs are built: through the services API only (tracks.add, rounds.add, clauses.add), 1,000 clauses
per `with log.write(...)` block, so each batch is one transaction and the nested service writes are savepoints.
Every clause gets a ~300-character text with one [bracket] and a position of one party.

Each writer runs three times, interleaved with the others, and its best time counts (the machine's speed
varies a lot between runs). Each measurement runs in its own child process, so peak memory (ru_maxrss, minus the process's size just
before the work starts) is that of the one job. Prints `name<TAB>ours<TAB>bare<TAB>ratio` lines for `make bench`.

    .venv/bin/python benchmarks/bench_xlsx.py            # 10k and 100k clauses
    .venv/bin/python benchmarks/bench_xlsx.py --sizes 2000
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from datetime import time as dtime
from pathlib import Path

TEXT = ("The Participants shall cooperate on the development of critical-mineral projects, including "
        "exploration, extraction, processing and recycling, and shall [endeavour to / undertake to] "
        "coordinate financing through their development finance institutions in line with domestic law. ")


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() / 2**20


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build_log(path: Path, clauses: int) -> None:
    from mineralsdesk.services.log import Log

    with Log.create(path, log_name=f"Benchmark {clauses}", delegation="EU delegation") as log:
        track = log.tracks.add("BENCH", "Benchmark track", parties=["US", "EU"]).record
        rnd = log.rounds.add(track.id, date(2026, 3, 1)).record
        for start in range(0, clauses, 1000):
            with log.write("benchmark build"):
                for i in range(start, min(start + 1000, clauses)):
                    c = log.clauses.add(track.id, f"Art. {i:06d}", f"Clause {i} on joint projects", TEXT,
                                       party="US", round_id=rnd.id, topic="joint projects", minerals=["lithium"]).record
                    log.positions.set(c.id, "US", rnd.id, "supports", note=f"Note {i}")


def _sheet_rows(log):
    """Every sheet's header and rows exactly as our exporter produces them (materialised, for the bare writers)."""
    from mineralsdesk.documents.workbook import xlsx_cells
    from mineralsdesk.documents.workbook.xlsx_sheets import build_sheets
    from mineralsdesk.services import summary

    ids = summary.export_track_ids(log)
    sheets = build_sheets(log, "internal", ids, [p.code for p in log.parties.list()], date.today(), False)
    out = []
    for spec in sheets:
        rows = []
        for values in spec.rows():
            cells = [xlsx_cells.cell_text(v)[0] if isinstance(v, str) else v for v in values]
            if spec.keyed:
                cells.append(xlsx_cells.fingerprint(cells))
            rows.append(cells)
        out.append((spec.name, spec.headers, rows, spec.columns, spec.keyed))
    return out


def _format_chooser(wb):
    """Ours's per-workbook cell formats and its choice of one per column (font, wrap, editable tint, date and
    number formats, grey keys): a cell's style is part of the cell, so bare XlsxWriter writes the same ones."""
    from types import SimpleNamespace

    from mineralsdesk.documents.workbook.xlsx import _Formats, _SheetWriter

    chooser = SimpleNamespace(fmt=_Formats(wb))
    return lambda columns, keyed: ([_SheetWriter._column_format(chooser, col) for col in columns]
                                   + ([chooser.fmt.key] if keyed else []))


def child(job: str, db: str, out: str) -> None:
    from mineralsdesk.services.log import Log

    log = Log.open(db, readonly=job != "import")
    result: dict[str, float] = {}
    if job == "export":
        from mineralsdesk.documents.workbook.xlsx import export_xlsx

        base = _rss_mb()
        t = time.perf_counter()
        export_xlsx(log, out)
        result = {"seconds": time.perf_counter() - t, "peak_mb": _peak_mb() - base}
    elif job in ("xlsxwriter", "openpyxl"):
        sheets = _sheet_rows(log)
        t = time.perf_counter()
        (_bare_xlsxwriter if job == "xlsxwriter" else _bare_openpyxl)(sheets, out)
        result = {"seconds": time.perf_counter() - t}
    elif job == "import":
        from mineralsdesk.documents.workbook.xlsx_import import import_xlsx

        t = time.perf_counter()
        report = import_xlsx(log, out)
        result = {"seconds": time.perf_counter() - t, "changes": len(report.changes)}
    print(json.dumps(result))


def _plain(v):
    return datetime.combine(v, dtime()) if isinstance(v, date) and not isinstance(v, datetime) else v


def _bare_xlsxwriter(sheets, out: str) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(out, {"constant_memory": True, "strings_to_formulas": False,
                                   "strings_to_numbers": False, "strings_to_urls": False})
    column_formats = _format_chooser(wb)
    for name, headers, rows, columns, keyed in sheets:
        ws = wb.add_worksheet(name)
        for c, fmt in enumerate(column_formats(columns, keyed)):
            ws.set_column(c, c, 12, fmt)
        ws.write_row(0, 0, headers)
        for r, row in enumerate(rows, start=1):
            ws.write_row(r, 0, [_plain(v) for v in row])
    wb.close()


def _bare_openpyxl(sheets, out: str) -> None:
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    for name, headers, rows, _columns, _keyed in sheets:  # values only: slower than XlsxWriter even so
        ws = wb.create_sheet(name)
        ws.append(headers)
        for row in rows:
            ws.append(row)
    wb.save(out)


def _run(job: str, db: Path, out: Path) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", job, str(db), str(out)], capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _edit(path: Path, edits: int) -> None:
    import openpyxl

    wb = openpyxl.load_workbook(path)
    ws = wb["Clauses"]
    status = [c.value for c in ws[1]].index("Status") + 1
    for r in range(2, min(ws.max_row, edits + 1) + 1):
        ws.cell(r, status).value = "under negotiation"
    wb.save(path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", nargs=3, metavar=("JOB", "DB", "OUT"))
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--import-rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3, help="interleaved runs of each writer; the best counts")
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        peaks = {}
        for n in args.sizes:
            db = folder / f"bench{n}.mdesk"
            t = time.perf_counter()
            build_log(db, n)
            print(f"# built {n:,} clauses through the services in {time.perf_counter() - t:.1f} s", file=sys.stderr)
            # Interleaved, best of RUNS each: on this shared machine the same export of the same log takes
            # 4.0 s one run and 6.2 s the next, so one run each compared noise, not code.
            runs: dict[str, list[dict]] = {"export": [], "xlsxwriter": [], "openpyxl": []}
            for _ in range(args.runs):
                for job, tag in (("export", "ours"), ("xlsxwriter", "xw"), ("openpyxl", "op")):
                    runs[job].append(_run(job, db, folder / f"{tag}{n}.xlsx"))
            ours = min(r["seconds"] for r in runs["export"])
            xw = min(r["seconds"] for r in runs["xlsxwriter"])
            op = min(r["seconds"] for r in runs["openpyxl"])
            bare = min(xw, op)
            peaks[n] = max(r["peak_mb"] for r in runs["export"])
            print(f"# {n:,} rows, best of {args.runs}: ours {ours:.2f} s, xlsxwriter {xw:.2f} s, openpyxl write-only "
                  f"{op:.2f} s, file {(folder / f'ours{n}.xlsx').stat().st_size / 2**20:.1f} MB; every run: "
                  + ", ".join(f"{job} " + "/".join(f"{r['seconds']:.1f}" for r in rs) for job, rs in runs.items()),
                  file=sys.stderr)
            print(f"xlsx_export_{n}_seconds\t{ours:.2f}\t{bare:.2f}\t{ours / bare:.2f}")
            print(f"xlsx_export_{n}_peak_mb\t{peaks[n]:.1f}\t-\t-")
        if len(peaks) > 1:
            lo, hi = min(peaks), max(peaks)
            print(f"xlsx_export_memory_growth_{lo}_to_{hi}\t{peaks[hi]:.1f}\t{peaks[lo]:.1f}\t"
                  f"{peaks[hi] / max(peaks[lo], 0.1):.2f}")
        db = folder / "import.mdesk"
        build_log(db, args.import_rows)
        book = folder / "import.xlsx"
        _run("export", db, book)
        _edit(book, 1000)
        result = _run("import", db, book)
        print(f"xlsx_import_{args.import_rows}_rows_seconds\t{result['seconds']:.2f}\t-\t-")
        print(f"# import applied {int(result['changes'])} changes", file=sys.stderr)


if __name__ == "__main__":
    main()
