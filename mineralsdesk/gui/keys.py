"""Keyboard behaviour shared by screens and dialogs: Tab leaves tables, cells edit in place, Ctrl+Enter saves."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QWidget

from .actions import SAVE_FORM_KEYS

_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.KeypadModifier)


def release_tab(root: QWidget) -> None:
    """Tab and Shift+Tab move between the controls under `root`; arrows move within its tables and lists.

    Qt's item views take Tab for moving from cell to cell, and wrap, so focus never left a table.
    """
    views = root.findChildren(QAbstractItemView)
    for view in [root, *views] if isinstance(root, QAbstractItemView) else views:
        view.setTabKeyNavigation(False)


def add_save_keys(dialog: QWidget, save: Callable[[], object]) -> list[QShortcut]:
    """Ctrl+Enter (and Ctrl+Enter on the keypad) runs `save` from any field of the dialog."""
    shortcuts = []
    for key in SAVE_FORM_KEYS:
        shortcut = QShortcut(QKeySequence(key), dialog)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(save)
        shortcuts.append(shortcut)
    return shortcuts


class _DigitPicker(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(watched, QComboBox)
                and isinstance(event, QKeyEvent) and event.modifiers() in _PLAIN
                and Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_9):
            row = event.key() - Qt.Key.Key_1
            if row < watched.count():
                watched.setCurrentIndex(row)
                watched.activated.emit(row)
            return True
        return False


def pick_by_digit(combo: QComboBox) -> QComboBox:
    """1..9 choose the first nine entries (the first letter already picks by name)."""
    picker = _DigitPicker(combo)
    combo.installEventFilter(picker)
    return combo


class CellKeys(QObject):
    """A table's keys: Enter opens the row's full form; F2 or typing edits the row's editable cell in place.

    The in-place edit goes through the model's setData (one undoable command); F2 outside an editable row
    is left to the window's Edit selected command.
    """

    def __init__(self, table: QAbstractItemView, open_form: Callable[[], object],
                 editable_columns: Iterable[int] = ()):
        super().__init__(table)
        self.table = table
        self.open_form = open_form
        self.columns = tuple(editable_columns)
        table.setTabKeyNavigation(False)
        if self.columns:
            table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        table.installEventFilter(self)

    def _editable(self) -> QModelIndex:
        """The current row's cell to edit: the current one if editable, else the row's first editable one."""
        current = self.table.currentIndex()
        if not current.isValid():
            return QModelIndex()
        if current.flags() & Qt.ItemFlag.ItemIsEditable:
            return current
        for column in self.columns:
            index = current.siblingAtColumn(column)
            if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable:
                return index
        return QModelIndex()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.table or not isinstance(event, QKeyEvent):
            return False
        key, plain = event.key(), event.modifiers() in _PLAIN
        if event.type() == QEvent.Type.ShortcutOverride:
            if key == Qt.Key.Key_F2 and plain and self._editable().isValid():
                event.accept()  # the cell, not Edit selected, takes F2 here
            return False
        if event.type() != QEvent.Type.KeyPress or self.table.state() == QAbstractItemView.State.EditingState:
            return False
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            if self.table.currentIndex().isValid():
                self.open_form()
            return True
        typed = event.text()
        if (key == Qt.Key.Key_F2 or (typed and typed.isprintable() and not typed.isspace())) and plain:
            target = self._editable()
            if target.isValid() and target != self.table.currentIndex():
                # Move onto the editable cell; the view then opens its editor and hands it the key.
                self.table.selectionModel().setCurrentIndex(
                    target, self.table.selectionModel().SelectionFlag.NoUpdate)
        return False


def add_screen_keys(screen: QWidget) -> None:
    """Tab leaves the screen's tables; in its main `table` Enter opens the full form (`edit_selected`) and F2
    or typing edits the row's editable cell (the screen names those columns in `editable_columns`)."""
    release_tab(screen)
    table, edit = getattr(screen, "table", None), getattr(screen, "edit_selected", None)
    if isinstance(table, QAbstractItemView) and callable(edit):
        CellKeys(table, edit, getattr(screen, "editable_columns", ()))


def focus_screen(screen: QWidget) -> None:
    """Put the focus on a screen's main table (or else its first control), so keys act on what is shown."""
    target = getattr(screen, "table", None)
    if not isinstance(target, QWidget) or not target.isEnabled():
        target = screen.nextInFocusChain()
        while target is not None and screen.isAncestorOf(target) and not (
                target.focusPolicy() & Qt.FocusPolicy.TabFocus and target.isEnabled()
                and target.isVisibleTo(screen)):
            target = target.nextInFocusChain()
        if target is None or not screen.isAncestorOf(target):
            return
    target.setFocus(Qt.FocusReason.ShortcutFocusReason)
