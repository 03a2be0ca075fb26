"""Render every main screen of the demo log offscreen into PNG files (make screenshots; docs/screenshots/)."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

# The demo log tells its story as of this day; screenshots are stable across runs.
DEMO_TODAY = date(2026, 11, 26)
SIZE = (1360, 860)


def render_all(out_dir: Path, log_path: Path | None = None, lang: str = "en") -> list[Path]:
    """Build (or open) the demo log, show each screen in a main window in `lang` and save it; returns the files."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ..services.demo import build_demo
    from ..services.log import Log
    from .app import make_application
    from .context import AppContext
    from .main_window import MainWindow
    from .settings import Settings

    out_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="mineralsdesk-shots-"))
    if log_path is None:
        log_path = build_demo(work / "demo.mdesk")
    app = make_application()
    from .language import install_language

    install_language(lang)
    ctx = AppContext(Log.open(log_path), today=DEMO_TODAY, settings=Settings.in_file(work / "settings.ini"))
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    written: list[Path] = []

    def shoot(name: str) -> None:
        while getattr(window.current_page(), "is_filling", lambda: False)():
            app.processEvents()  # the dashboard builds cards past the first screen after painting
        for _ in range(3):
            app.processEvents()  # then the layout settles (deferred layout requests)
        target = out_dir / f"{name}.png"
        window.grab().save(str(target))
        written.append(target)

    for key in ("dashboard", "tracks", "rounds", "positions", "commitments", "changelog", "minutes", "topics",
                "scorecard", "conflicts"):
        window.show_page(key)
        shoot(key)
    clauses = window.show_page("clauses")
    _show_redline(ctx, clauses)
    shoot("clauses")
    from .search.dialog import SearchDialog

    window.show_page("dashboard")
    dialog = SearchDialog(ctx, window)
    dialog.show()
    dialog.query.setText("stockpil")
    dialog.search_now()
    for _ in range(3):
        app.processEvents()
    target = out_dir / "search.png"
    _grab_with_dialog(window, dialog).save(str(target))
    written.append(target)
    dialog.close()
    window.close()
    ctx.log.close()
    QApplication.processEvents()
    return written


def _show_redline(ctx, clauses) -> None:
    """Open the clause with the most versions so its detail shows a redline between the last two."""
    best = max(ctx.log.clauses.list(), key=lambda c: len(ctx.log.clauses.versions(c.id)))
    clauses.open_item(best.id)
    detail = getattr(clauses, "detail", None)
    versions = ctx.log.clauses.versions(best.id)
    if detail is not None and hasattr(detail, "compare") and len(versions) >= 2:
        detail.compare(versions[-2].number, versions[-1].number)


def _grab_with_dialog(window, dialog):
    """The window with the dialog painted where it sits (offscreen platforms do not composite windows)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QPainter, QPen

    picture = window.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 60))  # the window behind a modal dialog, dimmed
    shot = dialog.grab()
    offset = QPoint((picture.width() - shot.width()) // 2, 90)
    painter.drawPixmap(offset, shot)
    painter.setPen(QPen(QColor("#8c8c8c"), 1))
    painter.drawRect(offset.x() - 1, offset.y() - 1, shot.width() + 1, shot.height() + 1)
    painter.end()
    return picture


if __name__ == "__main__":
    # python -m mineralsdesk.gui.screenshots [FOLDER [LANG]]: LANG's screens in FOLDER (default English, docs/screenshots)
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    for path in render_all(folder, lang=sys.argv[2] if len(sys.argv) > 2 else "en"):
        print(path)
