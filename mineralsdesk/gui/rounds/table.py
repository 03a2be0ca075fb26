"""The rounds screen: meetings of each track, newest first, with their summary, outcomes and follow-up actions."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain import model, rules
from ...i18n import QT_TRANSLATE_NOOP
from ..attachments.panel import AttachmentsPanel
from ..common.combo import combo_value, set_choices, set_track_filter
from ..common.form_base import FormDialog, party_combo
from ..common.paged_model import Column, PagedTableModel
from ..common.tables import fit_columns
from ..context import AppContext
from ..language import translate
from ..style import DEADLINE_COLOURS
from ..tracks.table import DateField

_RIGHT = Qt.AlignmentFlag.AlignRight


class RoundsModel(PagedTableModel):
    """Rounds of one track or all, newest first by default; a log holds tens of rounds, not thousands."""

    columns = (Column("track", QT_TRANSLATE_NOOP("RoundsModel", "Track")), Column("number", QT_TRANSLATE_NOOP("RoundsModel", "Round"), _RIGHT), Column("date", QT_TRANSLATE_NOOP("RoundsModel", "Date")),
               Column("place", QT_TRANSLATE_NOOP("RoundsModel", "Place")), Column("actions", QT_TRANSLATE_NOOP("RoundsModel", "Open actions"), _RIGHT))
    watches = frozenset({"rounds", "actions", "tracks"})

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = PagedTableModel.headerData(self, section, orientation, role)  # ours: Qt's would hand back None
        return translate("RoundsModel", value) if isinstance(value, str) else value

    def fetch(self, offset: int, limit: int) -> list[tuple[model.Round, str, int]]:
        log = self.ctx.log
        refs = log.read.track_refs()
        open_actions: dict[str, int] = {}
        for action in log.actions.list():
            if not action.done:
                open_actions[action.round_id] = open_actions.get(action.round_id, 0) + 1
        rows = [(r, refs.get(r.track_id, ""), open_actions.get(r.id, 0))
                for r in log.rounds.list(self.filters.get("track_id"))]
        key = self.sort_key or "date"
        rows.sort(key=lambda row: _sort_value(row, key), reverse=self.descending)
        return rows[offset:offset + limit] if limit >= 0 else rows[offset:]

    def row_id(self, row: tuple[model.Round, str, int]) -> str:
        return row[0].id

    def cell(self, row: tuple[model.Round, str, int], column: int, role: int) -> Any:
        rnd, ref, open_count = row
        if role == Qt.ItemDataRole.DisplayRole:
            where = translate("RoundsModel", "video call") if rnd.video else rnd.place
            return (ref, rnd.number, rnd.date.isoformat(), where, open_count or "")[column]
        if role == Qt.ItemDataRole.ToolTipRole and rnd.illustrative:
            return translate("RoundsModel", "Illustrative: this round is part of the demo story, not a real meeting")
        return None


def _sort_value(row: tuple[model.Round, str, int], key: str) -> Any:
    rnd, ref, open_count = row
    return {"track": (ref, rnd.number), "number": (rnd.number, ref), "date": (rnd.date, rnd.number),
            "place": (rnd.place.lower(), rnd.date), "actions": (open_count, rnd.date)}[key]


class ActionsModel(PagedTableModel):
    """Follow-up actions of the selected round; due dates coloured like commitments."""

    columns = (Column(None, QT_TRANSLATE_NOOP("ActionsModel", "Done")), Column(None, QT_TRANSLATE_NOOP("ActionsModel", "Owner")), Column(None, QT_TRANSLATE_NOOP("ActionsModel", "Action")),
               Column(None, QT_TRANSLATE_NOOP("ActionsModel", "Due")))
    watches = frozenset({"actions", "rounds"})

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = PagedTableModel.headerData(self, section, orientation, role)  # ours: Qt's would hand back None
        return translate("ActionsModel", value) if isinstance(value, str) else value

    def fetch(self, offset: int, limit: int) -> list[model.Action]:
        round_id = self.filters.get("round_id")
        rows = self.ctx.log.actions.list(round_id) if round_id else []
        return rows[offset:offset + limit] if limit >= 0 else rows[offset:]

    def cell(self, row: model.Action, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return ("✓" if row.done else "", row.owner, row.text, row.due.isoformat() if row.due else "")[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 3:
            return DEADLINE_COLOURS.get(rules.deadline_state(row.due, self.ctx.today(), row.done))
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return row.text
        return None


class RoundForm(FormDialog):
    """Add or edit a round of a track."""

    def __init__(self, ctx: AppContext, rnd: model.Round | None = None, track_id: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(ctx, translate("RoundForm", "Edit round") if rnd else translate("RoundForm", "New round"), parent)
        self.rnd = rnd
        self.track = self.add_field("track_id", translate("RoundForm", "Track"), QComboBox())
        set_choices(self.track, [(f"{t.ref} — {t.title}", t.id) for t in ctx.log.tracks.list()],
                    rnd.track_id if rnd else track_id)
        self.track.setEnabled(rnd is None)  # a round's versions and positions belong to its track
        self.date = self.add_field("date", translate("RoundForm", "Date"), QDateEdit(QDate(rnd.date) if rnd else QDate(ctx.today())))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.place = self.add_field("place", translate("RoundForm", "Place"), QLineEdit(rnd.place if rnd else ""))
        self.video = self.add_field("video", "", QCheckBox(translate("RoundForm", "Video call")))
        self.video.setChecked(bool(rnd and rnd.video))
        self.participants = self._text("participants", translate("RoundForm", "Participants"), rnd.participants if rnd else "", 60)
        self.summary = self._text("summary", translate("RoundForm", "Summary"), rnd.summary if rnd else "", 110)
        self.outcomes = self._text("outcomes", translate("RoundForm", "Outcomes"), rnd.outcomes if rnd else "", 80)

    def _text(self, name: str, label: str, value: str, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(value)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        return self.add_field(name, label, edit)

    def values(self) -> dict[str, Any]:
        return {"date": self.date.date().toPython(), "place": self.place.text().strip(), "video": self.video.isChecked(),
                "participants": self.participants.toPlainText().strip(), "summary": self.summary.toPlainText().strip(),
                "outcomes": self.outcomes.toPlainText().strip()}

    def validate(self) -> dict[str, str]:
        problems = {}
        if combo_value(self.track) is None:
            problems["track_id"] = translate("RoundForm", "Add a track first (Tracks, Ctrl+2).")
        v = self.values()
        if not v["place"] and not v["video"]:
            problems["place"] = translate("RoundForm", "Say where the round took place, or tick video call.")
        return problems

    def save(self) -> None:
        v, log = self.values(), self.ctx.log
        if self.rnd is None:
            track_id = combo_value(self.track)
            self.command(translate("RoundForm", "Add round"), lambda: log.rounds.add(track_id, v.pop("date"), **v),
                         lambda done: log.rounds.delete(done.record.id))
            return
        old = {"date": self.rnd.date, "place": self.rnd.place, "video": self.rnd.video,
               "participants": self.rnd.participants, "summary": self.rnd.summary, "outcomes": self.rnd.outcomes}
        changed = {k: value for k, value in v.items() if value != old[k]}
        if changed:
            round_id = self.rnd.id
            self.command(translate("RoundForm", "Edit round {number}").format(number=self.rnd.number), lambda: log.rounds.update(round_id, **changed),
                         lambda _r: log.rounds.update(round_id, **{k: old[k] for k in changed}))


class ActionForm(FormDialog):
    """A follow-up action agreed at a round: who, what, by when, done or not."""

    def __init__(self, ctx: AppContext, round_id: str, action: model.Action | None = None,
                 parent: QWidget | None = None):
        super().__init__(ctx, translate("ActionForm", "Edit follow-up action") if action else translate("ActionForm", "New follow-up action"), parent)
        self.round_id, self.action = round_id, action
        self.owner = self.add_field("owner", translate("ActionForm", "Owner"), party_combo(ctx, action.owner if action else ""))
        self.text = self.add_field("text", translate("ActionForm", "Action"), QLineEdit(action.text if action else ""))
        self.due = self.add_field("due", translate("ActionForm", "Due"), DateField(action.due if action else None,
                                                                   translate("ActionForm", "Has a due date")))
        # Not `self.done`: that would hide QDialog.done(), which Cancel and Escape call (it crashed the app).
        self.done_box = self.add_field("done", "", QCheckBox(translate("ActionForm", "Done")))
        self.done_box.setChecked(bool(action and action.done))

    def validate(self) -> dict[str, str]:
        return {"text": translate("ActionForm", "Say what is to be done.")} if not self.text.text().strip() else {}

    def save(self) -> None:
        log = self.ctx.log
        v = {"owner": combo_value(self.owner), "text": self.text.text().strip(), "due": self.due.value(),
             "done": self.done_box.isChecked()}
        if self.action is None:
            round_id = self.round_id
            self.command(translate("ActionForm", "Add follow-up action"), lambda: log.actions.add(round_id, **v),
                         lambda done: log.actions.delete(done.record.id))
            return
        old = {k: getattr(self.action, k) for k in v}
        changed = {k: value for k, value in v.items() if value != old[k]}
        if changed:
            action_id = self.action.id
            self.command(translate("ActionForm", "Edit follow-up action"), lambda: log.actions.update(action_id, **changed),
                         lambda _r: log.actions.update(action_id, **{k: old[k] for k in changed}))


class RoundsView(QWidget):
    """Rounds on the left; the selected round's account and its follow-up actions on the right."""

    open_requested = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = RoundsModel(ctx, self, sort_key="date", descending=True)
        self.track_filter = QComboBox()
        self.track_filter.setAccessibleName(translate("RoundsView", "Track"))
        self.track_filter.currentIndexChanged.connect(lambda _i: self.model.set_filter(track_id=combo_value(self.track_filter)))
        self.table = self._table(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_round())
        self.table.activated.connect(lambda _i: self.edit_round())
        self.model.reloaded.connect(self._show_round)
        self.account = QTextBrowser()
        self.account.setOpenLinks(False)
        self.actions_model = ActionsModel(ctx, self)
        self.actions_table = self._table(self.actions_model)
        self.actions_table.activated.connect(lambda _i: self.edit_action())
        buttons = QHBoxLayout()
        # The shortcuts belong to the Record menu's actions; the buttons only name them.
        for text, shortcut, slot in ((translate("RoundsView", "New round…"), "Ctrl+Shift+N", self.add_round),
                                     (translate("RoundsView", "Edit round…"), "F2", self.edit_round),
                                     (translate("RoundsView", "Add action…"), "Ctrl+Shift+A", self.add_action),
                                     (translate("RoundsView", "Mark done / not done"), "Ctrl+D", self.toggle_done)):
            button = QPushButton(text)
            button.setToolTip(f"{text.rstrip('…')} ({shortcut})")
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.account, 3)
        right_layout.addWidget(QLabel("<b>" + translate("RoundsView", "Follow-up actions") + "</b>"))
        right_layout.addWidget(self.actions_table, 2)
        right_layout.addWidget(QLabel("<b>" + translate("RoundsView", "Attachments") + "</b>"))
        self.attachments = AttachmentsPanel(ctx)
        right_layout.addWidget(self.attachments, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(right)
        self.splitter.setSizes([500, 620])  # the table shows its five columns whole at 1366 px
        top = QHBoxLayout()
        top.addWidget(QLabel("<span style='font-size:15pt'><b>" + translate("RoundsView", "Rounds") + "</b></span>"))
        top.addStretch(1)
        top.addWidget(QLabel(translate("RoundsView", "Track")))
        top.addWidget(self.track_filter)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter)
        self.setTabOrder(self.track_filter, self.table)
        self.setTabOrder(self.table, self.account)
        self.setTabOrder(self.account, self.actions_table)
        if ctx.settings is not None:
            if not ctx.settings.splitter_state("rounds").isEmpty():
                self.splitter.restoreState(ctx.settings.splitter_state("rounds"))
            self.splitter.splitterMoved.connect(
                lambda *_: ctx.settings.set_splitter_state("rounds", self.splitter.saveState()))
        ctx.bus.log_replaced.connect(self._fill_tracks)
        ctx.bus.changed.connect(self._on_tracks_changed)
        self._fill_tracks()
        # Place takes the room left; the round and its date are never cut
        fit_columns(self.table, 3, reloaded=self.model.reloaded, whole=frozenset({1, 2}), min_main=120)
        fit_columns(self.actions_table, 2, reloaded=self.actions_model.reloaded)  # the action's text does
        if self.model.rowCount():
            self.table.selectRow(0)

    @staticmethod
    def _table(model: PagedTableModel) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _on_tracks_changed(self, changed) -> None:
        """A bound method, not a lambda: it leaves the bus with the screen when View > Language rebuilds it."""
        if "tracks" in changed.entities:
            self._fill_tracks()

    def _fill_tracks(self) -> None:
        set_track_filter(self.track_filter, translate("RoundsView", "All tracks"), self.ctx.log.read.track_choices())

    def selected_round(self) -> model.Round | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row())[0] if index.isValid() else None

    def selected_action(self) -> model.Action | None:
        index = self.actions_table.currentIndex()
        return self.actions_model.row_at(index.row()) if index.isValid() else None

    def _show_round(self) -> None:
        rnd = self.selected_round()
        self.attachments.show_target("round", rnd.id if rnd else None)
        self.actions_model.set_filter(round_id=rnd.id if rnd else None)
        if rnd is None:
            self.account.setHtml("<p style='color:gray'>" + translate("RoundsView", "Select a round.") + "</p>")
            return
        track = self.ctx.log.tracks.get(rnd.track_id)
        where = translate("RoundsView", "video call") if rnd.video else html.escape(rnd.place)
        note = ("<p style='color:gray'><i>" + translate("RoundsView", "Illustrative round (demo story).") + "</i></p>"
                if rnd.illustrative else "")

        def para(title: str, text: str) -> str:
            return f"<h4>{title}</h4><p>{html.escape(text).replace(chr(10), '<br>')}</p>" if text else ""

        self.account.setHtml(
            "<h3>" + translate("RoundsView", "{track} round {number} — {date}, {place}").format(
                track=html.escape(track.ref), number=rnd.number, date=QLocale().toString(QDate(rnd.date), translate("RoundsView", "dd MMMM yyyy")),
                place=where) + f"</h3>{note}"
            + para(translate("RoundsView", "Summary"), rnd.summary) + para(translate("RoundsView", "Outcomes"), rnd.outcomes)
            + para(translate("RoundsView", "Participants"), rnd.participants))

    def edit_selected(self) -> None:
        """F2: the follow-up action when its table has the focus, else the round."""
        if self.actions_table.hasFocus() and self.selected_action() is not None:
            self.edit_action()
        else:
            self.edit_round()

    def add_round(self) -> None:
        RoundForm(self.ctx, None, combo_value(self.track_filter), self).exec()

    def edit_round(self) -> None:
        rnd = self.selected_round()
        if rnd is not None:
            RoundForm(self.ctx, self.ctx.log.rounds.get(rnd.id), parent=self).exec()

    def add_action(self) -> None:
        rnd = self.selected_round()
        if rnd is not None:
            ActionForm(self.ctx, rnd.id, parent=self).exec()

    def edit_action(self) -> None:
        action, rnd = self.selected_action(), self.selected_round()
        if action is not None and rnd is not None:
            ActionForm(self.ctx, rnd.id, action, self).exec()

    def toggle_done(self) -> None:
        from ..commands import ServiceCommand, run

        action = self.selected_action()
        if action is None:
            return
        log, action_id, done = self.ctx.log, action.id, not action.done
        run(self.ctx, ServiceCommand(self.ctx, translate("RoundsView", "Mark action done") if done else translate("RoundsView", "Mark action not done"),
                                     lambda: log.actions.update(action_id, done=done),
                                     lambda _r: log.actions.update(action_id, done=not done)))

    def open_item(self, entity_id: str) -> None:
        """Select a round, or the round of a follow-up action and the action itself."""
        action = next((a for a in self.ctx.log.actions.list() if a.id == entity_id), None)
        round_id = action.round_id if action else entity_id
        self.track_filter.setCurrentIndex(0)
        index = self.model.index_of(round_id)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        if action is not None:
            found = self.actions_model.index_of(action.id)
            if found.isValid():
                self.actions_table.selectRow(found.row())

