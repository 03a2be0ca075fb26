"""The clauses table: every clause of every track, sorted and filtered in SQL, opening a clause's detail."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import model, rules
from ...errors import NotFoundError
from ..common.cells import ChoiceDelegate, report_refusals
from ..common.combo import combo_value, set_choices, set_track_filter
from ..common.fit import shrinkable
from ..common.tables import fit_columns
from ..common.values import value_text
from ..context import AppContext
from ..language import translate
from ..style import mute, set_heading_font
from .model import STATUS_COLUMN, ClauseTableModel

if TYPE_CHECKING:
    from ..roundroom.comments import CommentsPanel
    from .detail import ClauseDetail

FILTER_DELAY_MS = 200  # typing "lithium" runs one query, not seven


class ClausesView(QWidget):
    """Filters and the clause table on the left, the selected clause in detail on the right."""

    editable_columns = (STATUS_COLUMN,)  # F2 or typing changes the status in its cell

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = ClauseTableModel(ctx, self)

        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText(translate("ClausesView", "Filter clauses by word (ref, title, topic, status, mineral)…"))
        self.filter_box.setClearButtonEnabled(True)
        self.track = QComboBox()
        self.status = QComboBox()
        self.topic = QComboBox()
        shrinkable(self.track, self.status, self.topic)  # the filter row fits in every language
        set_choices(self.status, [(translate("ClausesView", "Any status"), None)] + [(value_text(s), str(s)) for s in rules.STATUS_ORDER])
        set_choices(self.topic, [(translate("ClausesView", "Any topic"), None)] + [(value_text(t), str(t)) for t in model.Topic])
        self._fill_tracks()
        self.add_button = QPushButton(translate("ClausesView", "New clause…"))
        self.add_button.clicked.connect(self.add_clause)
        self.count_label = QLabel()
        mute(self.count_label)

        self._timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._timer.timeout.connect(self.apply_filters)
        self.filter_box.textChanged.connect(self._timer.start)
        for combo in (self.track, self.status, self.topic):
            combo.currentIndexChanged.connect(self.apply_filters)

        self.table = QTableView()
        # Hidden before the model is set: a shown row header asks the model for its rows' labels as the model
        # arrives, to size itself (~800 calls into Python, ~3 ms of the first paint), for a header nobody sees.
        self.table.verticalHeader().hide()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(STATUS_COLUMN, ChoiceDelegate(self.table))
        report_refusals(self, self.model, translate("ClausesView", "Status not changed"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        # The title takes the room left; the track and the reference name the clause, so they never give way below
        # their content ("Art. …" on every row told the clauses apart by nothing), nor do the status and last round.
        # sort() re-queries with ORDER BY: no proxy model.
        fit_columns(self.table, 2, {5: 170, 8: 130}, self.model.reloaded, whole=frozenset({0, 1, 4, 8}))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        filters = QHBoxLayout()
        filters.addWidget(self.filter_box, 2)
        filters.addWidget(self.track, 1)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.topic, 1)
        from ..roundroom.mine import MineFilter  # the round room's owner filter

        self.mine = MineFilter(ctx, self, "clauses")
        self.mine.changed.connect(self.apply_filters)
        filters.addWidget(self.mine.button)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(filters)
        column.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.add_button)
        column.addLayout(bottom)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("clausesSplitter")  # the main window saves splitter states by name
        self.splitter.addWidget(left)
        # The selected clause's detail, and its comment threads under it, are made when a clause is first selected
        # (or asked for): not before the window's first paint, when no clause is selected (~10 ms with their
        # modules). Until then the pane says what it shows, as the detail says it with no clause.
        self._detail: ClauseDetail | None = None
        self._comments: CommentsPanel | None = None
        self._right = QSplitter(Qt.Orientation.Vertical)
        self._waiting = QWidget()
        heading = QLabel(translate("ClauseDetail", "Select a clause"))
        set_heading_font(heading)
        waiting = QVBoxLayout(self._waiting)
        waiting.addWidget(heading)
        waiting.addStretch(1)
        # As wide as the detail wants with a clause shown (its tab bar, buttons and comment row: ~86 average
        # characters in English at the default font): the table keeps its columns when the first clause selected
        # brings the detail in.
        self._waiting.setMinimumWidth(86 * self.fontMetrics().averageCharWidth())
        self._right.addWidget(self._waiting)
        self.splitter.addWidget(self._right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.model.reloaded.connect(self._update_count)
        ctx.bus.log_replaced.connect(self._fill_tracks)
        ctx.bus.changed.connect(self._on_tracks_changed)
        self._update_count()

    def _on_tracks_changed(self, changed) -> None:
        """A bound method, not a lambda: it leaves the bus with the screen when View > Language rebuilds it."""
        if "tracks" in changed.entities:
            self._fill_tracks()

    def _fill_tracks(self) -> None:
        set_track_filter(self.track, translate("ClausesView", "All tracks"), self.ctx.log.read.track_choices())

    def apply_filters(self) -> None:
        """Re-query with the filter word and the chosen track, status and topic."""
        self._timer.stop()
        self.model.set_filter(text=self.filter_box.text().strip(), track_id=combo_value(self.track),
                              status=combo_value(self.status), topic=combo_value(self.topic), owner=self.mine.owner)

    def show_owner(self, member_id: str | None) -> None:
        """The clauses a delegation member owns (the dashboard's per-member links)."""
        self.mine.show_owner(member_id)

    def _update_count(self) -> None:
        total = self.model.rowCount()  # the model counts the whole query up front
        self.count_label.setText(self.tr("%n clause(s)", "", total)
                                 + self.mine.label() + (translate("ClausesView", " match the filter") if self.model.filters else ""))

    @property
    def detail(self) -> ClauseDetail:
        """The selected clause's detail (made on first use, with the comments panel)."""
        if self._detail is None:
            self._make_detail()
        return self._detail

    @property
    def comments(self) -> CommentsPanel:
        """The selected clause's comment threads (made on first use, with the detail)."""
        if self._comments is None:
            self._make_detail()
        return self._comments

    def _make_detail(self) -> None:
        from ..keys import release_tab
        from ..roundroom.comments import CommentsPanel
        from .detail import ClauseDetail

        self._detail, self._comments = ClauseDetail(self.ctx, self), CommentsPanel(self.ctx, self)
        self._waiting.setParent(None)  # out of the splitter at once
        self._waiting.deleteLater()
        self._right.addWidget(self._detail)
        self._right.addWidget(self._comments)
        self._right.setStretchFactor(0, 3)
        release_tab(self._right)  # as for the rest of the screen (keys.add_screen_keys)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows and self._detail is None:
            return  # nothing to show yet: the pane already says so
        self.detail.show_clause(self.model.clause_id(rows[0]) if rows else None)
        self.comments.set_target("clause", self.model.clause_id(rows[0]) if rows else None)

    # -- public --------------------------------------------------------------------------------------------
    def open_item(self, entity_id: str) -> None:
        """Select and show a clause; the filters are cleared if they hide it. A member's id shows their clauses."""
        if any(m.id == entity_id for m in self.ctx.log.members.list()):
            self.show_owner(entity_id)
            return
        try:
            self.ctx.log.clauses.get(entity_id)
        except NotFoundError:
            return
        index = self.model.index_of(entity_id)
        if not index.isValid():
            for combo in (self.track, self.status, self.topic):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.filter_box.blockSignals(True)
            self.filter_box.clear()
            self.filter_box.blockSignals(False)
            self.mine.blockSignals(True)
            self.mine.show_owner(None)
            self.mine.blockSignals(False)
            self.apply_filters()
            index = self.model.index_of(entity_id)
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def add_version(self) -> None:
        """A new text of the selected clause (Record menu)."""
        self.detail.add_version()

    def record_position(self) -> None:
        """Record menu: a party's position on the clause shown (the form asks which party)."""
        clause = self.detail.clause
        if clause is not None:
            from ..positions.forms import PositionForm  # loaded when first used, not at start-up

            PositionForm(self.ctx, clause.id, None, parent=self).exec()

    def edit_selected(self) -> None:
        """Ctrl+E: edit the selected clause's reference, title, topic and minerals."""
        self.detail.edit_clause()

    def add_clause(self) -> None:
        from .forms import ClauseForm  # loaded when first used, not at start-up

        form = ClauseForm(self.ctx, track_id=combo_value(self.track), parent=self)
        if form.exec():
            self.open_item(form.result_clause.id)
