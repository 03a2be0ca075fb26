"""The positions matrix model: clauses as rows, parties as columns, each cell a party's latest stance."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from ...domain import model
from ...domain.model import Changed
from ...domain.rules import STANCE_ORDER
from ...i18n import QT_TRANSLATE_NOOP
from ...services.log import Log
from ...services.read_models import ClauseRow
from ..commands import first_only
from ..common.cells import CHOICES_ROLE, run_cell_edit
from ..common.paged_model import Column, PagedTableModel
from ..common.values import value_text
from ..context import AppContext
from ..language import translate
from ..style import INTERNAL_COLOUR, NOT_A_PARTY_HATCH, NOT_A_PARTY_TEXT, STANCE_COLOURS, TEXT_ON_TINT

POSITION_ROLE = Qt.ItemDataRole.UserRole + 1
"""The model.Position behind a cell (None where the party has taken none)."""
INTERNAL_ROLE = Qt.ItemDataRole.UserRole + 2
"""For our own column: the internal line to show under the stance ("" when there is nothing internal)."""
INTERNAL_MARK = QT_TRANSLATE_NOOP("PositionsModel", "INTERNAL")
NOT_A_PARTY = QT_TRANSLATE_NOOP("PositionsModel", "not a party")
"""Shown (muted, hatched) where a party is not in the clause's track, so a blank never needs explaining."""
_CLAUSE_COLUMNS = (Column("track", QT_TRANSLATE_NOOP("PositionsModel", "Track")), Column("ref", QT_TRANSLATE_NOOP("PositionsModel", "Ref")), Column("title", QT_TRANSLATE_NOOP("PositionsModel", "Clause")))


def position_steps(log: Log, clause_id: str, party: str, round_id: str, stance: model.Stance | str,
                   fields: dict[str, str], expected: Callable[[], int | None]
                   ) -> tuple[Callable[[], Changed], Callable[[Changed], Changed]]:
    """Do and undo of recording `party`'s stance on a clause at a round (the form and the cell both use it):
    undo deletes a position the edit made, or puts back the one it changed at that round."""
    before: dict[str, model.Position | None] = {}

    def do() -> Changed:
        before["old"] = next((p for p in log.positions.list(clause_id) if p.party == party and p.round_id == round_id),
                             None)
        return log.positions.set(clause_id, party, round_id, stance, expected_rev=expected(), **fields)

    def undo(done: Changed) -> Changed:
        old = before.get("old")
        if old is None:
            return log.positions.delete(done.record.id)
        return log.positions.set(clause_id, party, round_id, old.stance, note=old.note, red_line=old.red_line,
                                 fallback=old.fallback, internal_note=old.internal_note)

    return do, undo


class PositionsModel(PagedTableModel):
    """Rows come from log.clause_rows (paged, filtered by track and topic in SQL); cells from latest_positions."""

    watches = frozenset({"positions", "clauses", "tracks", "rounds", "parties", "settings"})

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        self.parties: list[str] = []
        self.our_party = ""
        self.positions: dict[tuple[str, str], model.Position] = {}
        self._track_parties: dict[str, set[str]] = {}
        self._rounds: dict[str, model.Round] = {}
        self.columns = _CLAUSE_COLUMNS
        self.refused = ""  # the last refused in-place stance, for the view to show
        super().__init__(ctx, parent, sort_key="track")

    def _set_columns(self, track_id: str | None) -> None:
        log = self.ctx.log
        self.our_party = log.settings.our_party
        tracks = {t.id: t for t in log.tracks.list()}
        self._track_parties = {t.id: set(t.parties) for t in tracks.values()}
        codes = log.parties.codes()
        if track_id in tracks and tracks[track_id].parties:
            codes = [c for c in codes if c in tracks[track_id].parties]
        # Ours first: it is the column the negotiator reads against the others.
        self.parties = sorted(codes, key=lambda c: (c != self.our_party, c))
        self.columns = (*_CLAUSE_COLUMNS, *(Column(None, self._party_title(c)) for c in self.parties))

    def _party_title(self, code: str) -> str:
        return translate("PositionsModel", "{code} (ours)").format(code=code) if code == self.our_party else code

    def fetch(self, offset: int, limit: int) -> list[ClauseRow]:
        if offset == 0:  # a new query or a reload: read the positions and rounds once for all pages
            self.positions = self.ctx.log.read.latest_positions(self.filters.get("track_id"))
            self._rounds = {r.id: r for r in self.ctx.log.rounds.list()}
        return self.ctx.log.read.clause_rows(sort=self.sort_key or "track", descending=self.descending,
                                        limit=limit, offset=offset, **self.filters)

    def _requery(self) -> None:
        # The party columns depend on the track filter, so they change inside the reset.
        self.beginResetModel()
        self._set_columns(self.filters.get("track_id"))
        rows = self.fetch(0, self.page_size + 1)
        self._rows, self._exhausted = rows[:self.page_size], len(rows) <= self.page_size
        self.endResetModel()
        self.reloaded.emit()

    def reload(self) -> None:
        parties, ours = list(self.parties), self.our_party
        self._set_columns(self.filters.get("track_id"))
        if (parties, ours) != (self.parties, self.our_party):
            self._requery()
        else:
            super().reload()

    # -- cells --------------------------------------------------------------------------------------------
    def party_at(self, column: int) -> str | None:
        k = column - len(_CLAUSE_COLUMNS)
        return self.parties[k] if 0 <= k < len(self.parties) else None

    def position_at(self, index: QModelIndex) -> model.Position | None:
        party = self.party_at(index.column())
        if not index.isValid() or party is None:
            return None
        return self.positions.get((self._rows[index.row()].id, party))

    def in_track(self, index: QModelIndex) -> bool:
        """Whether the cell's party takes part in the clause's track (or has stated a position anyway)."""
        party = self.party_at(index.column())
        if not index.isValid() or party is None or index.row() >= len(self._rows):
            return False
        row = self._rows[index.row()]
        return party in self._track_parties.get(row.track_id, {party}) or (row.id, party) in self.positions

    def internal_line(self, position: model.Position | None) -> str:
        """Our column's internal line (the red line first, else the fallback, else the internal note);
        other parties never carry internal fields, so their cells never get one."""
        if position is None or position.party != self.our_party:
            return ""
        for label, value in ((translate("PositionsModel", "red line"), position.red_line), (translate("PositionsModel", "fallback"), position.fallback),
                             (translate("PositionsModel", "note"), position.internal_note)):
            if value:
                return translate("PositionsModel", "{mark} {label}: {text}").format(mark=translate("PositionsModel", INTERNAL_MARK), label=label,
                                                                text=" ".join(value.split()))
        return ""

    def cell(self, row: ClauseRow, column: int, role: int) -> Any:
        party = self.party_at(column)
        if party is None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return row.track_ref if column == 0 else getattr(row, _CLAUSE_COLUMNS[column].key)
            return None
        position = self.positions.get((row.id, party))
        in_track = party in self._track_parties.get(row.track_id, {party}) or position is not None
        if role == Qt.ItemDataRole.DisplayRole:
            if not in_track:
                return translate("PositionsModel", NOT_A_PARTY)
            return value_text(position.stance) if position else "—"
        if role == Qt.ItemDataRole.BackgroundRole:
            if not in_track:
                return QBrush(NOT_A_PARTY_HATCH, Qt.BrushStyle.BDiagPattern)
            return STANCE_COLOURS.get(position.stance) if position is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and not in_track:
            return NOT_A_PARTY_TEXT
        if role == Qt.ItemDataRole.FontRole and not in_track:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(party, position, in_track)
        if role == INTERNAL_ROLE:
            return self.internal_line(position)
        if role == POSITION_ROLE:
            return position
        if role == Qt.ItemDataRole.EditRole:
            return value_text(position.stance) if position is not None else ""
        if role == CHOICES_ROLE:
            return [(value_text(s), str(s)) for s in STANCE_ORDER]
        if role == Qt.ItemDataRole.ForegroundRole and position is not None:
            return INTERNAL_COLOUR if self.internal_line(position) else TEXT_ON_TINT
        return None

    def _tooltip(self, party: str, position: model.Position | None, in_track: bool) -> str:
        if not in_track:
            return translate("PositionsModel", "{party} is not a party to this track").format(party=party)
        if position is None:
            return translate("PositionsModel", "{party} has stated no position yet").format(party=party)
        rnd = self._rounds.get(position.round_id)
        when = translate("PositionsModel", " (round {number}, {date})").format(number=rnd.number, date=rnd.date.isoformat()) if rnd else ""
        lines = [f"{party}: {value_text(position.stance)}{when}", position.note or translate("PositionsModel", "(no note)")]
        if party == self.our_party:
            for label, value in ((translate("PositionsModel", "Red line"), position.red_line), (translate("PositionsModel", "Fallback"), position.fallback),
                                 (translate("PositionsModel", "Internal note"), position.internal_note)):
                if value:
                    lines.append(translate("PositionsModel", INTERNAL_MARK) + f" — {label}: {value}")
        return "\n".join(lines)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        party = self.party_at(section) if orientation == Qt.Orientation.Horizontal else None
        if party and role == Qt.ItemDataRole.ToolTipRole:
            return (translate("PositionsModel", "Our delegation: red lines and fallbacks here are INTERNAL and never exported to counterparts")
                    if party == self.our_party else translate("PositionsModel", "{party}'s latest stance on each clause").format(party=party))
        value = PagedTableModel.headerData(self, section, orientation, role)  # ours: Qt's would hand back None
        if party is None and isinstance(value, str):  # the clause columns; party codes are never translated
            return translate("PositionsModel", value)
        return value

    # -- a stance changed in its cell -----------------------------------------------------------------------
    def _latest_round(self, row: ClauseRow) -> model.Round | None:
        rounds = [r for r in self._rounds.values() if r.track_id == row.track_id]
        return max(rounds, key=lambda r: (r.number, r.date)) if rounds else None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if (index.isValid() and self.party_at(index.column()) is not None and self.in_track(index)
                and self._latest_round(self._rows[index.row()]) is not None):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        """The party's stance at the track's latest round, as the form records it: at the same round the
        position's note and internal lines stay; at a new round the note starts empty and our internal lines
        carry over."""
        if role != Qt.ItemDataRole.EditRole or not (index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable):
            return False
        try:
            stance = model.Stance(value)
        except ValueError:
            return False
        row, party = self._rows[index.row()], self.party_at(index.column())
        latest, rnd = self.positions.get((row.id, party)), self._latest_round(row)
        if rnd is None or party is None or (latest is not None and latest.stance == stance
                                            and latest.round_id == rnd.id):
            return False
        same_round = latest is not None and latest.round_id == rnd.id
        fields = {"note": latest.note if same_round and latest else ""}
        if party == self.our_party and latest is not None:
            fields |= {"red_line": latest.red_line, "fallback": latest.fallback,
                       "internal_note": latest.internal_note}
        do, undo = position_steps(self.ctx.log, row.id, party, rnd.id, stance, fields,
                                  first_only(latest.rev if same_round and latest else None))
        return run_cell_edit(self.ctx, self, translate("PositionsModel", "{party} position on {ref}: {stance}").format(
            party=party, ref=row.ref, stance=stance), do, undo)

    def clause_id(self, index: QModelIndex) -> str | None:
        return self._rows[index.row()].id if index.isValid() and index.row() < len(self._rows) else None
