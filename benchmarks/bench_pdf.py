"""Benchmark: the briefing PDF of a 1,000-clause log against a bare reportlab document of the same content.

Builds a temporary log through the services API (1,000 clauses, 3 versions each, positions of
two parties with our red lines), exports it, and builds in the same run a bare platypus document
with the same paragraphs and tables (same fonts and markup; no page furniture, page numbers,
bookmarks, contents numbering or keep-with-next). pdf_export includes reading the log and diffing
the versions; pdf_render is the rendering of the already gathered briefing alone.
Prints one line per measure: name<TAB>ours_seconds<TAB>bare_seconds<TAB>ratio (medians).

    .venv/bin/python benchmarks/bench_pdf.py [--clauses 1000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from mineralsdesk.documents.briefing.briefing import Briefing, build_briefing
from mineralsdesk.documents.briefing.pdf import build_story, export_pdf, frame_width, render
from mineralsdesk.documents.briefing.pdf_text import MAIN, register_fonts
from mineralsdesk.services.log import Log

TODAY = date(2026, 11, 26)
WORDS = ("critical minerals supply chain processing refining recycling lithium graphite nickel cobalt rare earths "
         "stockpile price mechanism participants cooperation projects standards investment partnership").split()
MODALS = ("shall", "will", "should", "may")


def _text(rng: random.Random, n_words: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n_words)]
    words[3] = rng.choice(MODALS)
    words[10] = "[" + words[10]
    words[14] = words[14] + "]"
    return "The Participants " + " ".join(words) + "."


def build_log(path: Path, clauses: int, seed: int = 7) -> Log:
    """A log with one four-party track, three rounds and `clauses` clauses of three versions each."""
    rng = random.Random(seed)
    log = Log.create(path, log_name="Benchmark log", delegation="EU delegation")
    track = log.tracks.add("BENCH", "Benchmark track", parties=["US", "EU", "JP", "MX"], target_date=date(2026, 12, 31)).record
    rounds = [log.rounds.add(track.id, date(2026, 3 + k, 10), place="Brussels", summary="Round summary " * 10).record
              for k in range(3)]
    for i in range(clauses):
        text = _text(rng, 90)
        clause = log.clauses.add(track.id, f"Art. {i + 1:04d}", f"Clause {i + 1} on {rng.choice(WORDS)}", text,
                                party="US", round_id=rounds[0].id, topic="joint projects").record
        for k in (1, 2):
            words = text.split(" ")
            for _ in range(4):
                j = rng.randrange(20, len(words))
                words[j] = rng.choice(WORDS)
            text = " ".join(words)
            log.clauses.revise(clause.id, text, round_id=rounds[k].id, party="EU" if k == 1 else "US")
        log.positions.set(clause.id, "US", rounds[2].id, "supports", note="Acceptable as drafted.")
        log.positions.set(clause.id, "EU", rounds[2].id, "reserves", note="Scrutiny reservation.",
                         red_line="No binding price floor.", fallback="Review clause after two years.")
    return log


def bare_story(b: Briefing) -> list:
    """Our flowables stripped to plain platypus: the same paragraphs and tables, none of our machinery.

    Headings become plain Paragraphs (no bookmarks or outline), contents rows their bare Paragraph,
    and keep-together groups, conditional page breaks and progress marks go.
    """
    from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph

    from mineralsdesk.documents.briefing.pdf_style import Heading, ProgressMark, TocEntry

    def flat(items: list) -> list:
        out = []
        for f in items:
            if isinstance(f, KeepTogether):
                out += flat(f._content)
            elif isinstance(f, Heading):
                out.append(Paragraph(f.text, f.style))
            elif isinstance(f, TocEntry):
                out.append(f.para)
            elif not isinstance(f, (CondPageBreak, ProgressMark)):
                out.append(f)
        return out

    return flat(build_story(b, frame_width("a4")))


def bare_build(b: Briefing, out: Path) -> None:
    """A bare SimpleDocTemplate of those flowables, built once: what reportlab alone costs for this content."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    register_fonts()
    SimpleDocTemplate(str(out), pagesize=A4, initialFontName=MAIN).build(bare_story(b))


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clauses", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        log = build_log(folder / "bench.mdesk", args.clauses)
        print(f"# built a {args.clauses}-clause log in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        register_fonts()
        briefing = build_briefing(log, today=TODAY)
        ours_total, ours_render, bare = [], [], []
        for _ in range(args.repeat):  # interleaved, so machine noise hits all three alike
            bare.append(timed(lambda: bare_build(briefing, folder / "bare.pdf")))
            ours_render.append(timed(lambda: render(briefing, folder / "render.pdf")))
            ours_total.append(timed(lambda: export_pdf(log, folder / "ours.pdf", today=TODAY)))
        log.close()
        bare_s = statistics.median(bare)
        for name, values in ((f"pdf_export_{args.clauses}_clauses", ours_total), (f"pdf_render_{args.clauses}_clauses", ours_render)):
            ours_s = statistics.median(values)
            print(f"{name}\t{ours_s:.3f}\t{bare_s:.3f}\t{ours_s / bare_s:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
