"""The import streams: 2,000 edited rows are planned and applied in batches inside one transaction; a refusal
on the last row still leaves the log untouched, progress is reported, and the result is what applying the same
changes one by one gives."""

from __future__ import annotations

import shutil
from datetime import date

import openpyxl
import pytest
from xlsx_support import column

from mineralsdesk.documents.workbook import xlsx_import, xlsx_tag
from mineralsdesk.documents.workbook.xlsx import export_xlsx
from mineralsdesk.documents.workbook.xlsx_import import import_xlsx
from mineralsdesk.errors import ImportRefused
from mineralsdesk.services.log import Log

ROWS = 2_000
NEXT = {"drafted": "proposed", "proposed": "under negotiation"}


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """A log of 2,000 clauses (four batches of the import), its workbook with every Status changed, and a copy
    of the log as exported."""
    folder = tmp_path_factory.mktemp("stream")
    with Log.create(folder / "big.mdesk", log_name="Big", delegation="EU delegation", user_name="Tester") as log:
        with log.write("test"):
            track = log.tracks.add("MOU", "US–EU MoU", kind="memorandum", target_date=date(2026, 3, 6),
                                   parties=["US", "EU"]).record
            for i in range(ROWS):
                log.clauses.add(track.id, f"Art. {i + 1}", f"Clause {i + 1}", f"The Participants shall do {i}.",
                                party="US", status="proposed" if i % 3 == 0 else "drafted")
        book = export_xlsx(log, folder / "summary.xlsx")
    wb = openpyxl.load_workbook(book)
    ws = wb["Clauses"]
    status = column(ws, "Status")
    for (cell,) in ws.iter_rows(min_row=2, min_col=status, max_col=status):
        cell.value = NEXT[cell.value]
    wb.save(book)
    return folder / "big.mdesk", book


def _copy(big, tmp_path, name="log.mdesk"):
    target = tmp_path / name
    shutil.copy(big[0], target)
    return target


def _clauses(log) -> list[tuple]:
    return sorted(tuple(r) for r in log.db.execute("SELECT * FROM clauses"))


def test_two_thousand_rows_import_as_the_same_changes_made_one_by_one(big, tmp_path):
    with Log.open(_copy(big, tmp_path)) as log:
        report = import_xlsx(log, big[1])
        assert report.ok and report.applied and len(report.changes) == ROWS
        imported = _clauses(log)
        revs = {rev for (rev,) in log.db.execute("SELECT rev FROM clauses")}
        changes = [(c.entity_id, c.field, c.old, c.new) for c in report.changes]
    with Log.open(_copy(big, tmp_path, "oracle.mdesk")) as log:
        expected = []
        with log.write("test"):
            for clause_id, status, _rev in sorted(log.db.execute("SELECT id, status, rev FROM clauses")):
                log.clauses.set_status(clause_id, NEXT[status])
                expected.append((clause_id, "status", status, NEXT[status]))
        assert imported == _clauses(log)
    assert sorted(changes) == expected
    assert len(revs) == 1  # every clause changed once


def test_a_refusal_on_the_last_row_applies_nothing_though_batches_ran(big, tmp_path, monkeypatch):
    book = tmp_path / "refused.xlsx"
    wb = openpyxl.load_workbook(big[1])
    ws = wb["Clauses"]
    ws.cell(ws.max_row, column(ws, "Status")).value = "signed in blood"
    wb.save(book)
    applied = []
    real = xlsx_import._apply
    monkeypatch.setattr(xlsx_import, "_apply", lambda log, changes: (applied.append(len(changes)),
                                                                     real(log, changes)))
    with Log.open(_copy(big, tmp_path)) as log:
        before = log.dump()
        with pytest.raises(ImportRefused, match=f"row {ROWS + 1}.*nothing was applied"):
            import_xlsx(log, book)
        assert applied == [xlsx_import.BATCH] * 3  # streamed: three batches were written, then rolled back
        assert log.dump() == before


def test_progress_is_reported_while_the_rows_stream_and_when_applied(big, tmp_path):
    calls = []
    with Log.open(_copy(big, tmp_path)) as log:
        import_xlsx(log, big[1], progress=lambda done, total: calls.append((done, total)))
    assert len(calls) >= ROWS // 500
    assert all(0 <= done <= total for done, total in calls)
    assert calls[-1][0] == calls[-1][1]
    dry = []
    with Log.open(_copy(big, tmp_path, "dry.mdesk")) as log:
        before = log.dump()
        report = import_xlsx(log, big[1], dry_run=True, progress=lambda done, total: dry.append((done, total)))
        assert len(report.changes) == ROWS and not report.applied and log.dump() == before
    assert dry


def test_the_row_tagger_gives_the_row_tag():
    secret = b"k" * 32
    for audience, sheet, args in (("internal", "Clauses", ("c1", "3", "abc123" * 4)),
                                  ("shareable", "Positions", ("p\u00e9\"\\", "t0f", "")),
                                  ("internal", "Commitments", ("\ud800x", "1\n2", "ff"))):
        tag = xlsx_tag.row_tagger(secret, audience, sheet)
        assert tag(*args) == xlsx_tag.row_tag(secret, audience, sheet, *args)
