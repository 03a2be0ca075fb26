"""The start paints its first screen before PySide6 makes classes that screen does not need (each class it makes
comes with its enums, ~0.2 ms per enum on this Python): see docs/performance.md."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mineralsdesk.services.demo import build_demo

ROOT = Path(__file__).resolve().parents[2]  # the child imports this tree's package (`-c` puts its cwd first)
# QProgressDialog: the idle lock's module imported it; QLibraryInfo: asked only for a language other than English.
NOT_MADE = ("QStyle", "QLCDNumber", "QMessageBox", "QFileDialog", "QProgressDialog", "QLibraryInfo")

AT_FIRST_PAINT = """
import builtins, sys
NOT_BEFORE_THE_FIRST_PAINT = {names!r}
real_print = builtins.print

def spy(*args, **kwargs):
    if args and isinstance(args[0], str) and args[0].startswith("first paint at"):
        from PySide6 import QtCore, QtGui, QtWidgets
        made = [name for name in NOT_BEFORE_THE_FIRST_PAINT
                if any(name in vars(module) for module in (QtCore, QtGui, QtWidgets))]
        app = QtWidgets.QApplication.instance()
        real_print("made:" + ",".join(made), "style:" + app.style().name().lower(), file=sys.stderr)
    return real_print(*args, **kwargs)

builtins.print = spy
from mineralsdesk.cli import main
sys.exit(main(["--db", sys.argv[1], "gui", "--exit-after-start"]))
"""


@pytest.mark.parametrize("page", ["clauses", "dashboard"])
def test_the_first_paint_comes_before_the_style_and_widget_classes_it_does_not_need(tmp_path: Path, page: str):
    """QStyle's classes (566 enum members), every QtWidgets class (what PySide6 makes to learn the class of a widget
    Qt made: QLCDNumber stands for them), message boxes and file dialogs cost the start ~15 ms; the first screen
    needs none of them, nor a progress dialog (2-4 ms) or Qt's library paths. The app is on Fusion all the same."""
    log = build_demo(tmp_path / "demo.mdesk")
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.ini").write_text(f"[window]\npage={page}\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", AT_FIRST_PAINT.format(names=NOT_MADE), str(log)], capture_output=True, text=True,
                            timeout=120, cwd=ROOT, env={"QT_QPA_PLATFORM": "offscreen", "MINERALSDESK_DATA_DIR": str(data),
                                                        "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert "made: style:fusion" in result.stderr, result.stderr
