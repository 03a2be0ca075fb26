"""Commitments: deadline colours against a fixed today, anchors shown, state edits with undo, assessments."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from mineralsdesk.domain.model import CommitmentState
from mineralsdesk.domain.rules import DeadlineState
from mineralsdesk.gui.commitments.forms import AssessmentForm, CommitmentForm
from mineralsdesk.gui.commitments.model import STATE_COLUMN, CommitmentsModel
from mineralsdesk.gui.commitments.table import CommitmentsView
from mineralsdesk.gui.common.combo import combo_value, select_value
from mineralsdesk.gui.style import DEADLINE_COLOURS


def _row_of(model: CommitmentsModel, text: str) -> int:
    return next(r for r in range(model.rowCount()) if text in model.row_at(r).text)


def test_commitments_model_passes_the_model_tester(qtmodeltester, ctx):
    model = CommitmentsModel(ctx)
    qtmodeltester.check(model)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_sorted_by_due_date_with_deadline_colours(ctx):
    model = CommitmentsModel(ctx)  # today is 2026-11-26
    dues = [model.row_at(r).due for r in range(model.rowCount())]
    assert dues == sorted(dues)
    overdue = model.index(_row_of(model, "feasibility study"), 0)  # due 2026-10-31, at risk
    assert overdue.data(Qt.ItemDataRole.ForegroundRole) == DEADLINE_COLOURS[DeadlineState.OVERDUE]
    assert "overdue by 26 days" in overdue.data()
    soon = model.index(_row_of(model, "supply-disruption exercise"), 0)  # due 2026-12-01
    assert soon.data(Qt.ItemDataRole.ForegroundRole) == DEADLINE_COLOURS[DeadlineState.DUE_SOON]
    assert "due in 5 days" in soon.data()
    later = model.index(_row_of(model, "call for proposals"), 0)  # 2027-03-31
    assert later.data(Qt.ItemDataRole.ForegroundRole) is None
    closed = model.index(_row_of(model, "Strategic Partnership Roadmap"), 0)  # missed: closed, never red
    assert closed.data(Qt.ItemDataRole.ForegroundRole) is None


def test_relative_deadlines_show_their_anchor(ctx):
    model = CommitmentsModel(ctx)
    row = _row_of(model, "Strategic Partnership Roadmap")
    assert model.index(row, 1).data() == "3 months after US–EU MoU signed (2026-03-06)"
    assert model.index(row, 0).data() == "2026-06-06"


def test_state_edit_undoes_and_redoes(ctx):
    model = CommitmentsModel(ctx)
    row = _row_of(model, "supply-disruption exercise")
    cid = model.row_at(row).id
    assert model.setData(model.index(row, STATE_COLUMN), "met")
    assert ctx.log.commitments.get(cid).state == CommitmentState.MET
    row = _row_of(model, "supply-disruption exercise")
    assert model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is None  # met: no longer due soon
    ctx.undo_stack.undo()
    assert ctx.log.commitments.get(cid).state == CommitmentState.ON_TRACK
    ctx.undo_stack.redo()
    assert ctx.log.commitments.get(cid).state == CommitmentState.MET


def test_filter_by_word_and_state(ctx):
    model = CommitmentsModel(ctx)
    model.set_filter(text="stockpile")
    assert model.rowCount() == 1
    model.set_filter(state="met")
    assert {model.row_at(r).state for r in range(model.rowCount())} == {CommitmentState.MET}


def test_relative_commitment_form_and_assessment(ctx, qtbot):
    view = CommitmentsView(ctx)
    qtbot.addWidget(view)
    form = CommitmentForm(ctx, parent=view)
    qtbot.addWidget(form)
    form.relative.setChecked(True)
    select_value(form.anchor, ctx.log.anchors.list()[0].id)
    form.days.setValue(300)
    form.accept()
    assert "Say what was committed to" in form.error_text("text")
    form.text.setPlainText("Report on progress")
    form.accept()
    made = next(c for c in ctx.log.commitments.list() if c.text == "Report on progress")
    assert made.due == ctx.log.anchors.list()[0].date + timedelta(days=300) and made.anchor_id
    view.open_item(made.id)
    assert view.current().id == made.id
    assessment = AssessmentForm(ctx, made, view)
    qtbot.addWidget(assessment)
    assessment.accept()
    assert assessment.error_text("evidence")
    assessment.evidence.setPlainText("Progress report published on 20 November.")
    assessment.accept()
    assert view.assessments.rowCount() == 1
    ctx.undo_stack.undo()
    assert view.assessments.rowCount() == 0


def test_assessment_form_offers_an_audience_internal_by_default(ctx, qtbot):
    view = CommitmentsView(ctx)
    qtbot.addWidget(view)
    made = ctx.log.commitments.list()[0]
    view.open_item(made.id)
    before = {a.id for a in ctx.log.commitments.assessments(made.id)}
    for audience, evidence in (("internal", "Our reading of their readout."), ("shareable", "Published report.")):
        form = AssessmentForm(ctx, made, view)
        qtbot.addWidget(form)
        assert combo_value(form.audience) == "internal"
        select_value(form.audience, audience)
        form.evidence.setPlainText(evidence)
        form.accept()
    new = {a.evidence: a.audience for a in ctx.log.commitments.assessments(made.id) if a.id not in before}
    assert new == {"Our reading of their readout.": "internal", "Published report.": "shareable"}
    shown = {view.assessments.item(r, 5).text(): view.assessments.item(r, 4).text()
             for r in range(view.assessments.rowCount())}
    assert shown["Published report."] == "shareable" and shown["Our reading of their readout."] == "internal"
    # Undoing a removal brings the assessment back with its audience.
    shareable_row = next(r for r in range(view.assessments.rowCount())
                         if view.assessments.item(r, 5).text() == "Published report.")
    view.assessments.setCurrentCell(shareable_row, 0)
    view.remove_assessment()
    assert "Published report." not in {a.evidence for a in ctx.log.commitments.assessments(made.id)}
    ctx.undo_stack.undo()
    assert {a.evidence: a.audience for a in ctx.log.commitments.assessments(made.id)}["Published report."] == "shareable"


def test_an_on_track_state_past_its_date_says_it_is_stale_as_the_briefing_does(ctx):
    past = next(c for c in ctx.log.commitments.list() if c.due and c.due < ctx.today() and not c.anchor_id)
    ctx.log.commitments.update(past.id, state="on track")  # nobody has updated it since the date passed
    model = CommitmentsModel(ctx)  # today is 2026-11-26
    late = [c for c in (model.row_at(r) for r in range(model.rowCount())) if c.id == past.id]
    row = _row_of(model, late[0].text)
    days = (ctx.today() - late[0].due).days
    shown = model.index(row, STATE_COLUMN).data(Qt.ItemDataRole.DisplayRole)
    assert shown == f"on track (stale: due date passed {days} d ago)"
    assert model.index(row, STATE_COLUMN).data(Qt.ItemDataRole.EditRole) == "on track"  # the editor's value


def test_relative_deadlines_read_in_the_apps_language(ctx, monkeypatch):
    from PySide6.QtCore import QLocale

    from mineralsdesk import i18n
    from mineralsdesk.gui import language
    from mineralsdesk.gui.language import current_language

    monkeypatch.setattr(i18n, "catalogue", lambda lang: {
        ("Deadlines", "{n} months"): ("{n} Monate",), ("Deadlines", "{amount} after {anchor}"): ("{amount} nach {anchor}",)}
        if lang == "de" else {})
    before = QLocale()
    QLocale.setDefault(QLocale("de"))  # what install_language does (with the catalogue, which is patched here)
    monkeypatch.setattr(language, "_current", ["de"])
    try:
        assert current_language() == "de"
        model = CommitmentsModel(ctx)
        row = _row_of(model, "Strategic Partnership Roadmap")
        assert model.index(row, 1).data() == "3 Monate nach US–EU MoU signed (2026-03-06)"
    finally:
        QLocale.setDefault(before)
