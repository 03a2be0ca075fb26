"""Word import of a 300-article chair's draft, preview included: time and peak memory (reported; no target).

The draft is written by python-docx: 300 "Art. N – Title" headings, each with two paragraphs of ~60 words,
every third article with tracked changes by two authors (a w:del and a w:ins each). The log holds a track
whose 300 clauses carry the same texts with one word changed in every fifth, and 32 articles renumbered (12 of them
retitled too) so they match by title or by text. Ours: read_docx + build_preview (+ apply, in one transaction), then the peak traced
Python memory of read+preview by tracemalloc (a second run) and the process's peak resident memory. Bare: python-docx opening the same file
and reading every paragraph's text.

    python benchmarks/bench_docx_import.py [--articles 300]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
import tracemalloc
from datetime import date
from pathlib import Path

WORDS = ("the participants shall cooperate on critical minerals supply chains including rare earths lithium "
         "cobalt nickel graphite gallium germanium processing refining recycling stockpiles projects").split()


def body(n: int, k: int) -> str:
    return " ".join(WORDS[(n * 7 + i * 3 + k) % len(WORDS)] for i in range(60)).capitalize() + "."


def write_draft(path: Path, articles: int) -> None:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def change(paragraph, tag: str, text: str, author: str) -> None:
        el = OxmlElement(f"w:{tag}")
        el.set(qn("w:id"), str(id(el) % 100000))
        el.set(qn("w:author"), author)
        run = OxmlElement("w:r")
        t = OxmlElement("w:delText" if tag == "del" else "w:t")
        t.text = text
        run.append(t)
        el.append(run)
        paragraph._p.append(el)

    document = docx.Document()
    for n in range(1, articles + 1):
        ref = f"Art. {n + 1000 if n % 15 == 0 or n % 25 == 0 else n}"  # renumbered: matched by title
        title = f"Renamed {n}" if n % 25 == 0 else f"Title {n}"  # renumbered and renamed: matched by text
        document.add_paragraph(f"{ref} – {title}", style="Heading 2")
        document.add_paragraph(body(n, 0))
        paragraph = document.add_paragraph(body(n, 1)[:-1])
        if n % 3 == 0:
            change(paragraph, "del", " within 60 days", "EU Delegation")
            change(paragraph, "ins", " within 90 days", "US Delegation")
        paragraph.add_run(".")
    document.save(path)


def make_log(path: Path, articles: int):
    from mineralsdesk.services.log import Log

    log = Log.create(path)
    track = log.tracks.add("MOU", "US–EU MoU", kind="memorandum", target_date=date(2026, 6, 1),
                           parties=["US", "EU"]).record
    r1 = log.rounds.add(track.id, date(2026, 2, 10)).record
    r2 = log.rounds.add(track.id, date(2026, 3, 10)).record
    with log.write():
        for n in range(1, articles + 1):
            second = body(n, 1)[:-1] + " within 60 days." if n % 3 == 0 else body(n, 1)
            text = f"{body(n, 0)}\n{second}"
            if n % 5 == 0:
                text = text.replace("shall", "should", 1)
            log.clauses.add(track.id, f"Art. {n}", f"Title {n}", text, party="EU", round_id=r1.id)
    return log, r2.id


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=300)
    articles = parser.parse_args().articles
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("MINERALSDESK_DATA_DIR", tmp)
        draft_path = Path(tmp) / "draft.docx"
        write_draft(draft_path, articles)
        log, round_id = make_log(Path(tmp) / "bench.mdesk", articles)
        from mineralsdesk.documents.draft import preview as dp
        from mineralsdesk.documents.word.docx_in import read_docx

        start = time.perf_counter()  # timed without tracemalloc (it slows Python code ~2x); memory below
        draft = read_docx(draft_path)
        read_ms = (time.perf_counter() - start) * 1000
        preview = dp.build_preview(log, draft, "MOU")
        preview_ms = (time.perf_counter() - start) * 1000
        dp.apply(log, preview, round_id, "EU", {"EU Delegation": "EU", "US Delegation": "US"})
        total_ms = (time.perf_counter() - start) * 1000
        tracemalloc.start()
        dp.build_preview(log, read_docx(draft_path), "MOU")
        _, peak_preview = tracemalloc.get_traced_memory()
        peak = peak_preview
        tracemalloc.stop()
        log.close()
        import docx

        start = time.perf_counter()
        texts = [p.text for p in docx.Document(draft_path).paragraphs]
        bare_ms = (time.perf_counter() - start) * 1000
        kinds = {k: len(preview.of_kind(k)) for k in ("changed", "unchanged", "new")}
        methods = {m: sum(p.method == m for p in preview.articles) for m in ("ref", "title", "text", "")}
        print(f"# {articles} articles, {draft_path.stat().st_size:,} bytes, {len(texts)} paragraphs; {kinds}; "
              f"matched by {methods}; read {read_ms:.0f} ms, read+preview {preview_ms:.0f} ms, with apply "
              f"{total_ms:.0f} ms; peak traced Python memory {peak / 2**20:.1f} MB (read+preview);"
              f" max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB", file=sys.stderr)
        # The runner's 4-column form (name, ours, bare, ratio): the size is in the name, not a log size.
        print(f"Word import of {articles} articles, read+preview (ms)\t{preview_ms:.2f}\t{bare_ms:.2f}\t"
              f"{preview_ms / bare_ms:.2f}", flush=True)
        print(f"Word import of {articles} articles, with apply (ms)\t{total_ms:.2f}\t-\t-", flush=True)
        print(f"Word import of {articles} articles, peak traced memory of read+preview (MB)\t{peak / 2**20:.2f}\t-\t-",
              flush=True)


if __name__ == "__main__":
    main()
