"""Error types an export or import raises for the user; the command line and the app show them as one line."""

from __future__ import annotations

from collections.abc import Callable


class ExportError(Exception):
    """An export could not be written; the message says why in one line and never quotes log text."""


class ImportRefused(Exception):
    """A file to import was refused; nothing was applied. The message names sheet, row and column."""


class Cancelled(Exception):
    """Raised by a progress callback to stop an export or import; nothing is written or applied."""


# progress(done, total) is called as work advances; it may raise Cancelled.
ProgressCallback = Callable[[int, int], None]

EXPORT_ERRORS: tuple[type[BaseException], ...] = (ExportError, ImportRefused, Cancelled)
