"""Clauses table: open, scroll to the last row, sort by status, filter by a word (target: each under 100 ms).

Measured through the services (log.clause_count / log.clause_rows, one 200-row page as the table model
asks for) and, when the GUI model exists, through gui.clauses.model.ClauseTableModel. The bare figure
is sqlite3 paging the clauses table alone in the same order and filter, without the per-row version,
bracket and round columns, so the ratio shows what those columns cost.

    python benchmarks/bench_clauses.py --size 100000
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import emit, median_ms, size_arg, timed
from benchmarks.generate import ensure_log
from mineralsdesk.services.log import Log

PAGE = 200
WORD = "cobalt"


def _bare(path: Path) -> dict[str, float]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    page = ("SELECT c.id, t.ref, c.ref, c.title, c.topic, c.status, c.minerals FROM clauses c "
            "JOIN tracks t ON t.id = c.track_id {where} ORDER BY {order} LIMIT ? OFFSET ?")
    like = "WHERE (c.ref || ' ' || c.title || ' ' || c.topic || ' ' || c.status || ' ' || c.minerals) LIKE ?"

    def count(where: str = "", params: tuple = ()) -> int:
        return conn.execute(f"SELECT count(*) FROM clauses c JOIN tracks t ON t.id = c.track_id {where}",
                            params).fetchone()[0]

    total = count()
    out = {
        "open": median_ms(lambda: (count(), conn.execute(page.format(where="", order="t.ref, c.ref"),
                                                         (PAGE, 0)).fetchall())),
        "last page": median_ms(lambda: conn.execute(page.format(where="", order="t.ref, c.ref"),
                                                    (PAGE, max(0, total - PAGE))).fetchall()),
        "sort by status": median_ms(lambda: conn.execute(page.format(where="", order="c.status, t.ref, c.ref"),
                                                         (PAGE, 0)).fetchall()),
        "filter by a word": median_ms(lambda: (count(like, (f"%{WORD}%",)), conn.execute(
            page.format(where=like, order="t.ref, c.ref"), (f"%{WORD}%", PAGE, 0)).fetchall())),
    }
    conn.close()
    return out


def _services(path: Path) -> dict[str, float]:
    """Each action as the user meets it: on a freshly opened log, so nothing kept from an earlier run helps.

    open = count + first page; last page = after opening; sort = after opening; filter = a new word.
    """
    def fresh(action, prepare=lambda log: None) -> float:
        samples = []
        for _ in range(5):
            with Log.open(path, readonly=True) as log:
                prepare(log)
                samples.append(timed(lambda log=log: action(log)))
        return statistics.median(samples)

    def open_table(log: Log) -> None:
        log.read.clause_count()
        log.read.clause_rows(sort="track", limit=PAGE)

    return {
        "open": fresh(open_table),
        "last page": fresh(lambda log: log.read.clause_rows(sort="track", limit=PAGE, offset=max(0, log.read.clause_count() - PAGE)),
                           open_table),
        "sort by status": fresh(lambda log: log.read.clause_rows(sort="status", limit=PAGE), open_table),
        "filter by a word": fresh(lambda log: (log.read.clause_count(text=WORD),
                                               log.read.clause_rows(sort="track", text=WORD, limit=PAGE)), open_table),
    }


def _gui_model(path: Path) -> dict[str, float] | None:
    """The real table model in a real QTableView (offscreen); None while the GUI model does not exist."""
    try:
        from mineralsdesk.gui.clauses.model import ClauseTableModel
    except ImportError:
        return None
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from mineralsdesk.gui.context import AppContext

    app = QApplication.instance() or QApplication([])
    log = Log.open(path, readonly=True, defer_checks=True)  # no daily backup of the cached log (minutes at 1M)
    ctx = AppContext(log)
    view = QTableView()
    view.resize(1000, 700)
    view.show()
    holder: dict[str, ClauseTableModel] = {}

    def open_table() -> None:
        holder["model"] = ClauseTableModel(ctx)
        view.setModel(holder["model"])
        app.processEvents()

    def scroll_to_last() -> None:
        # What reaching the end costs a user: pages an appending model still wants, then the view's jump
        # to the bottom and the paint that reads the last rows (one page for a counted model).
        model = holder["model"]
        while model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        view.scrollToBottom()
        app.processEvents()

    def sort_by_status() -> None:
        holder["model"].sort(4, Qt.SortOrder.DescendingOrder)
        holder["model"].sort(4, Qt.SortOrder.AscendingOrder)
        app.processEvents()

    def filter_word() -> None:
        holder["model"].set_filter(text=WORD)
        holder["model"].set_filter(text=None)
        app.processEvents()

    out = {"open": median_ms(open_table)}
    out["last page"] = median_ms(lambda: (open_table(), scroll_to_last()), runs=3)
    open_table()
    # Two re-queries per run (there and back), so halve it to report one.
    out["sort by status"] = median_ms(sort_by_status) / 2
    out["filter by a word"] = median_ms(filter_word) / 2
    view.close()
    log.close()
    return out


def main() -> None:
    for size in size_arg():
        path = ensure_log(size)
        bare = _bare(path)
        ours = _services(path)
        for name in ours:
            emit(f"clauses: {name} (services, ms)", size, ours[name], bare[name])
        model = _gui_model(path)
        if model is not None:
            for name in model:
                label = "scroll to last row" if name == "last page" else name
                emit(f"clauses: {label} (GUI model, ms)", size, model[name], bare[name])


if __name__ == "__main__":
    main()
