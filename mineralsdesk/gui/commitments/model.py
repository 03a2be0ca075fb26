"""The commitments table model: due dates with their anchor, deadline colours, editable state, compliance."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ...domain import model, rules
from ...domain.rules import DeadlineState
from ...i18n import QT_TRANSLATE_NOOP
from ..commands import first_only
from ..common.cells import CHOICES_ROLE, run_cell_edit
from ..common.paged_model import Column, PagedTableModel
from ..common.values import value_text
from ..context import AppContext
from ..language import current_language, translate
from ..style import DEADLINE_COLOURS

# Pseudo-states of the State filter: what a negotiator asks ("which are still open", "which are late").
NOT_CLOSED, OVERDUE = "not closed", "overdue"

OWNER_COLUMN, STATE_COLUMN = 2, 6
EDITABLE_COLUMNS = (STATE_COLUMN, OWNER_COLUMN)  # the state first: it is what changes most in the room
_FAR = date.max


class CommitmentsModel(PagedTableModel):
    """Commitments sorted by due date by default; the few hundred a log holds are sorted in the model."""

    columns = (
        Column("due", QT_TRANSLATE_NOOP("CommitmentsModel", "Due")),
        Column("anchor", QT_TRANSLATE_NOOP("CommitmentsModel", "Counted from"), None, QT_TRANSLATE_NOOP("CommitmentsModel", "Relative deadlines move with the event they count from")),
        Column("owner", QT_TRANSLATE_NOOP("CommitmentsModel", "Owner"), None, QT_TRANSLATE_NOOP("CommitmentsModel", "F2 or double-click to change")),
        Column("text", QT_TRANSLATE_NOOP("CommitmentsModel", "Commitment")),
        Column("track", QT_TRANSLATE_NOOP("CommitmentsModel", "Track")),
        Column("source", QT_TRANSLATE_NOOP("CommitmentsModel", "Source")),
        Column("state", QT_TRANSLATE_NOOP("CommitmentsModel", "State"), None, QT_TRANSLATE_NOOP("CommitmentsModel", "F2 or double-click to change")),
        Column("compliance", QT_TRANSLATE_NOOP("CommitmentsModel", "Compliance"), None, QT_TRANSLATE_NOOP("CommitmentsModel", "Latest score per party: +1 complied, 0 partly, −1 did not")),
    )
    watches = frozenset({"commitments", "assessments", "anchors", "tracks"})

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        self._all: list[model.Commitment] = []
        self._due_text: dict[str, str] = {}
        self._tracks: dict[str, str] = {}
        self._scores: dict[str, str] = {}
        self.refused: str = ""  # the last refused edit, for the view to show
        super().__init__(ctx, parent, sort_key="due")

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = PagedTableModel.headerData(self, section, orientation, role)  # ours: Qt's would hand back None
        return translate("CommitmentsModel", value) if isinstance(value, str) else value

    # -- the rows -----------------------------------------------------------------------------------------
    def fetch(self, offset: int, limit: int) -> list[model.Commitment]:
        if offset == 0:
            self._load()
        return self._all[offset:offset + limit]

    def _load(self) -> None:
        log = self.ctx.log
        track_id, state, text = self.filters.get("track_id"), self.filters.get("state"), self.filters.get("text")
        owner = self.filters.get("owner")
        if owner:  # the Mine filter: the member's commitments (read model), then the track
            rows = [c for c in log.read.commitments_of(owner) if track_id is None or c.track_id == track_id]
        else:
            rows = log.commitments.list(track_id)
        if state == NOT_CLOSED:
            rows = [c for c in rows if not rules.commitment_done(c.state)]
        elif state == OVERDUE:
            rows = [c for c in rows if self.deadline_state(c) is DeadlineState.OVERDUE]
        elif state:
            rows = [c for c in rows if c.state == state]
        self._tracks = log.read.track_refs()
        lang = current_language()
        self._due_text = {c.id: log.commitments.describe_due(c, lang) for c in rows}
        latest: dict[str, dict[str, int]] = {}
        for a in log.commitments.assessments():  # ordered by date: later scores replace earlier ones
            latest.setdefault(a.commitment_id, {})[a.party] = a.score
        self._scores = {cid: "  ".join(f"{p} {s:+d}".replace("-", "−") if s else f"{p} 0" for p, s in sorted(by.items()))
                        for cid, by in latest.items()}
        if text:
            words = text.lower().split()
            rows = [c for c in rows if all(w in self._haystack(c) for w in words)]
        rows.sort(key=self._sort_value, reverse=self.descending)
        self._all = rows

    def _haystack(self, c: model.Commitment) -> str:
        return " ".join((c.text, c.owner, c.source, str(c.state), self._due_text.get(c.id, ""),
                         self._tracks.get(c.track_id or "", ""))).lower()

    def _sort_value(self, c: model.Commitment) -> tuple:
        key = self.sort_key or "due"
        due = c.due or _FAR  # no date sorts last
        values = {"due": (due,), "anchor": (self._anchor_text(c), due), "owner": (c.owner, due), "text": (c.text.lower(),),
                  "track": (self._tracks.get(c.track_id or "", "~"), due), "source": (str(c.source_kind), c.source),
                  "state": (list(model.CommitmentState).index(c.state), due),
                  "compliance": (self._scores.get(c.id, "~"), due)}
        return values[key]

    def _anchor_text(self, c: model.Commitment) -> str:
        """ "30 days after Joint statement (2026-02-04)" for a relative deadline, "" for a fixed date."""
        described = self._due_text.get(c.id, "")
        return described[len(c.due.isoformat()) + 2:-1] if c.anchor_id and c.due and described else ""

    def deadline_state(self, c: model.Commitment) -> DeadlineState:
        return rules.deadline_state(c.due, self.ctx.today(), rules.commitment_done(c.state))

    # -- cells --------------------------------------------------------------------------------------------
    def cell(self, c: model.Commitment, column: int, role: int) -> Any:
        key = self.columns[column].key
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(c, key, role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.EditRole and key == "state":
            return value_text(c.state)
        if role == Qt.ItemDataRole.EditRole and key == "owner":
            return c.owner
        if role == CHOICES_ROLE and key == "state":
            return [(value_text(state), str(state)) for state in model.CommitmentState]
        if role == CHOICES_ROLE and key == "owner":
            return [(f"{p.code} — {p.name}", p.code) for p in self.ctx.log.parties.list()]
        state = self.deadline_state(c)
        if role == Qt.ItemDataRole.ForegroundRole and key in ("due", "state") and state in DEADLINE_COLOURS:
            return DEADLINE_COLOURS[state]
        if role == Qt.ItemDataRole.FontRole and key == "due" and state in DEADLINE_COLOURS:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, c: model.Commitment, key: str | None, tooltip: bool) -> str:
        if key == "due":
            due = c.due.isoformat() if c.due else translate("CommitmentsModel", "no date")
            state = self.deadline_state(c)
            today = self.ctx.today()
            if state is DeadlineState.OVERDUE:
                days = rules.days_overdue(c.due, today)
                due += self.tr(" — overdue by %n day(s)", "", days)
            elif state is DeadlineState.DUE_SOON and c.due is not None:
                left = (c.due - today).days
                due += (translate("CommitmentsModel", " — due today") if left == 0
                        else self.tr(" — due in %n day(s)", "", left))
            return due
        if key == "anchor":
            return self._anchor_text(c)
        if key == "track":
            return self._tracks.get(c.track_id or "", "")
        if key == "source":
            kind = value_text(c.source_kind)  # the kind is a word of the app's; the source is the log's
            return f"{kind}: {c.source}" if c.source else kind
        if key == "state":  # as the briefing prints it: never "on track" beside a date that has passed
            return rules.describe_commitment_state(c.state, c.due, self.ctx.today(), current_language())
        if key == "compliance":
            return self._scores.get(c.id, "")
        if key == "text" and not tooltip:
            return " ".join(c.text.split())
        return str(getattr(c, key or "", ""))

    # -- editing the state --------------------------------------------------------------------------------
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in EDITABLE_COLUMNS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in EDITABLE_COLUMNS:
            return False
        c = self.row_at(index.row())
        if index.column() == OWNER_COLUMN:
            return bool(value) and value != c.owner and self.set_owner(c, str(value))
        try:
            new = model.CommitmentState(value)
        except ValueError:
            return False
        if new == c.state:
            return False
        return self.set_state(c, new)

    def set_state(self, c: model.Commitment, new: model.CommitmentState) -> bool:
        """Change a commitment's state as one undoable command; False (with `refused` set) if refused."""
        log, old, rev = self.ctx.log, c.state, first_only(c.rev)
        return run_cell_edit(self.ctx, self, translate("CommitmentsModel", "Commitment {old} → {new}").format(old=old, new=new),
                             lambda: log.commitments.set_state(c.id, new, expected_rev=rev()),
                             lambda _: log.commitments.set_state(c.id, old))

    def set_owner(self, c: model.Commitment, new: str) -> bool:
        """Give a commitment to another party as one undoable command; False (with `refused` set) if refused."""
        log, old, rev = self.ctx.log, c.owner, first_only(c.rev)
        return run_cell_edit(self.ctx, self, translate("CommitmentsModel", "Commitment owner {old} → {new}").format(old=old, new=new),
                             lambda: log.commitments.update(c.id, owner=new, expected_rev=rev()),
                             lambda _: log.commitments.update(c.id, owner=old))

    def commitment_at(self, index: QModelIndex) -> model.Commitment | None:
        return self.row_at(index.row()) if index.isValid() and index.row() < self.rowCount() else None
