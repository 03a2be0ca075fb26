"""File > Import Word or Akoma Ntoso draft…: the preview read on the worker, per-article choices, the author map,
one undoable step that writes versions per party; an Akoma Ntoso file through the same preview, keeping each
bracket's proposer; hostile files refused in a one-line dialog, writing nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

import mineralsdesk.assets
from mineralsdesk.documents.akn.akn_out import export_akn
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


def test_the_choices_fit_the_dialog(ctx, qtbot):
    dialog = _opened(ctx, qtbot)
    dialog.show()  # the "Import as" choices (long "Attach to …" items) once pushed the table past the dialog
    qtbot.waitExposed(dialog)
    assert dialog.articles.horizontalScrollBar().maximum() == 0


def test_menu_opens_the_dialog(main_window, no_modal_waits):
    main_window.actions.import_docx.trigger()
    assert no_modal_waits == ["Import Word or Akoma Ntoso draft"]


def _fresh_track(log, ref: str = "NEW"):
    source = log.tracks.by_ref("ACTION")
    track = log.tracks.add(ref, "Action plan, again", parties=source.parties).record
    log.rounds.add(track.id, date(2026, 12, 1))
    return source, track


def _brackets(log, track_id: str) -> dict[str, list[tuple[str, str]]]:
    return {c.ref: sorted((b.text, b.proposer) for b in log.brackets.list(c.id, open_only=True))
            for c in log.clauses.list(track_id)}


def test_akoma_ntoso_through_the_same_preview_one_undoable_step(ctx, qtbot, tmp_path):
    log = ctx.log
    out = export_akn(log, tmp_path / "action.xml", track="ACTION").path
    source, track = _fresh_track(log)
    dialog = DraftImportDialog(ctx)
    qtbot.addWidget(dialog)
    select_value(dialog.track, "NEW")
    dialog.read(out)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    count = len(log.clauses.list(source.id))
    assert dialog.articles.rowCount() == count and dialog.authors.isHidden()
    assert {dialog.articles.item(row, 2).text() for row in range(count)} == {"new"}
    assert "Akoma Ntoso" in dialog.summary.text() and "proposer the file names" in dialog.authors_label.text()
    row = next(r for r, p in enumerate(dialog.preview.articles) if p.brackets_created and p.article.party)
    dialog.articles.setCurrentCell(row, 0)
    shown = dialog.detail.toPlainText()
    assert "Brackets opened:" in shown and f"Tabled by {dialog.preview.articles[row].article.party}" in shown
    select_value(dialog.articles.cellWidget(count - 1, 3), SKIP)
    dialog.apply()
    assert dialog.result() == 1
    assert ctx.undo_stack.count() == 1 and ctx.undo_stack.undoText() == "Import Akoma Ntoso draft action.xml"
    mine, theirs = _brackets(log, track.id), _brackets(log, source.id)
    skipped = log.clauses.list(source.id)[-1].ref
    assert skipped not in mine and mine == {ref: b for ref, b in theirs.items() if ref != skipped}
    assert {(c.ref, log.clauses.current_version(c.id).text) for c in log.clauses.list(track.id)} == {
        (c.ref, log.clauses.current_version(c.id).text) for c in log.clauses.list(source.id) if c.ref != skipped}
    ctx.undo_stack.undo()
    assert log.clauses.list(track.id) == []
    ctx.undo_stack.redo()
    assert _brackets(log, track.id) == mine


def _hostile(kind: str, tmp_path: Path, good: str) -> Path:
    path = tmp_path / f"{kind}.xml"
    if kind == "entities":
        path.write_text('<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>')
    elif kind == "huge":
        with open(path, "wb") as big:
            big.truncate(50 * 2**20)
    elif kind == "nested":
        path.write_text("<a>" * 10_000 + "</a>" * 10_000)
    elif kind == "not_akn":
        path.write_text('<?xml version="1.0"?><html><body><p>Article 1. Hello</p></body></html>')
    elif kind == "namespace":
        path.write_text(good.replace("http://docs.oasis-open.org/legaldocml/ns/akn/3.0", "urn:example:other"),
                        encoding="utf-8")
    return path


@pytest.mark.parametrize("kind, words", [("entities", "DOCTYPE"), ("huge", "at most 20 MB"),
                                         ("nested", "not readable XML"), ("not_akn", "not valid Akoma Ntoso"),
                                         ("namespace", "not valid Akoma Ntoso")])
def test_hostile_akoma_ntoso_refused_in_one_line_nothing_written(ctx, qtbot, tmp_path, monkeypatch, kind, words):
    log = ctx.log
    good = export_akn(log, tmp_path / "good.xml", track="MOU").path.read_text(encoding="utf-8")
    assert "http://docs.oasis-open.org/legaldocml/ns/akn/3.0" in good
    path = _hostile(kind, tmp_path, good)
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: said.append((title, text))))
    seq = max(e.seq for e in log.changes(limit=5))
    dialog = DraftImportDialog(ctx)
    qtbot.addWidget(dialog)
    select_value(dialog.track, "MOU")
    dialog.read(path)
    qtbot.waitUntil(lambda: bool(said), timeout=20_000)
    (title, text), = said
    assert path.name in title and words in text and "\n" not in text, text
    assert dialog.preview is None and not dialog.apply_button.isEnabled()
    assert max(e.seq for e in log.changes(limit=5)) == seq and ctx.undo_stack.count() == 0
