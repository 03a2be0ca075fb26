"""File > Export negotiating text (Akoma Ntoso)…: a menu command, a dialog with a track and a round, work in a
worker; the file validates and is shareable."""

from __future__ import annotations

import pytest
from lxml import etree
from PySide6.QtWidgets import QMessageBox

from mineralsdesk.documents.akn.schema import first_schema_error
from mineralsdesk.gui.common.combo import combo_value, select_value
from mineralsdesk.gui.documents.akn_dialog import AknExportDialog


@pytest.fixture(autouse=True)
def _no_blocking_boxes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))


def test_the_file_menu_offers_it(main_window, no_modal_waits):
    file_menu = main_window.menuBar().actions()[0].menu()
    action = main_window.actions.export_akn
    assert action in file_menu.actions() and "Akoma Ntoso" in action.text()
    assert action.shortcut().toString() == "Ctrl+Shift+G"
    action.trigger()
    assert "Export negotiating text (Akoma Ntoso)" in no_modal_waits


def test_export_writes_the_chosen_round_in_a_worker(ctx, qtbot, tmp_path):
    dialog = AknExportDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.audience() == "shareable" and dialog.path.text().endswith(".xml")
    mou = ctx.log.tracks.by_ref("MOU")
    select_value(dialog.track, mou)
    assert dialog.round.count() == len(ctx.log.rounds.list(mou.id)) and combo_value(dialog.round) == "4"
    select_value(dialog.round, "2")
    dialog.path.setText(str(tmp_path / "mou.xml"))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=60_000)
    tree = etree.parse(str(tmp_path / "mou.xml"))
    assert first_schema_error(tree) is None
    assert dialog.result.round.number == 2 and "round 2" in dialog.done_box.text()
