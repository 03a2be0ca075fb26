"""Helpers for the Excel tests: a log full of hostile text and internal markers, and ways to look inside a workbook."""

from __future__ import annotations

import zipfile
from datetime import date, timedelta
from pathlib import Path

import openpyxl

HOSTILE = ['=HYPERLINK("http://evil.example","click")', "=cmd|' /C calc'!A0", "+1", "-1", "@SUM(A1:A9)",
           "#N/A", "\ttabbed", "\rreturn", "NUL\x00 VT\x0b FF\x0c end", "_x000B_ literal escape", "x<y and y>z"]
MARKERS = {"red_line": "MARKER-REDLINE-7f3a", "fallback": "MARKER-FALLBACK-9b1c",
           "internal_note": "MARKER-INTNOTE-2d4e"}
LONG_TEXT = ("Long clause 😀 " * 4000)  # 60,000 characters, over Excel's 32,767 limit


def fill_hostile(log) -> dict[str, str]:
    """Put hostile strings into every kind of record through the services; returns the new ids."""
    ids = dict(log.ids)
    track, r1, r2 = ids["track"], ids["r1"], ids["r2"]
    for i, text in enumerate(HOSTILE):
        clause = log.clauses.add(track, f"Art. {i + 10}", text, f"{text} body", party="US", round_id=r1,
                                minerals=[text]).record
        log.positions.set(clause.id, "US", r1, "reserves", note=text)
        ids[f"hostile{i}"] = clause.id
    long_clause = log.clauses.add(track, "Art. 99", "Long", LONG_TEXT, party="EU", round_id=r2).record
    ids["long"] = long_clause.id
    log.positions.set(long_clause.id, "US", r2, "opposes", note=LONG_TEXT)
    ours = log.positions.set(ids["clause"], "EU", r2, "accepts with amendments", note="Our public note", **MARKERS).record
    ids["our_position"] = ours.id
    ids["us_position"] = log.positions.set(ids["clause"], "US", r2, "supports", note="US note").record.id
    log.rounds.update(r1, summary="#N/A summary \x0b with VT", participants="=1+1")
    today = date.today()
    ids["overdue"] = log.commitments.add("US", "=1+1 deliver", track_id=track, due_date=today - timedelta(days=5)).record.id
    ids["soon"] = log.commitments.add("EU", "Table the draft", track_id=track, due_date=today + timedelta(days=3)).record.id
    log.commitments.assess(ids["overdue"], "US", -1, evidence="@evidence")
    return ids


def xml_parts(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name).decode("utf-8", "replace") for name in zf.namelist()}


def load(path: Path):
    return openpyxl.load_workbook(path)


def column(ws, header: str) -> int:
    """1-based index of a header in row 1."""
    for cell in ws[1]:
        if cell.value == header:
            return cell.column
    raise KeyError(header)


def row_of(ws, record_id: str) -> int:
    id_col = column(ws, "Record id")
    for row in ws.iter_rows(min_row=2):
        if row[id_col - 1].value == record_id:
            return row[0].row
    raise KeyError(record_id)


def set_cell(path: Path, sheet: str, record_id: str, header: str, value, *, formula: bool = False) -> Path:
    """Edit one cell as a colleague would; text starting with = stays text unless `formula`."""
    wb = load(path)
    ws = wb[sheet]
    cell = ws.cell(row_of(ws, record_id), column(ws, header))
    cell.value = value
    if isinstance(value, str) and not formula:
        cell.data_type = "s"
    wb.save(path)
    return path
