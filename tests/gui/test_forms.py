"""Every edit form: tab order reads top to bottom with Save last, and typed input is never dropped silently."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from mineralsdesk.gui.clauses.forms import BracketForm, ClauseForm, NewVersionForm
from mineralsdesk.gui.commitments import forms as commitment_forms
from mineralsdesk.gui.positions.forms import PositionForm
from mineralsdesk.gui.rounds import table as rounds
from mineralsdesk.gui.tracks import table as tracks


def _forms(ctx):
    log = ctx.log
    clause = next(c for c in log.clauses.list() if log.brackets.list(c.id))
    return {
        "clause": lambda: ClauseForm(ctx, track_id=clause.track_id),
        "edit clause": lambda: ClauseForm(ctx, clause=clause),
        "version": lambda: NewVersionForm(ctx, clause.id),
        "bracket": lambda: BracketForm(ctx, log.brackets.list(clause.id)[0]),
        "position": lambda: PositionForm(ctx, clause.id, log.settings.our_party),
        "commitment": lambda: commitment_forms.CommitmentForm(ctx),
        "assessment": lambda: commitment_forms.AssessmentForm(ctx, log.commitments.list()[0]),
        "track": lambda: tracks.TrackForm(ctx, None),
        "round": lambda: rounds.RoundForm(ctx, None, clause.track_id),
        "action": lambda: rounds.ActionForm(ctx, log.rounds.list(clause.track_id)[0].id),
    }


def _tab_chain(form) -> list:
    chain, widget = [], form.focusWidget()
    for _ in range(60):
        chain.append(widget)
        form.focusNextChild()
        widget = form.focusWidget()
        if widget is chain[0]:
            break
    return chain


@pytest.mark.parametrize("name", [
    "clause", "edit clause", "version", "bracket", "position", "commitment", "assessment", "track", "round",
    "action"])
def test_tab_goes_through_the_fields_in_order_then_save_and_cancel(ctx, qtbot, name):
    form = _forms(ctx)[name]()
    qtbot.addWidget(form)
    form.show()
    focused = form.focusWidget()
    assert focused is not None and not form.buttons.isAncestorOf(focused)  # typing lands in a field
    chain = _tab_chain(form)
    save = form.buttons.button(QDialogButtonBox.StandardButton.Save)
    cancel = form.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    start = chain.index(save) + 2  # the chain is a ring: read it from the field after Cancel
    ring = chain[start:] + chain[:start]
    assert ring[-2:] == [save, cancel]
    # Fields follow the order they are laid out in, top to bottom (then left to right).
    middles = [w.mapTo(form, w.rect().center()).y() for w in ring[:-2]]
    for above, below in zip(middles, middles[1:], strict=False):
        assert below >= above - 8, [type(w).__name__ for w in ring]  # widgets on one line may differ a little


def test_escape_on_a_half_filled_form_asks_before_losing_it(ctx, qtbot, monkeypatch):
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: asked.append(args[1]) or answer[0])
    form = commitment_forms.CommitmentForm(ctx)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert asked == [] and not form.isVisible()  # untouched: closes at once
    form.show()
    form.text.setPlainText("Table a joint position on stockpile release rules")
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert asked == ["Discard what you typed?"] and form.isVisible()
    assert form.text.toPlainText().startswith("Table a joint position")
    answer[0] = QMessageBox.StandardButton.Discard
    form.close()  # the window's close button takes the same path
    assert not form.isVisible() and form.result() == QDialog.DialogCode.Rejected
    assert ctx.log.commitments.list() == ctx.log.commitments.list()  # nothing was written either way
    assert not any(c.text.startswith("Table a joint position") for c in ctx.log.commitments.list())


def test_an_edit_form_is_dirty_only_after_a_change(ctx, qtbot):
    form = ClauseForm(ctx, clause=ctx.log.clauses.list()[0])
    qtbot.addWidget(form)
    assert not form.is_dirty()  # not shown yet
    form.show()
    assert not form.is_dirty()
    form.title_edit.setText(form.title_edit.text() + " (revised)")
    assert form.is_dirty()
    form.title_edit.setText(form.title_edit.text().removesuffix(" (revised)"))
    assert not form.is_dirty()


@pytest.mark.parametrize("name", ["clause", "edit clause", "version", "bracket", "position", "commitment",
                                  "assessment", "track", "round", "action"])
def test_cancel_closes_every_form(ctx, qtbot, name):
    """The follow-up action form kept its tick box in `self.done`, hiding QDialog.done(): Cancel crashed."""
    form = _forms(ctx)[name]()
    qtbot.addWidget(form)
    form.show()
    form.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not form.isVisible() and form.result() == QDialog.DialogCode.Rejected
    assert callable(form.done)
