"""The briefing's "Topic comparison" content: one topic across tracks, already redacted, for any writer to render."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ...domain import model
from ...errors import ExportError, InvalidInputError
from ...i18n import QT_TRANSLATE_NOOP
from ...services.log import Log
from ...services.read_models import TopicClause
from .. import audience as aud
from .rows import (
    InternalNote,
    PositionRow,
    RoundsById,
    Run,
    bracket_runs,
    internal_notes,
    redline_runs,
    round_label,
)
from .words import say


@dataclass
class TopicClauseEntry:
    """One clause in a track's column: its current text and each party's latest stance (redacted)."""

    label: str  # "MOU:Art. 5"
    ref: str
    title: str
    status: str
    version_label: str  # "version 2, tabled by EU", or "no text yet"
    text: list[Run]
    positions: list[PositionRow] = field(default_factory=list)
    internal: list[InternalNote] = field(default_factory=list)  # only ever filled for the internal audience


@dataclass
class TopicColumn:
    track_ref: str
    track_title: str
    clauses: list[TopicClauseEntry]


@dataclass
class TopicRedline:
    """The word-level redline from one clause's current text to another's."""

    from_label: str
    to_label: str
    runs: list[Run]

    @property
    def changed(self) -> bool:
        return any(r.kind != "text" for r in self.runs)


@dataclass
class TopicSection:
    topic: str
    columns: list[TopicColumn]  # the tracks with a clause on the topic, in the log's track order
    not_covered: list[str]  # refs of the covered tracks with no clause on it
    redlines: list[TopicRedline] = field(default_factory=list)


def topic_sections(log: Log, topics: Sequence[str] | None, compare: Sequence[tuple[str, str]] | None, *,
                   audience: str, tracks: Sequence[str] | None, rounds_by_id: RoundsById,
                   track_refs: dict[str, str]) -> list[TopicSection]:
    """A section per topic named (each once, in the order given); each pair in `compare` ("TRACK:REF" labels)
    adds its redline to the section of clause A's topic, which is added when not named."""
    try:
        chosen = list(dict.fromkeys(log.read.topic(t) for t in topics or ()))
        pairs = [(log.read.clause_at(a), log.read.clause_at(b)) for a, b in compare or ()]
    except InvalidInputError as exc:  # the same message, still translatable
        raise ExportError(exc.template, **exc.params) from None
    for a, _b in pairs:
        if a.topic not in chosen:
            chosen.append(model.Topic(a.topic))
    sections = []
    for topic in chosen:
        comparison = log.read.topic_comparison(topic, tracks=list(tracks) if tracks else None)
        columns = [TopicColumn(t.track.ref, t.track.title,
                               [_entry(log, c, audience, rounds_by_id, track_refs) for c in t.clauses])
                   for t in comparison.covering]
        section = TopicSection(str(topic), columns, [t.track.ref for t in comparison.tracks if not t.clauses])
        for a, b in pairs:
            if a.topic == topic:
                section.redlines.append(TopicRedline(_label(a, track_refs), _label(b, track_refs),
                                                     redline_runs(log.read.redline_between(a.id, b.id))))
        sections.append(section)
    return sections


def _label(clause: model.Clause, track_refs: dict[str, str]) -> str:
    return f"{track_refs.get(clause.track_id, '?')} {clause.ref}"


def _entry(log: Log, clause: TopicClause, audience: str, rounds_by_id: RoundsById,
           track_refs: dict[str, str]) -> TopicClauseEntry:
    row = clause.row
    entry = TopicClauseEntry(
        label=clause.label, ref=row.ref, title=row.title, status=row.status,
        version_label=(say(QT_TRANSLATE_NOOP("Briefing", "version {number}, tabled by {party}"), number=row.version,
                           party=row.party) if row.version else say(QT_TRANSLATE_NOOP("Briefing", "no text yet"))),
        text=bracket_runs(row.text))
    for party, position in clause.positions.items():
        shown = aud.redact(position, audience)  # before anything reads it
        entry.positions.append(PositionRow(party, str(shown.stance),
                                           round_label(rounds_by_id.get(shown.round_id), track_refs), shown.note))
    if aud.shows_internal(audience):
        entry.internal = internal_notes(log.settings.our_party, log.positions.list(row.id), rounds_by_id, track_refs)
    return entry
