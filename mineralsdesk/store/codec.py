"""Conversion between domain dataclasses and SQLite rows (dates as ISO text, lists as JSON, bools as 0/1)."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Callable
from datetime import date
from enum import Enum
from functools import cache
from typing import Any, TypeVar

from ..domain import model

T = TypeVar("T")

# Record type -> table name; the change log and the JSON dump use the same names.
TABLES: dict[type, str] = {
    model.Party: "parties",
    model.Track: "tracks",
    model.Round: "rounds",
    model.Action: "actions",
    model.Clause: "clauses",
    model.ClauseVersion: "clause_versions",
    model.Bracket: "brackets",
    model.Position: "positions",
    model.Anchor: "anchors",
    model.Commitment: "commitments",
    model.Assessment: "assessments",
    model.Member: "members",
    model.Intervention: "interventions",
    model.Comment: "comments",
    model.Attachment: "attachments",
}
RECORD_TYPES: dict[str, type] = {table: cls for cls, table in TABLES.items()}


@cache
def field_types(cls: type) -> dict[str, Any]:
    """Field name -> resolved type annotation, for the stored fields of a record type."""
    hints = typing.get_type_hints(cls, vars(model))
    return {f.name: hints[f.name] for f in dataclasses.fields(cls)}


def _base_type(annotation: Any) -> Any:
    """The non-None member of an `X | None` annotation."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        members = [a for a in typing.get_args(annotation) if a is not type(None)]
        return members[0]
    return annotation


def to_column(value: Any) -> Any:
    """One Python value as the value stored in its column."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return json.dumps(list(value), ensure_ascii=False)
    return value


def from_column(annotation: Any, value: Any) -> Any:
    """A stored column value back as the Python value its field declares."""
    if value is None:
        return None
    base = _base_type(annotation)
    origin = typing.get_origin(base)
    if origin is list:
        return list(json.loads(value))
    if base is bool:
        return bool(value)
    if base is date:
        return date.fromisoformat(value)
    if isinstance(base, type) and issubclass(base, Enum):
        return base(value)
    return value


def to_row(record: Any) -> dict[str, Any]:
    return {name: to_column(getattr(record, name)) for name in field_types(type(record))}


def _json_list(value: str) -> list:
    return list(json.loads(value))


@cache
def _decoders(cls: type) -> tuple[tuple[str, Callable[[Any], Any] | None], ...]:
    """Per field, the function from_column would apply (None: stored as is), worked out once per type.

    Reading a 100,000-row table spent most of its time re-inspecting annotations for every cell.
    """
    out = []
    for name, annotation in field_types(cls).items():
        base = _base_type(annotation)
        decode: Callable[[Any], Any] | None = None
        if typing.get_origin(base) is list:
            decode = _json_list
        elif base is bool:
            decode = bool
        elif base is date:
            decode = date.fromisoformat
        elif isinstance(base, type) and issubclass(base, Enum):
            decode = base
        out.append((name, decode))
    return tuple(out)


def from_row(cls: type[T], row: dict[str, Any]) -> T:
    values = {}
    for name, decode in _decoders(cls):
        if name in row:
            value = row[name]
            values[name] = value if value is None or decode is None else decode(value)
    return cls(**values)


def display(value: Any) -> str | None:
    """A value as the change log writes it (None stays None)."""
    stored = to_column(value)
    return None if stored is None else str(stored)
