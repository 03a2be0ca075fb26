"""The export dialogs refuse, in a dialog, a target that is the open log, its journal or another log."""

from __future__ import annotations

import os
import shutil

import pytest
from PySide6.QtWidgets import QMessageBox

from mineralsdesk.gui.documents.dialogs import PdfExportDialog, XlsxExportDialog


@pytest.mark.parametrize("dialog_class", [PdfExportDialog, XlsxExportDialog])
@pytest.mark.parametrize("target", ["log", "symlink", "wal", "other", "folder"])
def test_an_export_onto_a_log_is_refused_in_a_dialog(ctx, qtbot, tmp_path, monkeypatch, dialog_class, target):
    failures: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: failures.append(text)))
    log = ctx.log.path
    other = tmp_path / f"other{dialog_class.suffix}"
    shutil.copyfile(log, other)
    link = tmp_path / f"link{dialog_class.suffix}"
    link.symlink_to(log)
    (tmp_path / f"adir{dialog_class.suffix}").mkdir()
    path = {"log": log, "symlink": link, "wal": f"{log}-wal", "other": other,
            "folder": tmp_path / f"adir{dialog_class.suffix}"}[target]
    before = {p: p.read_bytes() for p in (log, other)}
    dialog = dialog_class(ctx)
    qtbot.addWidget(dialog)
    dialog.path.setText(os.fspath(path))
    dialog.export()
    assert len(failures) == 1 and ("nothing was written" in failures[0] or "folder" in failures[0])
    assert getattr(dialog, "job", None) is None
    assert {p: p.read_bytes() for p in (log, other)} == before
