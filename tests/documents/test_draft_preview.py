"""Matching a draft to a track, previewing it, applying it in one transaction, and undoing it."""

from __future__ import annotations

import pytest
from word_support import AUTHORS, INLINE_REFS, TWO_AUTHORS, mou_track

from mineralsdesk.documents.draft import preview as dp
from mineralsdesk.documents.draft.model import Draft, DraftArticle
from mineralsdesk.documents.word.docx_in import read_docx
from mineralsdesk.errors import ImportRefused
from mineralsdesk.services import author_map


def _draft(*articles: DraftArticle) -> Draft:
    return Draft("x.docx", "0" * 64, articles, frozenset(a for art in articles for a in art.by_author))


def test_refs_normalise():
    assert dp.normal_ref("Article 3") == dp.normal_ref("Art. 3") == dp.normal_ref("3.") == dp.normal_ref("ART 3") == "3"
    assert dp.normal_ref("Art. 4.2") == "4.2" != dp.normal_ref("Art. 4")


def test_preview_matches_by_ref_and_lists_changes_proposals_brackets_and_absent_clauses(log):
    ids = mou_track(log)
    preview = dp.build_preview(log, read_docx(TWO_AUTHORS), "MOU")
    first, second, third = preview.articles
    assert (first.clause_id, first.method, first.score, first.kind) == (ids["Art. 1"], "ref", 1.0, "unchanged")
    assert second.kind == "unchanged" and third.kind == "unchanged"
    assert dp.render(first.proposals["EU Delegation"]) == "The Participants shall identify joint projects [within [-60-]{+90+} days]."
    assert first.brackets_created == ["within 90 days"] and first.brackets_resolved == ["within 60 days"]
    assert preview.absent == [(ids["Art. 4"], "Art. 4", "Final provisions")]
    text = preview.describe()
    assert "absent from the file (kept, not deleted): Art. 4 Final provisions" in text
    assert "EU Delegation proposes" in text


def test_matching_by_title_then_by_text_with_scores(log):
    ids = mou_track(log)
    draft = _draft(DraftArticle("9", "Price support", "The Participants should consider a price floor.", {}),
                   DraftArticle("12", "Information", "The Participants shall exchange information on their stockpiles.", {}),
                   DraftArticle("13", "Recycling", "Entirely new wording about recycling of permanent magnets.", {}))
    by_title, by_text, new = dp.build_preview(log, draft, "MOU").articles
    assert (by_title.clause_id, by_title.method, by_title.kind) == (ids["Art. 2"], "title", "changed")
    assert dp.render(by_title.redline).startswith("The Participants should consider [-[-]a price floor")
    assert by_text.clause_id == ids["Art. 3"] and by_text.method == "text" and 0.8 < by_text.score < 1
    assert new.clause_id is None and new.kind == "new"


def test_apply_makes_versions_per_mapped_party_in_one_transaction(log):
    ids = mou_track(log)
    preview = dp.build_preview(log, read_docx(TWO_AUTHORS), "MOU")
    result = dp.apply(log, preview, ids["r2"], "EU", {"EU Delegation": "EU", "US Delegation": "US"})
    one = log.clauses.versions(ids["Art. 1"])
    assert [(v.party, v.text) for v in one[1:]] == [
        ("EU", "The Participants shall identify joint projects [within 90 days].")]
    two = log.clauses.versions(ids["Art. 2"])
    assert [(v.party, v.round_id) for v in two] == [("EU", ids["r1"]), ("US", ids["r2"])]
    assert two[-1].text.startswith("The Participants shall consider")
    assert len(log.clauses.versions(ids["Art. 3"])) == 1 and len(log.clauses.versions(ids["Art. 4"])) == 1
    brackets = {b.text: b for b in log.brackets.list(ids["Art. 1"])}
    assert brackets["within 60 days"].resolved_round_id == ids["r2"]
    assert brackets["within 90 days"].proposer == "EU" and brackets["within 90 days"].resolved_round_id is None
    assert author_map.author_map(log) == {"EU Delegation": "EU", "US Delegation": "US"}
    sources = {c.source for c in log.changes(limit=50)}
    assert f"Word import of two_authors_libreoffice.docx ({preview.draft.sha256[:12]})" in sources
    assert result.revised == [ids["Art. 1"], ids["Art. 2"]]
    dp.undo_import(log, result)
    assert len(log.clauses.versions(ids["Art. 1"])) == 1 and len(log.clauses.versions(ids["Art. 2"])) == 1
    assert {b.text for b in log.brackets.list(ids["Art. 1"], open_only=True)} == {"within 60 days"}


def test_new_article_only_proposed_becomes_a_clause_of_its_authors_party_and_choices_apply(log):
    ids = mou_track(log)
    preview = dp.build_preview(log, read_docx(INLINE_REFS), "MOU")
    new = preview.articles[2]
    assert new.kind == "new" and new.brackets_created == []
    # Art. 2 of the file attached to clause Art. 3 instead; Art. 1 skipped.
    result = dp.apply(log, preview, ids["r2"], "US", AUTHORS, {0: dp.SKIP, 1: ids["Art. 3"]})
    (added,) = result.added
    clause = log.clauses.get(added)
    assert (clause.ref, clause.title, clause.status) == ("Art. 5", "Research", "proposed")
    assert [(v.party, v.text) for v in log.clauses.versions(added)] == [
        ("EU", "The Participants shall cooperate on research into recycling.")]
    attached = log.clauses.versions(ids["Art. 3"])
    assert [(v.party, v.text) for v in attached[1:]] == [
        ("US", "The Participants shall coordinate stockpiles promptly."),
        ("JP", "The Participants shall coordinate stockpiles.")]
    assert len(log.clauses.versions(ids["Art. 1"])) == 1


def test_unknown_authors_and_refused_texts_leave_the_log_untouched(log):
    ids = mou_track(log)
    preview = dp.build_preview(log, read_docx(TWO_AUTHORS), "MOU")
    before = log.changes(limit=1)[0].seq
    with pytest.raises(ImportRefused, match="'US Delegation'"):
        dp.apply(log, preview, ids["r2"], "EU", {"EU Delegation": "EU"})
    broken = _draft(DraftArticle("Art. 1", "Joint projects", "Fine text.", {}),
                    DraftArticle("Art. 2", "Price support", "An [unclosed bracket.", {}))
    bad = dp.build_preview(log, broken, "MOU")
    assert "Unclosed" in bad.articles[1].problem
    with pytest.raises(ImportRefused, match="^Art. 2: the log refused it"):
        dp.apply(log, bad, ids["r2"], "EU", {})
    assert log.changes(limit=1)[0].seq == before
    assert len(log.clauses.versions(ids["Art. 1"])) == 1


def test_a_draft_of_new_articles_leaves_the_clauses_table_in_the_reading_order(log, monkeypatch):
    """A draft's new articles become clauses in the file's order, each sorting before the last: the import lays the
    Clauses table out again in its own transaction when they leave it far out of the reading order."""
    from mineralsdesk.store import clause_keys

    ids = mou_track(log)
    articles = [DraftArticle(f"Art. {n}", f"Article {n}", f"The Participants shall do {n}.",
                             {"EU Delegation": f"The Participants shall do {n}."}) for n in range(30, 9, -1)]
    preview = dp.build_preview(log, _draft(*articles), "MOU")
    monkeypatch.setattr(clause_keys, "SCATTERED_MIN", 10)
    result = dp.apply(log, preview, ids["r2"], "EU", {"EU Delegation": "EU"})
    assert len(result.added) == 21 and clause_keys.laid_out(log.db)
    refs = [r.ref for r in log.read.clause_rows()]
    assert refs[-21:] == [f"Art. {n}" for n in range(10, 31)]
