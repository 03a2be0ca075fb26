"""Measure start-up: the packaged app beside the venv's `mineralsdesk`, to a painted first screen and out.

    .venv/bin/python packaging/startup.py [--runs 5] [--app packaging/dist/mineralsdesk/mineralsdesk]

Each run is `--db LOG gui --exit-after-start` offscreen, timed from spawn to exit. "cold" runs drop the
page cache first (root only: /proc/sys/vm/drop_caches), which is what a laptop sees after a reboot;
"warm" runs follow a discarded warm-up run. Also lists any export library imported by that start
(`python -X importtime`): reportlab, openpyxl, XlsxWriter and PIL must load only when first used.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LAZY = ("reportlab", "openpyxl", "xlsxwriter", "PIL", "mineralsdesk.documents.briefing.pdf", "mineralsdesk.documents.workbook.xlsx")
DROP_CACHES = Path("/proc/sys/vm/drop_caches")


def _env(data: Path) -> dict[str, str]:
    return {"PATH": "/usr/bin:/bin", "HOME": str(data), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
            "MINERALSDESK_DATA_DIR": str(data)}


def _drop_caches() -> bool:
    try:
        os.sync()
        DROP_CACHES.write_text("3\n")
    except OSError:
        return False
    return True


def _time(command: list[str], env: dict[str, str], cold: bool) -> float:
    if cold and not _drop_caches():
        raise SystemExit("cold runs need root (write access to /proc/sys/vm/drop_caches); use --warm-only")
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{command[0]} failed ({result.returncode}): {result.stderr.strip()[-500:]}")
    return elapsed


def _lazy_imports_at_start(log: Path, env: dict[str, str]) -> list[str]:
    command = [sys.executable, "-X", "importtime", "-m", "mineralsdesk", "--db", str(log), "gui",
               "--exit-after-start"]
    result = subprocess.run(command, env={**env, "PYTHONPATH": str(REPO)}, capture_output=True, text=True,
                            timeout=120)
    modules = [line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()
               if line.startswith("import time:")]
    return sorted({m for m in modules if m.startswith(LAZY)})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--app", type=Path, default=REPO / "packaging" / "dist" / "mineralsdesk" / "mineralsdesk")
    parser.add_argument("--warm-only", action="store_true")
    args = parser.parse_args()
    venv_cli = Path(sys.executable).parent / "mineralsdesk"
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        log = data / "demo.mdesk"
        env = _env(data)
        subprocess.run([str(venv_cli), "--db", str(log), "init", "--demo"], env=env, check=True,
                       capture_output=True)
        tail = ["--db", str(log), "gui", "--exit-after-start"]
        candidates = {"packaged": [str(args.app), *tail], "venv (make run)": [str(venv_cli), *tail]}
        kinds = ["warm"] if args.warm_only else ["cold", "warm"]
        print(f"start to first screen and exit, median of {args.runs} runs (min-max), seconds")
        for name, command in candidates.items():
            if not Path(command[0]).exists():
                print(f"{name:<16} missing: {command[0]}")
                continue
            cells = []
            for kind in kinds:
                if kind == "warm":
                    _time(command, env, cold=False)  # warm-up, discarded
                times = [_time(command, env, cold=kind == "cold") for _ in range(args.runs)]
                cells.append(f"{kind} {statistics.median(times):.2f} ({min(times):.2f}-{max(times):.2f})")
            print(f"{name:<16} " + "   ".join(cells))
        lazy = _lazy_imports_at_start(log, env)
        print("export libraries imported at start-up: " + (", ".join(lazy) if lazy else "none"))
    return 1 if lazy else 0


if __name__ == "__main__":
    sys.exit(main())
