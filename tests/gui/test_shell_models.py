"""The paged table model base: lazy pages, sort and filter through the query, reload keeping rows, modeltester."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from mineralsdesk.domain.model import Changed
from mineralsdesk.gui.clauses.model import ClauseTableModel
from mineralsdesk.gui.commands import ServiceCommand, run
from mineralsdesk.gui.common.paged_model import UNANSWERED_ROLES, Column, PagedTableModel


class ClauseRefs(PagedTableModel):
    columns = (Column("ref", "Ref"), Column("title", "Title"), Column(None, "Status"))
    watches = frozenset({"clauses"})
    page_size = 7

    def __init__(self, ctx):
        self.calls = 0
        super().__init__(ctx, sort_key="ref")

    def fetch(self, offset, limit):
        self.calls += 1
        return self.ctx.log.read.clause_rows(sort=self.sort_key or "ref", descending=self.descending,
                                        limit=limit, offset=offset, **self.filters)

    def cell(self, row, column, role):
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.ref, row.title, row.status)[column]
        return None


def test_pages_load_lazily_until_every_row_is_there(ctx, qtmodeltester):
    model = ClauseRefs(ctx)
    total = ctx.log.read.clause_count()
    assert model.rowCount() == 7 and model.canFetchMore(QModelIndex())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == total == 25
    qtmodeltester.check(model)


def test_sort_and_filter_are_queries(ctx):
    model = ClauseRefs(ctx)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    titles = [model.data(model.index(i, 1)) for i in range(model.rowCount())]
    expected = [r.title for r in ctx.log.read.clause_rows(sort="title", descending=True, limit=7)]
    assert titles == expected
    model.sort(2)  # not sortable: the order stays
    assert [model.data(model.index(i, 1)) for i in range(model.rowCount())] == titles
    model.set_filter(text="stockpil")
    assert 0 < model.rowCount() < 25
    assert all("stockpil" in (r.title + r.topic).lower() for r in model.loaded_rows())


def test_index_of_fetches_pages_until_found(ctx):
    model = ClauseRefs(ctx)
    last = ctx.log.read.clause_rows(sort="ref")[-1]
    index = model.index_of(last.id)
    assert index.isValid() and model.row_at(index.row()).id == last.id
    assert not model.index_of("no-such-id").isValid()


def test_an_edit_reloads_in_place_and_keeps_loaded_rows(ctx, qtbot):
    model = ClauseRefs(ctx)
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 14
    row = model.row_at(3)
    with qtbot.waitSignal(model.dataChanged):
        run(ctx, ServiceCommand(ctx, "Rename", lambda: ctx.log.clauses.update(row.id, title="Renamed"),
                                lambda _: ctx.log.clauses.update(row.id, title=row.title)))
    assert model.rowCount() == 14 and model.row_at(3).title == "Renamed"
    calls = model.calls
    ctx.notify(Changed.of("rounds"))  # not something this model shows
    assert model.calls == calls
    ctx.undo_stack.undo()
    assert model.row_at(3).title == row.title


def test_roles_no_table_answers_return_before_the_row_is_looked_up(ctx, monkeypatch):
    # Qt asks every cell it measures or paints for an icon, a check box and a size hint too; no table of ours has
    # them, so data() answers None before it reads a row (three of the eight calls a cell costs the first paint).
    for model in (ClauseRefs(ctx), ClauseTableModel(ctx)):  # a PagedTableModel and a CountedTableModel
        asked = []
        monkeypatch.setattr(model, "cell", lambda row, column, role, asked=asked: asked.append(role))
        for role in UNANSWERED_ROLES:
            assert model.data(model.index(0, 1), role) is None
        assert asked == []
        model.data(model.index(0, 1), Qt.ItemDataRole.DisplayRole)
        assert asked == [Qt.ItemDataRole.DisplayRole]
