"""One order of references on the screen, in the briefing PDF and in the Excel workbook (domain.ordering):
"Art. 2" before "Art. 10", "Art. 4.2" between "Art. 2" and "Art. 10", and track "T2" before track "T10"."""

from __future__ import annotations

from datetime import date

import openpyxl
import pypdf
import pytest
from PySide6.QtCore import Qt

from mineralsdesk.documents.briefing.pdf import export_pdf
from mineralsdesk.documents.workbook.xlsx import export_xlsx
from mineralsdesk.gui.clauses.model import ClauseTableModel
from mineralsdesk.gui.context import AppContext
from mineralsdesk.gui.tracks.table import TracksModel

TODAY = date(2026, 11, 26)
ADDED = ["Art. 11", "Art. 2", "Art. 4.2", "Art. 10", "Art. 1"]  # written out of order on purpose
READ = ["Art. 1", "Art. 2", "Art. 4.2", "Art. 10", "Art. 11"]
TITLES = {"Art. 1": "Alpha", "Art. 2": "Bravo", "Art. 4.2": "Charlie", "Art. 10": "Delta", "Art. 11": "Echo"}
TRACKS = ["T2", "T10"]  # the reading order of the tracks, added the other way round


@pytest.fixture
def ordered(qapp, log, settings) -> AppContext:
    for track_ref in reversed(TRACKS):
        track = log.tracks.add(track_ref, f"Track {track_ref}", parties=["US", "EU"]).record
        rnd = log.rounds.add(track.id, date(2026, 5, 1)).record
        for ref in ADDED:
            clause = log.clauses.add(track.id, ref, f"{TITLES[ref]} {track_ref}", f"Text of {ref}.", party="EU",
                                    round_id=rnd.id).record
            log.positions.set(clause.id, "US", rnd.id, "supports")
    return AppContext(log, today=TODAY, settings=settings)


EXPECTED = [(t, ref) for t in TRACKS for ref in READ]


def _screen(model: ClauseTableModel) -> list[tuple[str, str]]:
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]


def test_the_clauses_table_the_briefing_and_the_workbook_list_clauses_alike(ordered, tmp_path):
    model = ClauseTableModel(ordered)
    screen = _screen(model)

    pdf = pypdf.PdfReader(export_pdf(ordered.log, tmp_path / "b.pdf", today=TODAY))
    text = "".join("".join(p.extract_text().split()) for p in pdf.pages[2:])  # after the cover and contents
    headings = {(t, ref): "".join(f"{ref}{TITLES[ref]}{t}".split()) for t, ref in EXPECTED}
    assert all(h in text.replace("·", "") for h in headings.values())
    in_pdf = sorted(headings, key=lambda k: text.replace("·", "").index(headings[k]))
    marks = [title for title in _outline_titles(pdf) if title.startswith("Art.")]

    book = openpyxl.load_workbook(export_xlsx(ordered.log, tmp_path / "s.xlsx", today=TODAY), read_only=True)
    rows = list(book["Clauses"].iter_rows(values_only=True))
    track_col, ref_col = rows[0].index("Track"), rows[0].index("Ref")
    in_xlsx = [(r[track_col], r[ref_col]) for r in rows[1:] if r[ref_col]]
    positions = list(book["Positions"].iter_rows(values_only=True))
    clause_col = positions[0].index("Clause")
    in_positions = [r[clause_col] for r in positions[1:] if r[clause_col]]

    assert screen == EXPECTED
    assert in_pdf == EXPECTED
    assert marks == [f"{ref} {TITLES[ref]} {t}" for t, ref in EXPECTED]  # the bookmarks too
    assert in_xlsx == EXPECTED
    assert in_positions == [ref for _, ref in EXPECTED]  # one position a clause, in the Clauses sheet's order


def test_sorting_the_screen_by_reference_uses_the_same_order(ordered):
    model = ClauseTableModel(ordered)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert [ref for _, ref in _screen(model)] == [ref for ref in READ for _ in TRACKS]
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert [ref for _, ref in _screen(model)] == [ref for ref in reversed(READ) for _ in TRACKS]


def test_the_tracks_table_orders_references_as_read(ordered):
    model = TracksModel(ordered, sort_key="ref")
    model.reload()
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == TRACKS
    assert [t.ref for t in ordered.log.tracks.list()] == TRACKS


def _outline_titles(reader: pypdf.PdfReader) -> list[str]:
    out: list[str] = []

    def walk(items: list) -> None:
        for item in items:
            walk(item) if isinstance(item, list) else out.append(item.title)

    walk(reader.outline)
    return out
