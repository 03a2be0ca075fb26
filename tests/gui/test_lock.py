"""Encryption at rest in the app: the passphrase asked on open (right, wrong, Cancel), the idle lock and
Ctrl+L (connection closed, screens hidden, undo kept), encrypt / decrypt / change passphrase from the File
menu, and the passphrase never written to any file the app writes (settings, error reports, logs)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from mineralsdesk.gui.commands import ServiceCommand, run
from mineralsdesk.gui.context import AppContext
from mineralsdesk.gui.lock import commands as lock_commands
from mineralsdesk.gui.lock import passphrase as passphrase_ui
from mineralsdesk.gui.lock.panel import LockPanel
from mineralsdesk.gui.logfile import dialogs
from mineralsdesk.services import encryption
from mineralsdesk.services.log import Log

PASS = "correct horse battery staple"
TODAY = date(2026, 11, 26)  # as tests/gui/conftest.py


def _files(*folders: Path) -> dict[str, tuple[int, int]]:
    return {str(p): (p.stat().st_size, p.stat().st_mtime_ns) for folder in folders
            for p in folder.rglob("*") if p.is_file()}


def _answers(monkeypatch, *answers: str | None) -> list[str]:
    """The passphrase dialog answers these in turn; returns the error line each time it was shown with."""
    shown: list[str] = []
    left = list(answers)

    def getter(parent, path, error="", purpose="open"):
        shown.append(error)
        return left.pop(0)

    monkeypatch.setattr(passphrase_ui, "get_passphrase", getter)
    return shown


def _add_track(ctx: AppContext, ref: str) -> str:
    """An undoable edit built as the forms build theirs: the closures capture the Log object itself."""
    log = ctx.log
    run(ctx, ServiceCommand(ctx, f"Add track {ref}",
                            lambda: log.tracks.add(ref, f"Track {ref}", kind="memorandum",
                                                   target_date=date(2027, 1, 1), parties=["US", "EU"]),
                            lambda done: log.tracks.delete(done.record.id)))
    return next(t.id for t in log.tracks.list() if t.ref == ref)


# -- opening ---------------------------------------------------------------------------------------------------
def test_an_encrypted_log_opens_after_a_wrong_passphrase_and_the_right_one(qapp, encrypted_path, settings,
                                                                         monkeypatch):
    shown = _answers(monkeypatch, "not the passphrase", PASS)
    log = dialogs.try_open_log(None, encrypted_path, settings)
    try:
        assert log is not None and log.encrypted and log.clauses.list()
        assert shown[0] == "" and "Wrong passphrase" in shown[1]
    finally:
        log.close()


def test_a_wrong_passphrase_then_cancel_writes_nothing(qapp, encrypted_path, settings, monkeypatch):
    data = Path(os.environ["MINERALSDESK_DATA_DIR"])
    before = _files(encrypted_path.parent, data)
    shown = _answers(monkeypatch, "not the passphrase", "still not the one", None)
    assert dialogs.try_open_log(None, encrypted_path, settings) is None
    assert len(shown) == 3 and _files(encrypted_path.parent, data) == before  # no backup, no lock-out file


def test_cancel_at_start_up_offers_another_log(qapp, encrypted_path, settings, monkeypatch, no_modal_waits):
    from mineralsdesk.gui.app import open_start_log

    _answers(monkeypatch, None)
    assert open_start_log(encrypted_path, settings, create_demo=False) is None
    assert "Open another log?" in no_modal_waits


def test_the_start_takes_the_key_derived_ahead_and_a_wrong_one_still_asks(qapp, encrypted_path, settings,
                                                                           monkeypatch):
    from mineralsdesk.gui.app import open_start_log

    shown = _answers(monkeypatch)  # the dialog must not be shown: the key derived ahead opens the log
    log = open_start_log(encrypted_path, settings, create_demo=False, passphrase=PASS,
                         pending_key=encryption.derive_ahead(PASS, encrypted_path))
    try:
        assert log is not None and log.encrypted and log.clauses.list() and shown == []
    finally:
        log.close()
    shown = _answers(monkeypatch, PASS)
    wrong = "not the passphrase"
    log = open_start_log(encrypted_path, settings, create_demo=False, passphrase=wrong,
                         pending_key=encryption.derive_ahead(wrong, encrypted_path))
    try:
        assert log is not None and log.clauses.list() and shown == [""]  # asked once, as without the key ahead
    finally:
        log.close()


def test_the_passphrase_dialog_is_masked_and_names_the_file(qtbot, encrypted_path):
    dialog = passphrase_ui.PassphraseDialog(encrypted_path, error="Wrong passphrase")
    qtbot.addWidget(dialog)
    assert dialog.edit.echoMode() == dialog.edit.EchoMode.Password
    assert encrypted_path.name in dialog.findChild(type(dialog.error)).text()
    dialog.edit.setText(PASS)
    dialog.accept()
    assert dialog.answer() == PASS and dialog.edit.text() == ""  # the field does not keep it


# -- new log ------------------------------------------------------------------------------------------------
def test_a_new_log_can_be_encrypted_and_a_short_passphrase_is_refused_inline(qtbot, settings, tmp_path):
    dialog = dialogs.NewLogDialog(settings)
    qtbot.addWidget(dialog)
    path = tmp_path / "secret.mdesk"
    dialog.path_edit.setText(str(path))
    dialog.encryption.enable.setChecked(True)
    dialog.encryption.passphrase.setText("short")
    dialog.encryption.confirm.setText("short")
    dialog._create()
    assert "at least 10" in dialog.encryption.error.text() and not path.exists()
    dialog.encryption.passphrase.setText(PASS)
    assert "bits" in dialog.encryption.strength.text()
    dialog.encryption.confirm.setText(PASS + "x")
    dialog._create()
    assert "differ" in dialog.encryption.error.text() and not path.exists()
    dialog.encryption.confirm.setText(PASS)
    dialog._create()
    assert dialog.log is not None and dialog.log.encrypted and encryption.is_encrypted(path)
    dialog.log.close()


# -- the lock ---------------------------------------------------------------------------------------------------
def test_the_idle_timer_locks_closes_the_log_and_hides_every_screen(encrypted_window):
    window, ctx = encrypted_window, encrypted_window.ctx
    lock = window.idle_lock
    assert lock.watcher.timer.isActive() and lock.watcher.timer.interval() == 15 * 60_000  # the default
    lock.watcher.timer.timeout.emit()  # the minutes have passed (driven directly: no waiting)
    assert lock.locked and ctx.log.locked
    with pytest.raises(Exception, match="closed"):
        ctx.log.db.execute("SELECT 1")
    assert not window.centralWidget().isVisible() and not window.menuBar().isEnabled()
    assert not window.actions.open_log.isEnabled() and not window.actions.undo.isEnabled()
    panel = window.findChild(LockPanel)
    assert panel.isVisible() and "demo" in panel.name_label.text() and panel.edit.isVisible()
    assert panel.geometry() == window.rect()
    assert not lock.watcher.timer.isActive()


def test_a_closed_window_stops_its_idle_countdown_and_never_locks_a_closed_log(main_window):
    """A window closed (another log opened in its place, the tests' teardown) whose object lives on must not lock
    its log when the minutes run out: that log is closed by then, and reading it raised in the event loop."""
    lock = main_window.idle_lock
    assert lock.watcher.timer.isActive()
    main_window.close()
    assert not lock.watcher.timer.isActive()
    main_window.ctx.log.close()
    lock.lock()  # Ctrl+L or a countdown that slipped through: nothing to lock
    assert not lock.locked


def test_undo_after_unlock_works_on_the_reopened_log(encrypted_window):
    window, ctx = encrypted_window, encrypted_window.ctx
    log = ctx.log
    track_id = _add_track(ctx, "LCK")
    window.actions.lock_now.trigger()
    assert ctx.undo_stack.count() == 1  # the history is kept while locked
    panel = window.idle_lock.panels()[0]
    panel.edit.setText("not the passphrase")
    panel.unlock_button.click()
    assert window.idle_lock.locked and "Wrong passphrase" in panel.error.text() and panel.edit.text() == ""
    panel.edit.setText(PASS)
    panel.unlock_button.click()
    assert not window.idle_lock.locked and ctx.log is log and not log.locked
    assert window.centralWidget().isVisible() and window.actions.open_log.isEnabled()
    ctx.undo_stack.undo()
    assert track_id not in {t.id for t in ctx.log.tracks.list()}
    ctx.undo_stack.redo()
    assert "LCK" in {t.ref for t in ctx.log.tracks.list()}
    assert window.idle_lock.watcher.timer.isActive()


def test_ctrl_l_locks_a_plain_log_which_unlocks_with_a_click(keyboard, main_window):
    keyboard.press("Ctrl+L")
    lock = main_window.idle_lock
    assert lock.locked and main_window.ctx.log.locked
    panel = lock.panels()[0]
    assert not panel.edit.isVisible() and "not encrypted" in " ".join(
        label.text() for label in panel.findChildren(type(panel.error)))
    panel.unlock_button.click()
    assert not lock.locked and main_window.ctx.log.clauses.list()


def test_a_dialog_open_when_the_window_locks_is_covered_too(encrypted_window, qtbot):
    from PySide6.QtWidgets import QDialog

    dialog = QDialog(encrypted_window)
    dialog.resize(300, 200)
    dialog.show()
    encrypted_window.idle_lock.lock()
    covers = [p for p in encrypted_window.idle_lock.panels() if p.parent() is dialog]
    assert covers and covers[0].geometry() == dialog.rect()
    assert encrypted_window.idle_lock.unlock(PASS)
    assert not dialog.findChildren(LockPanel) or not dialog.findChild(LockPanel).isVisible()


def test_models_do_not_fetch_while_locked(encrypted_window):
    from mineralsdesk.gui.common.paged_model import PagedTableModel

    page = encrypted_window.show_page("clauses")
    encrypted_window.idle_lock.lock()
    models = page.findChildren(PagedTableModel)
    assert models
    for model in models:
        model.reload()  # would raise on the closed connection
        assert model.data(model.index(0, 0)) is None or model.rowCount()
        model.set_filter(text="anything")
        assert not model.canFetchMore()
    assert encrypted_window.idle_lock.unlock(PASS)


def test_lock_now_is_on_the_shortcut_sheet(main_window):
    from mineralsdesk.gui.actions import shortcut_groups

    everywhere = dict(shortcut_groups(main_window.actions))["Every screen"]
    assert ("Ctrl+L", "Lock now") in everywhere
    keys = [k for a in main_window.actions.every_action() for k in (s.toString() for s in a.shortcuts())]
    assert keys.count("Ctrl+L") == 1


def test_idle_minutes_are_a_setting_and_zero_turns_the_lock_off(main_window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from mineralsdesk.gui.settings import IDLE_LOCK_MINUTES

    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (0, True)))
    assert lock_commands.ask_idle_minutes(main_window) == 0
    assert main_window.ctx.settings.get(IDLE_LOCK_MINUTES) == 0 and not main_window.idle_lock.watcher.timer.isActive()
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (3, True)))
    lock_commands.ask_idle_minutes(main_window)
    assert main_window.idle_lock.watcher.timer.interval() == 3 * 60_000


def test_input_restarts_the_idle_countdown(main_window, qtbot):
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    timer = main_window.idle_lock.watcher.timer
    timer.stop()
    timer.start(60_000)
    timer.setInterval(15 * 60_000)  # a restart shows as the interval coming back
    event = QMouseEvent(QEvent.Type.MouseMove, QPointF(5, 5), QPointF(5, 5), Qt.MouseButton.NoButton,
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(main_window, event)
    assert timer.isActive() and timer.remainingTime() > 60_000


def test_a_held_watch_ignores_input_until_released(qtbot):
    """The app's start holds the input watch until the first paint (no event crosses into Python before it)."""
    from PySide6.QtCore import QEvent, QObject, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from mineralsdesk.gui.lock.idle import IdleWatcher

    owner = QObject()
    watcher = IdleWatcher(15, owner, held=True)
    assert watcher.timer.isActive()  # the countdown runs while held

    class Countdown:  # stands in for the timer: counts the restarts the input causes
        restarts = 0

        def isActive(self) -> bool:  # noqa: N802 - QTimer's name
            return True

        def start(self) -> None:
            self.restarts += 1

    real, watcher.timer = watcher.timer, Countdown()
    move = QMouseEvent(QEvent.Type.MouseMove, QPointF(5, 5), QPointF(5, 5), Qt.MouseButton.NoButton,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(owner, move)
    assert watcher.timer.restarts == 0  # held: the input is not seen
    watcher.timer = real
    watcher.release()
    watcher.timer = Countdown()
    QApplication.sendEvent(owner, move)
    assert watcher.timer.restarts == 1
    watcher.timer = real
    watcher.set_minutes(0)  # the filter comes off again


# -- conversions from the File menu -----------------------------------------------------------------------------
def test_encrypt_change_and_decrypt_from_the_menu_keep_the_log_and_its_undo(main_window, monkeypatch):
    ctx = main_window.ctx
    log = ctx.log
    _add_track(ctx, "ENC")
    monkeypatch.setattr(lock_commands, "get_new_passphrase", lambda *a, **k: PASS)
    assert lock_commands.encrypt_current(main_window)
    assert ctx.log is log and log.encrypted and encryption.is_encrypted(log.path)
    new = PASS + " changed"
    seen = {}
    monkeypatch.setattr(lock_commands, "get_new_passphrase",
                        lambda *a, current=None, **k: seen.setdefault("current", current) and new)
    assert lock_commands.change_current_passphrase(main_window)
    assert seen["current"] == PASS and log.open_options().passphrase == new
    Log.open(log.path, passphrase=new, readonly=True).close()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    assert lock_commands.decrypt_current(main_window)
    assert not log.encrypted and not encryption.is_encrypted(log.path)
    ctx.undo_stack.undo()
    assert "ENC" not in {t.ref for t in log.tracks.list()}


def test_a_failed_conversion_leaves_the_log_open_as_it_was(main_window, monkeypatch, no_modal_waits):
    from mineralsdesk.errors import LogError

    ctx = main_window.ctx
    monkeypatch.setattr(lock_commands, "get_new_passphrase", lambda *a, **k: PASS)

    def refuse(path, passphrase):
        raise LogError("Cannot write beside it; nothing was changed")

    monkeypatch.setattr(encryption, "encrypt_log", refuse)
    assert not lock_commands.encrypt_current(main_window)
    assert not ctx.log.locked and not ctx.log.encrypted and ctx.log.clauses.list()
    assert any("nothing was changed" in str(t) for t in no_modal_waits)


def test_a_background_job_reopens_an_encrypted_log_with_the_window_options(encrypted_window):
    from mineralsdesk.gui.worker import Job

    done: list = []
    job = Job(encrypted_window.ctx.log.open_options(), lambda log, progress: len(log.clauses.list()))
    job.signals.finished.connect(done.append)
    job.run()
    assert done and done[0] > 0


# -- the passphrase is written nowhere ------------------------------------------------------------------------
def test_the_passphrase_is_in_no_file_the_app_wrote(encrypted_window, tmp_path, monkeypatch):
    from mineralsdesk.gui.app import write_error_log

    window, ctx = encrypted_window, encrypted_window.ctx
    _add_track(ctx, "SEC")
    window.idle_lock.lock()
    window.idle_lock.unlock(PASS)
    window.save_state()
    ctx.settings.add_recent(ctx.log.path)

    def fails(passphrase: str) -> None:
        raise RuntimeError(f"failed with {passphrase}")

    try:
        fails(ctx.log.open_options().passphrase)
    except RuntimeError as error:
        write_error_log(type(error), error, error.__traceback__)
    ctx.settings.sync()
    data = Path(os.environ["MINERALSDESK_DATA_DIR"])
    files = [p for folder in (tmp_path, data) for p in folder.rglob("*") if p.is_file()]
    assert any(p.name == "settings.ini" for p in files) and any("error" in p.name for p in files)
    assert [str(p) for p in files if PASS.encode() in p.read_bytes()] == []


def test_change_passphrase_refuses_a_wrong_current_one_inline(qtbot, encrypted_path):
    dialog = lock_commands.PassphraseChangeDialog("Change passphrase", encrypted_path, ask_current=True)
    qtbot.addWidget(dialog)
    dialog.expected = PASS
    dialog.current.setText("not the passphrase")
    dialog.fields.passphrase.setText(PASS + " new")
    dialog.fields.confirm.setText(PASS + " new")
    dialog._accept()
    assert dialog.chosen is None and "Wrong passphrase" in dialog.current_error.text()
    dialog.current.setText(PASS)
    dialog._accept()
    assert dialog.chosen == PASS + " new"


def test_restoring_an_encrypted_backup_uses_the_window_passphrase(encrypted_window, monkeypatch):
    from mineralsdesk.services import backups

    ctx = encrypted_window.ctx
    info = backups.take_backup(ctx.log, "manual", prune_old=False)
    passphrase = ctx.log.open_options().passphrase
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(passphrase_ui, "get_passphrase", lambda *a, **k: pytest.fail("asked again"))
    path = ctx.log.path
    restored = dialogs.restore_into(None, path, info.path, close_current=ctx.close_log, passphrase=passphrase)
    assert restored is not None and restored.encrypted
    ctx.replace_log(restored)


def test_the_file_menu_commands_reach_the_conversions(main_window, monkeypatch):
    monkeypatch.setattr(lock_commands, "get_new_passphrase", lambda *a, **k: PASS)
    main_window._update_encryption_actions()
    assert main_window.actions.encrypt_log.isEnabled() and not main_window.actions.decrypt_log.isEnabled()
    main_window.actions.encrypt_log.trigger()
    assert main_window.ctx.log.encrypted
    main_window._update_encryption_actions()
    assert not main_window.actions.encrypt_log.isEnabled() and main_window.actions.change_passphrase.isEnabled()


def test_the_deferred_start_up_check_opens_an_encrypted_log_with_the_window_passphrase(encrypted_window):
    from mineralsdesk.gui.startup_checks import DeferredCheck

    log = encrypted_window.ctx.log
    job = DeferredCheck(log.path, log.open_options().passphrase)
    outcome: list = []
    job.signals.passed.connect(lambda path, warnings: outcome.append("passed"))
    job.signals.failed.connect(lambda path, message: outcome.append(message))
    job.run()
    assert outcome == ["passed"]


def test_a_question_box_too_small_for_the_panel_is_answered_with_its_safe_default(encrypted_window):
    box = QMessageBox(QMessageBox.Icon.Question, "Discard?", "Quit?", parent=encrypted_window)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.resize(200, 90)
    box.show()
    encrypted_window.idle_lock.lock()
    assert not box.isVisible() and box.result() == QMessageBox.DialogCode.Rejected
    assert encrypted_window.idle_lock.panels()  # the window's own panel unlocks
    assert encrypted_window.idle_lock.unlock(PASS)


def test_a_running_export_is_not_cancelled_by_the_lock(encrypted_window):
    from PySide6.QtWidgets import QProgressDialog

    cancelled: list = []
    progress = QProgressDialog("Writing the PDF", "Cancel", 0, 0, encrypted_window)
    progress.canceled.connect(lambda: cancelled.append(True))
    progress.show()
    encrypted_window.idle_lock.lock()
    assert progress.isVisible() and not cancelled
    assert encrypted_window.idle_lock.unlock(PASS)
    progress.close()
