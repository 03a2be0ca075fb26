"""No screen takes None back from Qt, and the app outlives a PySide6 that drops references (gui/refcounts.py).

PySide6 6.12.0 on Python 3.11 loses a reference to None whenever Qt hands an empty value back to Python
(`currentData()` on "All tracks") and on every call that returns nothing; the app aborted with
"Fatal Python error: none_dealloc". The screens now keep combo values in Python (gui/combo.py) and read
their own models directly; the app adds headroom to None, True and False when the probe finds the bug.
"""

from __future__ import annotations

import linecache
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtGui import QAction, QStandardItem
from PySide6.QtWidgets import QComboBox, QListWidgetItem, QTableWidgetItem, QTreeWidgetItem

from mineralsdesk.domain.model import Changed
from mineralsdesk.gui import refcounts
from mineralsdesk.gui.actions import RECORD
from mineralsdesk.gui.main_window import SCREENS

GUI = Path(__file__).resolve().parents[2] / "mineralsdesk" / "gui"

# Every Qt call that hands a stored value back to Python (an empty one comes back as None).
READS = [(QComboBox, "currentData"), (QComboBox, "itemData"), (QModelIndex, "data"), (QPersistentModelIndex, "data"),
         (QListWidgetItem, "data"), (QTableWidgetItem, "data"), (QTreeWidgetItem, "data"), (QStandardItem, "data"),
         (QAction, "data"), (QObject, "property")]


@pytest.fixture
def empty_reads(monkeypatch) -> list[str]:
    """Each Qt read that gave Python None, as "Class.method" (recorded, then passed on unchanged)."""
    found: list[str] = []
    for cls, name in READS:
        original = getattr(cls, name)

        def spy(self, *args, _original=original, _name=f"{cls.__name__}.{name}", _call=f".{name}("):
            value = _original(self, *args)
            # Only reads our code makes: patching a virtual (QTreeWidgetItem.data) also routes Qt's own paint-time
            # calls through here, and those never reach Python in the app.
            caller = sys._getframe(1)
            if value is None and _call in linecache.getline(caller.f_code.co_filename, caller.f_lineno):
                found.append(_name)
            return value

        monkeypatch.setattr(cls, name, spy)
    return found


def _settle(window) -> None:
    page = window.current_page()
    while getattr(page, "is_filling", lambda: False)():
        QCoreApplication.processEvents()
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # the cards a refresh replaced


def _cycle(window, ctx) -> None:
    """One full cycle: a refresh of everything, then every screen shown and painted."""
    ctx.notify(Changed())
    for key in SCREENS:
        window.show_page(key)
        window.current_page().repaint()
        _settle(window)


def test_refreshing_every_screen_and_opening_every_form_reads_no_empty_value_from_qt(
        main_window, ctx, empty_reads, opened_forms):
    for _ in range(3):
        _cycle(main_window, ctx)
    ctx.bus.log_replaced.emit()
    _cycle(main_window, ctx)
    main_window.show_page("clauses").open_item(ctx.log.clauses.list()[0].id)
    for attr, *_rest in RECORD:
        main_window.actions.record[attr].trigger()
    assert opened_forms, "the Record menu opened no form"
    for form in opened_forms:
        form.validate()
    assert empty_reads == []


def test_the_dashboard_track_filter_read_200_times_leaves_none_alone(main_window, ctx):
    """The newcomer's case: `ordered_tracks` read the filter once per track, -1 reference to None each time."""
    dashboard = main_window.show_page("dashboard")
    _settle(main_window)
    dashboard.ordered_tracks()
    before = sys.getrefcount(None)
    for _ in range(200):
        dashboard.ordered_tracks()
    assert sys.getrefcount(None) >= before


def test_no_gui_module_stores_or_reads_combo_data_through_qt():
    pattern = re.compile(r"\.(currentData|itemData|findData)\(|addItem\([^()]*,\s*None\)|setData\([^()]*None\)"
                         r"|\bindex\.data\(|super\(\)\.(headerData|data)\(")
    offenders = [f"{path.relative_to(GUI)}:{n}" for path in sorted(GUI.rglob("*.py")) if path.name != "combo.py"
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if pattern.search(line.split("#")[0]) and not line.lstrip().startswith(('"', "'"))]
    assert offenders == []


_SURVIVOR = """
import sys
start = sys.getrefcount(None)  # before the app adds any headroom
from mineralsdesk.gui.app import make_application
from PySide6.QtCore import QObject, Signal
app = make_application()
class Probe(QObject):
    fired = Signal()
probe = Probe()
for _ in range(max(50_000, 2 * start)):  # more calls than None has references in a fresh process
    probe.setObjectName("x")
    probe.fired.emit()
print("alive")
"""


def test_the_app_outlives_more_qt_calls_than_none_has_references():
    """Before: on PySide6 6.12.0 this process aborted ("none_dealloc"); now it finishes on any PySide6."""
    done = subprocess.run([sys.executable, "-c", _SURVIVOR], capture_output=True, text=True, timeout=240,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-800:]
    assert done.stdout.strip() == "alive"


def test_headroom_only_where_the_bug_is():
    applied = refcounts.keep_singletons_alive()
    assert applied == (refcounts.can_add_headroom() and (applied or refcounts.drops_references()))
    if applied:
        assert sys.getrefcount(None) > refcounts.HEADROOM // 2
        assert sys.getrefcount(True) > refcounts.HEADROOM // 2
        assert refcounts.keep_singletons_alive() is True  # once only: a second call adds nothing
