"""Every screen and main dialog, at 1366x768 in each language (issue 22): no label, button, tab or header cut short
where the English one fits (widgets that elide on purpose are in ALLOWED, each with its reason); and under a
pseudo-translation every visible text of the app goes through tr (what is not is log content or data)."""

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
from screen_tour import MARK, SCREEN, TODAY, pseudo_catalogue, tour, widget_key

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
        # A layout that needs more room than it has overlaps its widgets (a window's own minimum width, once set
        # by hand, no longer follows its layout's).
        shown = window.current_page() if top is window else top
        if shown.minimumSizeHint().width() > shown.width() + SLACK:
            found[(screen, "<layout>")] = f"needs {shown.minimumSizeHint().width()} px, has {shown.width()}"
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


# The log's own content is shown as it is; so are numbers, dates, refs and symbols.
DATA = re.compile(r"[\W\d_]*|/.*|[\w.-]+\.\w{2,5}|[A-Z]{1,4}\d*[-./ ]?[\w.-]*|R\d+.*|\d{4}-\d\d-\d\d.*", re.UNICODE)
TAG = re.compile(r"<[^>]+>")
# (screen, widget key pattern): text that is not the app's and not the log's, with the reason.
NOT_OURS: dict[tuple[str, str], str] = {
    ("*", r"QStatusBar\[0\]/QLabel\[2\]"): "the last change's entity, field and source as the change log records them",
    ("*", r".*documentLanguage"): "each language by its own name, so every reader finds theirs (View > Language too)",
    ("*", r".*marking"): "the default marking in the document's language (the document's word, not the app's)",
}


def _texts(top: QWidget) -> list[tuple[str, str, str]]:
    """(widget key, what, text) for each visible text of `top`'s widgets."""
    from PySide6.QtWidgets import (
        QComboBox,
        QDialogButtonBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    found = []
    standard = set()
    for box in top.findChildren(QDialogButtonBox):
        standard |= {b for b in box.buttons() if box.standardButton(b) != QDialogButtonBox.StandardButton.NoButton}
    if top.isWindow() and top.windowTitle():
        found.append(("<window>", "title", top.windowTitle()))
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.window() is not top:
            continue
        key = widget_key(widget, top)
        if widget.toolTip():
            found.append((key, "tooltip", widget.toolTip()))
        if isinstance(widget, QLabel):
            found.append((key, "label", widget.text()))
        elif isinstance(widget, QAbstractButton) and widget not in standard:
            found.append((key, "button", widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((key, "group", widget.title()))
        elif isinstance(widget, QTabBar):
            found += [(key, "tab", widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            found.append((key, "placeholder", widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            found += [(key, "choice", widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal and widget.model():
            model = widget.model()
            found += [(key, "header", str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or ""))
                      for c in range(widget.count()) if not widget.isSectionHidden(c)]
    return [(k, what, text) for k, what, text in found if text]


def _log_words(log) -> str:
    import json

    from PySide6.QtCore import QLocale

    from mineralsdesk.documents.dump.jsondump import dump_document

    today = QLocale().toString(TODAY, QLocale.FormatType.LongFormat)  # the dashboard's date, as QLocale writes it
    return json.dumps(dump_document(log), ensure_ascii=False) + "\n" + today


def _sources() -> frozenset[str]:
    """Every message of the app's catalogue, as the English source (mnemonics dropped)."""
    import xml.etree.ElementTree as ET

    from mineralsdesk.i18n import TRANSLATIONS_DIR

    tree = ET.parse(TRANSLATIONS_DIR / "mineralsdesk_fr.ts")
    return frozenset((m.findtext("source") or "").replace("&", "") for m in tree.getroot().iter("message"))


def _ours_missing(text: str, corpus: str, sources: frozenset[str] = frozenset()) -> bool:
    """True when `text` carries no mark and is neither data nor the log's content (a message of the catalogue
    shown as its English source never counts as data, whatever the log's prose holds)."""
    if MARK in text:
        return False
    if text.replace("&", "").strip() in sources:
        return True
    for piece in re.split(r"[\n·—–|:()\[\]]+", TAG.sub("\n", text.replace("&nbsp;", " "))):
        piece = piece.replace("&", "").strip(" ,;.…")
        if not piece or DATA.fullmatch(piece) or piece in corpus:
            continue
        words = re.findall(r"\w+", piece)
        if len(words) <= 3 and all(re.search(rf"\b{re.escape(w)}\b", corpus) for w in words):
            continue  # a ref and a title, a track and a clause ref: "MOU Art. 5"
        return True
    return False


def test_every_visible_text_goes_through_tr(tour_window, module_forms, tmp_path):
    window, ctx = tour_window
    install_language("fr", extra_qm=pseudo_catalogue(tmp_path))
    QCoreApplication.processEvents()
    corpus, sources = _log_words(ctx.log), _sources()
    missing = []
    for screen, top in tour(window, ctx, module_forms):
        for key, what, text in _texts(top):
            if _ours_missing(text, corpus, sources) and not any(
                    s in (screen, "*") and re.fullmatch(p, key) for s, p in NOT_OURS):
                missing.append(f"{screen}/{key} {what}: {text[:80]!r}")
    assert missing == []


def test_the_tr_check_tells_the_apps_words_from_the_logs():
    corpus = '{"ref": "Art. 5", "track": "MOU", "title": "Mutual exemption"}'
    sources = frozenset({"Save as", "Tracks"})
    assert _ours_missing("Save &as", corpus, sources)  # a message of the catalogue left untranslated
    assert _ours_missing("Nothing to show here", corpus, sources)  # a string lupdate never saw
    assert not _ours_missing(MARK + "Tracks", corpus, sources)
    assert not _ours_missing("MOU Art. 5 — Mutual exemption", corpus, sources)
    assert not _ours_missing("2026-11-26 · 3 / 12", corpus, sources)
    assert not _ours_missing("/tmp/x/demo.mdesk", corpus, sources)
