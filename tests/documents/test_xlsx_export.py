"""The Excel summary as a colleague opens it: sheets, headers, panes, validations, dates, safety and audience."""

from __future__ import annotations

from datetime import date, datetime

import openpyxl
import pytest
from xlsx_support import HOSTILE, LONG_TEXT, MARKERS, column, fill_hostile, load, row_of, xml_parts

from mineralsdesk.documents.workbook import xlsx_cells
from mineralsdesk.documents.workbook.xlsx import export_xlsx
from mineralsdesk.errors import Cancelled, ExportError

SHEETS = ["Summary", "Clauses", "Positions", "Rounds", "Commitments", "Assessments", "Comments", "Change log"]


@pytest.fixture
def hostile(small_log):
    small_log.ids = fill_hostile(small_log)
    return small_log


def test_demo_workbook_has_every_sheet_with_headers_panes_filters_and_validations(demo_log, tmp_path):
    out = export_xlsx(demo_log, tmp_path / "demo.xlsx")
    assert out.stat().st_mode & 0o777 == 0o600
    wb = load(out)
    assert wb.sheetnames == SHEETS
    clauses = wb["Clauses"]
    header = [c.value for c in clauses[1]]
    assert header[:6] == ["Track", "Ref", "Title", "Topic", "Minerals", "Status"]
    assert {"Stance EU", "Stance US", "Stance JP", "Stance MX"} <= set(header)
    assert header[-6:] == ["Open brackets", "Last changed round", "Current text", "Record id", "Row version", "Check"]
    assert clauses.max_row == 1 + demo_log.read.clause_count()
    for name in SHEETS[1:]:
        ws = wb[name]
        assert ws.freeze_panes is not None and ws.freeze_panes.endswith("2"), name
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), name
    # Status, stance and state cells offer their allowed values as a list.
    lists = {name: [dv.formula1 for dv in wb[name].data_validations.dataValidation] for name in SHEETS}
    assert any("agreed ad referendum" in f for f in lists["Clauses"])
    assert any("accepts with amendments" in f for f in lists["Positions"])
    assert any("on track" in f for f in lists["Commitments"])
    # The id, version and check columns are there but hidden, so sorting keeps them with their row.
    for letter in ("N", "O", "P"):
        dim = clauses.column_dimensions[letter]
        assert dim.hidden or any(d.hidden and d.min <= column(clauses, "Record id") <= d.max
                                 for d in clauses.column_dimensions.values())
    # Text columns wrap; widths were fitted, not left at the default.
    text_col = column(clauses, "Current text")
    assert clauses.cell(2, text_col).alignment.wrap_text
    assert wb["Commitments"].conditional_formatting


def test_dates_are_real_dates_and_overdue_days_are_counted(hostile, tmp_path):
    out = export_xlsx(hostile, tmp_path / "x.xlsx")
    ws = load(out)["Commitments"]
    due_col, late_col = column(ws, "Due"), column(ws, "Days overdue")
    row = row_of(ws, hostile.ids["overdue"])
    assert isinstance(ws.cell(row, due_col).value, datetime)
    assert ws.cell(row, due_col).is_date
    assert ws.cell(row, late_col).value == 5
    assert ws.cell(row_of(ws, hostile.ids["soon"]), late_col).value is None
    rules = [r.formula[0] for cf in ws.conditional_formatting for r in cf.rules]
    assert any("TODAY()" in f and "<TODAY()" in f for f in rules)
    assert any("TODAY()+7" in f for f in rules)
    positions = load(out)["Positions"]
    assert isinstance(positions.cell(2, column(positions, "Round date")).value, datetime)


def test_no_text_from_the_log_becomes_a_formula_and_odd_characters_are_visible(hostile, tmp_path):
    out = export_xlsx(hostile, tmp_path / "x.xlsx")
    wb = load(out)
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate)
    ws = wb["Positions"]
    note_col = column(ws, "Note")
    notes = {ws.cell(r, note_col).value for r in range(2, ws.max_row + 1)}
    for text in HOSTILE:
        expected = xlsx_cells.cell_text(text)[0]
        assert any(n is not None and xlsx_cells.ooxml_unescape(n) == expected for n in notes), repr(text)
    assert "NUL\u2400 VT\u240b FF\u240c end" in {xlsx_cells.ooxml_unescape(n) for n in notes if n}
    # Text that Excel would take for a formula if re-typed carries the quote-prefix style.
    row = row_of(ws, hostile.ids["us_position"])
    clause_ws = wb["Clauses"]
    for r in range(2, clause_ws.max_row + 1):
        title = clause_ws.cell(r, column(clause_ws, "Title")).value
        if isinstance(title, str) and title.startswith("="):
            assert clause_ws.cell(r, column(clause_ws, "Title")).quotePrefix
    assert ws.cell(row, note_col).value == "US note"


def test_texts_over_the_cell_limit_are_cut_visibly(hostile, tmp_path):
    out = export_xlsx(hostile, tmp_path / "x.xlsx")
    ws = load(out)["Clauses"]
    text = ws.cell(row_of(ws, hostile.ids["long"]), column(ws, "Current text")).value
    assert xlsx_cells.utf16_length(text) <= xlsx_cells.CELL_LIMIT
    assert text.endswith(f"({len(LONG_TEXT):,} characters) is in the MineralsDesk log]")
    assert LONG_TEXT.startswith(text[:1000])


def test_shareable_copy_holds_no_internal_text_in_any_part(hostile, tmp_path):
    internal = export_xlsx(hostile, tmp_path / "internal.xlsx")
    shareable = export_xlsx(hostile, tmp_path / "shareable.xlsx", audience="shareable")
    inside = "\n".join(xml_parts(internal).values())
    assert all(marker in inside for marker in MARKERS.values())  # the test can see them when they are there
    for name, text in xml_parts(shareable).items():
        for marker in MARKERS.values():
            assert marker not in text, (name, marker)
        assert "Red line" not in text and "Internal note" not in text, name
    props = load(shareable).properties
    assert props.creator == props.lastModifiedBy == "EU delegation"


def test_author_is_the_delegation_never_the_system_user(demo_log, tmp_path, monkeypatch):
    monkeypatch.setenv("USER", "os-user-should-not-appear")
    monkeypatch.setenv("USERNAME", "os-user-should-not-appear")
    out = export_xlsx(demo_log, tmp_path / "d.xlsx")
    props = openpyxl.load_workbook(out).properties
    assert props.creator == demo_log.settings.delegation
    assert props.lastModifiedBy == demo_log.settings.delegation
    assert not any("os-user-should-not-appear" in t for t in xml_parts(out).values())


def test_summary_top_rows_and_track_filter(demo_log, tmp_path):
    ref = demo_log.tracks.list()[0].ref
    out = export_xlsx(demo_log, tmp_path / "one.xlsx", audience="shareable", tracks=[ref], today=date(2026, 3, 1))
    wb = load(out)
    top = {r[0]: r[1] for r in wb["Summary"].iter_rows(min_row=2, max_row=9, max_col=2, values_only=True)}
    assert top["Log"] == demo_log.settings.log_name
    assert top["Date of issue"] == datetime(2026, 3, 1)
    assert top["Audience"].startswith("shareable")
    assert top["Tracks"] == ref
    tracks = {r[0] for r in wb["Clauses"].iter_rows(min_row=2, max_col=1, values_only=True)}
    assert tracks == {ref}


def test_cancel_leaves_no_file_and_keeps_the_old_one(demo_log, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "keep.xlsx"
    target.write_bytes(b"old")

    def cancel(done, total):
        raise Cancelled()

    with pytest.raises(Cancelled):
        export_xlsx(demo_log, target, progress=cancel)
    assert target.read_bytes() == b"old"
    assert [p.name for p in folder.iterdir()] == ["keep.xlsx"]


def test_wrong_suffix_is_refused(demo_log, tmp_path):
    with pytest.raises(ExportError):
        export_xlsx(demo_log, tmp_path / "x.csv")


def test_cell_text_replacements_are_documented_and_stable():
    assert xlsx_cells.cell_text("a\x00b\x0bc\x0cd\te\nf")[0] == "a\u2400b\u240bc\u240cd\te\nf"
    assert xlsx_cells.cell_text("\ud800x")[0] == "\ufffdx"
    cut, was_cut = xlsx_cells.cell_text("😀" * 20000)
    assert was_cut and xlsx_cells.utf16_length(cut) <= xlsx_cells.CELL_LIMIT
    assert xlsx_cells.ooxml_unescape("_x005F_x000B_ and _x000D_") == "_x000B_ and \r"
