"""GUI fixtures: an AppContext over the demo log with today fixed, and settings kept in a temporary file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from mineralsdesk.gui.context import AppContext
from mineralsdesk.gui.refcounts import keep_singletons_alive
from mineralsdesk.gui.settings import Settings

keep_singletons_alive()  # as the app does at start: a long GUI test run must not exhaust None (refcounts.py)

TODAY = date(2026, 11, 26)


@pytest.fixture(scope="session", autouse=True)
def english_catalogue(qapp):
    """English as the app installs it at start (app.py): its catalogue gives the plural forms ("%n clause(s)")."""
    from mineralsdesk.gui.language import install_language

    install_language("en")


@pytest.fixture(autouse=True)
def no_modal_waits(monkeypatch) -> list:
    """No test may sit on a modal window: message boxes answer their safe default (Cancel, No, Ok) and
    file dialogs come back empty, at once. Tests that want another answer patch over this one."""
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

    asked: list = []
    button = QMessageBox.StandardButton

    def answer(default):
        return staticmethod(lambda *a, **k: asked.append(a[1] if len(a) > 1 else "") or default)

    monkeypatch.setattr(QMessageBox, "question", answer(button.Cancel))
    monkeypatch.setattr(QMessageBox, "warning", answer(button.Ok))
    monkeypatch.setattr(QMessageBox, "information", answer(button.Ok))
    monkeypatch.setattr(QMessageBox, "critical", answer(button.Ok))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.windowTitle()) or 0)
    monkeypatch.setattr(QDialog, "exec", lambda dialog: asked.append(dialog.windowTitle()) or 0)
    for name in ("getSaveFileName", "getOpenFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    return asked


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """A private QSettings file: tests never read or write the real user's settings."""
    return Settings.in_file(tmp_path / "settings.ini")


@pytest.fixture
def ctx(qapp, demo_log, settings) -> AppContext:
    """The demo log as the app sees it, judged against 2026-11-26."""
    context = AppContext(demo_log, today=TODAY, settings=settings)
    yield context
    context.undo_stack.clear()


ENCRYPTED_PASSPHRASE = "correct horse battery staple"  # test_lock.py and test_worker_readers.py type it too


@pytest.fixture
def encrypted_path(demo_path: Path) -> Path:
    """The demo log, encrypted in place with ENCRYPTED_PASSPHRASE."""
    from mineralsdesk.services import encryption

    encryption.encrypt_log(demo_path, ENCRYPTED_PASSPHRASE)
    return demo_path


@pytest.fixture
def encrypted_window(qtbot, encrypted_path: Path, settings):
    """The main window shown on the encrypted demo log."""
    from mineralsdesk.gui.main_window import MainWindow
    from mineralsdesk.services.log import Log

    ctx = AppContext(Log.open(encrypted_path, passphrase=ENCRYPTED_PASSPHRASE), today=TODAY, settings=settings)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    yield window
    ctx.undo_stack.clear()
    ctx.log.close()


@pytest.fixture
def main_window(ctx, qtbot):
    """The main window on the demo log, shown offscreen."""
    from mineralsdesk.gui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def opened_forms(monkeypatch) -> list:
    """Every edit form the app opens, recorded instead of shown: `exec()` returns at once (rejected)."""
    from mineralsdesk.gui.common.form_base import FormDialog

    opened: list = []
    monkeypatch.setattr(FormDialog, "exec", lambda self: opened.append(self) or 0)
    return opened


class Keyboard:
    """Keys sent to whatever has the focus (QApplication.focusWidget()), as a user types them, and counted:
    a key or a chord (Ctrl+K) is one, a typed word or path is one."""

    def __init__(self, window, qtbot):
        self.window = window
        self.qtbot = qtbot
        self.count = 0

    def focus(self):
        from PySide6.QtWidgets import QApplication

        if QApplication.activeWindow() is None:
            # A desktop's window manager activates the window under a dialog that closed; the offscreen
            # platform leaves none active, so do what it would do.
            window = QApplication.activeModalWidget() or self.window
            window.activateWindow()
            self.qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, keys: str) -> None:
        """One key or chord, written as the shortcut sheet writes it: "Ctrl+Shift+P", "Return", "m"."""
        from PySide6.QtGui import QKeySequence
        from PySide6.QtTest import QTest

        combination = QKeySequence(keys)[0]
        QTest.keyClick(self.focus(), combination.key(), combination.keyboardModifiers())
        self.count += 1
        QTest.qWait(0)  # let queued work (a dialog opening, a model reload) happen, as between two key presses

    def type(self, text: str) -> None:
        from PySide6.QtTest import QTest

        QTest.keyClicks(self.focus(), text)
        self.count += 1
        QTest.qWait(0)


@pytest.fixture
def keyboard(main_window, monkeypatch, qtbot):
    """The main window driven from the keyboard alone; modal forms and dialogs open window-modal without a
    nested event loop (exec() would block the test), so the next keys reach them through the focus."""
    from PySide6.QtWidgets import QDialog

    def open_instead(dialog: QDialog) -> int:
        dialog.open()
        return 0

    monkeypatch.setattr(QDialog, "exec", open_instead)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: main_window.isActiveWindow(), timeout=5000)
    return Keyboard(main_window, qtbot)
