"""The Attachments panel: add through the file dialog, list, open a private copy, audience, remove and undo."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from attachment_files import MALFORMED_PDF, notes_catalogue
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from mineralsdesk.domain.model import Changed
from mineralsdesk.gui.attachments.panel import AttachmentsPanel
from mineralsdesk.gui.clauses.detail import ClauseDetail


def test_add_open_share_remove_and_undo(ctx, qtbot, monkeypatch, tmp_path: Path):
    clause = ctx.log.clauses.list()[0]
    panel = AttachmentsPanel(ctx)
    qtbot.addWidget(panel)
    panel.show_target("clause", clause.id)
    assert panel.table.rowCount() == 0
    paper = tmp_path / "chair-draft.txt"
    paper.write_text("Chair's draft on xenotimequota rules")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(paper), "")))
    panel.add_button.click()
    assert panel.table.rowCount() == 1
    assert [panel.table.item(0, c).text() for c in range(4)] == ["chair-draft.txt", "36 B", "internal", "indexed"]
    assert [h.title for h in ctx.log.search("xenotimequota")] == ["chair-draft.txt"]

    panel.table.selectRow(0)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    copy = panel.open_selected()
    assert opened == [str(copy)] and copy.read_bytes() == paper.read_bytes()
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600

    out = tmp_path / "saved.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    panel.save_button.click()
    assert out.read_bytes() == paper.read_bytes()

    panel.audience_button.click()
    assert panel.table.item(0, 2).text() == "shareable"
    panel.table.selectRow(0)
    panel.remove_button.click()
    assert panel.table.rowCount() == 0 and ctx.log.search("xenotimequota") == []
    ctx.undo_stack.undo()
    assert panel.table.rowCount() == 1 and panel.table.item(0, 2).text() == "shareable"
    assert ctx.log.attachments.read_bytes(panel.attachments[0].id) == paper.read_bytes()
    assert ctx.log.check().ok


def test_a_refused_file_is_one_warning_and_nothing_attached(ctx, qtbot, monkeypatch, tmp_path: Path,
                                                            no_modal_waits):
    track = ctx.log.tracks.by_ref("MOU")
    ctx.log.attachments.set_max_mb(1)
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF-" + b"0" * 2**20)
    panel = AttachmentsPanel(ctx)
    qtbot.addWidget(panel)
    panel.show_target("track", track.id)
    before = panel.table.rowCount()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(big), "")))
    panel.add_button.click()
    assert panel.table.rowCount() == before
    assert ctx.undo_stack.count() == 0 and no_modal_waits == ["Attachments"]


def test_the_clause_detail_has_an_attachments_tab(ctx, qtbot):
    clause = ctx.log.clauses.list()[0]
    ctx.log.attachments.add(b"a note", "note.txt", target_kind="clause", target_id=clause.id)
    detail = ClauseDetail(ctx)
    qtbot.addWidget(detail)
    detail.show_clause(clause.id)
    tabs = [detail.tabs.tabText(i) for i in range(detail.tabs.count())]
    assert "Attachments" in tabs
    assert detail.attachments.table.item(0, 0).text() == "note.txt"


def test_commitment_and_round_screens_show_their_attachments(ctx, qtbot):
    from mineralsdesk.gui.commitments.table import CommitmentsView
    from mineralsdesk.gui.rounds.table import RoundsView

    commitments, rounds = CommitmentsView(ctx), RoundsView(ctx)
    qtbot.addWidget(commitments)
    qtbot.addWidget(rounds)
    commitments.table.selectRow(0)
    rounds.table.selectRow(0)
    kinds = (commitments.attachments.kind, rounds.attachments.kind)
    assert kinds == ("commitment", "round")
    ctx.log.attachments.add(b"x", "on-commitment.txt", target_kind="commitment",
                            target_id=commitments.attachments.target_id)
    ctx.notify(Changed.of("attachments"))
    assert commitments.attachments.table.item(0, 0).text() == "on-commitment.txt"


@pytest.mark.parametrize(("name", "data", "french"), [
    ("empty.pdf", b"", "fichier vide (0 octet) : rien à indexer"),
    ("broken.pdf", MALFORMED_PDF, "illisible ({kind}) : non indexé"),
])
def test_why_a_paper_is_not_indexed_reads_in_the_apps_language(ctx, qtbot, monkeypatch, name, data, french):
    from mineralsdesk.gui.language import install_language

    notes_catalogue(monkeypatch)
    clause = ctx.log.clauses.list()[0]
    made = ctx.log.attachments.add(data, name, target_kind="clause", target_id=clause.id).record
    stored = ctx.log.attachments.content_info(made).text_note
    assert stored.endswith("nothing to index" if not data else "not indexed")  # the log keeps the English text
    kind = stored[len("could not be read ("):-len("): not indexed")] if data else ""
    panel = AttachmentsPanel(ctx)
    qtbot.addWidget(panel)
    try:
        install_language("fr")
        panel.show_target("clause", clause.id)
        row = [a.id for a in panel.attachments].index(made.id)
        assert panel.table.item(row, 3).text() == french.format(kind=kind)
    finally:
        install_language("en")
    panel.refresh()
    assert panel.table.item(row, 3).text() == stored
