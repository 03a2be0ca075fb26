"""Every QAction of the main window in one place: text, shortcut, icon and status tip (enabled rules live with them)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QColor, QIcon, QIconEngine, QKeySequence, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QWidget

from ..assets import icon_path
from ..i18n import QT_TRANSLATE_NOOP
from .language import translate

StandardKey = QKeySequence.StandardKey

# The sidebar screens: (key, label, icon name, shortcut). The key is what CURRENT_PAGE stores.
PAGES: tuple[tuple[str, str, str, str], ...] = (
    ("dashboard", QT_TRANSLATE_NOOP("Actions", "Dashboard"), "dashboard", "Ctrl+1"),
    ("tracks", QT_TRANSLATE_NOOP("Actions", "Tracks"), "tracks", "Ctrl+2"),
    ("rounds", QT_TRANSLATE_NOOP("Actions", "Rounds"), "rounds", "Ctrl+3"),
    ("clauses", QT_TRANSLATE_NOOP("Actions", "Clauses"), "clauses", "Ctrl+4"),
    ("positions", QT_TRANSLATE_NOOP("Actions", "Positions"), "positions", "Ctrl+5"),
    ("commitments", QT_TRANSLATE_NOOP("Actions", "Commitments"), "commitments", "Ctrl+6"),
    ("changelog", QT_TRANSLATE_NOOP("Actions", "Change log"), "changelog", "Ctrl+7"),
    ("minutes", QT_TRANSLATE_NOOP("Actions", "Minutes"), "rounds", "Ctrl+8"),
    ("topics", QT_TRANSLATE_NOOP("Actions", "Topics"), "topics", "Ctrl+9"),
    ("scorecard", QT_TRANSLATE_NOOP("Actions", "Scorecard"), "scorecard", "Ctrl+0"),
    ("conflicts", QT_TRANSLATE_NOOP("Actions", "Conflicts"), "changelog", "Ctrl+Shift+F"),  # sync conflicts (gui/sync/); the sidebar shows the count
)


# The Record menu: (attribute, text, shortcut, tip, screen key, method on that screen). The main window shows the
# screen and calls the method, so the buttons on the screens and the menu do the same thing.
RECORD: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("new_track", QT_TRANSLATE_NOOP("Actions", "New &track…"), "Ctrl+Shift+T", QT_TRANSLATE_NOOP("Actions", "Add a track (an instrument under negotiation)"), "tracks",
     "add_track"),
    ("new_round", QT_TRANSLATE_NOOP("Actions", "New &round…"), "Ctrl+Shift+N", QT_TRANSLATE_NOOP("Actions", "Record a meeting of a track"), "rounds", "add_round"),
    ("new_action", QT_TRANSLATE_NOOP("Actions", "Add follow-up &action…"), "Ctrl+Shift+A", QT_TRANSLATE_NOOP("Actions", "A follow-up action for the selected round"), "rounds",
     "add_action"),
    ("toggle_done", QT_TRANSLATE_NOOP("Actions", "Mark action &done / not done"), "Ctrl+D", QT_TRANSLATE_NOOP("Actions", "Tick or untick the selected follow-up action"),
     "rounds", "toggle_done"),
    ("new_clause", QT_TRANSLATE_NOOP("Actions", "New &clause…"), "Ctrl+Shift+C", QT_TRANSLATE_NOOP("Actions", "Add a clause with its first text"), "clauses", "add_clause"),
    ("new_version", QT_TRANSLATE_NOOP("Actions", "New &version of clause…"), "Ctrl+Shift+V", QT_TRANSLATE_NOOP("Actions", "A new text of the selected clause for a round"),
     "clauses", "add_version"),
    ("record_position", QT_TRANSLATE_NOOP("Actions", "Record &position…"), "Ctrl+Shift+P", QT_TRANSLATE_NOOP("Actions", "A party's stance on the selected clause"),
     "positions", "record_position"),
    ("new_commitment", QT_TRANSLATE_NOOP("Actions", "New co&mmitment…"), "Ctrl+Shift+M", QT_TRANSLATE_NOOP("Actions", "Something a party undertook, and by when"),
     "commitments", "add_commitment"),
    ("assess", QT_TRANSLATE_NOOP("Actions", "Assess &compliance…"), "Ctrl+Shift+E", QT_TRANSLATE_NOOP("Actions", "Score a party on the selected commitment"), "commitments",
     "add_assessment"),
)


# Keys that work inside a screen, a table or a form rather than through a menu command: (where, keys, what).
# The shortcut sheet lists them beside the menu commands, and the code that handles them reads them from here.
SAVE_FORM_KEYS = ("Ctrl+Return", "Ctrl+Enter")  # Enter on the keypad too
EDIT_FORM_KEY = "Ctrl+E"
MINE_KEY = "Ctrl+M"  # the Mine toggle of the Clauses and Commitments screens (gui/roundroom/mine.py)
LOCAL_KEYS: tuple[tuple[str, str, str], ...] = (
    (QT_TRANSLATE_NOOP("Actions", "Every screen"), "Tab / Shift+Tab", QT_TRANSLATE_NOOP("Actions", "Next / previous control (a table is left with Tab, too)")),
    (QT_TRANSLATE_NOOP("Actions", "Every table"), "Arrow keys, Page Up/Down, Home/End", QT_TRANSLATE_NOOP("Actions", "Move within the table")),
    (QT_TRANSLATE_NOOP("Actions", "Every table"), "Enter or Ctrl+E", QT_TRANSLATE_NOOP("Actions", "Open the selected row's full form")),
    (QT_TRANSLATE_NOOP("Actions", "Every table"), "F2, or type a letter", QT_TRANSLATE_NOOP("Actions", "Change the editable cell of the row in place, one undoable edit: a "
                                            "clause's status, a party's stance (at the latest round), a "
                                            "commitment's state (m for met) or owner")),
    (QT_TRANSLATE_NOOP("Actions", "Every form"), "Ctrl+Enter", QT_TRANSLATE_NOOP("Actions", "Save, from any field")),
    (QT_TRANSLATE_NOOP("Actions", "Every form"), "Esc", QT_TRANSLATE_NOOP("Actions", "Cancel (asks first if something was typed)")),
    (QT_TRANSLATE_NOOP("Actions", "Every form"), "Alt + underlined letter", QT_TRANSLATE_NOOP("Actions", "Jump to that field")),
    (QT_TRANSLATE_NOOP("Actions", "Lists to choose from"), "First letter, or a digit 1–9", QT_TRANSLATE_NOOP("Actions", "Pick an entry (e.g. a stance: 1 supports … 5 no "
                                                              "position)")),
    (QT_TRANSLATE_NOOP("Actions", "Find"), "Up / Down, Enter", QT_TRANSLATE_NOOP("Actions", "Choose a result and open it in its screen")),
    (QT_TRANSLATE_NOOP("Actions", "Clauses and Commitments"), MINE_KEY, QT_TRANSLATE_NOOP("Actions", "Mine: only the rows you own (who you are: Settings > Delegation roster)")),
)


# Used where the platform binds nothing to a standard key.
FALLBACK_KEYS = {StandardKey.New: "Ctrl+N", StandardKey.Open: "Ctrl+O", StandardKey.Print: "Ctrl+P",
                 StandardKey.Quit: "Ctrl+Q", StandardKey.Refresh: "F5", StandardKey.FullScreen: "F11",
                 StandardKey.Undo: "Ctrl+Z"}


def icon(name: str) -> QIcon:
    return QIcon(str(icon_path(name)))


class TintedIconEngine(QIconEngine):
    """A line icon drawn in one colour per mode, when and at the size and scale it is asked for, then kept.

    The sidebar's first paint asks for 11 icons at one size and scale; drawing each SVG at two modes and two
    scales up front cost the start-up ~6 ms, the 11 at the paint ~2.5 ms. Tinting fills the pixmap with the
    colour and keeps it where the SVG is drawn (DestinationIn): `QPainter.fillRect(rect, QColor)` would make
    PySide6 build the QGradient presets (169 members) for its overload check.
    """

    renders = 0  # SVGs drawn by every engine so far: the tests count them
    _clones: list[TintedIconEngine] = []  # see clone()

    def __init__(self, path: str, colours: dict[QIcon.Mode, QColor], size: int = 20):
        super().__init__()
        self._path = path
        self._colours = colours
        self._size = size
        self._source: QIcon | None = None  # the SVG, parsed at the first draw
        self._drawn: dict[tuple[int, int, float, QIcon.Mode], QPixmap] = {}

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        """`size` in device-independent pixels; the pixmap has size x scale device pixels (sharp on high DPI)."""
        key = (size.width(), size.height(), scale, mode)
        pixmap = self._drawn.get(key)
        if pixmap is None:
            if self._source is None:
                self._source = QIcon(self._path)  # Qt's SVG icon engine
            shape = self._source.pixmap(size, scale)  # drawn at size x scale, in the SVG's own grey
            pixmap = QPixmap(shape.size())
            pixmap.setDevicePixelRatio(shape.devicePixelRatio())  # before drawing: the shape covers it, 1:1
            pixmap.fill(QColor(0, 0, 0, 0))  # first transparent: a pixmap filled opaque has no alpha channel
            pixmap.fill(self._colours.get(mode, self._colours[QIcon.Mode.Normal]))
            painter = QPainter(pixmap)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationIn)
            painter.drawPixmap(0, 0, shape)  # the colour stays where the SVG drew, as opaque as it drew
            painter.end()
            self._drawn[key] = pixmap
            TintedIconEngine.renders += 1
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        scale = device.devicePixelRatio() if device is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def availableSizes(self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off) -> list[QSize]:
        return [QSize(self._size, self._size)]

    def clone(self) -> TintedIconEngine:
        # Qt clones when a shared icon is changed (addPixmap, addFile). A Python engine returned from here dies
        # with its last Python reference, under Qt's feet: it is kept until Qt deletes it (the wrapper turns invalid).
        import shiboken6

        TintedIconEngine._clones = [engine for engine in TintedIconEngine._clones if shiboken6.isValid(engine)]
        twin = TintedIconEngine(self._path, self._colours, self._size)
        TintedIconEngine._clones.append(twin)
        return twin


def tinted_icon(name: str, palette: QPalette, size: int = 20) -> QIcon:
    """The line icon in the palette's text colour, and in the highlighted-text colour when selected (a sidebar row)
    or active (a menu's item under the pointer or the keyboard: drawn on the highlight too).

    The SVGs are drawn in one grey: on the dark palette's background, and on the sidebar's highlight,
    that grey all but vanished. Drawn on demand at any size and scale (TintedIconEngine); `size` is the one
    the icon says it is made for. Disabled, it takes the palette's dimmed (Disabled) text colour.
    """
    mode, role = QIcon.Mode, QPalette.ColorRole
    colours = {mode.Normal: palette.color(role.WindowText), mode.Active: palette.color(role.HighlightedText),
               mode.Selected: palette.color(role.HighlightedText),
               mode.Disabled: palette.color(QPalette.ColorGroup.Disabled, role.WindowText)}
    return QIcon(TintedIconEngine(str(icon_path(name)), colours, size))


class Actions:
    """The actions, created once per main window; menus and the toolbar share these objects."""

    def __init__(self, parent: QWidget, undo_stack):

        self._texts: list[tuple[QAction, str, str]] = []  # (action, source text, source tip): retranslate()

        def make(text: str, shortcut: QKeySequence | StandardKey | str | None = None, tip: str = "",
                 icon_name: str | None = None) -> QAction:
            action = QAction(parent)
            if isinstance(shortcut, StandardKey):
                # Platform keys where the platform has them; some have none (Quit on Windows and without a
                # desktop theme), and an action without a key would be mouse-only there.
                action.setShortcuts(QKeySequence.keyBindings(shortcut) or [QKeySequence(FALLBACK_KEYS[shortcut])])
            elif shortcut is not None:
                action.setShortcut(shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut))
            if icon_name:
                action.setIcon(icon(icon_name))
            self._texts.append((action, text, tip))
            self._apply_text(action, text, tip)
            return action

        # File
        self.new_log = make(QT_TRANSLATE_NOOP("Actions", "&New log…"), StandardKey.New, QT_TRANSLATE_NOOP("Actions", "Create a new, empty negotiation log"))
        self.open_log = make(QT_TRANSLATE_NOOP("Actions", "&Open log…"), StandardKey.Open, QT_TRANSLATE_NOOP("Actions", "Open another negotiation log"))
        self.clear_recent = make(QT_TRANSLATE_NOOP("Actions", "Clear recent logs"), None, QT_TRANSLATE_NOOP("Actions", "Forget the list of recently opened logs"))
        self.backup = make(QT_TRANSLATE_NOOP("Actions", "&Backup…"), "Ctrl+Shift+B", QT_TRANSLATE_NOOP("Actions", "Write a consistent copy of this log"))
        self.restore = make(QT_TRANSLATE_NOOP("Actions", "&Restore…"), "Ctrl+Shift+R", QT_TRANSLATE_NOOP("Actions", "Replace this log with one of its backups"))
        self.export_pdf = make(QT_TRANSLATE_NOOP("Actions", "Export briefing &PDF…"), StandardKey.Print, QT_TRANSLATE_NOOP("Actions", "Print the briefing for a round"))
        self.export_xlsx = make(QT_TRANSLATE_NOOP("Actions", "Export &Excel summary…"), "Ctrl+Shift+X", QT_TRANSLATE_NOOP("Actions", "An Excel summary for colleagues"))
        self.export_ics = make(QT_TRANSLATE_NOOP("Actions", "Export &calendar…"), "Ctrl+Shift+D", QT_TRANSLATE_NOOP("Actions", "The deadlines as a calendar file (.ics)"))
        self.export_docx = make(QT_TRANSLATE_NOOP("Actions", "Export negotiating &text (Word)…"), "Ctrl+Shift+W",
                                QT_TRANSLATE_NOOP("Actions", "A track's text as a Word document, with the changes between two rounds tracked"))
        self.export_akn = make(QT_TRANSLATE_NOOP("Actions", "Export negotiating &text (Akoma Ntoso)…"), "Ctrl+Shift+G",
                               QT_TRANSLATE_NOOP("Actions", "One track's text at a round as Akoma Ntoso 3.0 XML, for counterparts"))
        self.import_xlsx = make(QT_TRANSLATE_NOOP("Actions", "&Import Excel…"), "Ctrl+I", QT_TRANSLATE_NOOP("Actions", "Read back a colleague's edited summary"))
        self.import_docx = make(QT_TRANSLATE_NOOP("Actions", "Import &Word or Akoma Ntoso draft…"), "Ctrl+Shift+O",
                                QT_TRANSLATE_NOOP("Actions", "Take in a chair's consolidated text or a delegation's markup (.docx, .xml)"))
        self.sync = make(QT_TRANSLATE_NOOP("Actions", "S&ync…"), "Ctrl+Shift+Y", QT_TRANSLATE_NOOP("Actions", "Export the changes for a colleague, or import a colleague's sync file"))
        self.quit = make(QT_TRANSLATE_NOOP("Actions", "&Quit"), StandardKey.Quit, QT_TRANSLATE_NOOP("Actions", "Close MineralsDesk (everything is already saved)"))
        # Encryption at rest and the lock (gui/lock/)
        self.encrypt_log = make(QT_TRANSLATE_NOOP("Actions", "&Encrypt log…"), "Ctrl+Shift+K", QT_TRANSLATE_NOOP("Actions", "Encrypt this log with a passphrase (its backups too)"))
        self.decrypt_log = make(QT_TRANSLATE_NOOP("Actions", "&Decrypt log…"), "Ctrl+Shift+U", QT_TRANSLATE_NOOP("Actions", "Store this log unencrypted"))
        self.change_passphrase = make(QT_TRANSLATE_NOOP("Actions", "Change &passphrase…"), "Ctrl+Shift+J", QT_TRANSLATE_NOOP("Actions", "Encrypt this log under a new passphrase"))
        self.lock_now = make(QT_TRANSLATE_NOOP("Actions", "&Lock now"), "Ctrl+L", QT_TRANSLATE_NOOP("Actions", "Close the log and hide every screen until unlocked"))
        self.idle_lock = make(QT_TRANSLATE_NOOP("Actions", "Lock after &idle…"), "Ctrl+Shift+I", QT_TRANSLATE_NOOP("Actions", "Minutes without input before the window locks"))

        # Edit: undo/redo come from the stack, so their text says what will be undone ("Undo Set status").
        self.undo = undo_stack.createUndoAction(parent, translate("Actions", "&Undo"))
        self.undo.setShortcuts(QKeySequence.keyBindings(StandardKey.Undo) or [QKeySequence("Ctrl+Z")])
        self.redo = undo_stack.createRedoAction(parent, translate("Actions", "&Redo"))
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(StandardKey.Redo)])
        # The stack keeps the prefix it was made with: the texts are set again here, after the stack's own, so a
        # change of language reaches them too.
        self._undo_stack = undo_stack
        for signal in (undo_stack.undoTextChanged, undo_stack.redoTextChanged, undo_stack.indexChanged):
            signal.connect(lambda *_: self._undo_texts())
        self.find = make(QT_TRANSLATE_NOOP("Actions", "&Find…"), "Ctrl+K", QT_TRANSLATE_NOOP("Actions", "Search every clause, round, position and commitment"), "search")

        # Record: new records on the record in front (or on their screens); Ctrl+E (and F2 outside an editable
        # cell, which edits in place) opens the full form of what is selected on the screen shown.
        self.record = {attr: make(text, shortcut, tip) for attr, text, shortcut, tip, _key, _method in RECORD}
        self.edit_selected = make(QT_TRANSLATE_NOOP("Actions", "&Edit selected…"), EDIT_FORM_KEY, QT_TRANSLATE_NOOP("Actions", "Edit the selected track, round, clause, "
                                  "position or commitment"))
        self.edit_selected.setShortcuts([QKeySequence(EDIT_FORM_KEY), QKeySequence("F2")])

        # View
        # Their icons are the sidebar's, in the palette's colours (MainWindow._tint_sidebar): drawn when a menu shows them.
        self.pages = {key: make(label, shortcut, label) for key, label, _icon_name, shortcut in PAGES}
        for action in self.pages.values():
            action.setCheckable(True)
        self.refresh = make(QT_TRANSLATE_NOOP("Actions", "Re&fresh"), StandardKey.Refresh, QT_TRANSLATE_NOOP("Actions", "Read the log again (after a change elsewhere)"))
        self.toggle_sidebar = make(QT_TRANSLATE_NOOP("Actions", "Show &sidebar"), "Ctrl+Shift+S", QT_TRANSLATE_NOOP("Actions", "Show or hide the list of screens"))
        self.toggle_sidebar.setCheckable(True)
        self.toggle_sidebar.setChecked(True)
        self.full_screen = make(QT_TRANSLATE_NOOP("Actions", "F&ull screen"), StandardKey.FullScreen, QT_TRANSLATE_NOOP("Actions", "Use the whole screen"))
        self.full_screen.setCheckable(True)

        # Help
        self.shortcuts = make(QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"), "F1", QT_TRANSLATE_NOOP("Actions", "Every key of the app, by screen, printable on one page"))
        self.about = make(QT_TRANSLATE_NOOP("Actions", "&About MineralsDesk"), "Ctrl+F1", QT_TRANSLATE_NOOP("Actions", "Version, files and licences"))
        # Settings
        self.roster = make(QT_TRANSLATE_NOOP("Actions", "Delegation &roster…"), "Ctrl+Alt+O", QT_TRANSLATE_NOOP("Actions", "The people of our delegation: owners and authors"))
        self.open_error_log = make(QT_TRANSLATE_NOOP("Actions", "Show &error log folder"), "Ctrl+Shift+L", QT_TRANSLATE_NOOP("Actions", "Where unexpected errors are written"))

    @staticmethod
    def _apply_text(action: QAction, text: str, tip: str) -> None:
        """The action's text and tips in the current language (`text` and `tip` are the English sources)."""
        if any(text == label for _key, label, _icon, _shortcut in PAGES):  # View > a screen: "&Clauses", "Show clauses"
            label = translate("Actions", text)
            action.setText("&" + label)
            tip = translate("Actions", "Show {screen}").format(screen=label)
        else:
            action.setText(translate("Actions", text))
            tip = translate("Actions", tip) if tip else ""
        if tip:
            action.setStatusTip(tip)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)

    def retranslate(self) -> None:
        """Every action's text and tips again, in the language installed now."""
        for action, text, tip in self._texts:
            self._apply_text(action, text, tip)
        self._undo_texts()

    def _undo_texts(self) -> None:
        """Undo/Redo with what they would undo or redo ("Undo Set status"), in the language installed now."""
        stack = self._undo_stack
        for action, prefix, what in ((self.undo, translate("Actions", "&Undo"), stack.undoText()),
                                     (self.redo, translate("Actions", "&Redo"), stack.redoText())):
            action.setText(f"{prefix} {what}" if what else prefix)

    def every_action(self) -> list[QAction]:
        """Every action that carries a key, in menu order."""
        return [self.new_log, self.open_log, self.backup, self.restore, self.export_pdf, self.export_xlsx,
                self.export_ics, self.export_docx, self.export_akn, self.import_xlsx, self.import_docx, self.sync, self.encrypt_log, self.decrypt_log, self.change_passphrase,
                self.lock_now, self.idle_lock, self.quit, self.undo, self.redo, self.find, *self.record.values(),
                self.edit_selected, *self.pages.values(), self.refresh, self.toggle_sidebar, self.full_screen,
                self.shortcuts, self.about, self.open_error_log, self.roster]


def key_text(action: QAction) -> str:
    """An action's keys as the user types them ("Ctrl+Shift+P", "Ctrl+E or F2")."""
    return translate("Actions", " or ").join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())


def shortcut_groups(actions: Actions) -> list[tuple[str, list[tuple[str, str]]]]:
    """Every key of the app grouped by the screen it works on: (screen, [(keys, what it does)])."""
    def line(action: QAction) -> tuple[str, str]:
        return key_text(action), action.text().replace("&", "").rstrip("…")

    labels = {key: translate("Actions", label) for key, label, _icon, _shortcut in PAGES}
    everywhere = [line(a) for a in actions.every_action()
                  if a.shortcuts() and a not in actions.record.values()]
    groups: dict[str, list[tuple[str, str]]] = {translate("Actions", "Every screen"): everywhere}
    for attr, _text, _shortcut, _tip, key, _method in RECORD:
        groups.setdefault(labels[key], []).append(line(actions.record[attr]))
    for where, keys, what in LOCAL_KEYS:
        groups.setdefault(translate("Actions", where), []).append((keys, translate("Actions", what)))
    return list(groups.items())
