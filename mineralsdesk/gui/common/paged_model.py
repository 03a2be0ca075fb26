"""A reusable table model over SQL-paged rows: lazy fetch, sorting and filtering done by the query, not a proxy.

Why not QSortFilterProxyModel: on 100,000 rows it calls data() for every comparison (~17 s to sort);
asking the services for rows already sorted and filtered takes 80-150 ms.

How to use it (a subclass supplies three things):

    class ClauseTableModel(PagedTableModel):
        columns = (Column("ref", "Ref"), Column("title", "Title"), Column("versions", "Versions", Qt.AlignRight))
        watches = frozenset({"clauses", "clause_versions", "brackets"})   # Changed.entities that trigger reload

        def fetch(self, offset, limit):          # one services call; uses self.filters / sort_key / descending
            return self.ctx.log.read.clause_rows(sort=self.sort_key or "ref", descending=self.descending,
                                            limit=limit, offset=offset, **self.filters)

        def cell(self, row, column, role):       # what data() returns for one cell (row is one fetched item)
            return getattr(row, self.columns[column].key) if role == Qt.DisplayRole else None

Then: `model.set_filter(text="price", track_id=...)` re-queries; `view.setSortingEnabled(True)` calls
`sort()`, which re-queries; `row_at(i)` gives the fetched item; `index_of(entity_id)` finds (fetching
pages as needed) the row of an item so a view can select it. Rows are identified by `row_id(row)`
(default `row.id`), which lets a reload after an edit keep the selection when nothing moved.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from ...domain.model import Changed

Index = QModelIndex | QPersistentModelIndex
# Qt asks each cell it measures or paints for eight roles, one call into Python each; three of them no table of ours
# answers (an icon, a check box, a size hint). data() answers those before it looks the row up: three of every eight
# calls, ~1,000 of the start's first paint on the Clauses table, return at once. A table that shows icons or
# check boxes overrides data() for them.
UNANSWERED_ROLES = frozenset({Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.CheckStateRole,
                              Qt.ItemDataRole.SizeHintRole})


@dataclass(frozen=True)
class Column:
    """One column: `key` is what `fetch` gets as `self.sort_key` (None: not sortable)."""

    key: str | None
    title: str
    align: Qt.AlignmentFlag | None = None
    tooltip: str = ""


def cell_value(index: Index, role: int) -> Any:
    """What our (Python) model's data() gives for `index` and `role`, asked of the model itself.

    Asking the index goes through Qt and back, and PySide6 6.12 loses a reference to None each time it
    hands back an empty value (gui/refcounts.py); calling the model's own data() never leaves Python.
    """
    model = index.model()
    return model.data(index, role) if model is not None else None


class PagedTableModel(QAbstractTableModel):
    """Rows fetched page by page from a services call; sort() and set_filter() re-run the query."""

    columns: Sequence[Column] = ()
    watches: frozenset[str] = frozenset()  # Changed.entities this model shows; empty: reload on any change
    page_size = 200

    reloaded = Signal()  # after every re-query (filter, sort, a change in the log)

    def __init__(self, ctx: Any, parent: QObject | None = None, *, sort_key: str | None = None,
                 descending: bool = False):
        super().__init__(parent)
        self.ctx = ctx
        self.filters: dict[str, Any] = {}
        self.sort_key = sort_key
        self.descending = descending
        self._rows: list[Any] = []
        self._exhausted = False
        ctx.bus.changed.connect(self._on_changed)
        ctx.bus.log_replaced.connect(self.reload)
        self.reload()

    # -- what a subclass supplies --------------------------------------------------------------------
    def fetch(self, offset: int, limit: int) -> list[Any]:
        """Return at most `limit` rows from `offset`, honouring self.filters, self.sort_key, self.descending."""
        raise NotImplementedError

    def cell(self, row: Any, column: int, role: int) -> Any:
        """What data() returns for `role` in `column` of a fetched row (None when nothing)."""
        raise NotImplementedError

    def row_id(self, row: Any) -> str:
        return row.id

    # -- the public API ----------------------------------------------------------------------------------
    def set_filter(self, **criteria: Any) -> None:
        """Replace the filter (None or "" values are dropped) and re-query from the first page."""
        cleaned = {k: v for k, v in criteria.items() if v not in (None, "")}
        if cleaned != self.filters:
            self.filters = cleaned
            self._requery()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def loaded_rows(self) -> list[Any]:
        return list(self._rows)

    def index_of(self, entity_id: str) -> QModelIndex:
        """The index of the row with `entity_id`, fetching more pages until found; invalid if absent."""
        start = 0
        while True:
            for i in range(start, len(self._rows)):
                if self.row_id(self._rows[i]) == entity_id:
                    return self.index(i, 0)
            if self._exhausted:
                return QModelIndex()
            start = len(self._rows)
            self.fetchMore(QModelIndex())

    def _locked(self) -> bool:
        """The window is locked (the log's connection is closed): nothing may be fetched until it unlocks."""
        return getattr(self.ctx.log, "locked", False)

    def reload(self) -> None:
        """Re-query as many rows as are loaded now, so the scroll position and selection survive an edit."""
        if self._locked():
            return  # the unlock reloads every model
        wanted = max(self.page_size, len(self._rows))
        rows = self.fetch(0, wanted + 1)
        exhausted = len(rows) <= wanted
        rows = rows[:wanted]
        same_ids = len(rows) == len(self._rows) and all(
            self.row_id(a) == self.row_id(b) for a, b in zip(rows, self._rows, strict=True))
        if same_ids and rows:
            self._rows, self._exhausted = rows, exhausted
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1))
        else:
            self.beginResetModel()
            self._rows, self._exhausted = rows, exhausted
            self.endResetModel()
        self.reloaded.emit()

    def measured_cells(self, rows: Sequence[int], column: int) -> list[tuple[Any, Any]] | None:
        """The text and font data() gives for `column` in each of `rows`, asked without model indexes: what the
        column fitter measures a cell's width by (tables.content_width), ~2 us a cell where index() and two data()
        calls cost ~12. None when a subclass answers data() its own way: the fitter then asks data()."""
        if type(self).data not in _PLAIN_DATA:
            return None
        display, font = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole
        cells: list[tuple[Any, Any]] = []
        for number in rows:
            row = self._row(number)
            cells.append((None, None) if row is None else (self.cell(row, column, display), self.cell(row, column, font)))
        return cells

    def _row(self, row: int) -> Any | None:
        """The fetched row at `row`; None past the end."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- Qt overrides ----------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role in UNANSWERED_ROLES or not index.isValid() or index.row() >= len(self._rows)
                or index.column() >= len(self.columns)):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[index.column()].align is not None:
            return self.columns[index.column()].align | Qt.AlignmentFlag.AlignVCenter
        return self.cell(self._rows[index.row()], index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._locked()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._locked():
            return
        # One row past the page tells whether more exist without a separate count query.
        rows = self.fetch(len(self._rows), self.page_size + 1)
        self._exhausted = len(rows) <= self.page_size
        rows = rows[:self.page_size]
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].key is None:
            return
        key = self.columns[column].key
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending) and self._rows:
            return
        self.sort_key, self.descending = key, descending
        self._requery()

    def _requery(self) -> None:
        """A different query (filter or order): start again from the first page."""
        if self._locked():
            return  # the filter or order is kept; the unlock's reload applies it
        rows = self.fetch(0, self.page_size + 1)
        self.beginResetModel()
        self._rows, self._exhausted = rows[:self.page_size], len(rows) <= self.page_size
        self.endResetModel()
        self.reloaded.emit()

    def _on_changed(self, changed: Changed) -> None:
        if not self.watches or not changed.entities or changed.entities & self.watches:
            self.reload()


class CountedTableModel(PagedTableModel):
    """Knows its full row count from one count query and reads only the pages a view asks data() for.

    For tables that can be long (100,000 clauses): the scroll bar has its true length at once and
    going to the last row reads one page, instead of appending pages until the end. A page costs the
    same at any offset (the services page by a cached order), so data() for a row whose page is not
    loaded fetches that page synchronously: a few milliseconds, less than a frame, and no placeholder
    flicker. At most `max_pages` pages are kept (least recently used dropped), so memory stays flat.

    A subclass supplies `count()` (honouring self.filters) besides `fetch` and `cell`. canFetchMore()
    is always False: there is nothing to append, the rows are all there, their contents arrive lazily.
    """

    max_pages = 20
    recheck_pages = 4  # pages (most recently shown) re-read by reload() to see whether rows moved

    def __init__(self, ctx: Any, parent: QObject | None = None, *, sort_key: str | None = None,
                 descending: bool = False):
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._count = 0
        super().__init__(ctx, parent, sort_key=sort_key, descending=descending)

    def count(self) -> int:
        """How many rows the query gives, honouring self.filters."""
        raise NotImplementedError

    # -- the page cache --------------------------------------------------------------------------------
    def _page(self, number: int) -> list[Any]:
        page = self._pages.get(number)
        if page is None and self._locked():
            return []  # nothing is read while the window is locked (and nothing cached for later)
        if page is None:
            page = self.fetch(number * self.page_size, self.page_size)
            self._pages[number] = page
            while len(self._pages) > self.max_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page

    def _row(self, row: int) -> Any | None:
        """The row at `row`, fetching its page if needed; None past the end (the log shrank under us)."""
        if not 0 <= row < self._count:
            return None
        page = self._page(row // self.page_size)
        offset = row % self.page_size
        return page[offset] if offset < len(page) else None

    def loaded_page_numbers(self) -> list[int]:
        """The pages read so far and still kept, in row order (for tests and diagnostics)."""
        return sorted(self._pages)

    # -- the public API ----------------------------------------------------------------------------------
    def row_at(self, row: int) -> Any:
        found = self._row(row)
        if found is None:
            raise IndexError(row)
        return found

    def loaded_rows(self) -> list[Any]:
        return [r for n in sorted(self._pages) for r in self._pages[n]]

    def index_of(self, entity_id: str) -> QModelIndex:
        """The row of `entity_id`: loaded pages first, then page by page from the top; invalid if absent."""
        for number in sorted(self._pages):
            for i, r in enumerate(self._pages[number]):
                if self.row_id(r) == entity_id:
                    return self.index(number * self.page_size + i, 0)
        for number in range((self._count + self.page_size - 1) // self.page_size):
            if number in self._pages:
                continue
            for i, r in enumerate(self._page(number)):
                if self.row_id(r) == entity_id:
                    return self.index(number * self.page_size + i, 0)
        return QModelIndex()

    def reload(self) -> None:
        """Re-count and re-read the pages shown lately: unchanged ids keep the selection and scroll position."""
        if self._locked():
            return  # the unlock reloads every model
        recent = list(self._pages.items())[-self.recheck_pages:]
        count = self.count()
        # The first page is what a view shows first: read it now rather than inside a paint event.
        fresh = {number: self.fetch(number * self.page_size, self.page_size) for number, _rows in recent or [(0, [])]}
        same = count == self._count and all(
            [self.row_id(r) for r in rows] == [self.row_id(r) for r in fresh[number]] for number, rows in recent)
        if same:
            self._pages = OrderedDict(fresh)
            if count:
                self.dataChanged.emit(self.index(0, 0), self.index(count - 1, self.columnCount() - 1))
        else:
            self.beginResetModel()
            self._pages, self._count = OrderedDict(fresh), count
            self.endResetModel()
        self.reloaded.emit()

    # -- Qt overrides ----------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in UNANSWERED_ROLES or not index.isValid() or index.column() >= len(self.columns):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[index.column()].align is not None:
            return self.columns[index.column()].align | Qt.AlignmentFlag.AlignVCenter
        row = self._row(index.row())
        return None if row is None else self.cell(row, index.column(), role)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return False

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Nothing to append: every row is counted from the start and read when shown."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].key is None:
            return
        key, descending = self.columns[column].key, order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending) and self._pages:
            return
        self.sort_key, self.descending = key, descending
        self._requery()

    def _requery(self) -> None:
        """A different query (filter or order): count it and forget the pages; views read what they show."""
        if self._locked():
            return  # the filter or order is kept; the unlock's reload applies it
        count = self.count()
        first = self.fetch(0, self.page_size)  # the page a view shows first, read before the reset
        self.beginResetModel()
        self._pages, self._count = OrderedDict({0: first}), count
        self.endResetModel()
        self.reloaded.emit()


# The data() methods measured_cells answers for (a cell's text and font are what cell() gives).
_PLAIN_DATA = (PagedTableModel.data, CountedTableModel.data)
