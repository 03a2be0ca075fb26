"""The calendar of deadlines: `events.py` reads the dated deadlines from the log, already redacted through
`documents/audience.py`; `ics.py` writes them as an iCalendar file with `icalendar`."""
