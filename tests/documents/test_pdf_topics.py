"""The briefing's "Topic comparison": content per track side by side, redlines, the PDF pages, and no leak."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pypdf
import pytest

from mineralsdesk.documents.briefing.briefing import build_briefing
from mineralsdesk.documents.briefing.pdf import export_pdf
from mineralsdesk.documents.briefing.pdf_topics import column_groups
from mineralsdesk.documents.briefing.topics import TopicColumn
from mineralsdesk.errors import ExportError
from mineralsdesk.services.log import Log

TODAY = date(2026, 11, 26)
PAIR = [("MOU:Art. 5", "USMX:Art. 1")]


def _text(path: Path) -> str:
    """Every page's text and the raw file (outline titles, metadata), whitespace squashed."""
    reader = pypdf.PdfReader(path)
    return "".join("".join(p.extract_text().split()) for p in reader.pages) + path.read_bytes().decode("latin-1")


def test_a_topic_section_has_a_column_per_track_with_texts_stances_and_the_redline(topic_log: Log):
    b = build_briefing(topic_log, topics=["export"], compare=PAIR, today=TODAY)
    [section] = b.topics
    assert section.topic == "export-restriction exemptions" and section.not_covered == []
    assert [(c.track_ref, [e.label for e in c.clauses]) for c in section.columns] == [
        ("MOU", ["MOU:Art. 5"]), ("USMX", ["USMX:Art. 1"])]
    mou = section.columns[0].clauses[0]
    assert "".join(r.text for r in mou.text).startswith("Each Participant will exempt")
    assert [(p.party, p.stance, p.note) for p in mou.positions] == [
        ("US", "accepts with amendments", "Wants ores"), ("EU", "supports", "Agreed in substance")]
    assert [n.text for n in mou.internal] == list(topic_log.secrets)  # internal: our red line, fallback, note
    [redline] = section.redlines
    assert (redline.from_label, redline.to_label) == ("MOU Art. 5", "USMX Art. 1") and redline.changed
    assert {r.kind for r in redline.runs} == {"text", "insert", "delete"}


def test_a_compared_pair_brings_its_topic_and_an_uncovered_track_is_named(topic_log: Log):
    b = build_briefing(topic_log, compare=PAIR, topics=["joint projects"], today=TODAY)
    assert [s.topic for s in b.topics] == ["joint projects", "export-restriction exemptions"]
    assert b.topics[0].not_covered == ["USMX"] and b.topics[0].redlines == []
    assert build_briefing(topic_log, today=TODAY).topics == []


@pytest.mark.parametrize(("topics", "compare", "words"), [
    (["bogus"], None, "Unknown topic 'bogus'; topics:"), (None, [("MOU:Art. 9", "USMX:Art. 1")], "No clause 'Art. 9'"),
])
def test_unknown_topics_and_clauses_are_export_errors(topic_log: Log, tmp_path: Path, topics, compare, words):
    with pytest.raises(ExportError, match=words):
        export_pdf(topic_log, tmp_path / "b.pdf", topics=topics, compare=compare, today=TODAY)
    assert not (tmp_path / "b.pdf").exists()


def test_shareable_topic_comparison_holds_nothing_internal(topic_log: Log, tmp_path: Path):
    shared = build_briefing(topic_log, audience="shareable", topics=["export"], compare=PAIR, today=TODAY)
    content = repr([dataclasses.asdict(s) for s in shared.topics])
    assert "Agreed in substance" in content  # the note is for everyone
    assert not any(marker in content for marker in topic_log.secrets)
    export_pdf(topic_log, tmp_path / "s.pdf", audience="shareable", topics=["export"], compare=PAIR, today=TODAY)
    export_pdf(topic_log, tmp_path / "i.pdf", audience="internal", topics=["export"], compare=PAIR, today=TODAY)
    shareable, internal = _text(tmp_path / "s.pdf"), _text(tmp_path / "i.pdf")
    assert "Topiccomparison:export-restrictionexemptions" in shareable
    assert not any(marker in shareable for marker in topic_log.secrets)
    assert all(marker in internal for marker in topic_log.secrets)  # the search above can find them


@pytest.mark.parametrize(("count", "sizes"), [(1, [1]), (3, [3]), (4, [2, 2]), (5, [3, 2]), (7, [3, 2, 2])])
def test_more_than_three_tracks_wrap_into_balanced_tables(count, sizes):
    columns = [TopicColumn(f"T{k}", "", []) for k in range(count)]
    groups = column_groups(columns)
    assert [len(g) for g in groups] == sizes
    assert [c for g in groups for c in g] == columns  # every track once, in order


def test_the_pdf_prints_the_topic_across_five_tracks_with_its_contents_entry(topic_log: Log, tmp_path: Path):
    for k in range(3):
        track = topic_log.tracks.add(f"EXTRA{k}", f"Extra track {k}", parties=["US", "JP"]).record
        topic_log.clauses.add(track.id, "Art. 1", f"Exemptions {k}", f"Extra wording number {k}.", party="JP",
                              topic="export-restriction exemptions")
    export_pdf(topic_log, tmp_path / "b.pdf", topics=["export"], today=TODAY)
    reader = pypdf.PdfReader(tmp_path / "b.pdf")
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "Topic comparison: export-restriction exemptions" in titles
    page = reader.get_destination_page_number(next(i for i in reader.outline if not isinstance(i, list)
                                                   and i.title.startswith("Topic comparison")))
    text = "".join(reader.pages[page].extract_text().split())
    for ref in ("EXTRA0", "EXTRA1", "EXTRA2", "MOU", "USMX"):
        assert f"{ref}—" in text
    assert "Extrawordingnumber2." in text and "5clausesin5tracks" in text
