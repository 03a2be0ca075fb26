"""The modal verbs of a clause whose change alters an obligation, and the one verdict on each change: weakened or strengthened."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from ..errors import BracketError
from ..i18n import QT_TRANSLATE_NOOP, translate
from .brackets import parse_brackets
from .redline import Segment, diff_words

_STRENGTH: dict[str, int] = {
    # 4: binding obligations and prohibitions ("may not" is a prohibition in drafting usage).
    **dict.fromkeys(("shall", "must", "shall not", "must not", "may not", "undertake to"), 4),
    # 3: firm commitment, the usual register of an MoU.
    **dict.fromkeys(("will", "will not"), 3),
    # 2: recommendation or best efforts.
    **dict.fromkeys(
        ("should", "should not", "endeavour to", "endeavor to", "strive to", "seek to", "aim to"), 2
    ),
    # 1: permission.
    "may": 1,
}

MODALS: tuple[str, ...] = tuple(sorted(_STRENGTH, key=lambda m: (-len(m), m)))
"""Modal expressions that set an obligation's strength, longest first so "shall not" wins over "shall"."""

# A chain of modals separated only by whitespace ("will endeavour to") counts as one expression.
_ONE_MODAL = "(?:" + "|".join(r"\s+".join(map(re.escape, m.split())) for m in MODALS) + ")"
_MODAL = re.compile(rf"(?<!\w){_ONE_MODAL}(?:\s+{_ONE_MODAL})*(?!\w)", re.IGNORECASE)
_ONE_MODAL_RE = re.compile(rf"(?<!\w){_ONE_MODAL}(?!\w)", re.IGNORECASE)
# How far a change is widened over equal text to catch a modal it cuts ("shall not" -> "shall").
_WINDOW = max(len(m) for m in MODALS) + 4
_CONTEXT_CHARS = 60
_DAY_BEFORE = re.compile(r"\d\s+$")
_NUMBER_AFTER = re.compile(r"\s+\d")


@dataclass(frozen=True)
class ModalChange:
    """A modal expression that differs between two versions at the same place ("" where there is none)."""

    old: str
    new: str
    context: str


def _normal(modal: str) -> str:
    return " ".join(modal.lower().split())


def modal_strength(modal: str) -> int:
    """How binding a modal expression is: 4 shall/must/undertake to (and their negations), 3 will,
    2 should and best-efforts verbs (endeavour, strive, seek, aim to), 1 may, 0 none or unknown.

    A chain such as "will endeavour to" is as strong as its weakest part (2). Case and spacing
    are ignored. To say whether a change weakened an obligation, use `modal_verdict`.
    """
    parts = [_normal(m.group()) for m in _ONE_MODAL_RE.finditer(modal)]
    return min((_STRENGTH[p] for p in parts), default=0)


# Options of one bracket are joined with OPTION_SEP ("will / will endeavour to"); separate modals
# that one change replaced together with SEQUENCE_SEP ("will … endeavour to"). NO_MODAL stands for
# an option without a modal ("[shall / ]").
OPTION_SEP = " / "
SEQUENCE_SEP = " … "
NO_MODAL = "no modal"
# A replaced run with more modals than this on a side is reported modal by modal, not as one change.
_MAX_MERGED = 3

ModalVerdict = Literal["weakened", "strengthened", "changed"]


def _option_strengths(expression: str) -> list[int]:
    """The strength of each reading an expression allows: one per bracket option, 0 for none."""
    if not expression:
        return [0]
    return [modal_strength(option) for option in expression.split(OPTION_SEP)]


def modal_verdict(old: str, new: str) -> ModalVerdict:
    """Whether going from the modal expression ``old`` to ``new`` weakened or strengthened an obligation.

    The one place this is decided: the clause view and the briefing both call it. Each side may be
    a bracket's options ("will / will endeavour to"), judged as the range of readings it allows:
    weakened if neither the weakest nor the strongest reading got stronger and one got weaker
    ("shall" -> "will / will endeavour to", or "shall / should" -> "should"); strengthened the other
    way round; "changed" when the strength is the same or the range widened both ways.
    """
    before, after = _option_strengths(old), _option_strengths(new)
    lo, hi = min(after) - min(before), max(after) - max(before)
    if lo <= 0 and hi <= 0 and (lo or hi):
        return "weakened"
    if lo >= 0 and hi >= 0 and (lo or hi):
        return "strengthened"
    return "changed"


MODALS_CONTEXT = "Modals"  # the translation context of the words below (the modal verbs are quoted from the text as written)
_HEADLINES: dict[str, str] = {
    "weakened": QT_TRANSLATE_NOOP("Modals", "Obligation weakened"),
    "strengthened": QT_TRANSLATE_NOOP("Modals", "Obligation strengthened"),
    "changed": QT_TRANSLATE_NOOP("Modals", "Obligation changed"),
}
_NO_MODAL_WORDS = QT_TRANSLATE_NOOP("Modals", "no modal")  # NO_MODAL as a reader sees it


def describe_modals(expression: str, lang: str | None = None) -> str:
    """One side of a modal change for people: “shall”, “will” / “will endeavour to”, or no modal (in `lang`)."""
    none = translate(MODALS_CONTEXT, _NO_MODAL_WORDS, lang)
    if not expression:
        return none
    return OPTION_SEP.join(none if o == NO_MODAL else f"“{o}”" for o in expression.split(OPTION_SEP))


def modal_headline(change: ModalChange, lang: str | None = None) -> str:
    """The head of a verdict line, "Obligation weakened" (or strengthened, changed): the clause view and the
    briefing print these words (in English unless `lang` names another of the app's languages)."""
    return translate(MODALS_CONTEXT, _HEADLINES[modal_verdict(change.old, change.new)], lang)


def describe_modal_change(change: ModalChange, lang: str | None = None) -> str:
    """The verdict line without its context: "Obligation weakened: “shall” → “will” / “will endeavour to”"."""
    return f"{modal_headline(change, lang)}: {describe_modals(change.old, lang)} → {describe_modals(change.new, lang)}"


def _find_modals(text: str) -> list[re.Match[str]]:
    """The modal expressions of ``text`` in order, leaving out the month in dates ("4 May", "May 2026")."""
    found = []
    for m in _MODAL.finditer(text):
        if m.group().startswith("May") and (
            _DAY_BEFORE.search(text, max(0, m.start() - 8), m.start()) or _NUMBER_AFTER.match(text, m.end())
        ):
            continue
        found.append(m)
    return found


def _excerpt(text: str, start: int, end: int) -> str:
    """About _CONTEXT_CHARS of ``text`` centred on [start, end), cut at word boundaries, on one line."""
    pad = max(0, (_CONTEXT_CHARS - (end - start)) // 2)
    lo, hi = max(0, start - pad), min(len(text), end + pad)
    if lo > 0:
        space = text.find(" ", lo, start)
        lo = space + 1 if space != -1 else lo
    if hi < len(text):
        space = text.rfind(" ", end, hi)
        hi = space if space != -1 else hi
    body = " ".join(text[lo:hi].split())
    return f"{'…' if lo > 0 else ''}{body}{'…' if hi < len(text) else ''}"


def _hunks(segments: list[Segment]) -> list[tuple[int, int, int, int]]:
    """The changed regions of a redline as (old_start, old_end, new_start, new_end), each widened by
    up to _WINDOW characters of the equal text around it; changes closer than that are merged."""
    raw: list[list[int]] = []
    o = n = 0
    for seg in segments:
        size = len(seg.text)
        if seg.kind == "equal":
            o += size
            n += size
            continue
        if not raw or raw[-1][1] < o - 2 * _WINDOW:
            raw.append([o, o, n, n])
        if seg.kind == "delete":
            o += size
        else:
            n += size
        raw[-1][1], raw[-1][3] = o, n
    # The equal text between two changes is the same on both sides, so widening by the same
    # amount keeps the old and new windows aligned.
    hunks = []
    for k, (o1, o2, n1, n2) in enumerate(raw):
        left = min(_WINDOW, o1 - (raw[k - 1][1] if k else 0))
        right = min(_WINDOW, (raw[k + 1][0] if k + 1 < len(raw) else o) - o2)
        hunks.append((o1 - left, o2 + right, n1 - left, n2 + right))
    return hunks


@dataclass(frozen=True)
class _Unit:
    """What modal_changes compares: one modal expression, or the options of one bracket as a whole."""

    start: int
    end: int
    key: str  # "shall", or "will / will endeavour to" for a bracket's options
    focus: tuple[int, int]  # the first modal of the unit, for the context excerpt


def _single(m: re.Match[str]) -> _Unit:
    return _Unit(m.start(), m.end(), _normal(m.group()), m.span())


def _modal_units(text: str) -> list[_Unit]:
    """The modal expressions of ``text`` in order, the modals of a bracket with options grouped as one unit.

    In "[shall / will endeavour to]" the reader is offered a choice: it is one change with two
    readings, not a "shall" and a separate "will endeavour to". Options that repeat a reading count
    once; an option without a modal is NO_MODAL. A bracket nested in an option belongs to it.
    """
    matches = _find_modals(text)
    if not matches or "[" not in text:
        return [_single(m) for m in matches]
    try:
        spans = [s for s in parse_brackets(text) if s.options]
    except BracketError:
        spans = []
    groups: list[tuple[int, int]] = []
    for span in spans:  # ordered by opening bracket: an outer span comes before those inside it
        if not groups or span.start >= groups[-1][1]:
            groups.append((span.start, span.end))
    units: list[_Unit] = []
    k = 0
    for g_start, g_end in groups:
        while k < len(matches) and matches[k].end() <= g_start:
            units.append(_single(matches[k]))
            k += 1
        inside = []
        while k < len(matches) and matches[k].start() < g_end:
            inside.append(matches[k])
            k += 1
        if not inside:
            continue
        span = next(s for s in spans if s.start == g_start)
        readings: list[str] = []
        for option in span.options:
            found = [_normal(m.group()) for m in _find_modals(option)]
            reading = SEQUENCE_SEP.join(found) or NO_MODAL
            if reading not in readings:
                readings.append(reading)
        units.append(_Unit(g_start, g_end, OPTION_SEP.join(readings), inside[0].span()))
    units += [_single(m) for m in matches[k:]]
    return units


def _units_in(units: list[_Unit], lo: int, hi: int) -> list[_Unit]:
    """The units (in order, not overlapping, so their ends are sorted too) that overlap [lo, hi)."""
    first = bisect_right(units, lo, key=lambda u: u.end)
    return units[first : bisect_left(units, hi, lo=first, key=lambda u: u.start)]


def _context(text: str, unit: _Unit | None) -> str:
    assert unit is not None
    # A bracket's options may run for paragraphs: a long one is shown around its first modal.
    return _excerpt(text, *(unit.focus if unit.end - unit.start > _CONTEXT_CHARS else (unit.start, unit.end)))


def modal_changes(old: str, new: str) -> list[ModalChange]:
    """The modal expressions that differ between ``old`` and ``new`` at the same place, in text order.

    Matching is case-insensitive on whole words; reported modals are lower case with single
    spaces. A modal replaced ("shall" -> "should"), removed (new "") or added (old "") inside a
    change of the redline is reported; one that only changes case or spacing is not. The options of
    one bracket are one expression ("will / will endeavour to"), and a few modals replaced by a
    different number of modals are one change ("shall" -> "will … endeavour to"), so each change
    gets one verdict (see modal_verdict).
    """
    segments = diff_words(old, new)
    old_units = _modal_units(old)
    new_units = _modal_units(new)
    # A long chained modal or a bracket of options may reach into two windows; it belongs to the first.
    used_old: set[int] = set()
    used_new: set[int] = set()
    changes: list[ModalChange] = []
    for o1, o2, n1, n2 in _hunks(segments):
        before = [u for u in _units_in(old_units, o1, o2) if u.start not in used_old]
        after = [u for u in _units_in(new_units, n1, n2) if u.start not in used_new]
        used_old.update(u.start for u in before)
        used_new.update(u.start for u in after)
        matcher = SequenceMatcher(None, [u.key for u in before], [u.key for u in after], autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                continue
            was, now = before[i1:i2], after[j1:j2]
            if op == "replace" and len(was) != len(now) and max(len(was), len(now)) <= _MAX_MERGED:
                changes.append(ModalChange(old=SEQUENCE_SEP.join(u.key for u in was),
                                           new=SEQUENCE_SEP.join(u.key for u in now),
                                           context=_context(new, now[0])))
                continue
            for k in range(max(len(was), len(now))):
                w = was[k] if k < len(was) else None
                n = now[k] if k < len(now) else None
                # The context comes from the new text, or from the old one for a removed modal.
                changes.append(ModalChange(old=w.key if w else "", new=n.key if n else "",
                                           context=_context(new, n) if n else _context(old, w)))
    return changes
