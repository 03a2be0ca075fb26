"""Every QAction of the main window in one place: text, shortcut, icon and status tip (enabled rules live with them)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QIcon, QKeySequence, QPainter, QPalette
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
    ("minutes", "Minutes", "rounds", "Ctrl+8"),
    ("topics", "Topics", "topics", "Ctrl+9"),
    ("scorecard", "Scorecard", "scorecard", "Ctrl+0"),
    ("conflicts", "Conflicts", "changelog", "Ctrl+Shift+F"),  # sync conflicts (gui/sync/); the sidebar shows the count
)


# The Record menu: (attribute, text, shortcut, tip, screen key, method on that screen). The main window shows the
# screen and calls the method, so the buttons on the screens and the menu do the same thing.
RECORD: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("new_track", "New &track…", "Ctrl+Shift+T", "Add a track (an instrument under negotiation)", "tracks",
     "add_track"),
    ("new_round", "New &round…", "Ctrl+Shift+N", "Record a meeting of a track", "rounds", "add_round"),
    ("new_action", "Add follow-up &action…", "Ctrl+Shift+A", "A follow-up action for the selected round", "rounds",
     "add_action"),
    ("toggle_done", "Mark action &done / not done", "Ctrl+D", "Tick or untick the selected follow-up action",
     "rounds", "toggle_done"),
    ("new_clause", "New &clause…", "Ctrl+Shift+C", "Add a clause with its first text", "clauses", "add_clause"),
    ("new_version", "New &version of clause…", "Ctrl+Shift+V", "A new text of the selected clause for a round",
     "clauses", "add_version"),
    ("record_position", "Record &position…", "Ctrl+Shift+P", "A party's stance on the selected clause",
     "positions", "record_position"),
    ("new_commitment", "New co&mmitment…", "Ctrl+Shift+M", "Something a party undertook, and by when",
     "commitments", "add_commitment"),
    ("assess", "Assess &compliance…", "Ctrl+Shift+E", "Score a party on the selected commitment", "commitments",
     "add_assessment"),
)


# Keys that work inside a screen, a table or a form rather than through a menu command: (where, keys, what).
# The shortcut sheet lists them beside the menu commands, and the code that handles them reads them from here.
SAVE_FORM_KEYS = ("Ctrl+Return", "Ctrl+Enter")  # Enter on the keypad too
EDIT_FORM_KEY = "Ctrl+E"
MINE_KEY = "Ctrl+M"  # the Mine toggle of the Clauses and Commitments screens (gui/roundroom/mine.py)
LOCAL_KEYS: tuple[tuple[str, str, str], ...] = (
    ("Every screen", "Tab / Shift+Tab", "Next / previous control (a table is left with Tab, too)"),
    ("Every table", "Arrow keys, Page Up/Down, Home/End", "Move within the table"),
    ("Every table", "Enter or Ctrl+E", "Open the selected row's full form"),
    ("Every table", "F2, or type a letter", "Change the editable cell of the row in place, one undoable edit: a "
                                            "clause's status, a party's stance (at the latest round), a "
                                            "commitment's state (m for met) or owner"),
    ("Every form", "Ctrl+Enter", "Save, from any field"),
    ("Every form", "Esc", "Cancel (asks first if something was typed)"),
    ("Every form", "Alt + underlined letter", "Jump to that field"),
    ("Lists to choose from", "First letter, or a digit 1–9", "Pick an entry (e.g. a stance: 1 supports … 5 no "
                                                              "position)"),
    ("Find", "Up / Down, Enter", "Choose a result and open it in its screen"),
    ("Clauses and Commitments", MINE_KEY, "Mine: only the rows you own (who you are: Settings > Delegation roster)"),
)


# Used where the platform binds nothing to a standard key.
FALLBACK_KEYS = {StandardKey.New: "Ctrl+N", StandardKey.Open: "Ctrl+O", StandardKey.Print: "Ctrl+P",
                 StandardKey.Quit: "Ctrl+Q", StandardKey.Refresh: "F5", StandardKey.FullScreen: "F11",
                 StandardKey.Undo: "Ctrl+Z"}


def icon(name: str) -> QIcon:
    return QIcon(str(icon_path(name)))


def tinted_icon(name: str, palette: QPalette, size: int = 20) -> QIcon:
    """The line icon in the palette's text colour, and in the highlighted-text colour when selected.

    The SVGs are drawn in one grey: on the dark palette's background, and on the sidebar's highlight,
    that grey all but vanished.
    """
    result = QIcon()
    source = icon(name)
    for mode, role in ((QIcon.Mode.Normal, QPalette.ColorRole.WindowText),
                       (QIcon.Mode.Selected, QPalette.ColorRole.HighlightedText)):
        for scale in (1, 2):  # sharp at 100 % and on high-DPI screens
            pixmap = source.pixmap(size * scale, size * scale)
            painter = QPainter(pixmap)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
            painter.fillRect(pixmap.rect(), palette.color(role))
            painter.end()
            result.addPixmap(pixmap, mode)
    return result


class Actions:
    """The actions, created once per main window; menus and the toolbar share these objects."""

    def __init__(self, parent: QWidget, undo_stack):

        def make(text: str, shortcut: QKeySequence | StandardKey | str | None = None, tip: str = "",
                 icon_name: str | None = None) -> QAction:
            action = QAction(text, parent)
            if isinstance(shortcut, StandardKey):
                # Platform keys where the platform has them; some have none (Quit on Windows and without a
                # desktop theme), and an action without a key would be mouse-only there.
                action.setShortcuts(QKeySequence.keyBindings(shortcut) or [QKeySequence(FALLBACK_KEYS[shortcut])])
            elif shortcut is not None:
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
        self.export_xlsx = make("Export &Excel summary…", "Ctrl+Shift+X", "An Excel summary for colleagues")
        self.export_ics = make("Export &calendar…", "Ctrl+Shift+D", "The deadlines as a calendar file (.ics)")
        self.export_docx = make("Export negotiating &text (Word)…", "Ctrl+Shift+W",
                                "A track's text as a Word document, with the changes between two rounds tracked")
        self.export_akn = make("Export negotiating &text (Akoma Ntoso)…", "Ctrl+Shift+G",
                               "One track's text at a round as Akoma Ntoso 3.0 XML, for counterparts")
        self.import_xlsx = make("&Import Excel…", "Ctrl+I", "Read back a colleague's edited summary")
        self.import_docx = make("Import &Word or Akoma Ntoso draft…", "Ctrl+Shift+O",
                                "Take in a chair's consolidated text or a delegation's markup (.docx, .xml)")
        self.sync = make("S&ync…", "Ctrl+Shift+Y", "Export the changes for a colleague, or import a colleague's sync file")
        self.quit = make("&Quit", StandardKey.Quit, "Close MineralsDesk (everything is already saved)")
        # Encryption at rest and the lock (gui/lock/)
        self.encrypt_log = make("&Encrypt log…", "Ctrl+Shift+K", "Encrypt this log with a passphrase (its backups too)")
        self.decrypt_log = make("&Decrypt log…", "Ctrl+Shift+U", "Store this log unencrypted")
        self.change_passphrase = make("Change &passphrase…", "Ctrl+Shift+J", "Encrypt this log under a new passphrase")
        self.lock_now = make("&Lock now", "Ctrl+L", "Close the log and hide every screen until unlocked")
        self.idle_lock = make("Lock after &idle…", "Ctrl+Shift+I", "Minutes without input before the window locks")

        # Edit: undo/redo come from the stack, so their text says what will be undone ("Undo Set status").
        self.undo = undo_stack.createUndoAction(parent, "&Undo")
        self.undo.setShortcuts(QKeySequence.keyBindings(StandardKey.Undo) or [QKeySequence("Ctrl+Z")])
        self.redo = undo_stack.createRedoAction(parent, "&Redo")
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(StandardKey.Redo)])
        self.find = make("&Find…", "Ctrl+K", "Search every clause, round, position and commitment", "search")

        # Record: new records on the record in front (or on their screens); Ctrl+E (and F2 outside an editable
        # cell, which edits in place) opens the full form of what is selected on the screen shown.
        self.record = {attr: make(text, shortcut, tip) for attr, text, shortcut, tip, _key, _method in RECORD}
        self.edit_selected = make("&Edit selected…", EDIT_FORM_KEY, "Edit the selected track, round, clause, "
                                  "position or commitment")
        self.edit_selected.setShortcuts([QKeySequence(EDIT_FORM_KEY), QKeySequence("F2")])

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
        self.shortcuts = make("&Keyboard shortcuts", "F1", "Every key of the app, by screen, printable on one page")
        self.about = make("&About MineralsDesk", "Ctrl+F1", "Version, files and licences")
        # Settings
        self.roster = make("Delegation &roster…", "Ctrl+Alt+O", "The people of our delegation: owners and authors")
        self.open_error_log = make("Show &error log folder", "Ctrl+Shift+L", "Where unexpected errors are written")

    def every_action(self) -> list[QAction]:
        """Every action that carries a key, in menu order."""
        return [self.new_log, self.open_log, self.backup, self.restore, self.export_pdf, self.export_xlsx,
                self.export_ics, self.export_docx, self.export_akn, self.import_xlsx, self.import_docx, self.sync, self.encrypt_log, self.decrypt_log, self.change_passphrase,
                self.lock_now, self.idle_lock, self.quit, self.undo, self.redo, self.find, *self.record.values(),
                self.edit_selected, *self.pages.values(), self.refresh, self.toggle_sidebar, self.full_screen,
                self.shortcuts, self.about, self.open_error_log, self.roster]


def key_text(action: QAction) -> str:
    """An action's keys as the user types them ("Ctrl+Shift+P", "Ctrl+E or F2")."""
    return " or ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())


def shortcut_groups(actions: Actions) -> list[tuple[str, list[tuple[str, str]]]]:
    """Every key of the app grouped by the screen it works on: (screen, [(keys, what it does)])."""
    def line(action: QAction) -> tuple[str, str]:
        return key_text(action), action.text().replace("&", "").rstrip("…")

    labels = {key: label for key, label, _icon, _shortcut in PAGES}
    everywhere = [line(a) for a in actions.every_action()
                  if a.shortcuts() and a not in actions.record.values()]
    groups: dict[str, list[tuple[str, str]]] = {"Every screen": everywhere}
    for attr, _text, _shortcut, _tip, key, _method in RECORD:
        groups.setdefault(labels[key], []).append(line(actions.record[attr]))
    for where, keys, what in LOCAL_KEYS:
        groups.setdefault(where, []).append((keys, what))
    return list(groups.items())
