"""Palette polish: sidebar icons drawn in the palette's text colours, so they stay visible on dark and selected rows."""

from __future__ import annotations

import gc

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette, QPixmap

from mineralsdesk.assets import icon_path
from mineralsdesk.gui.actions import TintedIconEngine, tinted_icon


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
    assert _ink(icon, QIcon.Mode.Active) == {_near("#ffffff")}  # a menu's highlighted item (View > the screens)


def test_the_sidebar_retints_when_the_palette_changes(main_window):
    main_window.sidebar.grab()  # drawn (and kept) in the first palette's colours
    dark = QPalette(main_window.palette())
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e6e6e6"))
    main_window.setPalette(dark)  # what a switch of the system's colour scheme does to the window
    for row in range(main_window.sidebar.count()):
        assert _ink(main_window.sidebar.item(row).icon(), QIcon.Mode.Normal) == {_near("#e6e6e6")}
    # View > the screens show the same icons, retinted with them (the SVGs' own grey vanished on the dark palette).
    for action in main_window.actions.pages.values():
        assert _ink(action.icon(), QIcon.Mode.Normal) == {_near("#e6e6e6")}


def test_disabled_icons_take_the_palettes_dimmed_text_colour(qapp):
    palette = QPalette()
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#7a7a7a"))
    assert _ink(tinted_icon("dashboard", palette), QIcon.Mode.Disabled) == {_near("#7a7a7a")}


def test_icons_are_sharp_at_200_percent(qapp):
    """At a device pixel ratio of 2 the icon is drawn at 40x40 device pixels, where the SVG itself draws
    (not a 20 px drawing scaled up, nor one filling a corner of the pixmap)."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#e6e6e6"))
    pixmap = tinted_icon("dashboard", palette).pixmap(QSize(20, 20), 2.0)
    assert (pixmap.width(), pixmap.height(), pixmap.devicePixelRatio()) == (40, 40, 2.0)
    svg = QIcon(str(icon_path("dashboard"))).pixmap(QSize(20, 20), 2.0).toImage()
    image = pixmap.toImage()
    assert [[image.pixelColor(x, y).alpha() for x in range(40)] for y in range(40)] == \
           [[svg.pixelColor(x, y).alpha() for x in range(40)] for y in range(40)]
    assert {image.pixelColor(x, y).name() for x in range(40) for y in range(40)
            if image.pixelColor(x, y).alpha() > 200} == {"#e6e6e6"}
    # Painted (as the sidebar draws it) onto a 200 % surface: the same 40 px drawing
    surface = QImage(80, 80, QImage.Format.Format_ARGB32_Premultiplied)
    surface.setDevicePixelRatio(2.0)
    surface.fill(QColor(0, 0, 0, 0))
    painter = QPainter(surface)
    tinted_icon("dashboard", palette).paint(painter, QRect(0, 0, 20, 20))
    painter.end()
    assert surface.copy(0, 0, 40, 40).convertToFormat(image.format()) == image.copy()


def test_icons_are_drawn_when_painted_not_when_made(ctx, qtbot):
    """The main window's construction draws no icon; its first paint draws the sidebar's 11 once each, at the
    one size and scale shown (the current page's icon Selected, the others Normal), and a repaint none."""
    from mineralsdesk.gui.main_window import MainWindow

    before = TintedIconEngine.renders
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert TintedIconEngine.renders == before
    window.sidebar.grab()
    assert TintedIconEngine.renders - before == window.sidebar.count() == 11
    window.sidebar.grab()
    assert TintedIconEngine.renders - before == 11


def test_a_changed_copy_of_an_icon_keeps_both_drawings(qapp):
    """Changing a copy makes Qt clone the engine; the clone must outlive the Python code that returned it."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#e6e6e6"))
    icon = tinted_icon("dashboard", palette)
    copy = QIcon(icon)
    copy.addPixmap(QPixmap(8, 8))  # detaches: TintedIconEngine.clone
    gc.collect()
    assert _ink(copy, QIcon.Mode.Normal) == _ink(icon, QIcon.Mode.Normal) == {_near("#e6e6e6")}
    del copy
    gc.collect()
    assert _ink(icon, QIcon.Mode.Normal) == {_near("#e6e6e6")}
