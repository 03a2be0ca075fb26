"""The main window: sidebar of screens, menus, toolbar and status bar; it refreshes on what changed."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QDateTime, QEvent, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .. import __app_name__, __version__, paths
from ..domain.model import Changed
from ..i18n import LANGUAGES, QT_TRANSLATE_NOOP
from ..services.log import Log
from .actions import PAGES, RECORD, Actions, tinted_icon
from .common.dates import show_datetime
from .context import AppContext
from .keys import add_screen_keys, focus_screen
from .language import chosen_language, install_language, translate
from .logfile import dialogs
from .settings import CURRENT_PAGE, LANGUAGE, WINDOW_GEOMETRY, WINDOW_STATE

# Where each screen lives: (its module under gui/, class). Imported on first show, so start-up stays quick.
SCREENS: dict[str, tuple[str, str]] = {
    "dashboard": ("dashboard.board", "DashboardView"),
    "tracks": ("tracks.table", "TracksView"),
    "rounds": ("rounds.table", "RoundsView"),
    "clauses": ("clauses.table", "ClausesView"),
    "positions": ("positions.table", "PositionsView"),
    "commitments": ("commitments.table", "CommitmentsView"),
    "changelog": ("changes.table", "ChangeLogView"),
    "minutes": ("roundroom.minutes", "MinutesView"),
    "topics": ("topics.view", "TopicsView"),
    "scorecard": ("roundroom.scorecard", "ScorecardView"),
    "conflicts": ("sync.conflicts", "ConflictsView"),
}

# Which screen opens a search hit or a dashboard link, by the kind of record.
SCREEN_FOR_KIND = {"clause": "clauses", "round": "rounds", "action": "rounds", "commitment": "commitments",
                   "position": "positions", "track": "tracks", "dashboard": "dashboard", "intervention": "minutes",
                   "member": "clauses"}


class Placeholder(QWidget):
    """Stands in for a screen whose module is missing or failed to load, and says so plainly."""

    def __init__(self, title: str, reason: str, parent: QWidget | None = None):
        super().__init__(parent)
        label = QLabel(translate("Placeholder", "<h3>{title}</h3><p>This screen is not available in this build.</p>"
                                               "<p>{reason}</p>").format(title=title, reason=reason))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        QVBoxLayout(self).addWidget(label)

    def open_item(self, entity_id: str) -> None:
        """Nothing to open on a placeholder."""


class MainWindow(QMainWindow):
    """One window on one AppContext; opening another log swaps the context's log, never the window."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, starting: bool = False):
        """`starting`: the app's start (gui/app.py), which releases what waits for the first paint."""
        super().__init__(parent)
        self.ctx = ctx
        self._starting = starting
        self.setWindowIcon(QApplication.windowIcon())
        self.resize(1280, 800)
        self.setMinimumSize(QSize(900, 560))
        self.actions = Actions(self, ctx.undo_stack)
        self.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)  # the focus frame shows from the start
        self._pages: dict[str, QWidget] = {}
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setSpacing(2)
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        self.sidebar.setMaximumWidth(200)
        for key, label, _icon_name, _shortcut in PAGES:
            item = QListWidgetItem(translate("Actions", label))  # its icon, tinted to the palette, just below
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(160, 34))
            self.sidebar.addItem(item)
        self._tint_sidebar()
        self.stack = QStackedWidget()
        self.splitter = QSplitter()
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([180, 1100])  # the sidebar's width, not half the window, until the user moves it
        self.splitter.setCollapsible(1, False)
        self._fit_sidebar()
        self.setCentralWidget(self.splitter)
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self.sidebar.currentRowChanged.connect(lambda row: self.show_page(PAGES[row][0]))
        ctx.bus.changed.connect(self._on_changed)
        ctx.bus.log_replaced.connect(self._on_log_replaced)
        self._restore_state()
        self._update_title()
        self._update_status()
        self._update_encryption_actions()
        self._update_conflict_count()

    def open_roster(self) -> None:
        """Settings > Delegation roster."""
        from .roundroom.roster import RosterDialog

        RosterDialog(self.ctx, self).exec()

    # -- construction --------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        a = self.actions
        self._menus: list[tuple[object, str]] = []  # (menu, English title): retranslate()

        def add_menu(parent, title: str):
            menu = parent.addMenu(translate("MainWindow", title))
            self._menus.append((menu, title))
            return menu

        file_menu = add_menu(self.menuBar(), QT_TRANSLATE_NOOP("MainWindow", "&File"))
        for action in (a.new_log, a.open_log):
            file_menu.addAction(action)
        self.recent_menu = add_menu(file_menu, QT_TRANSLATE_NOOP("MainWindow", "Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        for action in (a.backup, a.restore):
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in (a.export_pdf, a.export_xlsx, a.export_ics, a.export_docx, a.export_akn, a.import_xlsx,
                       a.import_docx):
            file_menu.addAction(action)
        file_menu.addAction(a.sync)
        file_menu.addSeparator()
        for action in (a.encrypt_log, a.decrypt_log, a.change_passphrase, a.lock_now, a.idle_lock):
            file_menu.addAction(action)
        file_menu.aboutToShow.connect(self._update_encryption_actions)
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        edit_menu = add_menu(self.menuBar(), QT_TRANSLATE_NOOP("MainWindow", "&Edit"))
        edit_menu.addAction(a.undo)
        edit_menu.addAction(a.redo)
        edit_menu.addSeparator()
        edit_menu.addAction(a.find)
        record_menu = add_menu(self.menuBar(), QT_TRANSLATE_NOOP("MainWindow", "&Record"))
        for attr, *_rest in RECORD:
            record_menu.addAction(a.record[attr])
            if attr in ("toggle_done", "new_version"):
                record_menu.addSeparator()
        record_menu.addSeparator()
        record_menu.addAction(a.edit_selected)
        view_menu = add_menu(self.menuBar(), QT_TRANSLATE_NOOP("MainWindow", "&View"))
        for action in a.pages.values():
            view_menu.addAction(action)
        view_menu.addSeparator()
        for action in (a.refresh, a.toggle_sidebar, a.full_screen):
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.language_menu = add_menu(view_menu, QT_TRANSLATE_NOOP("MainWindow", "&Language"))
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        current = chosen_language(self.ctx.settings.get(LANGUAGE))
        for code, name in LANGUAGES.items():  # each language in its own name, never translated
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setObjectName(f"language_{code}")
            self.language_group.addAction(action)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_actions[code] = action
        settings_menu = add_menu(self.menuBar(), QT_TRANSLATE_NOOP("MainWindow", "&Settings"))
        settings_menu.addAction(a.roster)
        a.roster.triggered.connect(self.open_roster)
        help_menu = add_menu(self.menuBar(), QT_TRANSLATE_NOOP("MainWindow", "&Help"))
        help_menu.addAction(a.shortcuts)
        help_menu.addAction(a.open_error_log)
        help_menu.addAction(a.about)

        a.new_log.triggered.connect(self.new_log)
        a.open_log.triggered.connect(self.open_log)
        a.clear_recent.triggered.connect(lambda: self.ctx.settings.clear_recent())
        a.backup.triggered.connect(lambda: dialogs.make_backup(self, self.ctx.log))
        a.restore.triggered.connect(self.restore)
        a.export_pdf.triggered.connect(lambda: self._export("PdfExportDialog"))
        a.export_xlsx.triggered.connect(lambda: self._export("XlsxExportDialog"))
        a.export_ics.triggered.connect(self._export_calendar)
        a.export_docx.triggered.connect(self._export_word)
        a.export_akn.triggered.connect(self._export_akn)
        a.import_xlsx.triggered.connect(lambda: self._export("XlsxImportDialog"))
        a.import_docx.triggered.connect(self._import_draft)
        a.sync.triggered.connect(self.open_sync)
        a.quit.triggered.connect(self.close)
        from .lock.panel import WindowLock

        # At the app's start the idle lock watches input only once the first screen has painted (gui/app.py).
        self.idle_lock = WindowLock(self, held=self._starting)
        a.lock_now.triggered.connect(self.idle_lock.lock)
        from .read_ahead import ReadAheadRunner

        # An encrypted log's Clauses pages, read while idle: started after the first paint (gui/app.py), then
        # again whenever the log is replaced or unlocked.
        self.read_ahead = ReadAheadRunner(self)
        for action, name in ((a.encrypt_log, "encrypt_current"), (a.decrypt_log, "decrypt_current"),
                             (a.change_passphrase, "change_current_passphrase"), (a.idle_lock, "ask_idle_minutes")):
            action.triggered.connect(lambda _checked=False, n=name: self._lock_command(n))
        a.find.triggered.connect(self.open_search)
        for key, action in a.pages.items():
            action.triggered.connect(lambda _checked=False, k=key: focus_screen(self.show_page(k)))
        for attr, _text, _shortcut, _tip, key, method in RECORD:
            a.record[attr].triggered.connect(lambda _checked=False, k=key, m=method: self.record(k, m))
        a.edit_selected.triggered.connect(self.edit_selected)
        a.refresh.triggered.connect(lambda: self.ctx.notify(Changed()))
        a.toggle_sidebar.toggled.connect(self.sidebar.setVisible)
        a.full_screen.toggled.connect(lambda on: self.showFullScreen() if on else self.showNormal())
        a.about.triggered.connect(self.about)
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.open_error_log.triggered.connect(self._open_error_log_folder)

    def _build_toolbar(self) -> None:
        bar = QToolBar(translate("MainWindow", "Main"))
        bar.setObjectName("main_toolbar")  # saveState() needs the name
        bar.setMovable(False)
        bar.setIconSize(QSize(18, 18))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(bar)
        for action in (self.actions.undo, self.actions.redo):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.actions.find)
        bar.addSeparator()
        for action in (self.actions.export_pdf, self.actions.export_xlsx):
            bar.addAction(action)

    def _build_status_bar(self) -> None:
        self.status_log = QLabel()
        self.status_party = QLabel()
        self.status_last = QLabel()
        for label in (self.status_log, self.status_party, self.status_last):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.statusBar().addPermanentWidget(label)

    # -- screens ---------------------------------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The screen for `key`, built on first use."""
        if key not in self._pages:
            module_name, class_name = SCREENS[key]
            title = dict((k, label) for k, label, _i, _s in PAGES)[key]
            try:
                # __import__ rather than importlib.import_module: -X importtime sees it (bench_startup.py's
                # report of each part's import time at start-up).
                module = __import__(f"{__package__}.{module_name}", fromlist=[class_name])
                widget = getattr(module, class_name)(self.ctx, self)
            except (ImportError, AttributeError) as error:
                widget = Placeholder(title, f"{type(error).__name__}: {error}")
            widget.setObjectName(f"page_{key}")
            add_screen_keys(widget)
            if hasattr(widget, "open_requested"):  # screens that link to records elsewhere (dashboard, rounds)
                widget.open_requested.connect(self.open_item)
            self._pages[key] = widget
            self.stack.addWidget(widget)
        return self._pages[key]

    def show_page(self, key: str) -> QWidget:
        widget = self.page(key)
        self.stack.setCurrentWidget(widget)
        row = [k for k, *_ in PAGES].index(key)
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)
        for k, action in self.actions.pages.items():
            action.setChecked(k == key)
        return widget

    def current_page(self) -> QWidget:
        return self.stack.currentWidget() or self.page("dashboard")

    def current_key(self) -> str:
        return next((k for k, w in self._pages.items() if w is self.stack.currentWidget()), "dashboard")

    def open_item(self, kind: str, entity_id: str) -> None:
        """Show a record in its screen (search results, dashboard links)."""
        key = SCREEN_FOR_KIND.get(kind)
        if key is None:
            return
        page = self.show_page(key)
        page.open_item(entity_id)
        focus_screen(page)

    def record(self, key: str, method: str) -> None:
        """A Record menu command on the record in front: the screen shown does it when it can (e.g. a position
        on the clause open on Clauses); otherwise its own screen is shown and opens the form on its selection."""
        page = self.current_page()
        if not callable(getattr(page, method, None)):
            page = self.show_page(key)
            focus_screen(page)
        slot = getattr(page, method, None)
        if callable(slot):
            slot()

    def edit_selected(self) -> None:
        """F2: the screen shown edits its selected record (screens without one ignore it)."""
        slot = getattr(self.current_page(), "edit_selected", None)
        if callable(slot):
            slot()

    def open_search(self) -> None:
        from .search.dialog import SearchDialog

        dialog = SearchDialog(self.ctx, self)
        dialog.chosen.connect(self.open_item)
        dialog.open()

    # -- files -------------------------------------------------------------------------------------------------
    def switch_to(self, log: Log) -> None:
        """Work on another log from now on; the undo history of the old one is dropped with it."""
        self.ctx.replace_log(log)
        self.ctx.settings.add_recent(log.path)

    def open_log(self, path: Path | None = None) -> None:
        path = path or dialogs.ask_open_path(self, self.ctx.settings)
        if path is None:
            return
        if path.resolve() == self.ctx.log.path.resolve():
            return
        log = dialogs.try_open_log(self, path, self.ctx.settings)
        if log is not None:
            self.switch_to(log)

    def new_log(self) -> None:
        dialog = dialogs.NewLogDialog(self.ctx.settings, self)
        if dialog.exec() and dialog.log is not None:
            self.switch_to(dialog.log)

    def restore(self) -> None:
        dialog = dialogs.RestoreDialog(self.ctx.log.path, self)
        if not dialog.exec() or dialog.chosen is None:
            return
        closed: list[bool] = []
        passphrase = self.ctx.log.open_options().passphrase  # an encrypted log's backups share its key

        def close_current() -> None:
            self.ctx.close_log()
            closed.append(True)

        log = dialogs.restore_into(self, self.ctx.log.path, dialog.chosen, close_current=close_current,
                                   passphrase=passphrase)
        if log is not None:
            self.switch_to(log)
        elif closed:  # neither the backup nor the old log could be opened again: nothing left to work on
            self.close()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.ctx.settings.recent_logs()
        for n, path in enumerate(recent, start=1):
            action = QAction(f"&{n} {path.name}", self.recent_menu)
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_log(p))
            self.recent_menu.addAction(action)
        if not recent:
            self.recent_menu.addAction(translate("MainWindow", "No recent logs")).setEnabled(False)
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.actions.clear_recent)

    def _lock_command(self, name: str) -> None:
        from .lock import commands  # the conversions load only when one is asked for

        getattr(commands, name)(self)

    def _export(self, dialog_name: str) -> None:
        from .documents import (
            dialogs as export_dialogs,  # reportlab/openpyxl load only when an export is asked for
        )

        getattr(export_dialogs, dialog_name)(self.ctx, self).exec()

    def _import_draft(self) -> None:
        from .documents.draft_dialog import DraftImportDialog  # lxml and difflib load only when asked for

        DraftImportDialog(self.ctx, self).exec()

    def open_sync(self) -> None:
        from .sync.dialog import SyncDialog  # the sealing loads only when asked for

        SyncDialog(self.ctx, self).exec()

    def _update_conflict_count(self) -> None:
        """The sidebar's "Conflicts (n)" while sync conflicts are open."""
        from .sync.count import sidebar_label

        row = [k for k, *_ in PAGES].index("conflicts")
        self.sidebar.item(row).setText(sidebar_label(self.ctx.log))
        self._fit_sidebar()

    def _export_calendar(self) -> None:
        from .documents.calendar_dialog import CalendarExportDialog  # icalendar loads only when asked for

        CalendarExportDialog(self.ctx, self).exec()

    def _export_word(self) -> None:
        from .documents.word_dialog import WordExportDialog  # python-docx loads only when the export runs

        WordExportDialog(self.ctx, self).exec()

    def _export_akn(self) -> None:
        from .documents.akn_dialog import AknExportDialog  # lxml loads only when asked for

        AknExportDialog(self.ctx, self).exec()

    # -- status, title, state ----------------------------------------------------------------------------------
    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.ctx.log.settings.log_name} — {__app_name__}")
        self.setWindowFilePath(str(self.ctx.log.path))

    def _update_status(self) -> None:
        log = self.ctx.log
        settings = log.settings
        self.status_log.setText(translate("MainWindow", "Log: {name}").format(name=log.path.name))
        self.status_log.setToolTip(str(log.path))
        self.status_party.setText(
            translate("MainWindow", "Ours: {party} ({delegation})").format(party=settings.our_party, delegation=settings.delegation)
            if settings.delegation else translate("MainWindow", "Ours: {party}").format(party=settings.our_party))
        last = log.changes(limit=1)
        if last:
            when = show_datetime(QDateTime.fromString(last[0].at[:19], Qt.DateFormat.ISODate))
            self.status_last.setText(translate("MainWindow", "Last change: {when} UTC, {who}").format(when=when, who=last[0].who))
            self.status_last.setToolTip(f"{last[0].entity} {last[0].field} ({last[0].source})")
        else:
            self.status_last.setText(translate("MainWindow", "No changes yet"))

    def _on_changed(self, _changed: Changed) -> None:
        self._update_status()
        self._update_title()
        self._update_conflict_count()

    def _on_log_replaced(self) -> None:
        self._update_title()
        self._update_status()
        self._update_conflict_count()
        self._update_encryption_actions()

    def _update_encryption_actions(self) -> None:
        encrypted = self.ctx.log.encrypted
        if not self.idle_lock.locked:
            self.actions.encrypt_log.setEnabled(not encrypted and not self.ctx.log.readonly)
            self.actions.decrypt_log.setEnabled(encrypted and not self.ctx.log.readonly)
            self.actions.change_passphrase.setEnabled(encrypted and not self.ctx.log.readonly)

    def _restore_state(self) -> None:
        settings = self.ctx.settings
        geometry = settings.get(WINDOW_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.get(WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        splitter = settings.splitter_state("main")
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        key = settings.get(CURRENT_PAGE)
        self.show_page(key if key in SCREENS else "dashboard")

    def save_state(self) -> None:
        settings = self.ctx.settings
        settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        settings.set(WINDOW_STATE, self.saveState())
        settings.set_splitter_state("main", self.splitter.saveState())
        settings.set(CURRENT_PAGE, self.current_key())
        settings.sync()

    def unfinished_forms(self) -> list[QWidget]:
        """Open edit dialogs, and screens reporting unsaved input (a `has_unsaved_input()` method)."""
        forms = sys.modules.get(f"{__package__}.common.form_base")  # not imported yet: no form was ever opened
        found: list[QWidget] = [] if forms is None else [
            d for d in self.findChildren(forms.FormDialog) if d.isVisible() and d.is_dirty()]
        found += [p for p in self._pages.values() if getattr(p, "has_unsaved_input", lambda: False)()]
        return found

    def _tint_sidebar(self) -> None:
        palette = self.palette()  # the window's: at its PaletteChange the children are not updated yet
        for row, (key, _label, icon_name, _shortcut) in enumerate(PAGES):
            icon = tinted_icon(icon_name, palette)  # drawn when shown (TintedIconEngine)
            self.sidebar.item(row).setIcon(icon)
            self.actions.pages[key].setIcon(icon)  # View > the screens: the same icons, legible on the dark palette too

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # the system switched between light and dark
            self._tint_sidebar()
        elif event.type() == QEvent.Type.LanguageChange and hasattr(self, "_menus") and self.isVisible():
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        unfinished = self.unfinished_forms()
        if unfinished:
            from .common.form_base import confirm_discard  # the forms' module loads with the first form

            if not confirm_discard(self, translate("MainWindow", "Discard the unfinished form?"),
                                   translate("MainWindow", "A form is half filled in and has not been saved. Quit anyway and lose what was typed?")):
                event.ignore()
                return
            for form in unfinished:  # already agreed: close them without asking once more each
                getattr(form, "discard", lambda: None)()
        self.save_state()
        # A closed window no longer watches for idleness: its countdown would lock a log closed by then.
        self.idle_lock.watcher.set_minutes(0)
        event.accept()

    # -- language --------------------------------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        """View > Language: remember the choice and switch now (LanguageChange then calls retranslate)."""
        self.ctx.settings.set(LANGUAGE, code)
        install_language(code)
        self.language_actions[code].setChecked(True)

    def _fit_sidebar(self) -> None:
        """The sidebar never narrower than its longest label (a screen wider in another language takes the room
        from its own columns, not from the screen names)."""
        metrics = self.sidebar.fontMetrics()
        longest = max(metrics.horizontalAdvance(self.sidebar.item(row).text()) for row in range(self.sidebar.count()))
        width = longest + self.sidebar.iconSize().width() + 40  # icon gap, item padding, the frame
        self.sidebar.setMinimumWidth(min(width, 260))
        self.sidebar.setMaximumWidth(max(200, min(width, 260)))

    def retranslate(self) -> None:
        """Everything the window shows, in the language installed now. The menus, actions, sidebar and status bar
        are relabelled in place; the screens are built again (their labels are set as they are built) and the
        one in front is shown again. The log, the undo history and the settings are the context's, untouched."""
        self.actions.retranslate()
        for menu, title in self._menus:
            menu.setTitle(translate("MainWindow", title))
        for row, (_key, label, _icon, _shortcut) in enumerate(PAGES):
            self.sidebar.item(row).setText(translate("Actions", label))
        self._fit_sidebar()
        current = self.current_key()
        for widget in self._pages.values():
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self._pages.clear()
        self.show_page(current)
        self._update_status()
        self._update_title()
        self._update_conflict_count()

    # -- help --------------------------------------------------------------------------------------------------
    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # made on first use, not before the first paint

        QMessageBox.about(self, translate("MainWindow", "About {app}").format(app=__app_name__),
                          translate("MainWindow", "<h3>{app} {version}</h3>"
                                    "<p>An offline workbench for the critical-minerals partnership negotiations.</p>"
                                    "<p>Log: {log}<br>Error log: {error_log}</p>"
                                    "<p>Fonts: Noto Sans (SIL Open Font Licence), IPAexGothic (IPA Font Licence).</p>")
                          .format(app=__app_name__, version=__version__, log=self.ctx.log.path,
                                  error_log=paths.error_log_path()))

    def show_shortcuts(self) -> None:
        from .common.shortcut_sheet import ShortcutSheet

        ShortcutSheet(self.actions, self).exec()

    def _open_error_log_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        folder = paths.private_dir(paths.error_log_path().parent)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

