"""QApplication start-up: opens the log (creating the demo on first run) and shows the main window."""

from __future__ import annotations

import sys
from pathlib import Path


def run(db: Path, *, exit_after_start: bool = False, create_demo: bool = False) -> int:
    """Open the desktop app on `db`; returns the process exit code."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from ..services.demo import build_demo
    from ..services.log import Log

    app = QApplication.instance() or QApplication(sys.argv[:1])
    if create_demo and not db.exists():
        db.parent.mkdir(parents=True, exist_ok=True)
        build_demo(db)
    log = Log.open(db)
    window = QMainWindow()
    window.setWindowTitle(f"MineralsDesk — {log.settings.log_name}")
    window.setCentralWidget(QLabel(f"{len(log.clauses())} clauses in {db}"))
    window.resize(900, 600)
    window.show()
    if exit_after_start:
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    log.close()
    return code

