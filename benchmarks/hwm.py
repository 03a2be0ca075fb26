"""Launcher that records the peak resident memory (VmHWM) of the program it runs, for run_child.

ru_maxrss of a child is useless here: Linux carries the parent's high-water mark across fork and exec,
so a child of a 120 MB benchmark never reports less than 120 MB. VmHWM belongs to the new program alone.

    python benchmarks/hwm.py OUT_FILE -m module args...   |   python benchmarks/hwm.py OUT_FILE -c CODE args...
"""

from __future__ import annotations

import atexit
import runpy
import sys
from pathlib import Path


def _record(out: Path) -> None:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            out.write_text(line.split()[1])  # KiB


def main() -> None:
    out, mode, target, *rest = sys.argv[1:]
    atexit.register(_record, Path(out))
    if mode == "-m":
        sys.argv = [target, *rest]
        runpy.run_module(target, run_name="__main__", alter_sys=True)
    else:
        sys.argv = ["-c", *rest]
        exec(compile(target, "<benchmark>", "exec"), {"__name__": "__main__"})


if __name__ == "__main__":
    main()
