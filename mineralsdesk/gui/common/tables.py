"""Column widths for every table: each column as wide as its content (within a cap), the main text column stretches."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QHeaderView, QTableView, QWidget

PADDING = 10  # the cell's margins, so content-sized text is not elided by a pixel
DEFAULT_CAP = 240  # no secondary column takes more than this: long values elide (tooltips show them whole)
MAIN_SHARE = 0.3  # the stretching column keeps at least this share of the width, the others shrink for it
MIN_MAIN = 200
# Rows measured for a column's width: Qt measures the rows in view once a table is shown, but before (the window's
# first paint) every row up to the header's precision, 1,000 by default: five pages fetched and ~62,000 cells asked
# for on a 100k log's Clauses table, most of the start-up. About the rows a first screen shows (24 in an 800-pixel
# window, ~35 full screen at 1080): each row measured costs the first paint ~1.5 ms on the Clauses table.
ROWS_MEASURED = 30


def known_viewport(view: QAbstractScrollArea) -> QWidget:
    """`view`'s viewport, made here in place of the one Qt made (call it once, before the view is shown).

    The first time Python is handed a widget Qt made, PySide6 finds its class by testing it against every QWidget
    subclass of QtWidgets, creating each of those classes and their enums on the way (the wizard, the LCD number, the
    MDI area...): ~9 ms, once per process, which the window's first paint paid for the Clauses table's viewport. A
    viewport made in Python is known from the start. It is set up as Qt sets up its own (name, Base background,
    filled); the view then sets it up as a viewport (focus proxy, event filter, item view attributes).
    """
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    view.setViewport(viewport)
    return viewport


def content_width(table: QTableView, column: int) -> int:
    """`table.sizeHintForColumn(column)`, with the delegate asked once per distinct cell while the table is hidden.

    Qt asks the delegate for each row it measures, and the delegate asks the model for seven roles of each: ~45 us a
    cell, 11 ms of the Clauses screen's construction for its 8 columns by 30 rows before the window's first paint.
    Most columns repeat a few values (a track, a status, a round, a count), and in every table fitted here a cell's
    width depends only on its column, text and font (no icons, check boxes or size hints:
    paged_model.UNANSWERED_ROLES). So each distinct (text, font) is measured once, on the rows Qt measures: hidden,
    the first `resizeContentsPrecision()` rows in view order from the top row shown (all of them when it is 0 or
    less). A table on screen is measured by Qt (its rows in view come first there).
    """
    if table.isVisible():
        return table.sizeHintForColumn(column)
    table.ensurePolished()  # as Qt does first: the style's polish may change what is measured
    model, header = table.model(), table.verticalHeader()
    limit = table.horizontalHeader().resizeContentsPrecision()
    rows: list[int] = []
    for visual in range(max(0, header.visualIndexAt(0)), model.rowCount()):
        row = header.logicalIndex(visual)
        if not header.isSectionHidden(row):
            rows.append(row)
            if len(rows) == limit:
                break
    cells = getattr(model, "measured_cells", lambda _rows, _column: None)(rows, column)  # our models: no indexes
    if cells is None:
        display, font_role = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole
        cells = [(model.index(row, column).data(display), model.index(row, column).data(font_role)) for row in rows]
    hint, seen = 0, set()
    for row, (text, font) in zip(rows, cells, strict=True):
        cell = (text, None if font is None else font.key())
        if cell not in seen:
            seen.add(cell)
            hint = max(hint, table.sizeHintForIndex(model.index(row, column)).width())
    return hint + 1 if table.showGrid() else hint


class ColumnFitter(QObject):
    """Sizes `table`'s columns to their content now, after every reload and on resizes, until the user
    resizes one by hand.

    `main` is the column of the main text (a commitment, an action, a change): it takes the room the others
    leave, and at least MAIN_SHARE of it: when the others want more, the widest give way first (never below
    their header); in a pane too narrow even then, the main column keeps `min_main` (MIN_MAIN unless a table whose
    main column holds short values, such as a place, asks for less) and the table scrolls. `caps` maps a column to its most width in pixels (DEFAULT_CAP otherwise); the columns in `whole` (short words
    of the app's own, such as a round and its date) never give way below their content, whatever the language's header. Only the rows in
    view are measured (QTableView.sizeHintForColumn), and at most ROWS_MEASURED before the table is first shown, so
    a table of 100,000 rows costs what one screen costs.
    """

    def __init__(self, table: QTableView, main: int, caps: dict[int, int] | None = None, reloaded=None,
                 whole: frozenset[int] = frozenset(), min_main: int = MIN_MAIN):
        super().__init__(table)
        self.table, self.main, self.caps, self.whole = table, main, caps or {}, whole
        self.min_main = min_main
        self.user_resized = False
        self._fitting = False
        self._wanted: dict[int, int] = {}
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # main too: it is sized in _apply
        header.setResizeContentsPrecision(ROWS_MEASURED)
        header.sectionResized.connect(self._resized)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        known_viewport(table).installEventFilter(self)  # its width is the room, and it is resized last
        if reloaded is not None:
            reloaded.connect(self.fit)
        self.fit()

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting:
            self.user_resized = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self._wanted:
            self._apply()
        return False

    def fit(self) -> None:
        """Measure the content and apply (nothing once the user has set widths by hand or restored saved ones)."""
        if self.user_resized or self.table.model() is None:
            return
        table, header = self.table, self.table.horizontalHeader()
        self._wanted = {}
        for column in range(table.model().columnCount()):
            if column != self.main and not header.isSectionHidden(column):
                content = max(content_width(table, column), header.sectionSizeHint(column)) + PADDING
                self._wanted[column] = min(content, self.caps.get(column, DEFAULT_CAP))
        self._apply()

    def _apply(self) -> None:
        if self.user_resized:
            return
        header = self.table.horizontalHeader()
        widths = dict(self._wanted)
        room = self.table.viewport().width()
        if room > 2 * MIN_MAIN:  # not yet laid out (a hidden table is ~100 px wide): wait for its resize
            spare = room - max(self.min_main, int(room * MAIN_SHARE)) - sum(widths.values())
            floors = {c: w if c in self.whole else min(w, header.sectionSizeHint(c)) for c, w in widths.items()}
            while spare < 0:  # the widest columns give way first, one pixel row at a time down to their header
                widest = max((c for c in widths if widths[c] > floors[c]), key=lambda c: widths[c], default=None)
                if widest is None:
                    break
                step = min(widths[widest] - floors[widest], -spare, 8)
                widths[widest] -= step
                spare += step
        self._fitting = True
        try:
            for column, width in widths.items():
                header.resizeSection(column, width)
            # The rest, and never less than min_main: a narrow pane scrolls sideways rather than hide the text.
            header.resizeSection(self.main, max(self.min_main, room - sum(widths.values()) - 2))
        finally:
            self._fitting = False


def fit_columns(table: QTableView, main: int, caps: dict[int, int] | None = None, reloaded=None,
                whole: frozenset[int] = frozenset(), min_main: int = MIN_MAIN) -> ColumnFitter:
    """Size `table`'s columns by content and let `main` stretch (the fitter is a child of the table)."""
    return ColumnFitter(table, main, caps, reloaded, whole, min_main)
