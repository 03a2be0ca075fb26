"""Opening an untrusted workbook safely: size caps from the zip index before unpacking, defusedxml, no formulas.

openpyxl reads the whole shared-strings table (and styles, workbook and other small parts) into memory before
the first row, keeping one element object per string (~150 bytes each besides the text): 30 million empty
strings in a 28 MB file took 2.85 GB. So before openpyxl sees a file, the zip index caps each such part's
unpacked size, and the shared-strings part is read as a stream, 1 MB at a time, counting its entries up to
MAX_SHARED_STRINGS; anything over a limit is refused in seconds and in a few MB of memory.
"""

from __future__ import annotations

import re
import warnings
import zipfile
from pathlib import Path
from typing import BinaryIO

import openpyxl

from ...errors import ImportRefused
from ...i18n import QT_TRANSLATE_NOOP
from ..package_safety import OLE_MAGIC, check_index, check_prolog, xml_attack_refusal

MAX_FILE_BYTES = 200 * 1024 * 1024  # a 100,000-clause export is well under this
MAX_UNPACKED_BYTES = 2 * 1024 * 1024 * 1024  # the sum of every part's uncompressed size, from the zip index
MAX_PARTS = 5000
# What Excel makes of a 100,000-record summary stays well under these; memory stays under ~250 MB at the caps.
MAX_SHARED_STRINGS = 500_000  # entries of the shared-strings table
MAX_SHARED_STRINGS_BYTES = 64 * 1024 * 1024  # its unpacked size
MAX_XML_PART_BYTES = 4 * 1024 * 1024  # any other XML part openpyxl reads whole (styles, workbook, relations, ...)
SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
# A shared-strings entry: <si>, <si ...> or <si/>, with or without a namespace prefix (<x:si>).
_ENTRY = re.compile(rb"<(?:[^\s<>/!?:]+:)?si[\s/>]")
_CHUNK = 1024 * 1024
_TAG_CARRY = 4096  # a tag cut by a chunk boundary is carried over; a longer one costs more than an entry


def require_defusedxml() -> None:
    """openpyxl guards against XML entity attacks only when defusedxml is installed; refuse otherwise."""
    if not getattr(openpyxl, "DEFUSEDXML", False):
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "Excel import is disabled: the defusedxml package is missing, "
                                              "and without it a workbook could carry an XML entity attack. "
                                              "Reinstall MineralsDesk."))


def check_package(path: Path, data: BinaryIO | None = None) -> None:
    """Refuse anything that is not a plausible .xlsx before a byte of it is unpacked. `data`, when given, is
    the workbook itself (decrypted in memory from the password-protected `path`, see documents/protect.py)."""
    name = path.name
    source: Path | BinaryIO = path if data is None else data
    if data is not None:
        size = data.seek(0, 2)
        data.seek(0)
    elif not path.is_file():
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "No file at {path}"), path=str(path))
    else:
        size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name} is {size} MB; workbooks over {limit} MB are not "
                                              "imported"), name=name, size=f"{size / 2**20:,.0f}",
                            limit=MAX_FILE_BYTES // 2**20)
    if data is None:
        with open(path, "rb") as fh:
            head = fh.read(8)
    else:
        head = data.read(8)
        data.seek(0)
    if head == OLE_MAGIC:  # documents/protect.py tells a protected workbook apart and decrypts it first
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name} is an old-style .xls or a password-protected workbook: "
                                              "give a protected one's password (the app asks; the command line "
                                              "takes --password-file or asks), or save an .xls as .xlsx and import "
                                              "that"), name=name)
    if not zipfile.is_zipfile(source):
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name} is not an Excel workbook (.xlsx)"), name=name)
    try:
        with zipfile.ZipFile(source) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name} is not a readable Excel workbook (its zip structure is "
                                              "damaged)"), name=name) from None
    check_index(infos, name, kind="an Excel workbook (.xlsx)", required="xl/workbook.xml", max_parts=MAX_PARTS,
                max_unpacked=MAX_UNPACKED_BYTES, usual_parts="an exported summary holds a few dozen")
    _check_whole_parts(path, infos, source)


def _check_whole_parts(path: Path, infos: list[zipfile.ZipInfo], source: Path | BinaryIO | None = None) -> None:
    """Cap every part openpyxl parses whole, before it does: sizes from the zip index, shared strings counted."""
    name = path.name
    by_name = {i.filename: i for i in infos}
    content_types = by_name["[Content_Types].xml"]
    if content_types.file_size > MAX_XML_PART_BYTES:
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name}: part [Content_Types].xml is {size} MB; an Excel "
                                              "summary's is a few KB; refused"),
                            name=name, size=f"{content_types.file_size / 2**20:,.1f}")
    try:
        with zipfile.ZipFile(path if source is None else source) as zf:
            strings = _shared_strings_part(zf.read(content_types))
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    check_prolog(zf, info, name)
                if info.filename == strings:
                    _check_shared_strings(zf, info, name)
                elif info.file_size > MAX_XML_PART_BYTES and (info.filename.endswith(".rels") or (
                        info.filename.endswith(".xml") and not info.filename.startswith("xl/worksheets/"))):
                    raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name}: part {part} is {size} MB; parts other "
                                                          "than sheets are imported up to {limit} MB"),
                                        name=name, part=info.filename, size=f"{info.file_size / 2**20:,.1f}",
                                        limit=MAX_XML_PART_BYTES // 2**20)
    except ImportRefused:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged zip or XML: refused like any unreadable workbook
        if is_xml_attack(exc):
            raise xml_attack_refusal(name) from None
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name} could not be read as an Excel workbook ({kind})"),
                            name=name, kind=type(exc).__name__) from None


def _shared_strings_part(content_types: bytes) -> str | None:
    """The part openpyxl reads as the shared-strings table: the first override of that content type."""
    from defusedxml.ElementTree import fromstring

    for element in fromstring(content_types):
        if element.tag.endswith("}Override") and element.get("ContentType") == SHARED_STRINGS_TYPE:
            return (element.get("PartName") or "")[1:]
    return None


def _check_shared_strings(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> None:
    if info.file_size > MAX_SHARED_STRINGS_BYTES:
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name}: its shared strings unpack to {size} MB; at most "
                                              "{limit} MB are imported; refused"),
                            name=name, size=f"{info.file_size / 2**20:,.0f}", limit=MAX_SHARED_STRINGS_BYTES // 2**20)
    count, carry = 0, b""
    with zf.open(info) as stream:
        while True:
            chunk = stream.read(_CHUNK)
            buffer = carry + chunk
            # Count only up to the last '<' (the tag there may go on in the next chunk) unless this is the end.
            cut = buffer.rfind(b"<") if chunk else -1
            if cut == -1 or len(buffer) - cut > _TAG_CARRY:
                cut = len(buffer)
            count += sum(1 for _ in _ENTRY.finditer(buffer, 0, cut))
            carry = buffer[cut:]
            if count > MAX_SHARED_STRINGS:
                raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name}: its shared-strings table holds more than "
                                                      "{limit} entries, more than an Excel summary needs; refused"),
                                    name=name, limit=f"{MAX_SHARED_STRINGS:,}")
            if not chunk:
                return


def is_xml_attack(exc: BaseException | None) -> bool:
    """True when defusedxml stopped an entity or DTD trick somewhere in the exception's chain."""
    from defusedxml.common import DefusedXmlException

    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, DefusedXmlException):
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


def open_workbook(path: Path, data: BinaryIO | None = None):
    """The workbook in openpyxl's read-only mode (streams rows; formulas come back as formulas, not values);
    `data`: the decrypted workbook of a password-protected `path`, in memory."""
    require_defusedxml()
    check_package(path, data)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about extensions it skips; they carry no data we read
            return openpyxl.load_workbook(path if data is None else data, read_only=True, data_only=False, keep_links=False)
    except ImportRefused:
        raise
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many types; messages may quote cell text
        if is_xml_attack(exc):
            raise xml_attack_refusal(path.name) from None
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name} could not be read as an Excel workbook ({kind})"),
                            name=path.name, kind=type(exc).__name__) from None
