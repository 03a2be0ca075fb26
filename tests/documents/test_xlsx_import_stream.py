"""The import streams: 2,000 edited rows are planned and applied in batches inside one transaction; a refusal
on the last row still leaves the log untouched, progress is reported, and the result is what applying the same
changes one by one gives. Its report lists the first KEPT changes and counts the rest; the copied-row check keeps
digests of the Record ids and still names both rows."""

from __future__ import annotations

import shutil
from datetime import date

import openpyxl
import pytest
from xlsx_support import column

from mineralsdesk.documents.workbook import xlsx_import, xlsx_read, xlsx_tag
from mineralsdesk.documents.workbook.xlsx import export_xlsx
from mineralsdesk.documents.workbook.xlsx_import import KEPT, import_xlsx
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
        assert report.ok and report.applied and report.count == ROWS and len(report.changes) == KEPT
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
    assert set(changes) <= set(expected)
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
        assert report.count == ROWS and not report.applied and log.dump() == before
    assert dry


def test_the_row_tagger_gives_the_row_tag():
    secret = b"k" * 32
    for audience, sheet, args in (("internal", "Clauses", ("c1", "3", "abc123" * 4)),
                                  ("shareable", "Positions", ("p\u00e9\"\\", "t0f", "")),
                                  ("internal", "Commitments", ("\ud800x", "1\n2", "ff"))):
        tag = xlsx_tag.row_tagger(secret, audience, sheet)
        assert tag(*args) == xlsx_tag.row_tag(secret, audience, sheet, *args)


def test_a_report_past_kept_counts_every_change_and_lists_the_first(big, tmp_path):
    assert ROWS > KEPT
    with Log.open(_copy(big, tmp_path)) as log:
        dry = import_xlsx(log, big[1], dry_run=True)
        report = import_xlsx(log, big[1])
        entry = log.dump()["changes"][-1]
    for r in (dry, report):
        assert r.count == ROWS and len(r.changes) == KEPT and r.more == ROWS - KEPT
        assert [c.row for c in r.changes] == list(range(2, KEPT + 2))  # the first rows, in the workbook's order
    lines = report.describe().splitlines()
    assert lines[0] == f"summary.xlsx: {ROWS} change(s) applied"
    assert len(lines) == 1 + KEPT + 1 and lines[-1] == f"  … and {ROWS - KEPT} more changes (not listed)"
    assert dry.describe().splitlines()[0] == (f"summary.xlsx: {ROWS} change(s) would be applied (dry run; nothing "
                                              "written)")
    # the import's own change-log entry counts every record and field, listed or not
    assert f"{ROWS} rows edited, {ROWS} records changed, {ROWS} fields changed" in entry["new"]


def test_the_command_line_says_how_many_more_changes(big, tmp_path, capsys):
    from mineralsdesk import cli

    target = _copy(big, tmp_path)
    code = cli.main(["--db", str(target), "import", "xlsx", str(big[1]), "--dry-run"])
    out = capsys.readouterr().out.splitlines()
    assert code == 0 and out[0].startswith(f"summary.xlsx: {ROWS} change(s) would be applied")
    assert out[-1] == f"  … and {ROWS - KEPT} more changes (not listed)" and len(out) == KEPT + 2


def _copy_row(book, tmp_path, source: int, name="copied.xlsx"):
    """The workbook with Clauses row `source` copied, every cell and its hidden Check, below the last row."""
    out = tmp_path / name
    wb = openpyxl.load_workbook(book)
    ws = wb["Clauses"]
    last = ws.max_row
    for i, cell in enumerate(ws[source], start=1):
        ws.cell(last + 1, i).value = cell.value
    wb.save(out)
    return out, last + 1


def test_a_record_id_copied_to_the_end_of_a_large_sheet_is_refused(big, tmp_path):
    book, row = _copy_row(big[1], tmp_path, 7)
    assert row == ROWS + 2
    with Log.open(_copy(big, tmp_path)) as log:
        before = log.dump()
        for dry_run in (True, False):
            with pytest.raises(ImportRefused, match=f"row {row}: the same Record id is also on row 7 "):
                import_xlsx(log, book, dry_run=dry_run)
        assert log.dump() == before


def test_ids_sharing_a_digest_are_told_apart_by_reading_the_rows_again(small_log, tmp_path, monkeypatch):
    from xlsx_support import fill_hostile

    fill_hostile(small_log)
    book = export_xlsx(small_log, tmp_path / "summary.xlsx")
    expected = import_xlsx(small_log, book, dry_run=True)
    monkeypatch.setattr(xlsx_read, "_DIGEST", 0)  # every Record id has the same digest
    again = import_xlsx(small_log, book, dry_run=True)
    assert again.ok and again.missing == expected.missing == {}
    copied, row = _copy_row(book, tmp_path, 2)
    with pytest.raises(ImportRefused, match=f"row {row}: the same Record id is also on row 2 "):
        import_xlsx(small_log, copied, dry_run=True)
