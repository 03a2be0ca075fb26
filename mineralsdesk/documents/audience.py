"""What each audience may see: the one place where redaction is decided for every document.

`internal` documents show everything. `shareable` documents (for counterparts) never show an
internal-only field (see domain.model.INTERNAL_ONLY_FIELDS): writers ask this module, never decide.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any, TypeVar

from ..domain.model import INTERNAL_ONLY_FIELDS, INTERNAL_ONLY_RECORDS, Audience, Position
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..services.storage import EVENT_ENTITY, TABLES

if TYPE_CHECKING:
    from ..services.log import Log

T = TypeVar("T")

DEFAULT_INTERNAL_MARKING = QT_TRANSLATE_NOOP("Markings", "LIMITED — INTERNAL")


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
    nullable = {f.name for f in dataclasses.fields(record) if "None" in str(f.type)}
    return dataclasses.replace(record, **{name: None if name in nullable else _empty(getattr(record, name))
                                          for name in hidden})


def shows_minutes(audience: Audience | str) -> bool:
    """Whether a document may print the interventions of the minutes (internal records, domain INTERNAL_ONLY_RECORDS)."""
    return shows_internal(audience)


def may_show(record: Any, audience: Audience | str) -> bool:
    """True when a document for `audience` may show this record at all: a record with an audience of its own
    (a compliance assessment) goes only into documents for that audience or a wider one."""
    if shows_internal(audience):
        return True
    if isinstance(record, INTERNAL_ONLY_RECORDS):  # our roster and our minutes of the room
        return False
    own = getattr(record, "audience", None)
    return own is None or audience_of(own) is Audience.SHAREABLE


def shareable_comments(threads: list[Any], audience: Audience | str, requested: bool) -> list[Any]:
    """The comment threads a document may print: none unless `requested`; for a shareable document only the
    shareable comments (a thread whose first comment is internal is left out whole, replies and all)."""
    if not requested:
        return []
    out = []
    for thread in threads:
        if not may_show(thread.root, audience):
            continue
        replies = [c for c in thread.replies if may_show(c, audience)]
        out.append(dataclasses.replace(thread, replies=replies))
    return out



def shows_scorecard_internals(audience: Audience | str) -> bool:
    """Whether a scorecard may print our fallbacks used (counted from an internal-only field) and the interventions
    per party (counted from our minutes, internal records); brackets and stance moves are shareable."""
    return shows_internal(audience)


def shows_roster(audience: Audience | str) -> bool:
    """Whether a document may name the people of our delegation (authors, owners): the roster is internal, so a
    shareable document speaks as the delegation."""
    return shows_internal(audience)


def record_audiences(audience: Audience | str) -> tuple[str, ...]:
    """The record audiences a document for `audience` may show (for queries that filter in SQL)."""
    return ("internal", "shareable") if shows_internal(audience) else ("shareable",)


def _empty(value: Any) -> Any:
    return [] if isinstance(value, list) else ""


def default_marking(audience: Audience | str, marking: str | None = None, lang: str | None = None) -> str:
    """The marking printed on every page: the one given (the user's words, as typed), else LIMITED — INTERNAL for
    internal, in the document's language `lang` (English when None), and none for shareable."""
    if marking is not None:
        return marking
    return translate("Markings", DEFAULT_INTERNAL_MARKING, lang) if shows_internal(audience) else ""


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


# How a preview names each internal-only field it counts.
WITHHELD_LABELS = {"red_line": "red lines", "fallback": "fallbacks", "internal_note": "internal notes"}


@dataclasses.dataclass(frozen=True)
class Withheld:
    """What a document for an audience leaves out of the chosen tracks: non-empty internal-only values of
    positions, by label (zeros included, in field order), and records it may not show at all (assessments)."""

    fields: dict[str, int]
    assessments: int

    def total(self) -> int:
        return sum(self.fields.values()) + self.assessments


def withheld(log: Log, audience: Audience | str, track_ids: set[str]) -> Withheld:
    """What a document for `audience` on the tracks `track_ids` withholds, decided by the same rules the
    writers apply (`redact` for fields, `may_show` for records): nothing for internal."""
    hidden = () if shows_internal(audience) else internal_fields(Position)
    counts = {WITHHELD_LABELS.get(name, name): 0 for name in internal_fields(Position)}
    clause_ids = {c.id for c in log.clauses.list() if c.track_id in track_ids}
    for pos in log.positions.list():
        if pos.clause_id in clause_ids:
            for name in hidden:
                counts[WITHHELD_LABELS.get(name, name)] += bool(getattr(pos, name).strip())
    commitments = {c.id for c in log.commitments.list() if c.track_id in track_ids}
    assessments = sum(1 for a in log.commitments.assessments() if a.commitment_id in commitments and not may_show(a, audience))
    return Withheld(counts, assessments)


def hidden_change_fields(audience: str) -> dict[str, list[str]]:
    """Per table, the fields whose change-log entries a document for `audience` may not show."""
    out = {}
    for cls, table in TABLES.items():
        shown = set(visible_fields(cls, audience))
        out[table] = [f.name for f in dataclasses.fields(cls) if f.name not in shown]
    return out


def hidden_change_entities(audience: str) -> tuple[str, ...]:
    """The record kinds whose change-log entries a document for `audience` leaves out entirely: for a shareable
    one, assessments (an internal one's history is internal; a shareable one shows on its own) and the log's
    own events (imports naming a file and its SHA-256, keying, restores: the delegation's housekeeping)."""
    return () if shows_internal(audience) else ("assessments", EVENT_ENTITY, "members", "interventions", "comments")
