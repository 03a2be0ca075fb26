"""Owners and comments in the Excel summary: out in an internal copy only, edited by a colleague, and back in."""

from __future__ import annotations

import openpyxl
import pytest
from xlsx_support import column, load, row_of, set_cell

from mineralsdesk.documents.workbook.xlsx import export_xlsx
from mineralsdesk.documents.workbook.xlsx_import import import_xlsx
from mineralsdesk.documents.workbook.xlsx_room import COMMENTS, HEADERS
from mineralsdesk.errors import ImportRefused
from mineralsdesk.services.log import Log


@pytest.fixture
def room(small_log: Log) -> Log:
    log, ids = small_log, small_log.ids
    ann = log.members.add("Ann Lee", "AL").record
    bob = log.members.add("Bob Roe", "BR").record
    log.clauses.assign(ids["clause"], ann.id)
    commitment = log.commitments.add("US", "Table a draft annex", track_id=ids["track"]).record
    log.commitments.assign(commitment.id, bob.id)
    root = log.comments.add("clause", ids["clause"], "Check the 60 days with legal", author=ann.id).record
    reply = log.comments.reply(root.id, "Legal says fine", author=bob.id).record
    ids.update(ann=ann.id, bob=bob.id, commitment=commitment.id, root=root.id, reply=reply.id)
    return log


@pytest.fixture
def internal(room: Log, tmp_path):
    return export_xlsx(room, tmp_path / "internal.xlsx")


def _add_row(path, formula: bool = False, **cells) -> int:
    """A colleague types a new comment in the first empty row of the Comments sheet (text starting with = stays
    text, as Excel keeps it with a quote prefix, unless `formula`)."""
    wb = load(path)
    ws = wb[COMMENTS]
    row = ws.max_row + 1
    for header, value in cells.items():
        cell = ws.cell(row, HEADERS.index(header) + 1)
        cell.value = value
        if isinstance(value, str) and not formula:
            cell.data_type = "s"
    wb.save(path)
    return row


def _state(log: Log) -> dict:
    return {k: v for k, v in log.dump().items() if k != "changes"}


def test_the_internal_workbook_shows_owners_and_every_comment(room: Log, internal):
    wb = load(internal)
    clauses, commitments, comments = wb["Clauses"], wb["Commitments"], wb[COMMENTS]
    header = [c.value for c in clauses[1]]
    assert header[5:7] == ["Status", "Owner"]
    assert clauses.cell(row_of(clauses, room.ids["clause"]), column(clauses, "Owner")).value == "AL"
    head = [c.value for c in commitments[1]]
    assert head[1] == "Owner" and head[7:9] == ["State", "Our owner"]  # the party, then our member, apart
    row = row_of(commitments, room.ids["commitment"])
    assert (commitments.cell(row, 2).value, commitments.cell(row, 9).value) == ("US", "BR")
    assert [c.value for c in comments[1]] == HEADERS
    rows = [[c.value for c in r[:8]] for r in comments.iter_rows(min_row=2)]
    assert rows[0][:3] == ["#1", "clause", "MOU Art. 1"] and rows[0][3] == "AL" and rows[0][7] == "no"
    assert rows[1][3] == "BR" and rows[1][5] == "Legal says fine" and rows[1][7] is None
    lists = {name: " ".join(dv.formula1 for dv in wb[name].data_validations.dataValidation)
             for name in ("Clauses", "Commitments", COMMENTS)}
    assert '"AL,BR"' in lists["Clauses"] and '"AL,BR"' in lists["Commitments"]
    assert '"track,round,clause,bracket,commitment"' in lists[COMMENTS] and '"AL,BR"' in lists[COMMENTS]
    assert comments.cell(1, HEADERS.index("Target") + 1).comment is not None  # the reference forms


def test_owner_and_comment_edits_round_trip_and_a_dry_run_writes_nothing(room: Log, internal):
    ids = room.ids
    set_cell(internal, "Clauses", ids["clause"], "Owner", "br")  # any case
    set_cell(internal, "Commitments", ids["commitment"], "Our owner", None)  # nobody
    set_cell(internal, COMMENTS, ids["reply"], "Text", "Legal says fine, if 60 days")
    set_cell(internal, COMMENTS, ids["root"], "Resolved", "yes")
    _add_row(internal, On="clause", Target="MOU Art. 1", Author="BR", Text="=not a formula, text", Audience="shareable")
    _add_row(internal, Thread="#1", Text="A reply from the field")
    _add_row(internal, On="round", Target="MOU R2", Text="Bring the annex", Time="2026-02-20 09:30")
    before = _state(room)
    dry = import_xlsx(room, internal, dry_run=True)
    assert dry.ok and not dry.applied and len(dry.changes) == 7
    assert _state(room) == before
    report = import_xlsx(room, internal)
    assert report.ok and report.applied, report.describe()
    assert {(c.entity, c.field, c.old, c.new) for c in report.changes if not c.entity_id.startswith("new")} == {
        ("clauses", "owner", "AL", "BR"), ("commitments", "owner_member", "BR", ""),
        ("comments", "text", "Legal says fine", "Legal says fine, if 60 days"), ("comments", "resolved", "no", "yes")}
    assert room.clauses.get(ids["clause"]).owner == ids["bob"]
    assert room.commitments.get(ids["commitment"]).owner_member is None
    assert room.comments.get(ids["root"]).resolved
    assert room.comments.get(ids["reply"]).text == "Legal says fine, if 60 days"
    new = {c.text: c for c in room.comments.list() if c.id not in (ids["root"], ids["reply"])}
    assert set(new) == {"=not a formula, text", "A reply from the field", "Bring the annex"}
    typed = new["=not a formula, text"]
    assert (typed.target_id, typed.author, typed.audience.value, typed.parent_id) == (
        ids["clause"], ids["bob"], "shareable", None)
    assert new["A reply from the field"].parent_id == ids["root"]
    assert new["Bring the annex"].target_id == ids["r2"] and new["Bring the annex"].at == "2026-02-20T09:30:00"
    entries = room.dump()["changes"]
    imported = [e for e in entries if e["source"] == "Excel import of internal.xlsx"]
    assert {(e["entity"], e["field"]) for e in imported} >= {("clauses", "owner"), ("commitments", "owner_member"),
                                                            ("comments", "text"), ("comments", "resolved")}
    # A fresh export of the result comes back with nothing to do.
    again = export_xlsx(room, internal.parent / "again.xlsx")
    assert import_xlsx(room, again, dry_run=True).changes == []


def test_an_untouched_workbook_imports_with_no_change(room: Log, internal, tmp_path):
    shareable = export_xlsx(room, tmp_path / "shareable.xlsx", audience="shareable")
    for path in (internal, shareable):
        report = import_xlsx(room, path)
        assert report.changes == [] and report.conflicts == [] and not report.applied


@pytest.mark.parametrize(("edit", "cell", "words"), [
    (lambda p, ids: set_cell(p, "Clauses", ids["clause"], "Owner", "ZZ"), "Clauses, row 2, column G (Owner)",
     "'ZZ' is not on the delegation roster"),
    (lambda p, ids: set_cell(p, "Commitments", ids["commitment"], "Our owner", "Nobody Here"),
     "column I (Our owner)", "not on the delegation roster"),
    (lambda p, ids: _add_row(p, On="clause", Target="MOU Art. 404", Text="x"), "column C (Target)",
     "No clause 'MOU Art. 404'"),
    (lambda p, ids: _add_row(p, On="clause", Target="MOU Art. 1", Text="=1+1", formula=True), "column F (Text)", "formula"),
    (lambda p, ids: set_cell(p, COMMENTS, ids["reply"], "Text", "=HYPERLINK(\"x\")", formula=True), "column F (Text)",
     "formula"),
    (lambda p, ids: _add_row(p, On="clause", Target="MOU Art. 1", Author="QQ", Text="x"), "column D (Author)",
     "not on the delegation roster"),
    (lambda p, ids: _add_row(p, On="memo", Target="MOU Art. 1", Text="x"), "column B (On)", "not one of"),
    (lambda p, ids: _add_row(p, Thread="#9", Text="x"), "column A (Thread)", "no thread #9"),
    (lambda p, ids: _add_row(p, On="clause", Target="MOU Art. 1"), "column F (Text)", "needs its text"),
    (lambda p, ids: set_cell(p, COMMENTS, ids["reply"], "Author", "AL"), "column D (Author)", "cannot be changed"),
    (lambda p, ids: set_cell(p, COMMENTS, ids["reply"], "Resolved", "yes"), "column H (Resolved)", "reply"),
    (lambda p, ids: set_cell(p, COMMENTS, ids["root"], "Text", ""), "column F (Text)", "cannot be emptied"),
])
def test_odd_and_forged_cells_are_refused_naming_the_cell(room: Log, internal, edit, cell, words):
    edit(internal, room.ids)
    before = room.dump()
    with pytest.raises(ImportRefused) as caught:
        import_xlsx(room, internal)
    message = str(caught.value)
    assert cell in message and words in message and "\n" not in message, message
    assert room.dump() == before


def test_a_copied_comment_row_is_refused(room: Log, internal):
    wb = load(internal)
    ws = wb[COMMENTS]
    last = ws.max_row
    for i, cell in enumerate(ws[2], start=1):
        if cell.column_letter != "I":  # the Record id left empty; the hidden Check copied along
            ws.cell(last + 1, i).value = cell.value
    wb.save(internal)
    with pytest.raises(ImportRefused, match=f"{COMMENTS}, row {last + 1}: .*copied row"):
        import_xlsx(room, internal)


def test_edits_of_records_changed_since_the_export_are_conflicts(room: Log, internal):
    ids = room.ids
    room.clauses.update(ids["clause"], title="Joint projects, revised")
    room.comments.edit(ids["reply"], "Legal changed its mind")
    set_cell(internal, "Clauses", ids["clause"], "Owner", "BR")
    set_cell(internal, COMMENTS, ids["reply"], "Text", "Legal says fine, surely")
    report = import_xlsx(room, internal)
    assert len(report.conflicts) == 2 and report.changes == []
    assert "Clauses, row 2" in report.conflicts[0] and "now AL" in report.conflicts[0]
    assert room.clauses.get(ids["clause"]).owner == ids["ann"]
    assert room.comments.get(ids["reply"]).text == "Legal changed its mind"


def test_a_shareable_workbook_has_no_owner_column_and_no_comments_sheet(room: Log, tmp_path):
    out = export_xlsx(room, tmp_path / "s.xlsx", audience="shareable")
    wb = load(out)
    assert COMMENTS not in wb.sheetnames
    assert "Owner" not in [c.value for c in wb["Clauses"][1]]
    assert "Our owner" not in [c.value for c in wb["Commitments"][1]]
    # A Comments sheet added to it by hand is refused, not read.
    ws = wb.create_sheet(COMMENTS)
    ws.append(HEADERS)
    ws.append(["", "clause", "MOU Art. 1", "", "", "sneaked in", "shareable"])
    wb.save(out)
    with pytest.raises(ImportRefused, match="shareable workbook has no Comments sheet"):
        import_xlsx(room, out)


def test_a_workbook_without_its_comments_sheet_still_imports(room: Log, internal):
    wb = openpyxl.load_workbook(internal)
    del wb[COMMENTS]
    wb.save(internal)
    set_cell(internal, "Clauses", room.ids["clause"], "Owner", "BR")
    assert import_xlsx(room, internal).applied
    assert room.clauses.get(room.ids["clause"]).owner == room.ids["bob"]
