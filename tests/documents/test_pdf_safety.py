"""The briefing PDF's promises under pressure: audience redaction, hostile text, atomic writes, huge clauses."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pypdf
import pytest

from mineralsdesk.documents import audience as aud
from mineralsdesk.documents.briefing import pdf_clauses
from mineralsdesk.documents.briefing.briefing import build_briefing
from mineralsdesk.documents.briefing.pdf import export_pdf
from mineralsdesk.documents.briefing.pdf_text import markup, run_paragraphs
from mineralsdesk.domain import model
from mineralsdesk.errors import Cancelled, ExportError
from mineralsdesk.store.files import TEMP_PREFIX

TODAY = date(2026, 11, 26)


def everything(path: Path) -> str:
    """Page text, bookmark titles and metadata values of a PDF, in one string."""
    reader = pypdf.PdfReader(path)
    parts = [page.extract_text() for page in reader.pages]

    def walk(items: list) -> None:
        for item in items:
            walk(item) if isinstance(item, list) else parts.append(item.title)

    walk(reader.outline)
    parts += [str(v) for v in (reader.metadata or {}).values()]
    return "\n".join(parts)


def test_internal_only_fields_reach_the_internal_briefing_only(demo_log, tmp_path):
    ours = demo_log.settings.our_party
    latest = demo_log.read.latest_positions()
    internal_fields = aud.internal_fields(model.Position)
    assert set(internal_fields) == {"red_line", "fallback", "internal_note"}
    markers = []
    # A unique marker in every internal-only field of every latest position of ours.
    for (clause_id, party), pos in latest.items():
        if party != ours:
            continue
        values = {name: f"ZQX{name.upper()}{len(markers) + i}QXZ" for i, name in enumerate(internal_fields)}
        markers += values.values()
        demo_log.positions.set(clause_id, party, pos.round_id, pos.stance, note=pos.note, **values)
    assert len(markers) >= 3 * 15
    internal = export_pdf(demo_log, tmp_path / "internal.pdf", audience="internal", today=TODAY)
    shareable = export_pdf(demo_log, tmp_path / "shareable.pdf", audience="shareable", today=TODAY)
    inside, outside = everything(internal), everything(shareable)
    missing = [m for m in markers if m not in inside]
    assert not missing
    leaked = [m for m in markers if m in outside]
    assert not leaked
    assert "ZQX" not in outside
    # Nor the words that introduce them, nor the box.
    for word in ("Red line", "Fallback", "Internal note", "INTERNAL"):
        assert word not in outside, word
    assert "Red line" in inside and "INTERNAL — our position" in inside


def test_briefing_content_is_redacted_before_any_writer_sees_it(demo_log):
    shareable = build_briefing(demo_log, audience="shareable", today=TODAY)
    internal = build_briefing(demo_log, audience="internal", today=TODAY)
    assert not any(c.internal for t in shareable.tracks for c in t.clauses)
    assert any(c.internal for t in internal.tracks for c in t.clauses)
    assert shareable.marking == "" and internal.marking == "LIMITED — INTERNAL"


HOSTILE = [
    "x<y and y>z",
    "A<B>C",
    "<font size=0>hidden</font>",
    "<para>",
    '<img src="/etc/passwd"/>',
    "Tom & Jerry &amp; &lt;co&gt;",
    "]]> <!-- comment --> <![CDATA[x]]>",
    "<b>not bold</b> <br/> <link href='x'>",
]


def test_hostile_strings_print_literally(log, tmp_path):
    track = log.tracks.add("T<1>", "Track <b>&</b>", parties=["US", "EU"]).record
    rnd = log.rounds.add(track.id, date(2026, 3, 1), place="<para>", summary=" | ".join(HOSTILE),
                        outcomes="bell\x07 null\x00 escape\x1b end").record
    clause = log.clauses.add(track.id, "Art. <1>", "A<B>C & <font size=0>",
                            "\n".join(h for h in HOSTILE if "[" not in h),  # a clause's brackets must balance
                            party="US", round_id=rnd.id).record
    log.positions.set(clause.id, "US", rnd.id, "opposes", note="<img src='x.png'/> & <u>")
    log.commitments.add("US", "Deliver <seq/> & more", track_id=track.id, due_date=date(2026, 4, 1))
    path = export_pdf(log, tmp_path / "hostile.pdf", today=TODAY)
    text = everything(path)
    for line in HOSTILE:
        assert line in text, line
    assert "A<B>C & <font size=0>" in text
    assert "Deliver <seq/> & more" in text and "<img src='x.png'/> & <u>" in text
    # Control characters are replaced, visibly, by U+FFFD.
    assert "bell\ufffd null\ufffd escape\ufffd end" in text


def test_markup_escapes_and_replaces_controls():
    assert markup("x<y & z>") == "x&lt;y &amp; z&gt;"
    assert markup("a\x00b\x1bc\u202ed") == "a\ufffdb\ufffdc\ufffdd"
    assert markup("line\r\nnext") == "line<br/>next"
    assert markup("METI 経済産業省") == 'METI <font name="IPAexGothic">経済産業省</font>'


def test_run_paragraphs_cut_long_text_and_keep_highlights_well_formed():
    from mineralsdesk.documents.briefing.rows import Run

    text = "word " * 2000
    paras = run_paragraphs([Run("text", "Start "), Run("bracket", "[" + text + "]"), Run("text", " end")])
    assert len(paras) >= 5 and all(len(p) < 2_600 for p in paras)
    assert all(p.count("<font backColor") == p.count("</font>") for p in paras)


def _good_file(path: Path) -> bytes:
    path.write_bytes(b"%PDF-1.4 the good briefing from yesterday")
    return path.read_bytes()


def test_failure_mid_build_keeps_the_old_file_and_leaves_no_temporary(small_log, tmp_path, monkeypatch):
    target = tmp_path / "briefing.pdf"
    before = _good_file(target)

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(pdf_clauses, "clause_block", broken)
    with pytest.raises(RuntimeError):
        export_pdf(small_log, target, today=TODAY)
    assert target.read_bytes() == before
    assert not list(tmp_path.glob(TEMP_PREFIX + "*"))


def test_cancel_writes_nothing(small_log, tmp_path):
    target = tmp_path / "briefing.pdf"
    before = _good_file(target)
    seen = []

    def progress(done, total):
        seen.append((done, total))
        if done == total - 1:
            raise Cancelled()

    with pytest.raises(Cancelled):
        export_pdf(small_log, target, progress=progress, today=TODAY)
    assert target.read_bytes() == before
    assert not list(tmp_path.glob(TEMP_PREFIX + "*"))
    assert seen and [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_progress_reaches_total(small_log, tmp_path):
    seen = []
    export_pdf(small_log, tmp_path / "b.pdf", progress=lambda d, t: seen.append((d, t)), today=TODAY)
    total = seen[-1][1]
    assert seen[-1] == (total, total) and total == 2 * 1 + 1


def test_bad_options_are_one_line(small_log, tmp_path):
    with pytest.raises(ExportError, match="paper"):
        export_pdf(small_log, tmp_path / "b.pdf", paper="a3")
    with pytest.raises(ExportError, match="audience"):
        export_pdf(small_log, tmp_path / "b.pdf", audience="press")
    with pytest.raises(ExportError, match="does not exist"):
        export_pdf(small_log, tmp_path / "missing" / "b.pdf")
    assert not list(tmp_path.iterdir()) or all(p.suffix != ".pdf" for p in tmp_path.iterdir())


def test_one_megabyte_clause_flows_over_pages(log, tmp_path):
    track = log.tracks.add("BIG", "Big track", parties=["US", "EU"]).record
    rnd = log.rounds.add(track.id, date(2026, 3, 1), place="Geneva").record
    sentence = "The Participants shall cooperate on critical minerals supply chains without delay. "
    paragraph = sentence * 24 + "\n"
    body = paragraph * (1_000_000 // len(paragraph))
    # One line of the text has no newline at all for 200 kB, and one word is 5,000 letters long.
    body += sentence * 2400 + "x" * 5_000 + " THE-END-MARKER"
    assert len(body) > 1_000_000
    log.clauses.add(track.id, "Art. 1", "Everything", body, party="US", round_id=rnd.id)
    path = export_pdf(log, tmp_path / "big.pdf", today=TODAY)
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) > 150
    assert os.path.getsize(path) > 100_000
    tail = "".join(page.extract_text() for page in reader.pages[-60:])
    assert "THE-END-MARKER" in tail
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in reader.pages[-1].extract_text()
