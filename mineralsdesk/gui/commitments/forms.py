"""Edit dialogs for commitments and their compliance assessments."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain import model
from ...i18n import QT_TRANSLATE_NOOP
from ..commands import first_only
from ..common.combo import combo_value, select_value, set_choices
from ..common.form_base import FormDialog, enum_combo, party_combo, pydate, qdate, text_box
from ..context import AppContext
from ..language import translate


class CommitmentForm(FormDialog):
    """A commitment with a due date given as a date or as months/days after an anchor event."""

    def __init__(self, ctx: AppContext, commitment: model.Commitment | None = None, parent: QWidget | None = None):
        super().__init__(ctx, translate("CommitmentForm", "Edit commitment") if commitment else translate("CommitmentForm", "New commitment"), parent)
        self.setMinimumWidth(700)  # the relative due date reads as one line: "3 months 0 days after <event>"
        log, c = ctx.log, commitment
        self.commitment = c
        self.owner = self.add_field("owner", translate("CommitmentForm", "Owner"), party_combo(ctx, c.owner if c else log.settings.our_party))
        self.text = self.add_field("text", translate("CommitmentForm", "Commitment"), text_box(c.text if c else ""))
        self.track = self.add_field("track", translate("CommitmentForm", "Track"), QComboBox())
        set_choices(self.track, [(translate("CommitmentForm", "No particular track"), None)] + [(f"{t.ref} — {t.title}", t.id) for t in log.tracks.list()],
                    c.track_id if c else None)
        self.source_kind = self.add_field("source_kind", translate("CommitmentForm", "Source"),
                                          enum_combo(model.SourceKind, c.source_kind if c else None))
        self.source = self.add_field("source", translate("CommitmentForm", "Source detail"), QLineEdit(c.source if c else ""))
        self.by_date, self.relative = QRadioButton(translate("CommitmentForm", "On a date")), QRadioButton(translate("CommitmentForm", "Relative to an event"))
        group = QButtonGroup(self)
        group.addButton(self.by_date)
        group.addButton(self.relative)
        self.due_date = QDateEdit(qdate(c.due_date if c and c.due_date else ctx.today()))
        self.due_date.setCalendarPopup(True)
        self.due_date.setDisplayFormat("yyyy-MM-dd")
        self.anchor = QComboBox()
        # An event's long name gives way to the row's words ("Relative to an event" in French is twice as long).
        self.anchor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.anchor.setMinimumContentsLength(14)
        set_choices(self.anchor, [(f"{a.name} ({a.date.isoformat()})", a.id) for a in log.anchors.list()])
        self.months, self.days = QSpinBox(), QSpinBox()
        for spin, suffix in ((self.months, translate("CommitmentForm", " months")), (self.days, translate("CommitmentForm", " days"))):
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
        self.relative.setMinimumWidth(self.relative.sizeHint().width())  # never cut: the event's combo gives way
        second.addWidget(self.relative)
        for widget in (self.months, self.days, QLabel(translate("CommitmentForm", "after"))):
            second.addWidget(widget)
        second.addWidget(self.anchor, 1)
        rows.addLayout(first)
        rows.addLayout(second)
        self.add_field("due", translate("CommitmentForm", "Due"), due)
        (self.relative if c and c.anchor_id else self.by_date).setChecked(True)
        self.relative.setEnabled(self.anchor.count() > 0)
        self.state = self.add_field("state", translate("CommitmentForm", "State"), enum_combo(model.CommitmentState, c.state if c else None))

    def _fields(self) -> dict:
        relative = self.relative.isChecked()
        return {"owner": combo_value(self.owner), "text": self.text.toPlainText().strip(),
                "track_id": combo_value(self.track), "source_kind": combo_value(self.source_kind),
                "source": self.source.text().strip(), "state": combo_value(self.state),
                "due_date": None if relative else pydate(self.due_date.date()),
                "anchor_id": combo_value(self.anchor) if relative else None,
                "offset_months": self.months.value() if relative else 0,
                "offset_days": self.days.value() if relative else 0}

    def validate(self) -> dict[str, str]:
        problems = {}
        if not self.text.toPlainText().strip():
            problems["text"] = translate("CommitmentForm", "Say what was committed to")
        if self.relative.isChecked() and not combo_value(self.anchor):
            problems["due"] = translate("CommitmentForm", "Choose the event the deadline counts from")
        return problems

    def field_for_error(self, message: str) -> str | None:
        lowered = message.lower()
        return "due" if "due" in lowered else "owner" if "party" in lowered else "text" if "text" in lowered else None

    def save(self) -> None:
        log, fields, c = self.ctx.log, self._fields(), self.commitment
        if c is None:
            self.command(translate("CommitmentForm", "Add commitment"), lambda: log.commitments.add(**fields),
                         lambda done: log.commitments.delete(done.record.id))
            return
        old = {name: getattr(c, name) for name in fields}
        changed = {k: v for k, v in fields.items() if old[k] != v}
        if changed:
            rev = first_only(c.rev)
            self.command(translate("CommitmentForm", "Edit commitment"), lambda: log.commitments.update(c.id, expected_rev=rev(), **changed),
                         lambda _: log.commitments.update(c.id, **{k: old[k] for k in changed}))


ASSESSMENT_AUDIENCES = ((model.Audience.INTERNAL, QT_TRANSLATE_NOOP("AssessmentForm", "Internal — our delegation only")),
                        (model.Audience.SHAREABLE, QT_TRANSLATE_NOOP("AssessmentForm", "Shareable — may go to counterparts")))
SCORES = ((1, QT_TRANSLATE_NOOP("AssessmentForm", "+1 — complied")), (0, QT_TRANSLATE_NOOP("AssessmentForm", "0 — partly / work in progress")),
          (-1, QT_TRANSLATE_NOOP("AssessmentForm", "−1 — did not comply")))


class AssessmentForm(FormDialog):
    """A compliance score (-1, 0, +1; interim or final) for a party on a commitment, with its evidence."""

    def __init__(self, ctx: AppContext, commitment: model.Commitment, parent: QWidget | None = None):
        super().__init__(ctx, translate("AssessmentForm", "Compliance assessment"), parent)
        self.commitment = commitment
        heading = QLabel(commitment.text)
        heading.setWordWrap(True)
        self.form.addRow(translate("AssessmentForm", "Commitment"), heading)
        self.party = self.add_field("party", translate("AssessmentForm", "Party"), party_combo(ctx, commitment.owner))
        self.score = self.add_field("score", translate("AssessmentForm", "Score"), QComboBox())
        set_choices(self.score, [(translate("AssessmentForm", label), value) for value, label in SCORES])
        self.kind = self.add_field("kind", translate("AssessmentForm", "Kind"), enum_combo(model.AssessmentKind))
        self.on = self.add_field("on", translate("AssessmentForm", "Date"), QDateEdit(qdate(ctx.today())))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.evidence = self.add_field("evidence", translate("AssessmentForm", "Evidence"), text_box())
        # Our judgement of another party: it stays out of shareable documents unless chosen here.
        self.audience = self.add_field("audience", translate("AssessmentForm", "Audience"), QComboBox())
        set_choices(self.audience, [(translate("AssessmentForm", label), value) for value, label in ASSESSMENT_AUDIENCES])

    def validate(self) -> dict[str, str]:
        if not self.evidence.toPlainText().strip():
            return {"evidence": translate("AssessmentForm", "Note the evidence the score rests on (a readout, a publication, a date)")}
        return {}

    def save(self) -> None:
        log, cid = self.ctx.log, self.commitment.id
        party, score, kind = combo_value(self.party), combo_value(self.score), combo_value(self.kind)
        evidence, on = self.evidence.toPlainText().strip(), pydate(self.on.date())
        audience = combo_value(self.audience)
        self.command(translate("AssessmentForm", "Assess {party} on a commitment").format(party=party),
                     lambda: log.commitments.assess(cid, party, score, kind=kind, evidence=evidence, on=on,
                                                audience=audience),
                     lambda done: log.commitments.delete_assessment(done.record.id))
