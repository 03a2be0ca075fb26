"""The catalogues: present, fresh, shipped, with the source's placeholders; no Qt needed (issue 22, phase 1)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from mineralsdesk import i18n

ROOT = Path(__file__).resolve().parents[1]
SOURCES = i18n.TRANSLATIONS_DIR  # the one copy of each catalogue, shipped with the app
LANGS = sorted(p.stem.split("_")[1] for p in SOURCES.glob("mineralsdesk_*.ts"))
OTHERS = [lang for lang in LANGS if lang != "en"]


def messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(SOURCES / f"mineralsdesk_{lang}.ts").getroot()
    return [(c.findtext("name"), m.findtext("source"), m) for c in root.iter("context") for m in c.iter("message")]


def translations(message: ET.Element) -> list[str]:
    t = message.find("translation")
    return [f.text or "" for f in t.iter("numerusform")] or [t.text or ""]


def empty(lang: str) -> bool:
    return not any(any(translations(m)) for _c, _s, m in messages(lang))


def test_every_language_has_a_catalogue_shipped_beside_its_compiled_one():
    assert set(LANGS) == set(i18n.LANGUAGES)
    for lang in LANGS:
        shipped = i18n.catalogue_path(lang)
        assert shipped.is_file() and shipped.with_suffix(".qm").is_file(), f"{lang}: run make translations"


@pytest.mark.parametrize("lang", OTHERS)
def test_placeholders_match_the_source(lang):
    wrong = [(ctx, source, text) for ctx, source, m in messages(lang) for text in translations(m)
             if text and i18n.placeholders(text) != i18n.placeholders(source)]
    assert wrong == []


@pytest.mark.parametrize("lang", OTHERS)
def test_every_message_is_translated(lang):
    if empty(lang):
        pytest.skip("issue 22 phase 1: the catalogue is as lupdate made it; phase 2 translates it")
    unfinished = [(ctx, source) for ctx, source, m in messages(lang)
                  if m.find("translation").get("type") == "unfinished" or not all(translations(m))]
    assert unfinished == []


def test_the_languages_hold_the_same_messages():
    keys = {lang: {(c, s) for c, s, _m in messages(lang)} for lang in OTHERS}
    assert all(k == keys[OTHERS[0]] for k in keys.values())


def test_english_plural_forms_are_filled():
    for _ctx, source, m in messages("en"):
        assert m.get("numerus") == "yes" and all(translations(m)) and "(s)" not in translations(m)[0], source


def test_translate_reads_a_finished_message_and_falls_back_to_the_source(tmp_path, monkeypatch):
    (tmp_path / "mineralsdesk_fr.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="fr"><context><name>Doc</name>'
        '<message><source>Deadline</source><translation>Échéance</translation></message>'
        '<message><source>Open</source><translation type="unfinished"></translation></message>'
        '<message numerus="yes"><source>%n day(s)</source><translation><numerusform>%n jour</numerusform>'
        '<numerusform>%n jours</numerusform></translation></message></context></TS>', encoding="utf-8")
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)
    i18n.catalogue.cache_clear()
    try:
        assert i18n.translate("Doc", "Deadline", "fr_FR.UTF-8") == "Échéance"
        assert i18n.translate("Doc", "Open", "fr") == "Open"  # unfinished: the source
        assert i18n.translate("Doc", "Deadline", "en") == "Deadline"
        assert i18n.translate("Doc", "%n day(s)", "fr", n=1) == "1 jour"
        assert i18n.translate("Doc", "%n day(s)", "fr", n=3) == "3 jours"
    finally:
        i18n.catalogue.cache_clear()


def test_the_marker_is_a_no_op_and_languages_normalise():
    assert i18n.QT_TRANSLATE_NOOP("Doc", "Text") == "Text"
    assert i18n.normalise("de_DE") == "de" and i18n.normalise("pt_BR") == "en" and i18n.normalise(None) == "en"
    assert i18n.placeholders("{name} has %n day(s), %1") == sorted(["{name}", "%n", "%1"])


@pytest.mark.parametrize(("lang", "long", "weekday", "short"), [
    ("en", "15 December 2026", "Tuesday 15 December 2026", "15 Dec"),
    ("fr", "15 décembre 2026", "mardi 15 décembre 2026", "15 déc."),
    ("de", "15. Dezember 2026", "Dienstag, 15. Dezember 2026", "15. Dez."),
    ("es", "15 de diciembre de 2026", "martes, 15 de diciembre de 2026", "15 dic"),
    ("ja", "2026年12月15日", "2026年12月15日（火）", "12月15日"),
])
def test_documents_write_dates_as_each_language_does(lang, long, weekday, short):
    from datetime import date

    day = date(2026, 12, 15)
    assert i18n.format_date(day, lang) == long
    assert i18n.format_date(day, lang, "weekday") == weekday
    assert i18n.format_date(day, lang, "short") == short
    assert i18n.format_date(day, lang, "iso") == "2026-12-15"
    assert i18n.format_date(date(2027, 1, 4), "xx") == "4 January 2027"  # a language the app lacks: English


def _marked_messages() -> set[tuple[str, str]]:
    """Every (context, text) the source marks with QT_TRANSLATE_NOOP or translate(context, text), both literal."""
    import ast

    found = set()
    for path in (ROOT / "mineralsdesk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and len(node.args) >= 2):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            context, text = node.args[:2]
            if (name in ("QT_TRANSLATE_NOOP", "translate") and isinstance(context, ast.Constant)
                    and isinstance(text, ast.Constant) and isinstance(text.value, str)):
                found.add((context.value, text.value))
    return found


def test_every_message_the_source_marks_is_in_the_catalogues():
    """A message marked in the code but not extracted (make translations not run) shows in English in every
    language, and the tests above, reading only the catalogues, never see it."""
    marked = _marked_messages()
    assert len(marked) > 500
    for lang in OTHERS:
        held = {(c, s) for c, s, _m in messages(lang)}
        missing = sorted(marked - held)
        assert missing == [], f"{lang}: run make translations for {missing[:5]}"
