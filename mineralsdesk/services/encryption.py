"""Encryption at rest of a whole log: encrypt a plain log, decrypt an encrypted one, change its passphrase,
and judge a new passphrase's strength. Each conversion is atomic (store/rekey.py: copy, verify, rename).

The passphrase lives in memory only (the open Log's connection and `OpenOptions`); nothing here writes it
anywhere. Close every connection of this process to the log before converting it (one SQLite build per file).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import LogError, NotEncryptedError
from ..i18n import QT_TRANSLATE_NOOP
from ..store import cipher

if TYPE_CHECKING:
    from .log import Log

__all__ = ["change_passphrase", "check_passphrase", "decrypt_log", "derive_ahead", "encrypt_log", "is_encrypted",
           "plain_backups", "strength"]

check_passphrase = cipher.check_passphrase
# An encrypted log's key derivation started in the background as soon as its passphrase is known (the app's and
# the command line's start), for `Log.open(pending_key=...)`. This module imports the Log only where it is used,
# so the start can import it (for this and the passphrase file) before the heavy modules.
derive_ahead = cipher.derive_ahead


def is_encrypted(path: str | os.PathLike) -> bool:
    """True when the file looks like an encrypted log (no plain SQLite header); says nothing about its key."""
    return cipher.looks_encrypted(Path(path))


def strength(passphrase: str) -> str:
    """One line on a passphrase: its length, character classes and a rough estimate of its entropy in bits
    (length x log2(alphabet of the classes used): an upper bound, as words and patterns are far weaker)."""
    import math
    import string

    classes = [("lower-case", string.ascii_lowercase), ("upper-case", string.ascii_uppercase),
               ("digits", string.digits), ("spaces/punctuation", string.punctuation + " ")]
    used = [name for name, chars in classes if any(c in chars for c in passphrase)]
    alphabet = sum(len(chars) for name, chars in classes if name in used)
    if any(ord(c) > 127 for c in passphrase):
        used.append("other")
        alphabet += 100
    bits = int(len(passphrase) * math.log2(alphabet)) if alphabet else 0
    verdict = "weak" if bits < 50 else "fair" if bits < 80 else "strong"
    return (f"{len(passphrase)} characters, {len(used)} character classes ({', '.join(used) or 'none'}), "
            f"at most ~{bits} bits: {verdict}")


def _log() -> type[Log]:
    from .log import Log

    return Log


def _verify(copy: Path, key: str | None) -> None:
    with _log().open(copy, readonly=True, passphrase=key) as log:
        report = log.check(against_anchor=False)
    if not report.ok:
        raise LogError(QT_TRANSLATE_NOOP("Errors", "The converted copy fails its check ({problem}); nothing "
                                                   "was changed"), problem=report.problems[0])


def encrypt_log(path: str | os.PathLike, passphrase: str) -> list[Path]:
    """Encrypt a plain log in place (atomically); returns its automatic backups that are still plain."""
    path = Path(path)
    cipher.check_passphrase(passphrase)
    if is_encrypted(path):
        raise LogError(QT_TRANSLATE_NOOP("Errors", "{file} is encrypted already; to change its passphrase "
                                                   "use change-passphrase (nothing was changed)"),
                       file=path.name)
    _log().open(path, readonly=True).close()  # a plain log of ours, else its one-line reason
    from ..store import rekey  # copy, verify, rename: loaded for a conversion only (tempfile, ...)

    rekey.convert(path, None, passphrase, _verify)
    return plain_backups(path)


def decrypt_log(path: str | os.PathLike, passphrase: str) -> None:
    """Decrypt an encrypted log in place (atomically). Its encrypted backups stay encrypted."""
    path = Path(path)
    if not is_encrypted(path):
        _log().open(path, readonly=True).close()  # a foreign file is told as such
        raise NotEncryptedError(QT_TRANSLATE_NOOP("Errors", "{file} is not encrypted; nothing was changed"),
                                file=path.name)
    from ..store import rekey

    rekey.convert(path, passphrase, None, _verify)


def change_passphrase(path: str | os.PathLike, old: str, new: str) -> None:
    """Re-encrypt an encrypted log under a new passphrase (atomically). Older backups keep the old one."""
    path = Path(path)
    cipher.check_passphrase(new)
    if not is_encrypted(path):
        _log().open(path, readonly=True).close()
        raise NotEncryptedError(QT_TRANSLATE_NOOP("Errors", "{file} is not encrypted; encrypt it instead "
                                                            "(nothing was changed)"), file=path.name)
    from ..store import rekey

    rekey.convert(path, old, new, _verify)


def plain_backups(path: str | os.PathLike) -> list[Path]:
    """The log's automatic backups that are not encrypted (taken before it was encrypted)."""
    from .autobackup import list_backups

    return [info.path for info in list_backups(path) if not cipher.looks_encrypted(info.path)]


PASSPHRASE_ENV = "MINERALSDESK_PASSPHRASE"
NEW_PASSPHRASE_ENV = "MINERALSDESK_NEW_PASSPHRASE"
MAX_PASSPHRASE_FILE = 4096


def read_passphrase_file(path: str | os.PathLike) -> str:
    """The passphrase held in a file (its first line; a final newline is not part of it); PassphraseError
    (one line, never the file's content) when the file is missing, unreadable, empty, huge or not UTF-8."""
    from ..errors import PassphraseError

    path = Path(path)
    try:
        if path.is_dir():
            raise PassphraseError(QT_TRANSLATE_NOOP("Errors", "Passphrase file {path} is a folder"),
                                  path=path)
        with open(path, "rb") as fh:
            raw = fh.read(MAX_PASSPHRASE_FILE + 1)
    except OSError as exc:
        raise PassphraseError(QT_TRANSLATE_NOOP("Errors", "Cannot read passphrase file {path} ({strerror})"),
                              path=path, strerror=exc.strerror) from None
    if len(raw) > MAX_PASSPHRASE_FILE:
        raise PassphraseError(QT_TRANSLATE_NOOP("Errors", "Passphrase file {path} is over "
                                                          "{limit} bytes; it should hold one "
                                                          "line"), path=path,
                              limit=MAX_PASSPHRASE_FILE)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise PassphraseError(QT_TRANSLATE_NOOP("Errors", "Passphrase file {path} is not UTF-8 text"),
                              path=path) from None
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise PassphraseError(QT_TRANSLATE_NOOP("Errors", "Passphrase file {path} is empty"), path=path)
    if len([line for line in lines if line]) > 1:
        raise PassphraseError(QT_TRANSLATE_NOOP("Errors", "Passphrase file {path} holds more than one line"),
                              path=path)
    return lines[0]
