"""The negotiator's jobs done from the main window with the keyboard alone, each within its number of keys.

Keys go to QApplication.focusWidget() as a user's would; a key or chord counts one, a typed word or path one.
Goals (issue #14): find and open a clause <= 4, table a new version <= 10, record a stance and note <= 8,
mark a commitment met <= 6, export the shareable briefing to a typed path <= 5, undo 1.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from mineralsdesk.gui.clauses.table import ClausesView
from mineralsdesk.gui.common.form_base import FormDialog
from mineralsdesk.gui.documents.dialogs import PdfExportDialog


def _find(keyboard, word: str) -> None:
    keyboard.press("Ctrl+K")
    keyboard.type(word)
    keyboard.press("Return")


def _open_clause(keyboard, main_window, qtbot, word: str, ref: str):
    _find(keyboard, word)
    page = main_window.current_page()
    assert isinstance(page, ClausesView)
    qtbot.waitUntil(lambda: page.detail.clause is not None)
    assert page.detail.clause.ref == ref
    return page.detail.clause


def test_find_a_clause_by_a_word_and_open_it(keyboard, main_window, qtbot):
    clause = _open_clause(keyboard, main_window, qtbot, "circumvention", "Art. 3")
    assert "anti-circumvention" in clause.title
    assert main_window.focusWidget() is main_window.current_page().table  # keys now act on the clause shown
    assert keyboard.count == 3 <= 4


def test_table_a_new_version_of_the_open_clause(keyboard, main_window, ctx, qtbot):
    clause = _open_clause(keyboard, main_window, qtbot, "circumvention", "Art. 3")
    before = len(ctx.log.clauses.versions(clause.id))
    keyboard.count = 0  # counted from the clause in front of the user
    keyboard.press("Ctrl+Shift+V")
    form = QApplication.activeModalWidget()
    assert isinstance(form, FormDialog) and form.windowTitle() == "New version of Art. 3"
    keyboard.press("Ctrl+A")
    keyboard.type("Goods qualify as originating where [at least 40 per cent] of their value is added in the Parties.")
    keyboard.press("Ctrl+Return")
    versions = ctx.log.clauses.versions(clause.id)
    assert len(versions) == before + 1 and versions[-1].text.startswith("Goods qualify as originating")
    assert keyboard.count == 4 <= 10
    keyboard.press("Ctrl+Z")  # undo it: one key
    assert len(ctx.log.clauses.versions(clause.id)) == before


def test_record_a_partys_stance_and_note_on_the_open_clause(keyboard, main_window, ctx, qtbot):
    clause = _open_clause(keyboard, main_window, qtbot, "defence", "Art. 3")
    keyboard.count = 0
    keyboard.press("Ctrl+Shift+P")  # on the clause in front, not on an empty Positions screen
    assert main_window.current_key() == "clauses"
    form = QApplication.activeModalWidget()
    assert isinstance(form, FormDialog) and form.stance.hasFocus()  # the first field a user changes
    assert form.note.toPlainText() == "" and "Previous" in form.previous.text()
    keyboard.press("Shift+Tab")  # to the party (ours is preset)
    keyboard.press("u")  # US
    keyboard.press("Tab")
    keyboard.press("o")  # opposes
    keyboard.press("Tab")
    keyboard.type("Wants a 55 per cent threshold; will not move before capitals are consulted.")
    keyboard.press("Ctrl+Return")
    latest = ctx.log.read.latest_positions(clause.track_id)[(clause.id, "US")]
    assert (latest.stance, latest.note) == ("opposes", "Wants a 55 per cent threshold; will not move before "
                                                       "capitals are consulted.")
    assert not form.isVisible() and keyboard.count == 8 <= 8
    keyboard.press("Ctrl+Z")
    assert ctx.log.read.latest_positions(clause.track_id).get((clause.id, "US")) != latest


def test_stance_by_digit_and_our_party_in_five_keys(keyboard, main_window, ctx, qtbot):
    clause = _open_clause(keyboard, main_window, qtbot, "defence", "Art. 3")
    keyboard.count = 0
    keyboard.press("Ctrl+Shift+P")
    keyboard.press("2")  # accepts with amendments
    keyboard.press("Tab")
    keyboard.type("Can live with 45 per cent.")
    keyboard.press("Ctrl+Return")
    ours = ctx.log.settings.our_party
    latest = ctx.log.read.latest_positions(clause.track_id)[(clause.id, ours)]
    assert (latest.stance, latest.note) == ("accepts with amendments", "Can live with 45 per cent.")
    assert keyboard.count == 5


def test_mark_a_commitment_as_met(keyboard, main_window, ctx, qtbot):
    _find(keyboard, "release rules")
    assert main_window.current_key() == "commitments"
    page = main_window.current_page()
    commitment = page.current()
    assert commitment is not None and commitment.state == "open"
    keyboard.press("m")  # types into the row's State cell: "met", one undoable edit
    assert ctx.log.commitments.get(commitment.id).state == "met"
    assert keyboard.count == 4 <= 6
    keyboard.press("Ctrl+Z")
    assert ctx.log.commitments.get(commitment.id).state == "open"


def test_f2_edits_the_state_in_place_and_enter_opens_the_form(keyboard, main_window, ctx, qtbot):
    _find(keyboard, "release rules")
    page = main_window.current_page()
    commitment = page.current()
    keyboard.press("F2")  # the cell's editor, not the whole form
    assert QApplication.activeModalWidget() is None
    editor = keyboard.focus()
    assert editor.metaObject().className() == "QComboBox" and page.table.isAncestorOf(editor)
    keyboard.press("a")  # at risk
    assert ctx.log.commitments.get(commitment.id).state == "at risk"
    assert page.table.hasFocus()
    keyboard.press("Return")
    form = QApplication.activeModalWidget()
    assert isinstance(form, FormDialog) and form.commitment.id == commitment.id
    keyboard.press("Escape")
    keyboard.press("Ctrl+E")
    assert isinstance(QApplication.activeModalWidget(), FormDialog)


def test_export_the_shareable_briefing_to_a_typed_path(keyboard, main_window, ctx, qtbot, tmp_path, monkeypatch):
    opened: list = []
    monkeypatch.setattr("mineralsdesk.gui.documents.dialogs.QDesktopServices.openUrl", opened.append)
    target = tmp_path / "for-counterparts.pdf"
    keyboard.press("Ctrl+P")
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PdfExportDialog)
    keyboard.type(str(target))  # the path starts focused and selected
    keyboard.press("Alt+H")  # Shareable
    keyboard.press("Return")  # Export
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=60_000)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and "Written to" in box.text()
    keyboard.press("Return")  # closes the box; it does not open the file
    assert not box.isVisible() and not dialog.isVisible() and opened == []
    assert target.read_bytes().startswith(b"%PDF") and dialog.audience() == "shareable"
    assert keyboard.count == 5 <= 5
