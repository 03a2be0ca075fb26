"""The command line speaks the user's language (issue 22): its messages and errors follow `--lang` given before the
command, else the environment (LC_ALL, LC_MESSAGES, LANG); LANG=C keeps today's English exactly.

Most tests read catalogues built from resources/translations/messages/*.json into a temporary folder, so they pass
whether or not the shipped .ts files were regenerated; the last one reads the shipped catalogues (`make
translations`)."""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from mineralsdesk import cli, errors, i18n
from mineralsdesk.documents.calendar.ics import CalendarResult

ROOT = Path(__file__).resolve().parents[1]
MESSAGES = ROOT / "resources" / "translations" / "messages" / "langerr2.json"
sys.path.insert(0, str(ROOT / "resources" / "translations"))
import fill_translations  # noqa: E402 - the script that fills the catalogues from the JSON files

OTHERS = ("fr", "de", "es", "ja")
MARKED_IN = ["mineralsdesk/cli.py", "mineralsdesk/documents/dump/jsondump.py", "mineralsdesk/documents/dump/jsonsafe.py",
             "mineralsdesk/documents/dump/sealed.py", "mineralsdesk/documents/calendar/ics.py",
             "mineralsdesk/documents/calendar/events.py", "mineralsdesk/documents/protect.py",
             "mineralsdesk/documents/package_safety.py"]


def _ts(lang: str, known: dict) -> str:
    body = []
    for (context, source), by_lang in known.items():
        text = by_lang.get(lang)
        if text is None:
            continue
        if isinstance(text, list):
            forms = "".join(f"<numerusform>{escape(f)}</numerusform>" for f in text)
            message = f'<message numerus="yes"><source>{escape(source)}</source><translation>{forms}</translation>'
        else:
            message = f"<message><source>{escape(source)}</source><translation>{escape(text)}</translation>"
        body.append(f"<context><name>{escape(context)}</name>{message}</message></context>")
    return f'<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="{lang}">{"".join(body)}</TS>'


def install_catalogues(tmp_path, monkeypatch) -> dict:
    """Catalogues built from resources/translations/messages/*.json in tmp_path/translations, read by i18n in
    place of the shipped ones (so a test passes whether or not the .ts files were regenerated); the known
    translations returned."""
    folder = tmp_path / "translations"
    folder.mkdir()
    known = fill_translations.load()
    for lang in OTHERS:
        (folder / f"mineralsdesk_{lang}.ts").write_text(_ts(lang, known), encoding="utf-8")
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", folder)
    i18n.catalogue.cache_clear()
    return known


@pytest.fixture
def catalogues(tmp_path, monkeypatch):
    yield install_catalogues(tmp_path, monkeypatch)
    i18n.catalogue.cache_clear()


def _env(monkeypatch, lang: str) -> None:
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = cli.main(list(argv))
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def test_french_environment_french_lines_and_errors(catalogues, monkeypatch, capsys, tmp_path):
    _env(monkeypatch, "fr_FR.UTF-8")
    db = tmp_path / "talks.mdesk"
    assert _run(capsys, "--db", str(db), "init") == (0, f"{db} créé\n", "")
    code, out, err = _run(capsys, "--db", str(db), "export", "json", str(tmp_path / "d.json"))
    assert code == 0 and out == f"{tmp_path / 'd.json'} écrit\n"
    assert err.startswith("mineralsdesk: avertissement : ") and "export INTERNE" in err
    # a UserError raised with a marked template: the program name stays, the rest is French
    code, out, err = _run(capsys, "--db", str(db), "import", "json", str(tmp_path / "missing.json"))
    assert (code, out) == (1, "") and err == f"mineralsdesk: erreur : Aucun fichier à {tmp_path / 'missing.json'}\n"
    code, _, err = _run(capsys, "--db", str(tmp_path / "none.mdesk"), "check")
    assert code == 1 and err.startswith(f"mineralsdesk: erreur : aucun journal à {tmp_path / 'none.mdesk'}")
    # the usage errors the command raises itself; argparse's own words stay English (no Python translation)
    code, _, err = _run(capsys, "--db", str(db), "init", "--our-party", "XX")
    assert code == 2 and "partie inconnue 'XX'" in err and err.rstrip().endswith("(voir mineralsdesk --help)")
    code, _, err = _run(capsys, "--db", str(db), "check", "--bogus")
    assert code == 2 and err == "mineralsdesk: arguments non reconnus : --bogus (voir mineralsdesk --help)\n"


def test_lang_before_the_command_overrides_the_environment(catalogues, monkeypatch, capsys, tmp_path):
    _env(monkeypatch, "fr_FR.UTF-8")
    db = tmp_path / "talks.mdesk"
    assert _run(capsys, "--lang", "ja", "--db", str(db), "init") == (0, f"{db} を作成しました\n", "")
    code, _, err = _run(capsys, "--db", str(db), "--lang=es", "import", "json", str(tmp_path / "x.json"))
    assert code == 1 and err == f"mineralsdesk: error: No hay ningún archivo en {tmp_path / 'x.json'}\n"
    code, _, err = _run(capsys, "--lang", "en", "--db", str(db), "import", "json", str(tmp_path / "x.json"))
    assert err == f"mineralsdesk: error: No file at {tmp_path / 'x.json'}\n"
    code, _, err = _run(capsys, "--lang", "xx", "check")
    assert code == 2 and "invalid choice: 'xx'" in err


def test_a_documents_lang_after_the_command_is_not_the_messages_language(catalogues, monkeypatch, capsys, tmp_path):
    _env(monkeypatch, "C.UTF-8")
    db = tmp_path / "talks.mdesk"
    _run(capsys, "--db", str(db), "init", "--demo")
    code, out, err = _run(capsys, "--db", str(db), "export", "ics", str(tmp_path / "c.ics"), "--lang", "fr")
    assert code == 0 and out.startswith(f"Wrote {tmp_path / 'c.ics'}: ") and "commitment due" in out
    code, out, _ = _run(capsys, "--lang", "de", "--db", str(db), "export", "ics", str(tmp_path / "c.ics"))
    assert code == 0 and out.startswith(f"{tmp_path / 'c.ics'} geschrieben: ") and "Verhandlungsrunden" in out


def test_lang_c_stays_english_exactly(catalogues, monkeypatch, capsys, tmp_path):
    _env(monkeypatch, "C")
    db = tmp_path / "talks.mdesk"
    assert _run(capsys, "--db", str(db), "init") == (0, f"Created {db}\n", "")
    code, _, err = _run(capsys, "--db", str(db), "import", "json", str(tmp_path / "missing.json"))
    assert err == f"mineralsdesk: error: No file at {tmp_path / 'missing.json'}\n"
    code, _, err = _run(capsys, "--db", str(db), "init", "--our-party", "XX")
    assert code == 2 and err == ("mineralsdesk: argument --our-party: unknown party 'XX'; choose one of US, EU, JP, MX "
                                 "(see mineralsdesk --help)\n")


def test_the_language_before_the_command_is_found_without_argparse():
    find = cli._language_before_command
    assert find(["--lang", "fr", "check"]) == "fr"
    assert find(["--db", "x.mdesk", "--lang=ja", "check"]) == "ja"
    assert find(["--db", "--lang", "check"]) is None  # --lang is the value of --db here
    assert find(["export", "pdf", "b.pdf", "--lang", "fr"]) is None  # the document's language, after the command
    assert find([]) is None


def test_the_calendar_summary_counts_in_each_language(catalogues):
    result = CalendarResult(Path("c.ics"), {"commitment": 1, "round": 3, "target": 0}, "left out 2 tracks with no "
                            "target date", {"track with no target date": 2})
    assert result.describe() == "1 commitment due, 3 rounds, 0 target dates"
    assert result.describe("fr") == "1 échéance d'engagement, 3 cycles de négociation, 0 date cible"
    assert result.describe("ja") == "コミットメント期限 1 件, 交渉会合 3 件, 目標日 0 件"
    assert result.left_out_line() == "left out 2 tracks with no target date"
    assert result.left_out_line("de") == "ausgelassen: 2 Verhandlungsstränge ohne Zieldatum"


def test_every_message_is_marked_in_the_code_and_translated():
    marked: set[tuple[str, str]] = set()
    for name in MARKED_IN:
        for node in ast.walk(ast.parse((ROOT / name).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
                marked.add((node.args[0].value, node.args[1].value))
            elif isinstance(node, ast.ClassDef):  # plurals: self.tr(text, "", n) in a class named as the context
                marked |= {(node.name, call.args[0].value) for call in ast.walk(node) if isinstance(call, ast.Call)
                           and getattr(call.func, "attr", "") == "tr" and isinstance(call.args[0], ast.Constant)}
    catalogue = json.loads(MESSAGES.read_text(encoding="utf-8"))
    assert sum(len(m) for m in catalogue.values()) > 120
    for context, messages in catalogue.items():
        for source, by_lang in messages.items():
            assert (context, source) in marked, (context, source)
            assert set(by_lang) == set(OTHERS), source
            for text in by_lang.values():
                for form in text if isinstance(text, list) else [text]:
                    assert form.strip() and i18n.placeholders(form) == i18n.placeholders(source), (source, form)
    # every message the command line marks is translated here or in another session's file
    known = fill_translations.load()
    assert {m for m in marked if m[0] == "Command line"} <= set(known)


def test_an_error_from_a_dump_reads_in_the_users_language(catalogues):
    from mineralsdesk.documents.dump.jsondump import read_dump

    with pytest.raises(errors.DumpError) as caught:
        read_dump("/nonexistent/dump.json")
    assert str(caught.value) == "No file at /nonexistent/dump.json"
    assert caught.value.localized("de") == "Keine Datei unter /nonexistent/dump.json"


def test_the_shipped_catalogues_speak_french_on_the_command_line(monkeypatch, capsys, tmp_path):
    """Reads mineralsdesk/assets/translations (regenerated by `make translations`)."""
    i18n.catalogue.cache_clear()
    _env(monkeypatch, "fr_FR.UTF-8")
    db = tmp_path / "talks.mdesk"
    assert _run(capsys, "--db", str(db), "init") == (0, f"{db} créé\n", "")
    code, _, err = _run(capsys, "--db", str(db), "import", "json", str(tmp_path / "missing.json"))
    assert err == f"mineralsdesk: erreur : Aucun fichier à {tmp_path / 'missing.json'}\n"
    code, out, _ = _run(capsys, "--db", str(db), "export", "ics", str(tmp_path / "c.ics"))
    assert code == 0 and out == f"{tmp_path / 'c.ics'} écrit : 0 échéance d'engagement, 0 cycle de négociation, 0 date cible\n"
    assert cli.main(["--db", str(tmp_path / "demo.mdesk"), "init", "--demo"]) == 0
    capsys.readouterr()
    code, out, _ = _run(capsys, "--db", str(tmp_path / "demo.mdesk"), "export", "ics", str(tmp_path / "d.ics"))
    assert code == 0 and "cycles de négociation" in out  # the plural form, from the catalogue's numerus forms
