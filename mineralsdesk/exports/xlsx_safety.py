"""Opening an untrusted workbook safely: size caps from the zip index before unpacking, defusedxml, no formulas."""

from __future__ import annotations

import warnings
import zipfile
from pathlib import Path

import openpyxl

from .errors import ImportRefused

MAX_FILE_BYTES = 200 * 1024 * 1024  # a 100,000-clause export is well under this
MAX_UNPACKED_BYTES = 2 * 1024 * 1024 * 1024  # the sum of every part's uncompressed size, from the zip index
MAX_RATIO = 200  # our exports compress 5-30x; zip bombs compress 1,000x and more
RATIO_FLOOR_BYTES = 1024 * 1024  # small parts may compress well without being bombs
MAX_PARTS = 5000
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def require_defusedxml() -> None:
    """openpyxl guards against XML entity attacks only when defusedxml is installed; refuse otherwise."""
    if not getattr(openpyxl, "DEFUSEDXML", False):
        raise ImportRefused("Excel import is disabled: the defusedxml package is missing, and without it a "
                            "workbook could carry an XML entity attack. Reinstall MineralsDesk.")


def check_package(path: Path) -> None:
    """Refuse anything that is not a plausible .xlsx before a byte of it is unpacked."""
    name = path.name
    if not path.is_file():
        raise ImportRefused(f"No file at {path}")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportRefused(f"{name} is {size / 2**20:,.0f} MB; workbooks over {MAX_FILE_BYTES // 2**20} MB are "
                            "not imported")
    with open(path, "rb") as fh:
        head = fh.read(8)
    if head == OLE_MAGIC:
        raise ImportRefused(f"{name} is an old-style .xls or a password-protected workbook; save it as .xlsx "
                            "without a password and import that")
    if not zipfile.is_zipfile(path):
        raise ImportRefused(f"{name} is not an Excel workbook (.xlsx)")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ImportRefused(f"{name} is not a readable Excel workbook (its zip structure is damaged)") from None
    names = {i.filename for i in infos}
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise ImportRefused(f"{name} is a zip file but not an Excel workbook (.xlsx)")
    if len(infos) > MAX_PARTS:
        raise ImportRefused(f"{name} holds {len(infos):,} parts; an exported summary holds a few dozen")
    unpacked = sum(i.file_size for i in infos)
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportRefused(f"{name} would unpack to {unpacked / 2**30:,.1f} GB (a zip bomb?); refused")
    for info in infos:
        if info.file_size > RATIO_FLOOR_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ImportRefused(f"{name}: part {info.filename} unpacks {info.file_size // max(info.compress_size, 1):,}"
                                " times its size (a zip bomb?); refused")


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


def xml_attack_refusal(name: str) -> ImportRefused:
    return ImportRefused(f"{name} contains XML entity or DTD declarations (a known attack on spreadsheet "
                         "readers); refused")


def open_workbook(path: Path):
    """The workbook in openpyxl's read-only mode (streams rows; formulas come back as formulas, not values)."""
    require_defusedxml()
    check_package(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about extensions it skips; they carry no data we read
            return openpyxl.load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except ImportRefused:
        raise
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many types; messages may quote cell text
        if is_xml_attack(exc):
            raise xml_attack_refusal(path.name) from None
        raise ImportRefused(f"{path.name} could not be read as an Excel workbook ({type(exc).__name__})") from None
