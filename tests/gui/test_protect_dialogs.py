"""Passwords in the app: the export dialogs protect a document when asked (typed twice, masked), and Import
Excel asks for a protected workbook's password (Cancel reads and writes nothing)."""

from __future__ import annotations

import pypdf
from PySide6.QtWidgets import QLineEdit, QMessageBox

from mineralsdesk.documents import protect
from mineralsdesk.gui.documents.dialogs import PdfExportDialog, XlsxExportDialog, XlsxImportDialog

PASSWORD = "dialog password"


def _warnings(monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: said.append(text)))
    return said


def _protect(dialog, password: str, confirm: str) -> None:
    dialog.protect.setChecked(True)
    dialog.password_edit.setText(password)
    dialog.confirm_edit.setText(confirm)


def test_the_password_fields_are_masked_and_off_until_asked_for(ctx, qtbot):
    for kind in (PdfExportDialog, XlsxExportDialog):
        dialog = kind(ctx)
        qtbot.addWidget(dialog)
        edits = (dialog.password_edit, dialog.confirm_edit)
        assert all(e.echoMode() == QLineEdit.EchoMode.Password for e in edits)
        assert not dialog.protect.isChecked() and not any(e.isEnabled() for e in edits)
        assert dialog.password() is None
        dialog.protect.setChecked(True)
        assert all(e.isEnabled() for e in edits)
        assert dialog.focus_order()[-5:-2] == [dialog.protect, dialog.password_edit, dialog.confirm_edit]


def test_a_protected_pdf_export_opens_with_the_password(ctx, qtbot, tmp_path):
    dialog = PdfExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.shareable.setChecked(True)
    dialog.path.setText(str(tmp_path / "briefing.pdf"))
    _protect(dialog, PASSWORD, PASSWORD)
    dialog.export()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=60_000)
    reader = pypdf.PdfReader(tmp_path / "briefing.pdf")
    assert reader.is_encrypted and not reader.decrypt("") and reader.decrypt(PASSWORD)


def test_mistyped_or_empty_passwords_export_nothing(ctx, qtbot, tmp_path, monkeypatch):
    said = _warnings(monkeypatch)
    dialog = XlsxExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "summary.xlsx"))
    for password, confirm, message in ((PASSWORD, PASSWORD + "x", "The two passwords differ"),
                                       ("", "", "The password is empty")):
        _protect(dialog, password, confirm)
        dialog.export()
        assert dialog.job is None and message in said[-1] and dialog.go.isEnabled()
    assert list(tmp_path.iterdir()) == [] or all(p.suffix != ".xlsx" for p in tmp_path.iterdir())


def _protected_book(ctx, tmp_path):
    import openpyxl

    from mineralsdesk.documents.workbook.xlsx import export_xlsx

    plain = export_xlsx(ctx.log, tmp_path / "plain.xlsx", today=ctx.today())
    wb = openpyxl.load_workbook(plain)
    ws = wb["Clauses"]
    headers = {cell.value: cell.column for cell in ws[1]}
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=headers["Status"]).value == "bracketed")
    record_id = ws.cell(row=row, column=headers["Record id"]).value
    ws.cell(row=row, column=headers["Status"]).value = "under negotiation"
    wb.save(plain)
    book = tmp_path / "summary.xlsx"
    protect.encrypt_workbook(plain, book, PASSWORD)
    plain.unlink()
    return book, record_id


def test_import_asks_for_the_password_and_applies_from_memory(ctx, qtbot, tmp_path, monkeypatch):
    book, record_id = _protected_book(ctx, tmp_path)
    asked: list[str] = []
    monkeypatch.setattr(XlsxImportDialog, "ask_password", lambda self, name: asked.append(name) or PASSWORD)
    dialog = XlsxImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.preview(book)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    assert asked == ["summary.xlsx"]
    assert [(c.field, c.new) for c in dialog.report.changes] == [("status", "under negotiation")]
    assert ctx.log.clauses.get(record_id).status == "bracketed"
    with qtbot.waitSignal(ctx.bus.changed, timeout=30_000):
        dialog.apply()
    assert ctx.log.clauses.get(record_id).status == "under negotiation"
    assert asked == ["summary.xlsx"]  # asked once per file
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx") == ["summary.xlsx"]


def test_cancel_or_a_wrong_password_reads_and_writes_nothing(ctx, qtbot, tmp_path, monkeypatch, no_modal_waits):
    book, record_id = _protected_book(ctx, tmp_path)
    dialog = XlsxImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.preview(book)  # the real password box: the test fixture answers Cancel
    assert "Import Excel" in no_modal_waits
    assert dialog.job is None and dialog.file is None and not dialog.apply_button.isEnabled()
    said = _warnings(monkeypatch)
    monkeypatch.setattr(XlsxImportDialog, "ask_password", lambda self, name: "wrong")
    dialog.preview(book)
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    assert "Wrong password for summary.xlsx" in said[0]
    assert dialog.report is None and not dialog.apply_button.isEnabled()
    assert ctx.log.clauses.get(record_id).status == "bracketed"
