"""What the app reports after a job (an export's result, the background check's warnings) is told in the app's
language, from the same catalogues as the command line (i18n.Message, describe(lang))."""

from __future__ import annotations

from pathlib import Path

from mineralsdesk.documents.akn.akn_out import AknResult
from mineralsdesk.gui.documents.akn_dialog import AknExportDialog
from mineralsdesk.gui.language import install_language
from mineralsdesk.gui.startup_checks import StartupChecker
from mineralsdesk.i18n import QT_TRANSLATE_NOOP, Message


def test_an_export_result_reads_in_the_apps_language(ctx, qtbot, tmp_path):
    dialog = AknExportDialog(ctx)
    qtbot.addWidget(dialog)
    result = AknResult(path=tmp_path / "mou.xml", articles=11, brackets=1, round=None)
    try:
        install_language("fr")
        dialog._done(result)
        french = dialog.done_box.text()
    finally:
        install_language("en")
    dialog._done(result)
    assert "11 articles, 1 bracket, no round yet" in dialog.done_box.text()
    assert "no round yet" not in french and "11 articles" in french and str(tmp_path / "mou.xml") in french


def test_the_background_checks_warnings_read_in_the_apps_language(main_window):
    warning = Message("Log", QT_TRANSLATE_NOOP("Log", "{name} is read-only (the file or its folder cannot be "
                                                      "written): it is open for reading only"), name="demo.mdesk")
    checker = StartupChecker(main_window)
    path = Path(main_window.ctx.log.path)
    try:
        install_language("de")
        checker._passed(path, [warning])
        german = main_window.statusBar().currentMessage()
    finally:
        install_language("en")
    checker._passed(path, [warning])
    assert main_window.statusBar().currentMessage() == str(warning)
    assert german.startswith("demo.mdesk") and "read-only" not in german
