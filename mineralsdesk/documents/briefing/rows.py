"""The pieces of a briefing that other sections and documents build on too: packed ids and rows made when
walked, the rounds read by id, text runs with their marks, position rows, our internal notes per clause, round
labels (used by the briefing, its topic comparison and the Word text)."""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal, TypeVar
from uuid import UUID

from ...domain import model
from ...domain.brackets import parse_brackets
from ...domain.redline import Segment
from ...errors import BracketError
from ...i18n import QT_TRANSLATE_NOOP
from .. import audience as aud
from .words import say

RunKind = Literal["text", "bracket", "insert", "delete"]
T = TypeVar("T")


class PackedIds(Sequence[str]):
    """Record ids (a track's clauses, rounds, commitments, tracks), packed: 16 bytes each when every id is a UUID in
    its usual spelling (the app's), else their UTF-8 in one buffer with an array of ends. As a tuple of str, the
    25,000 clause ids of a 100k log held ~2.2 MB from the briefing's start to its last track (~85 bytes an id, and a
    block each in Python's allocator)."""

    __slots__ = ("_count", "_uuids", "_data", "_ends", "__weakref__")  # three a track (rounds, deadlines, overdue)

    def __init__(self, ids: Iterable[str]) -> None:
        ids = list(ids)
        self._count = len(ids)
        self._uuids: bytes | None = None
        try:
            packed = [UUID(i).bytes for i in ids]
            if all(str(UUID(bytes=b)) == i for b, i in zip(packed, ids, strict=True)):
                self._uuids = b"".join(packed)
        except (ValueError, TypeError, AttributeError):
            pass
        if self._uuids is None:
            self._data = "".join(ids).encode("utf-8")
            self._ends = array("q")
            end = 0
            for i in ids:
                end += len(i.encode("utf-8"))
                self._ends.append(end)

    def __len__(self) -> int:
        return self._count

    def _one(self, index: int) -> str:
        if self._uuids is not None:
            return str(UUID(bytes=self._uuids[16 * index:16 * index + 16]))
        start = self._ends[index - 1] if index > 0 else 0
        return self._data[start:self._ends[index]].decode("utf-8")

    def __getitem__(self, index):  # type: ignore[override] - int or slice, as a tuple
        if isinstance(index, slice):
            return [self._one(i) for i in range(*index.indices(self._count))]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError("id index out of range")
        return self._one(index)

    def __iter__(self) -> Iterator[str]:
        return (self._one(i) for i in range(self._count))


class Rows(Sequence[T]):
    """Rows a writer walks (a track's rounds, the commitments), each made from its id when reached and not kept:
    the briefing holds only the ids, packed. Made all up front, a 100k log's 2,000 commitments with their
    assessments and its 2,000 rounds with their minutes and actions (~2.5 MB traced) were held from the
    briefing's start to the end of its save."""

    __slots__ = ("_ids", "_make")

    def __init__(self, ids: Iterable[str], make: Callable[[str], T]) -> None:
        self._ids, self._make = PackedIds(ids), make

    def __len__(self) -> int:
        return len(self._ids)

    def __getitem__(self, index):  # type: ignore[override] - int or slice, as a list
        if isinstance(index, slice):
            return [self._make(i) for i in self._ids[index]]
        return self._make(self._ids[index])

    def __iter__(self) -> Iterator[T]:
        return (self._make(i) for i in self._ids)


class RoundsById:
    """The rounds a briefing names (a version's or a position's round, for its label and its order), read by id
    when first asked for and the last KEEP of them kept. A dict of every round of the log, built up front, held
    each round's minutes and texts from the briefing's start to its save (~5 MB at a million versions, 5,080
    rounds); the clauses of a track name that track's few rounds, so nearly every lookup is one already kept."""

    KEEP = 256

    def __init__(self, fetch: Callable[[str], model.Round | None]) -> None:
        self._fetch = fetch
        self._kept: OrderedDict[str, model.Round | None] = OrderedDict()

    def get(self, round_id: str | None) -> model.Round | None:
        if not round_id:
            return None
        kept = self._kept
        if round_id in kept:
            kept.move_to_end(round_id)
            return kept[round_id]
        found = kept[round_id] = self._fetch(round_id)
        if len(kept) > self.KEEP:
            kept.popitem(last=False)
        return found


@dataclass(frozen=True)
class Run:
    """A piece of clause text and how to show it: plain, [bracketed], inserted or deleted."""

    kind: RunKind
    text: str


@dataclass
class PositionRow:
    """A party's latest position on a clause (internal-only fields already emptied for shareable)."""

    party: str
    stance: str
    round_label: str
    note: str


@dataclass
class InternalNote:
    """One internal-only field of our positions on a clause; only ever built for the internal audience."""

    label: str  # "Red line", "Fallback", "Internal note"
    text: str
    round_label: str


def round_label(rnd: model.Round | None, track_refs: dict[str, str]) -> str:
    if rnd is None:
        return say(QT_TRANSLATE_NOOP("Briefing", "no round"))
    return say(QT_TRANSLATE_NOOP("Briefing", "{track} round {number} ({date})"), track=track_refs.get(rnd.track_id, "?"),
               number=rnd.number, date=rnd.date.isoformat())


def bracket_runs(text: str) -> list[Run]:
    """The text cut into plain runs and top-level [bracketed] runs (brackets kept); unbalanced text stays plain."""
    try:
        spans = [s for s in parse_brackets(text) if s.depth == 0]
    except BracketError:
        return [Run("text", text)] if text else []
    runs: list[Run] = []
    pos = 0
    for span in spans:
        if span.start > pos:
            runs.append(Run("text", text[pos:span.start]))
        runs.append(Run("bracket", text[span.start:span.end]))
        pos = span.end
    if pos < len(text):
        runs.append(Run("text", text[pos:]))
    return runs


def redline_runs(segments: list[Segment]) -> list[Run]:
    kinds: dict[str, RunKind] = {"equal": "text", "insert": "insert", "delete": "delete"}
    return [Run(kinds[s.kind], s.text) for s in segments]


_INTERNAL_LABELS = {"red_line": QT_TRANSLATE_NOOP("Briefing", "Red line"),
                    "fallback": QT_TRANSLATE_NOOP("Briefing", "Fallback"),
                    "internal_note": QT_TRANSLATE_NOOP("Briefing", "Internal note")}


def internal_notes(our_party: str, positions: list[model.Position], rounds_by_id: RoundsById,
                    track_refs: dict[str, str]) -> list[InternalNote]:
    """Our latest non-empty value of each internal-only field: a red line set at round 2 still holds at round 3."""
    ours = [p for p in positions if p.party == our_party]

    def when(p: model.Position) -> tuple[date, int]:
        rnd = rounds_by_id.get(p.round_id)
        return (rnd.date, rnd.number) if rnd else (date.min, 0)

    ours.sort(key=when)
    notes = []
    for name in aud.internal_fields(model.Position):
        for pos in reversed(ours):
            value = getattr(pos, name)
            if value.strip():
                notes.append(InternalNote(say(_INTERNAL_LABELS.get(name, name)), value,
                                          round_label(rounds_by_id.get(pos.round_id), track_refs)))
                break
    return notes
