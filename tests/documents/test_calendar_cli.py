"""`mineralsdesk export ics` as a user runs it: counts on stdout, refusals in one line, nothing half-written."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import icalendar


def _run(*args: str):
    return subprocess.run([sys.executable, "-m", "mineralsdesk", *args], capture_output=True, text=True, timeout=120)


def test_export_ics_writes_the_demo_calendar(demo_path, tmp_path):
    out = tmp_path / "deadlines.ics"
    done = _run("--db", str(demo_path), "export", "ics", str(out), "--audience", "shareable", "--reminder-days", "0")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Wrote {out}: 12 commitment dues, 14 rounds, 4 target dates")
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    assert len(cal.walk("VEVENT")) == 30 and cal.walk("VALARM") == []
    one = _run("--db", str(demo_path), "export", "ics", str(tmp_path / "mou.ics"), "--track", "MOU")
    assert one.returncode == 0, one.stderr
    assert all(str(e["SUMMARY"]).startswith("[MOU]")
               for e in icalendar.Calendar.from_ical((tmp_path / "mou.ics").read_bytes()).walk("VEVENT"))


def test_refusals_are_one_line_and_write_nothing(demo_path, tmp_path):
    before = demo_path.read_bytes()
    for target, words in ((str(demo_path), "open log"), (str(tmp_path / "x.pdf"), ".ics"), (str(tmp_path), "folder"),
                          (str(tmp_path / "no" / "x.ics"), "does not exist")):
        done = _run("--db", str(demo_path), "export", "ics", target)
        assert done.returncode == 1, target
        assert done.stderr.count("\n") == 1 and words in done.stderr and "Traceback" not in done.stderr
    unknown = _run("--db", str(demo_path), "export", "ics", str(tmp_path / "x.ics"), "--track", "NOPE")
    assert unknown.returncode == 1 and "NOPE" in unknown.stderr and unknown.stderr.count("\n") == 1
    bad = _run("--db", str(demo_path), "export", "ics", str(tmp_path / "x.ics"), "--reminder-days", "-1")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1
    assert demo_path.read_bytes() == before and list(tmp_path.glob("*.ics")) == []


def test_undated_deadlines_are_counted_on_stderr(tmp_path):
    from mineralsdesk.services.log import Log

    db = tmp_path / "t.mdesk"
    with Log.create(db) as log:
        log.tracks.add("T", "Track", target_date=date(2026, 6, 1))
        log.commitments.add("US", "Some day")
    done = _run("--db", str(db), "export", "ics", str(tmp_path / "t.ics"))
    assert done.returncode == 0, done.stderr
    assert "0 commitment dues, 0 rounds, 1 target date" in done.stdout
    assert "Left out 1 commitment with no due date" in done.stderr
