"""Parsing of negotiating text that marks unagreed wording in [square brackets], including [option A / option B]."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import BracketError
from ..i18n import QT_TRANSLATE_NOOP

# The rules, in one place:
# - '[' opens a span and ']' closes the innermost open span; spans may nest.
# - A '/' separates alternatives only when it has whitespace immediately on BOTH sides
#   ("[shall / should]"). "and/or", "1/2", "shall /should" or "shall/ should" do not split:
#   slashes without spaces are ordinary words in treaty text.
# - A separator belongs to the innermost span that is open where it stands, so in
#   "[the Parties [shall / should] cooperate]" the outer span has no alternatives.
# - A span's options are its inner text cut at its own separators, each part stripped of
#   surrounding whitespace; an empty part is kept ("[shall / ]" offers "shall" or nothing).

MAX_DEPTH = 32
"""Deepest nesting accepted. Real drafts nest two or three levels; the cap keeps pathological input
(e.g. 500,000 '[' in a row) from building gigabytes of span texts."""

_TOKEN = re.compile(r"\[|\]|(?<=\s)/(?=\s)")
_CONTEXT_CHARS = 20


@dataclass(frozen=True)
class BracketSpan:
    """One [bracketed] span of a text; ``text[start:end]`` is the span including its brackets."""

    start: int
    end: int
    text: str
    options: tuple[str, ...]
    depth: int


def _context(text: str, position: int) -> str:
    """A one-line excerpt of ``text`` around ``position`` for error messages."""
    lo = max(0, position - _CONTEXT_CHARS)
    hi = min(len(text), position + _CONTEXT_CHARS + 1)
    excerpt = " ".join(text[lo:hi].split())
    return f"{'…' if lo > 0 else ''}{excerpt}{'…' if hi < len(text) else ''}"


def _options(text: str, inner_start: int, inner_end: int, separators: list[int]) -> tuple[str, ...]:
    if not separators:
        return ()
    parts = []
    begin = inner_start
    for sep in separators:
        parts.append(text[begin:sep].strip())
        begin = sep + 1
    parts.append(text[begin:inner_end].strip())
    return tuple(parts)


def parse_brackets(text: str) -> list[BracketSpan]:
    """Every bracketed span of ``text``, nested ones included, ordered by their opening bracket.

    Raises BracketError (with ``position``) for a ']' that closes nothing, a '[' that is never
    closed, or nesting deeper than MAX_DEPTH. Character positions in messages are 0-based,
    the same as ``BracketError.position``.
    """
    spans: list[BracketSpan | None] = []
    # One frame per open span: (index of its '[', its slot in `spans`, its separator positions).
    stack: list[tuple[int, int, list[int]]] = []
    for match in _TOKEN.finditer(text):
        pos = match.start()
        char = text[pos]
        if char == "/":
            if stack:
                stack[-1][2].append(pos)
        elif char == "[":
            if len(stack) >= MAX_DEPTH:
                raise BracketError(QT_TRANSLATE_NOOP("Errors", "Brackets nested more than {limit} deep "
                                                               "at character {pos}"), pos,
                                   _context(text, pos), limit=MAX_DEPTH, pos=pos)
            stack.append((pos, len(spans), []))
            spans.append(None)
        else:
            if not stack:
                raise BracketError(QT_TRANSLATE_NOOP("Errors", "Unbalanced bracket: ']' at character {pos} "
                                                               "has no opening '['"), pos,
                                   _context(text, pos), pos=pos)
            start, slot, separators = stack.pop()
            spans[slot] = BracketSpan(
                start=start,
                end=pos + 1,
                text=text[start + 1 : pos],
                options=_options(text, start + 1, pos, separators),
                depth=len(stack),
            )
    if stack:
        pos = stack[0][0]
        if len(stack) > 1:
            raise BracketError(QT_TRANSLATE_NOOP("Errors", "Unclosed '[' at character {pos}; {more} more unclosed "
                                                           "after it"), pos, _context(text, pos), pos=pos,
                               more=len(stack) - 1)
        raise BracketError(QT_TRANSLATE_NOOP("Errors", "Unclosed '[' at character {pos}"), pos, _context(text, pos),
                           pos=pos)
    # Every slot is filled once the stack is empty.
    return [span for span in spans if span is not None]


def open_bracket_texts(text: str) -> list[str]:
    """The inner texts of the top-level bracketed spans, in order; raises BracketError if unbalanced."""
    return [span.text for span in parse_brackets(text) if span.depth == 0]


def strip_brackets(text: str) -> str:
    """``text`` with every '[' and ']' removed, keeping the words inside, for reading.

    It never raises: unbalanced text is stripped just the same.
    """
    return text.replace("[", "").replace("]", "")
