"""What each audience may see: the one place where redaction is decided for every document.

`internal` documents show everything. `shareable` documents (for counterparts) never show an
internal-only field (see domain.model.INTERNAL_ONLY_FIELDS): writers ask this module, never decide.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from ..domain.model import INTERNAL_ONLY_FIELDS, Audience

T = TypeVar("T")

DEFAULT_INTERNAL_MARKING = "LIMITED — INTERNAL"


def audience_of(value: Audience | str) -> Audience:
    try:
        return Audience(value)
    except ValueError:
        raise ValueError(f"Unknown audience {value!r}; use internal or shareable") from None


def shows_internal(audience: Audience | str) -> bool:
    """True when documents for this audience may carry internal-only fields."""
    return audience_of(audience) is Audience.INTERNAL


def internal_fields(cls: type) -> tuple[str, ...]:
    return INTERNAL_ONLY_FIELDS.get(cls, ())


def visible_fields(cls: type, audience: Audience | str) -> list[str]:
    """The dataclass fields of `cls` a document for `audience` may show, in declaration order."""
    hidden = () if shows_internal(audience) else internal_fields(cls)
    return [f.name for f in dataclasses.fields(cls) if f.name not in hidden]


def redact(record: T, audience: Audience | str) -> T:
    """A copy of the record with internal-only fields emptied when the audience may not see them."""
    hidden = () if shows_internal(audience) else internal_fields(type(record))
    if not hidden:
        return record
    return dataclasses.replace(record, **{name: _empty(getattr(record, name)) for name in hidden})


def may_show(record: Any, audience: Audience | str) -> bool:
    """True when a document for `audience` may show this record at all: a record with an audience of its own
    (a compliance assessment) goes only into documents for that audience or a wider one."""
    own = getattr(record, "audience", None)
    return own is None or shows_internal(audience) or audience_of(own) is Audience.SHAREABLE


def record_audiences(audience: Audience | str) -> tuple[str, ...]:
    """The record audiences a document for `audience` may show (for queries that filter in SQL)."""
    return ("internal", "shareable") if shows_internal(audience) else ("shareable",)


def _empty(value: Any) -> Any:
    return [] if isinstance(value, list) else ""


def default_marking(audience: Audience | str, marking: str | None = None) -> str:
    """The marking printed on every page: the one given, else LIMITED — INTERNAL for internal, none for shareable."""
    if marking is not None:
        return marking
    return DEFAULT_INTERNAL_MARKING if shows_internal(audience) else ""


# Settings a shareable JSON dump may carry; every other one (who edits, backup counts, anything added
# later) stays out until it is added here on purpose.
SHAREABLE_SETTINGS = ("application", "log_name", "delegation", "note")


def shareable_settings(meta: dict[str, str], audience: Audience | str) -> dict[str, str]:
    """The log's settings a document for `audience` may carry."""
    if shows_internal(audience):
        return dict(meta)
    return {key: value for key, value in meta.items() if key in SHAREABLE_SETTINGS}


def shows_change_history(audience: Audience | str) -> bool:
    """Whether a document may carry the change log: its entries hold old values of internal-only fields."""
    return shows_internal(audience)
