"""The Excel summary for colleagues, streamed with XlsxWriter in constant-memory mode (see docs in the module).

Why XlsxWriter: on the same cells it wrote faster and with less memory than openpyxl's write-only mode
(benchmarks/bench_xlsx.py prints both), and in constant-memory mode it still writes autofilters, data
validation lists, conditional formats, frozen panes, print titles, headers and footers. Rows are written in
order, sheet after sheet, as they stream from paged queries, so memory does not grow with the log.
Every text goes through xlsx_cells.cell_text and `write_string`: never a formula, never a crash.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date, datetime, time
from pathlib import Path

import xlsxwriter
from xlsxwriter.utility import xl_col_to_name

from ... import __app_name__, __version__
from ...domain import rules
from ...errors import ExportError, LogError
from ...i18n import QT_TRANSLATE_NOOP, format_date
from ...services import summary
from ...services.log import Log
from ...services.storage import atomic_output
from ..audience import audience_of, default_marking, shows_internal
from ..progress import ProgressCallback
from ..protect import check_password, encrypted_output
from . import xlsx_cells, xlsx_room, xlsx_tag
from .xlsx_sheets import CHANGE_LOG_LIMIT, STATUSES, SheetSpec, build_sheets, sheet_layout
from .xlsx_summary import SUMMARY, write_summary
from .xlsx_words import Words, validation

FORMAT_MARK = "mineralsdesk-xlsx"
FORMAT_VERSION = "1"
PROGRESS_EVERY = 500
_WIDTH_CAP = 80


class _Formats:
    """The handful of cell formats, made once per workbook (XlsxWriter formats are workbook-wide)."""

    def __init__(self, wb: xlsxwriter.Workbook):
        base = {"valign": "top", "font_size": 10}
        self.header_read = wb.add_format({**base, "bold": True, "bg_color": "#D9D9D9", "border": 1,
                                          "text_wrap": True})
        self.header_edit = wb.add_format({**base, "bold": True, "bg_color": "#C6EFCE", "border": 1,
                                          "text_wrap": True})
        self.text = wb.add_format(base)
        self.wrap = wb.add_format({**base, "text_wrap": True})
        self.text_q = wb.add_format({**base, "quote_prefix": True})
        self.wrap_q = wb.add_format({**base, "text_wrap": True, "quote_prefix": True})
        self.edit = wb.add_format({**base, "bg_color": "#F2FBF4"})
        self.edit_wrap = wb.add_format({**base, "bg_color": "#F2FBF4", "text_wrap": True})
        self.edit_q = wb.add_format({**base, "bg_color": "#F2FBF4", "quote_prefix": True})
        self.edit_wrap_q = wb.add_format({**base, "bg_color": "#F2FBF4", "text_wrap": True, "quote_prefix": True})
        self.date = wb.add_format({**base, "num_format": "yyyy-mm-dd", "align": "left"})
        self.int = wb.add_format({**base, "num_format": "0", "align": "right"})
        self.key = wb.add_format({**base, "font_color": "#808080"})
        self.overdue = wb.add_format({"bg_color": "#FFC7CE", "font_color": "#9C0006"})
        self.due_soon = wb.add_format({"bg_color": "#FFEB9C", "font_color": "#9C5700"})
        self.title = wb.add_format({"bold": True, "font_size": 14})
        self.label = wb.add_format({**base, "bold": True})
        self.marking = wb.add_format({**base, "bold": True, "font_color": "#C00000"})
        self.marking_q = wb.add_format({**base, "bold": True, "font_color": "#C00000", "quote_prefix": True})

    def quoted(self, wrap: bool, editable: bool):
        return self.for_text(wrap, editable, True)

    def for_text(self, wrap: bool, editable: bool, quoted: bool):
        if editable:
            return (self.edit_wrap_q if quoted else self.edit_wrap) if wrap else (self.edit_q if quoted else self.edit)
        return (self.wrap_q if quoted else self.wrap) if wrap else (self.text_q if quoted else self.text)


def header_footer_text(text: str) -> str:
    """Text safe inside an Excel header/footer: '&' starts a code there, so it is doubled."""
    return xlsx_cells.cell_text(text)[0].replace("&", "&&")[:200]


def _page_setup(ws, marking: str, title: str, words: Words) -> None:
    ws.set_landscape()
    ws.set_paper(9)  # A4; Letter users get it scaled by Excel's print dialog
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(0)
    left = f"&L{header_footer_text(title)}"
    ws.set_header(left + (f"&C&\"-,Bold\"{header_footer_text(marking)}" if marking else ""))
    ws.set_footer("&L" + words(QT_TRANSLATE_NOOP("Workbook", "Page &P of &N")) + (f"&C{header_footer_text(marking)}" if marking else ""))


class _SheetWriter:
    """Streams one SheetSpec into a worksheet: header, rows, widths, filter, validations."""

    def __init__(self, wb: xlsxwriter.Workbook, fmt: _Formats, marking: str, title: str, tick, secret: bytes,
                 audience: str, words: Words):
        self.wb, self.fmt, self.marking, self.title, self.tick = wb, fmt, marking, title, tick
        self.secret, self.audience, self.words = secret, audience, words

    def write(self, spec: SheetSpec) -> int:
        words = self.words
        ws = self.wb.add_worksheet(words(spec.name))
        columns = spec.columns
        headers = [words.header(h) for h in spec.headers]
        widths = [max(len(h) + 2, 12 if c < len(columns) and columns[c].kind == "date" else 6)
                  for c, h in enumerate(headers)]
        # Column formats go in before the rows: in constant-memory mode a cell without its own format takes
        # its column's when its row is flushed, so most cells are written with no per-cell format at all.
        col_fmts = [self._column_format(col) for col in columns] + ([self.fmt.key] if spec.keyed else [])
        for c, fmt in enumerate(col_fmts):
            ws.set_column(c, c, widths[c], fmt)
        for c, header in enumerate(headers):
            editable = c < len(columns) and columns[c].editable
            ws.write_string(0, c, header, self.fmt.header_edit if editable else self.fmt.header_read)
        xlsx_room.start_sheet(ws, spec, words)
        # Fixed values (status, stance, ...) are shown in the workbook's language; row tokens and tags see the
        # log's own values (the import maps them back, xlsx_words).
        fixed = [c for c, col in enumerate(columns) if col.fixed] if words.lang != "en" else []
        shown_value = words.value
        # Per-column decisions made once; the row loop below is the hot path (one pass per cell, no call
        # per cell of our own), so it reads flat on purpose.
        is_date = [col.kind == "date" for col in columns]
        quoted = [None if col.kind == "key" else self.fmt.quoted(col.kind == "wrap", col.editable)
                  for col in columns]
        caps = [0 if col.kind == "key" else col.width for col in columns]  # key columns keep their width
        write_string, write_number, excel_serial = ws.write_string, ws.write_number, xlsx_cells.excel_serial
        date_fmt, keyed, tick = self.fmt.date, spec.keyed, self.tick
        cell_text, fingerprint, formula_starts = xlsx_cells.cell_text, xlsx_cells.fingerprint, xlsx_cells.FORMULA_STARTS
        plain_len = xlsx_cells.CELL_LIMIT // 2
        secret, audience, sheet, entity = self.secret, self.audience, spec.name, spec.entity
        row_tag, row_token, normalise = xlsx_tag.row_tag, xlsx_tag.row_token, xlsx_cells.normalise
        # A shareable workbook carries a row token instead of the record's rev (see xlsx_tag).
        tokens = keyed and not shows_internal(audience)
        editable = [c for c, col in enumerate(columns) if col.editable]
        row_no = 0
        for values in spec.rows():
            row_no += 1
            if tokens:
                values[-1] = row_token(secret, entity, values[-2], [values[c] for c in editable])
            for c in fixed:
                if values[c]:
                    values[c] = shown_value(values[c])
            written: list = []
            add = written.append
            for c, value in enumerate(values):
                if value is None or value == "":
                    add(None)
                elif type(value) is str:
                    # Printable text has no XML-forbidden character and, this short, fits a cell: as it is.
                    text = value if len(value) <= plain_len and value.isprintable() else cell_text(value)[0]
                    add(text)
                    quote = quoted[c]
                    if quote is not None and text.startswith(formula_starts):
                        write_string(row_no, c, text, quote)
                    else:
                        write_string(row_no, c, text)
                    if widths[c] < caps[c]:
                        first = text.split("\n", 1)[0] if "\n" in text else text
                        widths[c] = min(max(widths[c], len(first) + 2), caps[c])
                elif is_date[c]:
                    write_number(row_no, c, excel_serial(value), date_fmt)
                    add(value)
                else:
                    write_number(row_no, c, value)
                    add(value)
            if keyed:
                hashes = fingerprint(written)
                write_string(row_no, len(values), hashes + row_tag(secret, audience, sheet, values[-2],
                                                                  normalise(values[-1]), hashes))
            tick()
        self._finish(ws, spec, row_no, widths, col_fmts)
        return row_no

    def _column_format(self, col):
        if col.kind == "key":
            return self.fmt.key
        if col.kind == "int":
            return self.fmt.int
        if col.kind == "date":
            return self.fmt.date
        return self.fmt.for_text(col.kind == "wrap", col.editable, False)

    def _finish(self, ws, spec: SheetSpec, last: int, widths: list[int], col_fmts: list) -> None:
        ncols = len(spec.headers)
        for c, col in enumerate(spec.columns):
            if col.kind == "key":
                ws.set_column(c, c, 10, col_fmts[c], {"hidden": True})
            else:
                ws.set_column(c, c, min(widths[c], _WIDTH_CAP), col_fmts[c])
        if spec.keyed:
            ws.set_column(ncols - 1, ncols - 1, 10, self.fmt.key, {"hidden": True})
        ws.freeze_panes(1, spec.freeze_cols)
        ws.autofilter(0, 0, max(last, 1), ncols - 1)
        words = self.words
        _page_setup(ws, self.marking, f"{self.title} — {words(spec.name)}", words)
        xlsx_room.finish_sheet(ws, spec, last, words)
        if last == 0:
            return
        for c, col in enumerate(spec.columns):
            if col.choices:
                ws.data_validation(1, c, last, c, validation(col, words))
        if spec.entity == "commitments":
            self._deadline_formats(ws, spec, last)

    def _deadline_formats(self, ws, spec: SheetSpec, last: int) -> None:
        headers, value = spec.headers, self.words.value
        due = xl_col_to_name(headers.index("Due"))
        state = xl_col_to_name(headers.index("State"))
        met, missed = (value(s).replace('"', '""') for s in ("met", "missed"))
        open_ = f'${state}2<>"{met}",${state}2<>"{missed}"'
        rng = (1, 0, last, len(spec.columns) - 1)
        ws.conditional_format(*rng, {"type": "formula", "format": self.fmt.overdue,
                                     "criteria": f"=AND(ISNUMBER(${due}2),${due}2<TODAY(),{open_})"})
        ws.conditional_format(*rng, {"type": "formula", "format": self.fmt.due_soon,
                                     "criteria": f"=AND(ISNUMBER(${due}2),${due}2>=TODAY(),"
                                                 f"${due}2<=TODAY()+{rules.DUE_SOON_DAYS},{open_})"})


def export_xlsx(log: Log, out: str | os.PathLike, *, audience: str = "internal", tracks: Sequence[str] | None = None,
                progress: ProgressCallback | None = None, today: date | None = None,
                password: str | None = None, lang: str | None = None) -> Path:
    """Write the Excel summary to `out` (0600, atomically); `tracks` limits it to those track refs. With
    `password`, `out` is the workbook encrypted with it (see documents/protect.py); never the plain one.
    `lang`: the language of the workbook's own words (English when None); the log's content stays as written."""
    words = Words(lang)
    audience = audience_of(audience)
    if password is not None:
        check_password(password)
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "{name}: an Excel summary must end in .xlsx"), name=out.name)
    today = today or date.today()
    settings = log.settings
    track_ids = summary.export_track_ids(log, tracks)
    parties = [p.code for p in log.parties.list()]
    counts = summary.row_counts(log, track_ids)
    total = sum(counts.values()) + min(summary.total_changes(log), CHANGE_LOG_LIMIT)
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(min(done, total), total)

    marking = default_marking(audience, lang=words.lang)
    title = words(QT_TRANSLATE_NOOP("Workbook", "{log} — summary of {date}")).format(
        log=settings.log_name, date=format_date(today, words.lang))
    try:
        secret = summary.workbook_secret(log)
    except LogError as exc:
        raise ExportError.telling(exc) from None
    with atomic_output(out) as tmp, encrypted_output(tmp, password) as target:
        wb = xlsxwriter.Workbook(str(target), {
            "constant_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
            "strings_to_urls": False, "use_zip64": True, "default_date_format": "yyyy-mm-dd",
        })
        # Deliberate metadata: the delegation, never the operating-system user (lastModifiedBy follows author).
        wb.set_properties({
            "title": xlsx_cells.cell_text(title)[0], "author": xlsx_cells.cell_text(settings.delegation)[0],
            "company": "", "manager": "", "comments": f"Written by {__app_name__} {__version__}",
            "created": datetime.combine(today, time()),
        })
        wb.set_custom_property("MineralsDesk format", f"{FORMAT_MARK} {FORMAT_VERSION}")
        wb.set_custom_property("MineralsDesk audience", audience.value)
        wb.set_custom_property("MineralsDesk language", words.lang)
        fmt = _Formats(wb)
        sheets = build_sheets(log, audience, track_ids, parties, today, only_tracks=bool(tracks))
        sheets[-1:-1] = xlsx_room.comment_sheets(log, audience, track_ids, track_ids if tracks else None)
        # The Summary sheet comes first but is written last: its Import tag covers every sheet's row count.
        summary_ws = wb.add_worksheet(words(SUMMARY))
        writer = _SheetWriter(wb, fmt, marking, title, tick, secret, audience.value, words)
        rows = {spec.name: writer.write(spec) for spec in sheets}
        rows = {spec.name: rows[spec.name] for spec in sheets if spec.keyed and not spec.apart}
        tag = xlsx_tag.workbook_tag(secret, audience.value, sheet_layout(sheets), rows, words.lang)
        write_summary(summary_ws, fmt, log, audience=audience, marking=marking, track_ids=track_ids,
                      tracks=tracks, today=today, statuses=STATUSES, rows=rows, tag=tag, words=words)
        _page_setup(summary_ws, marking, title, words)
        if progress is not None:
            progress(total, total)
        wb.close()
    return out
