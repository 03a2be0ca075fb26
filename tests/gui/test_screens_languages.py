"""Every screen and main dialog, at 1366x768 in each language: no label, button, tab or header cut short where
the English one fits (issue 22). Widgets that elide on purpose are in ALLOWED, each with its reason."""

from __future__ import annotations

import re
import shutil

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QTabBar,
    QToolButton,
    QWidget,
)
from screen_tour import SCREEN, TODAY, tour, widget_key

from mineralsdesk.gui.context import AppContext
from mineralsdesk.gui.language import install_language
from mineralsdesk.gui.settings import Settings
from mineralsdesk.services.log import Log

LANGS = ("fr", "de", "es", "ja")
SLACK = 2  # pixels: rounding between a font's advance and the width a layout hands out
RICH = re.compile(r"<[a-zA-Z/]")

# (screen, widget key pattern): why it may elide in any language.
ALLOWED: dict[tuple[str, str], str] = {
}


def _allowed(screen: str, key: str) -> bool:
    return any(s in (screen, "*") and re.fullmatch(pattern, key) for s, pattern in ALLOWED)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _cut(widget: QWidget) -> list[str]:
    """What of `widget` is shown narrower than its text needs (one entry per cut text)."""
    cut = []
    fm = widget.fontMetrics()
    if isinstance(widget, QLabel):
        text = _plain(widget.text()) if widget.buddy() else widget.text()
        if text and not widget.wordWrap() and widget.textFormat() != Qt.TextFormat.RichText and not RICH.search(text):
            need = max(fm.horizontalAdvance(line) for line in text.split("\n")) + 2 * widget.margin() + max(widget.indent(), 0)
            if need > widget.contentsRect().width() + SLACK:
                cut.append(f"{text} {need}>{widget.contentsRect().width()}")
        elif text and widget.sizeHint().width() > widget.width() + SLACK and not widget.wordWrap():
            cut.append(text)
        if "…" in text and widget.toolTip() and "…" not in widget.toolTip():
            cut.append(text)  # elided by code: the full text sits in the tooltip
    elif isinstance(widget, (QPushButton, QToolButton, QCheckBox, QRadioButton)):
        if widget.text() and widget.sizeHint().width() > widget.width() + SLACK:
            cut.append(_plain(widget.text()))
    elif isinstance(widget, QGroupBox):
        if widget.title() and fm.horizontalAdvance(_plain(widget.title())) + 16 > widget.width() + SLACK:
            cut.append(_plain(widget.title()))
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            if widget.isTabVisible(i) and widget.tabRect(i).width() + SLACK < widget.tabSizeHint(i).width():
                cut.append(_plain(widget.tabText(i)))
    elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal and widget.model():
        model = widget.model()
        margin = 2 * widget.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, widget)
        for section in range(widget.count()):
            if widget.isSectionHidden(section) or widget.sectionSize(section) == 0:
                continue
            text = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            if not text:
                continue
            need = max(fm.horizontalAdvance(line) for line in str(text).split("\n")) + margin
            if need > widget.sectionSize(section) + SLACK:
                cut.append(f"{text} {need}>{widget.sectionSize(section)} {widget.sectionResizeMode(section)}")
    return cut


TYPES = (QLabel, QAbstractButton, QGroupBox, QTabBar, QHeaderView)


def survey(window, ctx, forms) -> dict[tuple[str, str], str]:
    """(screen, widget key) -> the text shown cut, over the whole tour; plus a top-level too big for the screen."""
    found: dict[tuple[str, str], str] = {}
    for screen, top in tour(window, ctx, forms):
        if top.width() > SCREEN[0] or top.height() > SCREEN[1]:
            found[(screen, "<window>")] = f"{top.width()}x{top.height()}"
        for widget in top.findChildren(QWidget):
            if not isinstance(widget, TYPES) or not widget.isVisibleTo(top) or widget.window() is not top:
                continue
            for text in _cut(widget):
                found[(screen, widget_key(widget, top))] = text
    return found


@pytest.fixture(scope="module")
def tour_window(qapp, demo_master, tmp_path_factory):
    """One main window on a copy of the demo log for the whole module: each language is installed in turn."""
    from mineralsdesk.gui.main_window import MainWindow

    folder = tmp_path_factory.mktemp("fit")
    shutil.copyfile(demo_master, folder / "demo.mdesk")
    ctx = AppContext(Log.open(folder / "demo.mdesk"), today=TODAY, settings=Settings.in_file(folder / "s.ini"))
    window = MainWindow(ctx)
    window.show()
    yield window, ctx
    install_language("en")
    QCoreApplication.processEvents()
    window.close()
    window.deleteLater()
    QCoreApplication.processEvents()
    ctx.log.close()


@pytest.fixture(scope="module")
def english_cuts(tour_window, module_forms):
    window, ctx = tour_window
    install_language("en")
    QCoreApplication.processEvents()
    return survey(window, ctx, module_forms)


@pytest.fixture(scope="module")
def module_forms():
    from mineralsdesk.gui.common.form_base import FormDialog

    opened: list = []
    mp = pytest.MonkeyPatch()
    mp.setattr(FormDialog, "exec", lambda self: opened.append(self) or 0)
    yield opened
    mp.undo()


@pytest.mark.parametrize("lang", LANGS)
def test_no_text_is_cut_where_the_english_fits(tour_window, english_cuts, module_forms, lang):
    window, ctx = tour_window
    install_language(lang)
    QCoreApplication.processEvents()
    cuts = survey(window, ctx, module_forms)
    new = {k: v for k, v in cuts.items() if k not in english_cuts and not _allowed(*k)}
    report = [f"{screen}/{key}/{text!r} in {lang}" for (screen, key), text in sorted(new.items())]
    assert report == []
