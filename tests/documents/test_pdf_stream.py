"""The PDF document that writes each page when it is finished (documents/briefing/pdf_stream.py)."""

from __future__ import annotations

import io

import pypdf
import pytest
from reportlab.pdfbase.pdfdoc import PDFPage
from reportlab.pdfgen.canvas import Canvas

from mineralsdesk.documents.briefing.pdf_stream import NumberedForm, StreamingPDFDocument
from mineralsdesk.documents.protect import pdf_encryption


def _canvas(target) -> Canvas:
    canvas = Canvas(target)
    canvas._doc = StreamingPDFDocument.adopt(canvas._doc)
    canvas._doc.stream_to(target)
    return canvas


def _two_pages(canvas: Canvas) -> list[int]:
    """Page 1 shows a form made only at the end and links to a heading on page 2; sizes written after each page."""
    out = canvas._doc.__dict__.get("_target")
    sizes = []
    canvas.drawString(72, 700, "first page")
    canvas.doForm("Late")
    canvas.linkAbsolute("", "second", (72, 600, 200, 620))
    canvas.mark_heading("first", 700)
    canvas.addOutlineEntry("First", "first", level=0)
    canvas.showPage()
    sizes.append(out.tell())
    canvas.drawString(72, 700, "second page")
    canvas.mark_heading("second", 700)
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
    canvas = _furnished(out)
    sizes = _two_pages(canvas)
    assert 0 < sizes[0] < sizes[1] < len(out.getvalue())  # page 1 was in the file before page 2 was drawn
    assert not any(isinstance(obj, PDFPage) for obj in canvas._doc.idToObject.values())
    assert b"first page" not in out.getvalue()  # the content streams are compressed, as before

    reader = pypdf.PdfReader(io.BytesIO(out.getvalue()), strict=True)  # the xref's offsets are checked
    assert len(reader.pages) == 2
    assert "first page" in reader.pages[0].extract_text()
    assert "filled in at the end" in reader.pages[0].extract_text()  # the form named before it was made
    (link,) = [a.get_object() for a in reader.pages[0]["/Annots"]]
    assert _named(reader)[str(link["/Dest"])] == 1  # the forward link found its page
    assert [o.title for o in reader.outline] == ["First", "Second"]
    assert reader.get_destination_page_number(reader.outline[1]) == 1


def test_an_encrypted_document_is_prepared_before_its_first_page():
    out = io.BytesIO()
    canvas = _furnished(out)
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


def test_a_form_used_by_its_number_takes_it_when_made_and_is_an_error_if_never_made(tmp_path):
    """A page may refer to a form made at save by the object number reserved for it (NumberedForm): no name -> number
    entry waits for it, the form made later takes that number (claim), encrypted like any other object."""
    from reportlab.pdfbase.pdfdoc import xObjectName

    out = io.BytesIO()
    canvas = _canvas(out)
    canvas.setEncrypt(pdf_encryption("pass word"))
    doc = canvas._doc
    number = doc.reserve_number()
    canvas.doForm(NumberedForm("Late", number))
    canvas.showPage()
    assert xObjectName("Late") not in doc.idToObjectNumberAndVersion and not doc._reserved
    doc.claim(xObjectName("Late"), number)
    canvas.beginForm("Late")
    canvas.drawString(72, 100, "filled in by number")
    canvas.endForm()
    canvas.save()
    reader = pypdf.PdfReader(io.BytesIO(out.getvalue()), strict=True)
    assert reader.decrypt("pass word")
    assert "filled in by number" in reader.pages[0].extract_text()
    assert reader.pages[0]["/Resources"]["/XObject"].raw_get("/FormXob.Late").idnum == number

    canvas = _canvas(str(tmp_path / "x.pdf"))
    canvas.doForm(NumberedForm("Never", canvas._doc.reserve_number()))
    canvas.showPage()
    with pytest.raises(KeyError, match="never made"):
        canvas.save()


def test_a_reportlab_link_to_a_bookmark_not_placed_yet_is_refused_with_its_page():
    """A link is written with its page: a reportlab bookmark link must go to a page already drawn (a later heading
    is a named destination, FurnishedCanvas.linkRect); one that would have to wait says which bookmark."""
    canvas = _canvas(io.BytesIO())
    canvas.bookmarkPage("earlier")
    canvas.linkAbsolute("", "earlier", (72, 500, 200, 520))  # placed already: written with this page
    canvas.linkAbsolute("", "later", (72, 600, 200, 620))
    with pytest.raises(ValueError, match="later"):
        canvas.showPage()


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


def _named(reader: pypdf.PdfReader) -> dict[str, int]:
    """Each named destination of the catalog's name tree -> its page (0 = the first), read from the tree itself."""
    page_of = {p.indirect_reference.idnum: n for n, p in enumerate(reader.pages)}
    found: dict[str, int] = {}

    def walk(node):
        node = node.get_object()
        for kid in node.get("/Kids", []):
            walk(kid)
        names = node.get("/Names", [])
        if names:
            keys = [str(k) for k in names[::2]]
            assert keys == sorted(keys), keys  # a name tree's leaves are in order (readers search them)
            assert [str(k) for k in node["/Limits"]] == [keys[0], keys[-1]]
        for key, dest in zip(names[::2], names[1::2], strict=True):
            found[str(key)] = page_of[dest[0].idnum]

    walk(reader.trailer["/Root"]["/Names"]["/Dests"])
    return found


def test_a_link_to_a_heading_is_written_with_its_page_before_the_heading_has_one():
    """The contents link every clause before its page exists: such a link names its heading (`/Dest (key)`) and
    is in the file with its page, nothing of it waiting; the catalog's name tree, written at save, gives each
    name its page and position. A link to a heading placed earlier or later on the same page alike."""
    from reportlab.pdfbase.pdfdoc import Destination, LinkAnnotation

    out = io.BytesIO()
    canvas = _furnished(out)
    canvas.linkAbsolute("", "later", (72, 600, 200, 620))
    canvas.linkAbsolute("", "here", (72, 500, 200, 520))
    canvas.mark_heading("here", 700)
    canvas.showPage()
    assert out.getvalue().count(b"/Dest (later)") == 1  # written before "later" has a page
    held = list(canvas._doc.idToObject.values()) + list(canvas._destinations.values())
    assert not any(isinstance(obj, (LinkAnnotation, Destination)) for obj in held)
    assert not [name for name in canvas._doc.idToObject if name.startswith("Annot")]  # nor its annotation
    assert not [name for name in canvas._doc._reserved if name.startswith("Annot")]  # (the page's number form)
    canvas.mark_heading("later", 700)
    canvas.linkAbsolute("", "here", (72, 400, 200, 420))
    canvas.showPage()
    canvas.save()
    reader = pypdf.PdfReader(io.BytesIO(out.getvalue()), strict=True)
    named = _named(reader)
    assert named == {"here": 0, "later": 1}
    found = [sorted((round(float(a.get_object()["/Rect"][1])), named[str(a.get_object()["/Dest"])])
                    for a in page["/Annots"]) for page in reader.pages]
    assert found == [[(500, 0), (600, 1)], [(400, 0)]]
    assert all(list(a.get_object()["/Border"]) == [0, 0, 0] for page in reader.pages for a in page["/Annots"])
    dest = reader.named_destinations["later"]
    assert (dest.typ, dest.left, dest.top) == ("/XYZ", 0, 700)


def test_the_name_tree_is_sorted_in_leaves_and_a_heading_placed_twice_keeps_its_last_place(monkeypatch):
    from mineralsdesk.documents.briefing import pdf_stream

    monkeypatch.setattr(pdf_stream, "NAMES_A_LEAF", 3)
    out = io.BytesIO()
    canvas = _furnished(out)
    keys = [f"clause-{n}" for n in range(10, 0, -1)]  # laid out in an order that is not the names' order
    for key in keys:
        canvas.linkAbsolute("", key, (72, 600, 200, 620))
        canvas.mark_heading(key, 700)
        if key == "clause-5":
            canvas.showPage()
            canvas.mark_heading(key, 650)  # again, a page later: the later place wins (reportlab rebinds)
        canvas.showPage()
    canvas.save()
    reader = pypdf.PdfReader(io.BytesIO(out.getvalue()), strict=True)
    named = _named(reader)  # leaves of three, each sorted, with its limits
    assert len(reader.trailer["/Root"]["/Names"]["/Dests"]["/Kids"]) == 4
    assert named["clause-5"] == 6 and named["clause-4"] == 7 and named["clause-10"] == 0
    assert reader.named_destinations["clause-5"].top == 650


def test_the_outline_is_written_during_the_layout_as_each_entry_is_complete():
    """An entry is written once its children and its next sibling are known: no title waits for save. The same
    outline as reportlab's (titles, levels, counts of a closed and an open entry, destinations)."""
    out = io.BytesIO()
    canvas = _furnished(out)
    plan = [("One", 0, False), ("One.a", 1, True), ("One.a.i", 2, False), ("One.b", 1, True), ("Two", 0, False),
            ("Two.a", 1, False), ("Two.a.i", 2, False), ("Two.a.ii", 2, False), ("Three", 0, False)]
    for n, (title, level, closed) in enumerate(plan):
        canvas.mark_heading(f"k{n}", 700 - n)
        canvas.addOutlineEntry(title, f"k{n}", level=level, closed=closed)
        canvas.showPage()
    # written before save: all but the last entry's open ancestors ("Three"); nothing kept by reportlab's outline
    assert out.getvalue().count(b"/Title") == len(plan) - 1
    assert not canvas._doc.outline.destinationnamestotitles and not canvas._doc.outline.levelstack
    canvas.save()


    def outline(data: bytes) -> tuple[list, int]:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=True)

        def walk(items, level=0):
            for item in items:
                if isinstance(item, list):
                    yield from walk(item, level + 1)
                else:
                    yield item.title, level, reader.get_destination_page_number(item), item.top, item.get("/Count")

        return list(walk(reader.outline)), reader.trailer["/Root"]["/Outlines"]["/Count"]

    reportlabs = io.BytesIO()  # the same outline made by reportlab's own canvas and document
    plain = Canvas(reportlabs)
    for n, (title, level, closed) in enumerate(plan):
        plain.bookmarkPage(f"k{n}", fit="XYZ", left=0, top=700 - n)
        plain.addOutlineEntry(title, f"k{n}", level=level, closed=closed)
        plain.showPage()
    plain.save()
    entries, visible = outline(out.getvalue())
    assert entries == outline(reportlabs.getvalue())[0]
    assert entries[:2] == [("One", 0, 0, 700, 2), ("One.a", 1, 1, 699, -1)]  # One.a's child hidden: One.a closed
    assert visible == 8  # the entries shown (pdf_stream._Outline, before this too; reportlab's adds 4: its counter)
    with pytest.raises(ValueError, match="intermediates"):
        canvas2 = _furnished(io.BytesIO())
        canvas2.mark_heading("x", 700)
        canvas2.addOutlineEntry("x", "x", level=1)


def test_an_encrypted_briefing_encrypts_its_names_and_outline():
    from mineralsdesk.documents.briefing.pdf_canvas import FurnishedCanvas, PageFurniture
    from mineralsdesk.documents.briefing.pdf_text import register_fonts

    register_fonts()
    out = io.BytesIO()
    canvas = FurnishedCanvas(out, furniture=PageFurniture("", "", "", margin=36, header_y=20, footer_y=20),
                             encrypt=pdf_encryption("pass word"))
    canvas.linkAbsolute("", "secret-heading", (72, 600, 200, 620))
    canvas.showPage()
    canvas.mark_heading("secret-heading", 700)
    canvas.addOutlineEntry("Secret title", "secret-heading", level=0)
    canvas.showPage()
    canvas.save()
    assert b"secret" not in out.getvalue().lower()
    reader = pypdf.PdfReader(io.BytesIO(out.getvalue()))
    assert reader.decrypt("pass word")
    assert _named(reader) == {"secret-heading": 1}
    assert [o.title for o in reader.outline] == ["Secret title"]


def test_a_link_to_a_bookmark_never_placed_is_an_error_at_save():
    canvas = _furnished(io.BytesIO())
    canvas.linkAbsolute("", "nowhere", (72, 600, 200, 620))
    canvas.showPage()
    with pytest.raises(ValueError, match="nowhere"):
        canvas.save()


def test_a_contents_rows_link_keeps_its_key_once_and_is_still_checked_at_save():
    """A contents row notes its key for its page number (toc_slot) and links to it: the document kept the key a
    second time to check the link at save (~25,000 keys at 100k). Now it checks the slots' keys; one never placed
    is an error at save as before, and a link of its own (not a row's) is noted as before."""
    out = io.BytesIO()
    canvas = _furnished(out)
    canvas.toc_slot("clause-0-0", 500, 600)
    canvas.linkAbsolute("", "clause-0-0", (72, 600, 200, 620))
    canvas.linkAbsolute("", "other", (72, 500, 200, 520))
    index = canvas._doc.index
    assert index.counts["slots"] == index.counts["linked"] == 1
    db = index._ready()
    assert db.execute("SELECT key FROM slots").fetchall() == [("clause-0-0",)]
    assert db.execute("SELECT key FROM linked").fetchall() == [("other",)]
    canvas.mark_heading("other", 700)
    canvas.showPage()
    canvas.mark_heading("clause-0-0", 700)
    canvas.showPage()
    canvas.save()
    assert _named(pypdf.PdfReader(io.BytesIO(out.getvalue()), strict=True)) == {"clause-0-0": 1, "other": 0}
    canvas = _furnished(io.BytesIO())
    canvas.toc_slot("nowhere", 500, 600)
    canvas.linkAbsolute("", "nowhere", (72, 600, 200, 620))
    canvas.showPage()
    with pytest.raises(ValueError, match="nowhere"):
        canvas.save()


@pytest.mark.parametrize("multiline", [0, 1])
def test_the_pages_tree_lists_its_kids_as_reportlabs_array_of_references_does(monkeypatch, multiline):
    """The pages tree's /Kids are formatted from the pages' numbers (an array), not a reference object a page at
    save (~160 bytes each, ~99,000 pages at a million versions), written in pieces: the same bytes as reportlab's
    PDFArray."""
    from array import array

    from reportlab import rl_config
    from reportlab.pdfbase.pdfdoc import PDFArray

    from mineralsdesk.documents.briefing.pdf_stream import _Kids, _Ref

    monkeypatch.setattr(rl_config, "pdfMultiLine", multiline)
    for count in (0, 1, 10, 11, 20, 21, 1234):
        numbers = array("q", range(5, 5 + 3 * count, 3))
        kids = _Kids(numbers)
        kids.PAGES_A_CHUNK = 20  # a few pieces
        assert b"".join(kids.chunks()) == PDFArray([_Ref(n) for n in numbers]).format(None)


def test_the_index_gives_each_name_its_pages_object_number_and_lists_numbers_in_order():
    """The pages' and their forms' object numbers are rows of the index (PdfIndex.note), read in the order noted; a
    name tree leaf gives a name its page's object number, and a name placed on a page never written is an error
    rather than a destination to nothing."""
    from mineralsdesk.services.storage import PdfIndex

    index = PdfIndex()
    try:
        for number in (7, 3, 11):  # pages 1 to 3, their objects numbered in no particular order
            index.note(index.PAGES, number)
        for number in range(2000):
            index.note("forms", 5000 - number)
        index.place("b", b"b", 3, 600.0)
        index.place("a", b"a", 1, 700.0)
        assert [list(rows) for rows in index.leaves(128)] == [[("a", 7, 700.0), ("b", 11, 600.0)]]
        assert list(index.numbers(index.PAGES)) == [7, 3, 11] and index.noted[index.PAGES] == 3
        assert list(index.numbers("forms")) == [5000 - n for n in range(2000)]
        index.place("c", b"c", 4, 500.0)  # page 4 never written
        with pytest.raises(KeyError, match="'c' is placed on a page never written"):
            list(index.leaves(128))
    finally:
        index.close()
