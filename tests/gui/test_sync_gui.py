"""The app's sync: File > Sync… (export, then import with a preview), the Conflicts screen with its undoable
resolutions and sidebar count, and the dashboard's "last synced with" card. Two laptops made with `clone`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from mineralsdesk.gui.context import AppContext
from mineralsdesk.services.log import Log
from mineralsdesk.services.sync import exchange, identity

PASSPHRASE = "the delegation's sync passphrase"
TODAY = date(2026, 11, 26)
ANNA_TEXT = "The Parties shall cooperate closely on critical minerals."
BEN_TEXT = "The Parties shall cooperate on critical raw materials."


@pytest.fixture
def laptops(tmp_path: Path):
    """Anna's log (a track, a round, a clause) and Ben's copy of it."""
    anna = Log.create(tmp_path / "anna.mdesk", user_name="Anna")
    track = anna.tracks.add("CM-1", "Critical minerals").record
    rnd = anna.rounds.add(track.id, date(2026, 1, 10), place="Brussels").record
    anna.clauses.add(track.id, "Art. 1", "Scope", "The Parties shall cooperate on critical minerals.", party="EU",
                     round_id=rnd.id)
    identity.clone(anna, tmp_path / "ben.mdesk", colleague="Ben")
    ben = Log.open(tmp_path / "ben.mdesk")
    yield anna, ben
    anna.close()
    ben.close()


def context(log: Log, tmp_path: Path, name: str) -> AppContext:
    from mineralsdesk.gui.settings import Settings

    return AppContext(log, today=TODAY, settings=Settings.in_file(tmp_path / f"{name}.ini"))


def make_conflicts(anna: Log, ben: Log, tmp_path: Path) -> str:
    """The clause's title and its text changed on both laptops; Ben's file imported by Anna. Returns the clause id."""
    clause = anna.clauses.list()[0]
    version = anna.clauses.current_version(clause.id)
    anna.clauses.update(clause.id, title="Scope (Anna)")
    ben.clauses.update(clause.id, title="Scope (Ben)")
    for log, text in ((anna, ANNA_TEXT), (ben, BEN_TEXT)):
        with log.write() as repo:  # a correction of the tabled text in place, on each laptop
            repo.update(type(version), version.id, {"text": text}, source="manual edit")
    out = exchange.export(ben, tmp_path / "b.mdsync", "Anna", passphrase=PASSPHRASE)
    assert exchange.import_file(anna, out, passphrase=PASSPHRASE).report.conflicts == 2
    return clause.id


def run_dialog_job(qtbot, dialog, button, done) -> None:
    button.click()
    qtbot.waitUntil(lambda: dialog.job is None and done(), timeout=20000)


def test_sync_dialog_exports_for_a_colleague_and_imports_with_a_preview(laptops, tmp_path, qtbot, no_modal_waits):
    from mineralsdesk.gui.sync.dialog import SyncDialog

    anna, ben = laptops
    clause = anna.clauses.list()[0]
    anna.clauses.update(clause.id, title="Scope and objectives")
    sender = SyncDialog(context(anna, tmp_path, "anna"))
    qtbot.addWidget(sender)
    assert [sender.colleague.itemText(i) for i in range(sender.colleague.count())] == ["Ben"]  # from the peers
    assert sender.export_passphrase.echoMode() == sender.export_passphrase.EchoMode.Password
    out = tmp_path / "for-ben.mdsync"
    sender.export_path.setText(str(out))
    sender.export_passphrase.setText(PASSPHRASE)
    run_dialog_job(qtbot, sender, sender.export_button, lambda: sender.written is not None)
    assert sender.written == out and out.exists()
    assert "Written" in sender.export_status.text()

    ben_ctx = context(ben, tmp_path, "ben")
    receiver = SyncDialog(ben_ctx)
    qtbot.addWidget(receiver)
    receiver.tabs.setCurrentIndex(1)
    receiver.import_path.setText(str(out))
    receiver.import_passphrase.setText(PASSPHRASE)
    assert not receiver.apply_button.isEnabled()  # preview first
    run_dialog_job(qtbot, receiver, receiver.preview_button, lambda: receiver.preview_result is not None)
    assert "Preview" in receiver.counts.text() and "Would apply" in receiver.counts.text()
    assert receiver.conflict_list.toPlainText() == "No conflicts."
    assert ben.clauses.get(clause.id).title == "Scope"  # the preview wrote nothing
    assert receiver.apply_button.isEnabled()
    heard = []
    ben_ctx.bus.changed.connect(heard.append)
    run_dialog_job(qtbot, receiver, receiver.apply_button, lambda: receiver.applied is not None)
    assert ben.clauses.get(clause.id).title == "Scope and objectives"
    assert "Applied" in receiver.counts.text() and heard
    assert not receiver.apply_button.isEnabled()
    assert not no_modal_waits


def test_a_refused_file_is_one_line_in_a_dialog_and_writes_nothing(laptops, tmp_path, qtbot, no_modal_waits,
                                                                  monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from mineralsdesk.gui.sync.dialog import SyncDialog

    anna, ben = laptops
    anna.clauses.update(anna.clauses.list()[0].id, title="Scope and objectives")
    out = exchange.export(anna, tmp_path / "a.mdsync", "Ben", passphrase=PASSPHRASE)
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, title, text, *a: said.append((title, text))))
    before = ben.changes(limit=1)[0].seq
    dialog = SyncDialog(context(ben, tmp_path, "ben"))
    qtbot.addWidget(dialog)
    dialog.import_path.setText(str(out))
    dialog.import_passphrase.setText("not the passphrase")
    run_dialog_job(qtbot, dialog, dialog.preview_button, lambda: bool(said))
    [(title, text)] = said
    assert "refused" in title and "wrong passphrase" in text and "\n" not in text
    assert dialog.preview_result is None and not dialog.apply_button.isEnabled()
    assert ben.changes(limit=1)[0].seq == before and ben.clauses.list()[0].title == "Scope"


def test_conflicts_screen_resolves_by_ours_theirs_and_edited_with_undo_and_a_sidebar_count(laptops, tmp_path, qtbot):
    from mineralsdesk.gui.main_window import MainWindow

    anna, ben = laptops
    clause_id = make_conflicts(anna, ben, tmp_path)
    ctx = context(anna, tmp_path, "anna")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    sidebar_row = window.sidebar.item(window.sidebar.count() - 1)
    assert sidebar_row.text() == "Conflicts (2)"
    screen = window.show_page("conflicts")
    assert screen.model.rowCount() == 2
    rows = {r.conflict.field: i for i, r in enumerate(screen.model.rows)}
    assert screen.model.rows[rows["title"]].record.startswith("clause CM-1 Art. 1")
    # The text conflict: base -> ours and base -> theirs as redlines.
    screen.table.selectRow(rows["text"])
    ours_html, theirs_html = screen.panes["ours"].toHtml(), screen.panes["theirs"].toHtml()
    assert "closely" in ours_html and "raw materials" in theirs_html
    assert "line-through" in theirs_html and "underline" in ours_html
    assert screen.editor.toPlainText() == ANNA_TEXT

    # Theirs on the title, then undo and redo.
    screen.table.selectRow(rows["title"])
    assert screen.panes["theirs"].toPlainText().strip() == "Scope (Ben)"
    qtbot.mouseClick(screen.theirs_button, Qt.MouseButton.LeftButton)
    assert anna.clauses.get(clause_id).title == "Scope (Ben)"
    assert sidebar_row.text() == "Conflicts (1)" and screen.model.rowCount() == 1
    ctx.undo_stack.undo()
    assert anna.clauses.get(clause_id).title == "Scope (Anna)"
    assert sidebar_row.text() == "Conflicts (2)" and screen.model.rowCount() == 2
    ctx.undo_stack.redo()
    assert anna.clauses.get(clause_id).title == "Scope (Ben)" and sidebar_row.text() == "Conflicts (1)"
    ctx.undo_stack.undo()

    # Ours keeps the value; its undo reopens the conflict.
    screen.open_item(clause_id)
    screen.table.selectRow([r.conflict.field for r in screen.model.rows].index("title"))
    screen.ours_button.click()
    assert anna.clauses.get(clause_id).title == "Scope (Anna)" and screen.model.rowCount() == 1
    ctx.undo_stack.undo()
    assert screen.model.rowCount() == 2

    # An edited value for the text.
    screen.table.selectRow([r.conflict.field for r in screen.model.rows].index("text"))
    screen.editor.setPlainText("The Parties shall cooperate closely on critical raw materials.")
    screen.edited_button.click()
    assert anna.clauses.current_version(clause_id).text == "The Parties shall cooperate closely on critical raw materials."
    assert sidebar_row.text() == "Conflicts (1)"
    ctx.undo_stack.undo()
    assert anna.clauses.current_version(clause_id).text == ANNA_TEXT and sidebar_row.text() == "Conflicts (2)"
    ctx.undo_stack.clear()


def test_conflicts_model_passes_the_model_tester(laptops, tmp_path, qtmodeltester):
    from mineralsdesk.gui.sync.model import ConflictsModel
    from mineralsdesk.services.sync import review

    anna, ben = laptops
    make_conflicts(anna, ben, tmp_path)
    model = ConflictsModel()
    model.set_rows(review.open_conflicts(anna))
    qtmodeltester.check(model)
    assert model.rowCount() == 2


def test_dashboard_shows_when_each_colleague_last_synced(laptops, tmp_path, qtbot):
    from mineralsdesk.gui.dashboard.board import DashboardView

    anna, ben = laptops
    ctx = context(anna, tmp_path, "anna")
    board = DashboardView(ctx)
    qtbot.addWidget(board)
    card = board.sync_card()
    assert card is not None and [r.text() for r in card.rows] == ["never received a file"]
    ben.clauses.update(ben.clauses.list()[0].id, title="Scope (Ben)")
    out = exchange.export(ben, tmp_path / "b.mdsync", "Anna", passphrase=PASSPHRASE)
    exchange.import_file(anna, out, passphrase=PASSPHRASE)
    from mineralsdesk.domain.model import Changed

    ctx.notify(Changed())
    card = board.sync_card()
    [peer] = exchange.peers(anna)
    assert card.rows[0].text().endswith(" UTC") and card.rows[0].text()[:10] == peer.last_synced_at[:10]


def test_dashboard_without_colleagues_has_no_sync_card(tmp_path, qtbot):
    from mineralsdesk.gui.dashboard.board import DashboardView

    log = Log.create(tmp_path / "alone.mdesk", user_name="Anna")
    board = DashboardView(context(log, tmp_path, "alone"))
    qtbot.addWidget(board)
    assert board.sync_card() is None
    log.close()


def test_the_preview_lists_the_conflicts_a_file_would_make_by_record(laptops, tmp_path, qtbot):
    from mineralsdesk.gui.sync.dialog import SyncDialog

    anna, ben = laptops
    clause = anna.clauses.list()[0]
    anna.clauses.update(clause.id, title="Scope (Anna)")
    ben.clauses.update(clause.id, title="Scope (Ben)")
    out = exchange.export(ben, tmp_path / "b.mdsync", "Anna", passphrase=PASSPHRASE)
    dialog = SyncDialog(context(anna, tmp_path, "anna"))
    qtbot.addWidget(dialog)
    dialog.import_path.setText(str(out))
    dialog.import_passphrase.setText(PASSPHRASE)
    run_dialog_job(qtbot, dialog, dialog.preview_button, lambda: dialog.preview_result is not None)
    assert dialog.conflict_list.toPlainText() == "clause CM-1 Art. 1 Scope (Anna), title: changed on both laptops"
    assert "conflicts <b>1</b>" in dialog.counts.text()
    assert exchange.conflicts(anna) == [] and anna.clauses.get(clause.id).title == "Scope (Anna)"


def test_export_never_writes_over_the_open_log(laptops, tmp_path, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from mineralsdesk.gui.sync.dialog import SyncDialog

    anna, _ben = laptops
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, title, text, *a: said.append(text)))
    size = anna.path.stat().st_size
    dialog = SyncDialog(context(anna, tmp_path, "anna"))
    qtbot.addWidget(dialog)
    dialog.export_path.setText(str(anna.path))
    dialog.export_passphrase.setText(PASSPHRASE)
    dialog.export_button.click()
    assert dialog.job is None and dialog.written is None and len(said) == 1
    assert anna.path.stat().st_size == size and anna.tracks.list()
