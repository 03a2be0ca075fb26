"""A colleague's edited workbook back into the log: exact changes, dry run, conflicts, and every refusal."""

from __future__ import annotations

import hashlib
import io
import zipfile

import openpyxl
import pytest
from xlsx_support import MARKERS, column, fill_hostile, load, row_of, set_cell

from mineralsdesk.documents.workbook import xlsx_safety
from mineralsdesk.documents.workbook.xlsx import export_xlsx
from mineralsdesk.documents.workbook.xlsx_import import import_xlsx
from mineralsdesk.errors import Cancelled, ImportRefused


@pytest.fixture
def hostile(small_log):
    small_log.ids = fill_hostile(small_log)
    return small_log


@pytest.fixture
def exported(hostile, tmp_path):
    return export_xlsx(hostile, tmp_path / "summary.xlsx")


def _strip_changes(dump: dict) -> dict:
    return {k: v for k, v in dump.items() if k != "changes"}


def test_edits_apply_exactly_with_the_import_as_source(hostile, exported):
    ids = hostile.ids
    set_cell(exported, "Clauses", ids["clause"], "Status", "under negotiation")
    set_cell(exported, "Positions", ids["us_position"], "Stance", "Opposes")  # case does not matter
    set_cell(exported, "Positions", ids["us_position"], "Note", "=SUM(1) is text here")
    set_cell(exported, "Positions", ids["our_position"], "Red line", "new red line")
    set_cell(exported, "Commitments", ids["overdue"], "State", "at risk")
    before = hostile.dump()
    report = import_xlsx(hostile, exported)
    assert report.ok and report.applied
    assert {(c.entity, c.field, c.old, c.new) for c in report.changes} == {
        ("clauses", "status", "drafted", "under negotiation"),
        ("positions", "stance", "supports", "opposes"),
        ("positions", "note", "US note", "=SUM(1) is text here"),
        ("positions", "red_line", MARKERS["red_line"], "new red line"),
        ("commitments", "state", "open", "at risk"),
    }
    assert "summary.xlsx" in report.describe() and "drafted' -> 'under negotiation'" in report.describe()
    after = hostile.dump()
    changed = _diff(before, after)
    assert changed == {
        ("clauses", ids["clause"], "status"), ("clauses", ids["clause"], "rev"),
        ("positions", ids["us_position"], "stance"), ("positions", ids["us_position"], "note"),
        ("positions", ids["us_position"], "rev"), ("positions", ids["our_position"], "red_line"),
        ("positions", ids["our_position"], "rev"), ("commitments", ids["overdue"], "state"),
        ("commitments", ids["overdue"], "rev"),
    }
    ours = hostile.repo.get(type(hostile.positions.list()[0]), ids["our_position"])
    assert ours.fallback == MARKERS["fallback"] and ours.internal_note == MARKERS["internal_note"]
    new_entries = after["changes"][len(before["changes"]):]
    assert len(new_entries) == 6  # the five fields, then one entry saying what was imported
    assert {e["source"] for e in new_entries} == {"Excel import of summary.xlsx"}
    digest = hashlib.sha256(exported.read_bytes()).hexdigest()
    assert (new_entries[-1]["entity"], new_entries[-1]["field"]) == ("log", "Excel import")
    assert new_entries[-1]["new"].startswith(f"summary.xlsx (sha256 {digest}): ")
    assert "4 records changed, 5 fields changed" in new_entries[-1]["new"]


def _diff(before: dict, after: dict) -> set[tuple[str, str, str]]:
    out = set()
    for table, rows in _strip_changes(after).items():
        if not isinstance(rows, list):
            continue
        old = {r["id"]: r for r in before[table] if isinstance(r, dict) and "id" in r}
        for row in rows:
            if isinstance(row, dict) and "id" in row:
                for key, value in row.items():
                    if old.get(row["id"], {}).get(key) != value:
                        out.add((table, row["id"], key))
    return out


def test_dry_run_lists_and_writes_nothing(hostile, exported):
    set_cell(exported, "Clauses", hostile.ids["clause"], "Status", "proposed")
    before = hostile.dump()
    report = import_xlsx(hostile, exported, dry_run=True)
    assert not report.applied
    assert [(c.record, c.field, c.old, c.new) for c in report.changes] == [("MOU Art. 1", "status", "drafted",
                                                                              "proposed")]
    assert "dry run" in report.describe()
    assert hostile.dump() == before


def test_sorting_the_sheet_keeps_rows_with_their_records(hostile, exported):
    wb = load(exported)
    ws = wb["Positions"]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    rows.reverse()
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            ws.cell(r, c).value = value
    wb.save(exported)
    set_cell(exported, "Positions", hostile.ids["us_position"], "Note", "after sorting")
    report = import_xlsx(hostile, exported)
    assert [(c.entity_id, c.new) for c in report.changes] == [(hostile.ids["us_position"], "after sorting")]
    assert hostile.repo.get(type(hostile.positions.list()[0]), hostile.ids["us_position"]).note == "after sorting"


def test_a_row_changed_in_both_places_is_a_conflict_not_applied(hostile, exported):
    ids = hostile.ids
    hostile.clauses.set_status(ids["clause"], "proposed")  # the log moves on after the export
    set_cell(exported, "Clauses", ids["clause"], "Status", "bracketed")
    set_cell(exported, "Commitments", ids["soon"], "State", "on track")
    report = import_xlsx(hostile, exported)
    assert not report.ok
    assert len(report.conflicts) == 1 and "MOU Art. 1" in report.conflicts[0] and "proposed" in report.conflicts[0]
    assert hostile.clauses.get(ids["clause"]).status == "proposed"
    assert hostile.commitments.get(ids["soon"]).state == "on track"  # the other edit went in


def test_cut_text_never_replaces_the_full_text(hostile, exported):
    wb = load(exported)
    ws = wb["Positions"]
    note_col = column(ws, "Note")
    for row in ws.iter_rows(min_row=2):
        cell = row[note_col - 1]
        if isinstance(cell.value, str) and "cut:" in cell.value:
            cell.value = "edited " + cell.value
    wb.save(exported)
    full = [p.note for p in hostile.positions.list() if len(p.note) > 40000]
    report = import_xlsx(hostile, exported)
    assert not report.changes and len(report.conflicts) == 1 and "cut" in report.conflicts[0]
    assert [p.note for p in hostile.positions.list() if len(p.note) > 40000] == full


def test_shareable_copy_imports_without_touching_internal_fields(hostile, tmp_path):
    out = export_xlsx(hostile, tmp_path / "s.xlsx", audience="shareable")
    set_cell(out, "Positions", hostile.ids["our_position"], "Note", "shared note")
    import_xlsx(hostile, out)
    ours = hostile.repo.get(type(hostile.positions.list()[0]), hostile.ids["our_position"])
    assert (ours.note, ours.red_line, ours.fallback) == ("shared note", MARKERS["red_line"], MARKERS["fallback"])


def test_cancel_during_apply_rolls_everything_back(hostile, exported):
    set_cell(exported, "Clauses", hostile.ids["clause"], "Status", "proposed")
    set_cell(exported, "Commitments", hostile.ids["soon"], "State", "met")
    before = hostile.dump()

    def cancel(done, total):
        if done == total:
            raise Cancelled()

    with pytest.raises(Cancelled):
        import_xlsx(hostile, exported, progress=cancel)
    assert hostile.dump() == before


# -- refusals: each one clear, and the log unchanged ------------------------------------------------------------

def _edit(header_sheet: str, header: str, value, formula: bool = False):
    def make(log, path):
        ws_id = {"Clauses": log.ids["clause"], "Positions": log.ids["us_position"],
                 "Rounds": log.ids["r1"], "Commitments": log.ids["soon"]}[header_sheet]
        set_cell(path, header_sheet, ws_id, header, value, formula=formula)
    return make


def _rename_header(log, path):
    wb = load(path)
    wb["Clauses"]["F1"] = "State of play"
    wb.save(path)


def _drop_sheet(log, path):
    wb = load(path)
    del wb["Positions"]
    wb.save(path)


def _unrelated(log, path):
    wb = openpyxl.Workbook()
    wb.active["A1"] = "Budget 2026"
    wb.save(path)


def _not_xlsx(log, path):
    path.write_text("Track,Ref\nMOU,Art. 1\n")


def _docx_like(log, path):
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")


def _zip_bomb(log, path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * (40 * 1024 * 1024))


def _entity_attack(log, path):
    data = io.BytesIO(path.read_bytes())
    with zipfile.ZipFile(data) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "xl/workbook.xml":
                body = body.replace(b"<workbook", b'<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'
                                    b"<workbook", 1)
            dst.writestr(item, body)


def _foreign_ids(log, path):
    other = export_xlsx(_other_log(path.parent), path.parent / "other.xlsx")
    wb = load(other)
    ws = wb["Clauses"]
    ws.cell(2, column(ws, "Status")).value = "dropped"
    wb.save(path)


def _other_log(folder):
    from datetime import date

    from mineralsdesk.services.log import Log

    log = Log.create(folder / "other.mdesk")
    track = log.tracks.add("MOU", "Other").record
    r = log.rounds.add(track.id, date(2026, 1, 1)).record
    log.clauses.add(track.id, "Art. 1", "Other", "Text", party="US", round_id=r.id)
    return log


def _formula(log, path):
    _edit("Positions", "Note", "=1+1", formula=True)(log, path)


def _added_row(log, path):
    wb = load(path)
    ws = wb["Commitments"]
    ws.cell(ws.max_row + 1, 1).value = "MOU"
    wb.save(path)


REFUSALS = {
    "not an xlsx": (_not_xlsx, "not an Excel workbook"),
    "zip but not xlsx": (_docx_like, "not an Excel workbook"),
    "unrelated workbook": (_unrelated, "not a MineralsDesk Excel summary"),
    "renamed column": (_rename_header, "Clauses, row 1, column F: expected the column 'Status'"),
    "missing sheet": (_drop_sheet, "no sheet named 'Positions'"),
    "unknown status": (_edit("Clauses", "Status", "nearly agreed"), "Clauses, row 2, column F (Status)"),
    "unknown stance": (_edit("Positions", "Stance", "maybe"), "is not a stance"),
    "read-only column": (_edit("Clauses", "Title", "New title"), "column C (Title): this column was edited but "
                         "cannot be imported"),
    "read-only sheet": (_edit("Rounds", "Place", "Paris"), "Rounds, row 2, column D (Place)"),
    "impossible transition": (_edit("Clauses", "Status", "agreed"), "cannot go from 'drafted' to 'agreed'"),
    "red line of another party": (_edit("Positions", "Red line", "Their secret"),
                                  "Positions, row 3, column H: red lines, fallbacks and internal notes are kept for "
                                  "our own party only; nothing was applied"),
    "workbook of another log": (_foreign_ids, "Import tag): the workbook does not match its Import tag: it was exported from another log"),
    "formula": (_formula, "holds a formula"),
    "added row": (_added_row, "no Record id"),
    "zip bomb": (_zip_bomb, "zip bomb"),
    "xml entities": (_entity_attack, "entity"),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_bad_files_are_refused_clearly_and_change_nothing(hostile, exported, case):
    make, message = REFUSALS[case]
    make(hostile, exported)
    before = hostile.dump()
    with pytest.raises(ImportRefused) as info:
        import_xlsx(hostile, exported)
    text = str(info.value)
    assert message in text
    assert "\n" not in text and len(text) < 400
    assert hostile.dump() == before


def test_size_cap_is_checked_before_reading(hostile, exported, monkeypatch):
    monkeypatch.setattr(xlsx_safety, "MAX_FILE_BYTES", 1000)
    with pytest.raises(ImportRefused, match="not imported"):
        import_xlsx(hostile, exported)


def test_import_is_refused_without_defusedxml(hostile, exported, monkeypatch):
    monkeypatch.setattr(openpyxl, "DEFUSEDXML", False)
    with pytest.raises(ImportRefused, match="defusedxml"):
        import_xlsx(hostile, exported, dry_run=True)


def test_row_of_helper_finds_rows(hostile, exported):
    assert row_of(load(exported)["Clauses"], hostile.ids["clause"]) >= 2


def test_entity_trick_inside_a_sheet_is_refused(hostile, exported):
    data = io.BytesIO(exported.read_bytes())
    with zipfile.ZipFile(data) as src, zipfile.ZipFile(exported, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet2.xml":
                body = body.replace(b"<worksheet", b'<!DOCTYPE w [<!ENTITY a "x">]><worksheet', 1)
            dst.writestr(item, body)
    before = hostile.dump()
    with pytest.raises(ImportRefused, match="entity"):
        import_xlsx(hostile, exported)
    assert hostile.dump() == before
