"""A workbook writes only what its log exported to it: forged audiences, columns, rows and foreign logs are refused;
a shareable workbook shows no trace of internal edits; rows deleted in Excel are reported, never deleted."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from xlsx_support import MARKERS, column, load, row_of, set_cell, xml_parts

from mineralsdesk.documents.workbook import xlsx_cells
from mineralsdesk.documents.workbook.xlsx import export_xlsx
from mineralsdesk.documents.workbook.xlsx_import import import_xlsx
from mineralsdesk.documents.workbook.xlsx_summary import AUDIENCE_TEXT
from mineralsdesk.domain.model import Audience
from mineralsdesk.errors import ImportRefused

TODAY = date(2026, 3, 1)


@pytest.fixture
def ours(small_log):
    ids = small_log.ids
    position = small_log.positions.set(ids["clause"], "EU", ids["r2"], "reserves", note="Our public note", **MARKERS).record
    ids["ours"] = position.id
    ids["commitment"] = small_log.commitments.add("US", "Table the draft", track_id=ids["track"]).record.id
    return small_log


def _values(ws, row: int, width: int) -> list:
    return [xlsx_cells.ooxml_unescape(v) if isinstance(v, str) else v
            for v in (ws.cell(row, c).value for c in range(1, width + 1))]


def _forge_internal(path, our_id: str) -> None:
    """What a hostile colleague does to a shareable copy: the Audience cell says internal, the three internal
    columns are added after Note, every Check is re-computed as the public checksum it used to be, and our red
    line is emptied."""
    wb = load(path)
    summary = wb["Summary"]
    for row in summary.iter_rows(min_row=2, max_row=12, max_col=2):
        if row[0].value == "Audience":
            row[1].value = AUDIENCE_TEXT[Audience.INTERNAL]
    ws = wb["Positions"]
    note = column(ws, "Note")
    ws.insert_cols(note + 1, 3)
    for i, header in enumerate(("Red line", "Fallback", "Internal note"), start=1):
        ws.cell(1, note + i).value = header
    width = ws.max_column
    target = row_of(ws, our_id)
    for r in range(2, ws.max_row + 1):
        values = _values(ws, r, width - 1)
        if r == target:
            values[note] = "guessed"  # the Check says the red line was "guessed"; the cell is empty
        ws.cell(r, width).value = xlsx_cells.fingerprint(values)
    wb.save(path)


def test_a_forged_shareable_workbook_never_writes_an_internal_field(ours, tmp_path):
    out = export_xlsx(ours, tmp_path / "s.xlsx", audience="shareable", today=TODAY)
    _forge_internal(out, ours.ids["ours"])
    before = ours.dump()
    with pytest.raises(ImportRefused) as info:
        import_xlsx(ours, out)
    assert str(info.value).startswith("Summary, row 5, column B (Audience): this workbook was exported as shareable")
    assert ours.dump() == before
    assert ours.repo.get(type(ours.positions.list()[0]), ours.ids["ours"]).red_line == MARKERS["red_line"]


def test_internal_columns_added_to_a_shareable_copy_are_refused_even_with_the_audience_left_alone(ours, tmp_path):
    out = export_xlsx(ours, tmp_path / "s.xlsx", audience="shareable", today=TODAY)
    wb = load(out)
    ws = wb["Positions"]
    ws.insert_cols(column(ws, "Note") + 1, 1)
    ws.cell(1, column(ws, "Note") + 1).value = "Red line"
    wb.save(out)
    with pytest.raises(ImportRefused, match=r"Positions, row 1, column H"):
        import_xlsx(ours, out)


def test_a_row_whose_hidden_cells_were_changed_is_refused_naming_its_check_cell(ours, tmp_path):
    out = export_xlsx(ours, tmp_path / "i.xlsx", today=TODAY)
    wb = load(out)
    ws = wb["Clauses"]
    row = row_of(ws, ours.ids["clause"])
    ws.cell(row, column(ws, "Row version")).value = 99  # a stale row made to look fresh
    ws.cell(row, column(ws, "Status")).value = "proposed"
    wb.save(out)
    with pytest.raises(ImportRefused) as info:
        import_xlsx(ours, out)
    assert f"Clauses, row {row}, column" in str(info.value) and "(Check): the row does not match its tag" in str(
        info.value)


def test_the_import_tag_cell_is_required(ours, tmp_path):
    out = export_xlsx(ours, tmp_path / "i.xlsx", today=TODAY)
    wb = load(out)
    wb["Summary"]["B11"] = None
    wb.save(out)
    with pytest.raises(ImportRefused, match=r"^Summary, row 11, column B \(Import tag\): the Import tag is missing"):
        import_xlsx(ours, out)


def test_a_workbook_of_a_copy_loaded_from_the_json_dump_is_refused(ours, tmp_path):
    """The key never leaves its log: a log loaded from this log's JSON dump cannot import its workbooks."""
    from mineralsdesk.services.log import Log

    out = export_xlsx(ours, tmp_path / "i.xlsx", today=TODAY)
    dump = ours.dump()
    assert "workbook_secret" not in dump["meta"]
    with Log.create(tmp_path / "copy.mdesk") as copy:
        copy.load(dump)
        with pytest.raises(ImportRefused, match="exported from another log"):
            import_xlsx(copy, out)
    # ... while the log that exported it still imports it.
    assert import_xlsx(ours, out, dry_run=True).ok


def test_exports_are_byte_identical_and_an_internal_edit_leaves_the_shareable_copy_unchanged(ours, tmp_path):
    first = export_xlsx(ours, tmp_path / "a.xlsx", audience="shareable", today=TODAY).read_bytes()
    assert export_xlsx(ours, tmp_path / "b.xlsx", audience="shareable", today=TODAY).read_bytes() == first
    ours.positions.set(ours.ids["clause"], "EU", ours.ids["r2"], "reserves", note="Our public note",
                      red_line="a new red line", fallback="another fallback")
    internal_parts = xml_parts(export_xlsx(ours, tmp_path / "i.xlsx", today=TODAY))
    assert any("a new red line" in text for text in internal_parts.values())
    assert export_xlsx(ours, tmp_path / "c.xlsx", audience="shareable", today=TODAY).read_bytes() == first


def test_shareable_change_log_numbers_what_it_shows_and_names_no_imported_file(ours, tmp_path):
    internal = export_xlsx(ours, tmp_path / "secret-plan-v7.xlsx", today=TODAY)
    set_cell(internal, "Positions", ours.ids["ours"], "Red line", "changed by import")
    set_cell(internal, "Clauses", ours.ids["clause"], "Status", "proposed")
    import_xlsx(ours, internal)
    out = export_xlsx(ours, tmp_path / "s.xlsx", audience="shareable", today=TODAY)
    ws = load(out)["Change log"]
    seqs = [r[0] for r in ws.iter_rows(min_row=2, values_only=True)]
    assert seqs == list(range(1, len(seqs) + 1)) and len(seqs) > 5
    sources = {r[column(ws, "Source") - 1] for r in ws.iter_rows(min_row=2, values_only=True)}
    assert "Excel import" in sources
    for name, text in xml_parts(out).items():
        assert "secret-plan-v7" not in text, name
    # The internal copy keeps the log's own numbers and sources.
    full = load(export_xlsx(ours, tmp_path / "i2.xlsx", today=TODAY))["Change log"]
    assert "Excel import of secret-plan-v7.xlsx" in {r[8] for r in full.iter_rows(min_row=2, values_only=True)}


def test_shareable_row_tokens_still_find_rows_changed_since_the_export(ours, tmp_path):
    out = export_xlsx(ours, tmp_path / "s.xlsx", audience="shareable", today=TODAY)
    ws = load(out)["Positions"]
    token = ws.cell(row_of(ws, ours.ids["ours"]), column(ws, "Row version")).value
    assert isinstance(token, str) and token.startswith("t") and not token[1:].isdigit()
    # An internal-only edit after the export is no conflict ...
    ours.positions.set(ours.ids["clause"], "EU", ours.ids["r2"], "reserves", note="Our public note",
                      red_line="moved red line")
    set_cell(out, "Positions", ours.ids["ours"], "Stance", "supports")
    # ... a visible one is.
    ours.clauses.set_status(ours.ids["clause"], "proposed")
    set_cell(out, "Clauses", ours.ids["clause"], "Status", "bracketed")
    report = import_xlsx(ours, out)
    assert [(c.field, c.new) for c in report.changes] == [("stance", "supports")]
    assert len(report.conflicts) == 1 and "changed in the log since the export" in report.conflicts[0]
    mine = ours.repo.get(type(ours.positions.list()[0]), ours.ids["ours"])
    assert (mine.stance, mine.red_line) == ("supports", "moved red line")


def test_rows_deleted_in_excel_are_reported_not_deleted(ours, tmp_path):
    out = export_xlsx(ours, tmp_path / "i.xlsx", today=TODAY)
    wb = load(out)
    ws = wb["Positions"]
    ws.delete_rows(row_of(ws, ours.ids["ours"]))
    wb["Commitments"].delete_rows(2)
    wb.save(out)
    before = ours.dump()
    report = import_xlsx(ours, out, dry_run=True)
    assert report.missing == {"Positions": 1, "Commitments": 1}
    text = report.describe()
    assert "1 row of the export is missing from Positions: not deleted from the log" in text
    assert "1 row of the export is missing from Commitments: not deleted from the log" in text
    report = import_xlsx(ours, out)
    assert report.missing == {"Positions": 1, "Commitments": 1}
    assert ours.dump()["positions"] == before["positions"] and ours.dump()["commitments"] == before["commitments"]
    cli = subprocess.run([sys.executable, "-m", "mineralsdesk", "--db", str(ours.path), "import", "xlsx", str(out),
                          "--dry-run"], capture_output=True, text=True, timeout=120)
    assert "1 row of the export is missing from Positions: not deleted from the log" in cli.stdout, cli.stderr


@pytest.mark.parametrize(("label", "value", "message"), [
    ("Rows", "Clauses 9; Positions 9; Rounds 9; Commitments 9; Assessments 9", "does not match its Import tag"),
    ("Rows", "nothing", "the Rows cell is missing or was changed"),
    ("Import tag", "0" * 32, "does not match its Import tag"),
    ("Audience", "for everyone", "the Audience cell was changed"),
])
def test_summary_cells_the_import_reads_are_checked(ours, tmp_path, label, value, message):
    out = export_xlsx(ours, tmp_path / "i.xlsx", today=TODAY)
    wb = load(out)
    row = next(r[0].row for r in wb["Summary"].iter_rows(min_row=2, max_row=12, max_col=1) if r[0].value == label)
    wb["Summary"].cell(row, 2).value = value
    wb.save(out)
    with pytest.raises(ImportRefused) as info:
        import_xlsx(ours, out, dry_run=True)
    assert str(info.value).startswith("Summary, row ") and message in str(info.value)
