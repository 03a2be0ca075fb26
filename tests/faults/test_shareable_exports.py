"""Nothing internal-only leaks into a shareable PDF or workbook, no cell is a formula, odd text survives."""

from __future__ import annotations

import getpass
import html
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from faultkit import HOSTILE

from mineralsdesk.services.log import Log

pdf = pytest.importorskip("mineralsdesk.documents.briefing.pdf")
xlsx = pytest.importorskip("mineralsdesk.documents.workbook.xlsx")


def _internal_texts(log: Log) -> set[str]:
    """Every internal-only value in the log (our red lines, fallbacks and internal notes, the evidence of our
    internal assessments), long enough to search."""
    texts = set()
    values = [v for p in log.positions.list() for v in (p.red_line, p.fallback, p.internal_note)]
    values += [a.evidence for a in log.commitments.assessments() if a.audience == "internal"]
    # Evidence may quote what is public anyway (a round's outcome): only what is nowhere else is secret.
    public = " ".join(f"{r.summary} {r.outcomes}" for t in log.tracks.list() for r in log.rounds.list(t.id))
    public += " ".join(f"{c.text} {c.source}" for c in log.commitments.list())
    for value in values:
        for piece in re.split(r"[\n.;]", value):
            if len(piece.strip()) >= 12 and piece.strip() not in public:
                texts.add(piece.strip())
    return texts


def _xlsx_text(path: Path) -> str:
    """All XML of every part (sheets, hidden sheets, comments, defined names, docProps), entities decoded."""
    with zipfile.ZipFile(path) as zf:
        return "\n".join(html.unescape(zf.read(n).decode("utf-8", "replace")) for n in zf.namelist())


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True).stdout
    raw = path.read_bytes().decode("latin-1")  # metadata, bookmarks (outline titles) when uncompressed
    return " ".join(text.split()) + "\n" + raw


def test_shareable_exports_hold_nothing_internal(demo_log: Log, tmp_path: Path):
    secrets = _internal_texts(demo_log)
    assert len(secrets) > 5
    evidence = {a.evidence for a in demo_log.commitments.assessments()}
    assert any(s in e for s in secrets for e in evidence)  # assessments' evidence is searched for too
    xlsx.export_xlsx(demo_log, tmp_path / "s.xlsx", audience="shareable")
    pdf.export_pdf(demo_log, tmp_path / "s.pdf", audience="shareable")
    workbook, document = _xlsx_text(tmp_path / "s.xlsx"), _pdf_text(tmp_path / "s.pdf")
    leaked = [s for s in secrets if s in workbook or " ".join(s.split()) in document]
    assert leaked == []
    # The internal versions do show them, so the search above can find them.
    xlsx.export_xlsx(demo_log, tmp_path / "i.xlsx", audience="internal")
    assert any(s in _xlsx_text(tmp_path / "i.xlsx") for s in secrets)
    pdf.export_pdf(demo_log, tmp_path / "i.pdf", audience="internal")
    assert any(" ".join(s.split()) in _pdf_text(tmp_path / "i.pdf") for s in secrets)


def _plain(text: str) -> str:
    """iCalendar text unfolded, escapes and the characters they escape dropped: a secret compares the same way."""
    return re.sub(r"[\\,;]", "", text.replace("\r\n ", "").replace("\\n", " "))


def test_shareable_calendar_holds_nothing_internal(demo_log: Log, tmp_path: Path):
    from mineralsdesk.documents.calendar.ics import export_ics

    secrets = {_plain(s) for s in _internal_texts(demo_log)}
    shareable = _plain(export_ics(demo_log, tmp_path / "s.ics", audience="shareable").path.read_bytes().decode("utf-8"))
    assert [s for s in secrets if s in shareable] == []
    internal = _plain(export_ics(demo_log, tmp_path / "i.ics", audience="internal").path.read_bytes().decode("utf-8"))
    assert any(s in internal for s in secrets)  # the internal calendar carries assessments: the search can see


def test_no_formula_cell_and_deliberate_metadata(log: Log, tmp_path: Path):
    from datetime import date

    track = log.tracks.add("ODD", "Odd", parties=["US", "EU"]).record
    rnd = log.rounds.add(track.id, date(2026, 2, 10), summary="\n".join(HOSTILE)).record
    for i, text in enumerate(HOSTILE):
        body = text.replace("[", "(").replace("]", ")")
        log.clauses.add(track.id, f"Art. {i}", text, f"{body} [shall / should]", party="US", round_id=rnd.id)
    out = xlsx.export_xlsx(log, tmp_path / "odd.xlsx", audience="internal")
    with zipfile.ZipFile(out) as zf:
        for name in zf.namelist():
            assert "<f>" not in zf.read(name).decode("utf-8", "replace") and "<f " not in zf.read(name).decode(
                "utf-8", "replace"), f"formula in {name}"
    import openpyxl

    wb = openpyxl.load_workbook(out)
    values = [c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    assert all(getattr(c, "data_type", "s") != "f" for ws in wb.worksheets for row in ws.iter_rows() for c in row)
    strings = {v for v in values if isinstance(v, str)}
    for text in HOSTILE:
        if text.strip() and not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", text):
            assert text.strip() in strings, f"{text!r} did not come back out of the workbook"
    user = getpass.getuser()
    props = wb.properties
    for value in (props.creator, props.lastModifiedBy):
        assert value and value != user and "/" not in value
    pdf_out = pdf.export_pdf(log, tmp_path / "odd.pdf")
    assert pdf_out.stat().st_size > 0
    if shutil.which("pdftotext"):
        text = " ".join(subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf_out), "-"], capture_output=True,
                                       text=True).stdout.split())
        for needle in ("x<y and y>z", "A<B>C", "=cmd|' /C calc'!A0"):
            assert needle in text, f"{needle!r} was mangled in the PDF"


def test_shareable_topic_comparisons_hold_nothing_internal(demo_log: Log, tmp_path: Path):
    """Every topic side by side across the demo's tracks, with a redline: still nothing internal."""
    from mineralsdesk.domain.model import Topic

    secrets = _internal_texts(demo_log)
    topics, pair = [t.value for t in Topic], [("MOU:Art. 5", "USMX:Art. 1")]
    pdf.export_pdf(demo_log, tmp_path / "s.pdf", audience="shareable", topics=topics, compare=pair)
    document = _pdf_text(tmp_path / "s.pdf")
    assert "Topic comparison: stockpiling" in document
    assert [s for s in secrets if " ".join(s.split()) in document] == []
    pdf.export_pdf(demo_log, tmp_path / "i.pdf", audience="internal", topics=topics, compare=pair)
    assert any(" ".join(s.split()) in _pdf_text(tmp_path / "i.pdf") for s in secrets)


def test_shareable_word_text_holds_nothing_internal_in_any_part(demo_log: Log, tmp_path: Path):
    from mineralsdesk.documents.word.docx_out import export_docx

    secrets = _internal_texts(demo_log)
    for track in demo_log.tracks.list():
        rounds = demo_log.rounds.list(track.id)
        for compare in (None, (rounds[0].number, rounds[-1].number)):
            out = export_docx(demo_log, tmp_path / "s.docx", track=track.ref, audience="shareable", compare=compare)
            names = zipfile.ZipFile(out).namelist()
            assert "word/comments.xml" not in names and "word/people.xml" not in names
            document = _xlsx_text(out)  # every part of the zip: body, header, footer, core, app, settings
            assert [s for s in secrets if s in document] == []
    internal = _xlsx_text(export_docx(demo_log, tmp_path / "i.docx", track="MOU"))
    assert any(s in internal for s in secrets)  # the internal text's comments carry them: the search can see


def test_akoma_ntoso_text_holds_nothing_internal(demo_log: Log, tmp_path: Path):
    from mineralsdesk.documents.akn.akn_out import export_akn

    secrets = _internal_texts(demo_log)
    text = html.unescape("".join(export_akn(demo_log, tmp_path / f"{t.ref}.xml", track=t.ref).path.read_text(
        encoding="utf-8") for t in demo_log.tracks.list()))
    assert "Art." in text and [s for s in secrets if s in text] == []
