"""A canvas that lets every page say "Page N of M" in a single build, writing each page as it is finished.

Building twice (reportlab's multiBuild) would double the export time, and holding every finished page
back until the page count is known would keep the whole document's drawing in memory. Instead each page
is drawn and written to the file at once (pdf_stream.StreamingPDFDocument); what is only known at the end
(the "Page N of M" line and the contents pages' page numbers) is a small form XObject the page refers to by
name, filled in at save().
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfdoc import xObjectName
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from .pdf_stream import NumberedForm, Numbers, StreamingPDFDocument
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


class TocSlots:
    """Where the contents print each heading's page number (toc_slot): its page, key and (x, y), rows of the
    document's index (store/pdf_index.PdfIndex: a row per clause, ~25,000 at 100k, ~250,000 at a million versions) until
    save, not kept on Python's heap."""

    def __init__(self, doc: StreamingPDFDocument) -> None:
        self._index = doc.index
        self.last_page = 0  # the contents are drawn page after page
        self.count = 0

    def add(self, page: int, key: str, x: float, y: float) -> None:
        self._index.slot(page, key, x, y)
        self.last_page = page
        self.count += 1

    def on(self, page: int) -> bool:
        return self.count > 0 and self.last_page == page

    def __iter__(self) -> Iterator[tuple[int, float, float, int | None]]:
        """Each slot in order: its page, x and y, and the page its heading was first placed on (None: not
        placed). Read at save."""
        return iter(self._index.slots())


class FurnishedCanvas(Canvas):
    """Canvas that draws PageFurniture on every page once the page count is known."""

    def __init__(self, *args: Any, furniture: PageFurniture, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Each finished page goes to the file at once and is forgotten (pdf_stream.py).
        self._doc = StreamingPDFDocument.adopt(self._doc)
        self._doc.stream_to(self._filename)
        self._doc.keep_page_names = False  # its bookmarks are named destinations (mark_heading), no page's name
        self.furniture = furniture
        self._pages = 0  # pages finished so far
        self._lines: dict[tuple, Paragraph] = {}  # the same margin texts on every page: lay them out once
        self.toc_slots = TocSlots(self._doc)
        # A contents row's link goes to the key of its slot: the document checks the slots' keys at save rather
        # than note each key a second time (~25,000 at 100k).
        self._slotted: str | None = None  # the key of the slot just added, until its row's link is made
        # the object numbers of each page's "Page N of M" form (page 1's first) and of each contents page's page
        # numbers form, made at save: rows of the document's index, not a name -> number entry a page
        self._page_forms = Numbers(self._doc.index, "page forms")
        self._toc_forms = Numbers(self._doc.index, "contents forms")
        self._marked: tuple[str, float] | None = None  # the heading marked last: (key, top)

    @property
    def page_number(self) -> int:
        return self._pages + 1

    def mark_heading(self, key: str, top: float) -> None:
        """Bookmark this page at absolute height `top` under `key` (a named destination, left 0, the zoom kept)
        and note its page for the contents."""
        self._doc.place(key, top)
        self._marked = (key, top)

    def addOutlineEntry(self, title: str, key: str, level: int = 0, closed: Any = None) -> None:  # noqa: N802
        """reportlab's, for the heading just marked (mark_heading): the entry is written as soon as its children
        and next sibling are known (pdf_stream._Outline.stream), not kept with its title until save."""
        if self._marked is None or self._marked[0] != key:
            raise ValueError(f"an outline entry goes to the heading just marked, not to {key!r}")
        self._doc.outline.stream(self._doc, title, level, bool(closed), self._doc.this_page_number(),
                                 self._marked[1])

    def bookmarkPage(self, key: str, *args: Any, **kwargs: Any) -> Any:  # noqa: N802 - reportlab's name
        raise ValueError("a briefing page is bookmarked by mark_heading (a named destination)")

    def linkRect(self, contents: str, destinationname: str, Rect: Any = None, addtopage: int = 1,  # noqa: N802, N803
                 name: str | None = None, relative: int = 1, thickness: float = 0, color: Any = None,
                 dashArray: Any = None, **kw: Any) -> Any:  # noqa: N803 - reportlab's names
        """reportlab's, but the link goes to a named destination (`/Dest (key)`, StreamingPDFDocument.named_link)
        and is written with its page, its heading placed yet or not: the contents pages link every clause long
        before it is laid out."""
        kept, self._slotted = destinationname == self._slotted, None  # its key is the contents slot's
        link = self._doc.named_link(self._absRect(Rect, relative), destinationname, contents, color, thickness,
                                    dashArray, kept=kept, **kw)
        self._addAnnotation(link, name, addtopage)

    def toc_slot(self, key: str, x: float, y: float) -> None:
        """Print the page number of `key`, right-aligned at absolute (x, y) of this page, once known."""
        self.toc_slots.add(self.page_number, key, x, y)
        self._slotted = key

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages += 1
        self._furnish(self._pages)
        Canvas.showPage(self)

    def save(self) -> None:
        f, total = self.furniture, self._pages
        right = self._pagesize[0] - f.margin
        if len(self._page_forms) != total:
            raise ValueError(f"{total} pages and {len(self._page_forms)} page number forms")
        for number, form in enumerate(self._page_forms, 1):  # in the page's own coordinates, as drawn by _furnish
            page = f.page_line.format(number=number, total=total)
            self._doc.claim(xObjectName(f"PageLine{number}"), form)
            self.beginForm(f"PageLine{number}")
            self.setFont(font_for(page), 8)
            self.setFillColor(GREY)
            self.drawRightString(right, f.footer_y - 1.0, page)
            self.endForm()
            self._doc.write_form(f"PageLine{number}")
        if self.toc_slots.count:  # a heading's first page, read from the index a row at a time
            number, form = 0, ""
            forms = iter(self._toc_forms)  # a contents page's form, in the order of its pages
            for page, x, y, heading_page in self.toc_slots:
                if page != number:
                    if number:
                        self.endForm()
                        self._doc.write_form(form)
                    number, form = page, f"TocNumbers{page}"
                    self._doc.claim(xObjectName(form), next(forms))
                    self.beginForm(form)
                if heading_page is not None:
                    self.setFont(MAIN, 9.5)
                    self.setFillColor(colors.black)
                    self.drawRightString(x, y, str(heading_page))
            self.endForm()
            self._doc.write_form(form)
        Canvas.save(self)

    # -- drawing -------------------------------------------------------------------------------------
    def _furnish(self, number: int) -> None:
        f = self.furniture
        width, height = self._pagesize
        self.saveState()
        if self.toc_slots.on(number):
            form = self._doc.reserve_number()  # a contents page's page numbers, filled in at save()
            self._toc_forms.append(form)
            self.doForm(NumberedForm(f"TocNumbers{number}", form))
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
        form = self._doc.reserve_number()  # "Page N of M" at the right of the footer, filled in at save()
        self._page_forms.append(form)
        self.doForm(NumberedForm(f"PageLine{number}", form))
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
