"""The Clauses table model: counted up front, rows read page by page where the view looks, sorted and filtered in SQL."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from ...domain import rules
from ...domain.model import Changed, ClauseStatus
from ...i18n import QT_TRANSLATE_NOOP
from ...services.read_models import ClauseRow
from ..commands import first_only
from ..common.cells import CHOICES_ROLE, run_cell_edit
from ..common.paged_model import Column, CountedTableModel
from ..common.values import value_text
from ..context import AppContext
from ..language import translate
from ..style import STATUS_COLOURS, TEXT_ON_TINT

_RIGHT = Qt.AlignmentFlag.AlignRight

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The clause id of a row, for views that open the clause."""
STATUS_COLUMN = 4


class ClauseTableModel(CountedTableModel):
    """Every clause (one row each) with its track, status, versions and open brackets.

    rowCount() is clause_count() at once; scrolling to the last row reads only the last page.
    """

    columns = (
        Column("track", QT_TRANSLATE_NOOP("ClauseTableModel", "Track")),
        Column("ref", QT_TRANSLATE_NOOP("ClauseTableModel", "Ref")),
        Column("title", QT_TRANSLATE_NOOP("ClauseTableModel", "Title")),
        Column("topic", QT_TRANSLATE_NOOP("ClauseTableModel", "Topic")),
        Column("status", QT_TRANSLATE_NOOP("ClauseTableModel", "Status"), None, QT_TRANSLATE_NOOP("ClauseTableModel", "F2 or double-click to change")),
        Column("minerals", QT_TRANSLATE_NOOP("ClauseTableModel", "Minerals")),
        Column("versions", QT_TRANSLATE_NOOP("ClauseTableModel", "Versions"), _RIGHT, QT_TRANSLATE_NOOP("ClauseTableModel", "Text versions recorded for the clause")),
        Column("open_brackets", QT_TRANSLATE_NOOP("ClauseTableModel", "Open [ ]"), _RIGHT, QT_TRANSLATE_NOOP("ClauseTableModel", "Bracketed wording not yet agreed")),
        Column("last_round", QT_TRANSLATE_NOOP("ClauseTableModel", "Last round"), None, QT_TRANSLATE_NOOP("ClauseTableModel", "Round of the current version")),
    )
    watches = frozenset({"clauses", "clause_versions", "brackets", "tracks", "rounds"})

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        self.refused = ""  # the last refused status change, for the view to show
        super().__init__(ctx, parent, sort_key="track")

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = CountedTableModel.headerData(self, section, orientation, role)  # ours: Qt's would hand back None
        return translate("ClauseTableModel", value) if isinstance(value, str) else value

    def fetch(self, offset: int, limit: int) -> list[ClauseRow]:
        return self.ctx.log.read.clause_rows(sort=self.sort_key or "track", descending=self.descending,
                                        limit=limit, offset=offset, **self.filters)

    def count(self) -> int:
        return self.ctx.log.read.clause_count(**self.filters)

    def cell(self, row: ClauseRow, column: int, role: int) -> Any:
        key = self.columns[column].key
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if key == "track":
                return row.track_ref
            if key == "minerals":
                return ", ".join(row.minerals)
            if key == "open_brackets" and role == Qt.ItemDataRole.DisplayRole:
                return row.open_brackets or ""  # a quiet blank reads better than a column of zeros
            if key in ("status", "topic"):
                return value_text(getattr(row, key))
            return getattr(row, key)
        if role == Qt.ItemDataRole.BackgroundRole and key == "status":
            return STATUS_COLOURS.get(ClauseStatus(row.status))
        if role == Qt.ItemDataRole.ForegroundRole and key == "status":
            return TEXT_ON_TINT  # the tint is light in the dark palette too
        if role == ID_ROLE:
            return row.id
        if key == "status" and role == Qt.ItemDataRole.EditRole:
            return row.status
        if key == "status" and role == CHOICES_ROLE:  # only the moves the rules allow from here
            allowed = rules.allowed_transitions(ClauseStatus(row.status))
            return [(value_text(s), str(s)) for s in rules.STATUS_ORDER if s in allowed]
        return None

    # -- the status, changed in its cell ------------------------------------------------------------------
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == STATUS_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != STATUS_COLUMN:
            return False
        row = self._row(index.row())
        try:
            new = ClauseStatus(value)
        except ValueError:
            return False
        if row is None or new == ClauseStatus(row.status):
            return False
        log, old, rev = self.ctx.log, ClauseStatus(row.status), first_only(row.rev)
        return run_cell_edit(self.ctx, self, f"{row.track_ref} {row.ref}: {old} → {new}",
                             lambda: log.clauses.set_status(row.id, new, expected_rev=rev()),
                             lambda _: log.clauses.restore_status(row.id, old))

    # -- updating one row -------------------------------------------------------------------------------
    def _on_changed(self, changed: Changed) -> None:
        """Refresh just the changed rows when they stay where they are; otherwise re-query the loaded pages."""
        if not (changed.entities & self.watches):
            if not changed.entities:
                self.reload()
            return
        positions = {self.row_id(r): number * self.page_size + i
                     for number, rows in self._pages.items() for i, r in enumerate(rows)}
        # A status or title edit names the clause; anything else (new clause, a track renamed) reloads.
        if changed.entities <= {"clauses", "clause_versions", "brackets"} and changed.ids:
            rows = [positions[i] for i in changed.ids if i in positions]
            if rows and self._refresh_rows(rows):
                return
        self.reload()

    def _refresh_rows(self, rows: list[int]) -> bool:
        """Re-read each row at its offset; False if any came back as another clause (it moved)."""
        fresh = {}
        for row in rows:
            got = self.fetch(row, 1)
            if not got or got[0].id != self._row(row).id:
                return False
            fresh[row] = got[0]
        for row, value in fresh.items():
            page = self._pages.get(row // self.page_size)
            if page is not None:
                page[row % self.page_size] = value
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    def clause_id(self, index: QModelIndex) -> str | None:
        row = self._row(index.row()) if index.isValid() else None
        return None if row is None else row.id
