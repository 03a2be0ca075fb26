"""The app's language: Qt translators for our catalogue and Qt's own dialogs, chosen from the system or a setting.

`translate` is `QCoreApplication.translate` under the name `pyside6-lupdate` recognises; every string the app
shows goes through it (or `tr`). `install_language` swaps the translators at run time: Qt then sends every
widget a LanguageChange event, and the main window rebuilds its menus' texts and its screens (main_window.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ..i18n import LANGUAGES, TRANSLATIONS_DIR, normalise

translate = QCoreApplication.translate

_installed: list[QTranslator] = []
_current = ["en"]  # the language installed last


def current_language() -> str:
    """The app's language now ("en", "fr", ...), as install_language set it: the default language of documents
    written from the GUI, and of texts built outside the GUI (domain phrases, error messages) that take one."""
    return _current[0]


def system_language() -> str:
    """The system's UI language if the app speaks it, else English."""
    languages = QLocale.system().uiLanguages()
    return normalise(languages[0] if languages else QLocale.system().name())


def chosen_language(setting: str) -> str:
    """The setting's language ("" follows the system)."""
    return normalise(setting) if setting in LANGUAGES else system_language()


def install_language(lang: str, extra_qm: str | None = None) -> str:
    """Make `lang` the app's language now: our .qm (English has one for plural forms) and Qt's qtbase one.

    `extra_qm` (tests) loads that compiled catalogue instead of ours. Returns the language installed.
    """
    app = QCoreApplication.instance()
    lang = normalise(lang)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(extra_qm or str(TRANSLATIONS_DIR / f"mineralsdesk_{lang}.qm")):
        _installed.append(ours)
    if lang != "en":
        # Not for English: PySide6 makes the class and its enums on first use.
        from PySide6.QtCore import QLibraryInfo

        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt)
    QLocale.setDefault(QLocale(lang))
    _current[0] = lang
    for translator in _installed:
        app.installTranslator(translator)
    return lang
