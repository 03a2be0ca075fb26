"""The briefing's Scorecard section and the minutes in its round annex: the numbers of the hand-built log
(tests/conftest.py `scored_log`), and the internal ones (our fallbacks used, interventions) only internally."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from mineralsdesk.documents.briefing.briefing import build_briefing
from mineralsdesk.documents.briefing.pdf import export_pdf
from mineralsdesk.services.log import Log

SPOKEN = "zqxscorecardspoken"


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True).stdout
    return " ".join(out.split())


def test_the_internal_briefing_carries_every_number(scored_log: Log):
    b = build_briefing(scored_log, audience="internal", tracks=["MOU"])
    (section,) = b.scorecards
    assert section.internal and section.parties == ["US", "JP"]
    assert [(r.opened, r.closed, r.fallbacks_used) for r in section.rows] == [(3, 0, 0), (2, 2, 1), (0, 2, 1)]
    assert section.rows[1].towards == {"US": 2} and section.rows[1].away == {"JP": 1}
    assert section.rows[1].interventions == {"US": 2, "JP": 1}
    r2 = b.tracks[0].rounds[1]
    assert [(m.on, m.party, m.signal, m.text) for m in r2.minutes][0] == ("Art. 1", "US", "objects", "Too long")


def test_the_shareable_briefing_has_no_internal_number_nor_minutes(scored_log: Log):
    b = build_briefing(scored_log, audience="shareable", tracks=["MOU"])
    (section,) = b.scorecards
    assert not section.internal
    assert all(r.fallbacks_used is None and r.interventions is None for r in section.rows)
    assert [(r.opened, r.closed) for r in section.rows] == [(3, 0), (2, 2), (0, 2)]  # brackets are shareable
    assert all(not r.minutes for r in b.tracks[0].rounds)


def test_the_pdf_prints_the_section_and_leaks_nothing_shareable(scored_log: Log, tmp_path: Path):
    log = scored_log
    log.minutes.add(log.ids["r2"], log.ids["a"], "JP", "proposes wording", f"{SPOKEN} in the room")
    export_pdf(log, tmp_path / "i.pdf", audience="internal")
    export_pdf(log, tmp_path / "s.pdf", audience="shareable")
    internal, shareable = _pdf_text(tmp_path / "i.pdf"), _pdf_text(tmp_path / "s.pdf")
    for text in (internal, shareable):
        assert "Scorecard" in text and "Brackets opened" in text and "Moves towards ours" in text
    assert "Our fallbacks used (internal)" in internal and "Minutes (internal)" in internal
    assert SPOKEN in internal
    for secret in ("fallbacks used", "Interventions", "Minutes (internal)", SPOKEN, "Too long"):
        assert secret not in shareable, secret
