"""File > Import Word draft…: the preview read on the worker, per-article choices, the author map, one undoable
step that writes versions per party."""

from __future__ import annotations

from pathlib import Path

import mineralsdesk.assets
from mineralsdesk.gui.common.combo import select_value
from mineralsdesk.gui.documents.draft_dialog import SKIP, DraftImportDialog
from mineralsdesk.services import author_map

DEMO_DRAFT = Path(mineralsdesk.assets.__file__).parent / "demo" / "chair_draft_mou.docx"


def _opened(ctx, qtbot) -> DraftImportDialog:
    dialog = DraftImportDialog(ctx)
    qtbot.addWidget(dialog)
    select_value(dialog.track, "MOU")
    dialog.read(DEMO_DRAFT)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    return dialog


def _versions(log, ref: str) -> list:
    track = log.tracks.by_ref("MOU")
    clause = next(c for c in log.clauses.list(track.id) if c.ref == ref)
    return log.clauses.versions(clause.id)


def test_preview_then_import_as_one_undoable_step(ctx, qtbot):
    log = ctx.log
    dialog = _opened(ctx, qtbot)
    assert dialog.articles.rowCount() == 11 and dialog.authors.rowCount() == 1
    assert dialog.articles.item(1, 2).text() == "changed" and "by ref" in dialog.articles.item(1, 1).text()
    dialog.articles.setCurrentCell(1, 0)
    assert "shall" in dialog.detail.toPlainText()
    # No party for "US Delegation" yet: the import is held back with a line saying so, nothing written.
    before = {ref: len(_versions(log, ref)) for ref in ("Art. 2", "Art. 3", "Art. 10")}
    dialog.apply()
    assert "US Delegation" in dialog.summary.text() and dialog.result() == 0
    assert {ref: len(_versions(log, ref)) for ref in before} == before
    select_value(dialog.authors.cellWidget(0, 1), "US")
    select_value(dialog.articles.cellWidget(9, 3), SKIP)  # Art. 10 skipped
    dialog.apply()
    assert dialog.result() == 1
    assert len(_versions(log, "Art. 2")) == before["Art. 2"] + 1 and _versions(log, "Art. 2")[-1].party == "EU"
    art3 = _versions(log, "Art. 3")
    assert len(art3) == before["Art. 3"] + 1 and art3[-1].party == "US"
    assert art3[-1].text.endswith("in cooperation with like-minded partners.")
    assert len(_versions(log, "Art. 10")) == before["Art. 10"]
    assert author_map.author_map(log) == {"US Delegation": "US"}
    assert ctx.undo_stack.count() == 1 and ctx.undo_stack.undoText() == "Import Word draft chair_draft_mou.docx"
    ctx.undo_stack.undo()
    assert {ref: len(_versions(log, ref)) for ref in before} == before
    ctx.undo_stack.redo()
    assert len(_versions(log, "Art. 3")) == before["Art. 3"] + 1


def test_menu_opens_the_dialog(main_window, no_modal_waits):
    main_window.actions.import_docx.trigger()
    assert no_modal_waits == ["Import Word draft"]
