"""QApplication start-up: palette, exception hook, opening the log (the demo on first run) and the main window."""

from __future__ import annotations

import gc
import os
import sys
import time
import traceback
from functools import cache
from pathlib import Path
from types import TracebackType

from .. import paths


def write_error_log(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> Path:
    """Append the error's type and frames (never its message) to the error log (0600, 0700 folder); return its path."""
    from ..errorlog import write_report

    return write_report(error, tb)


def install_exception_hook() -> None:
    """An unexpected error never ends the app silently: it is written to the error log and shown in a dialog."""
    showing = False

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        from .language import translate

        try:
            where = write_error_log(kind, error, tb)
            detail = translate("App", "The details were written to\n{where}").format(where=where)
        except OSError as write_error:
            where, detail = None, translate("App", "The details could not be written ({reason}).").format(
                reason=write_error.strerror)
            traceback.print_exception(kind, error, tb)
        if showing:  # an error inside the dialog itself: logged above, not shown twice
            return
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is None:
            return
        showing = True
        try:
            QMessageBox.critical(
                QApplication.activeWindow(), translate("App", "Something went wrong"),
                translate("App", "MineralsDesk hit an unexpected error ({kind}). Your log is safe: every edit was "
                          "written when you made it, and the unfinished action was not applied.").format(kind=kind.__name__)
                + "\n\n" + detail)
        finally:
            showing = False

    sys.excepthook = hook


# Qt's Fusion palette (QFusionStyle.standardPalette(), light), written out: asking the style for it makes PySide6
# create QStyle's Python classes and their 566 enum members, ~6 ms of the start before the first paint.
# tests/gui/test_palette.py checks that it is Qt's, role by role, in every colour group.
FUSION_LIGHT = {"WindowText": "#000000", "Button": "#efefef", "Light": "#ffffff", "Midlight": "#cacaca",
                "Dark": "#9f9f9f", "Mid": "#b8b8b8", "Text": "#000000", "BrightText": "#ffffff", "ButtonText": "#000000",
                "Base": "#ffffff", "Window": "#efefef", "Shadow": "#767676", "Highlight": "#308cc6",
                "HighlightedText": "#ffffff", "Link": "#0000ff", "LinkVisited": "#ff00ff", "AlternateBase": "#f7f7f7",
                "ToolTipBase": "#ffffdc", "ToolTipText": "#000000", "PlaceholderText": "#80000000",
                "Accent": "#308cc6"}
FUSION_LIGHT_DISABLED = {"WindowText": "#bebebe", "Dark": "#bebebe", "Text": "#bebebe", "ButtonText": "#bebebe",
                         "Base": "#efefef", "Shadow": "#b1b1b1", "Highlight": "#919191", "Accent": "#919191"}


def fusion_light_palette():
    """Qt's light Fusion palette (see FUSION_LIGHT), made without asking the style."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for name, colour in FUSION_LIGHT.items():
        palette.setColor(getattr(role, name), QColor(colour))  # every group
    for name, colour in FUSION_LIGHT_DISABLED.items():
        palette.setColor(group.Disabled, getattr(role, name), QColor(colour))
    return palette


def apply_palette(app, scheme=None, *, restyle: bool = True) -> None:
    """Fusion with a light or dark palette that follows the system setting (and its changes).

    `scheme` (a Qt.ColorScheme) forces one, for screenshots of the dark palette on platforms without a theme.
    `restyle`: set the Fusion style first (the app's start gives it on Qt's command line instead: see
    make_application).
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QPalette

    if restyle:
        app.setStyle("Fusion")
    scheme = scheme or app.styleHints().colorScheme()
    if scheme != Qt.ColorScheme.Dark:
        app.setPalette(fusion_light_palette())
        return
    palette = QPalette()
    role = QPalette.ColorRole
    for r, colour in ((role.Window, "#2b2d30"), (role.WindowText, "#e6e6e6"), (role.Base, "#1e1f22"),
                      (role.AlternateBase, "#26282b"), (role.ToolTipBase, "#3c3f41"), (role.ToolTipText, "#e6e6e6"),
                      (role.Text, "#e6e6e6"), (role.Button, "#313335"), (role.ButtonText, "#e6e6e6"),
                      (role.BrightText, "#ff6b6b"), (role.Link, "#6ea8fe"), (role.Highlight, "#2f65ca"),
                      (role.HighlightedText, "#ffffff"), (role.PlaceholderText, "#8c8c8c"), (role.Mid, "#45484b")):
        palette.setColor(r, QColor(colour))
    for r in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, r, QColor("#7a7a7a"))
    app.setPalette(palette)


def import_qt() -> int:
    """Import PySide6, and tell it the answer for every module of ours and of the standard library loaded so far, so it
    need not read their source. Returns how many it was told of.

    After its import PySide6 reads the source of each module an import statement names, even one loaded long
    before (`shibokensupport.feature.feature_imported`, `inspect.getsource`: ~0.1 ms a module, ~12 ms of the start
    for ~110 modules), to learn whether it names PySide6 and so may use the `__feature__` switches (snake_case,
    true_property; this app uses none: tests/gui/test_shell.py checks its sources). For ours the answer is known,
    whether loaded yet or not: our GUI modules use PySide6 with no feature switched (0 in PySide6's table), the
    others and the standard library's do not use it (-1, "ignore this module"). When a PySide6 keeps no such table,
    nothing is marked: it reads them as before.
    """
    import PySide6  # noqa: F401

    table = getattr(sys.modules.get("shibokensupport.feature"), "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return 0
    marks = {name: -1 for name in sys.modules if name.partition(".")[0] in sys.stdlib_module_names}
    folders = [(os.path.dirname(os.path.dirname(__file__)), __package__.partition(".")[0])]  # mineralsdesk/
    while folders:
        folder, prefix = folders.pop()
        mark = 0 if prefix == __package__ or prefix.startswith(__package__ + ".") else -1
        marks[prefix] = mark
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.endswith(".py") and entry.name != "__init__.py":
                    marks[f"{prefix}.{entry.name[:-3]}"] = mark
                elif entry.is_dir() and entry.name.isidentifier():  # a subpackage (never __pycache__: no init)
                    if os.path.exists(os.path.join(entry.path, "__init__.py")):
                        folders.append((entry.path, f"{prefix}.{entry.name}"))
    marked = 0
    for name, mark in marks.items():
        if name not in table:
            table[name] = mark
            marked += 1
    return marked


@cache
def application_class():
    """The app's QApplication: it hands macOS's FileOpen events on as a signal (see install_file_open_handler).

    Made on first use, so importing this module does not load Qt.
    """
    from PySide6.QtCore import QEvent, Signal
    from PySide6.QtWidgets import QApplication

    class Application(QApplication):
        file_open_requested = Signal(str)

        def event(self, event: QEvent) -> bool:
            # Only events sent to the application object come here, not every event of every widget.
            if event.type() == QEvent.Type.FileOpen and event.file():
                self.file_open_requested.emit(event.file())
                return True
            return super().event(event)

    return Application


def make_application():
    """The QApplication with names (for QSettings), icon and palette; reuses one that exists (tests)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    from .. import __version__
    from ..assets import APP_ICON_SIZES, app_icon_path
    from .refcounts import keep_singletons_alive
    from .settings import APPLICATION, ORGANISATION

    keep_singletons_alive()  # before any other Qt call: PySide6 6.12.0 on Python 3.11 (see refcounts.py)
    app = QApplication.instance()
    made = app is None
    if made:
        # Fractional scaling (150 %) stays sharp instead of rounding to 100 or 200 %.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        # The style on Qt's command line: setStyle() hands Python the style object, and PySide6 then creates
        # QStyle's classes and enums (~6 ms) before the first paint.
        app = application_class()([*sys.argv[:1], "-style", "Fusion"])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("mineralsdesk")
    icon = QIcon()
    for size in APP_ICON_SIZES:
        icon.addFile(str(app_icon_path(size)))
    app.setWindowIcon(icon)
    apply_palette(app, restyle=not made)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_palette(app))
    add_japanese_font_if_missing()
    return app


def add_japanese_font_if_missing() -> bool:
    """Register the bundled IPAexGothic when the system has no Japanese font (else clause text shows boxes).

    Windows and macOS ship Japanese fonts; a bare Linux laptop may not. Returns True when it was added.
    """
    from PySide6.QtGui import QFontDatabase

    from ..assets import FONT_FILES, font_path

    if QFontDatabase.families(QFontDatabase.WritingSystem.Japanese):
        return False
    return QFontDatabase.addApplicationFont(str(font_path(FONT_FILES["jp"]))) != -1


def install_file_open_handler(app, window) -> None:
    """macOS hands a double-clicked .mdesk file to the running app as a FileOpen event, not as an argument.

    The app made by make_application passes it on as a signal. An event filter on the application would
    do the same for any QApplication, but it sees every event of every object: each one then crosses into
    Python (~35 ms more to the first paint), so it is only the fallback for an application made elsewhere.
    """
    if isinstance(app, application_class()):
        app.file_open_requested.connect(lambda file: window.open_log(Path(file)))
        return
    from PySide6.QtCore import QEvent, QObject

    class FileOpen(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.FileOpen and event.file():
                window.open_log(Path(event.file()))
                return True
            return False

    handler = FileOpen(app)
    app.installEventFilter(handler)


def open_start_log(db: Path, settings, *, create_demo: bool, passphrase: str | None = None, pending_key=None):
    """The log to start on: `db` (the demo is built there on a first run), or one the user picks instead.

    `db` is opened without its whole-file check and daily backup: they run after the first paint
    (startup_checks.py), so a large log does not hold the window back. Logs picked here instead are
    opened with every check. An encrypted `db` opens with `passphrase` when it is given and right (else the
    passphrase dialog asks, as for any encrypted log); `pending_key` is its key derivation, started in the
    background before Qt was imported (`encryption.derive_ahead`).
    """
    from .language import translate
    from .logfile.dialogs import choose_another_log, try_open_log

    if not db.exists():
        if create_demo:
            from ..services.demo import build_demo

            paths.private_dir(db.parent)
            build_demo(db)
        else:
            from PySide6.QtWidgets import QMessageBox  # made here, not before every first paint

            answer = QMessageBox.question(None, translate("App", "No log here"),
                                          translate("App", "There is no log at\n{path}\nCreate a new one there?").format(path=db))
            if answer != QMessageBox.StandardButton.Yes:
                return None
            from ..services.log import Log

            return Log.create(db)
    log = try_open_log(None, db, settings, defer_checks=True, passphrase=passphrase, pending_key=pending_key)
    return log if log is not None else choose_another_log(settings)


def run(db: Path, *, exit_after_start: bool = False, create_demo: bool = False, passphrase: str | None = None,
        pending_key=None) -> int:
    """Open the desktop app on `db`; returns the process exit code. `pending_key`: the encrypted log's key
    derivation from `passphrase`, started by the command line before this imports Qt (it runs meanwhile)."""
    # Python's cyclic collector would walk the growing heap ~70 times before the first paint (~15 ms) and find
    # next to nothing to free: the start makes modules, classes and widgets that live as long as the app. It
    # runs again from the first paint on (and whatever way this returns).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run(db, exit_after_start=exit_after_start, create_demo=create_demo, passphrase=passphrase,
                    pending_key=pending_key, collecting=collecting)
    finally:
        if collecting:
            gc.enable()


def _run(db: Path, *, exit_after_start: bool, create_demo: bool, passphrase: str | None, pending_key,
         collecting: bool) -> int:
    # The log's own modules (store, services, domain) are imported before Qt: PySide6 reads the source of
    # every module imported after it (its __feature__ check, ~0.2 ms a module), and these ~50 never use Qt;
    # import_qt() spares the ones our GUI modules import again (see there).
    from ..services import log as _log_modules  # noqa: F401

    import_qt()
    app = make_application()
    install_exception_hook()

    from PySide6.QtCore import QTimer

    from .context import AppContext
    from .main_window import MainWindow
    from .settings import Settings
    from .startup_checks import AfterFirstPaint, StartupChecker

    settings = Settings.for_user()
    from .language import chosen_language, install_language
    from .settings import LANGUAGE

    install_language(chosen_language(settings.get(LANGUAGE)))  # before any window: the start-up dialogs too
    log = open_start_log(Path(db), settings, create_demo=create_demo, passphrase=passphrase,
                         pending_key=pending_key)
    if log is None:
        return 1
    settings.add_recent(log.path)
    ctx = AppContext(log, settings=settings)
    window = MainWindow(ctx, starting=True)
    install_file_open_handler(app, window)
    checker = StartupChecker(window)
    # The idle lock's input watch (an application event filter) starts once the first screen has painted.
    AfterFirstPaint(window.current_page(), window.idle_lock.watcher.release)
    AfterFirstPaint(window.current_page(), window.read_ahead.start)
    if collecting:
        AfterFirstPaint(window.current_page(), gc.enable)
        QTimer.singleShot(10_000, gc.enable)  # and in any case: a window started minimised may not paint yet
    window.show()
    if exit_after_start:
        # Quit once the first screen has been painted (start-up timing), not merely shown; say when on stdout, on
        # the system-wide monotonic clock, so a timing script measures the start and not the process's end too.
        AfterFirstPaint(window.current_page(), lambda: (print(f"first paint at {time.monotonic():.6f}", flush=True),
                                                        app.quit()))
        QTimer.singleShot(20_000, lambda: app.exit(2))  # never hang a timing script if no paint arrives
    elif log.path.resolve() == Path(db).resolve():
        # The checks open_start_log skipped, once the first screen is up (a timing run has quit by then).
        AfterFirstPaint(window.current_page(), checker.start)
    code = app.exec()
    checker.wait()  # a backup being written finishes before the process ends
    ctx.log.close()
    return code
