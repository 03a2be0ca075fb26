"""A dump encrypted with a passphrase: AES-256-GCM under a key from scrypt, behind a small header.

Layout: MAGIC (8 bytes) | version (1 byte) | scrypt salt (16) | GCM nonce (12) | ciphertext with its 16-byte tag.
The header is authenticated too (GCM associated data), so any changed byte, like a wrong passphrase, fails
with one line and nothing is read.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from ...errors import DumpError

MAGIC = b"MDSKSEAL"
VERSION = 1
SALT_BYTES, NONCE_BYTES = 16, 12
HEADER_BYTES = len(MAGIC) + 1 + SALT_BYTES + NONCE_BYTES
# scrypt cost: about 0.1 s and 32 MB on a laptop, every time a dump is written or read.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1


def _key(passphrase: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(passphrase.encode("utf-8"))


def is_sealed(head: bytes) -> bool:
    """True when these first bytes of a file start an encrypted dump."""
    return head[:len(MAGIC)] == MAGIC


def seal(data: bytes, passphrase: str) -> bytes:
    """The encrypted form of `data` (header included)."""
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    header = MAGIC + bytes([VERSION]) + salt + nonce
    return header + AESGCM(_key(passphrase, salt)).encrypt(nonce, data, header)


def unseal(blob: bytes, passphrase: str, name: str) -> bytes:
    """The plain bytes of an encrypted dump; DumpError (one line) on a wrong passphrase or a changed file."""
    if len(blob) < HEADER_BYTES + 16 or not is_sealed(blob):
        raise DumpError(f"{name} is not an encrypted MineralsDesk dump (too short or no header)")
    if blob[len(MAGIC)] != VERSION:
        raise DumpError(f"{name} uses encrypted-dump version {blob[len(MAGIC)]}; this build reads version {VERSION}")
    header = blob[:HEADER_BYTES]
    salt = header[len(MAGIC) + 1:len(MAGIC) + 1 + SALT_BYTES]
    nonce = header[len(MAGIC) + 1 + SALT_BYTES:]
    try:
        return AESGCM(_key(passphrase, salt)).decrypt(nonce, blob[HEADER_BYTES:], header)
    except InvalidTag:
        raise DumpError(f"{name} cannot be decrypted: wrong passphrase, or the file was changed; nothing was "
                        "imported") from None
