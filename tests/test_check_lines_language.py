"""`check`'s inner lines and the Excel import's conflict and change lines follow `--lang` (issue 22): a change log
edited outside the app, a record edited outside the app, a workbook row changed in both places. English stays as it
was, byte for byte.

Catalogues come from resources/translations/messages/*.json (the `catalogues` fixture of test_cli_lang_results.py),
so these pass whether or not the shipped .ts files were regenerated."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from mineralsdesk import i18n
from mineralsdesk.documents.workbook.xlsx import export_xlsx
from mineralsdesk.documents.workbook.xlsx_import import PlannedChange
from mineralsdesk.documents.workbook.xlsx_room import cell_where, stale_conflict
from mineralsdesk.errors import ImportRefused
from mineralsdesk.services.log import Log
from mineralsdesk.store import changelog, replay

ROOT = Path(__file__).resolve().parent
for folder in ("services", "documents"):
    if str(ROOT / folder) not in sys.path:
        sys.path.insert(0, str(ROOT / folder))
from test_chain import _positions_path, _sql  # noqa: E402 - the tampering helpers of tests/services/test_chain.py
from test_cli_lang_results import _run, catalogues  # noqa: E402, F401 - the fixture is used by name
from xlsx_support import load, set_cell  # noqa: E402

pytestmark = pytest.mark.usefixtures("catalogues")  # every test reads the catalogues built from the JSON files


def _check(capsys, path: Path, *lang: str) -> str:
    code, out, err = _run(capsys, *lang, "--db", str(path), "check", "--verbose")
    assert code == 1, (out, err)
    return out


def test_an_edited_change_log_entry_is_told_in_the_language(small_log: Log, capsys):
    path, _pos, _version = _positions_path(small_log)
    _sql(path, ("DROP TRIGGER changes_no_update", []), ("UPDATE changes SET who = 'forger' WHERE seq = 3", []))
    english = _check(capsys, path)
    assert ("PROBLEM: change log: change 3: its content does not match its hash (the entry was edited)"
            in english.splitlines()), english
    french = _check(capsys, path, "--lang", "fr")
    line = "PROBLÈME : historique : modification 3 : son contenu ne correspond pas à son empreinte (l'entrée a été modifiée)"
    assert line in french.splitlines(), french
    assert not any(word in french for word in ("change log", "content does not match", "its hash", "was edited")), french
    japanese = _check(capsys, path, "--lang", "ja")
    assert "問題: 変更履歴: 変更 3: 内容がハッシュと一致しません（項目が編集されています）" in japanese.splitlines(), japanese
    assert _check(capsys, path) == english  # English as before, after another language


def test_a_missing_head_mac_and_a_missing_key_are_told_in_the_language(small_log: Log, capsys):
    from mineralsdesk import paths

    path = small_log.path
    small_log.close()
    _sql(path, ("DELETE FROM meta WHERE key = ?", [changelog.MAC_KEY]))
    french = _check(capsys, path, "--lang", "fr")
    assert "historique : le MAC de la tête de la chaîne manque (supprimé hors de l'application)" in french, french
    assert "outside the app" not in french, french
    for key in paths.keys_dir().glob("*.key"):
        key.unlink()
    french = _check(capsys, path, "--lang", "fr")
    assert "historique : clé manquante : cet ordinateur n'a pas de clé pour ce journal (id " in french, french
    assert "key missing" not in french and "this computer" not in french, french
    english = _check(capsys, path)
    assert "PROBLEM: change log: key missing: this computer has no key for this log (id " in english


def test_a_record_edited_outside_the_app_is_told_in_the_language(small_log: Log, capsys):
    path, pos, _version = _positions_path(small_log)
    _sql(path, ("UPDATE positions SET red_line = 'Accept any price floor' WHERE id = ?", [pos]))
    english = _check(capsys, path)
    assert (f"PROBLEM: record: positions {pos}, field red_line: is 'Accept any price floor' but the change log says "
            "'No price floor' (edited outside the app)") in english.splitlines(), english
    french = _check(capsys, path, "--lang", "fr")
    assert (f"PROBLÈME : enregistrement : positions {pos}, champ red_line : vaut 'Accept any price floor' mais "
            "l'historique indique 'No price floor' (modifié hors de l'application)") in french.splitlines(), french
    assert not any(word in french for word in ("field", "the change log says", "edited outside")), french
    german = _check(capsys, path, "--lang", "de")
    assert f"Eintrag: positions {pos}, Feld red_line: ist 'Accept any price floor', aber laut" in german, german


def test_records_added_or_removed_outside_the_app_are_told_in_the_language(small_log: Log, capsys):
    path, pos, _version = _positions_path(small_log)
    _sql(path, ("DELETE FROM positions WHERE id = ?", [pos]),
         ("INSERT INTO anchors (id, name, date) VALUES ('forged', 'Forged event', '2026-01-01')", []),
         ("INSERT INTO meta (key, value) VALUES ('forged_setting', 'on')", []))
    french = _check(capsys, path, "--lang", "fr")
    assert ("enregistrement : anchors forged : l'enregistrement n'est pas dans l'historique (ajouté hors de "
            "l'application)") in french, french
    assert (f"enregistrement : positions {pos} : l'historique indique que l'enregistrement existe, mais il a disparu "
            "(supprimé hors de l'application)") in french, french
    assert "meta forged_setting, champ value : vaut 'on' mais l'historique indique vide (null)" in french, french
    assert not any(word in french for word in ("the record", "outside the app", "empty (null)")), french
    english = _check(capsys, path)
    assert "PROBLEM: record: anchors forged: the record is not in the change log (added outside the app)" in english
    assert "meta forged_setting, field value: is 'on' but the change log says empty (null) (edited" in english


def test_the_lines_are_str_in_english_and_messages_underneath(small_log: Log):
    path, pos, _version = _positions_path(small_log)
    _sql(path, ("UPDATE positions SET red_line = 'x' WHERE id = ?", [pos]))
    with Log.open(path, readonly=True) as log:
        (line,) = replay.problems(log.db)
    assert isinstance(line, i18n.Message) and line.startswith(f"positions {pos}, field red_line: is 'x'")
    assert line.localized("es").startswith(f"positions {pos}, campo red_line: es 'x' pero el historial de cambios")


@pytest.mark.parametrize(("lang", "said", "english"), [
    ("fr", ["1 conflit(s), non appliqué(s)", "ligne ", "modifié dans le journal depuis l'export (désormais 'proposed')",
            "le classeur indique 'agreed'"],
     ["changed in the log", "the workbook says", "now ", ", row "]),
    ("ja", ["競合 1 件", "行目", "エクスポート後にログで変更されています（現在は 'proposed'）", "ブックでは 'agreed' です"],
     ["changed in the log", "the workbook says", ", row "]),
])
def test_a_workbook_conflict_is_told_in_the_language(small_log: Log, tmp_path, capsys, lang, said,
                                                     english):
    clause = small_log.ids["clause"]
    book = export_xlsx(small_log, tmp_path / "summary.xlsx")
    small_log.clauses.set_status(clause, "proposed")  # the log moves on after the export
    set_cell(book, "Clauses", clause, "Status", "agreed")
    path = small_log.path
    small_log.close()
    args = ["--db", str(path), "import", "xlsx", str(book), "--dry-run"]
    code, out, err = _run(capsys, "--lang", lang, *args)
    assert code == 1, (out, err)
    assert all(word in out for word in said), out
    assert not any(word in out for word in english), out
    assert "MOU Art. 1" in out  # the record's label as it is
    code, english_out, _ = _run(capsys, *args)
    assert code == 1
    assert (english_out.splitlines()[-1].startswith("  Clauses, row ")
            and english_out.splitlines()[-1].endswith(" (MOU Art. 1), status: changed in the log since the export "
                                                       "(now 'proposed'); the workbook says 'agreed'")), english_out


def test_import_lines_as_messages():
    change = PlannedChange("MOU Art. 1", "positions", "p1", "red_line", "", "A study")
    assert change.describe() == "MOU Art. 1, red line: (empty) -> 'A study'"
    assert change.describe().localized("fr") == "MOU Art. 1, red line : (vide) -> 'A study'"
    line = stale_conflict("Comments, row 4", "Comment Keep it", "resolved")
    assert line == "Comments, row 4 (Comment Keep it), resolved: changed in the log since the export"
    assert line.localized("de") == "Comments, row 4 (Comment Keep it), resolved: seit dem Export in der Akte geändert"


def _status(log: Log, book: Path) -> None:
    set_cell(book, "Clauses", log.ids["clause"], "Status", "maybe")


def _header(log: Log, book: Path) -> None:
    wb = load(book)
    wb["Clauses"]["C1"].value = "Etat"
    wb.save(book)


def _owner(log: Log, book: Path) -> None:
    set_cell(book, "Clauses", log.ids["clause"], "Owner", "ZZ")


@pytest.mark.parametrize(("edit", "english", "french", "japanese"), [
    (_status, "Clauses, row 2, column F (Status): 'maybe' is not a status; use one of ",
     "Clauses, ligne 2, colonne F (Status) : « maybe »", "Clauses、2 行目、F 列（Status）："),
    (_header, "Clauses, row 1, column C: expected the column 'Title', found 'Etat' ",
     "Clauses, ligne 1, colonne C : colonne « Title » attendue", "Clauses、1 行目、C 列："),
    (_owner, "Clauses, row 2, column G (Owner): 'ZZ' is not on the delegation roster; ",
     "Clauses, ligne 2, colonne G (Owner) : ", "Clauses、2 行目、G 列（Owner）："),
])
def test_a_refused_workbook_names_the_cell_in_the_language(small_log: Log, tmp_path, capsys, edit, english, french,
                                                           japanese):
    small_log.members.add("Ann Lee", "AL")  # an internal workbook with a roster: the Owner column
    book = export_xlsx(small_log, tmp_path / "summary.xlsx")
    edit(small_log, book)
    path = small_log.path
    small_log.close()
    args = ["--db", str(path), "import", "xlsx", str(book), "--dry-run"]
    code, out, err = _run(capsys, *args)
    assert code == 1 and out == "", (out, err)
    assert err.startswith(f"mineralsdesk: error: {english}"), err  # English as before, byte for byte
    code, out, err = _run(capsys, "--lang", "fr", *args)
    assert code == 1 and err.startswith(f"mineralsdesk: erreur : {french}"), err
    assert ", row " not in err and "column" not in err, err
    code, out, err = _run(capsys, "--lang", "ja", *args)
    assert code == 1 and err.startswith(f"mineralsdesk: エラー: {japanese}"), err
    assert "row" not in err and "column" not in err, err


def test_a_cell_is_named_by_one_message_in_every_language():
    forms = [cell_where("Clauses", 7), cell_where("Clauses", 7, "C"), cell_where("Clauses", 7, "C", "Status")]
    assert forms == ["Clauses, row 7", "Clauses, row 7, column C", "Clauses, row 7, column C (Status)"]
    told = {lang: [f.localized(lang) for f in forms] for lang in ("fr", "de", "es", "ja")}
    assert told == {
        "fr": ["Clauses, ligne 7", "Clauses, ligne 7, colonne C", "Clauses, ligne 7, colonne C (Status)"],
        "de": ["Clauses, Zeile 7", "Clauses, Zeile 7, Spalte C", "Clauses, Zeile 7, Spalte C (Status)"],
        "es": ["Clauses, fila 7", "Clauses, fila 7, columna C", "Clauses, fila 7, columna C (Status)"],
        "ja": ["Clauses、7 行目", "Clauses、7 行目、C 列", "Clauses、7 行目、C 列（Status）"],
    }
    refused = ImportRefused("{cell}: the cell holds a formula; type the value itself; nothing was applied",
                            cell=forms[2])
    assert str(refused) == ("Clauses, row 7, column C (Status): the cell holds a formula; type the value itself; "
                            "nothing was applied")
    assert refused.localized("es").startswith("Clauses, fila 7, columna C (Status)")
