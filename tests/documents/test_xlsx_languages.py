"""The Excel summary in every language: its own words translated, read back from any language, still sealed."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from xlsx_support import column

from mineralsdesk import i18n
from mineralsdesk.documents.workbook import xlsx_tag, xlsx_words
from mineralsdesk.documents.workbook.xlsx import export_xlsx
from mineralsdesk.documents.workbook.xlsx_import import import_xlsx
from mineralsdesk.documents.workbook.xlsx_room import COMMENTS
from mineralsdesk.documents.workbook.xlsx_sheets import STANCES, STATES, STATUSES
from mineralsdesk.documents.workbook.xlsx_words import TITLE, Words
from mineralsdesk.errors import ImportRefused
from mineralsdesk.services.log import Log

MESSAGES = Path(__file__).resolve().parents[2] / "resources" / "translations" / "messages"
LANGS = ("fr", "de", "es", "ja")
BUILT_CATALOGUE = i18n.catalogue  # what a command in another process reads (the fixture may stand in for it here)


def _json_catalogue(lang: str) -> dict:
    found = {}
    for name in ("langxlsx.json", "values.json"):
        for ctx, table in json.loads((MESSAGES / name).read_text(encoding="utf-8")).items():
            for source, by_lang in table.items():
                if lang in by_lang:
                    found[(ctx, source)] = (by_lang[lang],)
    return found


@pytest.fixture(autouse=True)
def catalogue(monkeypatch):
    """The built catalogue when `make translations` has run (it holds these messages), else the same messages
    from their JSON sources, so these tests read the same words before and after the catalogues are rebuilt."""
    if ("Workbook", TITLE) not in i18n.catalogue("fr"):
        monkeypatch.setattr(i18n, "catalogue", _json_catalogue)
    xlsx_words._back.cache_clear()
    yield
    xlsx_words._back.cache_clear()


@pytest.fixture
def room(small_log: Log) -> Log:
    log, ids = small_log, small_log.ids
    ann = log.members.add("Ann Lee", "AL").record
    bob = log.members.add("Bob Roe", "BR").record
    log.clauses.assign(ids["clause"], ann.id)
    ids["position"] = log.positions.set(ids["clause"], "US", ids["r2"], "reserves", note="US note").record.id
    root = log.comments.add("clause", ids["clause"], "Check the 60 days with legal", author=ann.id).record
    ids["commitment"] = log.commitments.add("US", "Table a draft annex", track_id=ids["track"]).record.id
    ids.update(ann=ann.id, bob=bob.id, root=root.id)
    return log


def _row(ws, record_id: str) -> int:
    id_col = next(c.column for c in ws[1] if i18n.translate("Workbook", "Record id", _lang_of(ws)) == c.value)
    return next(r[0].row for r in ws.iter_rows(min_row=2) if r[id_col - 1].value == record_id)


def _lang_of(ws) -> str:
    return ws.parent.custom_doc_props["MineralsDesk language"].value


def _cell(ws, record_id: str, header: str):
    return ws.cell(_row(ws, record_id), column(ws, header))


def _put(cell, value) -> None:
    cell.value = value
    cell.data_type = "s"


def test_the_workbooks_words_keep_excels_rules_in_every_language():
    for lang in LANGS:
        words = Words(lang)
        names = [words(s) for s in xlsx_words.SHEETS]
        assert all(0 < len(n) <= xlsx_words.SHEET_LIMIT and not set(n) & xlsx_words.SHEET_FORBIDDEN for n in names)
        assert len({n.lower() for n in names}) == len(names), lang  # Excel compares sheet names without case
        shown = [words(h) for h in xlsx_words.HEADERS]
        assert len(set(shown)) == len(shown), lang  # each header reads back to one column
        assert words(TITLE) != TITLE and "{party}" in words(xlsx_words.STANCE)
        for choices in (STATUSES, STANCES, STATES, ("yes", "no"), ("internal", "shareable")):
            values = [words.value(v) for v in choices]
            assert len({v.lower() for v in values}) == len(values) and not any("," in v for v in values), lang
            assert len(",".join(values)) <= 255  # Excel's limit for a dropdown list
    assert len({Words(lang)(TITLE) for lang in i18n.LANGUAGES}) == len(i18n.LANGUAGES)


def test_an_english_workbook_keeps_the_tag_it_had_before_languages():
    secret, layout, rows = b"k" * 32, [("Clauses", ["Ref", "Check"], ["status"])], {"Clauses": 3}
    old = xlsx_tag._mac(secret, [xlsx_tag.FORMAT, "workbook", "internal", [["Clauses", ["Ref", "Check"], ["status"]]],
                                 sorted(rows.items())])
    assert xlsx_tag.workbook_tag(secret, "internal", layout, rows) == old
    assert xlsx_tag.workbook_tag(secret, "internal", layout, rows, "fr") != old


@pytest.mark.parametrize("lang", LANGS)
def test_a_colleagues_edits_come_back_from_every_language(room: Log, tmp_path, lang):
    ids, words = room.ids, Words(lang)
    out = export_xlsx(room, tmp_path / f"summary-{lang}.xlsx", lang=lang, today=date(2026, 12, 15))
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[0] == words("Summary") and words("Clauses") in wb.sheetnames
    summary = wb[words("Summary")]
    assert summary["A1"].value == words(TITLE) and summary["A2"].value == words("Log")
    assert isinstance(summary["B4"].value, datetime)  # the date of issue stays a date cell
    assert i18n.format_date(date(2026, 12, 15), lang) in wb.properties.title
    clauses, positions = wb[words("Clauses")], wb[words("Positions")]
    commitments, comments = wb[words("Commitments")], wb[words(COMMENTS)]
    status = _cell(clauses, ids["clause"], words("Status"))
    stances = {_cell(clauses, ids["clause"], words.header(f"Stance {p}")).value for p in ("EU", "US")} - {None}
    assert stances and stances <= {words.value(s) for s in STANCES}  # each party's stance in the language too
    assert status.value == words.value("drafted") != "drafted"
    dropdown = next(dv for dv in clauses.data_validations.dataValidation if status.coordinate in dv.sqref)
    assert words.value("under negotiation") in dropdown.formula1 and "under negotiation" not in dropdown.formula1
    assert words("Round date") in [c.value for c in positions[1]]
    _put(status, words.value("under negotiation"))  # the colleague picks from the translated dropdown
    _put(_cell(clauses, ids["clause"], words("Owner")), "BR")
    _put(_cell(commitments, ids["commitment"], words("State")), "at risk")  # the English value is fine too
    _put(_cell(positions, ids["position"], words("Stance")), words.value("opposes").upper())  # any case
    _put(_cell(positions, ids["position"], words("Note")), "=SUM(1) est du texte")
    _put(_cell(comments, ids["root"], words("Text")), "Legal agrees: 60 days")
    _put(_cell(comments, ids["root"], words("Resolved")), words.value("yes"))
    wb.save(out)
    report = import_xlsx(room, out)
    assert report.ok and report.applied, report.describe()
    assert room.clauses.get(ids["clause"]).status == "under negotiation"
    assert room.clauses.get(ids["clause"]).owner == ids["bob"]
    assert room.commitments.get(ids["commitment"]).state == "at risk"
    position = next(p for p in room.dump()["positions"] if p["id"] == ids["position"])
    assert (position["stance"], position["note"]) == ("opposes", "=SUM(1) est du texte")
    comment = room.comments.get(ids["root"])
    assert comment.text == "Legal agrees: 60 days" and comment.resolved


@pytest.mark.parametrize("lang", LANGS)
def test_a_value_not_of_the_workbooks_language_is_refused_naming_the_cell(room: Log, tmp_path, lang):
    words = Words(lang)
    out = export_xlsx(room, tmp_path / "summary.xlsx", lang=lang)
    wb = openpyxl.load_workbook(out)
    clauses = wb[words("Clauses")]
    cell = _cell(clauses, room.ids["clause"], words("Status"))
    other = Words("de" if lang != "de" else "fr").value("under negotiation")  # another language's word
    _put(cell, other)
    wb.save(out)
    before = room.dump()
    with pytest.raises(ImportRefused) as info:
        import_xlsx(room, out)
    assert f"{words('Clauses')}, row {cell.row}, column {cell.column_letter} ({words('Status')})" in str(info.value)
    assert "\n" not in str(info.value) and room.dump() == before
    shown = info.value.localized(lang)  # the app and the command line show the refusal in the user's language
    assert shown != str(info.value) and shown.startswith(words("Clauses"))
    assert ", row " not in shown and ", column " not in shown  # the cell is named in that language too


def test_a_french_workbook_dressed_as_english_is_refused(room: Log, tmp_path):
    """Renaming the sheets, headers and title back to English cannot make the tag accept another language."""
    fr = Words("fr")
    out = export_xlsx(room, tmp_path / "summary.xlsx", audience="shareable", lang="fr")
    wb = openpyxl.load_workbook(out)
    for ws in wb.worksheets:
        english = fr.sheet_back(ws.title)
        for cell in ws[1]:
            if isinstance(cell.value, str):
                cell.value = fr.header_back(cell.value)
        ws.title = english
    summary = wb["Summary"]
    summary["A1"] = TITLE
    for row in summary.iter_rows(min_row=2, max_row=11, max_col=2):
        from mineralsdesk.documents.workbook.xlsx_summary import AUDIENCE_TEXT, LABELS
        row[0].value = fr.label_back(row[0].value, LABELS)
        if row[0].value == "Rows":
            row[1].value = "; ".join(f"{fr.sheet_back(part.rsplit(' ', 1)[0])} {part.rsplit(' ', 1)[1]}"
                                     for part in row[1].value.split("; "))
        for text in AUDIENCE_TEXT.values():
            if row[1].value == fr(text):
                row[1].value = text
    wb.save(out)
    before = room.dump()
    with pytest.raises(ImportRefused) as info:
        import_xlsx(room, out)
    assert "Import tag" in str(info.value) and room.dump() == before


def test_a_shareable_french_workbook_cannot_gain_an_internal_column(room: Log, tmp_path):
    fr = Words("fr")
    out = export_xlsx(room, tmp_path / "summary.xlsx", audience="shareable", lang="fr")
    wb = openpyxl.load_workbook(out)
    positions = wb[fr("Positions")]
    assert fr("Red line") not in [c.value for c in positions[1]]
    positions.insert_cols(8)
    positions.cell(1, 8).value = fr("Red line")
    wb.save(out)
    with pytest.raises(ImportRefused) as info:
        import_xlsx(room, out)
    assert "nothing was applied" in str(info.value)


def test_the_command_line_writes_the_language_asked_for(demo_path, tmp_path):
    out = tmp_path / "summary.xlsx"
    done = subprocess.run([sys.executable, "-m", "mineralsdesk", "--db", str(demo_path), "export", "xlsx", str(out),
                           "--lang", "fr"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    wb = openpyxl.load_workbook(out, read_only=True)
    assert wb.sheetnames[0] == BUILT_CATALOGUE("fr").get(("Workbook", "Summary"), ("Summary",))[0]
    assert wb.custom_doc_props["MineralsDesk language"].value == "fr"


def test_a_shareable_spanish_workbook_comes_back_with_its_translated_stance(room: Log, tmp_path):
    es = Words("es")
    out = export_xlsx(room, tmp_path / "summary.xlsx", audience="shareable", lang="es")
    wb = openpyxl.load_workbook(out)
    positions = wb[es("Positions")]
    cell = _cell(positions, room.ids["position"], es("Stance"))
    assert cell.value == es.value("reserves")
    _put(cell, es.value("supports"))
    wb.save(out)
    report = import_xlsx(room, out)
    assert report.ok and [(c.old, c.new) for c in report.changes] == [("reserves", "supports")]
    assert next(p for p in room.dump()["positions"] if p["id"] == room.ids["position"])["stance"] == "supports"


# -- the round room's refusals name the sheet and column as the workbook shows them ---------------------------------

def _comments_row(ws, words: Words, **cells) -> int:
    """A colleague types a new comment in the first empty row of the Comments sheet (headers in `words`' language)."""
    row = ws.max_row + 1
    for header, value in cells.items():
        _put(ws.cell(row, column(ws, words.header(header))), value)
    return row


ROOM_REFUSALS = {
    # what the colleague does -> (the sheet and header the refusal names, the words of the workbook it quotes)
    "reply resolved": ("Comments", "Resolved", ("Resolved",)),
    "text emptied": ("Comments", "Text", ()),
    "author changed": ("Comments", "Author", ("Text", "Resolved")),
    "reply with a target": ("Comments", "On", ("On", "Target")),
    "no target": ("Comments", "Target", ("On", "Target", "Thread")),
    "resolved maybe": ("Comments", "Resolved", ("yes", "no")),
    "audience odd": ("Comments", "Audience", ("internal", "shareable")),
    "kind odd": ("Comments", "On", ("clause", "commitment")),
    "owner unknown": ("Clauses", "Owner", ()),
    "status jump": ("Clauses", "Status", ()),
}


def _forge(wb, words: Words, ids: dict, what: str) -> int:
    """One bad edit of the round room's cells (or a main sheet's status), made as a colleague would in Excel."""
    comments, clauses = wb[words(COMMENTS)], wb[words("Clauses")]
    if what == "reply resolved":
        cell = _cell(comments, ids["reply"], words.header("Resolved"))
        _put(cell, words.value("yes"))
        return cell.row
    if what == "text emptied":
        cell = _cell(comments, ids["root"], words.header("Text"))
        cell.value = None
        return cell.row
    if what == "author changed":
        cell = _cell(comments, ids["root"], words.header("Author"))
        _put(cell, "BR")
        return cell.row
    if what == "reply with a target":
        return _comments_row(comments, words, Thread="#1", On=words.value("clause"), Text="Agreed")
    if what == "no target":
        return _comments_row(comments, words, On=words.value("clause"), Text="Agreed")
    if what == "resolved maybe":
        return _comments_row(comments, words, Thread="#1", Text="Agreed", Resolved="maybe")
    if what == "audience odd":
        return _comments_row(comments, words, Thread="#1", Text="Agreed", Audience="secret")
    if what == "kind odd":
        return _comments_row(comments, words, On="memo", Target="MOU Art. 1", Text="Agreed")
    if what == "owner unknown":
        cell = _cell(clauses, ids["clause"], words.header("Owner"))
        _put(cell, "ZZ")
        return cell.row
    cell = _cell(clauses, ids["clause"], words.header("Status"))
    _put(cell, words.value("agreed"))  # drafted -> agreed: a jump the rules refuse when the edits are planned
    return cell.row


@pytest.mark.parametrize("lang", ("fr", "de", "en"))
@pytest.mark.parametrize("what", ROOM_REFUSALS)
def test_the_round_rooms_refusals_name_the_sheet_and_column_of_the_workbooks_language(room: Log, tmp_path, lang,
                                                                                     what):
    ids, words = room.ids, Words(lang)
    ids["reply"] = room.comments.reply(ids["root"], "Legal says fine", author=ids["bob"]).record.id
    out = export_xlsx(room, tmp_path / f"summary-{lang}.xlsx", lang=lang)
    wb = openpyxl.load_workbook(out)
    row = _forge(wb, words, ids, what)
    wb.save(out)
    sheet, header, quoted = ROOM_REFUSALS[what]
    before = room.dump()
    with pytest.raises(ImportRefused) as info:
        import_xlsx(room, out)
    assert room.dump() == before
    message = str(info.value)
    ws = wb[words(sheet)]
    letter = openpyxl.utils.get_column_letter(column(ws, words.header(header)))
    assert f"{words(sheet)}, row {row}, column {letter} ({words.header(header)})" in message, message
    if lang == "en":  # an English workbook's refusals read as they always did
        assert all(word in message for word in quoted), message
        assert info.value.localized("en") == message
        return
    assert lang != "fr" or (words(sheet), words.header(header)) != (sheet, header)  # the test tells them apart
    shown = info.value.localized(lang)  # the app in the workbook's language: every word as the workbook has it
    assert shown.startswith(words(sheet)) and words.header(header) in shown, shown
    for word in quoted:
        mine = words.value(word) if word in xlsx_words.OWN_VALUES else words.header(word)
        assert mine in message and mine in shown, (word, message)
    other = info.value.localized("es")  # the app in another language still names the workbook's own words
    assert other.startswith(words(sheet)) and words.header(header) in other, other


def test_an_english_workbooks_comment_refusals_are_unchanged(room: Log, tmp_path):
    ids = room.ids
    ids["reply"] = room.comments.reply(ids["root"], "Legal says fine", author=ids["bob"]).record.id
    out = export_xlsx(room, tmp_path / "summary.xlsx")
    wb = openpyxl.load_workbook(out)
    row = _forge(wb, Words(), ids, "author changed")
    wb.save(out)
    with pytest.raises(ImportRefused) as info:
        import_xlsx(room, out)
    assert str(info.value) == (f"Comments, row {row}, column D (Author): this column of an existing comment cannot be "
                               "changed (only Text and Resolved can); change it in the app, or add a new comment in a "
                               "new row; nothing was applied")
