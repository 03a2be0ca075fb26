"""The calendar's content: one all-day event per dated deadline, read through the Log and already redacted.

Three kinds, each with a stable UID from its record id: a commitment's due date (a relative one computed from
its anchor event), a round's date and a track's target date. What has no date is left out and counted, so the
caller can say how many and why. What a document for an audience may show is decided by `documents/audience.py`.

The calendar's own words (labels, "Round 3", "Due (US): …") are in the language asked for (`lang`, English by
default) through `mineralsdesk/i18n.py`, context "Calendar"; what comes from the log (refs, titles, texts, names,
the marking) is never translated.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from ...domain import model, rules
from ...errors import ExportError
from ...i18n import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, normalise, translate
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

    def left_out_line(self, lang: str | None = None) -> str:
        """'left out 2 commitments with no due date and 1 track with no target date', or '' (in `lang`)."""
        return left_out_line(dict(self.left_out), lang)


def left_out_line(left_out: dict[str, int], lang: str | None = None) -> str:
    """What a calendar left out, counted by reason, as one phrase in `lang` (English when None), or ''."""
    if not left_out:
        return ""
    english = "left out " + " and ".join(f"{n} {what if n == 1 else _plural(what)}" for what, n in left_out.items())
    if normalise(lang) == SOURCE_LANGUAGE:
        return english
    parts = [Calendar(lang).left_out(what, n) for what, n in left_out.items()]
    if any(part is None for part in parts):
        return english
    return _t(QT_TRANSLATE_NOOP("Calendar", "left out {what}"), lang).format(
        what=_t(QT_TRANSLATE_NOOP("Calendar", " and "), lang).join(parts))


LEFT_OUT_NO_DUE = "commitment with no due date"
LEFT_OUT_NO_ANCHOR = "commitment due relative to an event that has no date"
LEFT_OUT_NO_TARGET = "track with no target date"


class Calendar:
    """The calendar's counted phrases in a language other than English, each None when the catalogue lacks it.

    lupdate marks a message as plural (numerus) only when it is written `self.tr(text, "", n)` inside a class, the
    class's name being the context: hence this small class (no Qt: `tr` reads the catalogues through i18n)."""

    def __init__(self, lang: str | None) -> None:
        self.lang = lang

    def tr(self, text: str, disambiguation: str, n: int) -> str | None:
        result = translate("Calendar", text, self.lang, n=n)
        return None if result == text.replace("%n", str(n)) else result

    def events(self, kind: str, n: int) -> str | None:
        if kind == COMMITMENT:
            return self.tr("%n commitment due(s)", "", n)
        if kind == ROUND:
            return self.tr("%n round(s)", "", n)
        return self.tr("%n target date(s)", "", n)

    def left_out(self, reason: str, n: int) -> str | None:
        if reason == LEFT_OUT_NO_DUE:
            return self.tr("%n commitment(s) with no due date", "", n)
        if reason == LEFT_OUT_NO_ANCHOR:
            return self.tr("%n commitment(s) due relative to an event that has no date", "", n)
        if reason == LEFT_OUT_NO_TARGET:
            return self.tr("%n track(s) with no target date", "", n)
        return None


# The values of the log's fixed lists that the calendar prints, translated where shown (_value).
VALUES = frozenset((
    QT_TRANSLATE_NOOP("Calendar", "open"), QT_TRANSLATE_NOOP("Calendar", "on track"),
    QT_TRANSLATE_NOOP("Calendar", "at risk"), QT_TRANSLATE_NOOP("Calendar", "met"),
    QT_TRANSLATE_NOOP("Calendar", "missed"), QT_TRANSLATE_NOOP("Calendar", "statement"),
    QT_TRANSLATE_NOOP("Calendar", "round"), QT_TRANSLATE_NOOP("Calendar", "clause"),
    QT_TRANSLATE_NOOP("Calendar", "interim"), QT_TRANSLATE_NOOP("Calendar", "final")))


def _t(text: str, lang: str | None) -> str:
    """One of the calendar's words in `lang`. lupdate reads a literal only as translate()'s third argument, so
    each word is marked where it is written: _t(QT_TRANSLATE_NOOP("Calendar", "Track"), lang)."""
    return translate("Calendar", text, lang)


def _value(value: str, lang: str | None) -> str:
    """A fixed-list value ("at risk") in `lang`; anything else as it is."""
    return _t(value, lang) if value in VALUES else value


def _plural(what: str) -> str:
    head, _, rest = what.partition(" ")
    return f"{head}s {rest}"


def build_calendar(log: Log, *, audience: str = "internal", tracks: Sequence[str] | None = None,
                   lang: str | None = None) -> CalendarContent:
    """The events for `audience` on the tracks named by `tracks` (every track, and the commitments on no
    track, when none is named), worded in `lang` (English when None); unknown track refs raise InvalidInputError."""
    try:
        audience = aud.audience_of(audience).value
    except ValueError as exc:
        raise ExportError.telling(exc) from None
    chosen = select_tracks(log, tracks)
    refs = {t.id: t.ref for t in chosen}
    # The log's name is one of the settings any audience may see (audience.SHAREABLE_SETTINGS).
    settings = aud.shareable_settings({"log_name": log.settings.log_name}, audience)
    marking = aud.default_marking(audience)
    name = settings.get("log_name", "") or log.path.stem
    title = _t(QT_TRANSLATE_NOOP("Calendar", "{name} — deadlines"), lang).format(name=name)
    content = CalendarContent(name=title + (f" ({marking})" if marking else ""), audience=audience)
    for track in chosen:
        track = aud.redact(track, audience)
        if track.target_date is None:
            content.left_out[LEFT_OUT_NO_TARGET] += 1
        else:
            content.events.append(_target_event(track, marking, lang))
        for rnd in log.rounds.list(track.id):
            content.events.append(_round_event(aud.redact(rnd, audience), track, marking, lang))
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
                                                assessments.get(c.id, []), anchors, marking, lang))
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


# The labels of the events' description lines: marked here for lupdate, translated by _lines.
LABELS = (QT_TRANSLATE_NOOP("Calendar", "Track"), QT_TRANSLATE_NOOP("Calendar", "Kind"),
          QT_TRANSLATE_NOOP("Calendar", "Parties"), QT_TRANSLATE_NOOP("Calendar", "Place"),
          QT_TRANSLATE_NOOP("Calendar", "Participants"), QT_TRANSLATE_NOOP("Calendar", "Summary"),
          QT_TRANSLATE_NOOP("Calendar", "Outcomes"), QT_TRANSLATE_NOOP("Calendar", "Owner"),
          QT_TRANSLATE_NOOP("Calendar", "Commitment"), QT_TRANSLATE_NOOP("Calendar", "Due"),
          QT_TRANSLATE_NOOP("Calendar", "State"), QT_TRANSLATE_NOOP("Calendar", "Source"),
          QT_TRANSLATE_NOOP("Calendar", "Assessments"))


def _lines(lang: str | None, *pairs: tuple[str, str]) -> str:
    """'Label: value' lines (a label from LABELS, in `lang`), a bare value when the label is empty; empty values
    are left out."""
    line = _t(QT_TRANSLATE_NOOP("Calendar", "{label}: {value}"), lang)
    return "\n".join(line.format(label=_t(label, lang), value=value) if label else value for label, value in pairs
                     if value and value.strip())


def _target_event(track: model.Track, marking: str, lang: str | None) -> CalendarEvent:
    description = _lines(lang, ("", marking), ("Track", f"{track.ref} — {track.title}"), ("Kind", track.kind),
                         ("Parties", ", ".join(track.parties)), ("", track.description))
    target = _t(QT_TRANSLATE_NOOP("Calendar", "Target date: {title}"), lang).format(title=track.title)
    return CalendarEvent(TARGET, track.id, track.target_date, f"[{track.ref}] {target}", description, track.rev)


def _round_event(rnd: model.Round, track: model.Track, marking: str, lang: str | None) -> CalendarEvent:
    where = _t(QT_TRANSLATE_NOOP("Calendar", "Video call"), lang) if rnd.video else rnd.place
    title = _t(QT_TRANSLATE_NOOP("Calendar", "Round {number}"), lang).format(number=rnd.number)
    summary = f"[{track.ref}] {title}" + (f" — {where}" if where else "")
    illustrative = _t(QT_TRANSLATE_NOOP("Calendar", "Illustrative (not a real meeting)"), lang)
    description = _lines(lang, ("", marking), ("Track", f"{track.ref} — {track.title}"), ("Place", where),
                         ("Participants", rnd.participants), ("Summary", rnd.summary), ("Outcomes", rnd.outcomes),
                         ("", illustrative if rnd.illustrative else ""))
    return CalendarEvent(ROUND, rnd.id, rnd.date, summary, description, rnd.rev,
                         location="" if rnd.video else rnd.place)


def _commitment_event(owner: str, c: model.Commitment, due: date, track_ref: str,
                      assessments: list[model.Assessment], anchors: dict[str, model.Anchor],
                      marking: str, lang: str | None) -> CalendarEvent:
    text = " ".join(c.text.split())
    short = text if len(text) <= SUMMARY_TEXT else text[:SUMMARY_TEXT - 1].rstrip() + "…"
    due_text = _t(QT_TRANSLATE_NOOP("Calendar", "Due ({owner}): {text}"), lang).format(owner=c.owner, text=short)
    summary = (f"[{track_ref}] " if track_ref else "") + due_text
    anchor = anchors.get(c.anchor_id or "")
    when = due.isoformat() + (f" ({rules.describe_relative(c.offset_days, c.offset_months, anchor.name, anchor.date)})"
                              if anchor else "")
    source = _value(c.source_kind.value, lang) + (f" — {c.source}" if c.source else "")
    scores = [f"{a.party} {a.score:+d} ({_value(a.kind.value, lang)}{', ' + a.date.isoformat() if a.date else ''})"
              + (f": {a.evidence}" if a.evidence else "") for a in assessments]
    description = _lines(lang, ("", marking), ("Track", track_ref), ("Owner", owner),
                         ("Commitment", c.text), ("Due", when), ("State", _value(c.state.value, lang)),
                         ("Source", source), ("Assessments", "\n".join(scores)))
    return CalendarEvent(COMMITMENT, c.id, due, summary, description, c.rev)

