"""The app's light palette is Qt's Fusion palette, made without asking the style (gui/app.py)."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QStyleFactory

from mineralsdesk.gui.app import apply_palette, fusion_light_palette

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
