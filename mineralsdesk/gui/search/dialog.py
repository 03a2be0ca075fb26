"""Global search (Ctrl+K): full-text results with highlighted snippets as you type; Enter opens the item."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...errors import SearchSyntaxError
from ...i18n import QT_TRANSLATE_NOOP
from ...services.storage import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit
from ..common.errors import error_text
from ..common.paged_model import cell_value
from ..context import AppContext
from ..language import translate

KIND_LABELS = {"clause": QT_TRANSLATE_NOOP("SearchResultsModel", "Clause"),
               "round": QT_TRANSLATE_NOOP("SearchResultsModel", "Round"),
               "commitment": QT_TRANSLATE_NOOP("SearchResultsModel", "Commitment"),
               "position": QT_TRANSLATE_NOOP("SearchResultsModel", "Position"),
               "action": QT_TRANSLATE_NOOP("SearchResultsModel", "Action"),
               "track": QT_TRANSLATE_NOOP("SearchResultsModel", "Track"),
               "intervention": QT_TRANSLATE_NOOP("SearchResultsModel", "Intervention"),
               "comment": QT_TRANSLATE_NOOP("SearchResultsModel", "Comment")}
HitRole = Qt.ItemDataRole.UserRole + 1
HtmlRole = Qt.ItemDataRole.UserRole + 2
TYPING_PAUSE_MS = 150  # search once typing pauses, not on every key of a fast typist


def snippet_html(snippet: str) -> str:
    """The snippet escaped for rich text, with the matched words marked (the markers survive escaping)."""
    escaped = html.escape(snippet.replace("\n", " "))
    return escaped.replace(HIGHLIGHT_START, "<b style='background-color:#fde68a; color:#1a1a1a'>").replace(
        HIGHLIGHT_END, "</b>")


class SearchResultsModel(QAbstractListModel):
    """The hits of the last query, best first."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        kind = translate("SearchResultsModel", KIND_LABELS[hit.kind]) if hit.kind in KIND_LABELS else hit.kind.title()
        if role == Qt.ItemDataRole.DisplayRole:
            plain = hit.snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")
            return f"{kind}: {hit.title} — {plain}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{kind} {hit.title}"
        if role == HtmlRole:
            return (f"<i>{html.escape(kind)}</i> &nbsp;<b>{html.escape(hit.title)}</b>"
                    f"<br>{snippet_html(hit.snippet)}")
        if role == HitRole:
            return hit
        return None


class HtmlDelegate(QStyledItemDelegate):
    """Paints a result's title and snippet as rich text so matched words stand out."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(cell_value(index, HtmlRole) or "")
        doc.setTextWidth(max(option.rect.width() - 12, 100))
        return doc

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.left() + 6, option.rect.top() + 4)
        painter.setClipRect(QRectF(0, 0, option.rect.width() - 12, option.rect.height() - 4))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 8)


class SearchDialog(QDialog):
    """Type to search; Up/Down choose a result, Enter (or a double click) opens it in its screen."""

    chosen = Signal(str, str)  # kind, entity id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(translate("SearchDialog", "Find"))
        self.resize(720, 460)
        self.query = QLineEdit()
        self.query.setPlaceholderText(
            translate("SearchDialog", "Search clauses, rounds, positions, commitments…  (\"a phrase\", -word, OR, NEAR(a b))"))
        self.query.setClearButtonEnabled(True)
        self.query.setAccessibleName(translate("SearchDialog", "Search"))
        self.query.installEventFilter(self)
        self.message = QLabel()
        self.message.setStyleSheet("color: gray")
        # Search ranks the newest matches of a common word (quick in any log); this ranks every match.
        self.every_match = QCheckBox(translate("SearchDialog", "Rank every match, older ones too"))
        self.every_match.setToolTip(translate("SearchDialog", "A word found in more than 300 records is ranked among "
                                              "its newest matches; tick this to rank them all (slower in a large log)"))
        self.every_match.toggled.connect(lambda _on: self.search_now())
        self.model = SearchResultsModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setUniformItemSizes(False)
        self.results.setWordWrap(True)
        self.results.activated.connect(self._open)
        self.results.doubleClicked.connect(self._open)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.search_now)
        self.query.textChanged.connect(lambda _text: self.timer.start())
        self.query.returnPressed.connect(self.open_current)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.every_match)
        layout.addWidget(self.message)
        layout.addWidget(self.results)
        self.setTabOrder(self.query, self.results)

    def search_now(self) -> None:
        """Run the query in the box now (typing runs it after a short pause)."""
        self.timer.stop()
        text = self.query.text().strip()
        if not text:
            self.model.set_hits([])
            self.message.setText("")
            return
        try:
            hits = self.ctx.log.search(text, limit=50, every_match=self.every_match.isChecked())
        except SearchSyntaxError as error:
            self.model.set_hits([])
            self.message.setText(error_text(error))
            return
        self.model.set_hits(hits)
        if not hits:
            self.message.setText(translate("SearchDialog", "Nothing found"))
        elif len(hits) == 50:
            self.message.setText(translate("SearchDialog", "50 results (best 50)"))
        elif len(hits) == 1:
            self.message.setText(translate("SearchDialog", "1 result"))
        else:
            count = len(hits)
            self.message.setText(translate("SearchDialog", "{n} results").format(n=count))
        if hits:
            self.results.setCurrentIndex(self.model.index(0))

    def open_current(self) -> None:
        if self.timer.isActive():  # Enter pressed before the pause ended: search first, then open
            self.search_now()
        index = self.results.currentIndex()
        if index.isValid():
            self._open(index)

    def _open(self, index: QModelIndex) -> None:
        hit: SearchHit = cell_value(index, HitRole)
        self.accept()
        self.chosen.emit(hit.kind, hit.entity_id)

    def eventFilter(self, watched, event) -> bool:
        # Up and Down in the box move through the results, so the hands stay on the keyboard.
        if watched is self.query and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = min(max(self.results.currentIndex().row() + step, 0), self.model.rowCount() - 1)
                self.results.setCurrentIndex(self.model.index(row))
                return True
        return super().eventFilter(watched, event)
