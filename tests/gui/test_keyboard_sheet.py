"""The shortcut sheet lists every declared key by screen and prints on one page; forms save with Ctrl+Enter."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from mineralsdesk.gui.actions import LOCAL_KEYS, PAGES, RECORD, key_text
from mineralsdesk.gui.commitments import forms as commitment_forms
from mineralsdesk.gui.common.combo import combo_value, select_value
from mineralsdesk.gui.common.shortcut_sheet import ShortcutSheet, printable_document, sheet_html
from mineralsdesk.gui.positions.forms import PositionForm


def test_f1_opens_the_sheet_listing_every_declared_shortcut_by_screen(keyboard, main_window):
    keyboard.press("F1")
    sheet = QApplication.activeModalWidget()
    assert isinstance(sheet, ShortcutSheet)
    text = sheet.view.toPlainText()
    actions = main_window.actions.every_action()
    for action in actions:
        assert key_text(action) in text and action.text().replace("&", "").rstrip("…") in text
    for _where, keys, what in LOCAL_KEYS:
        assert keys in text and what in text
    for label in ("Every screen", "Every table", "Every form", *(p[1] for p in PAGES
                                                                   if p[0] in {r[4] for r in RECORD})):
        assert label in text
    # Every action of the window with a key is on the sheet: none is declared somewhere else.
    declared = {s.toString(QKeySequence.SequenceFormat.PortableText) for a in actions for s in a.shortcuts()}
    from PySide6.QtGui import QAction

    for action in main_window.findChildren(QAction):
        for sequence in action.shortcuts():
            assert sequence.toString(QKeySequence.SequenceFormat.PortableText) in declared, action.text()
    keyboard.press("Escape")
    assert not sheet.isVisible()


def test_the_sheet_prints_on_one_page(main_window, qtbot, tmp_path):
    assert printable_document(main_window.actions).pageCount() == 1
    sheet = ShortcutSheet(main_window.actions)
    qtbot.addWidget(sheet)
    out = tmp_path / "keys.pdf"
    os.umask(0o022)
    assert sheet.print_to(str(out)) == 1
    from pypdf import PdfReader

    reader = PdfReader(out)
    assert len(reader.pages) == 1 and "Ctrl+Shift+P" in reader.pages[0].extract_text()
    assert out.stat().st_mode & 0o777 == 0o600
    assert sheet_html(main_window.actions).count("<h3>") == len(
        {"Every screen", *(r[4] for r in RECORD), *(k[0] for k in LOCAL_KEYS)})


def _forms(ctx):
    log = ctx.log
    clause = next(c for c in log.clauses.list() if log.brackets.list(c.id))
    return {"position": lambda: PositionForm(ctx, clause.id, None),
            "assessment": lambda: commitment_forms.AssessmentForm(ctx, log.commitments.list()[0]),
            "commitment": lambda: commitment_forms.CommitmentForm(ctx, log.commitments.list()[0])}


@pytest.mark.parametrize("name", ["position", "assessment", "commitment"])
def test_ctrl_enter_saves_from_a_text_box(name, ctx, qtbot):
    form = _forms(ctx)[name]()
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    saved: list[bool] = []
    form.save = lambda: saved.append(True)
    boxes = [w for w in form.findChildren(QPlainTextEdit) if w.isVisibleTo(form)]
    boxes[0].setFocus()
    if name == "assessment":
        boxes[0].setPlainText("Readout of round 3")
    qtbot.keyClick(boxes[0], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert saved == [True] and form.result() == form.DialogCode.Accepted
    assert "\n" not in boxes[0].toPlainText()  # saved, not a new line typed


def test_the_position_form_starts_on_the_stance_with_a_new_empty_note(ctx, qtbot):
    log = ctx.log
    ours = log.settings.our_party
    latest = log.read.latest_positions()
    (clause_id, _party), position = next((k, p) for k, p in latest.items() if k[1] == ours and p.note)
    form = PositionForm(ctx, clause_id, ours, position)
    qtbot.addWidget(form)
    form.show()
    assert form.focusWidget() is form.stance
    assert form.note.toPlainText() == "" and position.note in form.previous.text()
    qtbot.keyClick(form.stance, Qt.Key.Key_4)
    assert combo_value(form.stance) == "opposes"
    qtbot.keyClick(form.stance, Qt.Key.Key_S)
    assert combo_value(form.stance) == "supports"
    select_value(form.round, position.round_id)
    form.accept()  # the note left empty keeps the note already recorded at that round
    again = log.read.latest_positions()[(clause_id, ours)]
    assert again.stance == "supports" and again.note == position.note
