"""The Word negotiating text in each language the app speaks: its own words translated, the log's text never, and
`import docx` reading back what any language's export wrote."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from word_support import docx_of, mou_track
from word_xml import articles, document, parts, view, w

from mineralsdesk import i18n
from mineralsdesk.cli import main
from mineralsdesk.documents.draft import preview as dp
from mineralsdesk.documents.word.content import version_at
from mineralsdesk.documents.word.docx_in import read_docx
from mineralsdesk.documents.word.docx_out import export_docx
from mineralsdesk.errors import ExportError, ImportRefused

NOW = datetime(2026, 3, 5, 12, 0, tzinfo=UTC)
LANGS = ["en", "fr", "de", "es", "ja"]
MESSAGES = Path(__file__).parents[2] / "resources" / "translations" / "messages" / "langdocx.json"


@pytest.fixture
def translated(monkeypatch):
    """The shipped catalogues with this module's messages added, so the tests read the same before and after the
    catalogues are regenerated from resources/translations/messages/."""
    real, table, cache = i18n.catalogue, json.loads(MESSAGES.read_text(encoding="utf-8")), {}

    def catalogue(lang: str) -> dict[tuple[str, str], tuple[str, ...]]:
        if lang not in cache:
            merged = dict(real(lang))
            for context, messages in table.items():
                for source, forms in messages.items():
                    if lang in forms:
                        merged.setdefault((context, source), (forms[lang],))
            cache[lang] = merged
        return cache[lang]

    monkeypatch.setattr(i18n, "catalogue", catalogue)


def _expected(log, track_ref: str, a=None, b=None) -> list[tuple]:
    """(ref, title, earlier text, later text, party of the later) of each clause the export shows."""
    track = log.tracks.by_ref(track_ref)
    rounds_by_id = {r.id: r for r in log.rounds.list()}
    out = []
    for clause in log.clauses.list(track.id):
        versions = log.clauses.versions(clause.id)
        new = version_at(versions, rounds_by_id, b) if b else versions[-1]
        old = version_at(versions, rounds_by_id, a) if a else new
        if new is not None:
            out.append((clause.ref, clause.title, old.text if old else "", new.text, new.party))
    return out


def _norm(text: str) -> str:
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("audience", ["internal", "shareable"])
def test_the_current_text_in_any_language_reads_back_as_the_logs_clauses(translated, demo_log, tmp_path, lang,
                                                                        audience):
    out = export_docx(demo_log, tmp_path / f"mou_{lang}.docx", track="MOU", audience=audience, lang=lang, now=NOW)
    draft = read_docx(out)
    expected = _expected(demo_log, "MOU")
    assert [(a.ref, a.title) for a in draft.articles] == [(ref, title) for ref, title, *_ in expected]
    assert [_norm(a.text) for a in draft.articles] == [_norm(later) for *_x, later, _p in expected]
    assert all(a.by_author == {} for a in draft.articles) and draft.authors == frozenset()
    preview = dp.build_preview(demo_log, draft, "MOU")
    assert {p.method for p in preview.articles} == {"ref"} and preview.absent == []
    assert len(preview.of_kind("unchanged")) == len(expected)


@pytest.mark.parametrize("lang", LANGS)
def test_a_comparison_in_any_language_reads_back_as_both_rounds_and_who_changed_what(translated, demo_log, tmp_path,
                                                                                     lang):
    mou = demo_log.tracks.by_ref("MOU")
    rounds = {r.number: r for r in demo_log.rounds.list(mou.id)}
    out = export_docx(demo_log, tmp_path / f"cmp_{lang}.docx", track="MOU", compare=(2, 4), lang=lang, now=NOW)
    draft = read_docx(out)
    expected = _expected(demo_log, "MOU", rounds[2], rounds[4])
    assert [a.ref for a in draft.articles] == [ref for ref, *_ in expected]
    assert draft.authors == {"US", "EU"}
    for article, (_ref, _title, earlier, later, party) in zip(draft.articles, expected, strict=True):
        assert _norm(article.text) == _norm(earlier)  # every change rejected: the earlier round's text
        assert _norm(article.by_author.get(party, article.text)) == _norm(later)  # its party's changes accepted
    preview = dp.build_preview(demo_log, draft, "MOU")
    assert {p.method for p in preview.articles} == {"ref"}


def test_the_french_text_speaks_french_around_the_logs_own_english(translated, demo_log, tmp_path):
    track = demo_log.tracks.by_ref("ROADMAP")
    clause = demo_log.clauses.list(track.id)[1]
    rnd = demo_log.rounds.list(track.id)[-1]
    demo_log.positions.set(clause.id, "EU", rnd.id, "opposes", red_line="RL-MARK no floor", fallback="FB-MARK")
    rounds = demo_log.rounds.list(track.id)
    every = parts(export_docx(demo_log, tmp_path / "fr.docx", track="ROADMAP", compare=(rounds[0].number, rnd.number),
                              lang="fr", now=NOW))
    body, comments = every["word/document.xml"], every["word/comments.xml"]
    day = i18n.format_date(rnd.date, "fr", "long")
    assert f"ROADMAP, cycle {rnd.number} ({day})" in body and "Modifications de ROADMAP, cycle" in body
    assert "Parties :" in body and "[crochets]" in body and "N’envoyez pas ce fichier" in body
    assert "Proposé par" in comments and "soutenu par" in comments and "INTERNE — Ligne rouge" in comments
    assert "RL-MARK no floor" in comments and "Position de repli" in comments
    assert "DIFFUSION RESTREINTE — INTERNE" in every["word/header1.xml"]
    assert "Page " in every["word/footer1.xml"] and " sur " in every["word/footer1.xml"]
    assert "texte de négociation" in every["docProps/core.xml"] and 'xml:lang' not in every["docProps/core.xml"]
    english = ["Negotiating text", "Changes from", "Parties:", "square brackets", "Proposed by", "supported by",
               "Red line", "Fallback", "LIMITED", "Written by", "none recorded"]  # none of them in the log's text
    assert [e for e in english if e in "\n".join(every.values())] == []
    assert " of " not in every["word/footer1.xml"]
    for art, clause in zip(articles(document(tmp_path / "fr.docx")), demo_log.clauses.list(track.id), strict=False):
        assert art.heading == f"{clause.ref} — {clause.title}"  # the log's words, never translated
        assert view(art.body, "accept")[0] == demo_log.clauses.current_version(clause.id).text


def test_a_marking_given_is_printed_as_written_in_any_language(translated, demo_log, tmp_path):
    every = parts(export_docx(demo_log, tmp_path / "m.docx", track="MOU", marking="EYES ONLY", lang="de", now=NOW))
    assert "EYES ONLY" in every["word/header1.xml"] and "Seite" in every["word/footer1.xml"]
    none = parts(export_docx(demo_log, tmp_path / "s.docx", track="MOU", audience="shareable", lang="de", now=NOW))
    assert "word/header1.xml" not in none or "INTERN" not in none["word/header1.xml"]


def test_the_japanese_text_declares_an_east_asian_font_and_its_language(translated, demo_log, tmp_path):
    out = export_docx(demo_log, tmp_path / "ja.docx", track="MOU", compare=(2, 4), lang="ja", now=NOW)
    every = parts(out)
    from lxml import etree

    styles = etree.fromstring(every["word/styles.xml"].encode())
    default = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
    assert default.find(w("rFonts")).get(w("eastAsia")) and default.find(w("lang")).get(w("eastAsia")) == "ja-JP"
    normal = next(s for s in styles.iter(w("style")) if s.get(w("styleId")) == "Normal")
    assert normal.find(f"{w('rPr')}/{w('rFonts')}").get(w("eastAsia")) == "MS Mincho"
    assert "第4回交渉会合（2026年3月4日）" in every["word/document.xml"]
    assert "内部限り" in every["word/header1.xml"] and "ページ" in every["word/footer1.xml"]
    footer = etree.fromstring(every["word/footer1.xml"].encode())
    fields = [t.text.strip() for t in footer.iter(w("instrText"))]
    assert fields == ["PAGE", "NUMPAGES"]
    assert every["docProps/core.xml"].count("<dc:language>ja-JP</dc:language>") == 1
    fr = parts(export_docx(demo_log, tmp_path / "fr.docx", track="MOU", lang="fr", now=NOW))
    assert 'w:val="fr-FR"' in fr["word/styles.xml"] and "MS Mincho" in fr["word/styles.xml"]


def test_export_docx_lang_on_the_command_line(translated, demo_path, tmp_path, capsys):
    out = tmp_path / "mou.docx"
    assert main(["--db", str(demo_path), "export", "docx", str(out), "--track", "MOU", "--lang", "es"]) == 0
    body = parts(out)["word/document.xml"]
    assert "Texto de negociación" in body and "ronda 4 (4 de marzo de 2026)" in body
    assert len(read_docx(out).articles) == 11


def test_import_reads_articles_as_each_language_writes_them(log, tmp_path):
    mou_track(log)
    path = docx_of(tmp_path, [("Entwurf des Vorsitzes", "Title"),
                              ("Artikel 1 — Joint projects", None), ("The Participants shall identify joint "
                                                                      "projects [within 60 days].", None),
                              ("Artículo 2: Price support", None), ("The Participants should consider a price floor "
                                                                   "for rare earths.", None),
                              ("第3条（Stockpiling）", None), ("The Participants shall exchange information on "
                                                              "stockpiles.", None),
                              ("第四条\u3000Final provisions", None), ("This Memorandum takes effect on signature.",
                                                                     None)])
    draft = read_docx(path)
    assert [(a.ref, a.title) for a in draft.articles] == [("Artikel 1", "Joint projects"), ("Artículo 2", "Price support"),
                                                          ("第3条", "Stockpiling"), ("第四条", "Final provisions")]
    preview = dp.build_preview(log, draft, "MOU")
    assert [(p.method, p.clause_ref) for p in preview.articles] == [("ref", f"Art. {n}") for n in range(1, 5)]
    assert [p.kind for p in preview.articles] == ["unchanged", "changed", "unchanged", "unchanged"]


@pytest.mark.parametrize(("ref", "number"), [("第3条", "3"), ("第十二条", "12"), ("第二十一条", "21"), ("第３条", "3"),
                                             ("Artikel 7", "7"), ("ARTÍCULO 2", "2"), ("Art. 4.1", "4.1")])
def test_refs_in_every_language_normalise_to_their_number(ref, number):
    assert dp.normal_ref(ref) == number


def test_refusals_read_in_the_users_language(translated, demo_log, tmp_path):
    bogus = tmp_path / "notes.docx"
    bogus.write_text("plain text")
    with pytest.raises(ImportRefused) as refused:
        read_docx(bogus)
    assert str(refused.value) == "notes.docx is not a Word document (.docx)"
    assert refused.value.localized("fr") == "notes.docx n’est pas un document Word (.docx)"
    with pytest.raises(ExportError) as bad:
        export_docx(demo_log, tmp_path / "x.docx", track="MOU", compare=(1, 9))
    assert "no round 9" in str(bad.value) and "n’a pas de cycle 9" in bad.value.localized("fr")
    assert "交渉会合" in bad.value.localized("ja")
