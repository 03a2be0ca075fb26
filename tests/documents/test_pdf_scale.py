"""The briefing lays out at any size: 1, 40 and 400 tracks, many parties and positions, many commitments, A4 and letter."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pypdf
import pytest

from mineralsdesk.documents.briefing.pdf import export_pdf
from mineralsdesk.services.log import Log

TODAY = date(2026, 11, 26)
# Titles as long as the demo's, so the cover's list of tracks wraps as it does there.
TITLES = ["US–EU Memorandum of Understanding on critical minerals", "US–EU Strategic Partnership Roadmap",
          "US–EU–Japan Action Plans", "US–Mexico 60-day action plan on critical-minerals trade policy"]
PAPERS = {"a4": (595, 842), "letter": (612, 792)}


def fill(log: Log, tracks: int, *, clauses: int = 2, parties: tuple[str, ...] = ("US", "EU"),
         commitments: int = 1) -> None:
    """`tracks` tracks, each with a round, `clauses` clauses in two versions, every party's position
    on each, and `commitments` commitments; written through the services in one transaction."""
    with log.write("test"):
        for n in range(tracks):
            track = log.tracks.add(f"T{n}", f"{TITLES[n % 4]} ({n})", kind="memorandum", parties=list(parties),
                                  target_date=TODAY + timedelta(days=n % 90)).record
            r1 = log.rounds.add(track.id, date(2026, 2, 10), place="Brussels").record
            r2 = log.rounds.add(track.id, date(2026, 3, 10), place="Washington").record
            for k in range(clauses):
                clause = log.clauses.add(track.id, f"Art. {k + 1}", f"Joint projects {n}.{k}",
                                        "The Participants shall identify joint projects [within 30 days].",
                                        party="US", round_id=r1.id, topic="joint projects").record
                log.clauses.revise(clause.id, "The Participants [will / will endeavour to] identify joint projects.",
                                  round_id=r2.id, party="EU")
                for code in parties:
                    log.positions.set(clause.id, code, r2.id, "supports", note=f"Position of {code}")
            for k in range(commitments):
                log.commitments.add("US", f"Deliver item {n}.{k}", track_id=track.id, state="on track",
                                   due_date=TODAY - timedelta(days=k % 3))


def check_pages(path: Path, paper: str) -> list[str]:
    """Every page the paper's size, numbered "Page n of N", and no text outside the right margin."""
    reader = pypdf.PdfReader(path)
    width = PAPERS[paper][0]
    texts = []
    for n, page in enumerate(reader.pages, start=1):
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == PAPERS[paper]
        xs: list[float] = []

        def seen(t: str, cm: list[float], tm: list[float], *_: object, xs: list[float] = xs) -> None:
            if t.strip():
                xs.append(cm[4] + tm[4])

        text = page.extract_text(visitor_text=seen)
        assert f"Page {n} of {len(reader.pages)}" in text
        assert xs and min(xs) >= 0 and max(xs) < width - 40, n
        texts.append(text)
    return texts


def outline_titles(path: Path) -> list[str]:
    out: list[str] = []

    def walk(items: list) -> None:
        for item in items:
            walk(item) if isinstance(item, list) else out.append(item.title)

    walk(pypdf.PdfReader(path).outline)
    return out


def test_one_track(log, tmp_path):
    fill(log, 1)
    texts = check_pages(export_pdf(log, tmp_path / "one.pdf", today=TODAY), "a4")
    assert "T0 — " in texts[0] and "more, listed in the contents" not in texts[0]


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_forty_tracks(log, tmp_path, paper):
    # The newcomer's report: 20 tracks printed, 40 failed with "an element is larger than a page"
    # (the cover listed every track in one table cell taller than the page).
    fill(log, 40, clauses=1)
    path = export_pdf(log, tmp_path / f"forty-{paper}.pdf", paper=paper, today=TODAY)
    texts = check_pages(path, paper)
    assert texts[1].startswith("Contents")  # the cover is one page
    assert "T11 — " in texts[0] and "T12 — " not in texts[0] and "… and 28 more, listed in the contents" in texts[0]
    titles = outline_titles(path)
    assert all(f"T{n} — {TITLES[n % 4]} ({n})" in titles for n in range(40))
    everything = "\n".join(texts)
    assert everything.count("Joint projects 39.0") >= 2  # in the clause table and as a clause heading
    # The commitments table runs over pages with its header repeated.
    assert sum("Commitment, source and assessments" in t for t in texts) >= 2


@pytest.mark.slow
def test_four_hundred_tracks(log, tmp_path):
    fill(log, 400, clauses=1)
    path = export_pdf(log, tmp_path / "four-hundred.pdf", paper="letter", today=TODAY)
    texts = check_pages(path, "letter")
    titles = outline_titles(path)
    assert all(f"T{n} — {TITLES[n % 4]} ({n})" in titles for n in (0, 199, 399))
    assert "End of briefing. 400 tracks" in texts[-1]


def test_many_parties_split_the_stance_columns_and_a_tall_positions_table_runs_over(log, tmp_path):
    codes = tuple(f"P{n:02d}" for n in range(45))
    for code in codes:
        log.parties.add(code, f"Party {code}")
    fill(log, 1, clauses=1, parties=("US", "EU", *codes))
    path = export_pdf(log, tmp_path / "parties.pdf", today=TODAY)
    texts = check_pages(path, "a4")
    everything = "\n".join(texts)
    # 47 parties: the clause table, then stance tables of six parties each, every party named.
    assert "Stances: US to P03" in everything and "Stances: P40 to P44" in everything
    # 47 position rows are taller than a page: the table runs over with its header on each page.
    position_pages = [t for t in texts if "Position of P" in t]
    assert len(position_pages) >= 2
    assert all("Stance" in t and "As of" in t for t in position_pages)
    assert all(f"Position of {code}" in everything for code in codes)


def test_a_contents_row_of_a_huge_title_is_shortened_and_the_heading_prints_it_all(log, tmp_path):
    title = "Critical minerals " * 800 + "LAST-WORD"  # a contents row of it would be three pages tall
    log.tracks.add("HUGE", title, parties=["US", "EU"])
    texts = check_pages(export_pdf(log, tmp_path / "huge.pdf", today=TODAY), "a4")
    assert "LAST-WORD" not in texts[1] and "LAST-WORD" in "".join(texts[2:])


def test_the_burndown_of_many_rounds_labels_a_spaced_subset_first_and_latest_kept():
    from reportlab.graphics.charts.lineplots import LinePlot

    from mineralsdesk.documents.briefing.pdf_charts import LABEL_GAP, burndown_chart
    from mineralsdesk.services.read_models import BracketPoint

    points = [BracketPoint(f"r{k}", k + 1, date(2026, 1, 1) + timedelta(days=3 * k), 5) for k in range(60)]
    drawing = burndown_chart(points, TODAY, 250, 118)
    (plot,) = [item for item in drawing.contents if isinstance(item, LinePlot)]
    steps = plot.xValueAxis.valueSteps
    assert steps[0] == points[0].date.toordinal() and steps[-1] == points[-1].date.toordinal()
    scale = plot.width / (plot.xValueAxis.valueMax - plot.xValueAxis.valueMin)
    assert 2 < len(steps) < 20
    assert all((b - a) * scale >= LABEL_GAP for a, b in zip(steps, steps[1:], strict=False))
    # A few rounds keep a label each, as in the demo.
    few = burndown_chart(points[:8:2], date(2026, 1, 31), 250, 118)  # a round a week
    (plot,) = [item for item in few.contents if isinstance(item, LinePlot)]
    assert len(plot.xValueAxis.valueSteps) == 4


def copy_track(log: Log, track, suffix: str) -> None:
    """A copy of `track` with its rounds, actions, clauses (every version), positions and commitments."""
    new = log.tracks.add(f"{track.ref}-{suffix}", track.title, kind=track.kind, target_date=track.target_date,
                        parties=list(track.parties), description=track.description).record
    rounds = {}
    for r in log.rounds.list(track.id):
        rounds[r.id] = log.rounds.add(new.id, r.date, place=r.place, video=r.video, participants=r.participants,
                                     summary=r.summary, outcomes=r.outcomes, number=r.number,
                                     illustrative=r.illustrative).record.id
        for a in log.actions.list(r.id):
            log.actions.add(rounds[r.id], a.owner, a.text, due=a.due, done=a.done)
    for c in log.clauses.list(track.id):
        first, *later = log.clauses.versions(c.id)
        copy = log.clauses.add(new.id, c.ref, c.title, first.text, party=first.party, round_id=rounds.get(first.round_id),
                              topic=c.topic, minerals=c.minerals, status=c.status, illustrative=c.illustrative).record
        for v in later:
            log.clauses.revise(copy.id, v.text, round_id=rounds[v.round_id], party=v.party)
        for p in log.positions.list(c.id):
            log.positions.set(copy.id, p.party, rounds[p.round_id], p.stance, note=p.note, red_line=p.red_line,
                             fallback=p.fallback, internal_note=p.internal_note)
    for cm in log.commitments.list(track.id):
        log.commitments.add(cm.owner, cm.text, source_kind=cm.source_kind, source=cm.source, track_id=new.id,
                           due_date=cm.due_date, anchor_id=cm.anchor_id, offset_days=cm.offset_days,
                           offset_months=cm.offset_months, state=cm.state)


@pytest.mark.slow
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_demo_s_four_tracks_copied_ten_times(demo_log, tmp_path, paper):
    # The newcomer's exact case, with the demo's long texts, Japanese and internal notes.
    with demo_log.write("test"):
        originals = demo_log.tracks.list()
        for n in range(1, 10):
            for track in originals:
                copy_track(demo_log, track, str(n))
    assert len(demo_log.tracks.list()) == 40
    for audience in ("internal", "shareable"):
        path = export_pdf(demo_log, tmp_path / f"{audience}.pdf", audience=audience, paper=paper, today=TODAY)
        texts = check_pages(path, paper)
        assert texts[1].startswith("Contents") and "… and 28 more, listed in the contents" in texts[0]
        assert not [n for n, t in enumerate(texts, start=1) if t.lstrip().startswith("Party\nStance")]
