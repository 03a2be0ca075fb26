"""Tab reaches every control of every screen and dialog, in reading order, and nothing keeps the focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QRadioButton,
    QTableView,
    QWidget,
)

from mineralsdesk.gui.actions import PAGES
from mineralsdesk.gui.positions.forms import PositionForm

SCREENS = [key for key, *_ in PAGES]


def _should_reach(root: QWidget) -> list[QWidget]:
    """The controls under `root` a user must be able to Tab to."""
    found = []
    for widget in root.findChildren(QWidget):
        if not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled() and widget.isVisibleTo(root)
                and widget.window() is root.window()):
            continue
        if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            continue  # the line edit inside a spin box or an editable combo: its owner takes the focus
        if isinstance(widget, QRadioButton) and widget.autoExclusive() and not widget.isChecked():
            continue  # Tab enters a group of radio buttons at the checked one; the arrows choose
        found.append(widget)
    return found


def _walk(start: QWidget, qtbot, key=Qt.Key.Key_Tab, limit: int = 300) -> list[QWidget]:
    """Press `key` at whatever has the focus until the focus comes back to `start`; fails on a trap."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is start
    visited = [start]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), key)
        widget = QApplication.focusWidget()
        if widget is start:
            return visited
        if widget is visited[-1] and isinstance(widget, QAbstractSpinBox):
            continue  # a date edit's Tab steps day, month, year, then leaves: not a trap
        assert widget not in visited, (
            f"Tab is trapped: {type(widget).__name__} again before getting back to {type(start).__name__}")
        visited.append(widget)
    raise AssertionError(f"no way back to {type(start).__name__} in {limit} presses")


@pytest.mark.parametrize("key", SCREENS)
def test_tab_reaches_every_control_of_every_screen_and_leaves_its_tables(key, main_window, qtbot):
    page = main_window.show_page(key)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    forward = _walk(main_window.sidebar, qtbot)
    missing = [f"{type(w).__name__} {w.objectName() or getattr(w, 'text', lambda: '')()}"
               for w in _should_reach(page) if w not in forward]
    assert not missing, missing
    tables = [w for w in forward if isinstance(w, QAbstractItemView)]
    assert all(not t.tabKeyNavigation() for t in tables)
    assert any(isinstance(w, QTableView) for w in forward) or key == "dashboard"
    backward = _walk(main_window.sidebar, qtbot, Qt.Key.Key_Backtab)
    assert set(backward) == set(forward)  # Shift+Tab goes back the same way, trapped nowhere either


def _dialogs(ctx, main_window):
    from mineralsdesk.gui.clauses.forms import BracketForm, ClauseForm, NewVersionForm
    from mineralsdesk.gui.commitments import forms as commitment_forms
    from mineralsdesk.gui.common import shortcut_sheet
    from mineralsdesk.gui.documents.calendar_dialog import CalendarExportDialog
    from mineralsdesk.gui.documents.dialogs import PdfExportDialog, XlsxExportDialog, XlsxImportDialog
    from mineralsdesk.gui.logfile import dialogs
    from mineralsdesk.gui.rounds import table as rounds
    from mineralsdesk.gui.search import dialog as search
    from mineralsdesk.gui.tracks import table as tracks

    log = ctx.log
    clause = next(c for c in log.clauses.list() if log.brackets.list(c.id))
    return {
        "clause": lambda: ClauseForm(ctx, track_id=clause.track_id),
        "edit clause": lambda: ClauseForm(ctx, clause=clause),
        "version": lambda: NewVersionForm(ctx, clause.id),
        "bracket": lambda: BracketForm(ctx, log.brackets.list(clause.id)[0]),
        "position (party chosen)": lambda: PositionForm(ctx, clause.id, None),
        "position of ours": lambda: PositionForm(ctx, clause.id, log.settings.our_party),
        "commitment": lambda: commitment_forms.CommitmentForm(ctx, log.commitments.list()[0]),
        "assessment": lambda: commitment_forms.AssessmentForm(ctx, log.commitments.list()[0]),
        "track": lambda: tracks.TrackForm(ctx, None),
        "round": lambda: rounds.RoundForm(ctx, None, clause.track_id),
        "action": lambda: rounds.ActionForm(ctx, log.rounds.list(clause.track_id)[0].id),
        "export pdf": lambda: PdfExportDialog(ctx),
        "export xlsx": lambda: XlsxExportDialog(ctx),
        "export calendar": lambda: CalendarExportDialog(ctx),
        "import xlsx": lambda: XlsxImportDialog(ctx),
        "find": lambda: search.SearchDialog(ctx),
        "shortcuts": lambda: shortcut_sheet.ShortcutSheet(main_window.actions),
        "new log": lambda: dialogs.NewLogDialog(ctx.settings),
        "restore": lambda: dialogs.RestoreDialog(log.path),
    }


DIALOGS = ["clause", "edit clause", "version", "bracket", "position (party chosen)", "position of ours", "commitment",
           "assessment", "track", "round", "action", "export pdf", "export xlsx", "export calendar",
           "import xlsx", "find", "shortcuts",
           "new log", "restore"]


@pytest.mark.parametrize("name", DIALOGS)
def test_tab_reaches_every_control_of_every_dialog_in_reading_order(name, ctx, main_window, qtbot):
    dialog: QDialog = _dialogs(ctx, main_window)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    first = QApplication.focusWidget()
    assert first is not None and dialog.isAncestorOf(first)  # the keyboard has somewhere to go at once
    forward = _walk(first, qtbot)
    missing = [f"{type(w).__name__} {getattr(w, 'text', lambda: '')()}" for w in _should_reach(dialog)
               if w not in forward]
    assert not missing, missing
    backward = _walk(first, qtbot, Qt.Key.Key_Backtab)
    assert backward[1:] == forward[1:][::-1]  # Shift+Tab is Tab backwards
    # Reading order: from the first control after the buttons, top to bottom; buttons come last.
    buttons = [w for w in forward if isinstance(w, QAbstractButton) and not w.isCheckable()
               and w.mapTo(dialog, w.rect().center()).y() > dialog.height() - 60]
    if buttons:
        at = forward.index(buttons[-1]) + 1
        ring = forward[at:] + forward[:at]
        fields = [w for w in ring if w not in buttons]
        tops = [w.mapTo(dialog, w.rect().topLeft()).y() for w in fields]
        assert all(b >= a - 10 for a, b in zip(tops, tops[1:], strict=False)), [type(w).__name__ for w in fields]
        assert ring[-len(buttons):] == buttons
