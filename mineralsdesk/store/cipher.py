"""SQLCipher: which SQLite build opens a file, opening an encrypted log with its passphrase, and both builds' errors.

One build per file: a plain log is always opened with the standard library's `sqlite3`, an encrypted one
(SQLCipher 4 through `sqlcipher3`) always with the cipher build, decided by the file's first bytes (a plain
SQLite file starts with "SQLite format 3", an encrypted one with random bytes). Two builds must never hold the
same file at once: closing a descriptor in one drops the other's POSIX locks (SQLite's "How To Corrupt", 2.2).
Only the conversions (encrypt, decrypt, change passphrase; store/rekey.py) open a plain log with the cipher
build, with no other connection of this process to it.

The cipher build's exceptions are not `sqlite3.Error` subclasses: catch `Error`, `DatabaseError`,
`OperationalError` and `IntegrityError` from here, which name both builds' classes.

`sqlcipher3` is imported only when an encrypted log is opened or made (or a conversion runs): it costs about
7 MB of resident memory, which a user of plain logs should not pay. Until then no cipher connection exists and
no cipher error can be raised, so the four names above are the standard library's classes alone; once the
cipher build is loaded (by anyone) they name both. Read them as `cipher.Error` at the moment of catching,
never copy them into a constant of another module.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from ..errors import PassphraseError, WrongPassphraseError
from ..i18n import QT_TRANSLATE_NOOP

SQLITE_MAGIC = b"SQLite format 3\x00"
MIN_PASSPHRASE = 10
MAX_PASSPHRASE = 1024

# SQLCipher 4's defaults: PBKDF2-HMAC-SHA512, 256,000 iterations, a 32-byte key, the file's first 16 bytes as salt.
KDF_ALGORITHM = "sha512"
KDF_ITERATIONS = 256_000
KEY_BYTES = 32
SALT_BYTES = 16

# An encrypted connection's page cache, in KiB (PRAGMA cache_size = -N). Plain SQLite reads a page the page cache
# dropped back from the OS file cache (a copy); SQLCipher reads it back and decrypts it and checks its HMAC again.
# The cache grows only with the pages a connection reads (a small log never fills it; the first screen reads a few
# hundred pages), so the cap is what a connection that reads a whole large log may hold: docs/performance.md
# ("Encrypted logs, third pass") has the measures, docs/safety.md the trade-offs.
CACHE_KIB = 65_536  # SQLCipher's build default is 8,000 KiB, the standard library's 2,000 KiB

ERROR_NAMES = ("Error", "DatabaseError", "OperationalError", "IntegrityError")
CIPHER_MODULE = "sqlcipher3._sqlite3"  # the extension that holds the cipher build's classes, whoever imported it


def __getattr__(name: str) -> tuple[type[BaseException], ...]:
    """`Error`, `DatabaseError`, `OperationalError`, `IntegrityError`: the standard library's class, with the cipher
    build's once that build is loaded (resolved at each use, so loading it later is seen)."""
    if name in ERROR_NAMES:
        return _classes(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _classes(name: str) -> tuple[type[BaseException], ...]:
    loaded = sys.modules.get(CIPHER_MODULE)
    base = getattr(sqlite3, name)
    return (base,) if loaded is None else (base, getattr(loaded, name))


def _sqlcipher() -> ModuleType:
    """The cipher build's DB-API module, imported on first need (see the module's docstring)."""
    from sqlcipher3 import dbapi2

    return dbapi2


def cipher_loaded() -> bool:
    """True once this process has imported the cipher build."""
    return CIPHER_MODULE in sys.modules


# Signatures long enough that a random salt never starts with one (2**-32 and less).
BINARY_MAGICS = (b"PK\x03\x04", b"%PDF", b"\xd0\xcf\x11\xe0", b"\x1f\x8b\x08")  # ..., gzip (a compressed backup)
# Text formats (JSON, XML, a calendar): a salt opens with "{" one time in 256, so these count only when the
# file's first bytes are text as well.
TEXT_MAGICS = (b"{", b"[", b"<?xml", b"\xef\xbb\xbf", b"BEGIN:")
DOCUMENT_MAGICS = BINARY_MAGICS + TEXT_MAGICS


def _is_document_head(head: bytes) -> bool:
    """True when `head` (a file's first bytes) opens a known document format rather than a random salt."""
    if head.startswith(BINARY_MAGICS):
        return True
    if not head.startswith(TEXT_MAGICS):
        return False
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason != "unexpected end of data":
            return False
        text = head[:exc.start].decode("utf-8")  # a character cut by the probe's end
    return all(ch.isprintable() or ch in "\t\r\n\ufeff" for ch in text)


@dataclass(frozen=True)
class RawKey:
    """An encrypted log's derived key and the file's salt: memory only, never written anywhere.

    A connection keyed with it skips SQLCipher's key derivation (PBKDF2, 256,000 rounds: a few hundred ms),
    so the log's other connections (background exports, deferred checks) open at once.
    """

    key: bytes = field(repr=False)
    salt: bytes = field(repr=False)

    def pragma_value(self) -> str:
        """The blob literal PRAGMA key takes for a raw key with its salt."""
        return f"\"x'{self.key.hex()}{self.salt.hex()}'\""


def file_salt(path: Path) -> bytes:
    """The salt of an encrypted file: its first 16 bytes (SQLCipher 4's layout)."""
    with open(path, "rb") as fh:
        salt = fh.read(SALT_BYTES)
    if len(salt) != SALT_BYTES:
        raise WrongPassphraseError(QT_TRANSLATE_NOOP("Errors", "{name} is too short to be an encrypted "
                                                               "log; nothing was changed"),
                                   name=Path(path).name)
    return salt


def derive_key(passphrase: str, path: Path, pending: PendingKey | None = None) -> RawKey:
    """The raw key SQLCipher 4 derives from `passphrase` for the file at `path` (one PBKDF2 run, as SQLCipher's).

    With `pending` (a derivation `derive_ahead` started earlier) its key is taken, waiting for it if need be, when
    it was derived for this passphrase and for the salt the file has now; otherwise the key is derived here."""
    _literal(passphrase)  # refuses a NUL as PRAGMA key would
    salt = file_salt(path)
    key = pending.take(passphrase, salt) if pending is not None else None
    return RawKey(key if key is not None else _kdf(passphrase, salt), salt)


class PendingKey:
    """A key derivation running in a background thread, started by `derive_ahead` before the open that needs it.

    It holds one passphrase and the salt the file had when it started (memory only, never written, not in its
    repr). `take` hands its key once, and only for that same passphrase and salt: `derive_key` reads the file's
    salt again at the open, so a file replaced meanwhile (another salt) is derived for anew, never keyed with
    the stale key. The thread is a daemon: a derivation nobody takes does not keep the process alive.
    """

    def __init__(self, passphrase: str, salt: bytes):
        self._passphrase: str | None = passphrase
        self._salt = salt
        self._key: bytes | None = None
        self._thread = threading.Thread(target=self._derive, name="key derivation", daemon=True)
        self._thread.start()

    def _derive(self) -> None:
        try:
            self._key = _kdf(self._passphrase or "", self._salt)
        except Exception:  # noqa: BLE001 - the open derives again and says what is wrong, as without this
            self._key = None

    def take(self, passphrase: str, salt: bytes) -> bytes | None:
        """The key derived for `passphrase` and `salt`, once (waiting for the thread); None when it was derived
        for another passphrase or salt, or already taken, or the derivation failed."""
        if self._passphrase is None or passphrase != self._passphrase or salt != self._salt:
            return None
        self._thread.join()
        key, self._key, self._passphrase = self._key, None, None
        return key


def derive_ahead(passphrase: str, path: Path) -> PendingKey | None:
    """Start deriving the key of the encrypted file at `path` from `passphrase` in a background thread, when the
    passphrase is known long before the open (the app's start, a command line given --passphrase-file): hashlib's
    PBKDF2 releases the GIL, so it runs beside the imports and the window's construction. Pass the result to
    `Log.open(pending_key=...)`. None when there is nothing to derive (not an encrypted file, unreadable, a NUL in
    the passphrase): the open says what is wrong, as it does without this."""
    try:
        if "\x00" in passphrase or not looks_encrypted(Path(path)):
            return None
        salt = file_salt(Path(path))
    except (OSError, WrongPassphraseError):
        return None
    return PendingKey(passphrase, salt)


def new_key(passphrase: str) -> RawKey:
    """A fresh random salt and the key derived from `passphrase` with it, to create a new encrypted file."""
    salt = os.urandom(SALT_BYTES)
    _literal(passphrase)
    return RawKey(_kdf(passphrase, salt), salt)


def _kdf(passphrase: str, salt: bytes) -> bytes:
    import hashlib  # only for an encrypted log: it loads OpenSSL's libcrypto (~3 ms; store/changelog.py HASHING)

    return hashlib.pbkdf2_hmac(KDF_ALGORITHM, passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES)


def looks_encrypted(path: Path) -> bool:
    """True when the file could be an SQLCipher database: no SQLite header, whole pages of random-looking bytes."""
    try:
        size = Path(path).stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
            probe = head + fh.read(48)
    except OSError:
        return False
    # SQLCipher's first 16 bytes are the file's random salt: a run of one byte (zeros) is a blank file instead,
    # and a file opening with a known format's signature (a zip such as .docx/.xlsx, a PDF, an OLE container,
    # JSON, XML, a calendar) is that document, whatever its size happens to be.
    if _is_document_head(probe):
        return False
    return size >= 1024 and size % 512 == 0 and head != SQLITE_MAGIC and len(set(head)) >= 4


def is_cipher_connection(conn: Any) -> bool:
    """True when `conn` is a connection of the cipher build."""
    loaded = sys.modules.get(CIPHER_MODULE)
    return loaded is not None and isinstance(conn, loaded.Connection)


def check_passphrase(passphrase: str) -> str:
    """The passphrase, when it can key a log: at least MIN_PASSPHRASE characters, no NUL; else PassphraseError."""
    if not isinstance(passphrase, str) or not passphrase:
        raise PassphraseError(QT_TRANSLATE_NOOP("Errors", "The passphrase is empty"))
    if "\x00" in passphrase:
        raise PassphraseError(QT_TRANSLATE_NOOP("Errors", "The passphrase contains a NUL character"))
    if len(passphrase) > MAX_PASSPHRASE:
        raise PassphraseError(QT_TRANSLATE_NOOP("Errors", "The passphrase is longer than {limit} "
                                                          "characters"), limit=MAX_PASSPHRASE)
    if len(passphrase) < MIN_PASSPHRASE:
        raise PassphraseError(QT_TRANSLATE_NOOP("Errors", "The passphrase has {count} characters; use at "
                                                          "least {minimum}"), count=len(passphrase),
                              minimum=MIN_PASSPHRASE)
    return passphrase


def _literal(passphrase: str) -> str:
    # PRAGMA takes no bound parameters: a quoted SQL string literal (NUL is refused by check_passphrase).
    if "\x00" in passphrase:
        raise PassphraseError(QT_TRANSLATE_NOOP("Errors", "The passphrase contains a NUL character"))
    return "'" + passphrase.replace("'", "''") + "'"


def connect(target: str, *, key: str | RawKey | None, cipher: bool = False, uri: bool = False, timeout: float = 5.0,
            isolation_level: str | None = None) -> Any:
    """A connection with the build this file needs: the cipher build when `key` is given (or `cipher`), keyed
    with PRAGMA key before any other statement (a passphrase, or a RawKey that skips the key derivation); else
    the standard library's. The key is not checked here."""
    if key is None and not cipher:
        return sqlite3.connect(target, uri=uri, timeout=timeout, isolation_level=isolation_level,
                               check_same_thread=False)
    conn = _sqlcipher().connect(target, uri=uri, timeout=timeout, isolation_level=isolation_level,
                                check_same_thread=False)
    # SQLCipher prints decryption failures on stderr; a wrong passphrase is told by our one-line error instead.
    conn.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        value = key.pragma_value() if isinstance(key, RawKey) else _literal(key)
        conn.execute(f"PRAGMA key = {value}")
    return conn


def verify_key(conn: Any, path: Path) -> None:
    """Read sqlite_master: the first read decrypts page 1. A wrong key closes the connection and raises
    WrongPassphraseError (nothing was written: SQLite writes nothing before it can read page 1)."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except _classes("DatabaseError"):
        conn.close()
        raise WrongPassphraseError(QT_TRANSLATE_NOOP("Errors", "Wrong passphrase for {name} (or it is not "
                                                               "a MineralsDesk log); nothing was changed"),
                                   name=Path(path).name) from None


def tune(conn: Any) -> None:
    """Settings of a keyed cipher connection, once its key is verified: a larger page cache (CACHE_KIB), and the
    cipher build's memory security off (its default since SQLCipher 4.5: mlock and wiping of every allocation,
    a large cost, against an attacker who reads a running process's memory or its swap; docs/safety.md)."""
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute("PRAGMA cipher_memory_security = OFF")


def attach_literal(path: Path, key: str | None) -> str:
    """`ATTACH DATABASE ... AS other KEY ...` text for a conversion: an empty key makes a plain file."""
    return f"ATTACH DATABASE {_literal(str(path))} AS other KEY {_literal(key or '')}"


def build_features() -> dict[str, bool]:
    """What the cipher build offers that the log's schema needs (FTS5, JSON, STRICT tables), each True or False."""
    sqlcipher = _sqlcipher()
    conn = sqlcipher.connect(":memory:")
    try:
        def works(sql: str) -> bool:
            try:
                conn.execute(sql)
                return True
            except sqlcipher.Error:
                return False
        return {"fts5": works("CREATE VIRTUAL TABLE f USING fts5(x)"),
                "json": works("SELECT json_extract('{\"a\":1}', '$.a')"),
                "strict": works("CREATE TABLE s(x TEXT) STRICT"),
                "encryption": bool(conn.execute("PRAGMA cipher_version").fetchone())}
    finally:
        conn.close()
