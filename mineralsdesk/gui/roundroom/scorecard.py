"""The Scorecard screen: pick a track, see per round the brackets opened and closed, each party's stance moves
towards or away from ours, our fallbacks used and the interventions per party, as charts and a table. Our
fallbacks and the minutes are internal: their charts and columns carry the internal mark."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import Changed
from ...services.scorecard import RoundScore, Scorecard
from ..common.combo import combo_value, select_value, set_choices
from ..common.dates import show_date
from ..context import AppContext
from ..keys import pick_by_digit
from ..language import translate
from ..style import INTERNAL_BACKGROUND, INTERNAL_COLOUR, TEXT_ON_TINT, mute, party_colour, set_heading_font
from .scorecard_charts import RoundBars, Series

WATCHES = frozenset({"tracks", "rounds", "clauses", "clause_versions", "brackets", "positions", "interventions",
                     "parties"})
OPENED_COLOUR = QColor("#c98a2b")
CLOSED_COLOUR = QColor("#2e7d4f")

# The table's columns: (heading, internal).
COLUMNS: tuple[tuple[str, bool], ...] = (
    (QT_TRANSLATE_NOOP("ScorecardView", "Round"), False),
    (QT_TRANSLATE_NOOP("ScorecardView", "Brackets opened"), False),
    (QT_TRANSLATE_NOOP("ScorecardView", "Brackets closed"), False),
    (QT_TRANSLATE_NOOP("ScorecardView", "Moves towards ours"), False),
    (QT_TRANSLATE_NOOP("ScorecardView", "Moves away from ours"), False),
    (QT_TRANSLATE_NOOP("ScorecardView", "Our fallbacks used"), True),
    (QT_TRANSLATE_NOOP("ScorecardView", "Interventions"), True),
)


def per_party(counts: dict[str, int], parties: list[str]) -> str:
    """"US 2 · JP 1" in the scorecard's party order; "–" for none."""
    return " · ".join(f"{p} {counts[p]}" for p in parties if counts.get(p)) or "–"


def round_cells(score: RoundScore, parties: list[str], speakers: list[str] | None = None) -> list[str]:
    """One round's row of the table, as shown (interventions of `speakers`: ours and the others)."""
    label = translate("ScorecardView", "Round {number} ({date})").format(
        number=score.round.number, date=show_date(score.round.date, "medium"))
    return [label, str(score.opened), str(score.closed), per_party(score.towards, parties),
            per_party(score.away, parties), str(score.fallbacks_used),
            per_party(score.interventions, speakers if speakers is not None else parties)]


def total_cells(card: Scorecard) -> list[str]:
    totals = {name: {p: card.party_total(name, p) for p in card.speakers} for name in ("towards", "away",
                                                                                       "interventions")}
    return [translate("ScorecardView", "Total"), str(card.total("opened")), str(card.total("closed")), per_party(totals["towards"], card.parties),
            per_party(totals["away"], card.parties), str(card.total("fallbacks_used")),
            per_party(totals["interventions"], card.speakers)]


class ScorecardModel(QAbstractTableModel):
    """The table's rows (a row per round, then the total) held in Python: painting reads no empty value from Qt."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[list[str]] = []
        self.bold = QFont()
        self.bold.setBold(True)

    def set_card(self, card: Scorecard | None) -> None:
        self.beginResetModel()
        self.rows = [] if card is None else [round_cells(r, card.parties, card.speakers) for r in card.rounds]
        if card is not None and card.rounds:
            self.rows.append(total_cells(card))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        internal = COLUMNS[column][1]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[row][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and internal:
            return INTERNAL_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and internal:
            return TEXT_ON_TINT
        if role == Qt.ItemDataRole.FontRole and self.rows[row][0] == translate("ScorecardView", "Total"):
            return self.bold
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        title, internal = COLUMNS[section]
        title = translate("ScorecardView", title)
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("ScorecardView", "{title} (internal)").format(title=title) if internal else title
        if role == Qt.ItemDataRole.ForegroundRole and internal:
            return INTERNAL_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and internal:
            return translate("ScorecardView", "Internal: never printed in a shareable briefing")
        return None


class ScorecardView(QWidget):
    """One track's scorecard: three charts above a table with a row per round and a total."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.card: Scorecard | None = None
        self.charts: list[RoundBars] = []
        heading = QLabel(translate("ScorecardView", "Scorecard"))
        set_heading_font(heading)
        self.track = pick_by_digit(QComboBox())
        self.track.setAccessibleName(translate("ScorecardView", "Track"))
        self.track.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.track.setMinimumContentsLength(28)
        self.track.currentIndexChanged.connect(lambda _i: self.reload())
        track_label = QLabel(translate("ScorecardView", "&Track:"))
        track_label.setBuddy(self.track)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        mute(self.summary)
        self.internal_note = QLabel(
            f'<span style="color:{INTERNAL_COLOUR.name()}; font-weight:600">'
            + translate("ScorecardView", "INTERNAL") + "</span> " + translate("ScorecardView", "our fallbacks used and the minutes' interventions: never in a shareable paper"))
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(16)
        top.addWidget(track_label)
        top.addWidget(self.track)
        top.addStretch(1)
        # The summary and the internal mark on a line of their own, wrapping: their words never widen the screen.
        for label in (self.summary, self.internal_note):
            label.setWordWrap(True)
        notes = QHBoxLayout()
        notes.addWidget(self.summary, 1)
        notes.addWidget(self.internal_note, 1)
        self.chart_row = QHBoxLayout()
        self.model = ScorecardModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Scorecard per round")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(notes)
        layout.addLayout(self.chart_row, 3)
        layout.addWidget(self.table, 2)
        ctx.bus.changed.connect(self._on_changed)
        ctx.bus.log_replaced.connect(self.reload_tracks)
        self.reload_tracks()

    def reload_tracks(self) -> None:
        """Fill the track picker again (keeping the track chosen when it is still there), then the scorecard."""
        self.track.blockSignals(True)
        set_choices(self.track, [(f"{t.ref} — {t.title}", t.id) for t in self.ctx.log.tracks.list()])
        self.track.blockSignals(False)
        self.reload()

    def current_track(self) -> str | None:
        return combo_value(self.track)

    def set_track(self, track_id: str) -> None:
        select_value(self.track, track_id)

    def reload(self) -> None:
        track_id = self.current_track()
        self.card = self.ctx.log.read.scorecard(track_id) if track_id else None
        self._fill_charts()
        self._fill_table()
        card = self.card
        if card is None:
            self.summary.setText(translate("ScorecardView", "No track yet."))
        else:
            n = len(card.rounds)
            self.summary.setText(self.tr("%n round(s); brackets opened {opened}, closed {closed}; ours: {ours}",
                                           "", n).format(
                opened=card.total('opened'), closed=card.total('closed'),
                ours=card.our_party or translate("ScorecardView", "none marked")))

    def _fill_charts(self) -> None:
        for chart in self.charts:
            self.chart_row.removeWidget(chart)
            chart.hide()
            chart.deleteLater()
        self.charts = []
        card = self.card
        if card is None:
            return
        names = [translate("ScorecardView", "R{number}").format(number=r.round.number) for r in card.rounds]
        brackets = RoundBars(translate("ScorecardView", "Brackets: opened (up), closed (down)"), names, [
            Series(translate("ScorecardView", "opened"), OPENED_COLOUR, [r.opened for r in card.rounds]),
            Series(translate("ScorecardView", "closed"), CLOSED_COLOUR, [r.closed for r in card.rounds], down=True)])
        moves = []
        for p in card.parties:
            away = QColor(party_colour(p))
            away.setAlphaF(0.45)
            moves.append(Series(translate("ScorecardView", "{party} towards").format(party=p), party_colour(p), [r.towards.get(p, 0) for r in card.rounds]))
            moves.append(Series(translate("ScorecardView", "{party} away").format(party=p), away, [r.away.get(p, 0) for r in card.rounds], down=True))
        stances = RoundBars(translate("ScorecardView", "Stance moves: towards ours (up), away (down)"), names, moves,
                            legend=[(p, party_colour(p)) for p in card.parties])
        spoken = RoundBars(translate("ScorecardView", "Interventions (up), our fallbacks used (down)"), names, [
            *(Series(p, party_colour(p), [r.interventions.get(p, 0) for r in card.rounds]) for p in card.speakers),
            Series(translate("ScorecardView", "our fallbacks used"), INTERNAL_COLOUR, [r.fallbacks_used for r in card.rounds], down=True)],
            internal=True)
        self.charts = [brackets, stances, spoken]
        for chart in self.charts:
            self.chart_row.addWidget(chart, 1)

    def _fill_table(self) -> None:
        self.model.set_card(self.card)

    def _on_changed(self, changed: Changed) -> None:
        if "tracks" in changed.entities:
            self.reload_tracks()
        elif changed.entities & WATCHES:
            self.reload()

    def open_item(self, entity_id: str) -> None:
        """Show the scorecard of a track (by id)."""
        self.set_track(entity_id)
