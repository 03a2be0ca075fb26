"""The briefing PDF read back with pypdf: sections, page furniture, fonts, bookmarks, Japanese, metadata, paper."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pypdf
import pytest

from mineralsdesk.documents.briefing.pdf import export_pdf
from mineralsdesk.errors import InvalidInputError
from mineralsdesk.services.log import Log

TODAY = date(2026, 11, 26)
CJK = re.compile(r"[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]")


def outline(reader: pypdf.PdfReader) -> list[tuple[int, str, int]]:
    """(level, title, page index) of every bookmark, depth first."""
    out: list[tuple[int, str, int]] = []

    def walk(items: list, level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                out.append((level, item.title, reader.get_destination_page_number(item)))

    walk(reader.outline, 0)
    return out


def squash(text: str) -> str:
    """Text without whitespace or the "·" between a clause's ref and title, for wrap-proof comparisons."""
    return "".join(text.split()).replace("·", "")


def page_texts(path: Path) -> list[str]:
    return [p.extract_text() for p in pypdf.PdfReader(path).pages]


@pytest.fixture(scope="module")
def demo_pdfs(demo_master: Path, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pdf")
    out = {}
    with Log.open(demo_master, readonly=True) as log:
        for audience in ("internal", "shareable"):
            out[audience] = export_pdf(log, folder / f"{audience}.pdf", audience=audience, today=TODAY)
    return out


def test_sections_in_the_issue_order(demo_pdfs):
    pages = page_texts(demo_pdfs["internal"])
    assert "Negotiation briefing" in pages[0] and "LIMITED — INTERNAL" in pages[0]
    assert "Date of issue" in pages[0] and "26 November 2026" in pages[0]
    assert pages[1].startswith("Contents")
    text = "\n".join(pages[2:])  # after the cover and the contents page, which names the sections too
    order = ["Summary", "Clauses by status", "Open brackets after each round", "Next deadlines",
             "Overdue commitments", "ACTION — US–EU–Japan Action Plans\nAction plan", "Last round: round 4",
             "Clauses at a glance", "Art. 1 · Co-financing", "Current text", "Changes since", "Positions",
             "INTERNAL — our position", "Commitments and deadlines\nAs of", "Annex: round log", "End of briefing"]
    assert text.startswith("Summary")
    at = 0
    for marker in order:  # each one after the one before
        found = text.find(marker, at)
        assert found >= 0, (marker, text[at:at + 200])
        at = found + len(marker)


def test_every_page_has_page_n_of_m_marking_log_name_and_date(demo_pdfs):
    pages = page_texts(demo_pdfs["internal"])
    total = len(pages)
    assert total > 10
    for n, text in enumerate(pages, start=1):
        assert f"Page {n} of {total}" in text
        assert text.count("LIMITED — INTERNAL") >= 2, n  # header and footer
        assert "Critical minerals partnership — demo log" in text
        assert "Issued 2026-11-26" in text


def test_contents_page_numbers_point_at_the_headings(demo_pdfs):
    reader = pypdf.PdfReader(demo_pdfs["internal"])
    pieces: list[tuple[str, float]] = []  # (text, baseline y) of the contents page
    reader.pages[1].extract_text(visitor_text=lambda t, cm, tm, *_: pieces.append((t.strip(), cm[5] + tm[5])))
    numbers = {round(y): int(t) for t, y in pieces if t.isdigit()}
    checked = 0
    for text, y in pieces:
        if text in ("Summary", "Commitments and deadlines", "Annex: round log") or text.startswith("Art. 4 "):
            page = numbers[round(y)]  # the number printed on the same line
            assert squash(text) in squash(reader.pages[page - 1].extract_text()), text
            checked += 1
    assert checked >= 6


def test_fonts_are_embedded_truetype(demo_pdfs):
    reader = pypdf.PdfReader(demo_pdfs["internal"])
    names = set()
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            names.add(font["/BaseFont"].split("+")[-1])
            assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
    assert {"NotoSans-Regular", "NotoSans-Bold", "IPAexGothic"} <= names
    assert not any("Helvetica" in n or "Times" in n for n in names)


def test_bookmarks_cover_every_section_track_and_clause(demo_pdfs, demo_master):
    reader = pypdf.PdfReader(demo_pdfs["internal"])
    marks = outline(reader)
    top = [title for level, title, _ in marks if level == 0]
    assert top[:3] == ["Cover", "Contents", "Summary"]
    assert top[-2:] == ["Commitments and deadlines", "Annex: round log"]
    with Log.open(demo_master, readonly=True) as log:
        tracks, clauses = log.tracks.list(), log.clauses.list()
    assert [t for t in top if "—" in t] == [f"{t.ref} — {t.title}" for t in tracks]
    clause_marks = [(title, page) for level, title, page in marks if title.startswith("Art.")]
    assert len(clause_marks) == len(clauses)
    for title, page in clause_marks:  # each bookmark lands on the page where the clause heading is
        assert squash(title) in squash(reader.pages[page].extract_text()), title


def test_japanese_text_extracts_exactly(demo_pdfs, demo_master):
    with Log.open(demo_master, readonly=True) as log:
        notes = [p.note for p in log.read.latest_positions().values() if CJK.search(p.note)]
        titles = [c.title for c in log.clauses.list() if CJK.search(c.title)]
    assert notes and titles
    text = "".join(page_texts(demo_pdfs["internal"]))
    for note in notes:  # wrapped over lines, so compare without whitespace
        assert squash(note) in squash(text), note
    assert "\ufffd" not in text  # nothing replaced: no demo character is missing from the fonts
    marks = [title for _, title, _ in outline(pypdf.PdfReader(demo_pdfs["internal"]))]
    for title in titles:  # bookmarks are exact, character for character
        assert any(m.endswith(title) for m in marks), title
    assert "経済産業省 (METI), 外務省 (MOFA)" in text


def test_metadata_is_deliberate(demo_pdfs):
    for audience, path in demo_pdfs.items():
        meta = pypdf.PdfReader(path).metadata
        assert meta.author == "EU delegation (DG TRADE)"
        assert meta.producer == meta.creator == "MineralsDesk 0.1.0"
        assert meta.title == "Negotiation briefing: Critical minerals partnership — demo log"
        assert "ACTION, MOU, ROADMAP, USMX" in meta.subject and audience in meta.subject


def test_shareable_has_no_marking_unless_given(demo_pdfs, demo_master, tmp_path):
    text = "".join(page_texts(demo_pdfs["shareable"]))
    assert "LIMITED" not in text and "INTERNAL" not in text
    with Log.open(demo_master, readonly=True) as log:
        path = export_pdf(log, tmp_path / "s.pdf", audience="shareable", marking="RESTRICTED", tracks=["MOU"],
                          today=TODAY)
    pages = page_texts(path)
    assert all(p.count("RESTRICTED") >= 2 for p in pages)


@pytest.mark.parametrize(("paper", "size"), [("a4", (595, 842)), ("letter", (612, 792))])
def test_paper_sizes_and_nothing_outside_the_page(small_log, tmp_path, paper, size):
    url = "https://example.org/" + "critical-minerals-" * 30 + "end"
    clause = small_log.ids["clause"]
    small_log.positions.set(clause, "US", small_log.ids["r2"], "reserves", note=f"See {url} for the text.")
    small_log.clauses.update(clause, title="Pneumonoultramicroscopicsilicovolcanoconiosis" * 4)
    path = export_pdf(small_log, tmp_path / f"{paper}.pdf", paper=paper, today=TODAY)
    reader = pypdf.PdfReader(path)
    xs: list[float] = []
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == size
        page.extract_text(visitor_text=lambda text, cm, tm, *_: xs.append(cm[4] + tm[4]) if text.strip() else None)
    assert xs and min(xs) >= 0 and max(xs) < size[0] - 40
    squeezed = "".join("".join(p.extract_text() for p in reader.pages).split())
    assert url in squeezed  # wrapped, not clipped: every character is there


def test_unknown_track_is_one_line_and_writes_nothing(small_log, tmp_path):
    with pytest.raises(InvalidInputError) as err:
        export_pdf(small_log, tmp_path / "x.pdf", tracks=["NOPE"])
    assert "\n" not in str(err.value) and "NOPE" in str(err.value)
    assert list(tmp_path.glob("*.pdf")) == []


def test_track_selection_limits_the_briefing(demo_master, tmp_path):
    with Log.open(demo_master, readonly=True) as log:
        path = export_pdf(log, tmp_path / "mou.pdf", tracks=["mou"], today=TODAY)
    top = [t for level, t, _ in outline(pypdf.PdfReader(path)) if level == 0]
    assert [t for t in top if "—" in t] == ["MOU — US–EU Memorandum of Understanding on critical minerals"]
    assert "ACTION" not in pypdf.PdfReader(path).metadata.subject


def test_written_private(small_log, tmp_path):
    path = export_pdf(small_log, tmp_path / "b.pdf", today=TODAY)
    assert path.stat().st_mode & 0o777 == 0o600
    assert pypdf.PdfReader(path).pages


def test_an_empty_log_and_an_empty_track_still_make_a_briefing(log, tmp_path):
    first = export_pdf(log, tmp_path / "empty.pdf", today=TODAY)
    assert "Page 1 of" in pypdf.PdfReader(first).pages[0].extract_text()
    log.tracks.add("NEW", "Nothing yet")
    text = "".join(page_texts(export_pdf(log, tmp_path / "new.pdf", today=TODAY)))
    assert "No clauses yet." in text and "No rounds recorded." in text and "No commitments recorded." in text


def test_modal_changes_are_flagged_and_capped(small_log, tmp_path):
    ids = small_log.ids
    old = " ".join(f"Item {n}: the Participants shall act." for n in range(20))
    new = old.replace("shall", "may")
    clause = small_log.clauses.add(ids["track"], "Art. 2", "Many modals", old, party="US", round_id=ids["r1"]).record
    small_log.clauses.revise(clause.id, new, round_id=ids["r2"], party="EU")
    text = "".join(page_texts(export_pdf(small_log, tmp_path / "m.pdf", today=TODAY)))
    text = text[text.index("Art. 2 · Many modals"):]
    assert text.count("Obligation weakened:") == 12
    assert "… and 8 more modal changes" in text


def test_command_line_export_and_its_one_line_errors(demo_path, tmp_path, capsys):
    from mineralsdesk.cli import main

    out = tmp_path / "brief.pdf"
    assert main(["--db", str(demo_path), "export", "pdf", str(out), "--audience", "shareable", "--paper", "letter",
                 "--track", "MOU", "--marking", "RESTRICTED"]) == 0
    first = pypdf.PdfReader(out).pages[0]
    assert round(float(first.mediabox.width)) == 612 and "RESTRICTED" in first.extract_text()
    before = out.read_bytes()
    assert main(["--db", str(demo_path), "export", "pdf", str(out), "--track", "NOPE"]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "NOPE" in err and "Traceback" not in err
    assert out.read_bytes() == before


def test_one_verdict_per_modal_change_the_same_as_the_clause_view(small_log, tmp_path):
    from mineralsdesk.domain.modals import describe_modal_change, modal_changes

    ids = small_log.ids
    old, new = "Each Participant shall exempt the other.", "Each Participant [will / will endeavour to] exempt the other."
    clause = small_log.clauses.add(ids["track"], "Art. 3", "Exemptions", old, party="US", round_id=ids["r1"]).record
    small_log.clauses.revise(clause.id, new, round_id=ids["r2"], party="EU")
    text = "".join(page_texts(export_pdf(small_log, tmp_path / "v.pdf", today=TODAY)))
    section = squash(text[text.index("Art. 3 · Exemptions"):])
    assert section.count("Obligation") == 1
    assert squash(describe_modal_change(modal_changes(old, new)[0])) in section
    assert "Obligationweakened:“shall”→“will”/“willendeavourto”" in section


def test_a_forecast_state_past_its_date_is_printed_stale(demo_master, tmp_path):
    # The newcomer's case: "on track" printed beside "1 d overdue" on 2 December 2026.
    with Log.open(demo_master, readonly=True) as log:
        path = export_pdf(log, tmp_path / "stale.pdf", today=date(2026, 12, 2))
    text = squash("".join(page_texts(path)))
    commitments = text[text.index("CommitmentsanddeadlinesAsof"):]
    assert "ontrack(stale:duedatepassed1dago)" in commitments
    assert "atrisk(stale:duedatepassed" in commitments


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_no_page_opens_on_a_clause_s_position_rows(demo_master, tmp_path, paper):
    # On letter paper the shareable briefing put two position rows of a clause alone on a page.
    with Log.open(demo_master, readonly=True) as log:
        for audience in ("internal", "shareable"):
            path = export_pdf(log, tmp_path / f"{audience}.pdf", audience=audience, paper=paper, today=TODAY)
            opening = [n for n, t in enumerate(page_texts(path), start=1) if t.lstrip().startswith("Party\nStance")]
            assert opening == [], (audience, opening)

def test_every_footer_carries_the_change_log_head(demo_pdfs, demo_master: Path):
    with Log.open(demo_master, readonly=True) as log:
        head = log.fingerprint()
    assert re.fullmatch(r"[0-9a-f]{12}#\d+", head)
    for text in page_texts(demo_pdfs["shareable"]):
        assert f"log {head}" in text


def test_briefing_status_counts_follow_the_domains_status_order(small_log):
    from mineralsdesk.documents.briefing.briefing import build_briefing
    from mineralsdesk.domain import rules

    track = build_briefing(small_log, today=TODAY).tracks[0]
    assert [status for status, _ in track.status_counts] == [str(s) for s in rules.STATUS_ORDER]


def test_a_track_removed_in_another_window_during_the_export_fails_it_in_one_line(small_log, tmp_path, monkeypatch):
    """Each track's section is read when the layout reaches it (not held from the build): a track removed meanwhile
    by another window (only an empty one can be) fails the export with one line saying so, and leaves no file."""
    from mineralsdesk.documents.briefing import pdf
    from mineralsdesk.errors import ExportError

    new = small_log.tracks.add("NEW", "Nothing yet").record
    render = pdf.render

    def removing_first(briefing, *args, **kwargs):
        with Log.open(small_log.path) as other:
            other.tracks.delete(new.id)
        return render(briefing, *args, **kwargs)

    monkeypatch.setattr(pdf, "render", removing_first)
    with pytest.raises(ExportError, match="A track was removed while the briefing was being written; export it again"):
        export_pdf(small_log, tmp_path / "b.pdf", today=TODAY)
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".*")) == []
