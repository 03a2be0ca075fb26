"""Log text made safe for reportlab: fonts registered, control characters shown, markup escaped, glyph fallback.

reportlab's Paragraph parses its text as markup (``x<y`` silently vanishes, ``<img src=...>`` reads a
file) and has no glyph fallback (a letter missing from the font prints as a box). So every string
from the log goes through `markup()` before it meets a Paragraph: control characters become U+FFFD
(the replacement character, a visible "?" in a diamond), everything is XML-escaped, and runs the
main font lacks are wrapped in ``<font name="IPAexGothic">``.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from ...assets import FONT_FILES, REPORTLAB_FONT_NAMES, font_path
from .rows import Run

MAIN = REPORTLAB_FONT_NAMES["sans"]
BOLD = REPORTLAB_FONT_NAMES["sans-bold"]
ITALIC = REPORTLAB_FONT_NAMES["sans-italic"]
BOLD_ITALIC = REPORTLAB_FONT_NAMES["sans-bolditalic"]
JAPANESE = REPORTLAB_FONT_NAMES["jp"]
FALLBACKS = ("jp",)  # tried in order for a letter the main font lacks

REPLACEMENT = "\ufffd"
# C0 controls except tab and newline, DEL, C1 controls, lone surrogates, non-characters, and the
# bidirectional overrides that could make printed text read differently from the log.
_CONTROL = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff"
                      "\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_NEWLINES = re.compile(r"\r\n?")

# Paragraphs longer than this are cut at a space: reportlab lays a Paragraph out in one go, and a
# frame-sized limit keeps a 1 MB clause flowing page by page instead of wrapping as one block.
MAX_PARAGRAPH_CHARS = 2_000

_lock = threading.Lock()
_registered = False

# reportlab writes a ToUnicode entry for a letter beyond U+FFFF as five or six hex digits ("<20B9F>");
# PDF wants UTF-16 there ("<D842DF9F>"), so readers dropped such kanji (𠮟, 𩸽) from search and copy.
_LONG_CODE = re.compile(r"^(<[0-9A-F]{2}> )<([0-9A-F]{5,6})>$", re.MULTILINE)
_reportlab_cmap = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap with letters beyond the Basic Multilingual Plane as UTF-16 surrogate pairs."""
    return _LONG_CODE.sub(lambda m: m.group(1) + "<" + chr(int(m.group(2), 16)).encode("utf-16-be").hex().upper()
                          + ">", _reportlab_cmap(fontname, subset))


def register_fonts() -> None:
    """Register the shipped TrueType fonts once per process (exports may run on a worker thread)."""
    global _registered
    with _lock:
        if _registered:
            return
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # read at write time by TTFont.addObjects
        for key in FONT_FILES:
            pdfmetrics.registerFont(TTFont(REPORTLAB_FONT_NAMES[key], str(font_path(key))))
        # Without the family, <b> and <i> in markup fall back to the base font silently.
        pdfmetrics.registerFontFamily(MAIN, normal=MAIN, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
        _registered = True


def _ranges(codepoints: Iterable[int]) -> str:
    """A regex character-class body for a set of code points, as compact ranges."""
    points = sorted(c for c in codepoints if c > 0x20 and not 0xD800 <= c <= 0xDFFF)
    parts, start, prev = [], None, None
    for c in [*points, None]:
        if start is not None and c is not None and c == prev + 1:
            prev = c
            continue
        if start is not None:
            parts.append(re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else ""))
        start = prev = c
    return "".join(parts)


@lru_cache(maxsize=1)
def _coverage() -> tuple[re.Pattern[str], list[tuple[str, frozenset[int]]]]:
    """A pattern for runs the main font cannot draw, and each fallback font's code points."""
    register_fonts()
    main = pdfmetrics.getFont(MAIN).face.charToGlyph
    uncovered = re.compile(rf"[^\s{_ranges(main)}]+")
    fallbacks = [(REPORTLAB_FONT_NAMES[key], frozenset(pdfmetrics.getFont(REPORTLAB_FONT_NAMES[key]).face.charToGlyph))
                 for key in FALLBACKS]
    return uncovered, fallbacks


def font_for(text: str, font: str = MAIN) -> str:
    """`font`, or the first fallback font with every letter of `text` the main font lacks (a chart label, a page
    line: drawn in one font, where a Paragraph would switch fonts run by run)."""
    uncovered, fallbacks = _coverage()
    missing = {ord(ch) for run in uncovered.findall(text or "") for ch in run}
    if not missing:
        return font
    return next((name for name, points in fallbacks if missing <= points), font)


def clean(text: str) -> str:
    """Log text with control characters shown as U+FFFD, CR/CRLF as newline and tabs as spaces."""
    text = _NEWLINES.sub("\n", text or "")
    return _CONTROL.sub(REPLACEMENT, text).replace("\t", "    ")


def plain(text: str) -> str:
    """One line of clean text (for bookmarks and metadata): newlines folded to spaces."""
    return " ".join(clean(text).split())


def _font_runs(chunk: str, fallbacks: list[tuple[str, frozenset[int]]]) -> str:
    out, current, buf = [], None, []
    for ch in chunk:
        name = next((n for n, points in fallbacks if ord(ch) in points), None)
        if name != current and buf:
            out.append(_wrap(current, "".join(buf)))
            buf = []
        current = name
        buf.append(ch)
    if buf:
        out.append(_wrap(current, "".join(buf)))
    return "".join(out)


def _wrap(font: str | None, text: str) -> str:
    # A letter no shipped font has stays in the main font (its .notdef box): better than dropping it.
    return f'<font name="{font}">{escape(text)}</font>' if font else escape(text)


def markup(text: str) -> str:
    """Paragraph markup that prints `text` literally, newlines as line breaks, every letter in a font that has it."""
    text = clean(text)
    uncovered, fallbacks = _coverage()
    out, pos = [], 0
    for m in uncovered.finditer(text):
        out.append(escape(text[pos:m.start()]))
        out.append(_font_runs(m.group(), fallbacks))
        pos = m.end()
    out.append(escape(text[pos:]))
    return "".join(out).replace("\n", "<br/>")


# How each kind of clause run is shown; the colours read in greyscale too (underline, strike, tint).
RUN_TAGS = {
    "text": ("", ""),
    "bracket": ('<font backColor="#FFE8A3">', "</font>"),
    "insert": ('<font color="#0A6B2D"><u>', "</u></font>"),
    "delete": ('<font color="#B3261E"><strike>', "</strike></font>"),
}


def _split_long(text: str, room: int) -> list[str]:
    """`text` cut into pieces of at most about `room` (first) and MAX_PARAGRAPH_CHARS (rest), at spaces."""
    pieces = []
    while len(text) > room:
        cut = text.rfind(" ", room // 2, room)
        cut = room if cut == -1 else cut + 1
        pieces.append(text[:cut])
        text = text[cut:]
        room = MAX_PARAGRAPH_CHARS
    pieces.append(text)
    return pieces


def run_paragraphs(runs: list[Run]) -> list[str]:
    """Clause runs as a list of paragraph markups: one per line of the text, long lines cut at spaces.

    A highlight that spans two paragraphs is closed and reopened, so each paragraph is well-formed.
    """
    paragraphs: list[list[tuple[str, str]]] = [[]]
    size = 0
    for run in runs:
        lines = clean(run.text).split("\n")
        for i, line in enumerate(lines):
            if i:
                paragraphs.append([])
                size = 0
            for j, piece in enumerate(_split_long(line, max(1, MAX_PARAGRAPH_CHARS - size))):
                if j:
                    paragraphs.append([])
                    size = 0
                if piece:
                    paragraphs[-1].append((run.kind, piece))
                    size += len(piece)
    out = []
    for para in paragraphs:
        if not any(piece.strip() for _, piece in para):
            continue
        out.append("".join(RUN_TAGS[kind][0] + markup(piece) + RUN_TAGS[kind][1] for kind, piece in para))
    return out
