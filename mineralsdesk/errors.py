"""Every error a user can meet, each told in one line; the layers raise these and the app and CLI show them.

This module imports only `i18n` (standard library, outside the layers), so every layer (domain first) may raise
from it.

A message is written once, in English, as a template marked for translation, its values passed by name:

    raise RuleError(QT_TRANSLATE_NOOP("Errors", "clause {ref} is agreed: reopen it first"), ref=clause.ref)

`str(error)` is the English line (logs, crash reports, tests); `error.localized(lang)` is the same line in the
user's language, read from the same catalogues as the app's screens (the CLI and the app's dialogs show this).
A message built any other way (an f-string, a library's text) is shown as it is, in English.
"""

from __future__ import annotations

from .i18n import localized_values, translate

ERRORS_CONTEXT = "Errors"


def _one_line(text: str) -> str:
    return " ".join(part.strip() for part in text.splitlines() if part.strip())


def _fill(template: str, params: dict[str, object]) -> str:
    """The template with its {name} values put in; a template that does not fit its values is shown as written."""
    if not params:
        return template
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


class UserError(Exception):
    """An error meant for the user: its message always reads as one line, whatever text went into it."""

    def __init__(self, message: object = "", *args: object, **params: object) -> None:
        self.template = message if isinstance(message, str) else str(message)
        self.params = params
        super().__init__(_fill(self.template, params) if params else message, *args)

    def __str__(self) -> str:
        return _one_line(super().__str__())

    def localized(self, lang: str | None) -> str:
        """The message in `lang` (the English one where the catalogue has no finished translation)."""
        if len(self.args) != 1 or not isinstance(self.args[0], str) or self.args[0] != _fill(self.template,
                                                                                               self.params):
            return str(self)  # a message changed after raising, or made of several parts: as it is
        values = localized_values(self.params, lang)  # a value that is itself a line (an i18n.Message) too
        return _one_line(_fill(translate(ERRORS_CONTEXT, self.template, lang), values))

    @classmethod
    def telling(cls, error: BaseException) -> UserError:
        """An error of this class that tells what `error` told: a UserError's template and values pass on (so
        the message still translates); any other error's text is kept as it is."""
        if isinstance(error, UserError):
            return cls(error.template, **error.params)
        return cls(str(error))


# Log files (store/database.py, store/files.py)

class LogError(UserError):
    """A problem with a log file, told in one clear line."""


class ReadersClosed(LogError):
    """The log was closed (locked, switched, converted) before or while a background job read it
    (services/readers.py)."""


class NotALogError(LogError):
    """The file exists but is not a MineralsDesk log; it was not altered."""


class NewerLogError(LogError):
    """The log was written by a newer MineralsDesk; this build must not write to it."""


class DamagedLogError(LogError):
    """The log fails SQLite's integrity checks."""


class LogBusyError(LogError):
    """Another program holds the log's write lock for longer than the busy timeout."""


class TargetError(LogError):
    """A file to be written would replace a log (or its journal), or is a folder: nothing was written."""


# Records (store/repository.py)

class DemoContentError(LogError):
    """The demo's data files are missing or malformed; told in one line naming the file and the place."""


class NotFoundError(UserError, LookupError):
    """No record with that id (it may have been deleted elsewhere)."""


class StaleEditError(UserError, RuntimeError):
    """The record changed since the caller read it; the edit was refused so no update is lost."""


# Rules of the domain (domain/, services/validation.py)

class RuleError(UserError, ValueError):
    """A record that breaks a rule of the domain; the message is one line and quotes no log text."""


class InvalidInputError(UserError, ValueError):
    """Input that breaks a rule of the domain; the message is one line meant for the user."""


class TransitionError(UserError, ValueError):
    """A clause status change that the negotiation rules do not allow."""

    def __init__(self, message: str, old: str, new: str, /, **params: object) -> None:  # old, new: ClauseStatus
        super().__init__(message, **params)
        self.old = old
        self.new = new


class BracketError(UserError, ValueError):
    """Brackets that do not balance; ``position`` is the 0-based index of the offending character.

    The message names the position only, never clause text (errors may reach logs and terminals);
    ``context`` holds a short excerpt around it for the author's own screen.
    """

    def __init__(self, message: str, position: int, context: str = "", /, **params: object) -> None:
        super().__init__(message, **params)
        self.position = position
        self.context = context


# Search (store/search_text.py)

class SearchSyntaxError(UserError, ValueError):
    """The query cannot be understood; the message says why in one line."""


# Dumps, exports and imports (store/dump.py, documents/)

class DumpError(UserError, ValueError):
    """A dump that cannot be loaded; the message says where and why in one line."""


class AttachmentError(UserError, ValueError):
    """A file that cannot be attached (too large, unreadable, no such target) or an attachment that cannot be saved."""


class ExportError(UserError):
    """An export could not be written; the message says why in one line and never quotes log text."""


class ImportRefused(UserError):
    """A file to import was refused; nothing was applied. The message names sheet, row and column."""


class Cancelled(Exception):
    """Raised by a progress callback to stop an export or import; nothing is written or applied.

    Not an error the user meets: the app and the command line treat it as the user's own choice."""


EXPORT_ERRORS: tuple[type[BaseException], ...] = (ExportError, ImportRefused, Cancelled)


# The command line (cli.py)

class CommandError(UserError):
    """A failure to report as one line on stderr."""


# Encryption at rest (store/cipher.py, services/encryption.py)

class EncryptedLogError(LogError):
    """The file looks like an encrypted log and no passphrase was given; it was not altered."""


class WrongPassphraseError(LogError):
    """The passphrase does not open the log (or the file is not an encrypted log); nothing was written."""


class NotEncryptedError(LogError):
    """A passphrase was given for a plain (unencrypted) log; nothing was written."""


class PassphraseError(LogError):
    """A passphrase that cannot be used (too short, empty, unreadable file, the two entries differ)."""


# Delegation sync (services/sync/)

class SyncError(UserError):
    """A sync file refused (another delegation, altered, out of order, not for this laptop) or a sync step refused."""
