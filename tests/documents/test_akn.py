"""Akoma Ntoso 3.0: every export validates against the OASIS schema, nothing internal leaks, a round trip keeps
clause refs, titles, texts, brackets and proposers, and hostile files are refused in one line, writing nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from lxml import etree

from mineralsdesk.documents.akn.akn_import import prepare_akn
from mineralsdesk.documents.akn.akn_in import read_akn
from mineralsdesk.documents.akn.akn_out import export_akn
from mineralsdesk.documents.akn.schema import first_schema_error
from mineralsdesk.documents.akn.text import q
from mineralsdesk.errors import ExportError, ImportRefused
from mineralsdesk.services.log import Log


def import_akn(log: Log, path: Path, *, track: str, round: str, dry_run: bool = False):
    planned = prepare_akn(log, path, track=track, round_key=round)
    if not dry_run:
        planned.apply(log)
    return planned.preview


def _bracket_table(log: Log, track_id: str) -> dict[str, list[tuple[str, str]]]:
    return {c.ref: sorted((b.text, b.proposer) for b in log.brackets.list(c.id, open_only=True))
            for c in log.clauses.list(track_id)}


def test_every_demo_track_validates_with_parties_and_frbr(demo_log: Log, tmp_path: Path):
    for track in demo_log.tracks.list():
        for rnd in [None, *demo_log.rounds.list(track.id)]:
            out = tmp_path / f"{track.ref}.xml"
            export_akn(demo_log, out, track=track.ref, round=None if rnd is None else str(rnd.number))
            tree = etree.parse(str(out))
            assert first_schema_error(tree) is None
            declared = {el.get("eId") for el in tree.iter(q("TLCOrganization"))}
            assert {p.lower() for p in track.parties} <= declared
            refers = {el.get("refersTo").lstrip("#") for el in tree.iter(q("inline"))}
            assert refers <= declared
            if rnd is not None:
                assert tree.find(f".//{q('FRBRExpression')}/{q('FRBRdate')}").get("date") == rnd.date.isoformat()
    assert tree.getroot()[0].tag == q("bill")


def test_round_picks_the_text_as_that_round_left_it(small_log: Log, tmp_path: Path):
    export_akn(small_log, tmp_path / "r1.xml", track="MOU", round="1")
    export_akn(small_log, tmp_path / "r2.xml", track="MOU", round="R2")
    one, two = read_akn(tmp_path / "r1.xml"), read_akn(tmp_path / "r2.xml")
    assert one.draft.articles[0].text == "The Participants [shall / should] identify joint projects [within 30 days]."
    assert one.proposers["Art. 1"] == [("shall / should", "us"), ("within 30 days", "us")]
    assert two.draft.articles[0].text == "The Participants shall identify joint projects [within 60 days]."
    assert two.proposers["Art. 1"] == [("within 60 days", "eu")] and two.version == "2"
    with pytest.raises(ExportError, match="No round"):
        export_akn(small_log, tmp_path / "x.xml", track="MOU", round="9")
    assert not (tmp_path / "x.xml").exists()


def test_nested_brackets_and_lines_survive_and_validate(log: Log, tmp_path: Path):
    track = log.tracks.add("T", "Track", parties=["US", "EU"]).record
    rnd = log.rounds.add(track.id, date(2026, 2, 10)).record
    text = "[The Parties [shall / should]] cooperate <&> \"x\".\nSecond line [a\nb] end [ ]"
    log.clauses.add(track.id, "Art. 1", "Odd <title> & co", text, party="EU", round_id=rnd.id)
    export_akn(log, tmp_path / "t.xml", track="T")
    got = read_akn(tmp_path / "t.xml").draft.articles[0]
    assert (got.ref, got.title, got.text) == ("Art. 1", "Odd <title> & co", text)


def test_round_trip_into_a_fresh_track(demo_log: Log, tmp_path: Path):
    source = demo_log.tracks.by_ref("ACTION")
    out = export_akn(demo_log, tmp_path / "action.xml", track="ACTION").path
    with Log.create(tmp_path / "fresh.mdesk") as fresh:
        track = fresh.tracks.add("ACTION", "Action plan", parties=source.parties).record
        fresh.rounds.add(track.id, date(2026, 12, 1))
        dry = import_akn(fresh, out, track="ACTION", round="1", dry_run=True)
        assert len(dry.of_kind("new")) == len(demo_log.clauses.list(source.id)) and fresh.clauses.list(track.id) == []
        seq0 = max((e.seq for e in fresh.changes(limit=1000)), default=0)
        preview = import_akn(fresh, out, track="ACTION", round="1")
        mine = {c.ref: (c.title, fresh.clauses.current_version(c.id).text) for c in fresh.clauses.list(track.id)}
        theirs = {c.ref: (c.title, demo_log.clauses.current_version(c.id).text)
                  for c in demo_log.clauses.list(source.id)}
        assert mine == theirs
        assert _bracket_table(fresh, track.id) == _bracket_table(demo_log, source.id)
        assert any(len(p) > 1 for p in _bracket_table(fresh, track.id).values())
        proposers = {b for v in _bracket_table(fresh, track.id).values() for _, b in v}
        assert "" not in proposers and len(proposers) >= 2  # each bracket keeps its own proposer
        sources = {e.source for e in fresh.changes(limit=5000) if e.seq > seq0}
        assert f"Akoma Ntoso import of action.xml ({preview.draft.sha256[:12]})" in sources
        assert all(s.startswith("Akoma Ntoso import of action.xml") for s in sources)
        events = [e for e in fresh.changes(limit=1000) if e.field == "Akoma Ntoso import"]
        assert len(events) == 1 and preview.draft.sha256 in events[0].new
        again = import_akn(fresh, out, track="ACTION", round="1")
        assert again.of_kind("new") == [] and again.of_kind("changed") == []
        assert {a.method for a in again.articles} == {"ref"}


def test_changed_text_becomes_a_version_by_the_bracket_proposer(small_log: Log, tmp_path: Path):
    out = export_akn(small_log, tmp_path / "m.xml", track="MOU").path
    xml = out.read_text(encoding="utf-8").replace("within 60 days", "within 90 days").replace('refersTo="#eu"',
                                                                                            'refersTo="#us"')
    out.write_text(xml, encoding="utf-8")
    r3 = small_log.rounds.add(small_log.ids["track"], date(2026, 3, 3)).record
    import_akn(small_log, out, track="MOU", round="3")
    version = small_log.clauses.current_version(small_log.ids["clause"])
    assert version.text.endswith("[within 90 days].") and version.party == "US" and version.round_id == r3.id


def test_shareable_only(demo_log: Log, tmp_path: Path):
    secrets = [v for p in demo_log.positions.list() for v in (p.red_line, p.fallback, p.internal_note)
               if len(v.strip()) >= 12]
    members = [m.name for m in demo_log.members.list()]
    assert secrets
    text = "".join(export_akn(demo_log, tmp_path / f"{t.ref}.xml", track=t.ref).path.read_text(encoding="utf-8")
                   for t in demo_log.tracks.list())
    assert [s for s in secrets if s in text] == [] and [m for m in members if m and m in text] == []


def _refused(path: Path, words: str) -> None:
    with pytest.raises(ImportRefused) as caught:
        read_akn(path)
    assert words in str(caught.value) and "\n" not in str(caught.value)


def test_hostile_files_are_refused_in_one_line(small_log: Log, tmp_path: Path):
    good = export_akn(small_log, tmp_path / "g.xml", track="MOU").path.read_text(encoding="utf-8")
    (tmp_path / "a.xml").write_bytes(b"PK\x03\x04 not xml at all")
    _refused(tmp_path / "a.xml", "not readable XML")
    (tmp_path / "b.xml").write_text('<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>')
    _refused(tmp_path / "b.xml", "DOCTYPE")
    (tmp_path / "c.xml").write_text(good.replace("<heading>", "<bogus/><heading>", 1), encoding="utf-8")
    _refused(tmp_path / "c.xml", "not valid Akoma Ntoso 3.0 (line")
    with open(tmp_path / "d.xml", "wb") as big:
        big.truncate(50 * 2**20)
    _refused(tmp_path / "d.xml", "at most 20 MB")
    (tmp_path / "e.xml").write_text("<a>" * 10_000 + "</a>" * 10_000)
    _refused(tmp_path / "e.xml", "not readable XML")
    (tmp_path / "f.xml").write_text(good.replace('refersTo="#eu"', 'refersTo="#zz"'), encoding="utf-8")
    _refused(tmp_path / "f.xml", "#zz")
    before = len(small_log.changes(limit=1000))
    with pytest.raises(ImportRefused):
        import_akn(small_log, tmp_path / "c.xml", track="MOU", round="2")
    assert len(small_log.changes(limit=1000)) == before


def test_unknown_party_refuses_and_writes_nothing(small_log: Log, tmp_path: Path):
    out = export_akn(small_log, tmp_path / "m.xml", track="MOU").path
    xml = out.read_text(encoding="utf-8").replace('"#eu"', '"#xx"').replace('eId="eu"', 'eId="xx"').replace(
        "European Union", "Atlantis").replace("60 days", "70 days")
    out.write_text(xml, encoding="utf-8")
    before = len(small_log.changes(limit=1000))
    with pytest.raises(ImportRefused, match="#xx"):
        import_akn(small_log, out, track="MOU", round="2")
    assert len(small_log.changes(limit=1000)) == before


def test_matched_by_ref_title_then_text_and_absent_clauses_kept(demo_log: Log, tmp_path: Path):
    out = export_akn(demo_log, tmp_path / "mou.xml", track="MOU").path
    tree = etree.parse(str(out))
    articles = list(tree.iter(q("article")))
    articles[0].find(q("num")).text = "Art. 91"  # same title: matched by title
    articles[1].find(q("num")).text = "Art. 92"
    articles[1].find(q("heading")).text = "A heading nobody used"  # same words: matched by text
    gone = articles[2].find(q("num")).text
    articles[2].getparent().remove(articles[2])  # absent from the file: flagged, kept
    tree.write(str(out), xml_declaration=True, encoding="UTF-8")
    track = demo_log.tracks.by_ref("MOU")
    count = len(demo_log.clauses.list(track.id))
    preview = import_akn(demo_log, out, track="MOU", round=str(demo_log.rounds.list(track.id)[-1].number))
    methods = {p.article.ref: (p.method, p.score) for p in preview.articles}
    assert methods["Art. 91"] == ("title", 1.0) and methods["Art. 92"][0] == "text" and methods["Art. 92"][1] >= 0.6
    assert [ref for _, ref, _ in preview.absent] == [gone] and "absent from the file" in preview.describe()
    assert len(demo_log.clauses.list(track.id)) == count
