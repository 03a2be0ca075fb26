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
    from mineralsdesk.gui.views.forms import FormDialog

    opened: list = []
    monkeypatch.setattr(FormDialog, "exec", lambda self: opened.append(self) or 0)
    return opened
