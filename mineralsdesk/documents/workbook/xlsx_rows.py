"""A sheet's rows as values and cell types, read without openpyxl's cell objects (the import's reading).

`ws.iter_rows()` of a read-only worksheet makes a dict and then a ReadOnlyCell of every cell, and reads an inline
string (what openpyxl itself writes, and what a colleague's openpyxl script leaves) through its rich-text model:
for the 10,000-row edited workbook of `benchmarks/bench_import.py`, 395,000 cells of two sheets, that was most of the
import's time. `rows()` yields, row for row, the same values and types as `ws.iter_rows()` gives (`cell.value`,
`cell.data_type`; the same rows, padding and bounds), from openpyxl's own sheet parser with a short path for the
three plain kinds of cell: an inline string of one plain run, a shared string and a number that is not a date,
each with nothing but its value. Every other cell (a formula, rich text, a date, an error, a boolean, ...) is
parsed by openpyxl itself, so it cannot be read differently. The parser is openpyxl's private part: if this
openpyxl's differs, `rows()` reads `ws.iter_rows()` instead (`FAST` tells which; a test checks it is the fast one).
"""

from __future__ import annotations

from collections.abc import Iterator

try:
    from openpyxl.utils.cell import coordinate_to_tuple
    from openpyxl.worksheet._reader import INLINE_STRING, VALUE_TAG, WorkSheetParser, _cast_number
    from openpyxl.xml.constants import SHEET_MAIN_NS
except ImportError:  # pragma: no cover - another openpyxl: the public reading below
    WorkSheetParser = None

Row = tuple[tuple, tuple]  # (values, data types), one of each per column

if WorkSheetParser is not None:
    _TEXT = f"{{{SHEET_MAIN_NS}}}t"

    class _Parser(WorkSheetParser):
        """openpyxl's sheet parser, with a short path for a cell that holds nothing but a plain value."""

        def parse_cell(self, element):  # noqa: ANN001, ANN201 - openpyxl's signature
            if len(element) == 1:
                kind = element.get("t", "n")
                child = element[0]
                value = None
                if kind == "inlineStr":
                    if (child.tag == INLINE_STRING and len(child) == 1 and child[0].tag == _TEXT
                            and not len(child[0]) and not getattr(self, "rich_text", False)):
                        value, kind = child[0].text or "", "s"
                elif child.tag == VALUE_TAG and child.text and not len(child):
                    if kind == "s":
                        value = self.shared_strings[int(child.text)]
                    elif kind == "n":
                        style = element.get("s", 0)
                        if not (style and int(style) in self.date_formats):
                            value = _cast_number(child.text)
                if value is not None:
                    coordinate = element.get("r")
                    if coordinate:
                        row, column = coordinate_to_tuple(coordinate)
                        self.col_counter = column
                    else:
                        self.col_counter += 1
                        row, column = self.row_counter, self.col_counter
                    style = element.get("s", 0)
                    return {"row": row, "column": column, "value": value, "data_type": kind,
                            "style_id": int(style) if style else style}
            return super().parse_cell(element)


def _parser(ws) -> object | None:
    """openpyxl's parser over the sheet's XML, as its read-only worksheet makes it (None: not this openpyxl)."""
    if WorkSheetParser is None:
        return None
    try:
        book = ws.parent
        return _Parser(ws._get_source(), ws._shared_strings, data_only=book.data_only, epoch=book.epoch,
                       date_formats=book._date_formats, timedelta_formats=book._timedelta_formats)
    except (AttributeError, TypeError):  # pragma: no cover - another openpyxl
        return None


def _placed(cells: list[dict], min_col: int, max_col: int | None) -> Row:
    """The row's values and types, each cell at its column (openpyxl's ReadOnlyWorksheet._get_row)."""
    if not cells and not max_col:
        return (), ()
    max_col = max_col or cells[-1]["column"]
    values: list = [None] * (max_col + 1 - min_col)
    types: list = [None] * len(values)
    for cell in cells:
        column = cell["column"]
        if min_col <= column <= max_col:
            values[column - min_col] = cell["value"]
            types[column - min_col] = cell["data_type"]
    return tuple(values), tuple(types)


def rows(ws, min_row: int = 1, max_row: int | None = None, min_col: int = 1,
         max_col: int | None = None) -> Iterator[Row]:
    """Each row of the read-only worksheet `ws` from `min_row`, as `ws.iter_rows()` gives it (missing rows and
    cells filled, bounded by the sheet's stated size), as (values, types); an empty cell's type is None."""
    max_col = max_col or ws.max_column
    max_row = max_row or ws.max_row
    parser = _parser(ws)
    if parser is None:
        for cells in ws.iter_rows(min_row=min_row, max_row=max_row, min_col=min_col, max_col=max_col):
            yield (tuple(c.value for c in cells),
                   tuple(None if c.value is None and c.data_type == "n" else c.data_type for c in cells))
        return
    empty: Row = ((None,) * (max_col + 1 - min_col),) * 2 if max_col is not None else ((), ())
    counter, idx = min_row, 1
    try:
        for idx, cells in parser.parse():
            if max_row is not None and idx > max_row:
                break
            for _ in range(counter, idx):  # rows the sheet leaves out
                counter += 1
                yield empty
            if counter <= idx:
                counter += 1
                yield _placed(cells, min_col, max_col)
    finally:
        parser.source.close()
    if max_row is not None and max_row < idx:
        for _ in range(counter, max_row + 1):
            yield empty


FAST = WorkSheetParser is not None
