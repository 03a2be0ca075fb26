"""The briefing export keeps only what it is drawing: its memory does not grow with the log (issue 21).

A whole-log briefing of 25,000 clauses once held every clause's content, every flowable and every finished
page until the file was written (1.4 GB at 100,000 versions). Now each clause's content and flowables are
made when the layout reaches them and dropped once drawn, and each page is written to the file when it is
finished (its dictionary and content stream, and a link once its destination's page is known: pdf_stream.py).
These tests count what is alive while the export runs; they time nothing.
"""

from __future__ import annotations

import gc
import io
import sys
import tracemalloc
import weakref
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfbase.pdfdoc import LinkAnnotation, PDFPage, PDFStream
from reportlab.platypus import SimpleDocTemplate, Table
from test_pdf_scale import TODAY, check_pages, fill

from mineralsdesk.documents.briefing.briefing import ClauseSection
from mineralsdesk.documents.briefing.pdf import export_pdf
from mineralsdesk.documents.briefing.pdf_stream import StreamingPDFDocument
from mineralsdesk.documents.briefing.pdf_style import (
    Heading,
    LongTable,
    TocEntry,
    heading,
    heads,
    para,
    rich,
    table,
)
from mineralsdesk.documents.briefing.pdf_text import MAIN, register_fonts
from mineralsdesk.services.log import Log

CLAUSES = 60  # per track, two tracks


def _alive(kind: type, test=lambda _obj: True) -> int:
    return sum(1 for obj in gc.get_objects() if isinstance(obj, kind) and test(obj))


def test_the_export_holds_a_few_clauses_at_a_time_not_the_log(log, tmp_path):
    fill(log, 2, clauses=CLAUSES)
    most = {"sections": 0, "headings": 0, "contents rows": 0, "pages": 0, "streams": 0, "objects": 0}
    calls, links = [0], []

    def progress(done: int, total: int) -> None:
        calls[0] += 1
        if calls[0] % 10:
            return
        most["sections"] = max(most["sections"], _alive(ClauseSection))
        most["headings"] = max(most["headings"], _alive(Heading, lambda h: h.anchor is not None
                                                        and h.anchor.key.startswith("clause-")))
        most["contents rows"] = max(most["contents rows"], _alive(TocEntry))
        # reportlab's document once held every page (dictionary and content stream) and link until save.
        most["pages"] = max(most["pages"], _alive(PDFPage))
        most["streams"] = max(most["streams"], _alive(PDFStream))
        links.append((calls[0], _alive(LinkAnnotation)))
        held = [obj for doc in gc.get_objects() if isinstance(doc, StreamingPDFDocument)
                for obj in doc.idToObject.values() if not isinstance(obj, LinkAnnotation)]
        most["objects"] = max(most["objects"], len(held))

    path = export_pdf(log, tmp_path / "b.pdf", progress=progress, today=TODAY)
    assert calls[0] == 2 * 2 * CLAUSES + 1
    # Held all at once, these would be 120 each; a clause or two in reach of the layout is what is allowed.
    assert most["sections"] <= 3 and most["headings"] <= 6 and most["contents rows"] <= 70, most
    # No finished page (dictionary or content stream) is held: the document holds the fonts' dictionary, the
    # pages tree (the pages' names) and the links still waiting for their destination's page.
    pages = len(check_pages(path, "a4"))  # and the document is whole: every page numbered "Page n of N"
    assert pages > 40 and most["pages"] <= 1 and most["streams"] <= 1 and most["objects"] <= 4, (most, pages)
    # A contents link names its clause (a named destination) and is written with its page: none waits.
    assert all(alive <= 3 for _call, alive in links), links


def test_what_the_document_keeps_per_heading_is_a_few_bytes_not_python_objects(log, tmp_path, monkeypatch):
    """Until save the briefing kept, per clause and heading, its contents link waiting for its page (a name, a
    rectangle, a reserved number), its destination (reportlab's Destination), its outline title and entry, its page
    and its contents row's place: ~1.7 KB each (~40 MB at 100k). Now a link names its heading and is written with
    its page, an outline entry is written during the layout, and a heading's place and a contents row are a name in
    a buffer and numbers in arrays. Counted at the end of the layout (save's start), 2 tracks against 6."""
    from mineralsdesk.documents.briefing.pdf_canvas import FurnishedCanvas

    held: list[dict] = []
    save = FurnishedCanvas.save

    def counting(canvas):
        doc = canvas._doc
        outline = doc.outline
        held.append({
            "headings": doc.index.counts["places"],
            "names": len(doc.idToObjectNumberAndVersion),
            "waiting": len(doc._reserved),
            "destinations": len(canvas._destinations),
            "outline": len(outline.destinationnamestotitles) + len(outline.closedict) + len(outline._open or ()),
            # a bit an object written; the rows waiting to go into the index (pdf_stream._Index), a batch at most
            "bytes": sys.getsizeof(doc._done),
            "batch": max(len(rows) for rows in doc.index._waiting.values()) <= doc.index.BATCH,
        })
        save(canvas)

    monkeypatch.setattr(FurnishedCanvas, "save", counting)
    fill(log, 2, clauses=CLAUSES)
    check_pages(export_pdf(log, tmp_path / "small.pdf", today=TODAY), "a4")
    with Log.create(tmp_path / "large.mdesk", log_name="Test log", delegation="EU delegation",
                    user_name="Tester") as large_log:
        fill(large_log, 6, clauses=CLAUSES)
        check_pages(export_pdf(large_log, tmp_path / "large.pdf", today=TODAY), "a4")
    small, large = held
    assert large["headings"] > 2.5 * small["headings"] > 300, held
    for what in ("names", "waiting", "destinations", "outline", "batch"):  # the same few, whatever the log's size
        assert large[what] == small[what] <= 30, (what, held)
    grown = (large["bytes"] - small["bytes"]) / (large["headings"] - small["headings"])
    assert grown < 2, held  # bytes a heading: its place, slot and link are rows of the index, off the heap


class _Sink:
    """A file that keeps nothing written to it, only its size."""

    def __init__(self) -> None:
        self.size = 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        return len(data)

    def tell(self) -> int:
        return self.size

    def flush(self) -> None:
        pass


def _traced_document(lay_out: Callable[[Any], None]) -> tuple[int, int]:
    """Python's memory traced (tracemalloc) at the end of `lay_out(canvas)` on a briefing's canvas writing to a sink,
    and at its highest during save, both over what was traced before."""
    from mineralsdesk.documents.briefing.pdf_canvas import FurnishedCanvas, PageFurniture

    register_fonts()
    out = _Sink()
    tracemalloc.start()
    try:
        start = tracemalloc.get_traced_memory()[0]
        canvas = FurnishedCanvas(out, furniture=PageFurniture("", "", "", margin=36, header_y=20, footer_y=20))
        lay_out(canvas)
        held = tracemalloc.get_traced_memory()[0] - start
        tracemalloc.reset_peak()
        canvas.save()
        assert out.size > 200 * canvas._pages  # (the file, not kept: not the document's memory)
        return held, tracemalloc.get_traced_memory()[1] - start
    finally:
        tracemalloc.stop()


def _headings_document(count: int) -> tuple[int, int]:
    """`count` headings laid out as the briefing does: contents rows (a slot and a link to the heading, 50 a page),
    then the headings (a place and an outline entry, 50 a page)."""

    def lay_out(canvas: Any) -> None:
        for n in range(count):
            canvas.toc_slot(f"clause-{n // 7}-{n}", 500, 800 - 14 * (n % 50))
            canvas.linkAbsolute("", f"clause-{n // 7}-{n}", (72, 790 - 14 * (n % 50), 500, 800 - 14 * (n % 50)))
            if n % 50 == 49:
                canvas.showPage()
        canvas.showPage()
        for n in reversed(range(count)):  # not in the names' order
            canvas.mark_heading(f"clause-{n // 7}-{n}", 800 - 14 * (n % 50))
            canvas.addOutlineEntry(f"Clause {n}", f"clause-{n // 7}-{n}", level=0)
            if n % 50 == 0:
                canvas.showPage()

    return _traced_document(lay_out)


def test_the_documents_memory_at_save_does_not_grow_with_its_headings():
    """Each heading's place, contents slot and link, and each object's offset, were kept on Python's heap until
    save (~40 + ~47 bytes a heading, 8 an object), and save made a dict of every heading's first page, a sorted
    list and a set of every name (tens of MB at a million clause versions, ~250,000 headings). They are rows of a
    temporary SQLite database now (store/pdf_index.PdfIndex: its page cache bounded), read in order at save. Python's
    memory, at the end of the layout and at its highest during save, for 3x the headings: a few bytes more a
    heading (a page's numbers, an object's bit), not tens."""
    _headings_document(500)  # fonts and caches loaded once, outside the measure
    small = _headings_document(1500)
    large = _headings_document(4500)
    per_heading = [(big - little) / 3000 for little, big in zip(small, large, strict=True)]
    assert per_heading[0] < 3 and per_heading[1] < 6, (small, large, per_heading)


def _pages_document(count: int) -> int:
    """`count` pages of a line each (every page with its "Page N of M" form, a contents page every 50 with its page
    numbers form): what Python holds at the end of the layout."""

    def lay_out(canvas: Any) -> None:
        for n in range(count):
            if n % 50 == 0:
                canvas.toc_slot(f"page-{n}", 500, 700)
                canvas.linkAbsolute("", f"page-{n}", (72, 690, 500, 700))
                canvas.mark_heading(f"page-{n}", 760)
            canvas.drawString(72, 72, "x")
            canvas.showPage()

    return _traced_document(lay_out)[0]


def test_what_the_document_keeps_per_page_until_save_is_not_python_objects():
    """Each page's object number (the pages tree's /Kids, the name tree's destinations) and the numbers of its
    "Page N of M" form and of a contents page's page numbers form were arrays, 8 bytes each a page: ~2 MB held to
    the end of the save at a million versions (99,000 pages). Rows of the document's index now: what Python holds
    at the end of the layout grows by less than a byte a page (a bit an object written)."""
    _pages_document(300)  # fonts and caches loaded once, outside the measure
    small, large = _pages_document(1000), _pages_document(3000)
    assert (large - small) / 2000 < 1.5, (small, large)


def test_a_pages_forms_made_at_save_wait_as_numbers_in_an_array_not_names(log, tmp_path, monkeypatch):
    """Each page's "Page n of N" form (and a contents page's page numbers form) is only made at save; the page
    refers to it by the object number it will have, kept in an array indexed by page, and the document keeps no
    name -> number entry for it meanwhile (once ~300 bytes a page: three dict and set entries of its name)."""
    from mineralsdesk.documents.briefing.pdf_canvas import FurnishedCanvas

    held: list[dict] = []
    save = FurnishedCanvas.save

    def counting(canvas):
        doc = canvas._doc
        held.append({
            "pages": canvas._pages,
            "numbers": len(getattr(canvas, "_page_forms", ())),
            "names": sum(name.startswith("FormXob.") for name in doc.idToObjectNumberAndVersion),
            "ids": sum(str(name).startswith("FormXob.") for name in doc.numberToId.values()),
            "reserved": len(doc._reserved),
        })
        save(canvas)

    monkeypatch.setattr(FurnishedCanvas, "save", counting)
    fill(log, 2, clauses=CLAUSES)
    path = export_pdf(log, tmp_path / "b.pdf", today=TODAY)
    (at_save,) = held
    assert at_save["pages"] > 40 and at_save["numbers"] == at_save["pages"], held
    assert at_save["names"] == at_save["ids"] == at_save["reserved"] == 0, held
    check_pages(path, "a4")  # and every page says "Page n of N", the contents their page numbers


def test_the_outline_is_written_during_the_layout_and_the_page_forms_as_made_at_save(log, tmp_path, monkeypatch):
    """Each outline entry is written during the layout once complete (its children and next sibling known), at most
    one a level open at a time; each page's "Page n of N" form once made at save, rather than all made first
    (~25,000 entries and ~10,000 forms for a 100k log, once the briefing's peak)."""
    from reportlab.pdfbase.pdfdoc import OutlineEntryObject, PDFFormXObject

    from mineralsdesk.documents.briefing.pdf_canvas import FurnishedCanvas

    fill(log, 2, clauses=CLAUSES)
    most = {"forms": 0, "open entries": 0}
    entries = {"layout": 0, "save": 0}
    when = ["layout"]
    write, write_numbered, save = StreamingPDFDocument._write, StreamingPDFDocument.write_numbered, FurnishedCanvas.save

    def counting(doc, name, **kwargs):
        most["forms"] = max(most["forms"], sum(isinstance(o, PDFFormXObject) for o in doc.idToObject.values()))
        write(doc, name, **kwargs)

    def numbered(doc, number, obj):
        if isinstance(obj, OutlineEntryObject):
            entries[when[0]] += 1
            most["open entries"] = max(most["open entries"], len(doc.outline._open or ()) - 1)
        write_numbered(doc, number, obj)

    def saving(canvas):
        when[0] = "save"
        save(canvas)

    monkeypatch.setattr(StreamingPDFDocument, "_write", counting)
    monkeypatch.setattr(StreamingPDFDocument, "write_numbered", numbered)
    monkeypatch.setattr(FurnishedCanvas, "save", saving)
    path = export_pdf(log, tmp_path / "b.pdf", today=TODAY)
    # entries open at once: one a level of the outline (3 here), not the ~130; at save only the last ones' are left
    assert entries["layout"] > 120 and entries["save"] <= 3 and most["open entries"] <= 3, (entries, most)
    assert most["forms"] == 1, most
    check_pages(path, "a4")


def _peak(log: Log, tmp_path: Path, name: str) -> int:
    tracemalloc.start()
    try:
        export_pdf(log, tmp_path / name, today=TODAY)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_four_times_the_clauses_need_little_more_memory(log, tmp_path):
    fill(log, 1, clauses=40)
    export_pdf(log, tmp_path / "warm.pdf", today=TODAY)  # fonts and caches loaded once, outside the measure
    small = _peak(log, tmp_path, "small.pdf")
    with Log.create(tmp_path / "large.mdesk", log_name="Test log", delegation="EU delegation",
                    user_name="Tester") as large_log:
        fill(large_log, 4, clauses=40)
        large = _peak(large_log, tmp_path, "large.pdf")
    # 0.5 MB here; 1.4 MB when reportlab's document held every page until save, 4.0 MB when the briefing held
    # every clause. What still grows is a short row per clause and heading (the contents, the outline, the links
    # waiting for their page); not the clauses' content, flowables, drawing or pages.
    assert large - small < 1_000_000, (small, large)


def test_a_tracks_clauses_at_a_glance_is_never_one_table(log, tmp_path, monkeypatch):
    # One Table of every clause of the track (cells, per-cell commands) was alive from its first page to its last;
    # now each page's part is made from the rows it shows and a little more.
    fill(log, 1, clauses=400)
    most = [0]
    made = Table.__init__

    def counting(self, data, *args, **kwargs):
        most[0] = max(most[0], len(data))
        made(self, data, *args, **kwargs)

    monkeypatch.setattr(Table, "__init__", counting)
    path = export_pdf(log, tmp_path / "b.pdf", today=TODAY)
    assert len(check_pages(path, "a4")) > 40
    assert most[0] < 120, most  # 401 rows (the header and 400 clauses) before; a page holds ~45


def _laid_out(flowables: list, paper) -> bytes:
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=paper, invariant=1, initialFontName=MAIN, pageCompression=0)
    doc.build(flowables)
    return out.getvalue()


def test_a_long_table_lays_out_as_the_one_table(tmp_path):
    # The same bytes as reportlab's one Table split page by page: the same rows on each page, the header repeated,
    # the zebra, the rules (the doubled one at the top of a continued page) and each row's own commands.
    register_fonts()
    words = "joint projects on critical minerals and their supply chains "

    def rows():
        for n in range(700):
            cmds = [("BACKGROUND", (2, 0), (2, 0), colors.HexColor("#A8D5B5" if n % 3 else "#D9534F")),
                    ("LINEBEFORE", (1, 0), (1, 0), 3, colors.HexColor("#2E7D4F"))]
            yield [para(f"Art. {n + 1}", "cell_bold"), para(words * (n % 5), "cell"), para("Amend", "cell")], cmds

    widths = [60.0, 300.0, 60.0]
    for paper, before in ((A4, 3), (LETTER, 40)):
        def lead(before=before):  # made afresh for each layout: a layout drops the heading's keepWithNext
            return [para("x", "body") for _ in range(before)] + [heading("Clauses at a glance", "h3")]

        whole = list(rows())
        extra = [(op, (c0, r0 + n), (c1, r1 + n), *rest)
                 for n, (_cells, cmds) in enumerate(whole, start=1) for op, (c0, r0), (c1, r1), *rest in cmds]
        one = table([heads("Ref", "Title", "Stance"), *(cells for cells, _ in whole)], widths, extra=extra)
        long = LongTable(heads("Ref", "Title", "Stance"), rows(), widths)
        expected = _laid_out([*lead(), one, para("after", "body")], paper)
        assert _laid_out([*lead(), long, para("after", "body")], paper) == expected
        assert expected.count(b"/Type /Page\n") > 10


def test_a_page_never_ends_with_the_header_and_a_sliver_of_a_row():
    """A table split between rows left its rest to be tried again in the space left on the page, and reportlab split
    the rest inside its first row: the page ended with the repeated header and a line or two of a commitment (seen
    in the 100k briefing). Now the rest starts on the next page; every row is still there, once."""
    import subprocess
    import tempfile

    register_fonts()
    due = "<b>2026-03-06</b><br/><font size='7.5'>30 days after Joint press statement (US, EU, Japan) (2026-02-04)</font>"
    for lead in range(12):
        rows = [heads("Due", "Owner", "Commitment", "State")]
        rows += [[rich(due, "cell"), para("US", "cell_bold"), para(f"Deliver annex {n}. " * (1 + n % 3), "cell"),
                  para("on track (stale: due date passed 273 d ago)", "cell")] for n in range(60)]
        pdf = _laid_out([para("x " * 40, "body") for _ in range(lead)] + [table(rows, [100, 40, 250, 90])], A4)
        with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
            f.write(pdf)
            f.flush()
            text = subprocess.run(["pdftotext", "-layout", f.name, "-"], capture_output=True, text=True).stdout
        pages = text.split("\f")
        assert all(page.count("Commitment") <= 1 for page in pages), lead  # one header a page, at its top
        assert text.count("Deliver") == sum(1 + n % 3 for n in range(60)), lead  # words never break across lines


def test_the_round_log_makes_each_rounds_block_when_the_layout_reaches_it(log, monkeypatch):
    """The annex was one list of every round's block, each kept alive with its layout to the end of the file
    (+14 MB over the last 100 pages of a 100k log's briefing); now a block is made when the story reaches it."""
    from mineralsdesk.documents.briefing import pdf_sections
    from mineralsdesk.documents.briefing.briefing import build_briefing

    fill(log, 3, clauses=1)  # two rounds a track
    made = []
    block = pdf_sections.round_block
    monkeypatch.setattr(pdf_sections, "round_block", lambda r, width, **kw: made.append(r) or block(r, width, **kw))
    flowables = pdf_sections.annex(build_briefing(log, today=TODAY), 400)
    first = [next(flowables) for _ in range(3)]  # the annex's heading, the first track's, its first round's
    assert len(made) == 1 and first
    assert len(list(flowables)) > 10 and len(made) == 6


def test_the_summary_and_the_scorecard_make_each_tracks_block_when_the_layout_reaches_it(log, monkeypatch):
    """Each was one list of every track's block (charts, tables), each kept alive, laid out, to the section's end
    (+10 and +7 MB over their pages in a 100k log's briefing); now a track's block is made when the story reaches it."""
    from mineralsdesk.documents.briefing import pdf_scorecard, pdf_sections
    from mineralsdesk.documents.briefing.briefing import build_briefing

    fill(log, 3, clauses=1)
    b = build_briefing(log, today=TODAY)
    charts, parts = [], []
    chart, part = pdf_sections.status_chart, pdf_scorecard.scorecard_section
    monkeypatch.setattr(pdf_sections, "status_chart", lambda *a, **kw: charts.append(1) or chart(*a, **kw))
    monkeypatch.setattr(pdf_scorecard, "scorecard_section", lambda *a, **kw: parts.append(1) or part(*a, **kw))
    summary = pdf_sections.summary(b, 400)
    assert next(summary) and next(summary) and len(charts) == 1  # the heading, the first track's page break
    assert len(list(summary)) > 10 and len(charts) == 3
    scorecard = pdf_scorecard.scorecard_pages(b, 400)
    assert next(scorecard) and next(scorecard) and len(parts) == 1
    assert len(list(scorecard)) > 3 and len(parts) == 3


def test_a_tracks_clause_ids_are_packed_not_kept_as_strings(log):
    """A track kept its clauses' ids as a tuple of str (~85 bytes each, 2.2 MB for the 25,000 clauses of a 100k
    log, from the briefing's start to its last track); now 16 bytes each, read back as the same ids."""
    from mineralsdesk.documents.briefing.briefing import PackedIds, build_briefing

    fill(log, 1, clauses=30)
    b = build_briefing(log, today=TODAY)
    ids = b.tracks[0].clauses._ids.load()
    expected = [c.id for c in log.clauses.list(log.tracks.list()[0].id)]
    assert isinstance(ids, PackedIds) and ids._uuids is not None and len(ids._uuids) == 16 * 30
    assert list(ids) == expected and len(ids) == 30 and ids[3:5] == expected[3:5] and ids[-1] == expected[-1]
    other = ["a", "clause-é", expected[0].upper()]  # not UUIDs in their usual spelling: kept as UTF-8
    assert list(PackedIds(other)) == other and PackedIds(other)[1:] == other[1:]


def test_a_tracks_clause_ids_are_read_when_it_is_walked_one_track_at_a_time(log):
    """Every track's packed ids, read up front and held to the save, were 4 MB at a million versions (250,000
    clauses): now none are read by build_briefing, and walking a track lets go of the ids of the track walked
    before. Walking gives the same clauses, in the same order, as often as it is walked."""
    from mineralsdesk.documents.briefing.briefing import TrackClauseIds, build_briefing

    fill(log, 3, clauses=12)
    b = build_briefing(log, today=TODAY)
    tracks = list(b.tracks)
    assert all(isinstance(t.clauses._ids, TrackClauseIds) for t in tracks)
    last = tracks[0].clauses._ids._last
    assert last.track is None and last.ids is None  # nothing read yet
    expected = [[f"{c.ref}" for c in log.clauses.list(t.id)] for t in log.tracks.list()]
    for _ in range(2):  # the contents walk the heads, the sections walk the clauses: each reads the track again
        for track, refs in zip(tracks, expected, strict=True):
            assert len(track.clauses) == 12
            assert [h.ref for h in track.clauses.heads] == refs
            held = weakref.ref(track.clauses._ids.load())
            assert last.track is track.clauses._ids
            assert [s.ref for s in track.clauses] == refs
        gc.collect()
        assert held() is not None and all(last.track is not t.clauses._ids for t in tracks[:-1])
    tracks[0].clauses._ids.load()
    gc.collect()
    assert held() is None  # the last track's ids went when the first was read again


def test_the_commitments_and_the_rounds_are_made_when_walked_not_held_from_the_start(log):
    """build_briefing read every commitment's row (with its assessments) and every round's entry (with its minutes
    and actions) up front, held to the end of the save: 2,000 of each in a 100k log (~2.5 MB traced). Now only their
    ids are held and each row is made as a writer walks them: the same rows, in the same order."""
    from mineralsdesk.documents.briefing.briefing import (
        ActionRow,
        CommitmentRow,
        MinuteRow,
        RoundEntry,
        TrackSection,
        build_briefing,
    )
    from mineralsdesk.services.read_models import BracketPoint

    fill(log, 3, clauses=2, commitments=2)
    with log.write("test"):
        for k in range(10):  # on no track: in the commitments pages only
            log.commitments.add("EU", f"Untracked item {k}", state="on track", due_date=TODAY + timedelta(days=400))
        for track in log.tracks.list():
            clause = log.clauses.list(track.id)[0]
            for rnd in log.rounds.list(track.id):
                log.actions.add(rnd.id, "EU", f"Send the annex {rnd.number}", due=TODAY)
                log.minutes.add(rnd.id, clause.id, "US", "supports", f"Spoken at {rnd.number}")
        for c in log.commitments.list():
            log.commitments.assess(c.id, "EU", 1, evidence=f"Seen {c.text}")
    listed = log.commitments.list
    every: list = []  # reads of every commitment's row (~10 MB at a million versions, only their ids kept)

    def listing(track_id=None):
        every.extend([track_id] if track_id is None else [])
        return listed(track_id)

    log.commitments.list = listing
    points = _alive(BracketPoint)  # (the Dashboard's summaries of a screen test run before may hold some)
    b = build_briefing(log, today=TODAY)
    log.commitments.list = listed
    assert every == []
    gc.collect()
    # A track's next deadlines and overdue commitments are made when walked too (held from the start, ~19,000 rows
    # at a million versions), and so is its last round (400 tracks' last rounds with their minutes, and their
    # bracket burndowns, a point a round, were held at a million versions).
    shown = sum(len(t.next_deadlines) + len(t.overdue) for t in b.tracks)
    assert _alive(CommitmentRow) == 0 and shown == 6, (_alive(CommitmentRow), shown)
    assert [r.text for t in b.tracks for r in t.overdue] == [c.text for t in log.tracks.list()
                                                           for c in log.read.track_summary(t, TODAY).overdue]
    assert _alive(RoundEntry) == _alive(MinuteRow) == _alive(ActionRow) == _alive(BracketPoint) - points == 0
    assert _alive(TrackSection) == 0  # each track's section is made when walked too
    rows = list(b.commitments)
    assert [r.text for r in rows] == [c.text for c in log.commitments.list()] and len(b.commitments) == 16
    assert all(r.assessments == [f"EU +1 interim: Seen {r.text}"] for r in rows), rows[0].assessments
    for track in b.tracks:
        entries = list(track.rounds)
        assert [r.number for r in entries] == [1, 2] and track.rounds[1] == track.last_round == entries[-1]
        assert [(m.on, m.party, m.text) for m in entries[0].minutes] == [("Art. 1", "US", "Spoken at 1")]
        assert [a.text for a in entries[1].actions] == ["Send the annex 2"]
        assert track.burndown == log.read.bracket_burndown(log.tracks.by_ref(track.ref).id) and track.burndown
    del rows, entries
    gc.collect()
    del track
    gc.collect()
    assert _alive(CommitmentRow) == _alive(RoundEntry) == _alive(BracketPoint) - points == _alive(TrackSection) == 0



def test_the_charts_drawn_are_freed_as_others_are_drawn_not_at_the_end_of_the_section(log):
    """A reportlab chart drawn is a knot of reference cycles: let go by the story, it waited for Python's full
    collection, so the summary's charts piled up over its pages (+2.4 MB resident over the 40 tracks of a 100k log).
    Each few charts drawn now collect those drawn before. Python's own collections are off here, so that only the
    charts' own free them: laid out, the summary and the scorecard of 12 tracks (36 charts) leave a few."""
    from itertools import chain

    from reportlab.graphics.widgetbase import TypedPropertyCollection

    from mineralsdesk.documents.briefing import pdf_scorecard, pdf_sections
    from mineralsdesk.documents.briefing.briefing import build_briefing
    from mineralsdesk.documents.briefing.pdf import render
    from mineralsdesk.documents.briefing.pdf_charts import CHARTS_A_COLLECTION

    fill(log, 12, clauses=1)
    b = build_briefing(log, today=TODAY)
    gc.collect()
    gc.disable()
    try:
        render(b, io.BytesIO(), story_of=lambda b, width, _tick: chain(pdf_sections.summary(b, width),
                                                                      pdf_scorecard.scorecard_pages(b, width)))
        held = _alive(TypedPropertyCollection)  # a chart's bars, lines or labels: 2 a chart, 72 before
    finally:
        gc.enable()
    assert held <= 2 * CHARTS_A_COLLECTION, held


def test_a_full_temporary_folder_fails_the_export_in_one_line_and_leaves_nothing(log, tmp_path, monkeypatch):
    """The heading index lives in a temporary file: SQLite failing on it (the temporary folder full, or not
    writable) is an OSError, which the export tells as it tells any file it cannot write (one line, never an
    unexpected error nor a damaged log), and the briefing is not left half-written."""
    import sqlite3

    from mineralsdesk.store import pdf_index

    fill(log, 2, clauses=30)
    connect = sqlite3.connect

    class Full:
        def __init__(self, db):
            self._db = db

        def executemany(self, *args):
            raise sqlite3.OperationalError("database or disk is full")

        def __getattr__(self, name):
            return getattr(self._db, name)

    monkeypatch.setattr(pdf_index.sqlite3, "connect", lambda *a, **k: Full(connect(*a, **k)))
    out = tmp_path / "out" / "briefing.pdf"
    out.parent.mkdir()
    from mineralsdesk.errors import ExportError

    with pytest.raises(ExportError, match="Cannot write .*temporary index could not be written .database or disk is"):
        export_pdf(log, out, today=TODAY)
    assert list(out.parent.iterdir()) == []
