"""The briefing PDF: content from briefing.py rendered with reportlab, written atomically.

Called from the command line and from the desktop app's worker thread; reportlab is imported only
here (and in the pdf_* helpers), never at application start-up.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer
from reportlab.platypus.doctemplate import LayoutError

from ...errors import Cancelled, ExportError
from ...i18n import QT_TRANSLATE_NOOP
from ...services.log import Log
from ...services.storage import atomic_output
from ..progress import ProgressCallback
from ..protect import pdf_encryption
from .briefing import Briefing, build_briefing, select_tracks
from .pdf_canvas import FurnishedCanvas, PageFurniture
from .pdf_clauses import track_pages
from .pdf_comments import comment_threads
from .pdf_scorecard import scorecard_pages
from .pdf_sections import (
    annex,
    audience_word,
    commitments,
    contents,
    cover,
    papers,
    place_not_recorded,
    round_block,
    summary,
)
from .pdf_style import heading, para
from .pdf_text import MAIN, plain, register_fonts
from .pdf_topics import topic_pages
from .words import day, say, speaking

PAPERS = {"a4": A4, "letter": LETTER}
MARGIN = 18 * mm
TOP = 20 * mm
BOTTOM = 18 * mm


def export_pdf(log: Log, out: str | os.PathLike, *, audience: str = "internal", paper: str = "a4",
               marking: str | None = None, tracks: Sequence[str] | None = None,
               progress: ProgressCallback | None = None, today: date | None = None,
               password: str | None = None, with_comments: bool = False,
               topics: Sequence[str] | None = None, compare: Sequence[tuple[str, str]] | None = None,
               minutes: str | None = None, lang: str | None = None) -> Path:
    """Write the briefing for `audience` to `out` and return its path; on any failure nothing is written.

    `tracks` are track refs (None: all). progress(done, total) may raise Cancelled to stop; the file
    is then left as it was. `today` fixes the date of issue and overdue arithmetic (default: today).
    With `password`, the PDF is encrypted with AES-256 and opens only with it (see documents/protect.py).
    `topics` and `compare` add "Topic comparison" sections (documents/briefing/topics.py).
    With `minutes` (a round's id), the document is that round's minutes on their own instead (minutes_story).
    Its own words (headings, labels, markings, page lines, chart labels, the fixed lists' values, the metadata)
    are in `lang` (English for None), whatever language the app speaks; the log's text is printed as written.
    """
    out = Path(out)
    encrypt = pdf_encryption(password) if password is not None else None
    if paper not in PAPERS:
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "Unknown paper size {paper!r}; use a4 or letter"), paper=paper)
    if not out.parent.is_dir():
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "Folder {folder} does not exist"), folder=out.parent)
    story_of = build_story
    if minutes is not None:
        rnd = log.rounds.get(minutes)
        tracks = [log.tracks.get(rnd.track_id).ref]
        with_comments, topics, compare = True, None, None  # the round's notes the audience may see
        story_of = partial(minutes_story, round_number=rnd.number)
    # Clauses are counted twice in the progress: once gathered, once laid out; plus one for writing. Both happen
    # as the layout reaches each clause (the briefing builds a clause's content only then), so they share a count.
    clause_total = sum(log.read.clause_count(track_id=t.id) for t in select_tracks(log, tracks))
    total = 2 * clause_total + 1
    done = [0]

    def tick() -> None:
        done[0] += 1
        if progress is not None:
            progress(done[0], total)

    briefing = build_briefing(log, audience=audience, marking=marking, tracks=tracks, today=today,
                              progress=lambda _done, _total: tick(), progress_total=total,
                              with_comments=with_comments, topics=topics, compare=compare, lang=lang)
    try:
        with atomic_output(out) as tmp:
            render(briefing, tmp, paper=paper, tick=tick, encrypt=encrypt, story_of=story_of)
            if progress is not None:
                progress(total, total)  # last chance to cancel before the file replaces the old one
    except (Cancelled, ExportError):
        raise
    except LayoutError:
        # reportlab's message quotes the flowable's text, and export errors never quote log text.
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "The briefing could not be laid out on {paper} paper: an "
                                            "element is larger than a page"), paper=paper) from None
    except OSError as exc:
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {reason}"), path=out,
                          reason=exc.strerror or exc) from None
    return out


def render(b: Briefing, target: str | os.PathLike | Any, *, paper: str = "a4", tick: Any = None,
           encrypt: Any = None, story_of: Any = None) -> None:
    """Lay the briefing out and write it to `target` (a path or a binary file object); `encrypt` is a
    reportlab StandardEncryption (protect.pdf_encryption) or None; `story_of(b, width, tick)` gives the
    flowables (default: the whole briefing, build_story). Its own words are in `b.lang`."""
    with speaking(b.lang):
        _render(b, target, paper=paper, tick=tick, encrypt=encrypt, story_of=story_of)


def _render(b: Briefing, target: str | os.PathLike | Any, *, paper: str, tick: Any, encrypt: Any,
            story_of: Any) -> None:
    register_fonts()
    pagesize = PAPERS[paper]
    furniture = PageFurniture(marking=plain(b.marking), log_name=plain(b.log_name), issued=day(b.issued),
                              head=b.log_head, margin=MARGIN, header_y=11 * mm, footer_y=9 * mm,
                              issued_line=say(QT_TRANSLATE_NOOP("Briefing", "Issued {date}")),
                              head_line=say(QT_TRANSLATE_NOOP("Briefing", " · log {head}")),
                              page_line=say(QT_TRANSLATE_NOOP("Briefing", "Page {number} of {total}")))
    if isinstance(target, (str, os.PathLike)):
        with open(target, "wb") as out:  # the pages are written to it as they are finished (pdf_stream.py)
            _build(b, out, pagesize, furniture, tick=tick, encrypt=encrypt, story_of=story_of)
    else:
        _build(b, target, pagesize, furniture, tick=tick, encrypt=encrypt, story_of=story_of)


def _build(b: Briefing, out: Any, pagesize: tuple[float, float], furniture: PageFurniture, *, tick: Any,
           encrypt: Any, story_of: Any) -> None:
    tracks = ", ".join(t.ref for t in b.tracks)
    doc = BaseDocTemplate(
        out,
        pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP, bottomMargin=BOTTOM,
        # Metadata: only what the cover shows anyway; the author is the delegation, never the OS user.
        title=plain(say(QT_TRANSLATE_NOOP("Briefing", "{title}: {name}"), title=b.title, name=b.log_name)),
        subject=plain(say(QT_TRANSLATE_NOOP("Briefing", "Negotiation briefing on {tracks}, issued {date}, audience "
                                                         "{audience}"),
                          tracks=tracks or say(QT_TRANSLATE_NOOP("Briefing", "no tracks")), date=day(b.issued),
                          audience=audience_word(b.audience))),
        author=plain(b.delegation) or "MineralsDesk", creator=b.producer, producer=b.producer, keywords="",
        lang=b.lang, initialFontName=MAIN, encrypt=encrypt,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    story = LazyStory((story_of or build_story)(b, doc.width, tick))
    doc.build(story, canvasmaker=partial(FurnishedCanvas, furniture=furniture))


class LazyStory(list):
    """The story as reportlab consumes it: a list holding only the next few flowables, refilled from an iterator.

    doc.build takes the first flowable off the front of its list (and puts split parts back there) until the
    list is empty, and looks ahead only over a short run of keepWithNext flowables. So instead of the whole
    briefing's flowables made before the layout starts (hundreds of thousands of parsed paragraphs for a large
    log), each is made when the layout comes near it, and let go once drawn.
    """

    AHEAD = 64  # flowables kept ready: far more than any run of keepWithNext headings

    def __init__(self, flowables: Iterable[Any]) -> None:
        super().__init__()
        self._source: Iterator[Any] | None = iter(flowables)
        self._fill(self.AHEAD)

    def _fill(self, wanted: int) -> None:
        source = self._source
        while source is not None and list.__len__(self) < wanted:
            try:
                self.append(next(source))
            except StopIteration:
                self._source = source = None

    def __len__(self) -> int:
        self._fill(self.AHEAD)
        return list.__len__(self)

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, int) and index >= 0:
            self._fill(index + 1)
        elif isinstance(index, slice) and (index.stop is None or index.stop >= 0):
            self._fill(self.AHEAD if index.stop is None else index.stop)
        return list.__getitem__(self, index)


def frame_width(paper: str = "a4") -> float:
    return PAPERS[paper][0] - 2 * MARGIN


def minutes_story(b: Briefing, width: float, tick: Any = None, *, round_number: int) -> list[Any]:
    """One round's minutes on their own (`export pdf --minutes`): the round's facts with the interventions (an
    internal document: all of them; a shareable one: none, the minutes being internal records) and the comment
    threads on the round the audience may see."""
    track = b.tracks[0]
    entry = next(r for r in track.rounds if r.number == round_number)
    title = say(QT_TRANSLATE_NOOP("Briefing", "Minutes — {track} round {number}"), track=track.ref,
                number=entry.number)
    note = (say(QT_TRANSLATE_NOOP("Briefing", "Every intervention noted at the round, and the delegation's comments "
                                              "on it.")) if b.shows_internal
            else say(QT_TRANSLATE_NOOP("Briefing", "The round's facts and the notes the delegation chose to share; the "
                                                   "interventions are internal.")))
    out: list[Any] = [heading(title, "h1"), para(f"{track.title}. {note}", "muted")]
    out += round_block(entry, width, title=f"{day(entry.date)}, {entry.place or place_not_recorded()}")
    if b.shows_internal and not entry.minutes:
        out.append(para(say(QT_TRANSLATE_NOOP("Briefing", "No interventions were noted at this round.")), "muted"))
    threads = [t for t in b.comments if t.target == ("round", entry.round_id)]
    if threads:
        out += [Spacer(1, 8), *comment_threads(replace(b, comments=threads))[:-1]]  # without its page break
    out.append(para(say(QT_TRANSLATE_NOOP("Briefing", "Issued {date}."), date=day(b.issued)), "muted"))
    return out


def build_story(b: Briefing, width: float, tick: Any = None) -> Iterator[Any]:
    """The briefing's flowables in the issue's order, for a frame `width` points wide, each section made
    only when the layout reaches it (render wraps this in a LazyStory)."""
    yield from cover(b, width)
    yield from contents(b)
    yield from summary(b, width)
    for i, track in enumerate(b.tracks):
        yield from track_pages(b, i, track, width, tick or (lambda: None))
    yield from topic_pages(b, width)
    yield from scorecard_pages(b, width)
    yield from commitments(b, width)
    yield from papers(b, width)
    yield from comment_threads(b)
    yield from annex(b, width)
