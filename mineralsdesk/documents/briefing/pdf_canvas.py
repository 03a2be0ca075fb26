"""A canvas that holds pages back until the end, so every page can say "Page N of M" in a single build.

Building twice (reportlab's multiBuild) would double the export time. Instead each finished page is
kept; at save() the page count is known, so the header, footer and the contents page's page numbers
are drawn then. Bookmarks must point at the real page, so they are replayed at that moment too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from .pdf_text import BOLD, MAIN, font_for, markup

GREY = colors.HexColor("#5F6B7A")
MARK_RED = colors.HexColor("#A4161A")


@dataclass
class PageFurniture:
    """What every page carries, and what the contents page needs filled in at the end."""

    marking: str
    log_name: str
    issued: str
    margin: float
    header_y: float  # baseline distance from the top edge
    footer_y: float  # baseline distance from the bottom edge
    head: str = ""  # the change log's head fingerprint (12 hex digits#entry), beside the date of issue
    # The page lines in the briefing's language (pdf.py fills them through words.py): {date}, {head}; {number}, {total}.
    issued_line: str = "Issued {date}"
    head_line: str = " · log {head}"
    page_line: str = "Page {number} of {total}"
    heading_pages: dict[str, int] = field(default_factory=dict)  # bookmark key -> page number
    toc_slots: dict[int, list[tuple[str, float, float]]] = field(default_factory=dict)  # page -> (key, x, y)


class FurnishedCanvas(Canvas):
    """Canvas that draws PageFurniture on every page once the page count is known."""

    def __init__(self, *args: Any, furniture: PageFurniture, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.furniture = furniture
        self._held: list[dict[str, Any]] = []
        self._lines: dict[tuple, Paragraph] = {}  # the same margin texts on every page: lay them out once
        self._marks: list[tuple[str, float]] = []

    @property
    def page_number(self) -> int:
        return len(self._held) + 1

    def mark_heading(self, key: str, top: float) -> None:
        """Bookmark this page at absolute height `top` under `key` (replayed at save) and note its number."""
        self._marks.append((key, top))
        self.furniture.heading_pages.setdefault(key, self.page_number)

    def toc_slot(self, key: str, x: float, y: float) -> None:
        """Print the page number of `key`, right-aligned at absolute (x, y) of this page, once known."""
        self.furniture.toc_slots.setdefault(self.page_number, []).append((key, x, y))

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._held.append(dict(self.__dict__))
        self._marks = []
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            for key, top in state["_marks"]:
                Canvas.bookmarkPage(self, key, fit="XYZ", left=0, top=top)
            self._furnish(number, total)
            Canvas.showPage(self)
        self._held = []
        Canvas.save(self)

    # -- drawing -------------------------------------------------------------------------------------
    def _furnish(self, number: int, total: int) -> None:
        f = self.furniture
        width, height = self._pagesize
        self.saveState()
        for key, x, y in f.toc_slots.get(number, []):
            page = f.heading_pages.get(key)
            if page is not None:
                self.setFont(MAIN, 9.5)
                self.setFillColor(colors.black)
                self.drawRightString(x, y, str(page))
        top = height - f.header_y
        left, right = f.margin, width - f.margin
        span = right - left
        self._text_line(f.marking, left, top, span * 0.55, bold=True, color=MARK_RED)
        self._text_line(f.log_name, left + span * 0.55, top, span * 0.45, align=2)
        self.setStrokeColor(colors.HexColor("#C9D1DB"))
        self.setLineWidth(0.5)
        self.line(left, top - 4, right, top - 4)
        self.line(left, f.footer_y + 11, right, f.footer_y + 11)
        bottom = f.footer_y
        self._text_line(f.marking, left, bottom, span * 0.42, bold=True, color=MARK_RED)
        issued = f.issued_line.format(date=f.issued) + (f.head_line.format(head=f.head) if f.head else "")
        self._text_line(issued, left + span * 0.42, bottom, span * 0.42, align=1)
        page = f.page_line.format(number=number, total=total)
        self.setFont(font_for(page), 8)
        self.setFillColor(GREY)
        self.drawRightString(right, bottom - 1.0, page)
        self.restoreState()

    def _text_line(self, text: str, x: float, y: float, width: float, *, bold: bool = False,
                   color: colors.Color = GREY, align: int = 0) -> None:
        """Log text on one line of a page margin (escaped, with font fallback), shrunk to fit `width`.

        Margins have room for one line only, so a long text is set smaller, down to 6 pt, and past
        that shortened with an ellipsis; the cover prints the marking and the log name in full.
        """
        if not text:
            return
        key = (text, width, bold, align)
        para = self._lines.get(key)
        if para is None:
            para = self._lines[key] = _one_line(text, width, BOLD if bold else MAIN, color, align)
        para.drawOn(self, x, y - 2.5)


def _one_line(text: str, width: float, font: str, color: colors.Color, align: int) -> Paragraph:
    size = 8.0
    while size > 6 and stringWidth(text, font, size) > width:
        size -= 0.5
    style = ParagraphStyle("furniture", fontName=font, fontSize=size, leading=size + 1.5, textColor=color,
                           alignment=align)
    while True:  # the real layout decides (fallback fonts have other widths than the estimate)
        para = Paragraph(markup(text), style)
        para.wrap(width, 100)
        if len(para.blPara.lines) <= 1 or len(text) <= 2:
            return para
        text = text.rstrip("…")
        text = text[: int(len(text) * 0.9)].rstrip() + "…"
