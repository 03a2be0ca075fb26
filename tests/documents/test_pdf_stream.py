"""The PDF document that writes each page when it is finished (documents/briefing/pdf_stream.py)."""

from __future__ import annotations

import io

import pypdf
import pytest
from reportlab.pdfbase.pdfdoc import PDFPage
from reportlab.pdfgen.canvas import Canvas

from mineralsdesk.documents.briefing.pdf_stream import StreamingPDFDocument
from mineralsdesk.documents.protect import pdf_encryption


def _canvas(target) -> Canvas:
    canvas = Canvas(target)
    canvas._doc = StreamingPDFDocument.adopt(canvas._doc)
    canvas._doc.stream_to(target)
    return canvas


def _two_pages(canvas: Canvas) -> list[int]:
    """Page 1 shows a form made only at the end and links to a bookmark on page 2; sizes written after each page."""
    out = canvas._doc.__dict__.get("_target")
    sizes = []
    canvas.drawString(72, 700, "first page")
    canvas.doForm("Late")
    canvas.linkAbsolute("", "second", (72, 600, 200, 620))
    canvas.addOutlineEntry("First", "first", level=0)
    canvas.bookmarkPage("first")
    canvas.showPage()
    sizes.append(out.tell())
    canvas.drawString(72, 700, "second page")
    canvas.bookmarkPage("second")
    canvas._doc.bound("second")
    canvas.addOutlineEntry("Second", "second", level=0)
    canvas.showPage()
    sizes.append(out.tell())
    canvas.beginForm("Late")
    canvas.drawString(72, 100, "filled in at the end")
    canvas.endForm()
    canvas.save()
    return sizes


def test_pages_are_written_when_finished_and_the_file_is_whole():
    out = io.BytesIO()
    canvas = _canvas(out)
    sizes = _two_pages(canvas)
    assert 0 < sizes[0] < sizes[1] < len(out.getvalue())  # page 1 was in the file before page 2 was drawn
    assert not any(isinstance(obj, PDFPage) for obj in canvas._doc.idToObject.values())
    assert b"first page" not in out.getvalue()  # the content streams are compressed, as before

    reader = pypdf.PdfReader(io.BytesIO(out.getvalue()), strict=True)  # the xref's offsets are checked
    assert len(reader.pages) == 2
    assert "first page" in reader.pages[0].extract_text()
    assert "filled in at the end" in reader.pages[0].extract_text()  # the form named before it was made
    (link,) = [a.get_object() for a in reader.pages[0]["/Annots"]]
    assert link["/Dest"][0].idnum == reader.pages[1].indirect_reference.idnum  # the forward link found its page
    assert [o.title for o in reader.outline] == ["First", "Second"]
    assert reader.get_destination_page_number(reader.outline[1]) == 1


def test_an_encrypted_document_is_prepared_before_its_first_page():
    out = io.BytesIO()
    canvas = _canvas(out)
    canvas.setEncrypt(pdf_encryption("pass word"))
    _two_pages(canvas)
    reader = pypdf.PdfReader(io.BytesIO(out.getvalue()))
    assert reader.is_encrypted
    assert not reader.decrypt("wrong")
    assert reader.decrypt("pass word")
    assert "second page" in reader.pages[1].extract_text()
    assert "filled in at the end" in reader.pages[0].extract_text()


def test_a_form_named_but_never_made_is_an_error_at_save(tmp_path):
    canvas = _canvas(str(tmp_path / "x.pdf"))
    canvas.doForm("Missing")
    canvas.showPage()
    with pytest.raises(KeyError, match="Missing"):
        canvas.save()


def test_only_a_new_document_streams():
    canvas = Canvas(io.BytesIO())
    canvas.showPage()
    with pytest.raises(ValueError, match="new document"):
        StreamingPDFDocument.adopt(canvas._doc)


def _furnished(out):
    from mineralsdesk.documents.briefing.pdf_canvas import FurnishedCanvas, PageFurniture
    from mineralsdesk.documents.briefing.pdf_text import register_fonts

    register_fonts()
    return FurnishedCanvas(out, furniture=PageFurniture("", "", "", margin=36, header_y=20, footer_y=20))


def test_a_link_to_a_bookmark_without_a_page_waits_as_its_rectangle_and_finds_its_page():
    """The contents link every clause before its page exists: such a link is no annotation until its bookmark is
    placed (on a later page, or later on the same page), then made as reportlab makes it; one to a placed bookmark
    is made at once."""
    from reportlab.pdfbase.pdfdoc import Destination, LinkAnnotation

    out = io.BytesIO()
    canvas = _furnished(out)
    canvas.linkAbsolute("", "later", (72, 600, 200, 620))
    canvas.linkAbsolute("", "here", (72, 500, 200, 520))
    held = list(canvas._doc.idToObject.values()) + list(canvas._destinations.values())
    assert not any(isinstance(obj, (LinkAnnotation, Destination)) for obj in held)
    canvas.mark_heading("here", 700)
    canvas.showPage()
    canvas.mark_heading("later", 700)
    canvas.linkAbsolute("", "here", (72, 400, 200, 420))
    canvas.showPage()
    canvas.save()
    reader = pypdf.PdfReader(io.BytesIO(out.getvalue()), strict=True)
    page_of = {p.indirect_reference.idnum: n for n, p in enumerate(reader.pages)}
    found = [sorted((round(float(a.get_object()["/Rect"][1])), page_of[a.get_object()["/Dest"][0].idnum])
                    for a in page["/Annots"]) for page in reader.pages]
    assert found == [[(500, 0), (600, 1)], [(400, 0)]]
    assert all(list(a.get_object()["/Border"]) == [0, 0, 0] for page in reader.pages for a in page["/Annots"])


def test_a_link_to_a_bookmark_never_placed_is_an_error_at_save():
    canvas = _furnished(io.BytesIO())
    canvas.linkAbsolute("", "nowhere", (72, 600, 200, 620))
    canvas.showPage()
    with pytest.raises(ValueError, match="nowhere"):
        canvas.save()
