"""Reading a JSON dump in bounded memory: size, shape, numbers and text are checked as the file is read.

A hostile file must be refused in seconds, with one line, and never make the reader build a huge structure:
the size is checked before reading; the file is decoded a window at a time; the envelope and its sections
are walked here, and each record is first matched as a flat object of at most a few hundred scalars, then
parsed by the standard library's C scanner, whose hooks refuse duplicate keys, numbers beyond 64-bit
integers, fractions, NaN and lone surrogates.
"""

from __future__ import annotations

import codecs
import io
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from ...errors import DumpError
from ...i18n import QT_TRANSLATE_NOOP

MAX_DUMP_BYTES = 32 * 1024 * 1024
"""A dump larger than this is refused before it is read (docs/json-format.md, "Limits")."""
MAX_RECORDS = 100_000  # records and change-log entries together
MAX_KEYS_PER_OBJECT = 200
MAX_RECORD_CHARS = 16 * 1024 * 1024
MAX_INT_DIGITS = 19
INT_MIN, INT_MAX = -(2**63), 2**63 - 1  # SQLite's INTEGER
CHUNK_BYTES = 1024 * 1024

_WS = r"[ \t\r\n]*+"
_STR = r'"(?:[^"\\]++|\\.)*+"'
_SCALAR = r'(?:' + _STR + r'|-?[0-9]++(?:\.[0-9]*+)?(?:[eE][-+]?[0-9]++)?|true|false|null|NaN|-?Infinity)'
_PAIR = _STR + _WS + ":" + _WS + _SCALAR + _WS
_SPACE = re.compile(_WS)
_STRING = re.compile(_STR, re.DOTALL)
_VALUE = re.compile(_SCALAR + r"(?=" + _WS + r"[,}\]])", re.DOTALL)
_FLAT_OBJECT = re.compile(r"\{" + _WS + r"(?:" + _PAIR + r"(?:," + _WS + _PAIR + r"){0," + str(MAX_KEYS_PER_OBJECT - 1)
                          + r"})?\}", re.DOTALL)
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# Strict UTF-8 decoding refuses encoded surrogates, so text can only hold one through a \uD800-\uDFFF escape:
# values are searched for lone surrogates only in a file that has such an escape (a pair is fine).
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")

# Called on each record as soon as it is parsed: (section, 1-based number, record); raises DumpError.
RecordCheck = Callable[[str, int, dict[str, Any]], None]


class _Refused(DumpError):
    """Raised from inside the parser's hooks; carries the one-line reason without the file's name."""


class _Source:
    """The file's text, decoded one window at a time; `pos` is where reading stands in `text`."""

    def __init__(self, fh: BinaryIO, name: str):
        self.fh, self.name = fh, name
        self.decoder = codecs.getincrementaldecoder("utf-8")("strict")
        self.text, self.pos, self.offset = "", 0, 0
        self.started = self.eof = False
        self.escapes = False  # whether a surrogate escape has been seen (see _SURROGATE_ESCAPE)
        self.decoder_json = json.JSONDecoder(object_pairs_hook=self.object, parse_int=_integer,
                                             parse_float=_fraction, parse_constant=_constant)

    def more(self) -> bool:
        """Read and decode more of the file (at least as much as is buffered); False at its end, or when a
        single value would grow past MAX_RECORD_CHARS (the caller then refuses what it has)."""
        buffered = len(self.text) - self.pos
        if self.eof or buffered >= MAX_RECORD_CHARS:
            return False
        raw = self.fh.read(min(max(CHUNK_BYTES, buffered), MAX_RECORD_CHARS + CHUNK_BYTES - buffered))
        if not self.started:
            self.started = True
            if raw.startswith(codecs.BOM_UTF8):  # a UTF-8 byte order mark, as some editors save
                raw = raw[len(codecs.BOM_UTF8):]
        try:
            new = self.decoder.decode(raw, final=not raw)
        except UnicodeDecodeError:
            raise DumpError(f"{self.name} is not a MineralsDesk JSON dump (not UTF-8 text)") from None
        self.eof = not raw
        self.offset += self.pos
        seam = max(0, len(self.text) - self.pos - 6)  # an escape may straddle two windows
        self.text = self.text[self.pos:] + new
        self.pos = 0
        self.escapes = self.escapes or _SURROGATE_ESCAPE.search(self.text, seam) is not None
        return True

    def object(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        """The parser's hook for every object: refuses duplicate keys and lone surrogates."""
        result = dict(pairs)
        if len(result) != len(pairs):
            seen: set[str] = set()
            for key, _value in pairs:
                if key in seen:
                    raise _Refused(f"has the key {_quoted(key)} twice in one object; a dump names each key once")
                seen.add(key)
        if self.escapes:
            for key, value in pairs:
                if _LONE_SURROGATE.search(key) or (isinstance(value, str) and _LONE_SURROGATE.search(value)):
                    raise _Refused("holds text that is not valid Unicode (a lone surrogate such as \\ud800, under "
                                   f"the key {_quoted(key)})")
        return result

    def match(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """The pattern matched where reading stands, reading more while the match could still grow."""
        while True:
            m = pattern.match(self.text, self.pos)
            if (m is not None and m.end() < len(self.text)) or not self.more():
                return m

    def skip_space(self) -> str:
        """Skip whitespace; the next character ('' at the end of the file)."""
        while True:
            self.pos = _SPACE.match(self.text, self.pos).end()
            if self.pos < len(self.text) or not self.more():
                return self.text[self.pos:self.pos + 1]

    def expect(self, char: str, what: str) -> None:
        if self.skip_space() != char:
            raise self.invalid(f"expected {what}")
        self.pos += 1

    def invalid(self, why: str) -> DumpError:
        return DumpError(QT_TRANSLATE_NOOP("Errors", "{name} is not valid JSON ({why} at character {position})"),
                         name=self.name, why=why, position=f"{self.offset + self.pos + 1:,}")


def read_dump_file(path: Path, lists: dict[str, RecordCheck], objects: frozenset[str],
                   content: bytes | None = None) -> dict[str, Any]:
    """The top-level object of a dump file: keys in `lists` hold arrays of flat records (each passed to its
    check as soon as it is read), keys in `objects` hold one flat object, any other key a single value.
    `content`: the file's bytes already decrypted in memory (an encrypted dump), read instead of the file."""
    size = path.stat().st_size if content is None else len(content)
    if size > MAX_DUMP_BYTES:
        raise DumpError(QT_TRANSLATE_NOOP("Errors", "{name} is {size} MB; a MineralsDesk dump can be at most {most} "
                                          "MB (copy larger logs with `mineralsdesk backup`)"), name=path.name,
                        size=f"{size / 2**20:.0f}", most=MAX_DUMP_BYTES // 2**20)
    with (open(path, "rb") if content is None else io.BytesIO(content)) as fh:
        source = _Source(fh, path.name)
        try:
            result = _read_envelope(source, lists, objects)
        except _Refused as exc:
            raise DumpError(f"{path.name} {exc}") from None
        except json.JSONDecodeError as exc:
            raise DumpError(QT_TRANSLATE_NOOP("Errors", "{name} is not valid JSON ({why} at character {position})"),
                            name=path.name, why=exc.msg, position=f"{source.offset + exc.pos + 1:,}") from None
        if source.skip_space() != "":
            raise source.invalid("text after the end of the dump")
    return result


def _read_envelope(source: _Source, lists: dict[str, RecordCheck], objects: frozenset[str]) -> dict[str, Any]:
    if source.skip_space() != "{":
        if source.text[source.pos:source.pos + 1] in ("[", '"') or source.text[source.pos:source.pos + 1].isdigit():
            raise DumpError(QT_TRANSLATE_NOOP("Errors", "{name} is not a MineralsDesk JSON dump"), name=source.name)
        raise source.invalid("expected an object")
    source.pos += 1
    result: dict[str, Any] = {}
    records = 0
    while True:
        char = source.skip_space()
        if char == "}" and not result:
            source.pos += 1
            return result
        key = _read_key(source)
        if key in result:
            raise _Refused(f"has the key {_quoted(key)} twice in one object; a dump names each key once")
        source.expect(":", "':'")
        char = source.skip_space()
        if key in lists and char == "[":
            result[key], records = _read_records(source, key, lists[key], records)
        elif key in objects and char == "{":
            result[key] = _read_flat(source)
        elif char in ("[", "{") and (key in lists or key in objects):
            kind = "a list of records" if key in lists else "an object of plain values"
            raise DumpError(f"{source.name}: {_quoted(key)} is not {kind}; a dump nests nothing deeper")
        elif char in ("[", "{"):
            raise DumpError(QT_TRANSLATE_NOOP("Errors", "{name} is not a MineralsDesk JSON dump (unknown section "
                                              "{section})"), name=source.name, section=_quoted(key))
        else:
            result[key] = _read_value(source)
        char = source.skip_space()
        source.pos += 1
        if char == "}":
            return result
        if char != ",":
            source.pos -= 1
            raise source.invalid("expected ',' or '}'")


def _read_key(source: _Source) -> str:
    m = source.match(_STRING)
    if m is None:
        raise source.invalid("expected a key in double quotes")
    key, source.pos = json.decoder.scanstring(source.text, m.start() + 1, True)
    if _LONE_SURROGATE.search(key):
        raise _Refused("holds text that is not valid Unicode (a lone surrogate such as \\ud800)")
    return key


def _read_records(source: _Source, section: str, check: RecordCheck, records: int) -> tuple[list, int]:
    source.pos += 1  # the '['
    rows: list[dict[str, Any]] = []
    if source.skip_space() == "]":
        source.pos += 1
        return rows, records
    while True:
        records += 1
        if records > MAX_RECORDS:
            raise DumpError(QT_TRANSLATE_NOOP("Errors", "{name} holds more than {most} records; more than a "
                                              "MineralsDesk dump may"), name=source.name, most=f"{MAX_RECORDS:,}")
        if source.skip_space() != "{":
            raise DumpError(QT_TRANSLATE_NOOP("Errors", "{name}: '{section}' record {number} is not an object"),
                            name=source.name, section=section, number=len(rows) + 1)
        row = _read_flat(source, f"'{section}' record {len(rows) + 1}")
        check(section, len(rows) + 1, row)
        rows.append(row)
        char = source.skip_space()
        source.pos += 1
        if char == "]":
            return rows, records
        if char != ",":
            source.pos -= 1
            raise source.invalid("expected ',' or ']'")


def _read_flat(source: _Source, what: str = "'meta'") -> dict[str, Any]:
    m = source.match(_FLAT_OBJECT)
    if m is None:
        raise DumpError(f"{source.name}: {what} is not a flat object (at most {MAX_KEYS_PER_OBJECT} fields of "
                        f"text, whole numbers or null, nothing nested, at most {MAX_RECORD_CHARS // 2**20} MB) "
                        f"near character {source.offset + source.pos + 1:,}")
    value, source.pos = source.decoder_json.raw_decode(source.text, m.start())
    return value


def _read_value(source: _Source) -> Any:
    m = source.match(_VALUE)
    if m is None:
        raise source.invalid("expected a value")
    value, source.pos = source.decoder_json.raw_decode(source.text, m.start())
    if isinstance(value, str) and _LONE_SURROGATE.search(value):
        raise _Refused("holds text that is not valid Unicode (a lone surrogate such as \\ud800)")
    return value


def _quoted(key: str) -> str:
    shown = _LONE_SURROGATE.sub("\ufffd", key)
    return repr(shown if len(shown) <= 40 else shown[:39] + "…")


def _integer(digits: str) -> int:
    count = len(digits.lstrip("-"))
    if count > MAX_INT_DIGITS:
        raise _Refused(f"holds a {count:,}-digit number; the numbers of a dump are 64-bit integers")
    value = int(digits)
    if not INT_MIN <= value <= INT_MAX:
        raise _Refused(f"holds the number {digits}, too large for a 64-bit integer")
    return value


def _fraction(text: str) -> float:
    shown = text if len(text) <= 24 else text[:23] + "…"
    raise _Refused(f"holds the number {shown} with a fraction or exponent; the numbers of a dump are whole")


def _constant(text: str) -> float:
    raise _Refused(f"holds {text}, which is not a number JSON allows")
