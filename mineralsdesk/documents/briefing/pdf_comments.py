"""The briefing's comment threads section, printed only on request (`export pdf --with-comments`); the threads
come already chosen for the audience (briefing.py asks documents/audience.py)."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import KeepTogether, PageBreak, Spacer

from ...i18n import QT_TRANSLATE_NOOP
from .briefing import Briefing
from .pdf_style import heading, para, rich
from .pdf_text import markup
from .words import say

TITLE = QT_TRANSLATE_NOOP("Briefing", "Comments")


def comment_threads(b: Briefing) -> list[Any]:
    """A heading, then per thread what it is on and its comments (author, time, text); nothing when no thread."""
    if not b.comments:
        return []
    note = (say(QT_TRANSLATE_NOOP("Briefing", "Comment threads of the delegation.")) if b.shows_internal
            else say(QT_TRANSLATE_NOOP("Briefing", "Comments the delegation chose to share.")))
    resolved = markup(say(QT_TRANSLATE_NOOP("Briefing", " — resolved")))
    out: list[Any] = [heading(say(TITLE), "h1"), para(note, "muted")]
    for thread in b.comments:
        block: list[Any] = [rich(f"<b>{markup(thread.on)}</b>" + (resolved if thread.resolved else ""), "body")]
        for n, (author, at, text) in enumerate(thread.comments):
            lead = "↳ " if n else ""
            block.append(rich(f"{lead}<font color='#52606D' size='7.5'>{markup(author)} · {markup(at)}</font>"
                              f"<br/>{markup(text)}", "cell"))
        block.append(Spacer(1, 6))
        out.append(KeepTogether(block) if sum(len(t) for _, _, t in thread.comments) < 1500 else block[0])
        if sum(len(t) for _, _, t in thread.comments) >= 1500:
            out += block[1:]
    out.append(PageBreak())
    return out
