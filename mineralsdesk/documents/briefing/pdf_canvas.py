"""A canvas that lets every page say "Page N of M" in a single build, writing each page as it is finished.

Building twice (reportlab's multiBuild) would double the export time, and holding every finished page
back until the page count is known would keep the whole document's drawing in memory. Instead each page
is drawn and written to the file at once (pdf_stream.StreamingPDFDocument); what is only known at the end
(the "Page N of M" line and the contents pages' page numbers) is a small form XObject the page refers to by
name, filled in at save().
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from .pdf_stream import StreamingPDFDocument, placed
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
        # Each finished page goes to the file at once and is forgotten (pdf_stream.py).
        self._doc = StreamingPDFDocument.adopt(self._doc)
        self._doc.stream_to(self._filename)
        self.furniture = furniture
        self._pages = 0  # pages finished so far
        self._lines: dict[tuple, Paragraph] = {}  # the same margin texts on every page: lay them out once

    @property
    def page_number(self) -> int:
        return self._pages + 1

    def mark_heading(self, key: str, top: float) -> None:
        """Bookmark this page at absolute height `top` under `key` and note its number for the contents."""
        self.bookmarkPage(key, fit="XYZ", left=0, top=top)
        self.furniture.heading_pages.setdefault(key, self.page_number)

    def bookmarkPage(self, key: str, *args: Any, **kwargs: Any) -> Any:  # noqa: N802 - reportlab's name
        result = Canvas.bookmarkPage(self, key, *args, **kwargs)
        self._doc.bound(key, self._destinations[key])  # the links to it can be made and written now
        return result

    def linkRect(self, contents: str, destinationname: str, Rect: Any = None, addtopage: int = 1,  # noqa: N802, N803
                 name: str | None = None, relative: int = 1, thickness: float = 0, color: Any = None,
                 dashArray: Any = None, **kw: Any) -> Any:  # noqa: N803 - reportlab's names
        """reportlab's, but a plain link (no text, border, colour or name) to a bookmark without a page yet is kept
        as its rectangle until the bookmark gets one (StreamingPDFDocument.defer_link): the contents pages link
        every clause long before it is laid out."""
        target = self._destinations.get(destinationname)
        plain_link = not (contents or name or thickness or color or dashArray or kw) and addtopage
        if not plain_link or (target is not None and placed(target)):
            return Canvas.linkRect(self, contents, destinationname, Rect, addtopage, name, relative, thickness,
                                   color, dashArray, **kw)
        count = self._annotationCount = self._annotationCount + 1
        external = "NUMBER" + repr(count)  # reportlab's own naming of an annotation (Canvas._addAnnotation)
        self._doc.defer_link(self._doc.annotationName(external), destinationname, self._absRect(Rect, relative))
        self._annotatePage(external)
        return None

    def toc_slot(self, key: str, x: float, y: float) -> None:
        """Print the page number of `key`, right-aligned at absolute (x, y) of this page, once known."""
        self.furniture.toc_slots.setdefault(self.page_number, []).append((key, x, y))

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages += 1
        self._furnish(self._pages)
        Canvas.showPage(self)

    def save(self) -> None:
        f, total = self.furniture, self._pages
        right = self._pagesize[0] - f.margin
        for number in range(1, total + 1):  # in the page's own coordinates, as drawn by _furnish
            page = f.page_line.format(number=number, total=total)
            self.beginForm(f"PageLine{number}")
            self.setFont(font_for(page), 8)
            self.setFillColor(GREY)
            self.drawRightString(right, f.footer_y - 1.0, page)
            self.endForm()
            self._doc.write_form(f"PageLine{number}")
        for number, slots in f.toc_slots.items():
            self.beginForm(f"TocNumbers{number}")
            for key, x, y in slots:
                page_of = f.heading_pages.get(key)
                if page_of is not None:
                    self.setFont(MAIN, 9.5)
                    self.setFillColor(colors.black)
                    self.drawRightString(x, y, str(page_of))
            self.endForm()
            self._doc.write_form(f"TocNumbers{number}")
        Canvas.save(self)

    # -- drawing -------------------------------------------------------------------------------------
    def _furnish(self, number: int) -> None:
        f = self.furniture
        width, height = self._pagesize
        self.saveState()
        if number in f.toc_slots:
            self.doForm(f"TocNumbers{number}")  # a contents page's page numbers, filled in at save()
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
        self.doForm(f"PageLine{number}")  # "Page N of M" at the right of the footer, filled in at save()
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
