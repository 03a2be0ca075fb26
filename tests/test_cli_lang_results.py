"""The command line's results speak the language chosen (issue 22): a Word import's preview, `check`'s problems, a
sync import's summary and conflicts, an AKN export's line and a log's warnings follow `--lang`; English stays as it
was. Also the helpers behind them: i18n.translate_n (counted phrases) and i18n.Message (lines told again in another
language).

Catalogues are built from resources/translations/messages/*.json into a temporary folder, as in test_cli_lang.py,
so these pass whether or not the shipped .ts files were regenerated."""

from __future__ import annotations

import copy
import os
import pickle
import sys
from pathlib import Path

import pytest

from mineralsdesk import errors, i18n
from mineralsdesk.services.log import Log

ROOT = Path(__file__).resolve().parents[1]
for folder in ("resources/translations", "tests/documents", "tests/sync"):
    if str(ROOT / folder) not in sys.path:
        sys.path.insert(0, str(ROOT / folder))
from synckit import PASSPHRASE, small_log  # noqa: E402
from test_cli_lang import OTHERS, _run, _ts, install_catalogues  # noqa: E402 - one way to build the test catalogues
from word_support import TWO_AUTHORS, mou_track  # noqa: E402


@pytest.fixture
def catalogues(tmp_path, monkeypatch):
    """The catalogues built from the JSON files (test_cli_lang's), and no locale from the environment."""
    install_catalogues(tmp_path, monkeypatch)
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C")
    yield tmp_path / "translations"
    i18n.catalogue.cache_clear()


def _mou(tmp_path: Path) -> Path:
    path = tmp_path / "mou.mdesk"
    with Log.create(path) as log:
        mou_track(log)
    return path


@pytest.mark.parametrize(("lang", "said", "english"), [
    ("fr", ["essai à blanc : rien n'a été écrit", "(par référence, 1.00)", "Pas encore de partie pour : EU Delegation",
            "modifié(s)", "modifications suivies de :"],
     ["dry run", "by ref", "No party yet", "changed", "tracked changes by"]),
    ("ja", ["試行のみ: 何も書き込まれていません", "（番号で照合, 1.00）", "当事者が未設定: EU Delegation", "変更あり",
            "変更履歴の作成者:"],
     ["dry run", "by ref", "No party yet", "changed", "tracked changes by"]),
])
def test_word_import_dry_run_in_the_language(catalogues, tmp_path, capsys, lang, said, english):
    db = _mou(tmp_path)
    args = ["--db", str(db), "import", "docx", str(TWO_AUTHORS), "--track", "MOU", "--round", "2", "--dry-run"]
    code, out, err = _run(capsys, "--lang", lang, *args)
    assert code == 0, err
    assert all(word in out for word in said), out
    assert not any(word in out for word in english), out
    assert "Article 1 Joint projects" in out  # the file's text as it is
    code, english_out, _ = _run(capsys, *args)  # LANG=C: the English of before, byte for byte in its lines
    assert "Article 1 Joint projects -> Art. 1 (by ref, 1.00)" in english_out
    assert "article(s): " in english_out and "(dry run: nothing was written)" in english_out


@pytest.mark.parametrize(("lang", "problem", "warning"), [
    ("fr", "PROBLÈME : historique : ", "peut être lu par d'autres utilisateurs de cet ordinateur"),
    ("ja", "問題: 変更履歴: ", "はこのコンピューターの他のユーザーが読み取れます"),
])
def test_check_problems_and_log_warnings_in_the_language(catalogues, tmp_path, capsys, lang, problem, warning):
    from mineralsdesk import paths

    db = tmp_path / "log.mdesk"
    assert _run(capsys, "--db", str(db), "init")[0] == 0
    for key in paths.keys_dir().glob("*.key"):
        key.unlink()  # check finds the change log's key missing
    os.chmod(db, 0o644)  # and opening warns that others can read the log
    code, out, err = _run(capsys, "--lang", lang, "--db", str(db), "check", "--verbose")
    assert code == 1
    assert problem in out and "PROBLEM" not in out and "change log:" not in out, out
    assert warning in err and "can be read by other users" not in err, err
    code, out, err = _run(capsys, "--db", str(db), "check", "--verbose")
    assert "PROBLEM: change log: key missing" in out and "can be read by other users of this computer" in err


@pytest.mark.parametrize(("lang", "said", "english"), [
    ("fr", ["fichier 1 de Anna : 1 nouvelle entrée ; à appliquer 0, déjà présentes 0, conflits 1",
            "conflit : clauses ", ": modifié sur les deux ordinateurs"],
     ["would apply", "new entr", "changed on both laptops"]),
    ("ja", ["Anna からのファイル 1: 新しい項目 1 件。反映予定 0", "競合: clauses ", ": 両方のノートPCで変更されました"],
     ["would apply", "new entr", "changed on both laptops"]),
])
def test_sync_import_summary_and_conflicts_in_the_language(catalogues, tmp_path, capsys, monkeypatch, lang, said,
                                                           english):
    monkeypatch.setenv("MINERALSDESK_SYNC_PASSPHRASE", PASSPHRASE)
    anna, ben = tmp_path / "anna.mdesk", tmp_path / "ben.mdesk"
    with small_log(anna) as log:
        clause_id = log.clauses.list()[0].id
    assert _run(capsys, "--db", str(anna), "clone", str(ben), "--name", "Ben")[0] == 0
    for path, title in ((anna, "Anna's title"), (ben, "Ben's title")):
        with Log.open(path) as log:
            log.clauses.update(clause_id, title=title)
    assert _run(capsys, "--db", str(anna), "sync", "export", str(tmp_path / "a.mdsync"), "--for", "Ben")[0] == 0
    args = ["--db", str(ben), "sync", "import", str(tmp_path / "a.mdsync"), "--dry-run"]
    code, out, err = _run(capsys, "--lang", lang, *args)
    assert code == 0, err
    assert all(word in out for word in said), out
    assert not any(word in out for word in english), out
    code, out, _ = _run(capsys, *args)
    assert "1 new entry; would apply 0" in out and "changed on both laptops" in out


@pytest.mark.parametrize(("lang", "said"), [
    ("fr", ": 4 articles, 2 crochets, cycle 2 (2026-03-04)"),
    ("ja", ": 4 条、角括弧 2 件、第2回交渉会合（2026-03-04）"),
    (None, ": 4 articles, 2 brackets, round 2 (2026-03-04)"),
])
def test_akn_export_line_in_the_language(catalogues, tmp_path, capsys, lang, said):
    db = _mou(tmp_path)
    out_file = tmp_path / "mou.akn"
    code, out, err = _run(capsys, *(["--lang", lang] if lang else []), "--db", str(db), "export", "akn",
                          str(out_file), "--track", "MOU", "--round", "2")
    assert code == 0, err
    assert out.strip().endswith(said), out


def test_xlsx_import_report_in_the_language(catalogues):
    from mineralsdesk.documents.workbook.xlsx_import import ImportReport

    report = ImportReport("talks.xlsx", missing={"Clauses": 1, "Rounds": 3})
    assert report.describe() == ("talks.xlsx: no changes to import\n1 row of the export is missing from Clauses: not "
                                 "deleted from the log (delete records in the app)\n3 rows of the export are missing "
                                 "from Rounds: not deleted from the log (delete records in the app)")
    french = report.describe("fr")
    assert french.startswith("talks.xlsx : aucune modification à importer\n1 ligne de l'export manque dans Clauses")
    assert "3 lignes de l'export manquent dans Rounds" in french


# The helpers.

def _pairs(tmp_path, monkeypatch, messages: dict[str, dict[str, str]]) -> None:
    """Catalogues holding only `messages` (source -> {lang: text}), in context "T"."""
    known = {("T", source): by_lang for source, by_lang in messages.items()}
    for lang in OTHERS:
        (tmp_path / f"mineralsdesk_{lang}.ts").write_text(_ts(lang, known), encoding="utf-8")
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)
    i18n.catalogue.cache_clear()


def test_translate_n_chooses_by_the_languages_rule(tmp_path, monkeypatch):
    _pairs(tmp_path, monkeypatch, {"{n} change": {"fr": "{n} modification", "ja": "変更 {n} 件"},
                                   "{n} changes": {"fr": "{n} modifications"},
                                   "1 day": {"fr": "1 jour"}, "{n} days": {"fr": "{n} jours", "ja": "{n} 日"}})
    try:
        n = i18n.translate_n
        assert [n("T", "{n} change", "{n} changes", k, "fr") for k in (0, 1, 2)] == [
            "0 modification", "1 modification", "2 modifications"]  # French: 0 and 1 singular
        assert [n("T", "{n} change", "{n} changes", k, "ja") for k in (0, 1, 5)] == ["変更 0 件", "変更 1 件", "変更 5 件"]
        assert [n("T", "{n} change", "{n} changes", k) for k in (0, 1, 2)] == ["0 changes", "1 change", "2 changes"]
        # German has no translation: English, with English's choice of form
        assert [n("T", "{n} change", "{n} changes", k, "de") for k in (0, 1, 2)] == ["0 changes", "1 change",
                                                                                      "2 changes"]
        # a `one` without the count ("1 day") only says 1; its translation cannot say 5
        assert n("T", "1 day", "{n} days", 5, "ja") == "5 日" and n("T", "1 day", "{n} days", 0, "fr") == "0 jours"
        assert n("T", "1 day", "{n} days", 1, "fr") == "1 jour"
        # the missing Japanese "{n} changes" does not matter: Japanese always takes the first form
        assert n("T", "%n change", "%n changes", 3, "es") == "3 changes"
        assert n("T", "{n} change", "{n} changes", 2, "fr", who="x") == "2 modifications"
    finally:
        i18n.catalogue.cache_clear()


def test_message_is_its_english_and_tells_itself_again_nested(tmp_path, monkeypatch):
    _pairs(tmp_path, monkeypatch, {"outer: {inner}": {"fr": "extérieur : {inner}"},
                                   "inner {n}": {"fr": "intérieur {n}"}, "{score:.2f} points": {"fr": "{score:.2f} pts"}})
    try:
        inner = i18n.Message("T", "inner {n}", n=3)
        outer = i18n.Message("T", "outer: {inner}", inner=inner)
        assert outer == "outer: inner 3" and isinstance(outer, str) and "inner 3" in outer
        assert outer.localized("fr") == "extérieur : intérieur 3" and outer.localized("de") == "outer: inner 3"
        assert i18n.localized(outer, "fr") == "extérieur : intérieur 3" and i18n.localized("plain", "fr") == "plain"
        assert i18n.Message("T", "{score:.2f} points", score=0.5).localized("fr") == "0.50 pts"  # values keep types
        for again in (pickle.loads(pickle.dumps(outer)), copy.deepcopy(outer), copy.copy(outer)):
            assert type(again) is i18n.Message and again == outer and again.localized("fr") == outer.localized("fr")
        # an error whose value is a Message tells both in the language
        error = errors.DumpError("{where} is not an object", where=i18n.Message("T", "inner {n}", n=1))
        assert str(error) == "{where} is not an object".format(where="inner 1")
        assert "intérieur 1" in error.localized("fr")
    finally:
        i18n.catalogue.cache_clear()
