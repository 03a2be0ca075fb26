"""Commitments and deadlines: sorted by due date, overdue in red, due soon in amber, with assessments."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import model, rules
from ...domain.rules import DeadlineState
from ..attachments.panel import AttachmentsPanel
from ..commands import ServiceCommand, run
from ..common.cells import ChoiceDelegate, report_refusals
from ..common.combo import combo_value, select_value, set_choices, set_track_filter
from ..common.tables import fit_columns
from ..common.values import value_text
from ..context import AppContext
from ..language import translate
from ..style import DEADLINE_COLOURS, party_colour
from .forms import SCORES, AssessmentForm, CommitmentForm
from .model import EDITABLE_COLUMNS, NOT_CLOSED, OVERDUE, CommitmentsModel

_SCORE_TEXT = dict(SCORES)


class CommitmentsView(QWidget):
    """Filters, the commitments table, and the selected commitment's compliance assessments."""

    editable_columns = EDITABLE_COLUMNS  # F2 or typing a state's first letter changes it in its cell

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = CommitmentsModel(ctx, self)
        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText(translate("CommitmentsView", "Filter commitments by word…"))
        self.filter_box.setClearButtonEnabled(True)
        self.track, self.state = QComboBox(), QComboBox()
        self._fill_tracks()
        set_choices(self.state, [(translate("CommitmentsView", "Any state"), None), (translate("CommitmentsView", "Not closed (open, on track, at risk)"), NOT_CLOSED),
                                 (translate("CommitmentsView", "Overdue"), OVERDUE)] + [(value_text(s), str(s)) for s in model.CommitmentState])
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.apply_filters)
        self.filter_box.textChanged.connect(self._timer.start)
        for combo in (self.track, self.state):
            combo.currentIndexChanged.connect(self.apply_filters)
        add, edit = QPushButton(translate("CommitmentsView", "New commitment…")), QPushButton(translate("CommitmentsView", "Edit…"))
        add.clicked.connect(self.add_commitment)
        edit.clicked.connect(self.edit_commitment)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_box, 2)
        filters.addWidget(self.track, 1)
        filters.addWidget(self.state, 1)
        from ..roundroom.mine import MineFilter  # the round room's owner filter

        self.mine = MineFilter(ctx, self, "commitments")
        self.mine.changed.connect(self.apply_filters)
        filters.addWidget(self.mine.button)
        filters.addWidget(edit)
        filters.addWidget(add)

        self.table = QTableView()
        self.table.setModel(self.model)
        for column in EDITABLE_COLUMNS:
            self.table.setItemDelegateForColumn(column, ChoiceDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        # The Commitment column stretches into what the others leave; they take what their text needs.
        fit_columns(self.table, 3, {0: 270, 1: 210, 5: 170}, self.model.reloaded)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._fill_assessments())
        self.model.reloaded.connect(self._fill_assessments)

        overdue, soon = DEADLINE_COLOURS[DeadlineState.OVERDUE].name(), DEADLINE_COLOURS[DeadlineState.DUE_SOON].name()
        self.legend = QLabel(translate("CommitmentsView", "As of {date}: {overdue} · {soon} · met and missed commitments are closed.").format(
            date=ctx.today().isoformat(), overdue=f'<b style="color:{overdue};">' + translate("CommitmentsView", "overdue") + "</b>",
            soon=f'<b style="color:{soon};">' + translate("CommitmentsView", "due within 7 days") + "</b>"))

        self.assess_title = QLabel()
        self.assess_title.setStyleSheet("font-weight: 600;")
        self.assessments = QTableWidget(0, 6)
        self.assessments.setHorizontalHeaderLabels([translate("CommitmentsView", "Party"), translate("CommitmentsView", "Score"), translate("CommitmentsView", "Kind"), translate("CommitmentsView", "Date"),
                                                    translate("CommitmentsView", "Audience"), translate("CommitmentsView", "Evidence")])
        self.assessments.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.assessments.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.assessments.verticalHeader().hide()
        self.assessments.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.assessments.horizontalHeader().setStretchLastSection(True)
        self.assess_button, self.remove_button = QPushButton(translate("CommitmentsView", "Assess…")), QPushButton(translate("CommitmentsView", "Remove assessment"))
        self.assess_button.clicked.connect(self.add_assessment)
        self.remove_button.clicked.connect(self.remove_assessment)
        lower = QWidget()
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.assess_title, 1)
        row.addWidget(self.remove_button)
        row.addWidget(self.assess_button)
        column.addLayout(row)
        column.addWidget(self.assessments, 1)
        column.addWidget(QLabel("<b>" + translate("CommitmentsView", "Attachments") + "</b>"))
        self.attachments = AttachmentsPanel(ctx)
        column.addWidget(self.attachments, 1)

        upper = QWidget()
        column = QVBoxLayout(upper)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(filters)
        column.addWidget(self.table, 1)
        column.addWidget(self.legend)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("commitmentsSplitter")
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        from ..roundroom.comments import CommentsPanel  # the selected commitment's comment threads

        self.comments = CommentsPanel(ctx, self)
        self.splitter.addWidget(self.comments)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        report_refusals(self, self.model, translate("CommitmentsView", "Commitment not changed"))
        ctx.bus.log_replaced.connect(self._fill_tracks)
        self._fill_assessments()

    def _fill_tracks(self) -> None:
        set_track_filter(self.track, translate("CommitmentsView", "All tracks"), self.ctx.log.read.track_choices())

    def apply_filters(self) -> None:
        self._timer.stop()
        self.model.set_filter(text=self.filter_box.text().strip(), track_id=combo_value(self.track),
                              state=combo_value(self.state), owner=self.mine.owner)

    def current(self) -> model.Commitment | None:
        return self.model.commitment_at(self.table.currentIndex())

    def _fill_assessments(self) -> None:
        c = self.current()
        self.comments.set_target("commitment", c.id if c is not None else None)
        self.attachments.show_target("commitment", c.id if c is not None else None)
        self.assess_button.setEnabled(c is not None)
        self.remove_button.setEnabled(False)
        if c is None:
            self.assess_title.setText(translate("CommitmentsView", "Compliance assessments — select a commitment"))
            self.assessments.setRowCount(0)
            return
        self.assess_title.setText(translate("CommitmentsView", "Compliance assessments — {text}").format(text=" ".join(c.text.split())[:90]))
        rows = self.ctx.log.commitments.assessments(c.id)
        self.assessments.setRowCount(len(rows))
        for r, a in enumerate(rows):
            cells = [a.party, translate("AssessmentForm", _SCORE_TEXT[a.score]) if a.score in _SCORE_TEXT else str(a.score), value_text(a.kind),
                     a.date.isoformat() if a.date else "", value_text(a.audience), a.evidence]
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, a.id)
                if col == 0:
                    item.setForeground(party_colour(a.party))
                self.assessments.setItem(r, col, item)
        self.remove_button.setEnabled(bool(rows))

    def add_commitment(self) -> None:
        CommitmentForm(self.ctx, parent=self).exec()

    def edit_selected(self) -> None:
        self.edit_commitment()

    def edit_commitment(self) -> None:
        c = self.current()
        if c is not None:
            CommitmentForm(self.ctx, c, self).exec()

    def add_assessment(self) -> None:
        c = self.current()
        if c is not None:
            AssessmentForm(self.ctx, c, self).exec()

    def remove_assessment(self) -> None:
        item = self.assessments.item(max(0, self.assessments.currentRow()), 0)
        c = self.current()
        if item is None or c is None:
            return
        log = self.ctx.log
        found = [a for a in log.commitments.assessments(c.id) if a.id == item.data(Qt.ItemDataRole.UserRole)]
        if not found:
            return
        a = found[0]
        run(self.ctx, ServiceCommand(
            self.ctx, translate("CommitmentsView", "Remove {party} assessment").format(party=a.party), lambda: log.commitments.delete_assessment(a.id),
            lambda _: log.commitments.assess(a.commitment_id, a.party, a.score, kind=a.kind, evidence=a.evidence,
                                         on=a.date, audience=a.audience)))

    def open_item(self, entity_id: str) -> None:
        """Select a commitment (clearing the filters if they hide it); a track's id shows that track's overdue
        ones (the dashboard's "and 18 more overdue" link)."""
        if any(t.id == entity_id for t in self.ctx.log.tracks.list()):
            self.show_track(entity_id, state=OVERDUE)
            return
        index = self.model.index_of(entity_id)
        if not index.isValid() and self.model.filters:
            self.filter_box.clear()
            for combo in (self.track, self.state):
                combo.setCurrentIndex(0)
            self.mine.blockSignals(True)
            self.mine.show_owner(None)
            self.mine.blockSignals(False)
            self.apply_filters()
            index = self.model.index_of(entity_id)
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def show_track(self, track_id: str, *, state: str | None = None) -> None:
        """One track's commitments (in `state`, a CommitmentState or a pseudo-state such as OVERDUE) by due
        date, its most overdue open one selected."""
        self._fill_tracks()  # a track added since this screen was built is not in the box yet
        for combo, data in ((self.track, track_id), (self.state, state)):
            combo.blockSignals(True)  # one re-query below, not one per filter
            select_value(combo, data)
            combo.blockSignals(False)
        self.filter_box.clear()
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.apply_filters()
        today = self.ctx.today()
        for row in range(self.model.rowCount()):
            c = self.model.row_at(row)
            if rules.deadline_state(c.due, today, rules.commitment_done(c.state)) is DeadlineState.OVERDUE:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return
