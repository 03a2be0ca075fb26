"""The Excel export holds nothing that grows with the log (issue 21): its memory at 1,000,000 clause versions is
that of 1,000.

At 1M the export peaked 8.7 MB above the 1k export (53.3 against 44.6 MB): the Summary sheet kept every track's
summary (each with its overdue commitments and last round: 6.7 MB for 400 tracks) until its second table was
written, and SQLite's sorter held the Rounds and Commitments sheets' rows (4 and 2.3 MB) to order them. These
tests count what is alive while the Summary sheet is written and read the query plans; they time nothing.
"""

from __future__ import annotations

import gc
import weakref
from datetime import date

import openpyxl
import pytest

from mineralsdesk.documents.workbook.xlsx import export_xlsx
from mineralsdesk.services import summary
from mineralsdesk.store import xlsx_queries

TODAY = date(2026, 11, 26)


def _tracks(log, n: int) -> list:
    tracks = []
    for i in range(n):
        track = log.tracks.add(f"T{i + 1}", f"Track {i + 1}", parties=["US", "EU"]).record
        log.rounds.add(track.id, date(2026, 5, 1), number=1, place="Geneva")
        log.commitments.add("US", f"Overdue {i + 1}", track_id=track.id, due_date=date(2026, 6, 1))
        tracks.append(track)
    return tracks


def test_the_summary_sheet_holds_one_track_summary_at_a_time(log, tmp_path, monkeypatch):
    _tracks(log, 12)
    made: list[weakref.ref] = []
    most = [0]
    summarise = log.read.track_summary

    def track_summary(*args, **kwargs):
        gc.collect()
        most[0] = max(most[0], sum(1 for ref in made if ref() is not None))
        s = summarise(*args, **kwargs)
        made.append(weakref.ref(s))
        return s

    monkeypatch.setattr(log.read, "track_summary", track_summary)
    path = export_xlsx(log, tmp_path / "s.xlsx", today=TODAY)
    assert len(made) == 12
    # Kept all at once, 11 would be alive when the last is made; the previous track's may still be in reach.
    assert most[0] <= 1, most
    # Both of the sheet's per-track tables are whole: one row per track in each, in reading order.
    rows = list(openpyxl.load_workbook(path, read_only=True)["Summary"].iter_rows(values_only=True))
    refs = [r[0] for r in rows if r and isinstance(r[0], str) and r[0].startswith("T") and r[0][1:].isdigit()]
    assert refs == [f"T{i}" for i in range(1, 13)] * 2
    overdue = [r for r in rows if r and r[0] == "T3"][0]
    assert overdue[-1] == 1  # the track's overdue commitment is counted


def _plans(log, monkeypatch, read) -> list[tuple[str, list[str]]]:
    """Each query `read()` streams its rows from, with SQLite's plan for it."""
    seen: list[tuple[str, list]] = []
    iter_rows = xlsx_queries.iter_rows

    def recording(db, sql, params=(), **kwargs):
        seen.append((sql, list(params)))
        return iter_rows(db, sql, params, **kwargs)

    monkeypatch.setattr(xlsx_queries, "iter_rows", recording)
    rows = list(read())
    monkeypatch.setattr(xlsx_queries, "iter_rows", iter_rows)
    assert seen and rows
    return [(sql, [r[3] for r in log.db.execute("EXPLAIN QUERY PLAN " + sql, params)]) for sql, params in seen]


@pytest.mark.parametrize("read", ["rounds", "commitments", "commitments of some tracks"])
def test_rounds_and_commitments_are_read_in_index_order_not_sorted_whole(log, monkeypatch, read):
    tracks = _tracks(log, 3)
    log.commitments.add("EU", "Some day", track_id=tracks[1].id)  # no due date
    ids = summary.export_track_ids(log)
    reads = {"rounds": lambda: summary.round_rows(log, ids),
             "commitments": lambda: summary.commitment_rows(log, None),
             "commitments of some tracks": lambda: summary.commitment_rows(log, ids[:2])}
    for sql, plan in _plans(log, monkeypatch, reads[read]):
        # "USE TEMP B-TREE FOR ORDER BY" is SQLite's sorter taking every row of the result before the first
        # (4 MB for the 5,080 rounds of a 1M log); a track's rounds of one date may still be sorted by number.
        assert "USE TEMP B-TREE FOR ORDER BY" not in plan, (sql, plan)


def test_commitments_keep_their_order_soonest_due_first_then_undated(log):
    track = log.tracks.add("T1", "Track 1", parties=["US", "EU"]).record
    other = log.tracks.add("T2", "Track 2", parties=["US", "EU"]).record
    added = [("later", track.id, date(2026, 9, 1)), ("undated", track.id, None), ("soon", other.id, date(2026, 3, 1)),
             ("same day, added first", track.id, date(2026, 6, 1)), ("no track", None, date(2026, 6, 1)),
             ("same day, added last", other.id, date(2026, 6, 1)), ("undated too", None, None)]
    for text, track_id, due in added:
        log.commitments.add("US", text, track_id=track_id, due_date=due)
    texts = [row[3] for row in summary.commitment_rows(log, None)]
    assert texts == ["soon", "same day, added first", "no track", "same day, added last", "later", "undated",
                     "undated too"]
    texts = [row[3] for row in summary.commitment_rows(log, [track.id])]
    assert texts == ["same day, added first", "later", "undated"]
