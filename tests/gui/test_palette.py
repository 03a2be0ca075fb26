"""The app's light palette is Qt's Fusion palette, made without asking the style (gui/app.py), and the start does
not make PySide6 create classes the first screen does not need."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QStyleFactory

from mineralsdesk.gui.app import apply_palette, fusion_light_palette
from mineralsdesk.services.demo import build_demo

ROOT = Path(__file__).resolve().parents[2]  # the child imports this tree's package (`-c` puts its cwd first)
GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)
ROLES = [role for role in QPalette.ColorRole if role not in (QPalette.ColorRole.NoRole, QPalette.ColorRole.NColorRoles)]


def _colours(palette: QPalette) -> dict[tuple[str, str], str]:
    return {(group.name, role.name): palette.color(group, role).name(palette.color(group, role).NameFormat.HexArgb)
            for group in GROUPS for role in ROLES}


def test_the_written_out_light_palette_is_qts_fusion_palette_role_by_role(qapp):
    assert _colours(fusion_light_palette()) == _colours(QStyleFactory.create("Fusion").standardPalette())


def test_the_light_palette_is_the_apps_palette_after_apply_palette(qapp):
    from PySide6.QtCore import Qt

    before = qapp.palette()
    try:
        apply_palette(qapp, Qt.ColorScheme.Light)
        assert qapp.style().name().lower() == "fusion"
        assert _colours(qapp.palette()) == _colours(QStyleFactory.create("Fusion").standardPalette())
    finally:
        qapp.setPalette(before)


AT_FIRST_PAINT = """
import builtins, sys
real_print = builtins.print

def spy(*args, **kwargs):
    if args and isinstance(args[0], str) and args[0].startswith("first paint at"):
        from PySide6 import QtWidgets
        made = [name for name in ("QStyle", "QLCDNumber") if name in vars(QtWidgets)]
        app = QtWidgets.QApplication.instance()
        real_print("made:" + ",".join(made), "style:" + app.style().name().lower(), file=sys.stderr)
    return real_print(*args, **kwargs)

builtins.print = spy
from mineralsdesk.cli import main
sys.exit(main(["--db", sys.argv[1], "gui", "--exit-after-start"]))
"""


@pytest.mark.parametrize("page", ["clauses", "dashboard"])
def test_the_first_paint_comes_before_the_style_and_widget_classes_it_does_not_need(tmp_path: Path, page: str):
    """QStyle's classes (566 enum members) and every QtWidgets class (what PySide6 makes to learn the class of a
    widget Qt made) cost the start ~12 ms; the first screen needs neither. The app is on Fusion all the same."""
    log = build_demo(tmp_path / "demo.mdesk")
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.ini").write_text(f"[window]\npage={page}\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", AT_FIRST_PAINT, str(log)], capture_output=True, text=True,
                            timeout=120, cwd=ROOT, env={"QT_QPA_PLATFORM": "offscreen", "MINERALSDESK_DATA_DIR": str(data),
                                                        "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert "made: style:fusion" in result.stderr, result.stderr
