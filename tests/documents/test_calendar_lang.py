"""The calendar in another language (issue 22): its own words translated, the log's content never; no Qt.

The catalogues used here are built from resources/translations/messages/*.json into a temporary folder, so the
tests read the translations of this change whether or not the shipped .ts files were regenerated yet.
"""

from __future__ import annotations

import re
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

import icalendar
import pytest

from mineralsdesk import cli, i18n
from mineralsdesk.documents.calendar import events
from mineralsdesk.documents.calendar.ics import export_ics
from mineralsdesk.services.log import Log

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "resources" / "translations"))
import fill_translations  # noqa: E402 - the script that fills the catalogues from the JSON files

NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
OTHERS = ("fr", "de", "es", "ja")


def _ts(lang: str, known: dict) -> str:
    """A catalogue as lupdate + fill_translations would leave it, for the messages of the JSON files."""
    contexts: dict[str, list[str]] = {}
    for (context, source), by_lang in known.items():
        text = by_lang.get(lang)
        if text is None:
            continue
        if isinstance(text, list):
            body = "".join(f"<numerusform>{escape(f)}</numerusform>" for f in text)
            contexts.setdefault(context, []).append(
                f'<message numerus="yes"><source>{escape(source)}</source><translation>{body}</translation></message>')
        else:
            contexts.setdefault(context, []).append(
                f"<message><source>{escape(source)}</source><translation>{escape(text)}</translation></message>")
    return ('<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="' + lang + '">'
            + "".join(f"<context><name>{escape(c)}</name>{''.join(m)}</context>" for c, m in contexts.items())
            + "</TS>")


@pytest.fixture
def catalogues(tmp_path, monkeypatch):
    known = fill_translations.load()
    folder = tmp_path / "translations"
    folder.mkdir()
    for lang in OTHERS:
        (folder / f"mineralsdesk_{lang}.ts").write_text(_ts(lang, known), encoding="utf-8")
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", folder)
    i18n.catalogue.cache_clear()
    yield known
    i18n.catalogue.cache_clear()


@pytest.fixture
def small(tmp_path):
    path = tmp_path / "cal.mdesk"
    with Log.create(path, log_name="Test log", delegation="EU delegation", user_name="Tester") as log:
        track = log.tracks.add("MOU", "Open market memorandum", target_date=date(2026, 6, 1)).record
        log.rounds.add(track.id, date(2026, 3, 2), video=True)
        log.commitments.add("US", "Open the stockpile data", track_id=track.id, due_date=date(2026, 5, 1))
    return path


def _summaries(path: Path) -> dict[str, str]:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["CATEGORIES"].cats[0]): str(e["SUMMARY"]) for e in cal.walk("VEVENT")}


def test_every_calendar_word_is_marked_for_lupdate_and_translated(catalogues):
    source = Path(events.__file__).read_text(encoding="utf-8")
    marked = re.findall(r'QT_TRANSLATE_NOOP\("Calendar", "([^"]+)"\)', source)
    assert len(marked) >= 25 and set(events.VALUES) <= set(marked)
    # lupdate ignores translate(ctx, "literal", lang): a word must be marked with QT_TRANSLATE_NOOP instead.
    assert re.findall(r'translate\("Calendar", "', source) == []
    for word in marked:
        by_lang = catalogues.get(("Calendar", word), {})
        assert set(by_lang) == set(OTHERS), word
        assert all(i18n.placeholders(f) == i18n.placeholders(word)
                   for t in by_lang.values() for f in (t if isinstance(t, list) else [t])), word


def test_the_french_calendar_speaks_french_and_keeps_the_log_as_written(catalogues, small, tmp_path):
    with Log.open(small) as log:
        export_ics(log, tmp_path / "fr.ics", now=NOW, reminder=3, lang="fr")
    summaries = _summaries(tmp_path / "fr.ics")
    assert summaries == {"target": "[MOU] Date cible : Open market memorandum",
                         "round": "[MOU] Cycle 1 — Visioconférence",
                         "commitment": "[MOU] Échéance (US) : Open the stockpile data"}
    cal = icalendar.Calendar.from_ical((tmp_path / "fr.ics").read_bytes())
    assert str(cal["X-WR-CALNAME"]).startswith("Test log — échéances")
    due = next(e for e in cal.walk("VEVENT") if e["CATEGORIES"].cats[0] == "commitment")
    description = str(due["DESCRIPTION"])
    assert "Engagement : Open the stockpile data" in description and "État : ouvert" in description
    assert "Responsable : " in description and "Owner" not in description
    assert [str(a["DESCRIPTION"]) for a in due.walk("VALARM")] == [summaries["commitment"]]  # the reminder too


def test_japanese_and_english_and_no_language_given(catalogues, small, tmp_path):
    with Log.open(small) as log:
        export_ics(log, tmp_path / "ja.ics", now=NOW, lang="ja")
        export_ics(log, tmp_path / "none.ics", now=NOW)
        export_ics(log, tmp_path / "en.ics", now=NOW, lang="en")
    assert _summaries(tmp_path / "ja.ics")["round"] == "[MOU] 第1回交渉会合 — ビデオ会議"
    assert (tmp_path / "none.ics").read_bytes() == (tmp_path / "en.ics").read_bytes()
    assert _summaries(tmp_path / "en.ics") == {"target": "[MOU] Target date: Open market memorandum",
                                              "round": "[MOU] Round 1 — Video call",
                                              "commitment": "[MOU] Due (US): Open the stockpile data"}


def test_the_command_line_takes_lang_or_the_environments_language(catalogues, small, tmp_path, monkeypatch, capsys):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert cli.main(["--db", str(small), "export", "ics", str(tmp_path / "de.ics")]) == 0
    assert _summaries(tmp_path / "de.ics")["round"] == "[MOU] Runde 1 — Videokonferenz"
    assert cli.main(["--db", str(small), "export", "ics", str(tmp_path / "es.ics"), "--lang", "es"]) == 0
    assert _summaries(tmp_path / "es.ics")["commitment"] == "[MOU] Vence (US): Open the stockpile data"
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert cli.main(["--db", str(small), "export", "ics", str(tmp_path / "c.ics")]) == 0
    assert _summaries(tmp_path / "c.ics")["round"] == "[MOU] Round 1 — Video call"
    assert "Wrote" in capsys.readouterr().out  # the command line's own report stays in English


def test_an_unknown_language_is_refused_in_one_line(small, tmp_path, capsys):
    with pytest.raises(SystemExit) as refused:
        cli.main(["--db", str(small), "export", "ics", str(tmp_path / "x.ics"), "--lang", "pt"])
    assert refused.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--lang" in err and "'pt'" in err
    assert not (tmp_path / "x.ics").exists()
