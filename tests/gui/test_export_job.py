"""The export worker opens the window's log as it is open (path, read-only state, key, source), with none of
the start-up work (whole-file check, daily backup, migration, keying), and writes the same document."""

from __future__ import annotations

import threading
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from mineralsdesk.documents.briefing.pdf import export_pdf
from mineralsdesk.documents.workbook.xlsx import export_xlsx
from mineralsdesk.gui.context import AppContext
from mineralsdesk.gui.documents.dialogs import PdfExportDialog, XlsxExportDialog
from mineralsdesk.gui.worker import start_job
from mineralsdesk.services import autobackup, chain
from mineralsdesk.services.log import Log
from mineralsdesk.store import changelog, database, files, migrations


@pytest.fixture
def start_up_work(monkeypatch) -> list[str]:
    """Every piece of Log.open's start-up work, recording (from any thread) that it was called."""
    called: list[str] = []
    lock = threading.Lock()

    def recorder(name):
        def record(*args, **kwargs):
            with lock:
                called.append(name)
        return record

    for module, name in ((database, "quick_check"), (database, "location_warnings"), (autobackup, "daily_backup"),
                         (autobackup, "take_backup"), (migrations, "migrate"), (chain, "on_open"),
                         (files, "remove_stale_temporaries")):
        monkeypatch.setattr(module, name, recorder(f"{module.__name__}.{name}"))
    monkeypatch.setattr(Log, "open", classmethod(recorder("Log.open")))
    return called


def _cells(path: Path) -> dict[str, list[tuple]]:
    book = openpyxl.load_workbook(path)
    return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book.worksheets}


def test_the_xlsx_export_job_does_no_start_up_work_and_writes_the_same_workbook(ctx, qtbot, tmp_path, start_up_work):
    dialog = XlsxExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.shareable.setChecked(True)
    dialog.path.setText(str(tmp_path / "from-the-job.xlsx"))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=60_000)
    assert start_up_work == []
    direct = export_xlsx(ctx.log, tmp_path / "direct.xlsx", audience="shareable",
                         tracks=[t.ref for t in ctx.log.tracks.list()], today=ctx.today())
    job_cells = _cells(tmp_path / "from-the-job.xlsx")
    assert job_cells == _cells(direct) and sum(map(len, job_cells.values())) > 20


def test_the_pdf_export_job_does_no_start_up_work_and_writes_the_same_briefing(ctx, qtbot, tmp_path, start_up_work):
    dialog = PdfExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "from-the-job.pdf"))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=60_000)
    assert start_up_work == []
    direct = export_pdf(ctx.log, tmp_path / "direct.pdf", audience="internal", paper="a4", marking=None,
                        tracks=[t.ref for t in ctx.log.tracks.list()], today=ctx.today())
    job_pages = [page.extract_text() for page in PdfReader(tmp_path / "from-the-job.pdf").pages]
    assert job_pages == [page.extract_text() for page in PdfReader(direct).pages]
    assert len(job_pages) > 1


def _probe(log: Log, progress) -> tuple:
    return log.path, log.readonly, log.source, changelog.key_in_use(log.db)


@pytest.mark.parametrize("readonly", [False, True])
def test_the_job_opens_the_log_as_the_window_has_it_open(qapp, qtbot, demo_path, settings, readonly):
    with Log.open(demo_path, readonly=readonly) as log:
        ctx = AppContext(log, settings=settings)
        outcome: list[tuple] = []
        job = start_job(None, ctx.log, "Probe", _probe, outcome.append)
        qtbot.waitUntil(lambda: bool(outcome), timeout=30_000)
        key = changelog.key_in_use(log.db)
    assert key is not None  # the demo is keyed on this computer
    assert outcome == [(demo_path, readonly, "desktop app", key)]
    assert "key=" not in repr(job.options) and key[1].hex() not in repr(job.options)  # never printed
