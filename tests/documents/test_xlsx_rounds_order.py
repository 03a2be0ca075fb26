"""The workbook's Rounds sheet lists tracks in reading order ("T2" before "T10", as the Clauses and Positions
sheets do) and each track's rounds by date, whatever order they were added in."""

from __future__ import annotations

from datetime import date

import openpyxl

from mineralsdesk.documents.workbook.xlsx import export_xlsx

TODAY = date(2026, 11, 26)


def test_rounds_sheet_lists_tracks_as_read_and_rounds_by_date(log, tmp_path):
    for track_ref in ("T10", "T2", "T1"):  # added out of reading order on purpose
        track = log.tracks.add(track_ref, f"Track {track_ref}", parties=["US", "EU"]).record
        log.rounds.add(track.id, date(2026, 9, 1), number=2, place=f"{track_ref} later")
        log.rounds.add(track.id, date(2026, 5, 1), number=1, place=f"{track_ref} earlier")

    book = openpyxl.load_workbook(export_xlsx(log, tmp_path / "s.xlsx", today=TODAY), read_only=True)
    rows = list(book["Rounds"].iter_rows(values_only=True))
    track_col, place_col = rows[0].index("Track"), rows[0].index("Place")
    listed = [(r[track_col], r[place_col]) for r in rows[1:] if r[track_col]]

    assert listed == [(t, f"{t} {when}") for t in ("T1", "T2", "T10") for when in ("earlier", "later")]
