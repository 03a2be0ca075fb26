"""The export's own reads: the Summary sheet's per-track figures are the dashboard's, and the clause and position
rows are named field by field by their field tuples."""

from __future__ import annotations

from datetime import date

import pytest

from mineralsdesk.services import summary


# Before every deadline, amid them (some overdue, some to come) and after all of them.
@pytest.mark.parametrize(("today", "overdue", "upcoming"), [(date(2026, 1, 1), False, True),
                                                           (date(2026, 11, 1), True, True),
                                                           (date(2028, 1, 1), True, False)])
def test_the_summary_sheets_track_summary_is_the_dashboards_without_history(demo_log, today, overdue, upcoming):
    seen_overdue = seen_deadline = seen_history = False
    for track in demo_log.tracks.list():
        full = demo_log.read.track_summary(track, today)
        sheet = demo_log.read.track_summary(track, today, upcoming=1, history=False)
        assert sheet.track == full.track
        assert sheet.status_counts == full.status_counts
        assert sheet.topic_counts == full.topic_counts
        assert sheet.open_brackets == full.open_brackets
        assert sheet.next_deadlines == full.next_deadlines[:1]
        assert sheet.overdue == full.overdue
        assert (sheet.last_round, sheet.concluded) == (full.last_round, full.concluded)
        # What the sheet has no cell for is left out (at 100,000 versions it cost ~3 s a track).
        assert (sheet.burndown, sheet.changes_since_last_round, sheet.last_round_changes) == ([], 0, None)
        seen_overdue |= bool(sheet.overdue)
        seen_deadline |= bool(sheet.next_deadlines)
        seen_history |= bool(full.burndown) and full.last_round_changes is not None
    # The comparison covers real figures, not only empty ones.
    assert (seen_overdue, seen_deadline, seen_history) == (overdue, upcoming, True)


def test_clause_and_position_rows_are_named_by_their_field_tuples(demo_log):
    track_ids = summary.export_track_ids(demo_log)
    positions = [dict(zip(summary.POSITION_FIELDS, row, strict=True))
                 for row in summary.position_rows(demo_log, track_ids)]
    stored_fields = ["clause_id", "party", "round_id", "stance", "note", "red_line", "fallback", "internal_note", "rev"]
    stored = summary.records_by_ids(demo_log, "positions", stored_fields, [p["id"] for p in positions])
    assert positions and any(p["red_line"] for p in positions)
    for p in positions:
        assert stored[p["id"]] == tuple(p[name] for name in stored_fields)
    clauses = [dict(zip(summary.CLAUSE_FIELDS, row, strict=True)) for row in summary.clause_rows(demo_log, track_ids)]
    stored = summary.records_by_ids(demo_log, "clauses", ["ref", "title", "status", "rev"], [c["id"] for c in clauses])
    assert len(clauses) == 25
    for c in clauses:
        assert stored[c["id"]] == (c["ref"], c["title"], c["status"], c["rev"])
        assert isinstance(c["minerals"], list) and isinstance(c["stances"], dict)


def test_the_summary_sheet_shows_each_tracks_figures(demo_log, tmp_path):
    import openpyxl

    from mineralsdesk.documents.workbook.xlsx import export_xlsx

    today = date(2026, 11, 1)
    ws = openpyxl.load_workbook(export_xlsx(demo_log, tmp_path / "s.xlsx", today=today), read_only=True)["Summary"]
    rows = list(ws.iter_rows(values_only=True))
    top = next(i for i, r in enumerate(rows) if r[0] == "Track" and "Next deadline" in r)
    head = rows[top]
    body = rows[top + 1:]
    body = body[:next((i for i, r in enumerate(body) if not r[0]), len(body))]  # to the blank row after the table
    shown = {r[0]: dict(zip(head, r, strict=False)) for r in body}
    seen = 0
    for track in demo_log.tracks.list():
        full = demo_log.read.track_summary(track, today)
        row = shown[track.ref]
        due = row["Next deadline"].date() if row["Next deadline"] else None
        assert due == (full.next_deadlines[0].due if full.next_deadlines else None)
        assert row["Overdue commitments"] == len(full.overdue)
        assert row["Open brackets"] == full.open_brackets
        assert row["Clauses"] == sum(full.status_counts.values())
        seen += bool(due) + row["Overdue commitments"]
    assert seen  # real figures, not only blanks
