"""Cold start, resident memory and start-up imports of the desktop app, each a process of its own.

Ours: `mineralsdesk --db LOG gui --exit-after-start` (exits once the main window has painted its first
screen, printing that moment on the monotonic clock: the start is from the launch to it, not to the
process's end, which the user never waits for and which until 2026-12-04 was counted too), starting on the Clauses table (the screen the user left it on, restored from the settings), as
the issue defines the measure; the start on the Dashboard (a new user's first screen) is reported too.
Bare: a PySide6 script that shows a QMainWindow with an empty QTableView and quits on its
first paint the same way. Target: ours at most 2.0x bare. Both run offscreen, five times each after a
warm-up, medians reported; the peak resident memory of the same runs is reported too. The first start
of a day also takes the day's automatic backup of the log; that start is reported on its own line.
`python -X importtime` shows whether reportlab, openpyxl or XlsxWriter are imported at start-up (they
must not be: they load when an export runs), nor the cipher build (sqlcipher3) on a plain log.

The same start on the encrypted copy of the log (its passphrase in $MINERALSDESK_PASSPHRASE, as a script gives
it; a user types it in the dialog) is measured beside the plain start, interleaved, with its memory; its key
derivation (PBKDF2, once per open) is part of it. Target: at most 1.3x the plain start.

    python benchmarks/bench_startup.py --size 100000
"""

from __future__ import annotations

import compileall
import shutil
import statistics
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import DATA_DIR, PYTHON, ROOT, emit, qt_env, run_child, size_arg
from benchmarks.generate import BENCH_PASSPHRASE, ensure_encrypted_log, ensure_log

RUNS = 5
PAINTED = "first paint at "
HEAVY = ("reportlab", "openpyxl", "xlsxwriter", "docx", "lxml", "sqlcipher3")

BARE = """
import sys
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication(sys.argv[:1])
window = QMainWindow()
table = QTableView()
window.setCentralWidget(table)
window.resize(1280, 800)
window.show()


def done():
    print(f"first paint at {time.monotonic():.6f}", flush=True)  # as the app's --exit-after-start says it
    app.quit()


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, done)
        return False


painted = FirstPaint(window)
table.installEventFilter(painted)
sys.exit(app.exec())
"""


def _env(tag: str, *, fresh: bool = False, page: str = "clauses") -> dict[str, str]:
    """A private settings and data folder per kind of run (fresh: as on a new day, no backup yet).

    `page` is the screen the app restores at start (the one it was left on), written to its settings file.
    """
    home = DATA_DIR / "startup-home" / tag
    if fresh and home.exists():
        shutil.rmtree(home)
    # With MINERALSDESK_DATA_DIR set the app keeps its settings in settings.ini there (Settings.for_user).
    settings = home / "data" / "settings.ini"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(f"[window]\npage={page}\n", encoding="utf-8")
    env = qt_env()
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["MINERALSDESK_DATA_DIR"] = str(home / "data")
    return env


def _to_first_paint(argv: list[str], env: dict[str, str]) -> tuple[float, int]:
    """(ms from the process's launch to its first paint, peak resident KiB). The program prints the moment of its
    first paint on the system-wide monotonic clock; the time it then takes to end (Python's and Qt's teardown of
    every object, which the user never waits for: the window is gone) is not part of the start."""
    launched = time.monotonic()
    _elapsed, rss, out, _err = run_child(argv, env)
    painted = [line for line in out.splitlines() if line.startswith(PAINTED)]
    if not painted:
        raise RuntimeError(f"{' '.join(argv)[:120]} did not say when it painted")
    return (float(painted[-1][len(PAINTED):]) - launched) * 1000, rss


def _ours(path: Path, env: dict[str, str]) -> tuple[float, int]:
    return _to_first_paint([PYTHON, "-m", "mineralsdesk", "--db", str(path), "gui", "--exit-after-start"], env)


def _bare(env: dict[str, str]) -> tuple[float, int]:
    return _to_first_paint([PYTHON, "-c", BARE], env)


def import_times(argv: list[str], env: dict[str, str]) -> dict[str, float]:
    """Each module a child imports, by name: its own import time in ms (`-X importtime`'s self column)."""
    _ms, _rss, _out, err = run_child([PYTHON, "-X", "importtime", *argv], env)
    found = {}
    for line in err.splitlines():
        if line.startswith("import time:") and "|" in line:
            self_us, _cumulative, name = line[len("import time:"):].split("|")
            if self_us.strip().isdigit():
                found[name.strip()] = int(self_us) / 1000
    return found


def heavy_imports(modules: dict[str, float]) -> list[str]:
    """Heavy packages the app imports before its first paint (should be none)."""
    return sorted({name.split(".")[0] for name in modules if name.split(".")[0] in HEAVY})


# Our modules' import time at start, by part of the app: each feature's share of the start-up.
PARTS = ("gui", "services", "store", "domain")


def import_shares(size: int, ours: dict[str, float], bare: dict[str, float]) -> None:
    """Report lines: every module's import time (ours / the bare window's), our package's, each part's, and
    the five largest of our modules (self time). Screens are imported with `__import__` (main_window.page),
    which -X importtime sees; `importlib.import_module` would hide them."""
    emit("start-up imports: every module, self time (ms)", size, sum(ours.values()), sum(bare.values()))
    own = {name: ms for name, ms in ours.items() if name.split(".")[0] == "mineralsdesk"}
    emit("start-up imports: mineralsdesk, self time (ms)", size, sum(own.values()), None)
    for part in PARTS:
        emit(f"start-up imports: mineralsdesk.{part} (ms)", size,
             sum(ms for name, ms in own.items() if name.split(".")[1:2] == [part]), None)
    largest = sorted(own.items(), key=lambda item: -item[1])[:5]
    text = ", ".join(f"{name.removeprefix('mineralsdesk.')} {ms:.1f}" for name, ms in largest)
    print(f"start-up imports: our largest (ms)\t{size}\t{text}\t-\t-", flush=True)


def encrypted_start(size: int, plain: Path) -> None:
    """The app's cold start on the encrypted copy of the log beside the same start on the plain log."""
    enc = ensure_encrypted_log(size)
    plain_env = _env(f"enc-plain-{size}", fresh=True)
    enc_env = {**_env(f"enc-{size}", fresh=True), "MINERALSDESK_PASSPHRASE": BENCH_PASSPHRASE}
    _ours(enc, enc_env)  # warm-up, each: the OS file cache, the day's backup
    _ours(plain, plain_env)
    e, p = [], []
    for _ in range(RUNS):
        e.append(_ours(enc, enc_env))
        p.append(_ours(plain, plain_env))
    emit("encrypted: cold start to first paint (ms)", size, statistics.median(x[0] for x in e),
         statistics.median(x[0] for x in p))
    emit("encrypted: resident memory at first paint (MB)", size, max(x[1] for x in e) / 1024,
         max(x[1] for x in p) / 1024)


def main() -> None:
    # Installed, the package has its bytecode (pip compiles it, as the packaged app ships it); a working
    # tree under PYTHONDONTWRITEBYTECODE would compile every module on every start instead.
    compileall.compile_dir(ROOT / "mineralsdesk", quiet=1)
    for size in size_arg():
        path = ensure_log(size)
        first_day, _ = _ours(path, _env(f"first-{size}", fresh=True))
        env = _env(f"warm-{size}", fresh=True)
        _ours(path, env)  # warm-up: the OS file cache, Qt's font cache, the day's backup
        _bare(env)
        ours, bare = [], []
        for _ in range(RUNS):
            ours.append(_ours(path, env))
            bare.append(_bare(env))
        ours_ms = statistics.median(o[0] for o in ours)
        bare_ms = statistics.median(b[0] for b in bare)
        emit("cold start to first paint (ms)", size, ours_ms, bare_ms)
        dashboard_env = _env(f"dashboard-{size}", page="dashboard")
        _ours(path, dashboard_env)
        dashboard = statistics.median(_ours(path, dashboard_env)[0] for _ in range(RUNS))
        emit("cold start on the dashboard (ms)", size, dashboard, bare_ms)
        emit("cold start, first of the day with automatic backup (ms)", size, first_day, bare_ms)
        emit("resident memory at first paint (MB)", size, max(o[1] for o in ours) / 1024, max(b[1] for b in bare) / 1024)
        modules = import_times(["-m", "mineralsdesk", "--db", str(path), "gui", "--exit-after-start"],
                               _env("importtime"))
        heavy = heavy_imports(modules)
        import_shares(size, modules, import_times(["-c", BARE], _env("importtime")))
        print(f"heavy modules imported at start-up\t{size}\t{', '.join(heavy) or 'none'}\t-\t-", flush=True)
        if "--no-encrypted" not in sys.argv:
            encrypted_start(size, path)


if __name__ == "__main__":
    main()
