"""Writers of hostile JSON files for the dump import, generated at test time (never committed): huge, deep,
wide or numerically absurd files, each written in pieces so the test process itself stays small."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

MB = 1024 * 1024
HEAD = '{"format": "mineralsdesk-log", "format_version": 2, "audience": "internal", '
POSITION_FIELDS = ["id", "clause_id", "party", "round_id", "stance", "note", "red_line", "fallback",
                   "internal_note", "rev"]


def _write(path: Path, pieces: Iterator[str]) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for piece in pieces:
            fh.write(piece)
    return path


def _repeat(unit: str, size: int) -> Iterator[str]:
    block = unit * max(1, MB // len(unit))
    for _ in range(size // len(block)):
        yield block


def empty_lists(path: Path, size: int = 99 * MB) -> Path:
    """`[],` repeated: the 99 MB file that once took 2.45 GB before it was refused."""
    return _write(path, iter([HEAD, '"positions": [', *_repeat("[],", size), "[]]}"]))


def top_level_lists(path: Path, size: int = 30 * MB) -> Path:
    """A top-level array of empty arrays, under the size limit."""
    return _write(path, iter(["[", *_repeat("[],", size), "[]]"]))


def wide_object(path: Path, keys: int = 2_000_000) -> Path:
    """One meta object with millions of distinct keys (a dict that would take ~500 MB)."""
    return _write(path, iter([HEAD, '"meta": {', ",".join(f'"k{i:x}": "v"' for i in range(keys)), "}}"]))


def many_records(path: Path, size: int = 30 * MB, letter: str = "") -> Path:
    """Position records with every field present and tiny distinct values, as many as fit under the limit."""
    def records() -> Iterator[str]:
        written, i = 0, 0
        while written < size:
            record = json.dumps({name: (0 if name == "rev" else f"{letter}{i:x}") for name in POSITION_FIELDS},
                                ensure_ascii=False)
            written += len(record.encode()) + 1
            i += 1
            yield record + ","
    return _write(path, iter([HEAD, '"meta": {}, "positions": [', *records(), "{}]}"]))


def long_text(path: Path, size: int = 30 * MB, letter: str = "x") -> Path:
    """A single text value as long as the size limit allows."""
    return _write(path, iter([HEAD, '"meta": {"note": "', *_repeat(letter, size // len(letter.encode())), '"}}']))


def deep(path: Path, depth: int = 100_000) -> Path:
    """A record field nested 100,000 levels deep."""
    return _write(path, iter([HEAD, '"positions": [{"note": ', "[" * depth, "]" * depth, "}]}"]))


def deep_meta(path: Path, depth: int = 100_000) -> Path:
    return _write(path, iter([HEAD, '"meta": ', "[" * depth, "]" * depth, "}"]))


def number(path: Path, text: str) -> Path:
    """A dump whose first position's `rev` is the given number text."""
    return _write(path, iter([HEAD, '"positions": [{"rev": ', text, "}]}"]))


SHAPES: dict[str, Callable[[Path], Path]] = {
    "empty-lists-99MB": empty_lists, "top-level-lists": top_level_lists, "wide-object": wide_object,
    "many-records": many_records, "long-text": long_text, "deep-record": deep, "deep-meta": deep_meta,
    "many-records-astral": lambda path: many_records(path, letter="\U0001faa8"),  # four bytes a character
    "long-text-astral": lambda path: long_text(path, letter="\U0001faa8"),
}
