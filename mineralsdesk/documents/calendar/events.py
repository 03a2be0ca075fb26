"""The calendar's content: one all-day event per dated deadline, read through the Log and already redacted.

Three kinds, each with a stable UID from its record id: a commitment's due date (a relative one computed from
its anchor event), a round's date and a track's target date. What has no date is left out and counted, so the
caller can say how many and why. What a document for an audience may show is decided by `documents/audience.py`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from ...domain import model, rules
from ...errors import ExportError
from ...services.log import Log
from .. import audience as aud
from ..briefing.briefing import select_tracks

UID_DOMAIN = "mineralsdesk"
COMMITMENT, ROUND, TARGET = "commitment", "round", "target"
SUMMARY_TEXT = 80  # characters of a commitment's text in its event title; the whole text is in the description


@dataclass(frozen=True)
class CalendarEvent:
    """One all-day event: `kind` is also its category; `sequence` is the record's revision."""

    kind: str
    record_id: str
    day: date
    summary: str
    description: str
    sequence: int
    location: str = ""

    @property
    def uid(self) -> str:
        return f"{self.kind}-{self.record_id}@{UID_DOMAIN}"


@dataclass
class CalendarContent:
    """The events of one calendar, the calendar's name, and what was left out (reason -> count)."""

    name: str
    audience: str
    events: list[CalendarEvent] = field(default_factory=list)
    left_out: Counter[str] = field(default_factory=Counter)

    def count(self, kind: str) -> int:
        return sum(1 for e in self.events if e.kind == kind)

    def left_out_line(self) -> str:
        """'left out 2 commitments with no due date and 1 track with no target date', or ''."""
        return "left out " + " and ".join(f"{n} {what if n == 1 else _plural(what)}" for what, n in
                                          self.left_out.items()) if self.left_out else ""


LEFT_OUT_NO_DUE = "commitment with no due date"
LEFT_OUT_NO_ANCHOR = "commitment due relative to an event that has no date"
LEFT_OUT_NO_TARGET = "track with no target date"


def _plural(what: str) -> str:
    head, _, rest = what.partition(" ")
    return f"{head}s {rest}"


def build_calendar(log: Log, *, audience: str = "internal", tracks: Sequence[str] | None = None) -> CalendarContent:
    """The events for `audience` on the tracks named by `tracks` (every track, and the commitments on no
    track, when none is named); unknown track refs raise InvalidInputError."""
    try:
        audience = aud.audience_of(audience).value
    except ValueError as exc:
        raise ExportError(str(exc)) from None
    chosen = select_tracks(log, tracks)
    refs = {t.id: t.ref for t in chosen}
    # The log's name is one of the settings any audience may see (audience.SHAREABLE_SETTINGS).
    settings = aud.shareable_settings({"log_name": log.settings.log_name}, audience)
    marking = aud.default_marking(audience)
    name = settings.get("log_name", "") or log.path.stem
    content = CalendarContent(name=f"{name} — deadlines" + (f" ({marking})" if marking else ""), audience=audience)
    for track in chosen:
        track = aud.redact(track, audience)
        if track.target_date is None:
            content.left_out[LEFT_OUT_NO_TARGET] += 1
        else:
            content.events.append(_target_event(track, marking))
        for rnd in log.rounds.list(track.id):
            content.events.append(_round_event(aud.redact(rnd, audience), track, marking))
    commitments = [c for c in log.commitments.list() if (c.track_id in refs if tracks else c.track_id in refs or
                                                    c.track_id is None)]
    assessments: dict[str, list[model.Assessment]] = {}
    for a in log.commitments.assessments():
        if aud.may_show(a, audience):
            assessments.setdefault(a.commitment_id, []).append(aud.redact(a, audience))
    anchors = {a.id: a for a in log.anchors.list()}
    parties = {p.code: f"{p.name} ({p.code})" for p in log.parties.list()}
    for c in commitments:
        c = aud.redact(c, audience)
        due, reason = _due(c, anchors)
        if due is None:
            content.left_out[reason] += 1
            continue
        content.events.append(_commitment_event(parties.get(c.owner, c.owner), c, due, refs.get(c.track_id or "", ""),
                                                assessments.get(c.id, []), anchors, marking))
    content.events.sort(key=lambda e: (e.day, e.kind, e.summary))
    return content


def _due(c: model.Commitment, anchors: dict[str, model.Anchor]) -> tuple[date | None, str]:
    """The due date, a relative one computed afresh from its anchor event, or None and why."""
    if not c.anchor_id:
        return c.due_date or c.due, LEFT_OUT_NO_DUE
    anchor = anchors.get(c.anchor_id)
    if anchor is None or anchor.date is None:
        return None, LEFT_OUT_NO_ANCHOR
    return rules.due_from_anchor(anchor.date, c.offset_days, c.offset_months), LEFT_OUT_NO_ANCHOR


def _lines(*pairs: tuple[str, str]) -> str:
    return "\n".join(f"{label}: {value}" if label else value for label, value in pairs if value and value.strip())


def _target_event(track: model.Track, marking: str) -> CalendarEvent:
    description = _lines(("", marking), ("Track", f"{track.ref} — {track.title}"), ("Kind", track.kind),
                         ("Parties", ", ".join(track.parties)), ("", track.description))
    return CalendarEvent(TARGET, track.id, track.target_date, f"[{track.ref}] Target date: {track.title}",
                         description, track.rev)


def _round_event(rnd: model.Round, track: model.Track, marking: str) -> CalendarEvent:
    where = "Video call" if rnd.video else rnd.place
    summary = f"[{track.ref}] Round {rnd.number}" + (f" — {where}" if where else "")
    description = _lines(("", marking), ("Track", f"{track.ref} — {track.title}"), ("Place", where),
                         ("Participants", rnd.participants), ("Summary", rnd.summary), ("Outcomes", rnd.outcomes),
                         ("", "Illustrative (not a real meeting)" if rnd.illustrative else ""))
    return CalendarEvent(ROUND, rnd.id, rnd.date, summary, description, rnd.rev,
                         location="" if rnd.video else rnd.place)


def _commitment_event(owner: str, c: model.Commitment, due: date, track_ref: str,
                      assessments: list[model.Assessment], anchors: dict[str, model.Anchor],
                      marking: str) -> CalendarEvent:
    text = " ".join(c.text.split())
    short = text if len(text) <= SUMMARY_TEXT else text[:SUMMARY_TEXT - 1].rstrip() + "…"
    summary = (f"[{track_ref}] " if track_ref else "") + f"Due ({c.owner}): {short}"
    anchor = anchors.get(c.anchor_id or "")
    when = due.isoformat() + (f" ({rules.describe_relative(c.offset_days, c.offset_months, anchor.name, anchor.date)})"
                              if anchor else "")
    source = f"{c.source_kind.value}" + (f" — {c.source}" if c.source else "")
    scores = [f"{a.party} {a.score:+d} ({a.kind.value}{', ' + a.date.isoformat() if a.date else ''})"
              + (f": {a.evidence}" if a.evidence else "") for a in assessments]
    description = _lines(("", marking), ("Track", track_ref), ("Owner", owner),
                         ("Commitment", c.text), ("Due", when), ("State", c.state.value), ("Source", source),
                         ("Assessments", "\n".join(scores)))
    return CalendarEvent(COMMITMENT, c.id, due, summary, description, c.rev)

