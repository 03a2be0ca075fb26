"""The main window on the demo log: screens, status bar, search, recent logs, remembered state, change log."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox

from mineralsdesk.domain.model import Changed
from mineralsdesk.gui.actions import PAGES
from mineralsdesk.gui.changes.table import ChangeLogModel, ChangeLogView
from mineralsdesk.gui.main_window import MainWindow, Placeholder
from mineralsdesk.gui.search.dialog import SearchDialog, SearchResultsModel
from mineralsdesk.gui.settings import CURRENT_PAGE, WINDOW_GEOMETRY
from mineralsdesk.services.log import Log


@pytest.fixture
def window(main_window):
    """The shown main window on the demo log (conftest's main_window), under this module's shorter name."""
    return main_window


def test_every_screen_opens_from_the_sidebar(window):
    for row, (key, label, _icon, _shortcut) in enumerate(PAGES):
        window.sidebar.setCurrentRow(row)
        page = window.stack.currentWidget()
        assert page.objectName() == f"page_{key}"
        assert not isinstance(page, Placeholder), f"{label} is a placeholder"
        assert window.actions.pages[key].isChecked()


def test_status_bar_names_the_log_our_party_and_the_last_change(window, ctx):
    assert window.status_log.text() == "Log: demo.mdesk"
    assert window.status_party.text().startswith("Ours: EU")
    last = ctx.log.changes(limit=1)[0]
    assert last.who in window.status_last.text()
    assert ctx.log.settings.log_name in window.windowTitle()


def test_status_bar_follows_an_edit(window, ctx):
    ctx.log.update_settings(user_name="Ana Ruiz")
    ctx.log.clauses.update(ctx.log.clauses.list()[0].id, title="Retitled")
    ctx.notify(Changed.of("clauses"))
    assert "Ana Ruiz" in window.status_last.text()


def test_search_as_you_type_opens_the_item_in_its_screen(window, ctx, qtbot, monkeypatch):
    opened: list[str] = []
    window.show_page("commitments")
    monkeypatch.setattr(type(window.page("commitments")), "open_item", lambda self, entity_id: opened.append(entity_id))
    window.show_page("dashboard")
    window.actions.find.trigger()
    dialog = window.findChild(SearchDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.query, "release rules")
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=2000)
    first = dialog.model.hits[0]
    assert first.kind == "commitment" and "release rules" in ctx.log.commitments.get(first.entity_id).text
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert window.current_key() == "commitments"
    assert opened == [first.entity_id]
    assert not dialog.isVisible()


def test_search_keys_move_through_results_and_bad_syntax_is_one_line(ctx, qtbot):
    dialog = SearchDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.query.setText("stockpil")
    dialog.search_now()
    assert dialog.model.rowCount() > 2 and dialog.results.currentIndex().row() == 0
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    assert dialog.results.currentIndex().row() == 1
    dialog.query.setText('"unclosed')
    dialog.search_now()
    assert dialog.model.rowCount() == 0 and "quotation" in dialog.message.text()


def test_search_hits_are_highlighted_and_escaped(ctx, qtbot, qtmodeltester):
    from mineralsdesk.gui.search.dialog import HtmlRole, snippet_html
    from mineralsdesk.store.search import HIGHLIGHT_END, HIGHLIGHT_START

    assert snippet_html(f"x<y and {HIGHLIGHT_START}z{HIGHLIGHT_END}") == (
        "x&lt;y and <b style='background-color:#fde68a; color:#1a1a1a'>z</b>")
    model = SearchResultsModel()
    model.set_hits(ctx.log.search("lithium"))
    assert "<b style=" in model.data(model.index(0), HtmlRole)
    qtmodeltester.check(model)


def test_recent_logs_are_remembered_and_offered(window, ctx, tmp_path):
    other = Log.create(tmp_path / "other.mdesk")
    other.close()
    window.open_log(tmp_path / "other.mdesk")
    assert ctx.log.path == tmp_path / "other.mdesk"
    assert ctx.settings.recent_logs()[0] == (tmp_path / "other.mdesk").resolve()
    window._fill_recent_menu()
    texts = [a.text() for a in window.recent_menu.actions()]
    assert "&1 other.mdesk" in texts
    assert window.status_log.text() == "Log: other.mdesk"
    ctx.settings.clear_recent()
    assert ctx.settings.recent_logs() == []


def test_window_state_and_page_are_remembered(ctx, qtbot):
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    first.splitter.setSizes([150, 800])
    sizes = first.splitter.sizes()
    first.show_page("changelog")
    first.close()
    assert ctx.settings.get(CURRENT_PAGE) == "changelog"
    assert not ctx.settings.get(WINDOW_GEOMETRY).isEmpty()
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    second.show()
    assert second.current_key() == "changelog"
    assert second.splitter.sizes()[0] == sizes[0]


def test_quitting_with_a_half_filled_form_asks_first(window, ctx, monkeypatch):
    from mineralsdesk.gui.clauses.forms import ClauseForm

    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: asked.append(args[1]) or answer[0])
    untouched = ClauseForm(ctx, parent=window)
    untouched.show()
    window.close()  # a form opened and left as it was holds nothing to lose: no question
    assert asked == [] and not window.isVisible()
    window.show()
    form = ClauseForm(ctx, parent=window)
    form.show()
    form.ref.setText("Art. 12")
    window.close()
    assert asked == ["Discard the unfinished form?"] and window.isVisible() and form.isVisible()
    answer[0] = QMessageBox.StandardButton.Discard
    window.close()
    assert not window.isVisible() and not form.isVisible()
    assert len(asked) == 2  # the form closed without asking a second time


def test_change_log_model_pages_filters_and_passes_the_model_tester(ctx, qtmodeltester):
    model = ChangeLogModel(ctx)
    assert model.rowCount() == model.page_size and model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    model.set_filter(text="Art. 7")
    assert 0 < model.rowCount() < model.page_size
    entry = model.row_at(0)
    assert "Art. 7" in " ".join(str(v) for v in (entry.old, entry.new, entry.field, entry.entity))


def test_change_log_view_shows_a_records_history(ctx, qtbot):
    view = ChangeLogView(ctx)
    qtbot.addWidget(view)
    clause = ctx.log.clauses.list()[0]
    ctx.log.clauses.update(clause.id, title="A new title")
    view.open_item(clause.id)
    rows = view.model.loaded_rows()
    assert rows and all(r.entity_id == clause.id for r in rows)
    assert view.model.data(view.model.index(0, 4)).endswith("→ A new title")
    track = ctx.log.tracks.get(clause.track_id)
    assert view.model.data(view.model.index(0, 2)) == f"clause {track.ref} {clause.ref} A new title"


def test_start_up_paints_and_exits_without_loading_export_libraries(tmp_path, demo_path):
    code = ("import sys; from pathlib import Path; from mineralsdesk.gui.app import run; "
            f"rc = run(Path({str(demo_path)!r}), exit_after_start=True); "
            # xml: the translation catalogues' parser (i18n.catalogue) loads with the first catalogue read
            "heavy = ('reportlab', 'openpyxl', 'docx', 'lxml', 'pypdf', 'icalendar', 'sqlcipher3', 'msoffcrypto', "
            "'xml'); print(rc, *sorted({m.split('.')[0] for m in sys.modules} & set(heavy)))")
    launched = time.monotonic()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={"QT_QPA_PLATFORM": "offscreen", "MINERALSDESK_DATA_DIR": str(tmp_path),
                              "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    ended = time.monotonic()
    painted, result = out.stdout.splitlines()
    assert result == "0", out.stderr  # none of the document, text or cipher libraries
    # The moment of the first paint, on the monotonic clock the timing script reads too (bench_startup.py).
    assert painted.startswith("first paint at ") and launched < float(painted.split()[-1]) < ended
    assert (tmp_path / "settings.ini").exists()  # the user's real settings were not touched


def test_the_clauses_start_loads_neither_the_viewer_nor_the_text_extraction_before_the_first_paint(tmp_path, demo_path):
    # Started on the Clauses screen (the page restored from the settings), as bench_startup.py measures it: the
    # text extraction loads with the first attachment listed, html.escape with the first clause shown, ctypes
    # only where the None-refcount remedy applies (gui/refcounts.py). PySide6 is told about every module of ours
    # (gui/app.import_qt), loaded before it or after, so it reads the source of none of them.
    (tmp_path / "settings.ini").write_text("[window]\npage=clauses\n", encoding="utf-8")
    code = ("import inspect, sys; from pathlib import Path; "
            "read = []; get = inspect.getsource; "
            "inspect.getsource = lambda module: read.append(getattr(module, '__name__', '')) or get(module); "
            "from mineralsdesk.gui.app import run; from mineralsdesk.services import log; "
            f"rc = run(Path({str(demo_path)!r}), exit_after_start=True); "
            "late = ('html', 'ctypes', 'mineralsdesk.services.extract'); "
            "print(rc, sorted(set(late) & set(sys.modules)), sorted(m for m in read if m.startswith('mineralsdesk')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={"QT_QPA_PLATFORM": "offscreen", "MINERALSDESK_DATA_DIR": str(tmp_path),
                              "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    painted, result = out.stdout.splitlines()
    assert painted.startswith("first paint at ") and result == "0 [] []", out.stderr


def test_no_module_of_ours_switches_a_pyside_feature():
    """import_qt tells PySide6 our GUI modules use it with no feature switched, without reading them: true only while
    none has `from __feature__ import ...` (snake_case, true_property)."""
    import re
    from pathlib import Path

    package = Path(__file__).resolve().parents[2] / "mineralsdesk"
    switch = re.compile(r"^\s*(from\s+__feature__\s+import|import\s+__feature__)", re.MULTILINE)
    assert not [p for p in package.rglob("*.py") if switch.search(p.read_text(encoding="utf-8"))]


def test_the_cyclic_collector_rests_until_the_first_paint_and_runs_after_it(tmp_path, demo_path):
    # The start makes what lives as long as the app; the collector would walk that growing heap ~70 times.
    code = ("import gc, time; from pathlib import Path; from mineralsdesk.gui.app import run; "
            "runs = []; gc.callbacks.append(lambda phase, info: phase == 'start' and runs.append(time.monotonic())); "
            f"rc = run(Path({str(demo_path)!r}), exit_after_start=True); "
            "print(rc, gc.isenabled(), *runs)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={"QT_QPA_PLATFORM": "offscreen", "MINERALSDESK_DATA_DIR": str(tmp_path),
                              "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    painted, result = out.stdout.splitlines()
    painted_at = float(painted.split()[-1])
    rc, enabled, *runs = result.split()
    assert (rc, enabled) == ("0", "True"), out.stderr
    assert not [at for at in map(float, runs) if at < painted_at]  # none before the first paint


def test_first_run_of_the_default_log_builds_the_demo(tmp_path):
    target = tmp_path / "data" / "negotiation-log.mdesk"
    code = ("from pathlib import Path; from mineralsdesk.gui.app import run; "
            f"print(run(Path({str(target)!r}), exit_after_start=True, create_demo=True))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={"QT_QPA_PLATFORM": "offscreen", "MINERALSDESK_DATA_DIR": str(tmp_path),
                              "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert out.stdout.splitlines()[-1] == "0", out.stderr
    with Log.open(target) as log:
        assert len(log.clauses.list()) == 25


def test_placeholder_stands_in_for_a_missing_screen(window, monkeypatch):
    from mineralsdesk.gui import main_window

    monkeypatch.setitem(main_window.SCREENS, "positions", ("no_such_module", "Nothing"))
    window._pages.pop("positions", None)
    page = window.show_page("positions")
    assert isinstance(page, Placeholder)
