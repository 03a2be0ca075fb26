"""Documents with a password: the password itself, the PDF's AES-256 settings, and workbooks encrypted (OOXML
agile encryption, msoffcrypto-tool) on the way out and decrypted into memory on the way in.

A protected workbook is written plain to a private, registered temporary file beside the target (XlsxWriter
streams to a file), encrypted into the atomic output's temporary, and the plain file is removed whatever
happens: the target's name only ever holds the encrypted workbook. An encrypted workbook to import is never
decrypted to disk: its declared size is checked first, and the decrypted bytes go to the import in memory.
"""

from __future__ import annotations

import io
import secrets
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import ExportError, ImportRefused, UserError
from ..i18n import QT_TRANSLATE_NOOP
from ..services.storage import private_temporary

# PDF 2.0 (and reportlab's revision 5) read at most 127 bytes of a password's UTF-8; a longer one would be cut
# differently by different readers, so it is refused rather than cut.
MAX_PASSWORD_BYTES = 127
MAX_PASSWORD_FILE_BYTES = 64 * 1024
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_ENCRYPTION_INFO_BYTES = 64 * 1024  # Excel's and msoffcrypto's are about 1 KB
# Office writes 100,000; the format allows 10,000,000 (about 10 s of hashing here), which a hostile file
# could use to stall the app before the password is even checked.
MAX_SPIN_COUNT = 1_000_000
PASSWORD_NS = "http://schemas.microsoft.com/office/2006/keyEncryptor/password"


def check_password(password: str, error: type[UserError] = ExportError) -> str:
    """The password as given, or `error` saying in one line why it cannot be used (never quoting it)."""
    if not password:
        raise error(QT_TRANSLATE_NOOP("Errors", "The password is empty; give a password of at least one character "
                                      "(nothing was written)"))
    if "\x00" in password or "\n" in password or "\r" in password:
        raise error(QT_TRANSLATE_NOOP("Errors", "The password holds a line break or a NUL character, which readers "
                                      "cannot type; nothing was written"))
    if len(password.encode("utf-8")) > MAX_PASSWORD_BYTES:
        raise error(QT_TRANSLATE_NOOP("Errors", "The password is longer than {most} bytes (UTF-8), the most a PDF "
                                      "reader takes; choose a shorter one (nothing was written)"),
                    most=MAX_PASSWORD_BYTES)
    return password


def read_password_file(path: str | Path, error: type[UserError] = ExportError) -> str:
    """The password in `path`: its first line, without the line break; an empty one is refused in one line."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_PASSWORD_FILE_BYTES + 1)
    except OSError as exc:
        raise error(QT_TRANSLATE_NOOP("Errors", "Cannot read the password file {path}: {reason}; nothing was "
                                      "written"), path=path, reason=exc.strerror or exc) from None
    if len(data) > MAX_PASSWORD_FILE_BYTES:
        raise error(QT_TRANSLATE_NOOP("Errors", "The password file {path} is over {most} KB: not a password file? "
                                      "Nothing was written"), path=path, most=MAX_PASSWORD_FILE_BYTES // 1024)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise error(QT_TRANSLATE_NOOP("Errors", "The password file {path} is not UTF-8 text; nothing was written"),
                    path=path) from None
    first = text.split("\n", 1)[0].removesuffix("\r")
    if not first:
        raise error(QT_TRANSLATE_NOOP("Errors", "The password file {path} is empty (its first line holds the "
                                      "password); nothing was written"), path=path)
    return check_password(first, error)


# --- PDF -------------------------------------------------------------------------------------------------------

def pdf_encryption(password: str):
    """reportlab's AES-256 encryption for a briefing opened with `password`; the owner password is random and
    never shown, so nobody holds more rights over the file than its readers."""
    from reportlab.lib.pdfencrypt import StandardEncryption

    class Aes256Encryption(StandardEncryption):
        def prepare(self, document, overrideID=None):  # noqa: N803 - reportlab's name
            super().prepare(document, overrideID)
            # reportlab pads OE, UE and Perms (PKCS#7) to 48, 48 and 32 bytes; the standard says 32, 32 and 16,
            # and poppler (Evince, Okular, pdftotext) refuses the padded ones. Encrypted with AES-CBC and a zero
            # IV, their first blocks are exactly the standard's values, so the padding is cut off.
            self.OE, self.UE, self.Perms = self.OE[:32], self.UE[:32], self.Perms[:16]

        def encode(self, t):
            # reportlab pads every string and stream twice (its own PKCS#7, counted in characters, then pyaes's):
            # readers strip one layer and keep the other as garbage (metadata ending in \x0e\x0e...). One layer,
            # and with `cryptography` (msoffcrypto's own dependency) rather than pure-Python pyaes: many times faster.
            from cryptography.hazmat.primitives import padding
            from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

            if not self.prepared or self.objnum is None:
                return super().encode(t)  # reportlab's own errors
            data = t.encode("utf-8") if isinstance(t, str) else bytes(t)
            padder = padding.PKCS7(128).padder()
            padded = padder.update(data) + padder.finalize()
            iv = secrets.token_bytes(16)
            encryptor = Cipher(algorithms.AES(self.key), modes.CBC(iv)).encryptor()
            return iv + encryptor.update(padded) + encryptor.finalize()

    check_password(password)
    try:
        return Aes256Encryption(password, secrets.token_urlsafe(32), strength=256)
    except ValueError:  # pyaes missing: reportlab would fall back to nothing stronger than RC4
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "PDF passwords need the pyaes package (AES-256), which is "
                                            "missing; reinstall MineralsDesk (nothing was written)")) from None


# --- Workbooks out ---------------------------------------------------------------------------------------------

@contextmanager
def encrypted_output(tmp: Path, password: str | None) -> Iterator[Path]:
    """Where to write the plain workbook. Without a password, `tmp` itself; with one, a private temporary file
    beside it, encrypted into `tmp` once the block ends and removed however the block ends."""
    if password is None:
        yield tmp
        return
    with private_temporary(tmp.parent, suffix=".xlsx") as plain:
        yield plain
        encrypt_workbook(plain, tmp, password)


def encrypt_workbook(plain: Path, target: Path, password: str) -> None:
    """Encrypt the OOXML file `plain` into `target` with `password` (agile encryption: AES-256, SHA-512)."""
    from msoffcrypto import exceptions as mso_errors
    from msoffcrypto.format.ooxml import OOXMLFile

    check_password(password)
    buffer = io.BytesIO()
    try:
        with open(plain, "rb") as src:
            OOXMLFile(src).encrypt(password, buffer)
    except (mso_errors.FileFormatError, mso_errors.EncryptionError) as exc:
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "The workbook could not be encrypted ({reason}); nothing was "
                                            "written"), reason=type(exc).__name__) from None
    with open(target, "wb") as out:
        out.write(buffer.getbuffer())


# --- Workbooks in ----------------------------------------------------------------------------------------------

def is_encrypted_workbook(path: str | Path) -> bool:
    """True when `path` is an OLE compound file holding an encrypted OOXML package (EncryptionInfo and
    EncryptedPackage streams), as Excel, LibreOffice and msoffcrypto write a password-protected workbook."""
    import olefile

    path = Path(path)
    try:
        with open(path, "rb") as fh:
            if fh.read(8) != OLE_MAGIC:
                return False
        with olefile.OleFileIO(str(path)) as ole:
            return ole.exists("EncryptionInfo") and ole.exists("EncryptedPackage")
    except (OSError, ValueError, struct.error):  # olefile raises OSError on a damaged directory
        return False
    except Exception:  # noqa: BLE001 - a hostile compound file may trip olefile anywhere: not a workbook we read
        return False


def unlock_workbook(path: str | Path, password: str, *, max_bytes: int | None = None) -> io.BytesIO:
    """The decrypted workbook of the encrypted `path`, in memory; a wrong password, a declared size over
    `max_bytes` (default: the import's file cap) or an unreadable file is refused in one line."""
    import olefile
    from msoffcrypto import exceptions as mso_errors
    from msoffcrypto.format.ooxml import OOXMLFile

    from .workbook.xlsx_safety import MAX_FILE_BYTES

    path = Path(path)
    name = path.name
    cap = MAX_FILE_BYTES if max_bytes is None else max_bytes
    check_password(password, ImportRefused)
    if not path.is_file():
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "No file at {path}"), path=path)
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name} is over {most} MB; workbooks that large are not "
                                              "imported"), name=name, most=MAX_FILE_BYTES // 2**20)
    try:
        with olefile.OleFileIO(str(path)) as ole:
            if not (ole.exists("EncryptionInfo") and ole.exists("EncryptedPackage")):
                raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name} is not a password-protected Excel workbook"),
                                    name=name)
            if ole.get_size("EncryptionInfo") > MAX_ENCRYPTION_INFO_BYTES:
                raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name}: its encryption header is oversized; refused"),
                                    name=name)
            with ole.openstream("EncryptionInfo") as stream:
                _check_encryption_info(stream.read(), name)
            with ole.openstream("EncryptedPackage") as stream:
                head = stream.read(8)
    except ImportRefused:
        raise
    except Exception:  # noqa: BLE001 - a damaged or hostile compound file: refused like any unreadable workbook
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name} could not be read as a password-protected workbook "
                                              "(damaged?)"), name=name) from None
    if len(head) < 8:
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name}: its encrypted package is empty; refused"), name=name)
    declared = struct.unpack("<Q", head)[0]
    if declared > cap:
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name} would decrypt to {size} MB; workbooks over {most} MB "
                                              "are not imported"), name=name, size=f"{declared / 2**20:,.0f}",
                            most=cap // 2**20)
    out = io.BytesIO()
    try:
        with open(path, "rb") as fh:
            document = OOXMLFile(fh)
            document.load_key(password=password, verify_password=True)
            document.decrypt(out, verify_integrity=True)
    except (mso_errors.InvalidKeyError, mso_errors.DecryptionError):
        raise ImportRefused(f"Wrong password for {name} (or the file was altered); nothing was read or "
                            "applied") from None
    except Exception as exc:  # noqa: BLE001 - msoffcrypto raises many types on hostile input
        raise ImportRefused(f"{name} could not be decrypted ({type(exc).__name__}); nothing was applied") from None
    if out.getbuffer().nbytes > cap:  # cannot happen when the declared size was honest; checked anyway
        raise ImportRefused(f"{name} decrypts to over {cap // 2**20} MB; not imported")
    out.seek(0)
    return out


def _check_encryption_info(data: bytes, name: str) -> None:
    """Agile encryption only (Excel 2010 onward, LibreOffice, msoffcrypto), its XML read with defusedxml and
    its hashing bounded; the older 'standard' encryption (AES-128, one SHA-1 round per try) is refused."""
    from defusedxml.ElementTree import fromstring

    if len(data) < 8 or struct.unpack("<HH", data[:4]) != (4, 4):
        raise ImportRefused(f"{name} uses an old or unknown workbook encryption; open it in Excel or LibreOffice "
                            "and save it again with a password")
    try:
        root = fromstring(data[8:])
    except Exception:  # noqa: BLE001 - defusedxml's refusals and malformed XML alike
        raise ImportRefused(f"{name}: its encryption header is not readable; refused") from None
    spins = [element.get("spinCount") for element in root.iter(f"{{{PASSWORD_NS}}}encryptedKey")]
    if not spins:
        raise ImportRefused(f"{name} is not protected by a password (a certificate?); it cannot be imported")
    for spin in spins:
        if not (spin or "").isdigit() or int(spin) > MAX_SPIN_COUNT:
            raise ImportRefused(f"{name}: its encryption header asks for an unusual amount of work; refused")
