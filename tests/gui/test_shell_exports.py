"""Export and import dialogs: work runs in a worker on its own connection, previews what shareable hides, imports ask first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from mineralsdesk.documents.audience import withheld
from mineralsdesk.gui.documents.dialogs import PdfExportDialog, XlsxExportDialog, XlsxImportDialog
from mineralsdesk.gui.settings import EXPORT_AUDIENCE


@pytest.fixture(autouse=True)
def _no_blocking_boxes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))


def test_pdf_dialog_says_what_a_shareable_briefing_leaves_out(ctx, qtbot):
    dialog = PdfExportDialog(ctx)
    qtbot.addWidget(dialog)
    assert "Internal" in dialog.preview.text()
    dialog.shareable.setChecked(True)
    left = withheld(ctx.log, "shareable", {t.id for t in ctx.log.tracks.list()})  # the one rule the exports follow
    assert left.fields["red lines"] > 0
    for what, n in left.fields.items():
        assert f"{n} {what}" in dialog.preview.text()
    n = sum(1 for a in ctx.log.commitments.assessments() if a.audience == "internal")
    assert n == left.assessments > 0 and f"and {n} internal compliance assessments." in dialog.preview.text()
    first = dialog.tracks.item(0).data(Qt.ItemDataRole.UserRole)
    for i in range(1, dialog.tracks.count()):  # one track: the preview follows the rule for that track alone
        dialog.tracks.item(i).setCheckState(Qt.CheckState.Unchecked)
    one = withheld(ctx.log, "shareable", {first.id})
    assert f"{one.fields['red lines']} red lines" in dialog.preview.text()
    for i in range(dialog.tracks.count()):
        dialog.tracks.item(i).setCheckState(dialog.tracks.item(i).checkState().Unchecked)
    assert not dialog.go.isEnabled() and "at least one track" in dialog.preview.text()


def test_pdf_export_runs_in_a_worker_and_writes_the_file(ctx, qtbot, tmp_path):
    dialog = PdfExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.shareable.setChecked(True)
    dialog.path.setText(str(tmp_path / "briefing.pdf"))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=60_000)
    data = (tmp_path / "briefing.pdf").read_bytes()
    assert data.startswith(b"%PDF")
    assert ctx.settings.get(EXPORT_AUDIENCE) == "shareable"


def test_export_failure_is_a_dialog_and_writes_nothing(ctx, qtbot, tmp_path, monkeypatch):
    failures: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: failures.append(text)))
    dialog = XlsxExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "missing-folder" / "summary.xlsx"))
    dialog.export()
    qtbot.waitUntil(lambda: bool(failures), timeout=30_000)
    assert not (tmp_path / "missing-folder").exists() and dialog.go.isEnabled()


def test_cancelling_an_export_stops_it_and_leaves_no_file(ctx, qtbot, tmp_path):
    dialog = XlsxExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "summary.xlsx"))
    dialog.export()
    dialog.job.cancel()  # what the progress dialog's Cancel button does
    with qtbot.waitSignal(dialog.job.signals.cancelled, timeout=30_000):
        pass
    assert not (tmp_path / "summary.xlsx").exists()
    assert [p for p in tmp_path.iterdir() if p.suffix == ".xlsx"] == []


def test_import_previews_every_change_and_applies_only_on_confirmation(ctx, qtbot, tmp_path):
    import openpyxl

    from mineralsdesk.documents.workbook.xlsx import export_xlsx

    book = export_xlsx(ctx.log, tmp_path / "summary.xlsx", today=ctx.today())
    wb = openpyxl.load_workbook(book)
    ws = wb["Clauses"]
    headers = {cell.value: cell.column for cell in ws[1]}
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=headers["Status"]).value == "bracketed")
    record_id = ws.cell(row=row, column=headers["Record id"]).value
    ws.cell(row=row, column=headers["Status"]).value = "under negotiation"  # a colleague's edit in a green column
    wb.save(book)

    dialog = XlsxImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.preview(book)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    assert dialog.changes.topLevelItemCount() == len(dialog.report.changes) == 1
    assert dialog.changes.topLevelItem(0).text(3) == "under negotiation"
    assert ctx.log.clauses.get(record_id).status == "bracketed"  # a preview writes nothing
    with qtbot.waitSignal(ctx.bus.changed, timeout=30_000):
        dialog.apply()
    assert ctx.log.clauses.get(record_id).status == "under negotiation"
    from mineralsdesk.services.backups import list_backups

    assert any(b.reason == "before import" for b in list_backups(ctx.log.path))


def test_import_preview_says_rows_deleted_in_excel_were_not_deleted(ctx, qtbot, tmp_path):
    import openpyxl

    from mineralsdesk.documents.workbook.xlsx import export_xlsx

    book = export_xlsx(ctx.log, tmp_path / "summary.xlsx", today=ctx.today())
    wb = openpyxl.load_workbook(book)
    wb["Positions"].delete_rows(2, 3)
    wb.save(book)
    before = len(ctx.log.positions.list())
    dialog = XlsxImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.preview(book)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    lines = [dialog.conflicts.item(i).text() for i in range(dialog.conflicts.count())]
    assert lines == ["Missing from Positions: 3 rows of the export, not deleted from the log (delete records "
                     "in the app)"]
    assert not dialog.conflicts.isHidden()
    assert len(ctx.log.positions.list()) == before


def test_import_preview_lists_the_first_changes_and_counts_every_one(ctx, qtbot):
    from mineralsdesk.documents.workbook.xlsx_import import KEPT, ImportReport, PlannedChange

    report = ImportReport("big.xlsx", dry_run=True)
    report.add(PlannedChange(f"MOU Art. {i}", "clauses", f"c{i}", "status", "drafted", "proposed", "Clauses", i + 2)
               for i in range(KEPT + 5))
    assert report.count == KEPT + 5 and len(report.changes) == KEPT
    dialog = XlsxImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show_report(report)
    assert dialog.changes.topLevelItemCount() == KEPT + 1
    assert dialog.changes.topLevelItem(KEPT).text(0) == "… and 5 more changes, not listed here"  # English plurals
    assert f"{KEPT + 5} changes to apply" in dialog.summary.text()
    assert dialog.apply_button.text() == f"Apply {KEPT + 5} changes" and dialog.apply_button.isEnabled()
