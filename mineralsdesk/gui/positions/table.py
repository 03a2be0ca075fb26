"""The positions matrix: clauses by parties, each cell coloured by the party's latest stance."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import model
from ...domain.rules import STANCE_ORDER
from ..common.cells import ChoiceDelegate, report_refusals
from ..common.combo import combo_value, set_choices
from ..common.paged_model import cell_value
from ..common.values import value_text
from ..context import AppContext
from ..language import translate
from ..style import INTERNAL_BACKGROUND, INTERNAL_COLOUR, NOT_A_PARTY_TEXT, STANCE_COLOURS, TEXT_ON_TINT
from .forms import PositionForm
from .model import INTERNAL_MARK, INTERNAL_ROLE, NOT_A_PARTY, PositionsModel


class StanceDelegate(ChoiceDelegate):
    """Draws a party cell: stance on its colour, and in our column a small red INTERNAL line under it; F2 or
    typing a stance's first letter changes it in the cell (at the track's latest round)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        internal = cell_value(index, INTERNAL_ROLE)
        if not internal:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect: QRect = option.rect.adjusted(6, 2, -6, -2)
        half = rect.height() // 2
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(option.palette.highlightedText().color() if selected else TEXT_ON_TINT)
        painter.drawText(rect.adjusted(0, 0, 0, -half), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                         str(cell_value(index, Qt.ItemDataRole.DisplayRole)))
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.82))
        small.setBold(True)
        painter.setFont(small)
        painter.setPen(option.palette.highlightedText().color() if selected else INTERNAL_COLOUR)
        painter.drawText(rect.adjusted(0, half, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         painter.fontMetrics().elidedText(internal, Qt.TextElideMode.ElideRight, rect.width()))
        painter.restore()


class PositionsView(QWidget):
    """Track and topic filters, the matrix, a legend, and the chosen cell's full position underneath."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = PositionsModel(ctx, self)
        self.track, self.topic = QComboBox(), QComboBox()
        self._fill_tracks()
        set_choices(self.topic, [(translate("PositionsView", "Any topic"), None)] + [(value_text(t), str(t)) for t in model.Topic])
        for combo in (self.track, self.topic):
            combo.currentIndexChanged.connect(self.apply_filters)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(translate("PositionsView", "Track")))
        filters.addWidget(self.track, 2)
        filters.addWidget(QLabel(translate("PositionsView", "Topic")))
        filters.addWidget(self.topic, 1)
        filters.addStretch(2)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(round(self.fontMetrics().height() * 2.4))
        self.table.setItemDelegate(StanceDelegate(self.table))
        # Double-click and Enter open the whole form (edit_position); F2 or a typed letter edits the stance.
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        report_refusals(self, self.model, translate("PositionsView", "Position not changed"))
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(self.edit_position)
        self.table.selectionModel().currentChanged.connect(self._show_cell)
        self.model.modelReset.connect(self._size_columns)

        legend = QLabel("  ".join(
            f'<span style="background:{STANCE_COLOURS[s].name()};">&nbsp;&nbsp;&nbsp;&nbsp;</span> {value_text(s)}'
            for s in STANCE_ORDER)
            + "   " + translate("PositionsView", "{not_a_party} (hatched): not in the track").format(
                not_a_party=f'<i style="color:{NOT_A_PARTY_TEXT.name()};">' + translate("PositionsModel", NOT_A_PARTY) + "</i>")
            + "   · " + translate("PositionsView", "Double-click or Enter: record a position; F2 or a letter: change the stance in place."))
        legend.setWordWrap(True)  # translated legends run longer than the English one
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setMinimumHeight(90)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setStyleSheet("padding: 6px;")

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(legend)
        layout.addWidget(self.detail)
        ctx.bus.log_replaced.connect(self._fill_tracks)
        ctx.bus.changed.connect(self._on_tracks_changed)
        self._size_columns()
        self._show_cell(QModelIndex())

    def _on_tracks_changed(self, changed) -> None:
        """A bound method, not a lambda: it leaves the bus with the screen when View > Language rebuilds it."""
        if "tracks" in changed.entities:
            self._fill_tracks()

    def _fill_tracks(self) -> None:
        self.track.blockSignals(True)
        set_choices(self.track, [(translate("PositionsView", "All tracks"), None)] + [(f"{t.ref} — {t.title}", t.id) for t in self.ctx.log.tracks.list()])
        self.track.blockSignals(False)

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        for column in (0, 1):  # track and ref by their content; the clause title capped; the parties share the rest
            self.table.setColumnWidth(column, max(self.table.sizeHintForColumn(column),
                                                  header.sectionSizeHint(column)) + 8)
        self.table.setColumnWidth(2, 290)
        for column in range(3, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def apply_filters(self) -> None:
        self.model.set_filter(track_id=combo_value(self.track), topic=combo_value(self.topic))
        self._show_cell(QModelIndex())

    def _show_cell(self, index: QModelIndex) -> None:
        position = self.model.position_at(index) if index.isValid() else None
        party = self.model.party_at(index.column()) if index.isValid() else None
        if party is None:
            self.detail.setText(translate("PositionsView", "Select a cell to read the full position; our red lines and fallbacks show only "
                                          "in our own column, marked INTERNAL."))
            return
        clause = self.model.row_at(index.row())
        head = translate("PositionsView", "{party} on {ref} {title}").format(party=f"<b>{html.escape(party)}</b>",
                                                       ref=f"<b>{html.escape(clause.ref)}</b>", title=html.escape(clause.title))
        if not self.model.in_track(index):
            self.detail.setText(translate("PositionsView", "{party} is not a party to the {track} track, so it holds no position on this "
                                          "clause. Add it to the track (Tracks, Edit) to record one.").format(
                party=f"<b>{html.escape(party)}</b>", track=html.escape(clause.track_ref)))
            return
        if position is None:
            self.detail.setText(translate("PositionsView", "{head}: no position recorded.").format(head=head))
            return
        note = position.note or translate("PositionsView", "(no note)")
        text = f"{head}: <b>{html.escape(value_text(position.stance))}</b> — {html.escape(note)}"
        if self.model.internal_line(position):
            rows = "".join(f"<br><b>{label}:</b> {html.escape(value)}" for label, value in (
                (translate("PositionsView", "Red line"), position.red_line), (translate("PositionsView", "Fallback"), position.fallback),
                (translate("PositionsView", "Internal note"), position.internal_note)) if value)
            text += (f'<div style="color:{INTERNAL_COLOUR.name()}; background:{INTERNAL_BACKGROUND.name()};'
                     f' margin-top:6px;">' + translate("PositionsView", "{internal} (our delegation only)").format(
                         internal="<b>" + translate("PositionsModel", INTERNAL_MARK) + "</b>") + f'{rows}</div>')
        self.detail.setText(text)

    def record_position(self) -> None:
        """Record menu, Enter and Ctrl+E: the chosen cell's party on its clause; on the clause column, the form
        asks for the party. With nothing chosen, the first cell is chosen for the arrow keys to move from."""
        index = self.table.currentIndex()
        if not index.isValid():
            if self.model.rowCount() and self.model.columnCount() > 3:
                self.table.setCurrentIndex(self.model.index(0, 3))
            self.table.setFocus()
            return
        if self.model.party_at(index.column()) is None and self.model.clause_id(index):
            PositionForm(self.ctx, self.model.clause_id(index), None, parent=self).exec()
            return
        self.edit_position(index)

    def add_version(self) -> None:
        """Record menu: a new text of the clause in the chosen row."""
        clause_id = self.model.clause_id(self.table.currentIndex()) if self.table.currentIndex().isValid() else None
        if clause_id:
            from ..clauses.forms import NewVersionForm

            NewVersionForm(self.ctx, clause_id, self).exec()

    edit_selected = record_position

    def edit_position(self, index: QModelIndex) -> None:
        party = self.model.party_at(index.column())
        clause_id = self.model.clause_id(index)
        if party and clause_id and not self.model.in_track(index):
            self._show_cell(index)  # says the party is not in this track; a position there would mislead
            return
        if party and clause_id:
            PositionForm(self.ctx, clause_id, party, self.model.position_at(index), self).exec()

    def open_item(self, entity_id: str) -> None:
        """Select a clause's row (or a position's cell) in the matrix."""
        index = self.model.index_of(entity_id)
        if not index.isValid():
            found = [p for p in self.model.positions.values() if p.id == entity_id]
            if found:
                row = self.model.index_of(found[0].clause_id)
                if row.isValid() and found[0].party in self.model.parties:
                    index = self.model.index(row.row(), 3 + self.model.parties.index(found[0].party))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
