"""The tracks screen: every instrument under negotiation with its parties and target date, and its form."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import model, rules
from ...domain.ordering import ref_key
from ...i18n import QT_TRANSLATE_NOOP
from ..common.form_base import FormDialog
from ..common.paged_model import Column, PagedTableModel
from ..common.tables import fit_columns
from ..context import AppContext
from ..language import translate
from ..style import CONCLUDED_COLOUR, DEADLINE_COLOURS

STATE_COLOURS = {rules.TrackState.CONCLUDED: CONCLUDED_COLOUR,
                 rules.TrackState.PAST_TARGET: DEADLINE_COLOURS[rules.DeadlineState.OVERDUE]}

_RIGHT = Qt.AlignmentFlag.AlignRight


class TrackRow:
    """A track with the counts the table shows and where it stands (rules.track_state)."""

    def __init__(self, track: model.Track, clauses: int, rounds: int, state: rules.TrackState, today: date):
        self.track, self.clauses, self.rounds, self.state = track, clauses, rounds, state
        self.id = track.id
        self.days = (track.target_date - today).days if track.target_date else 0


class TracksModel(PagedTableModel):
    """Tracks are few (a handful per log), so one services call fetches them; sorting follows the column."""

    columns = (Column("ref", QT_TRANSLATE_NOOP("TracksModel", "Ref")), Column("title", QT_TRANSLATE_NOOP("TracksModel", "Title")), Column("kind", QT_TRANSLATE_NOOP("TracksModel", "Kind")),
               Column("parties", QT_TRANSLATE_NOOP("TracksModel", "Parties")), Column("target_date", QT_TRANSLATE_NOOP("TracksModel", "Target date")),
               Column("state", QT_TRANSLATE_NOOP("TracksModel", "State")), Column("clauses", QT_TRANSLATE_NOOP("TracksModel", "Clauses"), _RIGHT),
               Column("rounds", QT_TRANSLATE_NOOP("TracksModel", "Rounds"), _RIGHT))
    watches = frozenset({"tracks", "clauses", "rounds"})

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = PagedTableModel.headerData(self, section, orientation, role)  # ours: Qt's would hand back None
        return translate("TracksModel", value) if isinstance(value, str) else value

    def state_text(self, row: TrackRow) -> str:
        """Where a track stands, in words (self.tr: lupdate marks only its plurals as such)."""
        if row.state is rules.TrackState.CONCLUDED:
            return self.tr("✓ concluded")
        if row.state is rules.TrackState.NO_TARGET:
            return self.tr("no target")
        days = row.days if row.state is rules.TrackState.OPEN else -row.days
        if row.state is rules.TrackState.OPEN:
            return self.tr("%n day(s) left", "", days)
        return self.tr("%n day(s) past", "", days)

    def fetch(self, offset: int, limit: int) -> list[TrackRow]:
        log = self.ctx.log
        rounds: dict[str, int] = {}
        for rnd in log.rounds.list():
            rounds[rnd.track_id] = rounds.get(rnd.track_id, 0) + 1
        today, concluded = self.ctx.today(), log.read.concluded_track_ids()
        rows = [TrackRow(t, log.read.clause_count(track_id=t.id), rounds.get(t.id, 0),
                         rules.track_state(t.target_date, today, t.id in concluded), today) for t in log.tracks.list()]
        key = self.sort_key or "ref"
        rows.sort(key=lambda r: _sort_value(r, key), reverse=self.descending)
        return rows[offset:offset + limit] if limit >= 0 else rows[offset:]

    def cell(self, row: TrackRow, column: int, role: int) -> Any:
        t = row.track
        if role == Qt.ItemDataRole.DisplayRole:
            return (t.ref, t.title, t.kind, " – ".join(t.parties), t.target_date.isoformat() if t.target_date else "",
                    self.state_text(row), row.clauses, row.rounds)[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 5:
            return STATE_COLOURS.get(row.state)
        if role == Qt.ItemDataRole.ToolTipRole and column == 1 and t.description:
            return t.description
        return None


def _sort_value(row: TrackRow, key: str) -> Any:
    if key in ("clauses", "rounds"):
        return getattr(row, key)
    if key == "state":
        return (list(rules.TrackState).index(row.state), row.days)
    value = getattr(row.track, key)
    if key == "ref":
        return ref_key(value)  # "Track 2" before "Track 10", as every list of tracks orders them
    if key == "target_date":
        return value or date.max
    if key == "parties":
        return " ".join(value)
    return (value or "").lower()


class DateField(QWidget):
    """A date that may be left empty: a tick box says whether there is one."""

    def __init__(self, value: date | None, label: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.enabled = QCheckBox(translate("DateField", "Set") if label is None else label)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDate(QDate(value) if value else QDate.currentDate())
        self.enabled.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.enabled.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.enabled)
        row.addWidget(self.edit, 1)
        self.setFocusProxy(self.edit)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.enabled.isChecked() else None


class TrackForm(FormDialog):
    """Add or edit a track; saved as one undoable command."""

    def __init__(self, ctx: AppContext, track: model.Track | None = None, parent: QWidget | None = None):
        super().__init__(ctx, translate("TrackForm", "Edit track") if track else translate("TrackForm", "New track"), parent)
        self.track = track
        t = track or model.Track(ref="", title="")
        self.ref = self.add_field("ref", translate("TrackForm", "Reference"), QLineEdit(t.ref))
        self.ref.setPlaceholderText(translate("TrackForm", "Short name, e.g. MOU"))
        self.title_edit = self.add_field("title", translate("TrackForm", "Title"), QLineEdit(t.title))
        self.kind = self.add_field("kind", translate("TrackForm", "Kind"), QLineEdit(t.kind))
        self.kind.setPlaceholderText(translate("TrackForm", "memorandum, roadmap, action plan…"))
        self.target = self.add_field("target_date", translate("TrackForm", "Target date"),
                                     DateField(t.target_date, translate("TrackForm", "Has a target")))
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.party_boxes: dict[str, QCheckBox] = {}
        for party in ctx.log.parties.list():
            check = QCheckBox(party.code)
            check.setToolTip(party.name)
            check.setChecked(party.code in t.parties)
            self.party_boxes[party.code] = check
            row.addWidget(check)
        row.addStretch(1)
        self.add_field("parties", translate("TrackForm", "Parties"), box)
        self.description = self.add_field("description", translate("TrackForm", "Description"), QPlainTextEdit(t.description))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(90)

    def values(self) -> dict[str, Any]:
        return {"ref": self.ref.text().strip(), "title": self.title_edit.text().strip(), "kind": self.kind.text().strip(),
                "target_date": self.target.value(),
                "parties": [code for code, box in self.party_boxes.items() if box.isChecked()],
                "description": self.description.toPlainText().strip()}

    def validate(self) -> dict[str, str]:
        v, problems = self.values(), {}
        if not v["ref"]:
            problems["ref"] = translate("TrackForm", "Give the track a short reference.")
        if not v["title"]:
            problems["title"] = translate("TrackForm", "Give the track a title.")
        if len(v["parties"]) < 2:
            problems["parties"] = translate("TrackForm", "A negotiation needs at least two parties.")
        return problems

    def field_for_error(self, message: str) -> str | None:
        return "ref" if "Track" in message and "exists" in message else None

    def save(self) -> None:
        v, log = self.values(), self.ctx.log
        if self.track is None:
            self.command(translate("TrackForm", "Add track {ref}").format(ref=v["ref"]), lambda: log.tracks.add(**v),
                         lambda done: log.tracks.delete(done.record.id))
            return
        old = {k: getattr(self.track, k) for k in v}
        changed = {k: value for k, value in v.items() if value != old[k]}
        if changed:
            track_id = self.track.id
            self.command(translate("TrackForm", "Edit track {ref}").format(ref=v["ref"]), lambda: log.tracks.update(track_id, **changed),
                         lambda _r: log.tracks.update(track_id, **{k: old[k] for k in changed}))


class TracksView(QWidget):
    """The table of tracks and the selected track's description and target."""

    open_requested = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = TracksModel(ctx, self, sort_key="ref")
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.model.reloaded.connect(self._show_detail)
        add = QPushButton(translate("TracksView", "New track…"))
        add.setToolTip(translate("TracksView", "Add a track (Record menu, Ctrl+Shift+T)"))
        add.clicked.connect(self.add_track)
        self.edit_button = QPushButton(translate("TracksView", "Edit…"))
        self.edit_button.setToolTip(translate("TracksView", "Edit the selected track (Enter or F2)"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.linkActivated.connect(lambda link: self.open_requested.emit(*link.split(":", 1)))
        top = QHBoxLayout()
        top.addWidget(QLabel("<span style='font-size:15pt'><b>" + translate("TracksView", "Tracks") + "</b></span>"))
        top.addStretch(1)
        top.addWidget(add)
        top.addWidget(self.edit_button)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setSizes([360, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter)
        if ctx.settings is not None and not ctx.settings.splitter_state("tracks").isEmpty():
            self.splitter.restoreState(ctx.settings.splitter_state("tracks"))
        if ctx.settings is not None:
            self.splitter.splitterMoved.connect(
                lambda *_: ctx.settings.set_splitter_state("tracks", self.splitter.saveState()))
        fit_columns(self.table, 1, reloaded=self.model.reloaded)  # the title takes the room left
        if self.model.rowCount():
            self.table.selectRow(0)

    def selected(self) -> model.Track | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).track if index.isValid() else None

    def _show_detail(self) -> None:
        track = self.selected()
        self.edit_button.setEnabled(track is not None)
        if track is None:
            self.detail.setText("")
            return
        target = (QLocale().toString(QDate(track.target_date), translate("TracksView", "dd MMMM yyyy")) if track.target_date
                  else translate("TracksView", "none set"))
        row = self.model.row_at(self.table.currentIndex().row())
        colour = STATE_COLOURS.get(row.state)
        state = html.escape(self.model.state_text(row))
        target += f" · <b style='color:{colour.name()}'>{state}</b>" if colour else f" · {state}"
        self.detail.setText(
            f"<h3>{html.escape(track.title)}</h3><p><b>" + translate("TracksView", "Target date:") + f"</b> {target} &nbsp; "
            "<b>" + translate("TracksView", "Parties:") + f"</b> {html.escape(', '.join(track.parties))} &nbsp; "
            "<b>" + translate("TracksView", "Kind:") + f"</b> {html.escape(track.kind)}</p>"
            f"<p>{html.escape(track.description).replace(chr(10), '<br>')}</p>"
            f"<p><a href='dashboard:{track.id}'>" + translate("TracksView", "Show on the dashboard") + "</a></p>")

    def add_track(self) -> None:
        TrackForm(self.ctx, None, self).exec()

    def edit_selected(self) -> None:
        track = self.selected()
        if track is not None:
            TrackForm(self.ctx, self.ctx.log.tracks.get(track.id), self).exec()

    def open_item(self, entity_id: str) -> None:
        index = self.model.index_of(entity_id)
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)
