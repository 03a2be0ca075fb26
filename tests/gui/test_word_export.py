"""File > Export negotiating text (Word)…: a menu command with a key, the dialog's choices, the work in a worker."""

from __future__ import annotations

import zipfile

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from mineralsdesk.gui.common.combo import choice_values
from mineralsdesk.gui.documents.word_dialog import WordExportDialog


@pytest.fixture(autouse=True)
def _no_blocking_boxes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))


def test_the_file_menu_offers_it_with_a_key(main_window, no_modal_waits):
    file_menu = main_window.menuBar().actions()[0].menu()
    action = main_window.actions.export_docx
    assert action in file_menu.actions() and action.text() == "Export negotiating &text (Word)…"
    assert action.shortcut() == QKeySequence("Ctrl+Shift+W")
    action.trigger()
    assert "Export negotiating text (Word)" in no_modal_waits


def test_compare_two_rounds_of_one_track_in_a_worker(ctx, qtbot, tmp_path):
    dialog = WordExportDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.suffix == ".docx" and dialog.path.text().endswith(".docx")
    assert not dialog.form.isRowVisible(dialog.tracks) and not dialog.protect.isChecked()
    dialog.track.setCurrentIndex([t.ref for t in choice_values(dialog.track)].index("MOU"))
    assert dialog.round_a.count() == 4 and not dialog.round_a.isEnabled()
    dialog.compare.setChecked(True)
    assert dialog.round_a.isEnabled() and dialog.compared_rounds() == (3, 4)
    dialog.round_a.setCurrentIndex(1)
    dialog.shareable.setChecked(True)
    assert "Left out of this document" in dialog.preview.text()
    dialog.marking.setText("FOR THE CHAIR")
    dialog.path.setText(str(tmp_path / "mou.docx"))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=60_000)
    with zipfile.ZipFile(tmp_path / "mou.docx") as zf:
        body = zf.read("word/document.xml").decode()
        assert "FOR THE CHAIR" in zf.read("word/header1.xml").decode()
        assert "word/comments.xml" not in zf.namelist()
    assert 'w:author="US"' in body and 'w:date="2026-03-04T00:00:00Z"' in body
    assert "MOU round 2 (19 February 2026)" in body


def test_rounds_in_the_wrong_order_are_refused(ctx, qtbot, tmp_path, monkeypatch):
    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: refused.append(text)))
    dialog = WordExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.compare.setChecked(True)
    dialog.round_a.setCurrentIndex(dialog.round_b.currentIndex())
    dialog.path.setText(str(tmp_path / "x.docx"))
    dialog.export()
    assert refused and "earlier round" in refused[0] and dialog.job is None
    assert not (tmp_path / "x.docx").exists()
