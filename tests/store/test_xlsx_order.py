"""The workbook's rows come in the app's reading order (domain.ordering), across pages, ties broken by id."""

from __future__ import annotations

from datetime import date

from mineralsdesk.domain.ordering import ref_order
from mineralsdesk.services.log import Log
from mineralsdesk.store import xlsx_queries
from mineralsdesk.store.xlsx_queries import CLAUSE_FIELDS, POSITION_FIELDS


def test_clause_and_position_rows_follow_the_clauses_table_across_pages(log: Log):
    refs = ["Art. 11", "Art. 2bis", "annex 2", "Art. 2", "Art. 10", "ART. 2", "Art. 4.2", "Annex 10", "Art. 1", "x"]
    tracks = {}
    for track_ref in ("T10", "T2", "T02"):
        track = tracks[track_ref] = log.tracks.add(track_ref, f"Track {track_ref}", parties=["US", "EU"]).record
        rnd = log.rounds.add(track.id, date(2026, 5, 1)).record
        for ref in refs:
            clause = log.clauses.add(track.id, ref, "Title", "Text.", party="EU", round_id=rnd.id).record
            log.positions.set(clause.id, "US", rnd.id, "supports")
            log.positions.set(clause.id, "EU", rnd.id, "supports")

    track_ids = xlsx_queries.track_ids_in_order(log.db)
    assert track_ids == [t.id for t in log.tracks.list()]
    assert [tracks["T10"].id] == xlsx_queries.track_ids_in_order(log.db, [tracks["T10"].id])
    app = [r.id for t in track_ids for r in log.read.clause_rows(track_id=t)]
    assert [r.id for t in track_ids for r in sorted(log.read.clause_rows(track_id=t), key=lambda r: ref_order(r.ref, r.id))
            ] == app  # the table's order is the domain's, id breaking the tie of "Art. 2" and "ART. 2"

    for page in (3, 1000):  # pages end mid-track and mid-tie, or hold a whole track
        rows = [dict(zip(CLAUSE_FIELDS, r, strict=True)) for r in xlsx_queries.iter_clause_rows(log.db, track_ids,
                                                                                              page=page)]
        assert [r["id"] for r in rows] == app
        positions = [dict(zip(POSITION_FIELDS, r, strict=True))
                     for r in xlsx_queries.iter_position_rows(log.db, track_ids, page=page)]
        assert [p["clause_id"] for p in positions] == [i for i in app for _ in ("EU", "US")]
        assert [p["party"] for p in positions] == ["EU", "US"] * len(app)
