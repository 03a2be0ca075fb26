"""Every QAction of the main window in one place: text, shortcut, icon and status tip (enabled rules live with them)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QWidget

from ..assets import icon_path

StandardKey = QKeySequence.StandardKey

# The sidebar screens: (key, label, icon name, shortcut). The key is what CURRENT_PAGE stores.
PAGES: tuple[tuple[str, str, str, str], ...] = (
    ("dashboard", "Dashboard", "dashboard", "Ctrl+1"),
    ("tracks", "Tracks", "tracks", "Ctrl+2"),
    ("rounds", "Rounds", "rounds", "Ctrl+3"),
    ("clauses", "Clauses", "clauses", "Ctrl+4"),
    ("positions", "Positions", "positions", "Ctrl+5"),
    ("commitments", "Commitments", "commitments", "Ctrl+6"),
    ("changelog", "Change log", "changelog", "Ctrl+7"),
)


def icon(name: str) -> QIcon:
    return QIcon(str(icon_path(name)))


class Actions:
    """The actions, created once per main window; menus and the toolbar share these objects."""

    def __init__(self, parent: QWidget, undo_stack):
        def make(text: str, shortcut: QKeySequence | StandardKey | str | None = None, tip: str = "",
                 icon_name: str | None = None) -> QAction:
            action = QAction(text, parent)
            if shortcut is not None:
                action.setShortcut(shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut))
            if tip:
                action.setStatusTip(tip)
                action.setToolTip(f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
                                  if shortcut is not None else tip)
            if icon_name:
                action.setIcon(icon(icon_name))
            return action

        # File
        self.new_log = make("&New log…", StandardKey.New, "Create a new, empty negotiation log")
        self.open_log = make("&Open log…", StandardKey.Open, "Open another negotiation log")
        self.clear_recent = make("Clear recent logs", None, "Forget the list of recently opened logs")
        self.backup = make("&Backup…", "Ctrl+Shift+B", "Write a consistent copy of this log")
        self.restore = make("&Restore…", "Ctrl+Shift+R", "Replace this log with one of its backups")
        self.export_pdf = make("Export briefing &PDF…", StandardKey.Print, "Print the briefing for a round")
        self.export_xlsx = make("Export &Excel summary…", "Ctrl+E", "An Excel summary for colleagues")
        self.import_xlsx = make("&Import Excel…", "Ctrl+I", "Read back a colleague's edited summary")
        self.quit = make("&Quit", StandardKey.Quit, "Close MineralsDesk (everything is already saved)")

        # Edit: undo/redo come from the stack, so their text says what will be undone ("Undo Set status").
        self.undo = undo_stack.createUndoAction(parent, "&Undo")
        self.undo.setShortcut(QKeySequence(StandardKey.Undo))
        self.redo = undo_stack.createRedoAction(parent, "&Redo")
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(StandardKey.Redo)])
        self.find = make("&Find…", "Ctrl+K", "Search every clause, round, position and commitment", "search")

        # View
        self.pages = {key: make(f"&{label}", shortcut, f"Show {label.lower()}", icon_name)
                      for key, label, icon_name, shortcut in PAGES}
        for action in self.pages.values():
            action.setCheckable(True)
        self.refresh = make("Re&fresh", StandardKey.Refresh, "Read the log again (after a change elsewhere)")
        self.toggle_sidebar = make("Show &sidebar", "Ctrl+Shift+S", "Show or hide the list of screens")
        self.toggle_sidebar.setCheckable(True)
        self.toggle_sidebar.setChecked(True)
        self.full_screen = make("F&ull screen", StandardKey.FullScreen, "Use the whole screen")
        self.full_screen.setCheckable(True)

        # Help
        self.about = make("&About MineralsDesk", StandardKey.HelpContents, "Version, files and licences")
        self.open_error_log = make("Show &error log folder", "Ctrl+Shift+L", "Where unexpected errors are written")
