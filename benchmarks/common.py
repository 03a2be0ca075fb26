"""Shared helpers of the benchmarks: paths, sizes, timing, peak memory and the result line format."""

from __future__ import annotations

import atexit
import gc
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "benchmarks"
DATA_DIR = BENCH_DIR / "data"
SIZES = (1_000, 10_000, 100_000)  # make bench; SIZES="1000 10000 100000 1000000" adds the million
SIZES_ENV = "MINERALSDESK_BENCH_SIZES"
PYTHON = sys.executable
# Opening a log takes the day's automatic backup: keep those (of 100 MB logs) out of the user's folders.
os.environ.setdefault("MINERALSDESK_DATA_DIR", str(DATA_DIR / "userdata"))


def size_arg(default: int = 100_000) -> list[int]:
    """The sizes asked for on the command line (`--size N`, repeatable), else the default."""
    sizes = [int(sys.argv[i + 1]) for i, a in enumerate(sys.argv[:-1]) if a == "--size"]
    return sizes or [default]


def emit(name: str, size: int | str, ours: float, bare: float | None) -> None:
    """One result line: name<TAB>size<TAB>ours<TAB>bare<TAB>ratio.

    The PDF and XLSX scripts print the same without the size column; the runner reads both.
    """
    if bare:
        print(f"{name}\t{size}\t{ours:.2f}\t{bare:.2f}\t{ours / bare:.2f}", flush=True)
    else:
        print(f"{name}\t{size}\t{ours:.2f}\t-\t-", flush=True)


def timed(fn: Callable[[], object]) -> float:
    """Milliseconds one call of fn takes (garbage collected first, so earlier work does not bill it)."""
    gc.collect()
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def median_ms(fn: Callable[[], object], runs: int = 5) -> float:
    return statistics.median(timed(fn) for _ in range(runs))


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


_KEPT_ANCHORS: dict[Path, bytes | None] = {}


def working_copy(path: Path, name: str) -> Path:
    """A private copy of a cached log for a measure that writes (the cache stays pristine).

    The copy is the same log (its id): writing to it moves the head anchor this computer keeps for that id
    (store/chainkey.py), after which the cached log would read as cut short. The anchor is put back as it was when
    the measuring process ends.
    """
    _keep_anchor(path)
    target = DATA_DIR / "work" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copyfile(path, target)
    os.chmod(target, 0o600)
    # The copy's pages are still dirty in the system's cache: the measure's first fsync (a commit's checkpoint)
    # would write the whole copy out, 0.3 s for the 862 MB log and 1.1 s for the 2.9 GB one with attachments,
    # which is the copying's cost, not the measure's. A user's log is not a file written a moment ago.
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    return target


def _keep_anchor(path: Path) -> None:
    import sqlite3

    from mineralsdesk import paths

    path = Path(path)
    plain = path.with_name(path.name.replace("-enc.mdesk", ".mdesk"))  # an encrypted copy keeps its log's id
    conn = sqlite3.connect(f"{(plain if plain.exists() else path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'log_id'").fetchone()
    except sqlite3.DatabaseError:  # an encrypted log: its meta is not readable without the key
        row = None
    finally:
        conn.close()
    if row is None:
        return
    anchor = paths.keys_dir() / f"{row[0]}.anchor"
    if anchor not in _KEPT_ANCHORS:
        if not _KEPT_ANCHORS:
            atexit.register(_restore_anchors)
        _KEPT_ANCHORS[anchor] = anchor.read_bytes() if anchor.exists() else None


def _restore_anchors() -> None:
    for anchor, data in _KEPT_ANCHORS.items():
        if data is None:
            anchor.unlink(missing_ok=True)
        else:
            anchor.write_bytes(data)


def run_child(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, int, str, str]:
    """Run a Python program to its end: (wall ms, peak resident KiB, stdout, stderr); raises on failure.

    `argv` is [PYTHON, "-m", module, ...] or [PYTHON, "-c", code, ...]; it runs under hwm.py, which
    records the program's own peak memory (VmHWM). Extra interpreter flags (-X importtime) go before -m/-c.
    """
    flags = argv[1:argv.index("-m") if "-m" in argv else argv.index("-c")]
    rest = argv[1 + len(flags):]
    # Files rather than pipes: a child writing more than a pipe holds (importtime) would block forever.
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err, \
            tempfile.NamedTemporaryFile("r", suffix=".hwm") as hwm:
        start = time.perf_counter()
        proc = subprocess.run([argv[0], *flags, str(BENCH_DIR / "hwm.py"), hwm.name, *rest], stdout=out,
                              stderr=err, env=env, text=True)
        elapsed = (time.perf_counter() - start) * 1000
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
        peak = int(Path(hwm.name).read_text() or 0)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)[:200]} exited {proc.returncode}: {stderr.strip()[-500:]}")
    return elapsed, peak, stdout, stderr


def qt_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env
