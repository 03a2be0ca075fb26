"""The Clauses screen: status change with undo/redo, new version and its redline, modal flags, paging, SQL sort/filter."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt

from mineralsdesk.domain.model import ClauseStatus
from mineralsdesk.gui.clauses.detail import bracketed_html, modal_report, redline_html
from mineralsdesk.gui.clauses.forms import ClauseForm, NewVersionForm
from mineralsdesk.gui.clauses.model import ClauseTableModel
from mineralsdesk.gui.clauses.table import ClausesView
from mineralsdesk.gui.common.combo import choice_values, combo_value, select_value
from mineralsdesk.gui.context import AppContext


def _row(ctx: AppContext, track: str, ref: str):
    return next(r for r in ctx.log.read.clause_rows() if r.track_ref == track and r.ref == ref)


@pytest.fixture
def view(qtbot, ctx) -> ClausesView:
    widget = ClausesView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    return widget


def test_clause_model_passes_the_model_tester(qtmodeltester, ctx):
    model = ClauseTableModel(ctx)
    qtmodeltester.check(model)
    model.sort(4, Qt.SortOrder.DescendingOrder)
    model.set_filter(text="price")
    qtmodeltester.check(model)


def test_status_change_through_the_ui_undoes_and_redoes(view, ctx):
    target = _row(ctx, "ROADMAP", "Art. 5")  # drafted
    view.open_item(target.id)
    assert view.detail.clause.id == target.id
    combo = view.detail.status
    select_value(combo, ClauseStatus.PROPOSED)
    combo.activated.emit(combo.currentIndex())  # what a click on the item sends
    assert ctx.log.clauses.get(target.id).status == ClauseStatus.PROPOSED
    row = view.model.index_of(target.id).row()
    status_cell = view.model.index(row, 4)
    assert status_cell.data() == "proposed"  # the table row followed without a reset

    ctx.undo_stack.undo()  # "proposed" -> "drafted" is not a move the rules allow, yet undo restores it
    assert ctx.log.clauses.get(target.id).status == ClauseStatus.DRAFTED
    assert view.model.index(row, 4).data() == "drafted"
    assert combo_value(view.detail.status) == ClauseStatus.DRAFTED
    ctx.undo_stack.redo()
    assert ctx.log.clauses.get(target.id).status == ClauseStatus.PROPOSED
    assert combo_value(view.detail.status) == ClauseStatus.PROPOSED


def test_a_status_edit_updates_only_its_row(view, ctx, qtbot):
    target = _row(ctx, "ROADMAP", "Art. 5")
    view.open_item(target.id)
    with qtbot.assertNotEmitted(view.model.modelReset):
        view.detail.set_status(ClauseStatus.PROPOSED)
    assert view.model.row_at(view.model.index_of(target.id).row()).status == "proposed"


def test_new_version_shows_its_redline(view, ctx, qtbot):
    target = _row(ctx, "ROADMAP", "Art. 2")
    view.open_item(target.id)
    before = ctx.log.clauses.current_version(target.id).text
    form = NewVersionForm(ctx, target.id, view)
    qtbot.addWidget(form)
    new_text = before.replace("Where the import price", "Where the average import price").replace(
        "[shall / should]", "shall")
    form.text.setPlainText(new_text)
    select_value(form.party, "US")
    form.accept()
    assert form.result() == form.DialogCode.Accepted
    assert ctx.log.clauses.current_version(target.id).text == new_text
    detail = view.detail
    assert combo_value(detail.new_version_box) == len(ctx.log.clauses.versions(target.id))
    rendered = detail.redline_view.toHtml()
    assert "average" in rendered and "underline" in rendered
    assert "line-through" in rendered and "should" in rendered
    assert "#2f6db5" in rendered.lower()  # coloured by the US, who proposed the new version
    assert not detail.modal_banner.isHidden()
    # The bracket resolved to its strong option: one verdict, not "should -> (none)" (which read as weakened).
    assert "Obligation strengthened: “shall” / “should” → “shall”" in detail.modal_banner.text()
    ctx.undo_stack.undo()
    assert ctx.log.clauses.current_version(target.id).text == before


def test_new_version_form_offers_no_past_round(ctx, qtbot):
    """The form offers the rounds the service's rule leaves open, never a past one."""
    log = ctx.log
    clause = next(c for c in log.clauses.list()
                  if (v := log.clauses.current_version(c.id)) and v.round_id
                  and log.rounds.list(c.track_id)[0].id != v.round_id)  # a clause with a past round
    form = NewVersionForm(ctx, clause.id)
    qtbot.addWidget(form)
    offered = choice_values(form.round)
    assert offered == [r.id for r in log.clauses.rounds_for_new_version(clause.id)]
    assert log.rounds.list(clause.track_id)[0].id not in offered
    assert log.clauses.current_version(clause.id).round_id in offered


def test_unbalanced_brackets_stay_in_the_form(ctx, qtbot):
    target = _row(ctx, "ROADMAP", "Art. 2")
    form = NewVersionForm(ctx, target.id)
    qtbot.addWidget(form)
    count = len(ctx.log.clauses.versions(target.id))
    form.text.setPlainText("The Participants [shall cooperate.")
    assert "Unclosed '['" in form.error_text("text")  # shown as the author types, before saving
    form.text.setPlainText("The Participants [shall] cooperate.")
    assert not form.error_text("text")
    form.text.setPlainText("The Participants [shall cooperate.")
    form.accept()
    assert "Unclosed '['" in form.error_text("text")
    assert form.result() != form.DialogCode.Accepted
    assert len(ctx.log.clauses.versions(target.id)) == count  # nothing written


def test_new_clause_form_validates_and_undoes(ctx, qtbot):
    track = ctx.log.tracks.by_ref("MOU")
    form = ClauseForm(ctx, track_id=track.id)
    qtbot.addWidget(form)
    form.accept()
    assert form.error_text("ref") and form.error_text("title") and form.error_text("text")
    form.ref.setText("Art. 12")
    form.title_edit.setText("Review clause")
    form.text.setPlainText("The Participants ] will review this Memorandum.")
    form.accept()
    assert "no opening" in form.error_text("text")
    form.text.setPlainText("The Participants will review this Memorandum [annually / every two years].")
    form.accept()
    assert form.result() == form.DialogCode.Accepted
    made = form.result_clause
    assert ctx.log.clauses.get(made.id).ref == "Art. 12"
    ctx.undo_stack.undo()
    assert all(c.id != made.id for c in ctx.log.clauses.list())


def test_stale_edit_shows_a_message_and_refreshes(ctx, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    clause = ctx.log.clauses.get(_row(ctx, "MOU", "Art. 6").id)
    form = ClauseForm(ctx, clause=clause)
    qtbot.addWidget(form)
    ctx.log.clauses.update(clause.id, title="Changed in another window")
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    form.title_edit.setText("My edit")
    form.accept()
    assert shown and "changed elsewhere" in shown[0]
    assert ctx.log.clauses.get(clause.id).title == "Changed in another window"


def test_redline_and_modal_helpers():
    html = redline_html("The Parties shall cooperate.", "The Parties should closely cooperate.", "JP")
    assert "<s" in html and "shall" in html and "<u" in html and "closely" in html
    lines = modal_report("The Parties shall cooperate.", "The Parties may cooperate.")
    assert lines[0][0] == "weakened" and "“shall” → “may”" in lines[0][1]
    assert modal_report("They may act.", "They shall act.")[0][0] == "strengthened"
    assert modal_report("They shall act.", "They shall act now.") == []


def test_modal_report_gives_one_verdict_per_change_from_the_domain():
    from mineralsdesk.domain.modals import describe_modal_change, modal_changes

    old, new = "Each Participant shall exempt.", "Each Participant [will / will endeavour to] exempt."
    (line,) = modal_report(old, new)
    assert line[0] == "weakened" and "“shall” → “will” / “will endeavour to”" in line[1]
    assert line[1].startswith(describe_modal_change(modal_changes(old, new)[0]))


def test_brackets_are_coloured_by_their_proposer():
    html = bracketed_html("A [x] and [y [z]] end", {"x": "US", "y [z]": "JP", "z": "EU"})
    assert html.count("<span") == html.count("</span>") == 3
    assert "#2f6db5" in html and "#b5452f" in html and "#1f8a70" in html
    assert "A " in html and " end" in html


def test_sort_and_filter_run_in_sql(ctx, monkeypatch):
    calls = []
    original = ctx.log.read.clause_rows

    def spy(**kwargs):
        calls.append(kwargs)
        return original(**kwargs)

    monkeypatch.setattr(ctx.log.read, "clause_rows", spy)
    model = ClauseTableModel(ctx)
    model.sort(7, Qt.SortOrder.DescendingOrder)  # open brackets
    assert calls[-1]["sort"] == "open_brackets" and calls[-1]["descending"] is True
    counts = [model.row_at(i).open_brackets for i in range(model.rowCount())]
    assert counts == sorted(counts, reverse=True)
    model.set_filter(text="stockpil")
    assert calls[-1]["text"] == "stockpil"
    assert model.rowCount() == 2 and all("stockpil" in model.row_at(i).title.lower() for i in range(2))


@pytest.fixture
def big_ctx(qapp, log):
    """A log with 2,500 clauses written through the services (one transaction for speed)."""
    track = log.tracks.add("BIG", "Big track", parties=["US", "EU"]).record
    rnd = log.rounds.add(track.id, date(2026, 5, 1)).record
    with log.write():
        for n in range(2500):
            log.clauses.add(track.id, f"Art. {n:04d}", f"Clause {n}", f"The Participants will do thing {n}.",
                           party="EU", round_id=rnd.id)
    return AppContext(log, today=date(2026, 11, 26))


def _spy_pages(ctx: AppContext, monkeypatch) -> list[tuple[int, int]]:
    """(offset, limit) of every clause_rows call from now on."""
    calls: list[tuple[int, int]] = []
    original = ctx.log.read.clause_rows

    def spy(**kwargs):
        calls.append((kwargs.get("offset", 0), kwargs.get("limit", -1)))
        return original(**kwargs)

    monkeypatch.setattr(ctx.log.read, "clause_rows", spy)
    return calls


def test_row_count_is_known_at_once_and_rows_are_read_lazily(big_ctx, qtmodeltester, monkeypatch):
    """rowCount() is clause_count() from the start; rows are read a page at a time, only where asked, never all."""
    calls = _spy_pages(big_ctx, monkeypatch)
    model = ClauseTableModel(big_ctx)
    assert model.rowCount() == big_ctx.log.read.clause_count() == 2500
    assert not model.canFetchMore(QModelIndex())
    assert calls == [(0, model.page_size)] and model.loaded_page_numbers() == [0]
    last = model.index(2499, 1)
    assert model.data(last) == "Art. 2499"  # one page read: the last one
    assert calls[-1] == (2400, model.page_size) and model.loaded_page_numbers() == [0, 12]
    assert model.row_at(1234).ref == "Art. 1234" and model.loaded_page_numbers() == [0, 6, 12]
    assert all(limit == model.page_size for _offset, limit in calls)
    qtmodeltester.check(model)


def test_scrolling_a_view_to_the_last_row_reads_one_page(qtbot, big_ctx, monkeypatch):
    calls = _spy_pages(big_ctx, monkeypatch)
    view = ClausesView(big_ctx)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    before = len(calls)
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.table.rowAt(view.table.viewport().height() - 2) == 2499)
    view.table.grab()  # paint it now, as the screen would: the view asks data() for the rows it shows
    assert calls[before:] == [(2400, view.model.page_size)]
    model = view.model
    assert model.data(model.index(2499, 2)) == "Clause 2499"
    assert view.count_label.text() == "2500 clauses"


def test_an_edit_on_a_far_page_refreshes_that_row_only(big_ctx, qtbot, monkeypatch):
    model = ClauseTableModel(big_ctx)
    target = model.row_at(2300)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(model.dataChanged) as changed:
        big_ctx.notify(big_ctx.log.clauses.update(target.id, title="Renamed far down"))
    assert changed.args[0].row() == changed.args[1].row() == 2300
    assert model.row_at(2300).title == "Renamed far down" and not resets


def test_the_hidden_row_header_never_asks_the_model_for_its_labels(qtbot, ctx, monkeypatch):
    # Hidden before the model is set: shown, it asked for its rows' labels to size itself (~800 calls into Python
    # on the start's first paint), for a header nobody sees.
    asked = []
    header_data = ClauseTableModel.headerData

    def counting(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        asked.append(orientation)
        return header_data(self, section, orientation, role)

    monkeypatch.setattr(ClauseTableModel, "headerData", counting)
    view = ClausesView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert Qt.Orientation.Horizontal in asked and Qt.Orientation.Vertical not in asked
    assert view.table.verticalHeader().isHidden()


def test_the_detail_is_made_when_a_clause_is_first_selected_and_the_table_keeps_its_columns(qtbot, ctx):
    """Before the first selection (the window's first paint) the pane only says what it will show; selecting a clause
    brings the detail and the comments in, at (about) the width the pane had, so the table's columns stay put."""
    from PySide6.QtWidgets import QAbstractItemView, QLabel, QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    view = ClausesView(ctx)
    window.setCentralWidget(view)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    assert view._detail is None and view._comments is None
    assert "Select a clause" in [label.text() for label in view.findChildren(QLabel)]
    widths, split = [view.table.columnWidth(c) for c in range(9)], view.splitter.sizes()

    view.table.selectRow(1)
    qtbot.waitUntil(lambda: view._detail is not None and view.detail.clause is not None)
    assert view.detail.isVisible() and view.comments.isVisible()
    assert view.comments.target == ("clause", view.detail.clause.id)
    assert [view.table.columnWidth(c) for c in range(9)] == widths
    assert abs(view.splitter.sizes()[1] - split[1]) <= 12
    assert not view._waiting.isVisible()
    # Tab leaves the detail's tables as it leaves the screen's (keys.release_tab).
    assert all(not v.tabKeyNavigation() for v in view.detail.findChildren(QAbstractItemView))


def test_asking_for_the_detail_makes_it_at_once(view):
    assert view._detail is None  # not made with the screen
    assert view.detail.clause is None and view.comments is not None  # e.g. the Record menu before any selection
    assert view._detail is view.detail and view.detail.isVisibleTo(view)  # made once, in the pane
