"""The per-row fast paths of the Excel writer give exactly what the plain per-cell definitions give."""

from __future__ import annotations

import zlib
from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st

from mineralsdesk.documents.workbook import xlsx_cells

CELLS = st.one_of(st.none(), st.text(), st.integers(-10**6, 10**6), st.floats(allow_nan=False, allow_infinity=False),
                  st.dates(), st.datetimes(), st.booleans())


def _reference_hash(value: object) -> str:
    # The definition every workbook written so far was fingerprinted with (an import checks it cell by cell).
    text = xlsx_cells.normalise(value)
    return format(zlib.crc32(text.encode("utf-8", "surrogatepass")) & 0xFFFFFF, "06x")


@given(st.lists(CELLS, max_size=20))
def test_fingerprint_is_the_per_cell_hashes_joined(values):
    expected = "".join(_reference_hash(v) for v in values)
    assert xlsx_cells.fingerprint(values) == expected
    assert xlsx_cells.fingerprint(values) == "".join(xlsx_cells.cell_hash(v) for v in values)
    assert xlsx_cells.split_fingerprint(expected, len(values)) == [expected[i:i + 6] for i in range(0, len(expected), 6)]


def test_fingerprint_of_known_cells_is_unchanged():
    # Written by the exporter before its row loop was flattened: older workbooks must still import.
    cells = ["Art. 1", None, 3, 2.5, 4.0, date(2026, 3, 1), datetime(2026, 3, 1, 9, 30), True, "a\r\nb\rc", "\ud800",
             "日本語"]
    assert xlsx_cells.fingerprint(cells) == "00b37c000000d28e9b1a25e3b61b38662492135b8769a139ca8ea2c4a5280b52e5"


@given(st.text(alphabet=st.characters(codec=None), max_size=40) | st.sampled_from(["=1+1", "a\tb", "x\ny", "\x0b"]))
def test_printable_short_text_needs_no_cleaning(text):
    # The writer keeps printable text under half the cell limit as it is, without calling cell_text.
    if len(text) <= xlsx_cells.CELL_LIMIT // 2 and text.isprintable():
        assert xlsx_cells.cell_text(text) == (text, False)


def test_longest_plain_text_is_kept_and_one_more_unit_may_be_cut():
    at_limit = "x" * (xlsx_cells.CELL_LIMIT // 2)
    assert xlsx_cells.cell_text(at_limit) == (at_limit, False)
    wide = "😀" * (xlsx_cells.CELL_LIMIT // 2 + 1)  # printable, but two UTF-16 units each: over the limit
    assert wide.isprintable() and xlsx_cells.cell_text(wide)[1]


@given(st.dates())
def test_excel_serial_is_the_number_xlsxwriter_stores_for_a_date(day):
    from xlsxwriter.utility import _datetime_to_excel_datetime

    assert xlsx_cells.excel_serial(day) == _datetime_to_excel_datetime(datetime.combine(day, datetime.min.time()),
                                                                       False, False)


def test_date_written_as_serial_is_the_same_cell_as_write_datetime(tmp_path):
    import zipfile

    import xlsxwriter

    days = [date(1900, 1, 1), date(1900, 2, 28), date(1900, 3, 1), date(2026, 3, 1), date(9999, 12, 31)]

    def sheet_xml(name: str, write) -> bytes:
        wb = xlsxwriter.Workbook(str(tmp_path / name), {"constant_memory": True})
        ws, fmt = wb.add_worksheet(), wb.add_format({"num_format": "yyyy-mm-dd"})
        for r, day in enumerate(days):
            write(ws, r, day, fmt)
        wb.close()
        with zipfile.ZipFile(tmp_path / name) as z:
            return z.read("xl/worksheets/sheet1.xml")

    by_datetime = sheet_xml("a.xlsx", lambda ws, r, d, f: ws.write_datetime(r, 0, datetime.combine(d, datetime.min.time()), f))
    by_serial = sheet_xml("b.xlsx", lambda ws, r, d, f: ws.write_number(r, 0, xlsx_cells.excel_serial(d), f))
    assert by_serial == by_datetime
    assert b"<v>0</v>" in by_serial and b"<v>61</v>" in by_serial  # 1900-01-01 and the day after Excel's 1900-02-29
