"""An error's one line as the app shows it: in the app's current language when the error carries a marked template.

Every place that shows a caught error to the user (a message box, an inline note, a worker's failure) shows
`error_text(error)`: a `UserError` raised with a template marked `QT_TRANSLATE_NOOP("Errors", ...)` reads in the
language installed by gui/language.py (read from the same catalogues as the screens); any other error as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from ...errors import UserError
from ...i18n import normalise


def current_language() -> str:
    """The app's language now (gui/language.py makes it the default locale when it installs a catalogue)."""
    return normalise(QLocale().name())


def error_text(error: BaseException) -> str:
    """The line to show for `error`: translated when it is a UserError with a marked template, else str(error)."""
    if isinstance(error, UserError):
        return error.localized(current_language())
    return str(error)
