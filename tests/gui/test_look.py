"""Palette polish: sidebar icons drawn in the palette's text colours, so they stay visible on dark and selected rows."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPalette

from mineralsdesk.gui.actions import tinted_icon


def _ink(icon: QIcon, mode: QIcon.Mode) -> set[str]:
    """The colours of the icon's opaque pixels, to the nearest 8 levels (scaling rounds by one or two)."""
    image = icon.pixmap(20, 20, mode).toImage()
    found = set()
    for x in range(image.width()):
        for y in range(image.height()):
            colour = image.pixelColor(x, y)
            if colour.alpha() > 200:
                found.add(QColor(*(min(255, round(c / 8) * 8) for c in (colour.red(), colour.green(), colour.blue()))).name())
    return found


def _near(name: str) -> str:
    colour = QColor(name)
    return QColor(*(min(255, round(c / 8) * 8) for c in (colour.red(), colour.green(), colour.blue()))).name()


def test_icons_take_the_palette_text_colours(qapp):
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#e6e6e6"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    icon = tinted_icon("dashboard", palette)
    assert _ink(icon, QIcon.Mode.Normal) == {_near("#e6e6e6")}  # the grey of the SVG vanished on #2b2d30
    assert _ink(icon, QIcon.Mode.Selected) == {_near("#ffffff")}


def test_the_sidebar_retints_when_the_palette_changes(main_window):
    dark = QPalette(main_window.palette())
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e6e6e6"))
    main_window.setPalette(dark)  # what a switch of the system's colour scheme does to the window
    for row in range(main_window.sidebar.count()):
        assert _ink(main_window.sidebar.item(row).icon(), QIcon.Mode.Normal) == {_near("#e6e6e6")}
