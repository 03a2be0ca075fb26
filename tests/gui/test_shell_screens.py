"""Tracks and rounds screens, undo/redo through the UI, dashboard, and the safety dialogs (bad files, crashes)."""

from __future__ import annotations

import sys
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from mineralsdesk import paths
from mineralsdesk.gui.dashboard.board import DashboardView, TrackCard
from mineralsdesk.gui.logfile import dialogs
from mineralsdesk.gui.main_window import MainWindow
from mineralsdesk.gui.rounds.table import ActionsModel, RoundForm, RoundsModel, RoundsView
from mineralsdesk.gui.style import DEADLINE_COLOURS
from mineralsdesk.gui.tracks.table import TrackForm, TracksModel, TracksView
from mineralsdesk.services.log import Log


@pytest.fixture
def captured(monkeypatch):
    """Every QMessageBox shown, as (title, text), answered with its default instead of blocking."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append((self.windowTitle(), self.text())) or 0)
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(
            lambda parent, title, text, *a, **k: shown.append((title, text)) or QMessageBox.StandardButton.Ok))
    return shown


def test_table_models_pass_the_model_tester(ctx, qtmodeltester):
    for model in (TracksModel(ctx), RoundsModel(ctx), ActionsModel(ctx)):
        qtmodeltester.check(model)
    actions = ActionsModel(ctx)
    actions.set_filter(round_id=ctx.log.rounds.list()[0].id)
    assert actions.rowCount() > 0
    qtmodeltester.check(actions)


def test_adding_a_track_through_the_form_undoes_and_redoes(ctx, qtbot):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    view: TracksView = window.show_page("tracks")
    before = view.model.rowCount()
    form = TrackForm(ctx, None, view)
    qtbot.keyClicks(form.ref, "CRM-JP")
    form.title_edit.setText("EU–Japan critical raw materials dialogue")  # keyClicks aborts on non-Latin-1
    form.party_boxes["EU"].setChecked(True)
    form.accept()
    assert form.error_text("parties") == "A negotiation needs at least two parties."
    assert view.model.rowCount() == before  # nothing written while the form is invalid
    form.party_boxes["JP"].setChecked(True)
    form.accept()
    assert form.result() == form.DialogCode.Accepted
    assert view.model.rowCount() == before + 1
    assert window.actions.undo.text() == "&Undo Add track CRM-JP"
    window.actions.undo.trigger()
    assert view.model.rowCount() == before and "CRM-JP" not in [t.ref for t in ctx.log.tracks.list()]
    window.actions.redo.trigger()
    assert "CRM-JP" in [t.ref for t in ctx.log.tracks.list()]


def test_editing_a_round_writes_at_once_and_ctrl_z_restores_it(ctx, qtbot):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    view: RoundsView = window.show_page("rounds")
    rnd = view.selected_round()
    old_summary = rnd.summary
    form = RoundForm(ctx, ctx.log.rounds.get(rnd.id), parent=view)
    form.summary.setPlainText("Agreed to meet again in Tokyo.")
    form.date.setDate(QDate(2026, 11, 5))
    form.accept()
    assert ctx.log.rounds.get(rnd.id).summary == "Agreed to meet again in Tokyo."
    assert "Tokyo" in view.account.toPlainText()
    assert window.actions.undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert QKeySequence("Ctrl+Shift+Z") in window.actions.redo.shortcuts()
    window.actions.undo.trigger()
    assert ctx.log.rounds.get(rnd.id).summary == old_summary
    assert "Agreed to meet" not in view.account.toPlainText()
    window.actions.redo.trigger()
    assert ctx.log.rounds.get(rnd.id).date == date(2026, 11, 5)


def test_round_form_needs_a_place_or_a_video_call(ctx, qtbot):
    form = RoundForm(ctx, None, ctx.log.tracks.list()[0].id)
    qtbot.addWidget(form)
    count = len(ctx.log.rounds.list())
    form.accept()
    assert "video call" in form.error_text("place") and len(ctx.log.rounds.list()) == count
    form.video.setChecked(True)
    form.accept()
    assert len(ctx.log.rounds.list()) == count + 1


def test_follow_up_actions_show_deadline_colours_and_toggle_done(ctx, qtbot):
    view = RoundsView(ctx)
    qtbot.addWidget(view)
    track = next(t for t in ctx.log.tracks.list() if t.ref == "ACTION")
    rnd = ctx.log.rounds.list(track.id)[-1]
    ctx.log.actions.add(rnd.id, "JP", "Send the revised annex", due=date(2026, 11, 20))
    ctx.log.actions.add(rnd.id, "US", "Confirm the venue", due=date(2026, 11, 30))
    view.open_item(rnd.id)
    model = view.actions_model
    model.reload()
    colours = {model.row_at(i).text: model.data(model.index(i, 3), Qt.ItemDataRole.ForegroundRole)
               for i in range(model.rowCount())}
    assert colours["Send the revised annex"] == DEADLINE_COLOURS["overdue"]
    assert colours["Confirm the venue"] == DEADLINE_COLOURS["due soon"]
    row = next(i for i in range(model.rowCount()) if model.row_at(i).text == "Send the revised annex")
    view.actions_table.selectRow(row)
    view.toggle_done()
    done = next(a for a in ctx.log.actions.list(rnd.id) if a.text == "Send the revised annex")
    assert done.done
    ctx.undo_stack.undo()
    assert not next(a for a in ctx.log.actions.list(rnd.id) if a.text == "Send the revised annex").done


def test_search_result_for_an_action_selects_it_in_rounds(ctx, qtbot):
    view = RoundsView(ctx)
    qtbot.addWidget(view)
    action = ctx.log.actions.list()[0]
    view.open_item(action.id)
    assert view.selected_round().id == action.round_id
    assert view.selected_action().id == action.id


def test_dashboard_puts_live_tracks_first_and_counts_what_is_overdue(ctx, qtbot):
    view = DashboardView(ctx)
    qtbot.addWidget(view)
    refs = [t.ref for t in view.ordered_tracks()]
    assert refs[0] == "ACTION"  # the only track whose target date (2026-12-15) is still ahead
    view.show()  # cards beyond the first screen are built on later event-loop turns
    qtbot.waitUntil(lambda: not view.is_filling())
    cards = [view.cards.itemAt(i).widget() for i in range(view.cards.count())
             if isinstance(view.cards.itemAt(i).widget(), TrackCard)]
    assert len(cards) == len(ctx.log.tracks.list())
    texts = " ".join(label.text() for label in cards[0].findChildren(type(view.today_label)))
    assert "19 days left" in texts and "57 days overdue" in texts
    view.open_item(ctx.log.tracks.by_ref("MOU").id)
    assert [t.ref for t in view.ordered_tracks()] == ["MOU"]


def test_a_corrupt_file_shows_the_dialog_and_stays_byte_identical(ctx, qtbot, tmp_path, captured):
    bad = tmp_path / "damaged.mdesk"
    data = ctx.log.path.read_bytes()[:4096] + b"\x00garbage" * 500
    bad.write_bytes(data)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.open_log(bad)
    assert bad.read_bytes() == data
    assert ctx.log.path != bad  # the window stays on the log it had
    assert captured and captured[0][0] in ("This log is damaged", "This is not a MineralsDesk log")
    # Nothing renamed or copied (SQLite itself may leave empty -wal/-shm beside a file with a valid header).
    leftovers = {p.name for p in tmp_path.iterdir() if p.name.startswith("damaged")} - {"damaged.mdesk"}
    assert leftovers <= {"damaged.mdesk-wal", "damaged.mdesk-shm"}


@pytest.mark.parametrize(("content", "title"), [
    (b"PK\x03\x04 a spreadsheet", "This is not a MineralsDesk log"),
    (b"", "This is not a MineralsDesk log"),
])
def test_foreign_files_are_refused_untouched(tmp_path, captured, qapp, content, title):
    path = tmp_path / "foreign.mdesk"
    path.write_bytes(content)
    assert dialogs.try_open_log(None, path) is None
    assert path.read_bytes() == content and captured[0][0] == title


def test_a_newer_log_names_the_version_needed(tmp_path, captured, qapp):
    import sqlite3

    from mineralsdesk.store import migrations

    path = tmp_path / "newer.mdesk"
    Log.create(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 5}")
    conn.close()
    before = path.read_bytes()
    assert dialogs.try_open_log(None, path) is None
    assert path.read_bytes() == before
    assert captured[0][0] == "This log needs a newer MineralsDesk" and "newer" in captured[0][1]


def test_a_log_readable_by_others_is_warned_about_and_can_be_made_private(demo_path, captured, qapp, monkeypatch):
    demo_path.chmod(0o644)
    shown: list[str] = []

    def click_first(self):
        shown.append(self.windowTitle())
        self.buttons()[0].click()  # "Make it private"
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_first)
    log = dialogs.try_open_log(None, demo_path)
    assert log is not None
    log.close()
    assert "Others can read this log" in shown
    assert demo_path.stat().st_mode & 0o777 == 0o600


def test_cloud_and_network_folders_are_recognised(tmp_path):
    synced = tmp_path / "Dropbox" / "work"
    synced.mkdir(parents=True)
    assert "Dropbox" in dialogs.cloud_folder_hint(synced / "log.mdesk")
    assert dialogs.cloud_folder_hint(tmp_path / "log.mdesk") is None


def test_exception_hook_writes_the_error_log_and_shows_a_dialog(captured, qapp, monkeypatch):
    from mineralsdesk.gui.app import install_exception_hook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put the original back after the test
    install_exception_hook()
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    written = paths.error_log_path().read_text()
    assert "RuntimeError" in written and "Traceback" in written and "RuntimeError: boom" not in written  # no message
    assert paths.error_log_path().stat().st_mode & 0o777 == 0o600
    assert captured and captured[0][0] == "Something went wrong" and str(paths.error_log_path()) in captured[0][1]


def test_restore_lists_backups_newest_first_and_puts_one_back(ctx, qtbot, captured, monkeypatch):
    from mineralsdesk.services import backups

    older = backups.take_backup(ctx.log, "manual", prune_old=False)
    clause = ctx.log.clauses.list()[0]
    ctx.log.clauses.update(clause.id, title="Changed after the backup")
    newer = backups.take_backup(ctx.log, "manual", prune_old=False)
    dialog = dialogs.RestoreDialog(ctx.log.path)
    qtbot.addWidget(dialog)
    names = [dialog.list.topLevelItem(i).text(3) for i in range(dialog.list.topLevelItemCount())]
    assert names.index(newer.path.name) < names.index(older.path.name)
    assert dialog.list.topLevelItem(0).text(1) == "manual"
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    monkeypatch.setattr(dialogs.RestoreDialog, "exec", lambda self: setattr(self, "chosen", older.path) or 1)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    window.restore()
    assert ctx.log.clauses.get(clause.id).title == clause.title  # the backup's content is back
    assert ctx.log.path.name == "demo.mdesk"
    assert any(i.reason == "before restore" for i in backups.list_backups(ctx.log.path))


def test_a_damaged_log_offers_its_newest_good_backup_and_keeps_the_damaged_file(demo_path, qapp, monkeypatch):
    from mineralsdesk.services import backups

    with Log.open(demo_path) as log:
        backups.take_backup(log, "manual", prune_old=False)
        clauses = len(log.clauses.list())
    data = demo_path.read_bytes()
    broken = data[:100] + b"\xff" * 4096 + data[4196:]
    demo_path.write_bytes(broken)
    for suffix in ("-wal", "-shm"):
        demo_path.with_name(demo_path.name + suffix).unlink(missing_ok=True)
    titles: list[str] = []

    def restore_clicked(self):
        titles.append(self.windowTitle())
        if self.windowTitle() == "This log is damaged":
            next(b for b in self.buttons() if b.text() == "Restore that backup").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", restore_clicked)
    log = dialogs.try_open_log(None, demo_path)
    assert titles[0] == "This log is damaged"
    assert log is not None and len(log.clauses.list()) == clauses
    log.close()
    assert demo_path.with_name("demo.mdesk.damaged").read_bytes() == broken
