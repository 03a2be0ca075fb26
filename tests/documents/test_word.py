"""The negotiating text in Word: styles, brackets, tracked changes that accept and reject to the right texts."""

from __future__ import annotations

import getpass
import itertools
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from word_xml import articles, changes, document, parts, view, w

from mineralsdesk.documents.word.content import Article, WordContent, pieces_of, top_spans, version_at
from mineralsdesk.documents.word.docx_out import docx_bytes, export_docx
from mineralsdesk.domain.redline import diff_words
from mineralsdesk.errors import ExportError
from mineralsdesk.services.log import Log

NOW = datetime(2026, 3, 5, 12, 0, tzinfo=UTC)


def _highlight_matches(text: str, marks: list[bool]) -> bool:
    inside = [False] * len(text)
    for span in top_spans(text):
        inside[span.start:span.end] = [True] * (span.end - span.start)
    return marks == inside


def test_every_demo_comparison_accepts_to_the_later_round_and_rejects_to_the_earlier(demo_log: Log, tmp_path: Path):
    rounds_by_id = {r.id: r for r in demo_log.rounds.list()}
    checked = 0
    for track in demo_log.tracks.list():
        rounds = demo_log.rounds.list(track.id)
        for a, b in itertools.combinations(sorted(rounds, key=lambda r: (r.date, r.number)), 2):
            out = export_docx(demo_log, tmp_path / "c.docx", track=track.ref, compare=(a.number, b.number), now=NOW)
            root = document(out)
            shown = articles(root)
            expected = []
            for clause in demo_log.clauses.list(track.id):
                versions = demo_log.clauses.versions(clause.id)
                new, old = version_at(versions, rounds_by_id, b), version_at(versions, rounds_by_id, a)
                if new is not None:
                    expected.append((clause, new, old))
            assert len(shown) == len(expected)
            for art, (clause, new, old) in zip(shown, expected, strict=True):
                assert art.heading == f"{clause.ref} — {clause.title}"
                accepted, marks = view(art.body, "accept")
                assert accepted == new.text
                assert view(art.body, "reject")[0] == (old.text if old else "")
                assert _highlight_matches(accepted, marks)
                for kind, author, when in changes(art.body):
                    assert (author, when) == (new.party, f"{b.date.isoformat()}T00:00:00Z"), kind
                checked += 1
    assert checked > 100


def test_the_current_text_has_styles_brackets_header_footer_and_paper(demo_log: Log, tmp_path: Path):
    out = export_docx(demo_log, tmp_path / "mou.docx", track="MOU", paper="letter", marking="RESTRICTED MARK",
                      now=NOW)
    root = document(out)
    assert not changes(root)
    styles = [p.find(f"{w('pPr')}/{w('pStyle')}").get(w("val")) for p in root.iter(w("p"))
              if p.find(f"{w('pPr')}/{w('pStyle')}") is not None]
    assert styles[:2] == ["Title", "Subtitle"] and styles.count("Heading1") == len(demo_log.clauses.list(
        demo_log.tracks.by_ref("MOU").id))
    mou = demo_log.tracks.by_ref("MOU")
    for art, clause in zip(articles(root), demo_log.clauses.list(mou.id), strict=True):
        text, marks = view(art.body, "accept")
        assert text == demo_log.clauses.current_version(clause.id).text
        assert _highlight_matches(text, marks)
    assert any(marks for art in articles(root) for marks in [view(art.body, "accept")[1]] if any(marks))
    every = parts(out)
    assert "RESTRICTED MARK" in every["word/header1.xml"]
    footer = every["word/footer1.xml"]
    assert "PAGE" in footer and "NUMPAGES" in footer and "Page " in footer and " of " in footer
    size = document(out).find(f"{w('body')}/{w('sectPr')}/{w('pgSz')}")
    assert (size.get(w("w")), size.get(w("h"))) == ("12240", "15840")  # 8.5 x 11 in, in twentieths of a point
    assert "MOU round 4 (4 March 2026)" in every["word/document.xml"]
    assert "<w:trackRevisions/>" in every["word/settings.xml"]


def test_properties_name_the_track_and_the_delegation_never_a_user(demo_log: Log, tmp_path: Path):
    every = parts(export_docx(demo_log, tmp_path / "p.docx", track="MOU", audience="shareable", now=NOW))
    core, app = every["docProps/core.xml"], every["docProps/app.xml"]
    assert "MOU — US–EU Memorandum" in core and demo_log.settings.delegation in core
    assert "python-docx" not in core and "2013" not in core and getpass.getuser() not in core
    assert "MineralsDesk" in app and "Microsoft" not in app
    assert "docProps/thumbnail.jpeg" not in every
    assert "word/comments.xml" not in every and "word/people.xml" not in every


def test_internal_comments_name_who_stands_where_and_our_red_line(demo_log: Log, tmp_path: Path):
    track = demo_log.tracks.by_ref("ROADMAP")
    rnd = demo_log.rounds.list(track.id)[-1]
    clause = demo_log.clauses.list(track.id)[1]
    demo_log.positions.set(clause.id, "EU", rnd.id, "opposes", red_line="RL-MARK no floor below cost",
                           fallback="FB-MARK a review clause")
    every = parts(export_docx(demo_log, tmp_path / "i.docx", track="ROADMAP", now=NOW))
    comments = every["word/comments.xml"]
    assert "Proposed by" in comments and "supported by" in comments and "objected to by" in comments
    assert "INTERNAL — Red line" in comments and "RL-MARK" in comments and "FB-MARK" in comments
    body = every["word/document.xml"]
    assert "RL-MARK" not in body  # red lines only ever in the comments
    ids = {el.get(w("id")) for el in document(tmp_path / "i.docx").iter(w("commentRangeStart"))}
    refs = {el.get(w("id")) for el in document(tmp_path / "i.docx").iter(w("commentReference"))}
    assert ids and ids == refs
    assert comments.count("<w:comment ") == len(ids)


def test_shareable_holds_no_internal_marker_in_any_part(demo_log: Log, tmp_path: Path):
    markers = []
    for track in demo_log.tracks.list():
        rnd = demo_log.rounds.list(track.id)[-1]
        for clause in demo_log.clauses.list(track.id):
            tag = f"{track.ref}-{clause.ref}".replace(" ", "").replace(".", "")
            values = {f: f"ZZ{f.upper()}{tag}QQ" for f in ("red_line", "fallback", "internal_note")}
            markers += values.values()
            demo_log.positions.set(clause.id, "EU", rnd.id, "supports", **values)
    for track in demo_log.tracks.list():
        rounds = demo_log.rounds.list(track.id)
        for compare in (None, (rounds[0].number, rounds[-1].number)):
            shareable = parts(export_docx(demo_log, tmp_path / "s.docx", track=track.ref, audience="shareable",
                                          compare=compare, now=NOW))
            assert {"word/document.xml", "docProps/core.xml", "docProps/app.xml", "word/settings.xml"} <= set(shareable)
            assert "word/comments.xml" not in shareable and "word/people.xml" not in shareable
            whole = "\n".join(shareable.values())
            assert [m for m in markers if m in whole] == []
            assert "Proposed by" not in whole and "INTERNAL" not in whole
            internal = "\n".join(parts(export_docx(demo_log, tmp_path / "i.docx", track=track.ref, compare=compare,
                                                   now=NOW)).values())
            assert f"ZZRED_LINE{track.ref}" in internal  # the search can see them where they are allowed


def test_bad_requests_are_one_line_export_errors(demo_log: Log, tmp_path: Path):
    with pytest.raises(ExportError, match="no round 9"):
        export_docx(demo_log, tmp_path / "x.docx", track="MOU", compare=(1, 9))
    with pytest.raises(ExportError, match="earlier round"):
        export_docx(demo_log, tmp_path / "x.docx", track="MOU", compare=(3, 3))
    with pytest.raises(ExportError, match="paper"):
        export_docx(demo_log, tmp_path / "x.docx", track="MOU", paper="a3")
    assert not (tmp_path / "x.docx").exists()


def test_a_clause_first_tabled_after_round_a_is_all_inserted_and_one_after_b_is_absent(log: Log, tmp_path: Path):
    track = log.tracks.add("T", "Test track", parties=["US", "EU"]).record
    r1, r2, r3 = (log.rounds.add(track.id, date(2026, 1, d)).record for d in (5, 12, 19))
    early = log.clauses.add(track.id, "Art. 1", "Early", "Old [text]", party="US", round_id=r1.id).record
    log.clauses.revise(early.id, "New text", round_id=r2.id, party="EU")
    log.clauses.add(track.id, "Art. 2", "Middle", "Born at two", party="EU", round_id=r2.id)
    log.clauses.add(track.id, "Art. 3", "Late", "Born at three", party="US", round_id=r3.id)
    root = document(export_docx(log, tmp_path / "t.docx", track="T", compare=(1, 2), now=NOW))
    shown = articles(root)
    assert [a.heading for a in shown] == ["Art. 1 — Early", "Art. 2 — Middle"]
    assert view(shown[1].body, "reject")[0] == "" and view(shown[1].body, "accept")[0] == "Born at two"
    assert {(a, d) for _k, a, d in changes(root)} == {("EU", "2026-01-12T00:00:00Z")}


_TOKENS = [*"abc XYZ[]/ /.,;\n\t'’éü—«»", "shall", "should", " / ", "供給", "サプライチェーン", "🪨", "Ω", "  "]
_TEXT = st.lists(st.sampled_from(_TOKENS), max_size=30).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(old=st.lists(_TEXT, max_size=4).map("".join), new=st.lists(_TEXT, max_size=4).map("".join))
def test_any_two_texts_accept_and_reject_exactly(old: str, new: str):
    article = Article("Art. 1", "T", pieces_of(diff_words(old, new), old, new), author="JP")
    assert (article.text("later"), article.text("earlier")) == (new, old)
    content = WordContent("T", "Track", [("JP", "Japan")], "T round 2 (2026-01-02)", "T round 1 (2026-01-01)",
                          date(2026, 1, 2), "shareable", "", "Delegation", "EU", [article])
    root = document(docx_bytes(content, now=NOW))
    (shown,) = articles(root)
    accepted, marks = view(shown.body, "accept")
    rejected, old_marks = view(shown.body, "reject")
    assert (accepted, rejected) == (new, old)
    assert _highlight_matches(new, marks) and _highlight_matches(old, old_marks)
    assert all(a == "JP" and d == "2026-01-02T00:00:00Z" for _k, a, d in changes(root))


def test_characters_xml_cannot_hold_are_dropped_not_fatal():
    text = "a\x00b\x0bc [d]"
    article = Article("Art. 1", "T\x07", pieces_of(diff_words("", text), "", text), author="US")
    content = WordContent("T", "Track", [], "", "", None, "internal", "M\x01", "D", "EU", [article])
    (shown,) = articles(document(docx_bytes(content, now=NOW)))
    assert view(shown.body, "accept")[0] == "abc [d]" and shown.heading == "Art. 1 — T"
