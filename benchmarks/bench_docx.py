"""Benchmark: the Word negotiating text of a 1,000-article track with tracked changes, against bare python-docx.

Builds a temporary log through the services API (bench_pdf.build_log: 1,000 clauses, three versions each over
three rounds, positions with our red lines), then exports round 1 against round 3 as tracked changes. Bare
python-docx writes, in the same run, the same paragraphs (title block, a Heading 1 and a Body Text paragraph per
article) and the same runs (one per piece, brackets highlighted) with its public API (add_paragraph, add_run),
and saves: what python-docx alone costs for this content. It cannot write tracked changes, so its runs are
plain. docx_export includes reading the log and the word-level diff; docx_write is the writing of the already
gathered content alone. Shareable is the compared pair (bare has no comments); internal, with a comment on every
article and open bracket, is reported. Prints name<TAB>ours_seconds<TAB>bare_seconds<TAB>ratio (medians).

    .venv/bin/python benchmarks/bench_docx.py [--clauses 1000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_pdf import build_log, timed
from mineralsdesk.documents.word.content import WordContent, build_word
from mineralsdesk.documents.word.docx_out import docx_bytes, export_docx


def bare_build(content: WordContent, out: Path) -> None:
    """The same paragraphs and runs through python-docx's public API only."""
    from docx import Document
    from docx.enum.text import WD_COLOR_INDEX

    doc = Document()
    # Style objects looked up once, as a careful caller does. Even so add_paragraph resolves the style's id
    # against the styles part's default on every call, and bare grows faster than linearly (measured with
    # names: 0.48 s at 100 articles, 3.1 s at 300): python-docx's public API, not our writer, sets the ratio.
    heading, body = doc.styles["Heading 1"], doc.styles["Body Text"]
    doc.add_paragraph(f"{content.track_ref} — {content.track_title}", style=doc.styles["Title"])
    doc.add_paragraph(f"Changes from {content.compare_label} to {content.round_label}", style=doc.styles["Subtitle"])
    doc.add_paragraph("Parties: " + "; ".join(f"{n} ({c})" for c, n in content.parties), style=body)
    doc.add_paragraph("Text in [square brackets], highlighted, is not agreed.", style=body)
    for article in content.articles:
        doc.add_paragraph(f"{article.ref} — {article.title}", style=heading)
        p = doc.add_paragraph(style=body)
        for piece in article.pieces:
            run = p.add_run(piece.text)
            if piece.bracket:
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW
    doc.save(str(out))


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
        content = build_word(log, "BENCH", audience="shareable", compare=(1, 3))
        changes = sum(p.kind != "equal" for a in content.articles for p in a.pieces)
        runs = sum(len(a.pieces) for a in content.articles)
        print(f"# {len(content.articles)} articles, {runs} runs, {changes} of them tracked changes", file=sys.stderr)
        ours_total, ours_write, ours_internal, bare = [], [], [], []
        for _ in range(args.repeat):  # interleaved, so machine noise hits all of them alike
            bare.append(timed(lambda: bare_build(content, folder / "bare.docx")))
            ours_write.append(timed(lambda: (folder / "write.docx").write_bytes(docx_bytes(content))))
            ours_total.append(timed(lambda: export_docx(log, folder / "ours.docx", track="BENCH",
                                                        audience="shareable", compare=(1, 3))))
            ours_internal.append(timed(lambda: export_docx(log, folder / "internal.docx", track="BENCH",
                                                           compare=(1, 3))))
        log.close()
        bare_s = statistics.median(bare)
        for name, values in ((f"docx_export_{args.clauses}_articles", ours_total),
                             (f"docx_write_{args.clauses}_articles", ours_write),
                             (f"docx_export_internal_comments_{args.clauses}_articles", ours_internal)):
            ours_s = statistics.median(values)
            print(f"{name}\t{ours_s:.3f}\t{bare_s:.3f}\t{ours_s / bare_s:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
