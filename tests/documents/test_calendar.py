"""The calendar of deadlines: every dated deadline as an all-day event a real client reads, RFC 5545 points kept."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest

from mineralsdesk.documents.calendar.events import build_calendar
from mineralsdesk.documents.calendar.ics import export_ics
from mineralsdesk.domain import rules
from mineralsdesk.errors import InvalidInputError, TargetError
from mineralsdesk.services.backups import check_output
from mineralsdesk.services.log import Log
from mineralsdesk.services.reminders import reminder_days, set_reminder_days

NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)


def _events(path: Path) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def _expected_dues(log: Log) -> dict[str, date]:
    """Every commitment that has a date, by id, its due computed here from its anchor when it is relative."""
    anchors = {a.id: a.date for a in log.anchors.list()}
    out = {}
    for c in log.commitments.list():
        due = rules.due_from_anchor(anchors[c.anchor_id], c.offset_days, c.offset_months) if c.anchor_id else c.due_date
        if due is not None:
            out[c.id] = due
    return out


def test_the_demo_exports_every_dated_round_target_and_due(demo_log: Log, tmp_path: Path):
    result = export_ics(demo_log, tmp_path / "demo.ics", now=NOW)
    events = _events(result.path)
    rounds = demo_log.rounds.list()
    targets = [t for t in demo_log.tracks.list() if t.target_date]
    dues = _expected_dues(demo_log)
    assert result.events == {"commitment": len(dues), "round": len(rounds), "target": len(targets)}
    assert len(dues) >= 10 and len(rounds) >= 10 and len(targets) == 4
    assert len(events) == result.total and result.left_out == ""
    for r in rounds:
        e = events[f"round-{r.id}@mineralsdesk"]
        assert e.decoded("DTSTART") == r.date and e.decoded("DTEND") == r.date + timedelta(days=1)
        assert e["CATEGORIES"].cats == ["round"] and int(e["SEQUENCE"]) == r.rev
        if not r.video:
            assert str(e["LOCATION"]) == r.place and r.place in str(e["SUMMARY"])
    for t in targets:
        e = events[f"target-{t.id}@mineralsdesk"]
        assert e.decoded("DTSTART") == t.target_date and t.ref in str(e["SUMMARY"])
        assert e["CATEGORIES"].cats == ["target"]
    by_id = {c.id: c for c in demo_log.commitments.list()}
    for cid, due in dues.items():
        e = events[f"commitment-{cid}@mineralsdesk"]
        c = by_id[cid]
        assert e.decoded("DTSTART") == due and e["CATEGORIES"].cats == ["commitment"]
        assert c.owner in str(e["SUMMARY"]) and c.text in str(e["DESCRIPTION"])
        assert demo_log.commitments.describe_due(c) in str(e["DESCRIPTION"])  # "2026-03-06 (30 days after ...)"
        assert int(e["SEQUENCE"]) == c.rev
    relative = [c for c in by_id.values() if c.anchor_id]
    assert relative and all("after" in str(events[f"commitment-{c.id}@mineralsdesk"]["DESCRIPTION"]) for c in relative)


def test_every_event_is_all_day_with_a_utc_stamp_and_a_reminder(demo_log: Log, tmp_path: Path):
    path = export_ics(demo_log, tmp_path / "demo.ics", now=NOW).path
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    assert str(cal["VERSION"]) == "2.0" and "MineralsDesk" in str(cal["PRODID"])
    for e in cal.walk("VEVENT"):
        assert e["DTSTART"].params["VALUE"] == "DATE" and e["DTEND"].params["VALUE"] == "DATE"
        assert e.decoded("DTSTAMP") == NOW
        (alarm,) = e.walk("VALARM")
        assert str(alarm["ACTION"]) == "DISPLAY" and alarm.decoded("TRIGGER") == timedelta(days=-7)
        assert str(alarm["DESCRIPTION"]) == str(e["SUMMARY"])


def test_rfc_5545_points_in_the_bytes(demo_log: Log, tmp_path: Path):
    """CRLF everywhere, no line over 75 octets, DTSTAMP a UTC date-time, unique UIDs, VALUE=DATE on every DTSTART."""
    demo_log.rounds.update(demo_log.rounds.list()[0].id, summary="日本語の長い要約、" * 30)  # multi-byte folding
    data = export_ics(demo_log, tmp_path / "demo.ics", now=NOW).path.read_bytes()
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    lines = data.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)  # folding did happen
    data.decode("utf-8")
    unfolded = data.replace(b"\r\n ", b"").decode("utf-8").split("\r\n")
    stamps = [line for line in unfolded if line.startswith("DTSTAMP")]
    assert stamps and all(re.fullmatch(r"DTSTAMP:\d{8}T\d{6}Z", s) for s in stamps)
    uids = [line for line in unfolded if line.startswith("UID:")]
    assert len(uids) == len(set(uids)) == unfolded.count("BEGIN:VEVENT")
    starts = [line for line in unfolded if line.startswith(("DTSTART", "DTEND"))]
    assert starts and all(re.fullmatch(r"DT(START|END);VALUE=DATE:\d{8}", s) for s in starts)


def test_uids_are_stable_and_sequence_follows_the_revision(demo_log: Log, tmp_path: Path):
    first = _events(export_ics(demo_log, tmp_path / "a.ics", now=NOW).path)
    c = next(c for c in demo_log.commitments.list() if c.anchor_id)
    anchor = demo_log.anchors.get(c.anchor_id)
    demo_log.anchors.move(anchor.id, anchor.date + timedelta(days=10))
    second = _events(export_ics(demo_log, tmp_path / "b.ics", now=NOW + timedelta(days=1)).path)
    assert set(first) == set(second)  # importing the new file updates the same events
    uid = f"commitment-{c.id}@mineralsdesk"
    assert second[uid].decoded("DTSTART") == first[uid].decoded("DTSTART") + timedelta(days=10)
    assert int(second[uid]["SEQUENCE"]) > int(first[uid]["SEQUENCE"])


def test_undated_deadlines_are_left_out_and_counted(log: Log, tmp_path: Path):
    track = log.tracks.add("T", "No target yet", parties=["US", "EU"]).record
    log.commitments.add("US", "Some day", track_id=track.id)
    log.commitments.add("EU", "Also some day")
    anchor = log.anchors.add("Entry into force", date(2026, 5, 1)).record
    rel = log.commitments.add("EU", "Notify", anchor_id=anchor.id, offset_days=30, track_id=track.id).record
    result = export_ics(log, tmp_path / "c.ics", now=NOW)
    assert result.events == {"commitment": 1, "round": 0, "target": 0}
    assert result.left_out == "left out 1 track with no target date and 2 commitments with no due date"
    assert _events(result.path)[f"commitment-{rel.id}@mineralsdesk"].decoded("DTSTART") == date(2026, 5, 31)


def test_track_filter_reminder_setting_and_no_reminder(demo_log: Log, tmp_path: Path):
    mou = demo_log.tracks.by_ref("MOU")
    content = build_calendar(demo_log, tracks=["MOU"])
    ids = {e.record_id for e in content.events}
    assert ids == ({r.id for r in demo_log.rounds.list(mou.id)} | {mou.id}
                   | {c.id for c in demo_log.commitments.list() if c.track_id == mou.id})
    with pytest.raises(InvalidInputError):
        build_calendar(demo_log, tracks=["NOPE"])
    assert reminder_days(demo_log) == 7
    set_reminder_days(demo_log, 3)
    cal = icalendar.Calendar.from_ical(export_ics(demo_log, tmp_path / "r.ics", now=NOW).path.read_bytes())
    assert {a.decoded("TRIGGER") for a in cal.walk("VALARM")} == {timedelta(days=-3)}
    none = export_ics(demo_log, tmp_path / "n.ics", reminder=0, now=NOW).path.read_bytes()
    assert b"VALARM" not in none and b"BEGIN:VEVENT" in none


def test_the_target_checks_are_the_other_exports(demo_log: Log, tmp_path: Path):
    with pytest.raises(TargetError):
        check_output(tmp_path / "x.pdf", log_path=demo_log.path, suffix=".ics")
    with pytest.raises(TargetError):
        export_ics(demo_log, demo_log.path)  # the writer refuses a log too, whatever its caller checked
    assert demo_log.check().ok


def test_a_second_parser_reads_every_event(demo_log: Log, tmp_path: Path):
    """vobject (Debian's python3-vobject, an independent parser) reads the file the same way; skipped when absent."""
    system = shutil.which("python3", path="/usr/bin")
    if system is None or subprocess.run([system, "-c", "import vobject"], capture_output=True).returncode != 0:
        pytest.skip("python3-vobject is not installed (apt-get install python3-vobject)")
    result = export_ics(demo_log, tmp_path / "demo.ics", now=NOW)
    script = ("import sys, vobject\n"
              "cal = vobject.readOne(open(sys.argv[1], encoding='utf-8').read(), validate=True)\n"
              "for e in cal.vevent_list:\n"
              "    print(e.uid.value, e.dtstart.value.isoformat(), e.dtend.value.isoformat(), e.dtstamp.value.isoformat(),"
              " len(getattr(e, 'valarm_list', [])))\n")
    done = subprocess.run([system, "-c", script, str(result.path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    rows = [line.split() for line in done.stdout.splitlines()]
    ours = _events(result.path)
    assert len(rows) == len(ours) == result.total
    for uid, start, end, stamp, alarms in rows:
        assert date.fromisoformat(start) == ours[uid].decoded("DTSTART")
        assert date.fromisoformat(end) == ours[uid].decoded("DTEND")
        assert stamp == "2026-11-26T09:30:00+00:00" and alarms == "1"
