"""The briefing lists attached papers its audience may see: shareable ones in both, internal ones only internally."""

from __future__ import annotations

from pathlib import Path

import pypdf

from mineralsdesk.documents.briefing.briefing import build_briefing
from mineralsdesk.documents.briefing.pdf import export_pdf
from mineralsdesk.services.log import Log


def _text(path: Path) -> str:
    return "".join("".join(p.extract_text().split()) for p in pypdf.PdfReader(path).pages)


def test_internal_papers_never_reach_a_shareable_briefing(demo_log: Log, tmp_path: Path):
    track = demo_log.tracks.by_ref("MOU")
    demo_log.attachments.add(b"our red line LEAKMARKER", "SECRETPAPERNAME <b>&.txt", target_kind="track",
                             target_id=track.id)
    internal = {p.name for p in build_briefing(demo_log, audience="internal").papers}
    shareable = {p.name for p in build_briefing(demo_log, audience="shareable").papers}
    assert "SECRETPAPERNAME <b>&.txt" in internal and "SECRETPAPERNAME <b>&.txt" not in shareable
    assert "Joint statement 2026-02-04 (facts).txt" in shareable
    assert "Non-paper MoU price support (illustrative).txt" in internal - shareable
    out_s = export_pdf(demo_log, tmp_path / "s.pdf", audience="shareable")
    out_i = export_pdf(demo_log, tmp_path / "i.pdf", audience="internal")
    text_s, text_i = _text(Path(out_s)), _text(Path(out_i))
    assert "Attachedpapers" in text_s and "Jointstatement2026-02-04(facts).txt" in text_s
    assert "SECRETPAPERNAME" not in text_s and "Non-paperMoUprice" not in text_s and "LEAKMARKER" not in text_s
    assert "SECRETPAPERNAME<b>&.txt" in text_i and "LEAKMARKER" not in text_i  # names only, never content


def test_a_briefing_of_one_track_lists_only_its_papers(demo_log: Log):
    names = {p.name for p in build_briefing(demo_log, audience="internal", tracks=["USMX"]).papers}
    assert names == {"Non-paper 60-day checkpoints (illustrative).txt"}
