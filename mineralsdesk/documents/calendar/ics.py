"""The calendar of deadlines as an iCalendar (RFC 5545) file, written with `icalendar`.

Every event is all-day (DTSTART;VALUE=DATE, DTEND the next day) with a UID from its record's id and kind, so
importing a newer file updates the events instead of adding copies; SEQUENCE is the record's revision, so
clients take the update. DTSTAMP is the export's UTC date-time (icalendar would take a plain date; RFC 5545
does not). The library escapes the text and folds lines at 75 octets with CRLF.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import icalendar

from ... import __app_name__, __version__
from ...errors import ExportError
from ...i18n import SOURCE_LANGUAGE, normalise
from ...services.log import Log
from ...services.reminders import check_reminder_days, reminder_days
from ...services.storage import atomic_output
from ..progress import ProgressCallback
from .events import Calendar, CalendarContent, CalendarEvent, build_calendar, left_out_line

PRODID = f"-//{__app_name__}//{__app_name__} {__version__}//EN"


@dataclass(frozen=True)
class CalendarResult:
    """What an export wrote: the file, its events by kind, and what it left out (one line, or '')."""

    path: Path
    events: dict[str, int]
    left_out: str  # in English; left_out_line(lang) in another language
    left_out_counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.events.values())

    def describe(self, lang: str | None = None) -> str:
        """'12 commitment dues, 14 rounds, 1 target date' (in `lang`; English when None)."""
        words = (("commitment", "commitment due", "commitment dues"), ("round", "round", "rounds"),
                 ("target", "target date", "target dates"))
        english = ", ".join(f"{self.events[k]} {one if self.events[k] == 1 else many}" for k, one, many in words)
        if normalise(lang) == SOURCE_LANGUAGE:
            return english
        parts = [Calendar(lang).events(k, self.events[k]) for k in ("commitment", "round", "target")]
        return english if any(part is None for part in parts) else ", ".join(parts)

    def left_out_line(self, lang: str | None = None) -> str:
        """What was left out (no date), in `lang`; '' when nothing was."""
        return left_out_line(self.left_out_counts, lang) if self.left_out_counts else self.left_out



def export_ics(log: Log, out: str | Path, *, audience: str = "internal", tracks: Sequence[str] | None = None,
               reminder: int | None = None, progress: ProgressCallback | None = None,
               now: datetime | None = None, lang: str | None = None) -> CalendarResult:
    """Write the calendar of deadlines for `audience` to `out` (atomically); `reminder` days before each
    event an alarm (0: none; default: the log's setting); `now` is the DTSTAMP (default: now, UTC); `lang`
    the language of the calendar's own words (English when None; the log's content is never translated)."""
    try:
        days = reminder_days(log) if reminder is None else check_reminder_days(reminder)
    except ValueError as exc:
        raise ExportError.telling(exc) from None
    content = build_calendar(log, audience=audience, tracks=tracks, lang=lang)
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    data = calendar_bytes(content, stamp, days, progress)
    out = Path(out)
    with atomic_output(out) as tmp:
        tmp.write_bytes(data)
    kinds = {kind: content.count(kind) for kind in ("commitment", "round", "target")}
    return CalendarResult(out, kinds, content.left_out_line(), dict(content.left_out))


def calendar_bytes(content: CalendarContent, stamp: datetime, reminder: int,
                   progress: ProgressCallback | None = None) -> bytes:
    """The iCalendar text of `content` (UTF-8, CRLF, folded)."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", content.name)
    total = len(content.events)
    for done, event in enumerate(content.events, start=1):
        cal.add_component(_vevent(event, stamp, reminder))
        if progress is not None and (done % 200 == 0 or done == total):
            progress(done, total)
    return cal.to_ical()


def _vevent(event: CalendarEvent, stamp: datetime, reminder: int) -> icalendar.Event:
    vevent = icalendar.Event()
    vevent.add("uid", event.uid)
    vevent.add("dtstamp", stamp)
    vevent.add("dtstart", event.day)
    vevent.add("dtend", event.day + timedelta(days=1))
    vevent.add("sequence", event.sequence)
    vevent.add("summary", event.summary)
    if event.description:
        vevent.add("description", event.description)
    if event.location:
        vevent.add("location", event.location)
    vevent.add("categories", [event.kind])
    vevent.add("transp", "TRANSPARENT")  # a deadline does not make anyone busy that day
    if reminder:
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", event.summary)
        alarm.add("trigger", timedelta(days=-reminder))
        vevent.add_component(alarm)
    return vevent
