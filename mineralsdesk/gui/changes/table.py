"""The change log screen: who changed what and when, from which source; filtered and paged by the query."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import ChangeEntry
from ...i18n import QT_TRANSLATE_NOOP
from ..common.paged_model import Column, PagedTableModel
from ..common.tables import fit_columns
from ..context import AppContext
from ..language import translate

# Record kinds as the change log names them (table names) -> the words a negotiator uses, and a screen.
ENTITY_WORDS = {"clauses": QT_TRANSLATE_NOOP("ChangeLogModel", "clause"), "clause_versions": QT_TRANSLATE_NOOP("ChangeLogModel", "clause text"),
                "brackets": QT_TRANSLATE_NOOP("ChangeLogModel", "bracket"), "positions": QT_TRANSLATE_NOOP("ChangeLogModel", "position"), "rounds": QT_TRANSLATE_NOOP("ChangeLogModel", "round"),
                "actions": QT_TRANSLATE_NOOP("ChangeLogModel", "action"), "tracks": QT_TRANSLATE_NOOP("ChangeLogModel", "track"), "commitments": QT_TRANSLATE_NOOP("ChangeLogModel", "commitment"),
                "assessments": QT_TRANSLATE_NOOP("ChangeLogModel", "assessment"), "anchors": QT_TRANSLATE_NOOP("ChangeLogModel", "anchor date"), "parties": QT_TRANSLATE_NOOP("ChangeLogModel", "party"),
                "meta": QT_TRANSLATE_NOOP("ChangeLogModel", "log setting")}
OPENS_AS = {"clauses": "clause", "rounds": "round", "actions": "action", "commitments": "commitment",
            "tracks": "track", "positions": "position"}
MAX_VALUE_CHARS = 120  # a whole clause text in one cell would hide every other line


def _short(value: str | None) -> str:
    if value is None or value == "":
        return "—"
    flat = " ".join(value.split())
    return flat if len(flat) <= MAX_VALUE_CHARS else flat[:MAX_VALUE_CHARS - 1] + "…"


class ChangeLogModel(PagedTableModel):
    """Newest first (the log is append-only and hash-chained in that order); filtered by a word."""

    columns = (Column(None, QT_TRANSLATE_NOOP("ChangeLogModel", "When (UTC)")), Column(None, QT_TRANSLATE_NOOP("ChangeLogModel", "Who")), Column(None, QT_TRANSLATE_NOOP("ChangeLogModel", "Record")),
               Column(None, QT_TRANSLATE_NOOP("ChangeLogModel", "Field")), Column(None, QT_TRANSLATE_NOOP("ChangeLogModel", "Change")), Column(None, QT_TRANSLATE_NOOP("ChangeLogModel", "Source")))
    page_size = 300

    def __init__(self, ctx: AppContext, parent=None):
        self._names: dict[tuple[str, str], str] = {}  # (entity, id) -> its description; "" once known to be gone
        super().__init__(ctx, parent)
        ctx.bus.log_replaced.connect(self._names.clear)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = PagedTableModel.headerData(self, section, orientation, role)  # ours: Qt's would hand back None
        return translate("ChangeLogModel", value) if isinstance(value, str) else value

    def fetch(self, offset: int, limit: int) -> list[ChangeEntry]:
        rows = self.ctx.log.changes(text=self.filters.get("text"), entity_id=self.filters.get("entity_id"),
                                    limit=limit, offset=offset)
        # The page's record names in one query per kind, here and not row by row in data().
        missing = {(e.entity, e.entity_id) for e in rows} - self._names.keys()
        if missing:
            found = self.ctx.log.read.record_labels(sorted(missing))
            self._names.update({key: found.get(key, "") for key in missing})
        return rows

    def reload(self) -> None:
        self._names.clear()  # a record edited or deleted since reads as it is now
        super().reload()

    def row_id(self, row: ChangeEntry) -> str:
        return str(row.seq)

    def record_name(self, entry: ChangeEntry) -> str:
        """"position of US on MOU Art. 4.2 at round 3" for records that still exist; the kind alone otherwise."""
        word = ENTITY_WORDS.get(entry.entity)
        return self._names.get((entry.entity, entry.entity_id)) or (translate("ChangeLogModel", word) if word
                                                                   else entry.entity)

    def cell(self, row: ChangeEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.at[:19].replace("T", " ")
            if column == 4:
                if row.field == "created":
                    return translate("ChangeLogModel", "created")
                if row.field == "deleted":
                    return translate("ChangeLogModel", "deleted")
                return f"{_short(row.old)} → {_short(row.new)}"
            field = "" if row.field in ("created", "deleted") else row.field  # said once, in Change
            return (None, row.who, self.record_name(row), field, None, row.source)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return self.record_name(row)
        if role == Qt.ItemDataRole.ToolTipRole and column == 4 and row.field not in ("created", "deleted"):
            return translate("ChangeLogModel", "Before:\n{old}\n\nAfter:\n{new}").format(old=row.old or "—", new=row.new or "—")
        return None


class ChangeLogView(QWidget):
    """The table with a filter box; double-click (or Enter) opens the record when it has a screen."""

    open_requested = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = ChangeLogModel(ctx, self)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("ChangeLogView", "Filter by person, record, field, value or source…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(translate("ChangeLogView", "Filter the change log"))
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(200)
        self._typing.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(lambda _t: self._typing.start())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        fitter = fit_columns(self.table, 4, {2: 440, 3: 120}, self.model.reloaded)  # the change takes the room left
        self.table.activated.connect(self._open)
        self.count = QLabel()
        self.count.setStyleSheet("color: gray")
        self.model.reloaded.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        top = QHBoxLayout()
        top.addWidget(QLabel("<span style='font-size:15pt'><b>" + translate("ChangeLogView", "Change log") + "</b></span>"))
        top.addStretch(1)
        top.addWidget(self.filter, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.count)
        self._update_count()
        if ctx.settings is not None:
            state = ctx.settings.header_state("changelog")
            if not state.isEmpty():
                header.restoreState(state)
                fitter.user_resized = True  # the widths the user left last time
            header.sectionResized.connect(  # only widths the user chose are kept, not the fitted ones
                lambda *_: fitter.user_resized and ctx.settings.set_header_state("changelog", header.saveState()))

    def apply_filter(self) -> None:
        self._typing.stop()
        self.model.set_filter(text=self.filter.text().strip())

    def _update_count(self, *_args) -> None:
        shown = self.model.rowCount()
        more = translate("ChangeLogView", " (scroll for more)") if self.model.canFetchMore() else ""
        self.count.setText(translate("ChangeLogView", "{shown} entries shown, newest first{more}. The log is append-only; "
                                     "`mineralsdesk check` verifies its hash chain.").format(shown=shown, more=more))

    def open_item(self, entity_id: str) -> None:
        """Show the history of one record."""
        self.filter.clear()
        self.model.set_filter(entity_id=entity_id)

    def _open(self, index) -> None:
        entry: ChangeEntry = self.model.row_at(index.row())
        kind = OPENS_AS.get(entry.entity)
        if kind:
            self.open_requested.emit(kind, entry.entity_id)
