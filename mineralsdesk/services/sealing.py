"""AES-256-GCM under a key from a passphrase by scrypt: the one home of the app's sealing (encrypted dumps, sync files)."""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

SALT_BYTES, NONCE_BYTES, TAG_BYTES = 16, 12, 16
# scrypt cost: about 0.1 s and 32 MB on a laptop, every time a sealed file is written or read.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1


def derive_key(passphrase: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(passphrase.encode("utf-8"))


def fresh_salt_and_nonce() -> tuple[bytes, bytes]:
    return os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)


def encrypt(key: bytes, nonce: bytes, data: bytes, associated: bytes) -> bytes:
    """Ciphertext with its tag; `associated` (a header) is authenticated, not encrypted."""
    return AESGCM(key).encrypt(nonce, data, associated)


def decrypt(key: bytes, nonce: bytes, sealed: bytes, associated: bytes) -> bytes | None:
    """The plain bytes, or None when the key is wrong or any byte (of `sealed` or `associated`) changed."""
    try:
        return AESGCM(key).decrypt(nonce, sealed, associated)
    except InvalidTag:
        return None
