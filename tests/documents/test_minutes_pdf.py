"""`export pdf --minutes ROUND`: one round's minutes on their own; a shareable one keeps only the shared notes."""

from __future__ import annotations

from pathlib import Path

import pypdf
from test_cli import assert_one_line_error, run

from mineralsdesk.documents.briefing.pdf import export_pdf
from mineralsdesk.services.log import Log


def _text(path: Path) -> str:
    return "".join("".join(p.extract_text().split()) for p in pypdf.PdfReader(path).pages)


def _round(log: Log):
    track = log.tracks.by_ref("ROADMAP")
    rnd = next(r for r in log.rounds.list(track.id) if r.number == 3)
    log.comments.add("round", rnd.id, "SHAREDNOTE for the partners", audience="shareable")
    log.comments.add("round", rnd.id, "INTERNALNOTE our fallback is unused")
    log.minutes.add(rnd.id, log.clauses.list(track.id)[0].id, "US", "objects", "MINUTEMARKER no floor")
    return rnd


def test_internal_minutes_print_every_intervention_and_comment_of_the_round(demo_log: Log, tmp_path: Path):
    rnd = _round(demo_log)
    other = demo_log.rounds.list(rnd.track_id)[0]
    demo_log.comments.add("round", other.id, "OTHERROUND note", audience="shareable")
    out = export_pdf(demo_log, tmp_path / "m.pdf", minutes=rnd.id)
    text = _text(out)
    assert "Minutes—ROADMAPround3" in text and "MINUTEMARKER" in text
    assert "SHAREDNOTE" in text and "INTERNALNOTE" in text and "OTHERROUND" not in text
    assert len(pypdf.PdfReader(out).pages) == 1  # a page of minutes, not the whole briefing
    assert "Executivesummary" not in text


def test_shareable_minutes_carry_only_the_shared_notes(demo_log: Log, tmp_path: Path):
    rnd = _round(demo_log)
    text = _text(export_pdf(demo_log, tmp_path / "s.pdf", audience="shareable", minutes=rnd.id))
    assert "SHAREDNOTE" in text and "Minutes—ROADMAPround3" in text
    for secret in ("INTERNALNOTE", "MINUTEMARKER", "Minutes(internal)"):
        assert secret not in text


def test_the_command_line_names_the_round(demo_path: Path, tmp_path: Path):
    with Log.open(demo_path) as log:
        _round(log)
    ok = run("--db", str(demo_path), "export", "pdf", str(tmp_path / "m.pdf"), "--minutes", "ROADMAP 3")
    assert ok.returncode == 0, ok.stderr
    assert "MINUTEMARKER" in _text(tmp_path / "m.pdf")
    for bad in (["--minutes", "ROADMAP 99"], ["--minutes", "ROADMAP 3", "--track", "MOU"]):
        result = run("--db", str(demo_path), "export", "pdf", str(tmp_path / "x.pdf"), *bad)
        assert_one_line_error(result)
        assert not (tmp_path / "x.pdf").exists()
