"""The import's row reading (documents/workbook/xlsx_rows.py) gives what openpyxl's own read-only rows give: every
value and cell type of every row, for our exports, workbooks openpyxl saved, every kind of cell and odd sheet XML."""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from propkit import PIECES, text

from mineralsdesk.documents.workbook import xlsx_rows
from mineralsdesk.documents.workbook.xlsx import export_xlsx
from mineralsdesk.services.log import Log


def _theirs(ws, **bounds) -> list[tuple[tuple, tuple]]:
    """openpyxl's rows: values and types (an empty cell's type as None, as rows() gives it)."""
    out = []
    for cells in ws.iter_rows(**bounds):
        out.append((tuple(c.value for c in cells),
                    tuple(None if c.value is None and c.data_type == "n" else c.data_type for c in cells)))
    return out


def _ours(ws, **bounds) -> list[tuple[tuple, tuple]]:
    return [(values, tuple(None if v is None and t == "n" else t for v, t in zip(values, types, strict=True)))
            for values, types in xlsx_rows.rows(ws, **bounds)]


def _same_everywhere(path: Path) -> int:
    """Every sheet read both ways, whole and from row 2, with and without column bounds; the cells compared."""
    wb = load_workbook(path, read_only=True)
    try:
        cells = 0
        for ws in wb.worksheets:
            for bounds in ({}, {"min_row": 2}, {"min_row": 2, "max_row": 3}, {"min_col": 2, "max_col": 3}):
                theirs = _theirs(ws, **bounds)
                assert _ours(ws, **bounds) == theirs, (path.name, ws.title, bounds)
                cells += sum(len(values) for values, _ in theirs)
        return cells
    finally:
        wb.close()


def _resaved(path: Path, target: Path) -> Path:
    """The workbook as openpyxl saves it (inline strings, where our exports keep shared strings)."""
    wb = load_workbook(path)
    wb.save(target)
    return target


def test_the_fast_reading_is_the_one_this_openpyxl_gets():
    assert xlsx_rows.FAST


@pytest.mark.parametrize("audience", ["internal", "shareable"])
def test_our_exports_and_openpyxls_saving_of_them_read_the_same(demo_log: Log, tmp_path: Path, audience: str):
    exported = tmp_path / f"{audience}.xlsx"
    export_xlsx(demo_log, exported, audience=audience)
    assert _same_everywhere(exported) > 1000
    assert _same_everywhere(_resaved(exported, tmp_path / f"{audience}-resaved.xlsx")) > 1000


def _every_kind(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Kinds"
    rows = [
        ["text", "", "   ", "=looks like a formula", "#N/A", "_x000D_ escaped", "line\nbreak", "tab\there"],
        [0, 1, -7, 1.5, 1e300, 2 ** 53, -0.0, 3.0],
        [True, False, None, datetime(2026, 2, 4, 9, 30), date(2026, 3, 6), time(12, 0), timedelta(days=2, hours=3)],
        ["=SUM(B2:C2)", "=B2&\"x\"", '=HYPERLINK("http://evil.example","click")', "=1/0"],
        [CellRichText(["plain ", TextBlock(InlineFont(b=True), "bold"), " tail"]), "リチウム", "עברית 🪨 e\u0301"],
    ]
    for row in rows:
        ws.append(row)
    ws["D1"].data_type = "s"  # quote-prefixed text, not a formula
    ws["E1"].data_type = "s"
    ws["B3"].number_format = "0.00"
    ws.cell(row=9, column=12, value="after a gap of rows and columns")
    ws["A12"].style = "Good"  # a styled cell with no value
    wb.create_sheet("Empty")
    wb.save(path)
    return path


def test_every_kind_of_cell_reads_the_same(tmp_path: Path):
    path = _every_kind(tmp_path / "kinds.xlsx")
    assert _same_everywhere(path) > 40
    wb = load_workbook(path, read_only=True)
    values, types = list(xlsx_rows.rows(wb["Kinds"]))[3]
    assert types[:4] == ("f",) * 4 and values[0] == "=SUM(B2:C2)"  # a formula is told from text
    values, types = list(xlsx_rows.rows(wb["Kinds"]))[0]
    assert values[3] == "=looks like a formula" and types[3] == "s"
    wb.close()


def _rewritten(path: Path, target: Path, sheet: str, change) -> Path:
    """A copy of the workbook with one sheet's XML changed by `change` (text -> text)."""
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == sheet:
                changed = change(data.decode("utf-8")).encode("utf-8")
                assert changed != data, "the change did not apply"
                data = changed
            out.writestr(item, data)
    return target


SHEET = "xl/worksheets/sheet1.xml"


@pytest.mark.parametrize("change", [
    pytest.param(lambda xml: re.sub(r' r="[A-Z]+\d+"', "", xml), id="cells without their coordinates"),
    pytest.param(lambda xml: re.sub(r'<row r="\d+"', "<row", xml), id="rows without their numbers"),
    pytest.param(lambda xml: re.sub(r'<dimension ref="[^"]*"/>', '<dimension ref="A1:B3"/>', xml),
                 id="a stated size smaller than the data"),
    pytest.param(lambda xml: re.sub(r"<dimension[^>]*/>", "", xml), id="no stated size"),
    pytest.param(lambda xml: xml.replace("<t>text</t>", '<t xml:space="preserve">  text  </t>'),
                 id="preserved spaces"),
    pytest.param(lambda xml: xml.replace("<t>text</t>", "<t>te</t><rPh sb=\"0\" eb=\"1\"><t>phonetic</t></rPh>"),
                 id="a phonetic run"),
    pytest.param(lambda xml: xml.replace("<t>text</t>", "<t/>"), id="an empty run"),
    pytest.param(lambda xml: re.sub(r'(<c r="B2")', r'<c r="A2" t="e"><v>#DIV/0!</v></c>\1', xml, count=1),
                 id="an error cell"),
    pytest.param(lambda xml: re.sub(r'<c r="A2"[^>]*><v>0</v></c>', '<c r="A2" t="b"><v>1</v></c>', xml),
                 id="a boolean"),
])
def test_odd_sheet_xml_reads_the_same(tmp_path: Path, change):
    path = _rewritten(_every_kind(tmp_path / "kinds.xlsx"), tmp_path / "odd.xlsx", SHEET, change)
    assert _same_everywhere(path) > 0


def test_the_public_reading_is_the_same_where_openpyxls_parser_differs(tmp_path: Path, monkeypatch):
    path = _every_kind(tmp_path / "kinds.xlsx")
    wb = load_workbook(path, read_only=True)
    fast = list(xlsx_rows.rows(wb["Kinds"], min_row=2))
    monkeypatch.setattr(xlsx_rows, "_parser", lambda ws: None)
    assert _ours(wb["Kinds"], min_row=2) == _theirs(wb["Kinds"], min_row=2)
    assert [v for v, _ in xlsx_rows.rows(wb["Kinds"], min_row=2)] == [v for v, _ in fast]
    wb.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=st.lists(st.lists(st.one_of(text(), st.sampled_from(PIECES), st.integers(), st.floats(
    allow_nan=False, allow_infinity=False), st.none()), max_size=6), min_size=1, max_size=6))
def test_hostile_text_written_by_openpyxl_reads_the_same(tmp_path: Path, cells):
    wb = Workbook()
    ws = wb.active
    for row in cells:
        ws.append([_storable(v) for v in row])
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text as a colleague's script would write it, never a formula
    path = tmp_path / "hostile.xlsx"
    wb.save(path)
    assert _same_everywhere(path) >= sum(map(len, cells))  # every cell written was read, both ways alike


def _storable(value):
    """What XML 1.0 can hold (openpyxl refuses the other control characters)."""
    if isinstance(value, str):
        return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", value)
    return value
