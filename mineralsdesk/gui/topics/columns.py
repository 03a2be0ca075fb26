"""One track's column on the Topics screen: its clauses' current text (read-only) and each party's stance under it."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import Position, Stance
from ...services.read_models import TopicTrack
from ..clauses.detail import bracketed_html
from ..common.values import value_text
from ..language import translate
from ..style import STANCE_COLOURS, TEXT_ON_TINT, mute

COLUMN_MIN_WIDTH = 250
# A stance in a narrow cell; its tooltip says it in full, with the note.
SHORT_STANCES = {Stance.ACCEPTS_WITH_AMENDMENTS: QT_TRANSLATE_NOOP("TrackColumn", "amends"),
                 Stance.NO_POSITION: QT_TRANSLATE_NOOP("TrackColumn", "none")}
EMPTY_COLUMN_WIDTH = 170  # a track with no clause on the topic: its name and a line saying so
_DOC_STYLE = "body { font-size: 10pt; } p { margin-top: 2px; margin-bottom: 8px; } .facts { color: #5f6b7a; }"


def column_html(entry: TopicTrack) -> str:
    """The track's clauses on the topic as one read-only document: reference, title, status, current text."""
    parts = []
    for clause in entry.clauses:
        row = clause.row
        tabled = (translate("TrackColumn", ", v{version} tabled by {party}").format(version=row.version, party=html.escape(row.party))
                  if row.version else translate("TrackColumn", ", no text yet"))
        parts.append(f"<p><b>{html.escape(row.ref)}</b> · {html.escape(row.title)}<br>"
                     f"<span class='facts'>{html.escape(value_text(row.status))}{tabled}</span></p>")
        parts.append(bracketed_html(row.text, {}) if row.text
                     else "<p><i>{}</i></p>".format(translate("TrackColumn", "No text recorded.")))
    return "".join(parts)


class TrackColumn(QFrame):
    """A track's heading, its clauses' text, and a stance table (a row per clause, a column per party)."""

    def __init__(self, entry: TopicTrack, parent: QWidget | None = None):
        super().__init__(parent)
        self.entry = entry
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(COLUMN_MIN_WIDTH if entry.clauses else EMPTY_COLUMN_WIDTH)
        if not entry.clauses:
            self.setMaximumWidth(EMPTY_COLUMN_WIDTH)
        track = entry.track
        self.heading = QLabel(f"<b>{html.escape(track.ref)}</b> — {html.escape(track.title)}")
        self.heading.setWordWrap(True)
        count = len(entry.clauses)
        self.facts = QLabel(self.tr("%n clause(s) · parties {parties}", "", count).format(
            parties=", ".join(track.parties) or "—") if count else translate("TrackColumn", "No clause on this topic in this track."))
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setWordWrap(True)
        mute(self.facts)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        self.text: QTextBrowser | None = None
        self.stances: QTableView | None = None
        if not count:
            layout.addStretch(1)
            return
        self.text = QTextBrowser()
        self.text.setReadOnly(True)
        self.text.setOpenLinks(False)
        self.text.setTabChangesFocus(True)  # Tab leaves the text for the next control
        self.text.setAccessibleName(translate("TrackColumn", "Current text of the {track} clauses on this topic").format(track=track.ref))
        self.text.document().setDefaultStyleSheet(_DOC_STYLE)
        self.text.setHtml(column_html(entry))
        layout.addWidget(self.text, 1)
        stance_label = QLabel(translate("TrackColumn", "Stances in {track}").format(track=track.ref))
        mute(stance_label)
        layout.addWidget(stance_label)
        self.stances = self._stance_table()
        layout.addWidget(self.stances)

    def _stance_table(self) -> QTableView:
        model = StanceModel(self.entry, self)
        table = QTableView()
        table.setModel(model)
        table.setAccessibleName(translate("TrackColumn", "Each party's latest stance in {track}").format(track=self.entry.track.ref))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.resizeRowsToContents()
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(model.rowCount()))
        table.setFixedHeight(height)
        return table


class StanceModel(QAbstractTableModel):
    """A row per clause, a column per party: the party's latest stance, tinted, its note in the tooltip.

    A model of our own rather than QTableWidget items: Qt reading an item's empty roles back hands Python
    None, which PySide6 6.12 miscounts (gui/refcounts.py).
    """

    def __init__(self, entry: TopicTrack, parent: QWidget | None = None):
        super().__init__(parent)
        self.entry = entry
        self.parties = entry.parties

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.entry.clauses)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.parties)

    def position(self, row: int, column: int) -> Position | None:
        return self.entry.clauses[row].positions.get(self.parties[column])

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.entry.clauses) or index.column() >= len(self.parties):
            return None
        position = self.position(index.row(), index.column())
        stance = Stance(position.stance) if position is not None else None
        party, ref = self.parties[index.column()], self.entry.clauses[index.row()].row.ref
        if role == Qt.ItemDataRole.DisplayRole:
            return (translate("TrackColumn", SHORT_STANCES[stance]) if stance in SHORT_STANCES else value_text(stance)) if stance is not None else "—"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole and stance is not None:
            return QBrush(STANCE_COLOURS[stance])
        if role == Qt.ItemDataRole.ForegroundRole and stance is not None:
            return QBrush(TEXT_ON_TINT)
        if role == Qt.ItemDataRole.ToolTipRole:
            if position is None:
                return translate("TrackColumn", "{party}: no position recorded on {ref}").format(party=party, ref=ref)
            note = f"\n{position.note}" if position.note.strip() else ""
            return translate("TrackColumn", "{party} on {ref}: {stance}").format(party=party, ref=ref, stance=stance) + note
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.parties[section] if 0 <= section < len(self.parties) else None
        return self.entry.clauses[section].row.ref if 0 <= section < len(self.entry.clauses) else None
