"""`import docx` on drafts LibreOffice wrote itself (tests/documents/fixtures/README.md): typed numbered
paragraphs with two authors marking up the same paragraph (a deletion and an insertion each), and articles
numbered automatically by a list style ("Article %1" in numbering.xml). Authors map to parties; the accepted
text and each party's proposal stay apart, each a version of its own party."""

from __future__ import annotations

from datetime import date

from word_support import AUTHORS, FIXTURES, mou_track

from mineralsdesk.documents.word.docx_import import prepare_word
from mineralsdesk.documents.word.docx_in import read_docx

NUMBERED = FIXTURES / "numbered_two_authors_libreoffice.docx"
AUTONUMBERED = FIXTURES / "autonumbered_libreoffice.docx"


def test_numbered_paragraphs_two_authors_in_one_paragraph_read_apart():
    draft = read_docx(NUMBERED)
    assert draft.authors == {"EU Delegation", "US Delegation", "JP Delegation"}
    assert [(a.ref, a.title) for a in draft.articles] == [("1", "Joint projects"), ("2", "Price support"),
                                                          ("3", "Stockpiling")]
    first, second, third = draft.articles
    assert first.text == "The Participants shall identify joint projects [within 60 days]."
    assert first.by_author == {"EU Delegation": "The Participants shall identify joint projects [within 90 days].",
                               "US Delegation": "The Participants shall identify projects [within 60 days]."}
    assert second.text == "The Participants should consider a price floor for rare earths."
    assert second.by_author == {"US Delegation": "The Participants shall consider a price floor for rare earths.",
                                "JP Delegation": "The Participants should consider a price floor for critical "
                                                 "minerals."}
    assert third.by_author == {}


def test_numbered_import_gives_each_party_its_own_version(log):
    ids = mou_track(log)
    planned = prepare_word(log, NUMBERED, track="MOU", round_key="2", party="EU", authors=AUTHORS)
    assert [(p.clause_ref, p.method, p.kind) for p in planned.preview.articles] == [
        ("Art. 1", "ref", "unchanged"), ("Art. 2", "ref", "changed"), ("Art. 3", "ref", "unchanged")]
    assert [ref for _, ref, _ in planned.preview.absent] == ["Art. 4"]
    planned.apply(log)
    one = [(v.party, v.text) for v in log.clauses.versions(ids["Art. 1"])][1:]
    assert one == [("EU", "The Participants shall identify joint projects [within 90 days]."),
                   ("US", "The Participants shall identify projects [within 60 days].")]
    two = [(v.party, v.text) for v in log.clauses.versions(ids["Art. 2"])][1:]
    assert two == [("EU", "The Participants should consider a price floor for rare earths."),
                   ("JP", "The Participants should consider a price floor for critical minerals."),
                   ("US", "The Participants shall consider a price floor for rare earths.")]
    assert len(log.clauses.versions(ids["Art. 3"])) == 1 and len(log.clauses.versions(ids["Art. 4"])) == 1
    assert all(v.round_id == ids["r2"] for v in log.clauses.versions(ids["Art. 2"])[1:])


def test_automatic_article_numbers_are_read_as_typed_ones(log):
    draft = read_docx(AUTONUMBERED)
    assert [(a.ref, a.title, a.text) for a in draft.articles] == [
        ("Article 1", "Joint projects", "The Participants shall identify joint projects."),
        ("Article 2", "Stockpiling", "The Participants shall coordinate stockpiles.")]
    assert draft.articles[1].by_author == {
        "US Delegation": "The Participants shall coordinate stockpiles. Each Participant shall report yearly."}
    track = log.tracks.add("NEW", "A new track", parties=["EU", "US"]).record
    log.rounds.add(track.id, date(2026, 3, 4))
    prepare_word(log, AUTONUMBERED, track="NEW", round_key="1", authors={"US Delegation": "US"}).apply(log)
    clauses = log.clauses.list(track.id)
    assert [(c.ref, c.title) for c in clauses] == [("Article 1", "Joint projects"), ("Article 2", "Stockpiling")]
    assert [(v.party, v.text) for v in log.clauses.versions(clauses[1].id)] == [
        ("EU", "The Participants shall coordinate stockpiles."),
        ("US", "The Participants shall coordinate stockpiles. Each Participant shall report yearly.")]
