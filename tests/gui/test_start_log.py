"""Starting the app on a path with no log: the demo on first run, otherwise a question, never a silent file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from mineralsdesk.gui.app import open_start_log


def test_default_log_is_created_with_the_demo_on_first_run(qapp, settings, tmp_path: Path):
    db = tmp_path / "first" / "negotiation-log.mdesk"
    log = open_start_log(db, settings, create_demo=True)
    try:
        assert db.exists() and len(log.clauses.list()) >= 20
    finally:
        log.close()


def test_missing_log_declined_creates_nothing(qapp, settings, tmp_path: Path, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    db = tmp_path / "missing.mdesk"
    assert open_start_log(db, settings, create_demo=False) is None
    assert asked and not db.exists()


def test_missing_log_accepted_creates_an_empty_log(qapp, settings, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    db = tmp_path / "new.mdesk"
    log = open_start_log(db, settings, create_demo=False)
    try:
        assert db.exists() and log.clauses.list() == [] and {p.code for p in log.parties.list()} == {"US", "EU", "JP", "MX"}
    finally:
        log.close()


def test_a_file_open_event_opens_that_log(qapp, ctx, demo_master, tmp_path: Path, monkeypatch):
    """macOS delivers a double-clicked .mdesk as QEvent.FileOpen; the window switches to that log."""
    import shutil

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFileOpenEvent

    from mineralsdesk.gui.app import install_file_open_handler
    from mineralsdesk.gui.main_window import MainWindow

    other = tmp_path / "other.mdesk"
    shutil.copyfile(demo_master, other)
    other.chmod(0o600)  # a log others can read would (rightly) stop on a warning dialog first
    window = MainWindow(ctx)
    install_file_open_handler(qapp, window)
    QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(other)))
    assert ctx.log.path == other
    window.close()


def test_japanese_font_is_available_to_the_app(qapp):
    from PySide6.QtGui import QFontDatabase

    from mineralsdesk.gui.app import add_japanese_font_if_missing

    add_japanese_font_if_missing()
    assert QFontDatabase.families(QFontDatabase.WritingSystem.Japanese)


def test_the_apps_own_application_passes_file_open_events_on(tmp_path: Path, demo_path):
    """The app's QApplication (not the test's) takes FileOpen itself: no event filter sees every event."""
    import shutil
    import subprocess
    import sys

    other = tmp_path / "other.mdesk"
    shutil.copyfile(demo_path, other)
    other.chmod(0o600)
    code = f"""
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent
from mineralsdesk.gui.app import application_class, install_file_open_handler, make_application
from mineralsdesk.gui.context import AppContext
from mineralsdesk.gui.main_window import MainWindow
from mineralsdesk.gui.settings import Settings
from mineralsdesk.services.log import Log

app = make_application()
ctx = AppContext(Log.open(Path({str(demo_path)!r})), settings=Settings.in_file(Path({str(tmp_path / 's.ini')!r})))
window = MainWindow(ctx)
install_file_open_handler(app, window)
QCoreApplication.sendEvent(app, QFileOpenEvent({str(other)!r}))
print(type(app) is application_class(), ctx.log.path.name)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={"QT_QPA_PLATFORM": "offscreen", "MINERALSDESK_DATA_DIR": str(tmp_path),
                              "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert out.stdout.split() == ["True", "other.mdesk"], out.stderr
