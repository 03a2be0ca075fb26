"""Paragraph styles, colours and the small flowables the briefing is built from (headings that bookmark, contents rows)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from ...i18n import QT_TRANSLATE_NOOP
from .pdf_text import BOLD, ITALIC, JAPANESE, MAIN, markup, plain

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#52606D")
RULE = colors.HexColor("#C9D1DB")
HEADER_BG = colors.HexColor("#243B53")
ZEBRA = colors.HexColor("#F4F6F8")
INTERNAL_RED = colors.HexColor("#A4161A")
INTERNAL_BG = colors.HexColor("#FDF1F0")

STANCE_COLOURS = {
    "supports": ("#2E7D4F", colors.white),
    "accepts with amendments": ("#A8D5B5", INK),
    "reserves": ("#F6D58E", INK),
    "opposes": ("#D9534F", colors.white),
    "no position": ("#E4E7EB", MUTED),
}
TOC_CHARS = 300  # longest title a contents row prints in full

# Short stance labels for the narrow stance columns (marked here, shown through words.say).
STANCE_SHORT = {
    "supports": QT_TRANSLATE_NOOP("Briefing", "Supports"),
    "accepts with amendments": QT_TRANSLATE_NOOP("Briefing", "Amend"),
    "reserves": QT_TRANSLATE_NOOP("Briefing", "Reserves"),
    "opposes": QT_TRANSLATE_NOOP("Briefing", "Opposes"),
    "no position": QT_TRANSLATE_NOOP("Briefing", "None"),
}


def _style(name: str, **kw: Any) -> ParagraphStyle:
    base = {"fontName": MAIN, "fontSize": 9.5, "leading": 13, "textColor": INK, "splitLongWords": 1}
    return ParagraphStyle(name, **{**base, **kw})


STYLES = {
    "body": _style("body", spaceAfter=4),
    "clause": _style("clause", fontSize=10, leading=14.5, spaceAfter=5),
    "small": _style("small", fontSize=8.5, leading=11),
    "muted": _style("muted", fontSize=8.5, leading=11, textColor=MUTED),
    "cell": _style("cell", fontSize=8.5, leading=10.5),
    "cell_bold": _style("cell_bold", fontName=BOLD, fontSize=8.5, leading=10.5),
    "cell_head": _style("cell_head", fontName=BOLD, fontSize=8, leading=10, textColor=colors.white),
    "stance": _style("stance", fontSize=7.5, leading=9.5, alignment=1),
    "stance_white": _style("stance_white", fontSize=7.5, leading=9.5, alignment=1, textColor=colors.white),
    "label": _style("label", fontName=BOLD, fontSize=8, leading=10, textColor=MUTED, spaceBefore=6, spaceAfter=2),
    "h1": _style("h1", fontName=BOLD, fontSize=17, leading=21, spaceAfter=8, textColor=HEADER_BG),
    "h2": _style("h2", fontName=BOLD, fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=4, textColor=HEADER_BG),
    "h3": _style("h3", fontName=BOLD, fontSize=10.5, leading=13.5, spaceBefore=8, spaceAfter=3, textColor=INK),
    "italic": _style("italic", fontName=ITALIC, textColor=MUTED, spaceAfter=6),
    "toc0": _style("toc0", fontName=BOLD, fontSize=10, leading=13),
    "toc1": _style("toc1", fontSize=9, leading=11.5, leftIndent=14),
    "cover_title": _style("cover_title", fontName=BOLD, fontSize=28, leading=34, textColor=HEADER_BG),
    "cover_sub": _style("cover_sub", fontSize=14, leading=19, textColor=MUTED, spaceAfter=18),
    "cover_mark": _style("cover_mark", fontName=BOLD, fontSize=13, leading=17, textColor=INTERNAL_RED,
                         alignment=1),
}


_CJK_STYLES: dict[str, ParagraphStyle] = {}


def style_for(fragments: str, style: str) -> ParagraphStyle:
    """The named style, in reportlab's CJK line breaking when the text has Japanese in it.

    Japanese has no spaces, so the default breaking treats a sentence as one long word; CJK mode
    breaks between characters and keeps 。、」 off the start of a line (kinsoku).
    """
    if JAPANESE not in fragments:
        return STYLES[style]
    if style not in _CJK_STYLES:
        _CJK_STYLES[style] = STYLES[style].clone(f"{style}-cjk", wordWrap="CJK")
    return _CJK_STYLES[style]


def para(text: str, style: str = "body") -> Paragraph:
    """A Paragraph of log text: always escaped and font-fallback'd (see pdf_text.markup)."""
    fragments = markup(text)
    return Paragraph(fragments, style_for(fragments, style))


def rich(fragments: str, style: str = "body") -> Paragraph:
    """A Paragraph of markup the writer composed itself; every log string in it must come from markup()."""
    return Paragraph(fragments, style_for(fragments, style))


class _Table(Table):
    """reportlab's Table, without a header and a sliver of a row at the foot of a page.

    A table split between rows leaves the rest to be tried again in the space left on the page; reportlab then
    splits the rest inside its first row, so the page ended with the repeated header and a line or two of that row
    (seen in the commitments of a large briefing). A row that fits on a page is never split straight under the
    header: the rest starts on the next page. A taller row is still split wherever it has to be.
    """

    WHOLE_ROW = 400.0  # points: a row at most this tall fits on a fresh page under the header (A4 and Letter)

    def _splitRows(self, availHeight: float, doInRowSplit: int = 0) -> list:  # noqa: N802, N803 - reportlab's names
        repeat = self.repeatRows if isinstance(self.repeatRows, int) else max(self.repeatRows) + 1
        if doInRowSplit and repeat:
            n = self._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans=doInRowSplit)
            if n == repeat < len(self._rowHeights) and self._rowHeights[n] <= self.WHOLE_ROW:
                return []
        return super()._splitRows(availHeight, doInRowSplit)


def grid(rows: list[list[Any]], widths: list[float], cmds: list[tuple] | None = None, **kw: Any) -> Table:
    """A plain table in the briefing's font (a Table's own default, Helvetica, would enter the PDF unembedded)."""
    t = _Table(rows, colWidths=widths, hAlign="LEFT", **kw)
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), MAIN), *(cmds or [])]))
    return t


def table(rows: list[list[Any]], widths: list[float], *, header: bool = True, zebra: bool = True,
          extra: list[tuple] | None = None, continued: bool = False) -> Table:
    """A table that repeats its header row on every page and may split a tall row across pages.

    `continued`: the rows go on from a page before, and the table draws what reportlab's split of one table
    draws there: the rule above its first row (the rule below the last row of the page before) as well as the
    one below the header, on the same line."""
    cmds: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *([("LINEABOVE", (0, 1), (-1, 1), 0.4, RULE)] if continued else []),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_BG))
    if zebra:
        cmds.append(("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [colors.white, ZEBRA]))
    return grid(rows, widths, cmds + (extra or []), repeatRows=1 if header else 0, splitInRow=1)


Row = tuple[list[Any], list[tuple]]  # a table row's cells, and its style commands with the row numbered 0


class LongTable(Flowable):
    """table() of a header and many rows, made a page at a time: the rows come from an iterator and only those
    a page needs (and a little more) are made into cells and a Table, so a track's 25,000 clauses are never one
    Table (every cell's Paragraph and style command alive from the first page of the table to its last).

    It lays out as the one table would: the column widths are fixed, a row's height depends only on its cells,
    and each page's part is reportlab's own split of a Table of the header and the rows from the page's first
    one, which is what reportlab's split of the rest of the one table holds (the header repeated, the zebra
    starting again under it, each row's commands renumbered). A wrap says the table's height when every row is
    made, else a height past what was asked (and past any page: KeepTogether measures with 0xfffffff), which
    is all reportlab compares it with.
    """

    BEYOND = 100.0  # points past the asked height the rows made reach, so a fit is never judged on a part
    MOST = 1200.0  # a wrap asked for more than this measures this much: taller than any page (A4: 842 points)
    STEP = 32  # rows made at a time

    def __init__(self, head: list[Any], rows: Iterator[Row], widths: list[float],
                 made: list[Row] | None = None, *, continued: bool = False) -> None:
        super().__init__()
        self._head, self._source, self._widths = head, rows, widths
        self._made: list[Row] = made or []  # rows taken from the source, not drawn yet
        self._table: Table | None = None  # the Table of the header and self._made, once asked for
        self._continued = continued  # the rows go on from a page before
        self.hAlign = "LEFT"

    def _make(self, wanted: int) -> bool:
        """Take up to `wanted` more rows from the source; False once it is empty."""
        source = self._source
        if source is None:
            return False
        for _ in range(wanted):
            row = next(source, None)
            if row is None:
                self._source = None
                break
            self._made.append(row)
        self._table = None
        return True

    def _grown(self, aW: float, aH: float) -> Table:  # noqa: N803 - reportlab's names
        """The Table of the header and enough rows to be taller than `aH` (all of them, if that is less)."""
        need = min(aH, self.MOST) + self.BEYOND
        while True:
            t = self._table
            if t is None:
                extra: list[tuple] = []
                for n, (_cells, cmds) in enumerate(self._made, start=1):
                    extra += [(op, (c0, r0 + n), (c1, r1 + n), *rest) for op, (c0, r0), (c1, r1), *rest in cmds]
                t = self._table = table([self._head, *(cells for cells, _ in self._made)], self._widths, extra=extra,
                                         continued=self._continued)
            _w, h = t.wrapOn(getattr(self, "canv", None), aW, aH)
            if h > need or self._source is None:
                return t
            rows = len(self._made)
            more = int((need - h) * rows / max(h, 1.0)) + self.STEP if rows else self.STEP
            if not self._make(more):
                return t

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = self._grown(aW, aH).wrapOn(getattr(self, "canv", None), aW, aH)
        return self.width, self.height

    def split(self, aW: float, aH: float) -> list[Any]:  # noqa: N803
        t = self._grown(aW, aH)
        parts = t.splitOn(self.canv, aW, aH)
        if len(parts) != 2:
            return parts  # nothing fits here, or all of it does
        first, rest = parts
        used = len(first._cellvalues) - 1
        if used + len(rest._cellvalues) - 1 != len(self._made):
            # A row taller than the page was split inside itself: the rest is reportlab's Table of every row left.
            self._make(10**12)
            self._table = None
            return self._grown(aW, aH).splitOn(self.canv, aW, aH)
        following = LongTable(self._head, self._source, self._widths, self._made[used:], continued=True)
        self._source, self._made, self._table = None, [], None  # handed on
        return [first, following]

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802 - reportlab's name
        self._table.drawOn(canvas, x, y, _sW)  # the rows left fit: wrap made them all


def heads(*names: str) -> list[Paragraph]:
    return [Paragraph(markup(n), STYLES["cell_head"]) for n in names]


@dataclass(frozen=True)
class Anchor:
    """Where a heading sits in the outline: its bookmark key, outline title and level."""

    key: str
    title: str
    level: int


class Heading(Paragraph):
    """A heading that bookmarks itself, enters the PDF outline and tells the contents page its page."""

    anchor: Anchor | None = None

    def draw(self) -> None:
        super().draw()
        anchor = self.anchor
        canv = self.canv
        if anchor is not None and hasattr(canv, "mark_heading"):
            _, top = canv.absolutePosition(0, self.height + 4)
            canv.mark_heading(anchor.key, top)
            canv.addOutlineEntry(plain(anchor.title), anchor.key, level=anchor.level, closed=anchor.level > 0)

    def split(self, availWidth: float, availHeight: float) -> list[Paragraph]:  # noqa: N803 - reportlab's names
        parts = super().split(availWidth, availHeight)
        if parts:  # only the first piece of a (very long) heading carries the bookmark
            parts[0].anchor = self.anchor
        return parts


def heading(text: str, style: str, anchor: Anchor | None = None) -> Heading:
    fragments = markup(text)
    h = Heading(fragments, style_for(fragments, style))
    h.anchor = anchor
    h.keepWithNext = 1
    return h


class TocEntry(Flowable):
    """One row of the contents page; its page number is printed by the canvas once it is known."""

    def __init__(self, text: str, key: str, level: int) -> None:
        super().__init__()
        self.key = key
        # A row cannot split across pages; a title of thousands of characters is shortened here only.
        if len(text) > TOC_CHARS:
            text = text[:TOC_CHARS].rstrip() + "…"
        self.para = Paragraph(markup(text), STYLES["toc0" if level == 0 else "toc1"])
        self.level = level
        self.number_width = 34

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        _, h = self.para.wrap(availWidth - self.number_width, availHeight)
        self.height = h + (5 if self.level == 0 else 1.5)
        return availWidth, self.height

    def draw(self) -> None:
        canv = self.canv
        top_gap = 4 if self.level == 0 else 0.5
        self.para.drawOn(canv, 0, self.height - top_gap - self.para.height)
        x, y = canv.absolutePosition(self.width, self.height - top_gap - self.para.style.fontSize)
        if hasattr(canv, "toc_slot"):
            canv.toc_slot(self.key, x, y)
        x0, y0 = canv.absolutePosition(0, 0)
        canv.linkAbsolute("", self.key, (x0, y0, x, y0 + self.height), thickness=0)


class ProgressMark(Flowable):
    """Zero-size flowable that reports rendering progress when the page it ends up on is laid out."""

    def __init__(self, callback: Callable[[], None]) -> None:
        super().__init__()
        self.callback = callback
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        self.callback()
