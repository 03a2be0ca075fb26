"""The app's side of the conflict queue: readable rows, resolutions that report what they changed, and their undo.

`exchange.resolve` settles a conflict; here it is wrapped so the GUI gets a `Changed` (its undo command needs one)
and can reverse it: the field gets back the value it held before, and the conflict opens again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...domain.model import Changed
from ...errors import SyncError
from ...i18n import QT_TRANSLATE_NOOP
from ...store import sync_state
from ...store.codec import RECORD_TYPES
from . import exchange
from .merge import _python

if TYPE_CHECKING:
    from ..log import Log

CONFLICTS = "sync_conflicts"  # the entity kind a Changed names for the queue itself
UNDO_SOURCE = "sync resolve undone"
TEXT_FIELDS = frozenset({"text"})  # clause text: the Conflicts screen shows a three-way redline for these


@dataclass(frozen=True)
class ConflictRow:
    """One open conflict as the screen shows it: the record's readable name beside the queue's fields."""

    conflict: sync_state.Conflict
    record: str

    @property
    def id(self) -> int:
        return self.conflict.id

    @property
    def is_text(self) -> bool:
        return self.conflict.field in TEXT_FIELDS


@dataclass(frozen=True)
class Resolution:
    """What a resolution did, so it can be undone: the conflict and the field's value before it was settled."""

    conflict: sync_state.Conflict
    choice: str
    before: str | None
    wrote: bool

    @property
    def id(self) -> str:
        return str(self.conflict.id)


def open_count(log: Log) -> int:
    return log.read.open_conflict_count()


def open_conflicts(log: Log) -> list[ConflictRow]:
    """The open conflicts, oldest first, each with its record's change-log label."""
    found = exchange.conflicts(log)
    labels = log.read.record_labels(sorted({(c.entity, c.entity_id) for c in found}))
    return [ConflictRow(c, labels.get((c.entity, c.entity_id)) or f"{c.entity} {c.entity_id[:8]} (not here)")
            for c in found]


def _changed(conflict: sync_state.Conflict, record: Resolution) -> Changed:
    return Changed(frozenset({CONFLICTS, conflict.entity}), frozenset({conflict.entity_id, record.id}), record)


def resolve(log: Log, conflict_id: int, *, choice: str, value: str | None = None) -> Changed:
    """`exchange.resolve`, reporting what changed; the Changed's record is a `Resolution` that `unresolve` reverses."""
    found = sync_state.conflict(log.db, conflict_id)
    if found is None or found.state != "open":
        raise SyncError(QT_TRANSLATE_NOOP("Errors", "No open sync conflict {conflict_id}; it was settled "
                                                    "already"), conflict_id=conflict_id)
    fields = sync_state.stored_fields(log.db, found.entity, found.entity_id)
    before = None if fields is None else fields.get(found.field)
    exchange.resolve(log, conflict_id, choice=choice, value=value)
    wrote = choice != "ours" and found.field not in ("created", "deleted")
    return _changed(found, Resolution(found, choice, before, wrote))


def unresolve(log: Log, done: Changed) -> Changed:
    """Undo a resolution: the field's previous value written back (when the resolution wrote one), the conflict
    open again; one transaction."""
    resolution: Resolution = done.record
    c = resolution.conflict
    with log.write(UNDO_SOURCE) as repo:
        if resolution.wrote and sync_state.stored_fields(log.db, c.entity, c.entity_id) is not None:
            repo.update(RECORD_TYPES[c.entity], c.entity_id,
                        {c.field: _python(log.db, c.entity, c.field, resolution.before)}, source=UNDO_SOURCE)
        sync_state.reopen_conflict(log.db, c.id)
    return _changed(c, resolution)


_LINE = re.compile(r"^(?P<entity>[a-z_]+) (?P<id>[0-9A-Za-z-]+)(?P<rest>[,:].*)$", re.DOTALL)


def readable_lines(log: Log, lines: list[str]) -> list[str]:
    """An import's conflict lines ("clauses 402b…, title: changed on both laptops") with each record named by its
    change-log label where this log has it; a line in another shape is kept as it is."""
    parsed = [_LINE.match(line) for line in lines]
    wanted = sorted({(m["entity"], m["id"]) for m in parsed if m is not None})
    labels = log.read.record_labels(wanted) if wanted else {}
    out = []
    for line, m in zip(lines, parsed, strict=True):
        label = labels.get((m["entity"], m["id"])) if m is not None else None
        out.append(f"{label}{m['rest']}" if m is not None and label else line)
    return out


def current_value(log: Log, conflict: sync_state.Conflict) -> str | None:
    """The field's value on this laptop now (None: the record is not here)."""
    fields = sync_state.stored_fields(log.db, conflict.entity, conflict.entity_id)
    return None if fields is None else fields.get(conflict.field)


__all__ = ["CONFLICTS", "ConflictRow", "Resolution", "current_value", "open_conflicts", "open_count", "readable_lines",
           "resolve", "unresolve"]
