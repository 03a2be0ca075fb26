"""Reading an exported workbook back: recognise it, check headers and every cell's fingerprint, collect edits."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from openpyxl.utils import get_column_letter

from ...domain import model
from ...errors import Cancelled, ImportRefused
from ...i18n import QT_TRANSLATE_NOOP
from ..progress import ProgressCallback
from . import xlsx_cells, xlsx_room, xlsx_rows, xlsx_tag
from .xlsx_safety import is_xml_attack, open_workbook, xml_attack_refusal
from .xlsx_sheets import (
    CHECK,
    ROUND_COLUMNS,
    Column,
    assessment_columns,
    clause_columns,
    commitment_columns,
    position_columns,
)
from .xlsx_summary import AUDIENCE_TEXT, LABELS, SUMMARY
from .xlsx_words import TITLE, Words, languages

_DIGEST = (1 << 60) - 1  # a Record id's digest kept for the copied-row check: a small int (hash() is 64-bit)
ENTITIES = {"Clauses": "clauses", "Positions": "positions", "Rounds": "rounds", "Commitments": "commitments",
            "Assessments": "assessments"}


@dataclass
class Edit:
    """The edited importable cells of one row: field -> new value (checked against its allowed values)."""

    sheet: str
    row: int
    entity: str
    record_id: str
    rev: int | None  # the record's rev at export (internal workbooks)
    label: str
    values: dict[str, str] = field(default_factory=dict)
    columns: dict[str, str] = field(default_factory=dict)
    token: str | None = None  # the row token instead of the rev (shareable workbooks, see xlsx_tag)
    editable: tuple[str, ...] = ()  # the fields of the sheet's editable columns, in column order


@dataclass
class ReadResult:
    audience: str
    edits: list[Edit]
    missing: dict[str, int] = field(default_factory=dict)  # sheet -> rows of the export no longer in it
    room: xlsx_room.RoomRead | None = None  # the Comments sheet's edited and new rows (xlsx_room)


def _refuse(where: str, template: str, **params: object) -> ImportRefused:
    """A refusal naming the cell: `template` is marked for translation ("Errors") and starts with {cell}."""
    return ImportRefused(template, cell=where, **params)


def _language(wb, name: str) -> Words:
    """The language of the workbook's own words: the one whose Summary sheet it has, titled as that language
    titles it (a workbook from before languages is English). The Import tag binds it (xlsx_tag)."""
    found = False
    for lang in languages():
        words = Words(lang)
        sheet = words(SUMMARY)
        if sheet not in wb.sheetnames:
            continue
        found = True
        first = next(wb[sheet].iter_rows(min_row=1, max_row=1, max_col=1, values_only=True), (None,))
        if first and first[0] == words(TITLE):
            return words
    if not found:
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name} is not a MineralsDesk Excel summary (it has no "
                                              "Summary sheet); only workbooks exported by MineralsDesk can be "
                                              "imported"), name=name)
    raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name} is not a MineralsDesk Excel summary (its Summary sheet "
                                          "was not written by MineralsDesk)"), name=name)


def _top(wb, name: str, words: Words) -> dict[str, tuple[int, object]]:
    """The Summary sheet's top rows: (English) label -> (row number, value)."""
    rows = list(wb[words(SUMMARY)].iter_rows(min_row=1, max_row=len(LABELS) + 1, max_col=2, values_only=True))
    return {words.label_back(r[0], LABELS): (i, r[1]) for i, r in enumerate(rows[1:], start=2)
            if r and isinstance(r[0], str)}


def _summary_cell(top: dict[str, tuple[int, object]], label: str, words: Words | None = None) -> str:
    words = words or Words()
    row = top[label][0] if label in top else LABELS.index(label) + 2
    return xlsx_room.cell_where(words(SUMMARY), row, "B", words(label))


def _audience(top: dict[str, tuple[int, object]], words: Words | None = None) -> str:
    words = words or Words()
    found = top.get("Audience", (0, None))[1]
    for audience, text in AUDIENCE_TEXT.items():
        if found in (words(text), text):
            return audience.value
    raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{cell}: the Audience cell was changed (it must say '{internal}' "
                                          "or '{shareable}'); nothing was applied"),
                        cell=_summary_cell(top, "Audience", words),
                        internal=words(AUDIENCE_TEXT[model.Audience.INTERNAL]),
                        shareable=words(AUDIENCE_TEXT[model.Audience.SHAREABLE]))


_ROWS = re.compile(r"([^;\d]+?) (\d{1,9})(?:;|$)")


def _exported_rows(top: dict[str, tuple[int, object]], words: Words | None = None) -> dict[str, int]:
    words = words or Words()
    text = top.get("Rows", (0, None))[1]
    rows = {words.sheet_back(m.group(1).strip()): int(m.group(2))
            for m in _ROWS.finditer(text)} if isinstance(text, str) else {}
    if set(rows) != set(ENTITIES):
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{cell}: the Rows cell is missing or was changed (workbooks "
                                              "exported before import tags existed cannot be imported: export the "
                                              "summary again); nothing was applied"),
                            cell=_summary_cell(top, "Rows", words))
    return rows


def _layout(headers: dict[str, list], audience: str) -> tuple[dict[str, list[Column]], list]:
    columns = {sheet: _expected_columns(sheet, list(headers[sheet]), audience) for sheet in ENTITIES}
    layout = [(sheet, [c.header for c in cols] + [CHECK], [c.field for c in cols if c.editable])
              for sheet, cols in columns.items()]
    return columns, layout


def _check_tag(secret: bytes, top: dict[str, tuple[int, object]], audience: str,
               headers: dict[str, list], words: Words | None = None) -> dict[str, list[Column]]:
    """The columns of each record sheet, once the Import tag shows that this log exported them for this audience,
    in this language."""
    words = words or Words()
    tag = top.get("Import tag", (0, None))[1]
    if not isinstance(tag, str) or re.fullmatch(f"[0-9a-f]{{{xlsx_tag.TAG_HEX}}}", tag) is None:
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{cell}: the Import tag is missing or was changed (workbooks "
                                              "exported before import tags existed cannot be imported: export the "
                                              "summary again); nothing was applied"),
                            cell=_summary_cell(top, "Import tag", words))
    rows = _exported_rows(top, words)
    columns, layout = _layout(headers, audience)
    if xlsx_tag.same(xlsx_tag.workbook_tag(secret, audience, layout, rows, words.lang), tag):
        return columns
    other = next(a.value for a in model.Audience if a.value != audience)
    if xlsx_tag.same(xlsx_tag.workbook_tag(secret, other, _layout(headers, other)[1], rows, words.lang), tag):
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{cell}: this workbook was exported as {audience}, and its "
                                              "Audience cell was changed; nothing was applied"),
                            cell=_summary_cell(top, "Audience", words), audience=other)
    for sheet in ENTITIES:
        _check_header(sheet, list(headers[sheet]), columns[sheet], words)
    raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{cell}: the workbook does not match its Import tag: it was "
                                          "exported from another log or in another language, or its Rows cell, "
                                          "sheets or columns were changed; nothing was applied"),
                        cell=_summary_cell(top, "Import tag", words))


def _expected_columns(sheet: str, header: list, audience: str) -> list[Column]:
    if sheet == "Clauses":
        parties = [h[len("Stance "):] for h in header if isinstance(h, str) and h.startswith("Stance ")]
        return clause_columns(parties, audience)
    if sheet == "Positions":
        return position_columns(audience)
    if sheet == "Assessments":
        return assessment_columns(audience)
    if sheet == "Commitments":
        return commitment_columns(audience)
    return ROUND_COLUMNS


def _check_header(sheet: str, header: list, columns: list[Column], words: Words | None = None) -> None:
    """`header`: the sheet's header cells mapped back to English (Words.header_back); messages name them as shown."""
    words = words or Words()
    expected = [c.header for c in columns] + [CHECK]
    while header and header[-1] is None:
        header.pop()
    for i in range(max(len(expected), len(header))):
        want = expected[i] if i < len(expected) else None
        got = header[i] if i < len(header) else None
        if got != want:
            where = xlsx_room.cell_where(words(sheet), 1, get_column_letter(i + 1))
            shown = words.header(got) if isinstance(got, str) else got
            if want is None:
                raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{cell}: unexpected column '{found}' (columns must not "
                                                      "be added); nothing was applied"), cell=where, found=shown)
            raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{cell}: expected the column '{wanted}', found {found} "
                                                  "(columns must not be renamed, moved or removed); nothing was "
                                                  "applied"), cell=where, wanted=words.header(want),
                                found=repr(shown) if shown is not None else "nothing")


def _label(sheet: str, by: dict[str, object]) -> str:
    if sheet == "Clauses":
        return f"{by['Track']} {by['Ref']}"
    if sheet == "Positions":
        return f"{by['Track']} {by['Clause']} / {by['Party']} {by['Round']}"
    if sheet == "Commitments":
        text = str(by["Commitment"] or "")
        return f"Commitment of {by['Owner']} ({text[:40]}{'…' if len(text) > 40 else ''})"
    return f"{sheet} record"


def _value(col: Column, raw: object, where: str, words: Words | None = None) -> str:
    """The canonical value of an edited importable cell (a fixed value typed in the workbook's language or in
    English), or a refusal naming the cell."""
    if raw is None:
        text = ""
    elif isinstance(raw, str):
        text = raw
    else:
        text = xlsx_cells.normalise(raw)
    if col.choices:
        words = words or Words()
        found = words.value_back(text, col.choices) if col.fixed else next(
            (c for c in col.choices if c.lower() == text.strip().lower()), None)
        if found is not None:
            return found
        allowed = ", ".join(f"'{words.value(c) if col.fixed else c}'" for c in col.choices)
        shown = xlsx_cells.one_line(text if len(text) <= 40 else text[:39] + "…")
        column = words.header(col.header)
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{cell}: '{value}' is not a {column}; use one of {allowed}; "
                                              "nothing was applied"), cell=where, value=shown,
                            column=column if words.lang in ("de", "ja") else column.lower(), allowed=allowed)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_edits(path: Path, secret: bytes, progress: ProgressCallback | None = None,
               data: BinaryIO | None = None) -> ReadResult:
    """Every edited importable cell of the workbook; refuses (ImportRefused) on anything that cannot be imported.
    `secret` is the log's workbook key: only a workbook this log exported, with its tags intact, is read.
    `data`: the decrypted workbook of a password-protected `path`, in memory (documents/protect.py).
    The import streams the same reading (EditStream) rather than holding every edit."""
    with EditStream(path, secret, progress, data) as stream:
        edits = list(stream.edits())
        return ReadResult(stream.audience, edits, stream.missing, stream.room)


class EditStream:
    """A workbook opened for import, read row by row: the audience and every header and tag are checked on
    opening; edits() then yields each edited row's Edit as the rows stream (every cell checked as in read_edits),
    and once it is exhausted `missing` and `room` (the Comments sheet, read last) are filled. Use as a context
    manager; every refusal is an ImportRefused, whether raised on opening or while the rows stream."""

    def __init__(self, path: Path, secret: bytes, progress: ProgressCallback | None = None,
                 data: BinaryIO | None = None):
        self.path, self.secret, self.progress = path, secret, progress
        self.missing: dict[str, int] = {}
        self.room: xlsx_room.RoomRead | None = None
        self.wb = open_workbook(path, data)
        try:
            with self._refusals():
                self._open()
        except BaseException:
            self.wb.close()
            raise

    def __enter__(self) -> EditStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.wb.close()

    @contextmanager
    def _refusals(self) -> Iterator[None]:
        try:
            yield
        except (ImportRefused, Cancelled, KeyboardInterrupt):
            raise
        except Exception as exc:  # noqa: BLE001 - XML errors surface while rows stream; never quote cell text
            if is_xml_attack(exc):
                raise xml_attack_refusal(self.path.name) from None
            raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name} could not be read as an Excel workbook ({kind})"),
                                name=self.path.name, kind=type(exc).__name__) from None

    def _open(self) -> None:
        wb, path = self.wb, self.path
        self.words = words = _language(wb, path.name)
        top = _top(wb, path.name, words)
        self.audience = _audience(top, words)
        missing = [s for s in ENTITIES if words(s) not in wb.sheetnames]
        if missing:
            raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name} has no sheet named '{sheet}' (sheets must not be "
                                                  "renamed or removed); nothing was applied"),
                                name=path.name, sheet=words(missing[0]))
        self.sheets = {s: wb[words(s)] for s in ENTITIES}
        self.headers = {sheet: [words.header_back(h) for h in _header(self.sheets[sheet])] for sheet in ENTITIES}
        self.columns = _check_tag(self.secret, top, self.audience, self.headers, words)
        self.exported = _exported_rows(top, words)

    def edits(self) -> Iterator[Edit]:
        """Each edited row's Edit, sheet by sheet; a refusal stops the stream."""
        with self._refusals():
            sheets, progress = self.sheets, self.progress
            total = sum((sheets[s].max_row or 1) - 1 for s in ENTITIES)
            done = 0
            seen: dict[str, int] = {}
            for sheet, entity in ENTITIES.items():
                reader = _SheetReader(sheet, entity, self.audience, self.secret, self.columns[sheet], self.words)
                for edit_or_tick in reader.read(sheets[sheet], self.headers[sheet]):
                    if edit_or_tick is None:
                        done += 1
                        if progress is not None and done % 500 == 0:
                            progress(min(done, total), max(total, done))
                    else:
                        yield edit_or_tick
                seen[sheet] = reader.rows
            self.missing = {sheet: self.exported[sheet] - seen[sheet] for sheet in ENTITIES
                            if self.exported[sheet] > seen[sheet]}
            self.room = xlsx_room.read_comments(self.wb, self.audience, self.secret, self.words)


def _header(ws) -> list:
    first = next(ws.iter_rows(max_row=1), None)
    return [c.value for c in first] if first else []


class _SheetReader:
    """Reads one record sheet: checks each row's tag and cell hashes and yields its edits."""

    def __init__(self, sheet: str, entity: str, audience: str, secret: bytes, columns: list[Column],
                 words: Words | None = None):
        self.sheet, self.entity, self.audience, self.secret, self.columns = sheet, entity, audience, secret, columns
        self.words = words or Words()
        self.editable = tuple(c.field for c in columns if c.editable)
        # The Record ids read so far, as 60-bit digests (a set of small ints, not the ids and their rows): a digest
        # met again re-reads the rows above to find the copied row, or to see that two ids only shared a digest.
        self.seen: set[int] = set()
        self.rows = 0  # keyed rows read
        self.ws = None
        self.shown = self.words(sheet)
        self.tagger = xlsx_tag.row_tagger(secret, audience, sheet)

    def read(self, ws, header: list):
        """Yields an Edit for each edited row, and None for each row read (for progress)."""
        sheet, columns = self.sheet, self.columns
        _check_header(sheet, list(header), columns, self.words)
        self.ws = ws
        rows = xlsx_rows.rows(ws, min_row=2)
        n = len(columns)
        pad = [None] * (n + 1)
        id_at = n - 2
        unescape = xlsx_cells.ooxml_unescape
        for row, (cells, types) in enumerate(rows, start=2):
            yield None
            if not cells:
                continue
            values = list(cells[: n + 1])
            if len(values) <= n:
                values += pad[len(values):]
            for i, v in enumerate(values):
                if type(v) is str and "_x" in v:
                    values[i] = unescape(v)
            if not values[id_at] and all(v is None or v == "" for v in values):
                continue
            edit = self._row(row, types, values, n)
            if edit is not None:
                yield edit

    def _row(self, row: int, types: tuple, values: list, n: int) -> Edit | None:
        columns = self.columns
        id_at, rev_at = n - 2, n - 1
        record_id = values[id_at]
        if not isinstance(record_id, str) or not record_id:
            raise _refuse(self._where(row), QT_TRANSLATE_NOOP("Errors", "{cell}: the row has no Record id (rows cannot be added in Excel; add "
                                                              "records in the app); nothing was applied"))
        check = values[n]
        hashes = None
        unchanged = False
        printed = ""
        if isinstance(check, str) and len(check) > xlsx_tag.TAG_HEX:
            # Nearly every row is as exported: one flat fingerprint of the row says so (and, equal to the
            # Check cell, shows that cell well formed); only an edited row is split and compared cell by cell
            # (the same fingerprint's slices are the cells' hashes).
            printed = xlsx_cells.fingerprint(values[:n])
            unchanged = printed == check[: -xlsx_tag.TAG_HEX]
            hashes = [] if unchanged else xlsx_cells.split_fingerprint(check[: -xlsx_tag.TAG_HEX], n)
        if hashes is None:
            raise _refuse(xlsx_room.cell_where(self.shown, row, get_column_letter(n + 1), self.words.header(CHECK)),
                          QT_TRANSLATE_NOOP("Errors", "{cell}: the hidden Check cell was changed or removed; nothing was "
                                            "applied"))
        version = values[rev_at]
        version = version if type(version) is str and "\r" not in version else xlsx_cells.normalise(version)
        tag = self.tagger(record_id, version, check[: -xlsx_tag.TAG_HEX])
        if not xlsx_tag.same(tag, check[-xlsx_tag.TAG_HEX:]):
            raise _refuse(xlsx_room.cell_where(self.shown, row, get_column_letter(n + 1), self.words.header(CHECK)), QT_TRANSLATE_NOOP("Errors", "{cell}: the row does not match its tag (its hidden Record id, Row "
                                                                                                             "version or Check cell was changed, or the row was copied from another "
                                                                                                             "workbook); nothing was applied"))
        digest = hash(record_id) & _DIGEST
        if digest in self.seen:
            other = self._row_of(record_id, row)
            if other is not None:
                raise _refuse(self._where(row), QT_TRANSLATE_NOOP("Errors", "{cell}: the same Record id is also on row {other} (rows "
                                                                  "must not be copied); nothing was applied"),
                              other=other)
        self.seen.add(digest)
        self.rows += 1
        if unchanged:
            return None
        edit: Edit | None = None
        width = xlsx_cells.FINGERPRINT_WIDTH
        for i, col in enumerate(columns):
            if printed[i * width:(i + 1) * width] == hashes[i]:
                continue
            letter = get_column_letter(i + 1)
            at = xlsx_room.cell_where(self.shown, row, letter, self.words.header(col.header))
            if i in (id_at, rev_at):
                raise _refuse(at, QT_TRANSLATE_NOOP("Errors", "{cell}: the hidden Record id and Row version columns must not be "
                                                    "edited; nothing was applied"))
            if i < len(types) and types[i] == "f":
                raise _refuse(at, QT_TRANSLATE_NOOP("Errors", "{cell}: the cell holds a formula; type the value itself; nothing was "
                                                    "applied"))
            if not col.editable:
                raise _refuse(at, QT_TRANSLATE_NOOP("Errors", "{cell}: this column was edited but cannot be imported (only green "
                                                    "columns can); change it in the app; nothing was applied"))
            if edit is None:
                edit = self._edit(row, values, version)
            edit.values[col.field] = _value(col, values[i], at, self.words)
            edit.columns[col.field] = letter
        return edit

    def _row_of(self, record_id: str, before: int) -> int | None:
        """The first row above `before` whose Record id is `record_id`, read again (None: only the digests met)."""
        at = len(self.columns) - 1  # the Record id's column (1-based)
        rows = self.ws.iter_rows(min_row=2, max_row=before - 1, min_col=at, max_col=at, values_only=True)
        for row, cells in enumerate(rows, start=2):
            value = cells[0] if cells else None
            if type(value) is str and "_x" in value:
                value = xlsx_cells.ooxml_unescape(value)
            if value == record_id:
                return row
        return None

    def _where(self, row: int) -> str:
        """The row as a message names it: the sheet as the workbook names it (tags use the English name)."""
        return xlsx_room.row_where(self.shown, row)

    def _edit(self, row: int, values: list, version: str) -> Edit:
        by = {c.header: values[j] for j, c in enumerate(self.columns)}
        record_id = values[len(self.columns) - 2]
        label = _label(self.sheet, by)
        if self.audience == model.Audience.SHAREABLE.value:
            return Edit(self.sheet, row, self.entity, record_id, None, label, token=version, editable=self.editable)
        if not version.isdigit():
            raise _refuse(xlsx_room.cell_where(self.words(self.sheet), row, get_column_letter(len(self.columns)),
                                             self.words.header("Row version")),
                          QT_TRANSLATE_NOOP("Errors", "{cell}: the hidden Row version is not a number; nothing was applied"))
        return Edit(self.sheet, row, self.entity, record_id, int(version), label, editable=self.editable)
