"""What may go in a spreadsheet cell: XML-forbidden characters made visible, Excel's length limit, row fingerprints.

Replacements (also printed on the Summary sheet of every workbook):
- C0 control characters that XML 1.0 forbids (NUL, vertical tab, form feed, ...) become the matching
  Unicode "control picture" (U+2400 + code: NUL -> ␀, VT -> ␋, FF -> ␌); tab, line feed and carriage
  return are kept. Lone surrogates and U+FFFE/U+FFFF become U+FFFD (�).
- A text longer than Excel's 32,767-character cell limit is cut and ends with CUT_NOTE, saying how long
  the full text is; the import never writes such a cut text back.
Text starting with = + - @ tab or CR is always written as a string cell (never a formula) with Excel's
quote-prefix style, so re-editing it in Excel keeps it text.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from datetime import date, datetime

CELL_LIMIT = 32_767
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CUT_MARK = "[…cut: Excel cells hold at most 32,767 characters; the full text ("
CUT_NOTE = CUT_MARK + "{n:,} characters) is in the MineralsDesk log]"

_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
FINGERPRINT_WIDTH = 6  # hex characters per column: 24 bits, so a chance edit goes unnoticed 1 in 16 million


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return chr(0x2400 + code) if code < 0x20 else "\ufffd"


def utf16_length(text: str) -> int:
    """Excel counts UTF-16 code units: an emoji outside the BMP counts twice."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def cell_text(text: str) -> tuple[str, bool]:
    """The text as it may be stored in a cell, and whether it had to be cut to fit Excel's limit."""
    text = _FORBIDDEN.sub(_visible, text)
    if len(text) * 2 <= CELL_LIMIT or utf16_length(text) <= CELL_LIMIT:
        return text, False
    note = CUT_NOTE.format(n=len(text))
    room = CELL_LIMIT - len(note)
    # Cut on UTF-16 units; a character split in half at the end is dropped, never left broken.
    cut = text.encode("utf-16-le", "surrogatepass")[: room * 2].decode("utf-16-le", "ignore")
    return cut + note, True


_ESCAPED = re.compile("_x([0-9A-Fa-f]{4})_")


def ooxml_unescape(text: str) -> str:
    """Undo the _xHHHH_ escapes of OOXML strings, as Excel does on display (openpyxl returns them raw):
    XlsxWriter writes CR as _x000D_ and a literal "_x000B_" in the log as _x005F_x000B_."""
    if "_x" not in text:
        return text
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)


_MESSAGE_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def one_line(text: str) -> str:
    """Cell text fit for a message or report: line breaks as spaces, other control characters as symbols, so
    an ESC sequence typed into a workbook never reaches the terminal that prints the message."""
    text = (text or "").replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    return _MESSAGE_CONTROL.sub(lambda m: chr(0x2400 + ord(m.group())) if m.group() < " " else "\ufffd", text)


def is_cut(value: object) -> bool:
    return isinstance(value, str) and CUT_MARK in value


def needs_quote_prefix(text: str) -> bool:
    """True for text Excel would take as a formula if someone re-typed it."""
    return text.startswith(FORMULA_STARTS)


def normalise(value: object) -> str:
    """A cell value as text for comparison, the same whether written by us or read back by openpyxl."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, str):
        # XML readers fold CR LF and lone CR into LF; compare texts as they survive a round trip.
        return value.replace("\r\n", "\n").replace("\r", "\n")
    return str(value)


def cell_hash(value: object) -> str:
    """24 bits of CRC-32 over the normalised cell text: an edit detector, not a seal (anyone could recompute
    it; it only has to notice a colleague's ordinary edit). The seal is the keyed row tag that ends the Check
    cell (xlsx_tag)."""
    if type(value) is str:
        text = value.replace("\r\n", "\n").replace("\r", "\n") if "\r" in value else value
    else:
        text = normalise(value)
    return format(zlib.crc32(text.encode("utf-8", "surrogatepass")) & 0xFFFFFF, "06x")


def fingerprint(values: Sequence[object]) -> str:
    """One short hash per cell, concatenated: the import finds which cells a colleague edited.
    The same as joining cell_hash of each value (a test holds it to that), written flat because it runs once
    per exported row: strings and empty cells, nearly all of them, take no call to normalise."""
    crc, hashes = zlib.crc32, []
    add = hashes.append
    for value in values:
        if type(value) is str:
            if "\r" in value:
                value = value.replace("\r\n", "\n").replace("\r", "\n")
            add(crc(value.encode("utf-8", "surrogatepass")) & 0xFFFFFF)
        elif value is None:
            add(_EMPTY_HASH)
        else:
            add(crc(normalise(value).encode("utf-8", "surrogatepass")) & 0xFFFFFF)
    return ("%06x" * len(hashes)) % tuple(hashes)


_EMPTY_HASH = zlib.crc32(b"") & 0xFFFFFF

_EPOCH = date(1899, 12, 31).toordinal()  # Excel's 1900 date system: serial 1 is 1900-01-01


def excel_serial(day: date) -> int:
    """The number Excel stores for a date, exactly as XlsxWriter's write_datetime computes it (a test holds it
    to that): days since 1899-12-31, except that 1900-01-01 is 0 (XlsxWriter reads it as a time-only value) and
    dates after 1900-02-28 count Excel's phantom 1900-02-29. Written with write_number and the date format, a
    cell is byte for byte the one write_datetime writes, without a datetime built and converted per cell."""
    serial = day.toordinal() - _EPOCH
    if serial > 59:
        return serial + 1
    return serial - 1 if serial == 1 else serial


def split_fingerprint(text: object, columns: int) -> list[str] | None:
    """The per-cell hashes of a Check cell, or None when the cell was damaged."""
    if not isinstance(text, str) or len(text) != columns * FINGERPRINT_WIDTH:
        return None
    if re.fullmatch("[0-9a-f]*", text) is None:
        return None
    return [text[i:i + FINGERPRINT_WIDTH] for i in range(0, len(text), FINGERPRINT_WIDTH)]
