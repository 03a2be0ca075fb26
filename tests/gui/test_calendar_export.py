"""File > Export calendar…: a menu command with a key, a dialog in the export dialogs' style, work in a worker."""

from __future__ import annotations

from datetime import timedelta

import icalendar
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from mineralsdesk.gui.documents.calendar_dialog import CalendarExportDialog
from mineralsdesk.services.reminders import reminder_days


@pytest.fixture(autouse=True)
def _no_blocking_boxes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))


def test_the_file_menu_offers_it_with_a_key(main_window, no_modal_waits):
    file_menu = main_window.menuBar().actions()[0].menu()
    action = main_window.actions.export_ics
    assert action in file_menu.actions() and action.text() == "Export &calendar…"
    assert action.shortcut() == QKeySequence("Ctrl+Shift+D")
    action.trigger()  # the dialog opens (conftest answers its exec at once)
    assert "Export calendar" in no_modal_waits


def test_export_writes_the_calendar_in_a_worker_and_keeps_the_reminder(ctx, qtbot, tmp_path):
    dialog = CalendarExportDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.suffix == ".ics" and "*.ics" in dialog.file_filter
    assert dialog.reminder.value() == 7 and dialog.path.text().endswith(".ics")
    assert dialog.internal.isChecked()  # the PDF and workbook dialogs' default
    dialog.shareable.setChecked(True)
    n = sum(1 for a in ctx.log.commitments.assessments() if a.audience == "internal")
    assert f"{n} internal compliance assessments" in dialog.preview.text()
    dialog.reminder.setValue(2)
    dialog.path.setText(str(tmp_path / "deadlines.ics"))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=60_000)
    cal = icalendar.Calendar.from_ical((tmp_path / "deadlines.ics").read_bytes())
    events = cal.walk("VEVENT")
    assert len(events) == dialog.result.total == len(ctx.log.rounds.list()) + 4 + len(ctx.log.commitments.list())
    assert {a.decoded("TRIGGER") for a in cal.walk("VALARM")} == {timedelta(days=-2)}
    assert "LIMITED" not in (tmp_path / "deadlines.ics").read_text(encoding="utf-8")
    assert reminder_days(ctx.log) == 2  # the log's own setting now
    assert "commitment dues" in dialog.done_box.text()


def test_one_track_only_and_a_wrong_name_is_refused(ctx, qtbot, tmp_path, monkeypatch):
    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: refused.append(text)))
    dialog = CalendarExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "deadlines.pdf"))
    dialog.export()
    assert refused and ".ics" in refused[0] and dialog.job is None
    mou = ctx.log.tracks.by_ref("MOU")
    for i in range(dialog.tracks.count()):
        if dialog.tracks.item(i).data(Qt.ItemDataRole.UserRole).id != mou.id:
            dialog.tracks.item(i).setCheckState(Qt.CheckState.Unchecked)
    dialog.path.setText(str(tmp_path / "mou.ics"))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=60_000)
    summaries = [str(e["SUMMARY"]) for e in
                 icalendar.Calendar.from_ical((tmp_path / "mou.ics").read_bytes()).walk("VEVENT")]
    assert summaries and all(s.startswith("[MOU]") for s in summaries)


def test_the_calendar_dialog_offers_no_password_it_could_not_keep(ctx):
    """An .ics has no password: a ticked "Protect" box would send the calendar out in the clear."""
    from mineralsdesk.gui.documents.calendar_dialog import CalendarExportDialog

    dialog = CalendarExportDialog(ctx)
    dialog.protect.setChecked(True)
    dialog.password_edit.setText("a long passphrase here")
    assert dialog.password() is None
    assert dialog.protect not in dialog.focus_order() and dialog.form.isRowVisible(dialog.protect) is False


def test_the_calendar_is_written_in_the_apps_language(ctx, qtbot, tmp_path, monkeypatch):
    from mineralsdesk.documents.calendar import ics
    from mineralsdesk.gui.language import current_language, install_language

    asked = []
    monkeypatch.setattr(ics, "export_ics", lambda *a, **k: asked.append(k.get("lang")))
    try:
        install_language("ja")
        assert current_language() == "ja"
        dialog = CalendarExportDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.work(tmp_path / "d.ics", [])(ctx.log, None)
    finally:
        install_language("en")
    assert asked == ["ja"]


def test_a_document_may_be_written_in_another_language_than_the_apps(ctx, qtbot, tmp_path, monkeypatch):
    """English app, French briefing: the Language row starts at the app's language and is passed on when changed;
    the default marking shown as the placeholder follows it. Akoma Ntoso (read by tools) has no Language row."""
    from mineralsdesk.documents.briefing import pdf
    from mineralsdesk.documents.word import docx_out
    from mineralsdesk.documents.workbook import xlsx
    from mineralsdesk.gui.common.combo import value_index
    from mineralsdesk.gui.documents.akn_dialog import AknExportDialog
    from mineralsdesk.gui.documents.dialogs import PdfExportDialog, XlsxExportDialog
    from mineralsdesk.gui.documents.word_dialog import WordExportDialog
    from mineralsdesk.i18n import translate

    asked = []
    monkeypatch.setattr(pdf, "export_pdf", lambda *a, **k: asked.append(("pdf", k.get("lang"))))
    monkeypatch.setattr(docx_out, "export_docx", lambda *a, **k: asked.append(("docx", k.get("lang"))))
    monkeypatch.setattr(xlsx, "export_xlsx", lambda *a, **k: asked.append(("xlsx", k.get("lang"))))
    for kind in (PdfExportDialog, XlsxExportDialog, WordExportDialog, CalendarExportDialog):
        dialog = kind(ctx)
        qtbot.addWidget(dialog)
        assert dialog.document_language() == "en" and dialog.form.isRowVisible(dialog.language)
        assert dialog.language in dialog.focus_order()
        dialog.language.setCurrentIndex(value_index(dialog.language, "fr"))
        if hasattr(dialog, "marking"):
            dialog.internal.setChecked(True)
            assert dialog.marking.placeholderText() == translate("Markings", "LIMITED — INTERNAL", "fr")
            assert dialog.marking.placeholderText() != "LIMITED — INTERNAL"
        if kind is not CalendarExportDialog:
            dialog.work(tmp_path / "d", ["MOU"])(ctx.log, None)
    assert asked == [("pdf", "fr"), ("xlsx", "fr"), ("docx", "fr")]
    akn = AknExportDialog(ctx)
    qtbot.addWidget(akn)
    assert not akn.form.isRowVisible(akn.language) and akn.language not in akn.focus_order()
