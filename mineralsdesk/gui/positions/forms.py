"""The edit dialog for a party's position on a clause at a round (ours with red line and fallback)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain import model
from ..commands import first_only
from ..common.combo import choice_values, combo_value, select_value, set_choices
from ..common.form_base import FormDialog, enum_combo, party_combo, round_label, text_box
from ..common.values import value_text
from ..context import AppContext
from ..keys import pick_by_digit
from ..language import translate
from ..style import INTERNAL_BACKGROUND, INTERNAL_COLOUR, mute
from .model import position_steps


class PositionForm(FormDialog):
    """A party's stance on a clause at a round; our own party also gets the INTERNAL red line and fallback.

    The focus starts on the stance (1-5 or its first letter picks it); the note starts empty, the previous
    one shown beside it. Without a party given (the clause open on Clauses), the form asks for one.
    """

    def __init__(self, ctx: AppContext, clause_id: str, party: str | None, latest: model.Position | None = None,
                 parent: QWidget | None = None):
        log = ctx.log
        self.clause = log.clauses.get(clause_id)
        in_track = log.tracks.get(self.clause.track_id).parties
        ours = log.settings.our_party
        self.party = party or (ours if ours in in_track or not in_track else in_track[0])
        self.latest = latest
        super().__init__(ctx, translate("PositionForm", "Position on {ref}").format(ref=self.clause.ref), parent)
        self.chooser: QComboBox | None = None
        if party is None:
            self.chooser = self.add_field("party", translate("PositionForm", "&Party"), party_combo(ctx, self.party))
            # only the track's parties hold positions on it
            set_choices(self.chooser, [(label, code) for label, code in zip(
                [self.chooser.itemText(i) for i in range(self.chooser.count())], choice_values(self.chooser),
                strict=True) if not in_track or code in in_track], self.party)
            self.chooser.currentIndexChanged.connect(lambda _i: self._load_party(combo_value(self.chooser)))
        self.stance = self.add_field("stance", translate("PositionForm", "&Stance"), pick_by_digit(enum_combo(model.Stance)))
        self.note = text_box()
        self.previous = QLabel()
        self.previous.setWordWrap(True)
        self.previous.setTextFormat(Qt.TextFormat.PlainText)
        self.previous.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.previous.setMinimumWidth(220)
        mute(self.previous)
        beside = QWidget()
        line = QHBoxLayout(beside)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.note, 3)
        line.addWidget(self.previous, 2)
        self.add_field("note", translate("PositionForm", "&Note"), beside, buddy=self.note)
        self.round = self.add_field("round", translate("PositionForm", "&Round"), QComboBox())
        set_choices(self.round, [(round_label(rnd), rnd.id) for rnd in log.rounds.list(self.clause.track_id)])
        self.round.setCurrentIndex(self.round.count() - 1)  # positions are usually recorded for the latest round
        self._internal: dict[str, QPlainTextEdit] = {}
        self.internal_box = QGroupBox(translate("PositionForm", "INTERNAL — our delegation only, never in shareable documents"))
        self.internal_box.setStyleSheet(f"QGroupBox {{ color: {INTERNAL_COLOUR.name()}; font-weight: 600;"
                                        f" background: {INTERNAL_BACKGROUND.name()}; }}")
        column = QVBoxLayout(self.internal_box)
        for name, label in (("red_line", translate("PositionForm", "Red line")), ("fallback", translate("PositionForm", "Fallback")),
                            ("internal_note", translate("PositionForm", "Internal note"))):
            column.addWidget(QLabel(label))
            self._internal[name] = text_box("", 52)
            column.addWidget(self._internal[name])
        self.form.addRow(self.internal_box)
        self._load_party(self.party, latest if party is not None else None)
        self.stance.setFocus()  # the field a negotiator changes first

    @property
    def is_ours(self) -> bool:
        return self.party == self.ctx.log.settings.our_party

    @property
    def internal(self) -> dict[str, QPlainTextEdit]:
        """The red line, fallback and internal note boxes: only for our own party."""
        return self._internal if self.is_ours else {}

    def _load_party(self, party: str, latest: model.Position | None = None) -> None:
        """Show `party`'s latest stance and note on the clause, and the internal fields only for our party."""
        self.party = party
        self.latest = latest or self.ctx.log.read.latest_positions(self.clause.track_id).get((self.clause.id, party))
        self.setWindowTitle(translate("PositionForm", "{party} position on {ref}").format(party=party, ref=self.clause.ref))
        p = self.latest
        if p is not None:
            select_value(self.stance, p.stance)
            self.previous.setText(translate("PositionForm", "Previous ({stance}): {note}").format(stance=value_text(p.stance), note=p.note or translate("PositionForm", "(no note)")))
        else:
            self.previous.setText(translate("PositionForm", "No previous position."))
        self.internal_box.setVisible(self.is_ours)
        for name, box in self._internal.items():
            box.setPlainText(getattr(p, name) if p is not None and self.is_ours else "")

    def validate(self) -> dict[str, str]:
        return {} if self.round.count() else {"round": translate("PositionForm", "Add a round for this track first (Rounds screen)")}

    def field_for_error(self, message: str) -> str | None:
        return "round" if "round" in message.lower() else None

    def save(self) -> None:
        log, clause_id, party = self.ctx.log, self.clause.id, self.party
        round_id, stance = combo_value(self.round), combo_value(self.stance)
        same_round = self.latest is not None and self.latest.round_id == round_id
        # The note field starts empty: left empty, the note already recorded at this round stays.
        note = self.note.toPlainText().strip() or (self.latest.note if same_round and self.latest else "")
        fields = {"note": note, **{name: box.toPlainText().strip() for name, box in self.internal.items()}}
        # Only a position at the same round is overwritten (and checked for edits made elsewhere).
        expected = first_only(self.latest.rev if same_round and self.latest else None)
        do, undo = position_steps(log, clause_id, party, round_id, stance, fields, expected)
        self.command(translate("PositionForm", "{party} position on {ref}").format(party=party, ref=self.clause.ref), do, undo)
