"""Checks shared by every Office package read from an untrusted file (XLSX, DOCX): zip-bomb ratios, old OLE
containers, and XML parts that declare a DTD or entities. One home per rule; each kind adds its own caps."""

from __future__ import annotations

import re
import zipfile

from ..errors import ImportRefused
from ..i18n import QT_TRANSLATE_NOOP

MAX_RATIO = 200  # our exports compress 5-30x; zip bombs compress 1,000x and more
RATIO_FLOOR_BYTES = 1024 * 1024  # small parts may compress well without being bombs
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an old .xls/.doc, or an OOXML file encrypted with a password

_ROOT_START = re.compile(rb"<[A-Za-z_]")
_PROLOG_LIMIT = 64 * 1024


def check_index(infos: list[zipfile.ZipInfo], name: str, *, kind: str, required: str, max_parts: int,
                max_unpacked: int, usual_parts: str) -> None:
    """What the zip index alone tells before a byte is unpacked: the parts a `kind` must have (its content
    types and `required`), how many parts, their total unpacked size, and each part's ratio (zip bombs)."""
    names = {i.filename for i in infos}
    if "[Content_Types].xml" not in names or required not in names:
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name} is a zip file but not {kind}"), name=name, kind=kind)
    if len(infos) > max_parts:
        raise ImportRefused(f"{name} holds {len(infos):,} parts; {usual_parts}")
    unpacked = sum(i.file_size for i in infos)
    if unpacked > max_unpacked:
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name} would unpack to {size} MB (a zip bomb?); refused"),
                            name=name, size=f"{unpacked / 2**20:,.0f}")
    check_ratios(infos, name)


def check_ratios(infos: list[zipfile.ZipInfo], name: str) -> None:
    """Refuse a part that unpacks far more than a real document's parts do (a zip bomb)."""
    for info in infos:
        if info.file_size > RATIO_FLOOR_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name}: part {part} unpacks {ratio} times its size (a zip "
                                                  "bomb?); refused"), name=name, part=info.filename,
                                ratio=f"{info.file_size // max(info.compress_size, 1):,}")


def check_prolog(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> None:
    """Refuse a part that declares a DTD or entities. defusedxml refuses them only when a reader parses with
    the standard library; openpyxl and python-docx parse with lxml, which just leaves entities unresolved (or
    resolves them), so we look at the prolog (everything before the root element, where a DOCTYPE must stand)."""
    with zf.open(info) as stream:
        head = stream.read(_PROLOG_LIMIT)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="replace").encode("utf-8")
    root = _ROOT_START.search(head)
    prolog = head[:root.start()] if root else head
    if b"<!DOCTYPE" in prolog.upper() or b"<!ENTITY" in prolog.upper():
        raise xml_attack_refusal(name)
    if root is None and len(head) == _PROLOG_LIMIT:
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name}: part {part} has no element in its first {most} KB; "
                                              "refused"), name=name, part=info.filename, most=_PROLOG_LIMIT // 1024)


def xml_attack_refusal(name: str) -> ImportRefused:
    return ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name} contains XML entity or DTD declarations (a known attack "
                                           "on document readers); refused"), name=name)
