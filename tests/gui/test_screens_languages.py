"""Every screen and main dialog, at 1366x768 in each language (issue 22): no label, button, tab or header cut short
where the English one fits (widgets that elide on purpose are in ALLOWED, each with its reason); and under a
pseudo-translation every visible text of the app goes through tr (what is not is log content or data).

The tour includes each screen with a record selected, the forms that need one, and the Excel and Word import
previews with a real file read. Table cells count too: every column of every table in the tour is listed in CELLS,
as the app's own words ("ours": fixed lists, dates, due phrases; never cut where the English fits, always
translated) or as the log's content ("log", with the reason it is not checked); a column listed nowhere fails."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QToolButton,
    QTreeView,
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


# The cells of each table in the tour: view key pattern -> "ours": {column: what} (the app's own words: fixed lists,
# due phrases; checked for cut text and for tr) and "log": {column: why it is not checked}.
PAGE = r"QSplitter\[0\]/QStackedWidget\[0\]/page_"
CELLS: dict[str, dict[str, dict[int, str]]] = {
    r"QSplitter\[0\]/sidebar": {"ours": {0: "screen names"}},
    PAGE + r"tracks/.*QTableView\[0\]": {
        "ours": {4: "target date", 5: "days left or past, concluded", 6: "count", 7: "count"},
        "log": {0: "ref", 1: "title", 2: "kind as typed", 3: "party codes"}},
    PAGE + r"rounds/QSplitter\[0\]/QTableView\[0\]": {
        "ours": {1: "number", 2: "date", 4: "count"}, "log": {0: "track ref", 3: "place"}},
    PAGE + r"rounds/.*/QWidget\[0\]/QTableView\[0\]": {
        "ours": {0: "done mark", 3: "due date"}, "log": {1: "owner code", 2: "the action's text"}},
    r".*AttachmentsPanel\[0\]/QTableWidget\[0\]": {
        "ours": {1: "size", 2: "audience", 3: "searchable or not"}, "log": {0: "file name"}},
    r".*comments_tree": {"ours": {2: "when"}, "log": {0: "the comment", 1: "author"}},
    PAGE + r"clauses/.*QTableView\[0\]": {
        "ours": {3: "topic", 4: "status", 6: "count", 7: "count", 8: "round"},
        "log": {0: "track ref", 1: "clause ref", 2: "title", 5: "minerals as typed"}},
    r".*versions_table": {"ours": {0: "number", 1: "round", 2: "date"}, "log": {3: "party code", 4: "wording"}},
    r".*brackets_table": {
        "ours": {4: "round", 5: "round or open"}, "log": {0: "wording", 1: "party", 2: "parties", 3: "parties"}},
    PAGE + r"positions/QTableView\[0\]": {
        "ours": dict.fromkeys(range(3, 12), "stance"), "log": {0: "track ref", 1: "clause ref", 2: "clause title"}},
    PAGE + r"commitments/.*QWidget\[0\]/QTableWidget\[0\]": {
        "ours": {1: "score", 2: "kind", 3: "date", 4: "audience"}, "log": {0: "party code", 5: "evidence"}},
    PAGE + r"commitments/.*QTableView\[0\]": {
        "ours": {0: "due date", 1: "'N days after' the anchor", 5: "source kind and its record", 6: "state",
                 7: "scores"},
        "log": {2: "owner code", 3: "the commitment's text", 4: "track ref"}},
    PAGE + r"changelog/QTableView\[0\]": {
        "ours": {0: "when"},
        "log": {1: "who", 2: "record as the change log names it", 3: "field name as stored", 4: "stored values",
                5: "source as recorded"}},
    PAGE + r"minutes/minutes_table": {
        "ours": {0: "number", 4: "signal"}, "log": {1: "time as typed", 2: "clause ref", 3: "party", 5: "what was said"}},
    PAGE + r"topics/.*TrackColumn\[\d+\]/QTableView\[0\]": {"ours": dict.fromkeys(range(8), "stance")},
    PAGE + r"scorecard/QTableView\[0\]": {"ours": dict.fromkeys(range(8), "round, counts, moves")},
    PAGE + r"conflicts/QSplitter\[0\]/QTableView\[0\]": {
        "ours": {1: "field"}, "log": {0: "record", 2: "stored value", 3: "stored value", 4: "stored value"}},
    r"QListWidget\[0\]": {"log": {0: "track ref and title"}},
    r"import_conflicts": {"ours": {0: "what the workbook asked that was not done"}},
    r"import_changes": {"ours": {1: "field"}, "log": {0: "record", 2: "stored value", 3: "the workbook's value"}},
    r"backups": {"ours": {0: "when", 1: "why", 2: "size"}, "log": {3: "file name"}},
    r"QSplitter\[0\]/draft_articles": {
        "ours": {2: "kind of change", 3: "what it becomes"}, "log": {0: "article as in the file", 1: "clause"}},
    r"draft_authors": {"log": {0: "Word author", 1: "party code"}},
    r"roster_table": {"log": {0: "initials", 1: "name", 2: "role", 3: "active"}},
    r"QListView\[0\]": {"log": {0: "search hits: the log's text"}},
    r"apply_list": {"ours": {0: "what applying a minute changes"}},
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
MAX_ROWS = 80  # the rows of a table a 768-pixel screen can show


def _columns(view: QAbstractItemView) -> int:
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header() if isinstance(view, QTreeView) else None
    return header.count() if header is not None else 1


def _hidden(view: QAbstractItemView, column: int) -> bool:
    if isinstance(view, QTableView):
        return view.isColumnHidden(column) or view.columnWidth(column) == 0
    if isinstance(view, QTreeView):
        return view.isColumnHidden(column) or view.columnWidth(column) == 0
    return False


def cells(view: QAbstractItemView) -> Iterator[tuple[int, str, int, int]]:
    """(column, text, width needed, width shown) for each cell of `view` in sight (top-level rows)."""
    model = view.model()
    if model is None:
        return
    room = view.viewport().rect()
    option = QStyleOptionViewItem()
    option.font = view.font()
    option.fontMetrics = view.fontMetrics()
    option.decorationSize = view.iconSize() if view.iconSize().isValid() else QSize(16, 16)
    for row in range(min(model.rowCount(), MAX_ROWS)):
        for column in range(_columns(view)):
            if _hidden(view, column):
                continue
            index = model.index(row, column)
            rect = view.visualRect(index)
            if not rect.isValid() or not rect.intersects(room):
                continue
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if text is None or text == "":
                continue
            need = view.itemDelegateForIndex(index).sizeHint(option, index).width()
            yield column, str(text), need, rect.width()


def _views(top: QWidget) -> Iterator[tuple[str, QAbstractItemView]]:
    for view in top.findChildren(QAbstractItemView):
        if not isinstance(view, QHeaderView) and view.isVisibleTo(top) and view.window() is top and view.model():
            yield widget_key(view, top), view


UNLISTED = "column not in CELLS"


def _column_kind(key: str, column: int) -> str | None:
    """"ours" or "log" for a column of the view at `key` (CELLS), None when the column is not listed."""
    for pattern, columns in CELLS.items():
        if re.fullmatch(pattern, key):
            ours = columns.get("ours", {})
            if column in ours:
                return "ours"
            if column in columns.get("log", {}):
                return "log"
    return None


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
        for key, view in _views(top):
            for column, text, need, shown in cells(view):
                kind = _column_kind(key, column)
                if kind is None:
                    found[(screen, f"{key}#{column}")] = f"{UNLISTED}: {text!r}"
                elif kind == "ours" and need > shown + SLACK and (screen, f"{key}#{column}") not in found:
                    found[(screen, f"{key}#{column}")] = f"{text} {need}>{shown}"
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
    new = {k: v for k, v in cuts.items()
           if (k not in english_cuts or v.startswith(UNLISTED)) and not _allowed(*k)}
    report = [f"{screen}/{key}/{text!r} in {lang}" for (screen, key), text in sorted(new.items())]
    assert report == [], "\n".join(report)


# The log's own content is shown as it is; so are numbers, dates, refs and symbols.
DATA = re.compile(r"[\W\d_]*|(?:[A-Z]{1,4}\s*[+−-]?\d+\s*)+|/.*|[\w.-]+\.\w{2,5}|[A-Z]{1,4}\d*[-./ ]?[\w.-]*|R\d+.*|\d{4}-\d\d-\d\d.*", re.UNICODE)
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

    locale = QLocale()
    today = locale.toString(TODAY, QLocale.FormatType.LongFormat)  # the dashboard's date, as QLocale writes it
    names = [name(i, form) for name in (locale.monthName, locale.dayName) for i in range(1, 13 if name == locale.monthName else 8)
             for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)]  # dates in the app's language
    return json.dumps(dump_document(log), ensure_ascii=False) + "\n" + today + "\n" + " ".join(names)


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


@pytest.fixture
def pseudo_i18n(tmp_path, monkeypatch):
    """The pseudo catalogue for Qt's tr and for i18n.translate alike (deadline phrases, modal warnings and the
    other words the services write in a given language), as "fr"."""
    from mineralsdesk import i18n

    qm = pseudo_catalogue(tmp_path)
    real = i18n.catalogue_path
    monkeypatch.setattr(i18n, "catalogue_path", lambda lang: tmp_path / "pseudo.ts" if lang == "fr" else real(lang))
    i18n.catalogue.cache_clear()
    yield qm
    i18n.catalogue.cache_clear()


def test_every_visible_text_goes_through_tr(tour_window, module_forms, pseudo_i18n):
    window, ctx = tour_window
    install_language("fr", extra_qm=pseudo_i18n)
    QCoreApplication.processEvents()
    corpus, sources = _log_words(ctx.log), _sources()
    missing = []
    for screen, top in tour(window, ctx, module_forms):
        for key, what, text in _texts(top):
            if _ours_missing(text, corpus, sources) and not any(
                    s in (screen, "*") and re.fullmatch(p, key) for s, p in NOT_OURS):
                missing.append(f"{screen}/{key} {what}: {text[:80]!r}")
        for key, view in _views(top):  # the app's words in table cells (CELLS "ours")
            for column, text in _cell_texts(view):
                if _column_kind(key, column) == "ours" and _ours_missing(text, corpus, sources):
                    missing.append(f"{screen}/{key}#{column} cell: {text[:80]!r}")
    assert not missing, "\n".join(sorted(set(missing)))


def _cell_texts(view) -> Iterator[tuple[int, str]]:
    model = view.model()
    for row in range(min(model.rowCount(), MAX_ROWS)):
        for column in range(_columns(view)):
            if not _hidden(view, column):
                text = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
                if text not in (None, ""):
                    yield column, str(text)


def test_the_tr_check_tells_the_apps_words_from_the_logs():
    corpus = '{"ref": "Art. 5", "track": "MOU", "title": "Mutual exemption"}'
    sources = frozenset({"Save as", "Tracks"})
    assert _ours_missing("Save &as", corpus, sources)  # a message of the catalogue left untranslated
    assert _ours_missing("Nothing to show here", corpus, sources)  # a string lupdate never saw
    assert not _ours_missing(MARK + "Tracks", corpus, sources)
    assert not _ours_missing("MOU Art. 5 — Mutual exemption", corpus, sources)
    assert not _ours_missing("2026-11-26 · 3 / 12", corpus, sources)
    assert not _ours_missing("/tmp/x/demo.mdesk", corpus, sources)
    assert not _ours_missing("EU −1  US −1", corpus, sources)  # scores per party
