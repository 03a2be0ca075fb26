"""Reading an exported workbook back: recognise it, check headers and every cell's fingerprint, collect edits."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from openpyxl.utils import get_column_letter

from ..domain import model
from . import xlsx_cells
from .errors import Cancelled, ImportRefused, ProgressCallback
from .xlsx_safety import is_xml_attack, open_workbook, xml_attack_refusal
from .xlsx_sheets import (
    ASSESSMENT_COLUMNS,
    CHECK,
    COMMITMENT_COLUMNS,
    ROUND_COLUMNS,
    Column,
    clause_columns,
    position_columns,
)
from .xlsx_summary import AUDIENCE_TEXT, LABELS, SUMMARY

TITLE = "MineralsDesk — Excel summary"
ENTITIES = {"Clauses": "clauses", "Positions": "positions", "Rounds": "rounds", "Commitments": "commitments",
            "Assessments": "assessments"}


@dataclass
class Edit:
    """The edited importable cells of one row: field -> new value (checked against its allowed values)."""

    sheet: str
    row: int
    entity: str
    record_id: str
    rev: int
    label: str
    values: dict[str, str] = field(default_factory=dict)
    columns: dict[str, str] = field(default_factory=dict)


@dataclass
class ReadResult:
    audience: str
    edits: list[Edit]


def _refuse(where: str, what: str) -> ImportRefused:
    return ImportRefused(f"{where}: {what}; nothing was applied")


def _audience(wb, name: str) -> str:
    if SUMMARY not in wb.sheetnames:
        raise ImportRefused(f"{name} is not a MineralsDesk Excel summary (it has no Summary sheet); only "
                            "workbooks exported by MineralsDesk can be imported")
    rows = list(wb[SUMMARY].iter_rows(min_row=1, max_row=len(LABELS) + 1, max_col=2, values_only=True))
    if not rows or rows[0][0] != TITLE:
        raise ImportRefused(f"{name} is not a MineralsDesk Excel summary (its Summary sheet was not written "
                            "by MineralsDesk)")
    found = {r[0]: r[1] for r in rows[1:] if r}
    for audience, text in AUDIENCE_TEXT.items():
        if found.get("Audience") == text:
            return audience.value
    raise _refuse(f"{SUMMARY}, row 5, column B", "the Audience cell was changed (it must say "
                  f"'{AUDIENCE_TEXT[model.Audience.INTERNAL]}' or '{AUDIENCE_TEXT[model.Audience.SHAREABLE]}')")


def _expected_columns(sheet: str, header: list, audience: str) -> list[Column]:
    if sheet == "Clauses":
        parties = [h[len("Stance "):] for h in header if isinstance(h, str) and h.startswith("Stance ")]
        return clause_columns(parties)
    if sheet == "Positions":
        return position_columns(audience)
    return {"Rounds": ROUND_COLUMNS, "Commitments": COMMITMENT_COLUMNS, "Assessments": ASSESSMENT_COLUMNS}[sheet]


def _check_header(sheet: str, header: list, columns: list[Column]) -> None:
    expected = [c.header for c in columns] + [CHECK]
    while header and header[-1] is None:
        header.pop()
    for i in range(max(len(expected), len(header))):
        want = expected[i] if i < len(expected) else None
        got = header[i] if i < len(header) else None
        if got != want:
            where = f"{sheet}, row 1, column {get_column_letter(i + 1)}"
            if want is None:
                raise _refuse(where, f"unexpected column '{got}' (columns must not be added)")
            raise _refuse(where, f"expected the column '{want}', found "
                          f"{repr(got) if got is not None else 'nothing'} (columns must not be renamed, moved or "
                          "removed)")


def _label(sheet: str, by: dict[str, object]) -> str:
    if sheet == "Clauses":
        return f"{by['Track']} {by['Ref']}"
    if sheet == "Positions":
        return f"{by['Track']} {by['Clause']} / {by['Party']} {by['Round']}"
    if sheet == "Commitments":
        text = str(by["Commitment"] or "")
        return f"Commitment of {by['Owner']} ({text[:40]}{'…' if len(text) > 40 else ''})"
    return f"{sheet} record"


def _value(col: Column, raw: object, where: str) -> str:
    """The canonical value of an edited importable cell, or a refusal naming what is wrong."""
    if raw is None:
        text = ""
    elif isinstance(raw, str):
        text = raw
    else:
        text = xlsx_cells.normalise(raw)
    if col.choices:
        wanted = text.strip().lower()
        for choice in col.choices:
            if choice.lower() == wanted:
                return choice
        allowed = ", ".join(f"'{c}'" for c in col.choices)
        shown = xlsx_cells.one_line(text if len(text) <= 40 else text[:39] + "…")
        raise _refuse(where, f"'{shown}' is not a {col.header.lower()}; use one of {allowed}")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_edits(path: Path, progress: ProgressCallback | None = None) -> ReadResult:
    """Every edited importable cell of the workbook; refuses (ImportRefused) on anything that cannot be imported."""
    wb = open_workbook(path)
    try:
        audience = _audience(wb, path.name)
        missing = [s for s in ENTITIES if s not in wb.sheetnames]
        if missing:
            raise ImportRefused(f"{path.name} has no sheet named '{missing[0]}' (sheets must not be renamed or "
                                "removed); nothing was applied")
        total = sum((wb[s].max_row or 1) - 1 for s in ENTITIES)
        done = 0
        edits: list[Edit] = []
        for sheet, entity in ENTITIES.items():
            for edit_or_tick in _read_sheet(wb[sheet], sheet, entity, audience):
                if edit_or_tick is None:
                    done += 1
                    if progress is not None and done % 500 == 0:
                        progress(min(done, total), max(total, done))
                else:
                    edits.append(edit_or_tick)
        return ReadResult(audience, edits)
    except (ImportRefused, Cancelled, KeyboardInterrupt):
        raise
    except Exception as exc:  # noqa: BLE001 - XML errors surface while rows stream; never quote cell text
        if is_xml_attack(exc):
            raise xml_attack_refusal(path.name) from None
        raise ImportRefused(f"{path.name} could not be read as an Excel workbook ({type(exc).__name__})") from None
    finally:
        wb.close()


def _read_sheet(ws, sheet: str, entity: str, audience: str):
    """Yields an Edit for each edited row, and None for each row read (for progress)."""
    rows = ws.iter_rows()
    first = next(rows, None)
    header = [c.value for c in first] if first else []
    columns = _expected_columns(sheet, list(header), audience)
    _check_header(sheet, list(header), columns)
    n = len(columns)
    id_at, rev_at = n - 2, n - 1
    seen: dict[str, int] = {}
    for row, cells in enumerate(rows, start=2):
        yield None
        if not cells:
            continue
        values = [xlsx_cells.ooxml_unescape(v) if isinstance(v, str) else v
                  for v in (c.value for c in cells[: n + 1])] + [None] * (n + 1 - len(cells))
        if all(v is None or v == "" for v in values):
            continue
        where = f"{sheet}, row {row}"
        hashes = xlsx_cells.split_fingerprint(values[n], n)
        record_id = values[id_at]
        if not isinstance(record_id, str) or not record_id:
            raise _refuse(where, "the row has no Record id (rows cannot be added in Excel; add records in the app)")
        if hashes is None:
            raise _refuse(f"{where}, column {get_column_letter(n + 1)} (Check)",
                          "the hidden Check cell was changed or removed")
        if record_id in seen:
            raise _refuse(where, f"the same Record id is also on row {seen[record_id]} (rows must not be copied)")
        seen[record_id] = row
        edit: Edit | None = None
        for i, col in enumerate(columns):
            if xlsx_cells.cell_hash(values[i]) == hashes[i]:
                continue
            cell = cells[i] if i < len(cells) else None
            letter = get_column_letter(i + 1)
            at = f"{where}, column {letter} ({col.header})"
            if i in (id_at, rev_at):
                raise _refuse(at, "the hidden Record id and Row version columns must not be edited")
            if getattr(cell, "data_type", None) == "f":
                raise _refuse(at, "the cell holds a formula; type the value itself")
            if not col.editable:
                raise _refuse(at, "this column was edited but cannot be imported (only green columns can); "
                              "change it in the app")
            if edit is None:
                by = {c.header: values[j] for j, c in enumerate(columns)}
                rev = values[rev_at]
                if not isinstance(rev, (int, float)):
                    raise _refuse(f"{where}, column {get_column_letter(rev_at + 1)} (Row version)",
                                  "the hidden Row version is not a number")
                edit = Edit(sheet, row, entity, record_id, int(rev), _label(sheet, by))
            edit.values[col.field] = _value(col, values[i], at)
            edit.columns[col.field] = letter
        if edit is not None:
            yield edit
