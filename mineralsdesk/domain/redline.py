"""Word-level redline between two versions of a clause (the modal verbs whose change alters an obligation: modals.py)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

SegmentKind = Literal["equal", "insert", "delete"]

# difflib's find_longest_match visits every pair of equal units, and with autojunk off a text
# that repeats units ("0.00 0.00 ...", or just very long text) makes that quadratic. So a region
# is word-diffed only if it is short and its equal-unit pairs are few; otherwise it is aligned by
# paragraph, then by sentence, and only the changed chunks are word-diffed. Measured: two unrelated
# 5,000-word texts diff in ~0.2 s; 1 MB against a copy with 50 scattered edits in ~0.15 s.
_MAX_WORD_DIFF_UNITS = 5_000
_MAX_PAIRS = 1_000_000
_WINDOW_UNITS = 1_000
_WINDOW_MAX_PAIRS = 100_000

# Fine tokens: a word (with inner apostrophes: "Party's"), a whitespace run, or one other character.
_TOKEN = re.compile(r"\w+(?:['’]\w+)*|\s+|[^\w\s]")
# Units that difflib aligns: a word or punctuation mark with the whitespace after it. Matching on
# units rather than on fine tokens keeps " " (half of all tokens) from making difflib quadratic.
_UNIT = re.compile(r"(?:\w+(?:['’]\w+)*|[^\w\s])\s*|\s+")
# Chunkers, coarse to fine. A paragraph is a line plus the blank lines after it (so blank lines
# do not become thousands of identical chunks); a sentence ends after . ; : ! or ? and a space.
_CHUNKERS = (
    re.compile(r"[^\n]*\n\s*|[^\n]+"),
    re.compile(r".*?[.;:!?]+\s+|.+", re.DOTALL),
)


@dataclass(frozen=True)
class Segment:
    """A run of text that is in both versions (equal), only in the new one (insert) or only in the old (delete)."""

    kind: SegmentKind
    text: str


class _Builder:
    """Collects segment texts, merging runs of the same kind, without quadratic string growth."""

    def __init__(self) -> None:
        self.runs: list[tuple[SegmentKind, list[str]]] = []

    def add(self, kind: SegmentKind, text: str) -> None:
        if not text:
            return
        if self.runs and self.runs[-1][0] == kind:
            self.runs[-1][1].append(text)
        else:
            self.runs.append((kind, [text]))

    def segments(self) -> list[Segment]:
        return [Segment(kind, "".join(parts)) for kind, parts in self.runs]


def _common_ends(a: list[str], b: list[str]) -> tuple[int, int]:
    """Lengths of the common prefix and of the common suffix (not overlapping it) of two lists."""
    limit = min(len(a), len(b))
    head = 0
    while head < limit and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < limit - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    return head, tail


def _replace(old: str, new: str, out: _Builder) -> None:
    """Emit a replaced run, giving back to "equal" the fine tokens it starts or ends with on both sides."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    head, tail = _common_ends(a, b)
    out.add("equal", "".join(a[:head]))
    out.add("delete", "".join(a[head : len(a) - tail]))
    out.add("insert", "".join(b[head : len(b) - tail]))
    out.add("equal", "".join(a[len(a) - tail :]))


def _pairs(a: list[str], b: list[str]) -> int:
    """How many (i, j) with a[i] == b[j]: the work difflib's first longest-match search does."""
    counts = Counter(b)
    return sum(counts[unit] for unit in a)


def _diff_units(a: list[str], b: list[str], out: _Builder) -> None:
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.add("equal", "".join(a[i1:i2]))
        else:
            _replace("".join(a[i1:i2]), "".join(b[j1:j2]), out)


def _diff_windows(a: list[str], b: list[str], out: _Builder) -> None:
    """Last resort for a huge region with no sentence in common (a rewrite, or a word replaced in
    every sentence): diff proportional windows pairwise. Small windows bound the time at about
    linear; an insertion or deletion that shifts the text only blurs the redline at window edges."""
    count = -(-max(len(a), len(b)) // _WINDOW_UNITS)
    for k in range(count):
        wa = a[len(a) * k // count : len(a) * (k + 1) // count]
        wb = b[len(b) * k // count : len(b) * (k + 1) // count]
        if _pairs(wa, wb) <= _WINDOW_MAX_PAIRS:
            _diff_units(wa, wb, out)
        else:  # repetitive text: a plain replacement keeps the time linear
            _replace("".join(wa), "".join(wb), out)


def _diff_text(old: str, new: str, level: int, out: _Builder) -> None:
    """Word-diff ``old`` and ``new`` if small enough, else align chunks of ``level`` first."""
    a, b = _UNIT.findall(old), _UNIT.findall(new)
    head, tail = _common_ends(a, b)
    out.add("equal", "".join(a[:head]))
    mid_a, mid_b = a[head : len(a) - tail], b[head : len(b) - tail]
    if not mid_a or not mid_b:
        _replace("".join(mid_a), "".join(mid_b), out)
    elif max(len(mid_a), len(mid_b)) <= _MAX_WORD_DIFF_UNITS and _pairs(mid_a, mid_b) <= _MAX_PAIRS:
        _diff_units(mid_a, mid_b, out)
    elif level < len(_CHUNKERS):
        ca = _CHUNKERS[level].findall("".join(mid_a))
        cb = _CHUNKERS[level].findall("".join(mid_b))
        # autojunk on here: a paragraph repeated hundreds of times must not make this quadratic.
        for op, i1, i2, j1, j2 in SequenceMatcher(None, ca, cb).get_opcodes():
            if op == "equal":
                out.add("equal", "".join(ca[i1:i2]))
            else:
                _diff_text("".join(ca[i1:i2]), "".join(cb[j1:j2]), level + 1, out)
    else:
        _diff_windows(mid_a, mid_b, out)
    out.add("equal", "".join(a[len(a) - tail :]))


def diff_words(old: str, new: str) -> list[Segment]:
    """The word-level redline from ``old`` to ``new``.

    Tokens are words, whitespace runs and single punctuation marks. Adjacent segments of the
    same kind are merged and no segment is empty. Joining the equal and delete segments gives
    ``old``; joining the equal and insert segments gives ``new``. In a replaced run the delete
    segment comes before the insert segment.
    """
    out = _Builder()
    _diff_text(old, new, 0, out)
    return out.segments()


def redline_text(segments: list[Segment]) -> str:
    """A redline as plain text, as `git diff --word-diff` writes it: [-deleted-] and {+inserted+}."""
    marks = {"equal": ("", ""), "delete": ("[-", "-]"), "insert": ("{+", "+}")}
    return "".join(marks[s.kind][0] + s.text + marks[s.kind][1] for s in segments)
