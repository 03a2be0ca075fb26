"""Edit dialogs for what parties say and owe: positions, commitments and compliance assessments."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain import model
from ..combo import choice_values, combo_value, select_value, set_choices
from ..context import AppContext
from ..keys import pick_by_digit
from ..models.positions import position_steps
from ..style import INTERNAL_BACKGROUND, INTERNAL_COLOUR, mute
from .forms import FormDialog, enum_combo, first_only, party_combo, round_label


def _text_box(text: str = "", height: int = 64) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


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
        super().__init__(ctx, f"Position on {self.clause.ref}", parent)
        self.chooser: QComboBox | None = None
        if party is None:
            self.chooser = self.add_field("party", "&Party", party_combo(ctx, self.party))
            # only the track's parties hold positions on it
            set_choices(self.chooser, [(label, code) for label, code in zip(
                [self.chooser.itemText(i) for i in range(self.chooser.count())], choice_values(self.chooser),
                strict=True) if not in_track or code in in_track], self.party)
            self.chooser.currentIndexChanged.connect(lambda _i: self._load_party(combo_value(self.chooser)))
        self.stance = self.add_field("stance", "&Stance", pick_by_digit(enum_combo(model.Stance)))
        self.note = _text_box()
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
        self.add_field("note", "&Note", beside, buddy=self.note)
        self.round = self.add_field("round", "&Round", QComboBox())
        set_choices(self.round, [(round_label(rnd), rnd.id) for rnd in log.rounds.list(self.clause.track_id)])
        self.round.setCurrentIndex(self.round.count() - 1)  # positions are usually recorded for the latest round
        self._internal: dict[str, QPlainTextEdit] = {}
        self.internal_box = QGroupBox("INTERNAL — our delegation only, never in shareable documents")
        self.internal_box.setStyleSheet(f"QGroupBox {{ color: {INTERNAL_COLOUR.name()}; font-weight: 600;"
                                        f" background: {INTERNAL_BACKGROUND.name()}; }}")
        column = QVBoxLayout(self.internal_box)
        for name, label in (("red_line", "Red line"), ("fallback", "Fallback"), ("internal_note", "Internal note")):
            column.addWidget(QLabel(label))
            self._internal[name] = _text_box("", 52)
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
        self.setWindowTitle(f"{party} position on {self.clause.ref}")
        p = self.latest
        if p is not None:
            select_value(self.stance, p.stance)
            self.previous.setText(f"Previous ({p.stance}): {p.note or '(no note)'}")
        else:
            self.previous.setText("No previous position.")
        self.internal_box.setVisible(self.is_ours)
        for name, box in self._internal.items():
            box.setPlainText(getattr(p, name) if p is not None and self.is_ours else "")

    def validate(self) -> dict[str, str]:
        return {} if self.round.count() else {"round": "Add a round for this track first (Rounds screen)"}

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
        self.command(f"{party} position on {self.clause.ref}", do, undo)


class CommitmentForm(FormDialog):
    """A commitment with a due date given as a date or as months/days after an anchor event."""

    def __init__(self, ctx: AppContext, commitment: model.Commitment | None = None, parent: QWidget | None = None):
        super().__init__(ctx, "Edit commitment" if commitment else "New commitment", parent)
        self.setMinimumWidth(700)  # the relative due date reads as one line: "3 months 0 days after <event>"
        log, c = ctx.log, commitment
        self.commitment = c
        self.owner = self.add_field("owner", "Owner", party_combo(ctx, c.owner if c else log.settings.our_party))
        self.text = self.add_field("text", "Commitment", _text_box(c.text if c else ""))
        self.track = self.add_field("track", "Track", QComboBox())
        set_choices(self.track, [("No particular track", None)] + [(f"{t.ref} — {t.title}", t.id) for t in log.tracks.list()],
                    c.track_id if c else None)
        self.source_kind = self.add_field("source_kind", "Source",
                                          enum_combo(model.SourceKind, c.source_kind if c else None))
        self.source = self.add_field("source", "Source detail", QLineEdit(c.source if c else ""))
        self.by_date, self.relative = QRadioButton("On a date"), QRadioButton("Relative to an event")
        group = QButtonGroup(self)
        group.addButton(self.by_date)
        group.addButton(self.relative)
        self.due_date = QDateEdit(_qdate(c.due_date if c and c.due_date else ctx.today()))
        self.due_date.setCalendarPopup(True)
        self.due_date.setDisplayFormat("yyyy-MM-dd")
        self.anchor = QComboBox()
        set_choices(self.anchor, [(f"{a.name} ({a.date.isoformat()})", a.id) for a in log.anchors.list()])
        self.months, self.days = QSpinBox(), QSpinBox()
        for spin, suffix in ((self.months, " months"), (self.days, " days")):
            spin.setRange(-120 if spin is self.months else -3650, 120 if spin is self.months else 3650)
            spin.setSuffix(suffix)
        if c and c.anchor_id:
            select_value(self.anchor, c.anchor_id)
            self.months.setValue(c.offset_months)
            self.days.setValue(c.offset_days)
        due = QWidget()
        rows = QVBoxLayout(due)
        rows.setContentsMargins(0, 0, 0, 0)
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(self.by_date)
        first.addWidget(self.due_date)
        first.addStretch(1)
        second.addWidget(self.relative)
        for widget in (self.months, self.days, QLabel("after")):
            second.addWidget(widget)
        second.addWidget(self.anchor, 1)
        rows.addLayout(first)
        rows.addLayout(second)
        self.add_field("due", "Due", due)
        (self.relative if c and c.anchor_id else self.by_date).setChecked(True)
        self.relative.setEnabled(self.anchor.count() > 0)
        self.state = self.add_field("state", "State", enum_combo(model.CommitmentState, c.state if c else None))

    def _fields(self) -> dict:
        relative = self.relative.isChecked()
        return {"owner": combo_value(self.owner), "text": self.text.toPlainText().strip(),
                "track_id": combo_value(self.track), "source_kind": combo_value(self.source_kind),
                "source": self.source.text().strip(), "state": combo_value(self.state),
                "due_date": None if relative else _pydate(self.due_date.date()),
                "anchor_id": combo_value(self.anchor) if relative else None,
                "offset_months": self.months.value() if relative else 0,
                "offset_days": self.days.value() if relative else 0}

    def validate(self) -> dict[str, str]:
        problems = {}
        if not self.text.toPlainText().strip():
            problems["text"] = "Say what was committed to"
        if self.relative.isChecked() and not combo_value(self.anchor):
            problems["due"] = "Choose the event the deadline counts from"
        return problems

    def field_for_error(self, message: str) -> str | None:
        lowered = message.lower()
        return "due" if "due" in lowered else "owner" if "party" in lowered else "text" if "text" in lowered else None

    def save(self) -> None:
        log, fields, c = self.ctx.log, self._fields(), self.commitment
        if c is None:
            self.command("Add commitment", lambda: log.commitments.add(**fields),
                         lambda done: log.commitments.delete(done.record.id))
            return
        old = {name: getattr(c, name) for name in fields}
        changed = {k: v for k, v in fields.items() if old[k] != v}
        if changed:
            rev = first_only(c.rev)
            self.command("Edit commitment", lambda: log.commitments.update(c.id, expected_rev=rev(), **changed),
                         lambda _: log.commitments.update(c.id, **{k: old[k] for k in changed}))


ASSESSMENT_AUDIENCES = ((model.Audience.INTERNAL, "Internal — our delegation only"),
                        (model.Audience.SHAREABLE, "Shareable — may go to counterparts"))
SCORES = ((1, "+1 — complied"), (0, "0 — partly / work in progress"), (-1, "−1 — did not comply"))


class AssessmentForm(FormDialog):
    """A compliance score (-1, 0, +1; interim or final) for a party on a commitment, with its evidence."""

    def __init__(self, ctx: AppContext, commitment: model.Commitment, parent: QWidget | None = None):
        super().__init__(ctx, "Compliance assessment", parent)
        self.commitment = commitment
        heading = QLabel(commitment.text)
        heading.setWordWrap(True)
        self.form.addRow("Commitment", heading)
        self.party = self.add_field("party", "Party", party_combo(ctx, commitment.owner))
        self.score = self.add_field("score", "Score", QComboBox())
        set_choices(self.score, [(label, value) for value, label in SCORES])
        self.kind = self.add_field("kind", "Kind", enum_combo(model.AssessmentKind))
        self.on = self.add_field("on", "Date", QDateEdit(_qdate(ctx.today())))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.evidence = self.add_field("evidence", "Evidence", _text_box())
        # Our judgement of another party: it stays out of shareable documents unless chosen here.
        self.audience = self.add_field("audience", "Audience", QComboBox())
        set_choices(self.audience, [(label, value) for value, label in ASSESSMENT_AUDIENCES])

    def validate(self) -> dict[str, str]:
        if not self.evidence.toPlainText().strip():
            return {"evidence": "Note the evidence the score rests on (a readout, a publication, a date)"}
        return {}

    def save(self) -> None:
        log, cid = self.ctx.log, self.commitment.id
        party, score, kind = combo_value(self.party), combo_value(self.score), combo_value(self.kind)
        evidence, on = self.evidence.toPlainText().strip(), _pydate(self.on.date())
        audience = combo_value(self.audience)
        self.command(f"Assess {party} on a commitment",
                     lambda: log.commitments.assess(cid, party, score, kind=kind, evidence=evidence, on=on,
                                                audience=audience),
                     lambda done: log.commitments.delete_assessment(done.record.id))
