"""A dump encrypted with a passphrase: AES-256-GCM under a key from scrypt, behind a small header.

Layout: MAGIC (8 bytes) | version (1 byte) | scrypt salt (16) | GCM nonce (12) | ciphertext with its 16-byte tag.
The header is authenticated too (GCM associated data), so any changed byte, like a wrong passphrase, fails
with one line and nothing is read.
"""

from __future__ import annotations

from ...errors import DumpError
from ...i18n import QT_TRANSLATE_NOOP
from ...services.sealing import NONCE_BYTES, SALT_BYTES, decrypt, derive_key, encrypt, fresh_salt_and_nonce

MAGIC = b"MDSKSEAL"
VERSION = 1
HEADER_BYTES = len(MAGIC) + 1 + SALT_BYTES + NONCE_BYTES


def is_sealed(head: bytes) -> bool:
    """True when these first bytes of a file start an encrypted dump."""
    return head[:len(MAGIC)] == MAGIC


def seal(data: bytes, passphrase: str) -> bytes:
    """The encrypted form of `data` (header included)."""
    salt, nonce = fresh_salt_and_nonce()
    header = MAGIC + bytes([VERSION]) + salt + nonce
    return header + encrypt(derive_key(passphrase, salt), nonce, data, header)


def unseal(blob: bytes, passphrase: str, name: str) -> bytes:
    """The plain bytes of an encrypted dump; DumpError (one line) on a wrong passphrase or a changed file."""
    if len(blob) < HEADER_BYTES + 16 or not is_sealed(blob):
        raise DumpError(QT_TRANSLATE_NOOP("Errors", "{name} is not an encrypted MineralsDesk dump (too short or no "
                                          "header)"), name=name)
    if blob[len(MAGIC)] != VERSION:
        raise DumpError(QT_TRANSLATE_NOOP("Errors", "{name} uses encrypted-dump version {version}; this build reads "
                                          "version {newest}"), name=name, version=blob[len(MAGIC)], newest=VERSION)
    header = blob[:HEADER_BYTES]
    salt = header[len(MAGIC) + 1:len(MAGIC) + 1 + SALT_BYTES]
    nonce = header[len(MAGIC) + 1 + SALT_BYTES:]
    plain = decrypt(derive_key(passphrase, salt), nonce, blob[HEADER_BYTES:], header)
    if plain is None:
        raise DumpError(QT_TRANSLATE_NOOP("Errors", "{name} cannot be decrypted: wrong passphrase, or the file was "
                                          "changed; nothing was imported"), name=name)
    return plain
