"""The briefing PDF in another language (issue 22): its own words translated, the log's content never; the
Japanese one printed in the bundled Japanese font; the shareable one leaks nothing in any language.

The catalogues used here are built from resources/translations/messages/*.json into a temporary folder (as
test_calendar_lang.py does), so the tests read this change's translations whether or not the shipped .ts files
were regenerated yet; one test reads the shipped catalogue itself.
"""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

import pypdf
import pytest

from mineralsdesk import cli, i18n
from mineralsdesk.documents.briefing import words
from mineralsdesk.documents.briefing.briefing import build_briefing
from mineralsdesk.documents.briefing.pdf import export_pdf
from mineralsdesk.errors import ExportError
from mineralsdesk.services.log import Log

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "resources" / "translations"))
import fill_translations  # noqa: E402 - the script that fills the catalogues from the JSON files

TODAY = date(2026, 11, 26)
OTHERS = ("fr", "de", "es", "ja")
PAIR = [("MOU:Art. 5", "USMX:Art. 1")]
# The briefing's own English words: none may be left in a briefing printed in another language.
ENGLISH = ("Negotiation briefing", "Contents", "Summary", "Commitments and deadlines", "Annex: round log",
           "Scorecard", "Clauses at a glance", "Next deadlines", "Overdue commitments", "Tracks covered",
           "Date of issue", "Prepared by", "Clauses by status", "Open brackets after each round", "Current text",
           "Changes since", "Follow-ups", "Page 1 of", "Issued ", "Topic comparison", "Brackets opened",
           "Moves towards ours", "Minutes (internal)", "Red line", "Internal note", "LIMITED — INTERNAL",
           "under negotiation", "accepts with amendments", "Supports", "Reserves", "Due (anchor)", "round log",
           "No change in wording", "End of briefing", "open bracket", "Comment threads")
FRENCH_HEADINGS = ("Note de négociation", "Sommaire", "Synthèse", "Engagements et échéances",
                   "Annexe : journal des cycles", "Tableau de bord", "Aperçu des clauses", "Volets couverts",
                   "DIFFUSION RESTREINTE — INTERNE", "Comparaison par thème", "Commentaires")
JAPANESE_HEADINGS = ("交渉ブリーフィング", "目次", "概要", "コミットメントと期限", "付録：会合記録", "スコアカード",
                     "条項一覧", "ステータス別の条項", "各会合後の未解決の角括弧", "取扱注意 — 内部限り")


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


def text_of(path: Path) -> str:
    reader = pypdf.PdfReader(path)
    return "\n".join(p.extract_text() for p in reader.pages)


def one_line(text: str) -> str:
    return " ".join(text.split())


def loose(phrase: str) -> str:
    """A pattern for `phrase` as text extraction may give it back: its spaces as any whitespace, a line break or
    an extraction's space possible between any two other letters ("Red line" does not match "Redline")."""
    return r"\s+".join(r"\s*".join(map(re.escape, word)) for word in phrase.split())


def fonts_of(path: Path) -> set[str]:
    """Every font the PDF's pages (and their charts' forms) use, as its BaseFont name without the subset tag."""
    reader = pypdf.PdfReader(path)
    names: set[str] = set()

    def walk(resources) -> None:
        resources = resources.get_object() if resources is not None else {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            assert "/FontFile2" in font.get("/FontDescriptor", {}).get_object() or "/DescendantFonts" in font, font
            names.add(str(font["/BaseFont"]).split("+")[-1])
        for xobject in (resources.get("/XObject") or {}).values():
            walk(xobject.get_object().get("/Resources"))

    for page in reader.pages:
        walk(page.get("/Resources"))
    return names


@pytest.fixture
def demo_log(demo_master: Path):
    with Log.open(demo_master, readonly=True) as log:
        yield log


def _export(log: Log, path: Path, lang: str | None, audience: str = "internal") -> Path:
    return export_pdf(log, path, audience=audience, today=TODAY, with_comments=True,
                      topics=["export-restriction exemptions"], lang=lang)


def test_the_french_briefing_speaks_french_and_prints_the_log_as_written(catalogues, demo_log, tmp_path):
    path = _export(demo_log, tmp_path / "fr.pdf", "fr")
    text = one_line(text_of(path))
    for heading in FRENCH_HEADINGS:
        assert heading in text, heading
    left = [w for w in ENGLISH if w in text]
    assert left == []
    assert "Page 1 sur " in text and "Émis le 2026-11-26" in text
    assert "en négociation" in text and "Soutient" in text  # the fixed lists' values
    assert "26 novembre 2026" in text  # the date of issue on the cover
    # The log's content is printed as written, in English.
    assert "US–EU Memorandum of Understanding on critical minerals" in text
    info = pypdf.PdfReader(path).metadata
    assert info.title.startswith("Note de négociation : ")
    assert "Note de négociation sur " in info.subject and "destinataires : interne" in info.subject


def test_the_japanese_briefing_prints_japanese_in_the_bundled_font(catalogues, demo_log, tmp_path):
    path = _export(demo_log, tmp_path / "ja.pdf", "ja")
    text = one_line(text_of(path))
    squashed = "".join(text.split())
    for heading in JAPANESE_HEADINGS:
        assert "".join(heading.split()) in squashed, heading
    left = [w for w in ENGLISH if w in text]
    assert left == []
    assert re.search(r"1 / \d+ ページ", text)  # the page furniture
    assert "2026年11月26日" in squashed
    fonts = fonts_of(path)
    assert "IPAexGothic" in fonts and "NotoSans-Regular" in fonts
    assert not any(f.startswith(("Helvetica", "Times", "HeiseiMin", "HeiseiKaku")) for f in fonts), fonts
    assert pypdf.PdfReader(path).metadata.title.startswith("交渉ブリーフィング：")


def test_page_furniture_and_chart_labels_pick_a_font_with_every_letter():
    from mineralsdesk.documents.briefing.pdf_text import JAPANESE, MAIN, font_for

    assert font_for("Page 3 sur 12 · échéance") == MAIN  # accents are in the main font
    assert font_for("3 / 12 ページ") == JAPANESE
    assert font_for("R4\n3月4日") == JAPANESE


@pytest.mark.parametrize("lang", ["en", *OTHERS])
def test_the_shareable_briefing_leaks_nothing_in_any_language(catalogues, topic_log, tmp_path, lang):
    shared = build_briefing(topic_log, audience="shareable", topics=["export"], compare=PAIR, today=TODAY, lang=lang)
    assert shared.lang == lang and shared.marking == ""
    export_pdf(topic_log, tmp_path / "s.pdf", audience="shareable", topics=["export"], compare=PAIR, today=TODAY,
               with_comments=True, lang=lang)
    export_pdf(topic_log, tmp_path / "i.pdf", audience="internal", topics=["export"], compare=PAIR, today=TODAY,
               lang=lang)
    shareable, internal = text_of(tmp_path / "s.pdf"), text_of(tmp_path / "i.pdf")
    squashed = "".join(shareable.split())
    assert not any(marker in squashed for marker in topic_log.secrets)
    assert all(marker in "".join(internal.split()) for marker in topic_log.secrets)  # the search can find them
    with words.speaking(lang):
        internal_words = [words.say(w) for w in ("INTERNAL", "Red line", "Fallback", "Internal note")]
    assert not any(re.search(loose(w), shareable) for w in internal_words), internal_words


def test_plurals_are_real_in_english_and_each_language(catalogues):
    one, many = "%n track", "%n tracks"
    assert [words.say_n(one, many, n) for n in (0, 1, 2)] == ["0 tracks", "1 track", "2 tracks"]
    with words.speaking("fr"):
        assert [words.say_n(one, many, n) for n in (0, 1, 2)] == ["0 volet", "1 volet", "2 volets"]
    with words.speaking("de"):
        assert words.say_n(one, many, 2) == "2 Verhandlungsstränge"
    with words.speaking("ja"):
        assert words.say_n(one, many, 2) == "交渉トラック2件"
    assert words.language() == "en"  # the block's language does not outlive it


def test_the_default_language_is_english_whatever_the_app_speaks(catalogues, small_log, tmp_path, monkeypatch):
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")  # the API's default is English; only the CLI reads the environment
    default = text_of(export_pdf(small_log, tmp_path / "default.pdf", today=TODAY))
    english = text_of(export_pdf(small_log, tmp_path / "en.pdf", today=TODAY, lang="en"))
    assert default == english
    assert "Commitments and deadlines" in default and "Engagements et échéances" not in default


def test_the_command_line_prints_the_language_asked_for(catalogues, demo_path, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert cli.main(["--db", str(demo_path), "export", "pdf", str(tmp_path / "fr.pdf"), "--lang", "fr"]) == 0
    french = one_line(text_of(tmp_path / "fr.pdf"))
    assert "Engagements et échéances" in french and "コミットメントと期限" not in french
    assert cli.main(["--db", str(demo_path), "export", "pdf", str(tmp_path / "ja.pdf")]) == 0  # the environment's
    assert "コミットメントと期限" in "".join(text_of(tmp_path / "ja.pdf").split())
    monkeypatch.setenv("LANG", "C")
    assert cli.main(["--db", str(demo_path), "export", "pdf", str(tmp_path / "c.pdf")]) == 0
    english = text_of(tmp_path / "c.pdf")
    with Log.open(demo_path, readonly=True) as log:
        assert english == text_of(export_pdf(log, tmp_path / "en.pdf", lang="en"))
    assert "Commitments and deadlines" in english


def test_export_errors_are_templates_told_in_the_user_s_language(catalogues, small_log, tmp_path):
    with pytest.raises(ExportError) as caught:
        export_pdf(small_log, tmp_path / "b.pdf", paper="a3", lang="fr")
    assert str(caught.value) == "Unknown paper size 'a3'; use a4 or letter"
    assert caught.value.localized("fr") == "Format de papier inconnu 'a3' ; utilisez a4 ou letter"
    with pytest.raises(ExportError) as caught:
        export_pdf(small_log, tmp_path / "missing" / "b.pdf")
    assert "does not exist" in str(caught.value) and "n’existe pas" in caught.value.localized("fr")


def test_the_shipped_catalogue_prints_the_french_briefing(small_log, tmp_path):
    i18n.catalogue.cache_clear()
    text = one_line(text_of(export_pdf(small_log, tmp_path / "fr.pdf", today=TODAY, lang="fr")))
    assert "Engagements et échéances" in text and "Commitments and deadlines" not in text
