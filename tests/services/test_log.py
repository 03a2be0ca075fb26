"""The service API: round trips, versions and brackets, positions, deadlines, change log, search, JSON."""

from __future__ import annotations

import json
from datetime import date

import pytest

from mineralsdesk.documents.dump.jsondump import import_dump, read_dump, write_dump
from mineralsdesk.domain import model
from mineralsdesk.errors import DumpError, InvalidInputError, SearchSyntaxError, StaleEditError
from mineralsdesk.services.log import Log


def test_records_round_trip(small_log: Log):
    clause = small_log.clauses.get(small_log.ids["clause"])
    assert clause.topic is model.Topic.JOINT_PROJECTS
    assert clause.minerals == ["lithium"]
    track = small_log.tracks.get(small_log.ids["track"])
    assert track.target_date == date(2026, 3, 6)
    assert track.parties == ["US", "EU"]
    versions = small_log.clauses.versions(clause.id)
    assert [v.number for v in versions] == [1, 2]
    assert [v.party for v in versions] == ["US", "EU"]


def test_brackets_are_records_resolved_by_round(small_log: Log):
    ids = small_log.ids
    brackets = {b.text: b for b in small_log.brackets.list(ids["clause"])}
    assert brackets["shall / should"].options == ["shall", "should"]
    assert brackets["shall / should"].resolved_round_id == ids["r2"]
    assert brackets["within 30 days"].resolved_round_id == ids["r2"]
    assert brackets["within 60 days"].is_open and brackets["within 60 days"].proposer == "EU"
    burndown = small_log.read.bracket_burndown(ids["track"])
    assert [p.open_brackets for p in burndown] == [2, 1]


def test_unbalanced_brackets_are_refused(small_log: Log):
    with pytest.raises(InvalidInputError, match="[Uu]nclosed|[Uu]nbalanced"):
        small_log.clauses.revise(small_log.ids["clause"], "The Participants [shall cooperate.",
                                round_id=small_log.ids["r2"], party="EU")
    assert len(small_log.clauses.versions(small_log.ids["clause"])) == 2


def test_past_rounds_are_read_only(small_log: Log):
    with pytest.raises(InvalidInputError, match="past rounds"):
        small_log.clauses.revise(small_log.ids["clause"], "Text.", round_id=small_log.ids["r1"], party="US")


def test_the_rounds_offered_for_a_new_version_are_those_revise_accepts(small_log: Log):
    """One rule: every round offered is accepted, every round left out is refused as past."""
    ids = small_log.ids
    r3 = small_log.rounds.add(ids["track"], date(2026, 3, 2)).record
    offered = {r.id for r in small_log.clauses.rounds_for_new_version(ids["clause"])}
    assert offered == {ids["r2"], r3.id}
    for rnd in small_log.rounds.list(ids["track"]):
        if rnd.id in offered:
            continue
        with pytest.raises(InvalidInputError, match="past rounds"):
            small_log.clauses.revise(ids["clause"], "Text.", round_id=rnd.id, party="US")
    small_log.clauses.revise(ids["clause"], "Text.", round_id=r3.id, party="US")
    assert [r.id for r in small_log.clauses.rounds_for_new_version(ids["clause"])] == [r3.id]


def test_undo_of_a_revision_restores_brackets(small_log: Log):
    ids = small_log.ids
    before = {(b.text, b.resolved_round_id) for b in small_log.brackets.list(ids["clause"])}
    r3 = small_log.rounds.add(ids["track"], date(2026, 3, 2)).record
    small_log.clauses.revise(ids["clause"], "The Participants shall identify joint projects within 60 days.",
                            round_id=r3.id, party="US")
    assert not small_log.brackets.list(ids["clause"], open_only=True)
    small_log.clauses.delete_latest_version(ids["clause"])
    assert {(b.text, b.resolved_round_id) for b in small_log.brackets.list(ids["clause"])} == before


def test_positions_and_internal_fields(small_log: Log):
    ids = small_log.ids
    small_log.positions.set(ids["clause"], "EU", ids["r2"], "reserves", note="Needs scrutiny",
                           red_line="No binding floor", fallback="Study group")
    with pytest.raises(InvalidInputError, match="our own party"):
        small_log.positions.set(ids["clause"], "US", ids["r2"], "supports", red_line="x")
    small_log.positions.set(ids["clause"], "US", ids["r1"], "opposes")
    small_log.positions.set(ids["clause"], "US", ids["r2"], "supports")
    latest = small_log.read.latest_positions(ids["track"])
    assert latest[(ids["clause"], "US")].stance is model.Stance.SUPPORTS
    assert latest[(ids["clause"], "EU")].red_line == "No binding floor"


def test_status_transition_rules(small_log: Log):
    cid = small_log.ids["clause"]
    with pytest.raises(InvalidInputError):
        small_log.clauses.set_status(cid, "agreed")
    small_log.clauses.set_status(cid, "proposed")
    assert small_log.clauses.get(cid).status is model.ClauseStatus.PROPOSED


def test_stale_edit_is_refused(small_log: Log):
    cid = small_log.ids["clause"]
    seen = small_log.clauses.get(cid)
    small_log.clauses.update(cid, title="Joint projects (revised)")
    with pytest.raises(StaleEditError):
        small_log.clauses.update(cid, title="Other", expected_rev=seen.rev)
    assert small_log.clauses.get(cid).title == "Joint projects (revised)"


def test_relative_deadline_moves_with_its_anchor(log: Log):
    anchor = log.anchors.add("Joint statement", date(2026, 2, 4)).record
    c = log.commitments.add("US", "Issue the MoU", anchor_id=anchor.id, offset_days=30).record
    assert log.commitments.get(c.id).due == date(2026, 3, 6)
    assert "30 days after Joint statement" in log.commitments.describe_due(log.commitments.get(c.id))
    log.anchors.move(anchor.id, date(2026, 2, 14))
    assert log.commitments.get(c.id).due == date(2026, 3, 16)
    m = log.commitments.add("EU", "Roadmap", anchor_id=anchor.id, offset_months=3).record
    assert log.commitments.get(m.id).due == date(2026, 5, 14)
    log.commitments.update(m.id, anchor_id=None, due_date=date(2026, 6, 6))
    assert log.commitments.get(m.id).due == date(2026, 6, 6)


def test_assessment_scores_are_checked(log: Log):
    c = log.commitments.add("US", "Stockpile", due_date=date(2026, 9, 1)).record
    log.commitments.assess(c.id, "US", 1, kind="final", evidence="Announced", on=date(2026, 9, 2))
    with pytest.raises(InvalidInputError):
        log.commitments.assess(c.id, "US", 2)
    assert [a.score for a in log.commitments.assessments(c.id)] == [1]


def test_change_log_records_field_changes_and_chain_detects_edits(small_log: Log):
    cid = small_log.ids["clause"]
    small_log.clauses.update(cid, title="New title")
    entry = small_log.changes(entity_id=cid)[0]
    assert (entry.field, entry.old, entry.new, entry.who) == ("title", "Joint projects", "New title", "Tester")
    assert small_log.check().ok
    # Edit history behind the app's back: drop the guard and rewrite a value.
    small_log.db.execute("DROP TRIGGER changes_no_update")
    small_log.db.execute("UPDATE changes SET new = 'Forged' WHERE seq = ?", [entry.seq])
    report = small_log.check()
    assert not report.ok and any("edited" in p for p in report.problems)


def test_change_log_is_append_only(small_log: Log):
    import sqlite3

    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        small_log.db.execute("DELETE FROM changes")


def test_search_ranked_with_snippet_and_kept_in_step(small_log: Log):
    hits = small_log.search("joint projects")
    assert hits and hits[0].entity_id == small_log.ids["clause"]
    assert "\x02" in hits[0].snippet
    small_log.clauses.revise(small_log.ids["clause"], "The Participants shall pursue stockpiling cooperation.",
                            round_id=small_log.ids["r2"], party="EU")
    assert small_log.search("stockpiling")
    assert not [h for h in small_log.search("identify") if h.kind == "clause"]
    assert small_log.search("Brussel")  # prefix match while typing


@pytest.mark.parametrize("bad", ['"unclosed', "AND", "lithium OR", "(lithium", "lithium)", "   "])
def test_search_syntax_errors_are_clear(small_log: Log, bad: str):
    with pytest.raises(SearchSyntaxError):
        small_log.search(bad)


@pytest.mark.parametrize("odd", ["C++ & <b>", "a-b", "NEAR(x y)", "col:val", "*", "'quote'"])
def test_odd_queries_do_not_crash(small_log: Log, odd: str):
    """Punctuation a user may type either searches (a list of hits) or is refused in one readable line."""
    try:
        hits = small_log.search(odd)
    except SearchSyntaxError as exc:
        message = str(exc)
        assert message and "\n" not in message and "fts5" not in message.lower()
    else:
        assert isinstance(hits, list)


def test_json_round_trip_keeps_records_and_history(demo_log: Log, tmp_path):
    first = write_dump(demo_log, tmp_path / "a.json")
    with Log.create(tmp_path / "fresh.mdesk") as fresh:
        note = import_dump(fresh, first)
        assert fresh.check().ok
        second = write_dump(fresh, tmp_path / "b.json")
        assert fresh.search("stockpile")
    assert note.startswith("history kept")
    a, b = json.loads(first.read_text()), json.loads(second.read_text())
    a.pop("exported_at"), b.pop("exported_at")
    a_meta, b_meta = a.pop("meta"), b.pop("meta")
    assert {k: v for k, v in a_meta.items() if k not in ("log_id", "chain_mac")} == \
        {k: v for k, v in b_meta.items() if k not in ("log_id", "chain_mac")}
    a_value, b_value = a.pop("changes"), b.pop("changes")
    assert a == b  # every record as it was
    # The whole history, then the import's own entries: the new log's id, the file with its SHA-256, the outcome.
    assert b_value[:len(a_value)] == a_value
    added = b_value[len(a_value):]
    assert [c["field"] for c in added] == ["value", "JSON import", "import outcome"]
    assert "a.json (sha256 " in added[1]["new"] and "69 clause_versions" in added[1]["new"]


@pytest.mark.parametrize("mutate", [
    lambda d: d.update(format="other"),
    lambda d: d.update(format_version=99),
    lambda d: d["clauses"][0].update(status="signed"),
    lambda d: d["clauses"][0].pop("title"),
    lambda d: d["clauses"][0].update(extra=1),
    lambda d: d["rounds"][0].update(date="yesterday"),
    lambda d: d["clause_versions"][0].update(clause_id="nope"),
    lambda d: d["changes"][3].update(new="forged"),
    lambda d: d.update(surprise=[]),
])
def test_malformed_dumps_are_refused_and_log_unchanged(demo_log: Log, tmp_path, mutate):
    data = json.loads(write_dump(demo_log, tmp_path / "a.json").read_text())
    mutate(data)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data))
    with Log.create(tmp_path / "fresh.mdesk") as fresh:
        before = fresh.dump()
        with pytest.raises(DumpError):
            import_dump(fresh, bad)
        assert fresh.dump() == before


def test_dump_into_a_used_log_is_refused(demo_log: Log, tmp_path):
    path = write_dump(demo_log, tmp_path / "a.json")
    with pytest.raises(DumpError, match="new, empty"):
        import_dump(demo_log, path)
    assert read_dump(path)["format"] == "mineralsdesk-log"


def test_track_summary_says_what_the_last_round_changed(small_log: Log):
    ids = small_log.ids
    small_log.positions.set(ids["clause"], "US", ids["r2"], "supports")
    summary = small_log.read.track_summary(small_log.tracks.get(ids["track"]), date(2026, 2, 25))
    assert summary.last_round.id == ids["r2"]
    changes = summary.last_round_changes
    assert (changes.clauses_revised, changes.brackets_opened, changes.brackets_resolved,
            changes.positions_recorded) == (1, 1, 2, 1)
    # Everything in this log was written today, after the round's date.
    assert summary.changes_since_last_round > 0
    other = small_log.tracks.add("OTHER", "Other track").record
    assert small_log.read.track_summary(other, date(2026, 2, 25)).changes_since_last_round == 0


def test_clauses_sort_by_reference_as_read(small_log: Log):
    track = small_log.ids["track"]
    for ref in ("Art. 10", "Art. 2"):
        small_log.clauses.add(track, ref, f"Clause {ref}", "Text.", party="US")
    assert [c.ref for c in small_log.clauses.list(track)] == ["Art. 1", "Art. 2", "Art. 10"]
    assert [r.ref for r in small_log.read.clause_rows(track_id=track)] == ["Art. 1", "Art. 2", "Art. 10"]
    assert [r.ref for r in small_log.read.clause_rows(track_id=track, sort="ref", descending=True)] == [
        "Art. 10", "Art. 2", "Art. 1"]


def test_position_search_hits_name_their_clause(small_log: Log):
    ids = small_log.ids
    small_log.positions.set(ids["clause"], "US", ids["r2"], "reserves", note="Needs interagency review")
    hit = next(h for h in small_log.search("interagency") if h.kind == "position")
    assert hit.title.startswith("MOU Art. 1: US reserves")


def test_deferred_checks_run_later_and_find_damage(demo_path, tmp_path):
    from mineralsdesk.errors import DamagedLogError
    from mineralsdesk.services.backups import list_backups

    with Log.open(demo_path, defer_checks=True) as log:
        assert list_backups(demo_path) == []  # the day's backup waits for the deferred checks
        assert log.run_deferred_checks() == log.warnings
        assert len(list_backups(demo_path)) == 1
    # Damage a page in the middle of the file: a deferred open still succeeds, the later check does not.
    size = demo_path.stat().st_size
    with open(demo_path, "r+b") as fh:
        fh.seek(size // 2)
        fh.write(b"\xff" * 4096)
    log = Log.open(demo_path, defer_checks=True)
    try:
        with pytest.raises(DamagedLogError):
            log.run_deferred_checks()
    finally:
        log.close()


def test_action_search_hits_name_their_round(small_log: Log):
    small_log.actions.add(small_log.ids["r1"], "US", "Circulate a note on offtake")
    hit = next(h for h in small_log.search("offtake") if h.kind == "action")
    assert hit.title == "Action for US (MOU round 1)"


def test_an_assessment_is_internal_unless_made_shareable(small_log: Log):
    c = small_log.commitments.add("US", "Issue the MoU", track_id=small_log.ids["track"]).record
    a = small_log.commitments.assess(c.id, "US", 1, evidence="All EU red lines held").record
    assert a.audience == model.Audience.INTERNAL
    with pytest.raises(InvalidInputError, match="internal or shareable"):
        small_log.commitments.assess(c.id, "US", 1, audience="public")
    small_log.commitments.update_assessment(a.id, audience="shareable")
    assert small_log.commitments.assessments(c.id)[0].audience == "shareable"
    with pytest.raises(InvalidInputError):
        small_log.commitments.update_assessment(a.id, audience="everyone")
    newest = small_log.changes(entity_id=a.id)[0]
    assert (newest.field, newest.old, newest.new) == ("audience", "internal", "shareable")


def test_the_history_filter_is_literal_and_takes_any_length(small_log):
    """The History screen's filter: % and _ are characters, ASCII case is folded, a pasted 60,000 characters is
    answered (LIKE refused a pattern that long: "LIKE or GLOB pattern too complex")."""
    small_log.clauses.update(small_log.ids["clause"], title="Joint projects at 100%")
    assert [e.new for e in small_log.changes(text="100%")] == ["Joint projects at 100%"]
    assert [e.new for e in small_log.changes(text="JOINT PROJECTS AT")] == ["Joint projects at 100%"]
    assert small_log.changes(text="1_0%") == [] and small_log.changes(text="%%") == []
    assert small_log.changes(text="x" * 60_000) == []


def test_concluded_tracks_read_only_the_commitments_due_on_target(log: Log):
    """concluded_track_ids reads only the commitments due on their track's target date (at 100k: a few rows, not
    2,000 records, ~20 ms of the Dashboard's first paint) and finds what the rule finds given all of them."""
    from mineralsdesk.domain import rules
    from mineralsdesk.store import queries

    target = date(2026, 6, 30)
    met, open_, no_target, other_day, by_clauses = (
        log.tracks.add(ref, ref, target_date=None if ref == "NT" else target, parties=["US", "EU"]).record
        for ref in ("MET", "OPEN", "NT", "DAY", "CL"))
    log.commitments.add("EU", "MoU issued", track_id=met.id, due_date=target, state="met")
    log.commitments.add("EU", "Plan adopted", track_id=open_.id, due_date=target)  # due on target, still open
    log.commitments.add("US", "Earlier step", track_id=open_.id, due_date=date(2026, 5, 1), state="met")
    log.commitments.add("EU", "Met, no target", track_id=no_target.id, due_date=target, state="met")
    log.commitments.add("EU", "Met on another day", track_id=other_day.id, due_date=date(2026, 6, 29), state="met")
    log.commitments.add("US", "No track", due_date=target, state="met")
    r = log.rounds.add(by_clauses.id, date(2026, 2, 1)).record
    clause = log.clauses.add(by_clauses.id, "Art. 1", "Scope", "Text", party="EU", round_id=r.id).record
    for status in ("proposed", "agreed"):
        log.clauses.set_status(clause.id, status)

    every = log.commitments.list()
    expected = {t.id for t in log.tracks.list()
                if rules.track_concluded(t.target_date, queries.counts_by(log.db, "status", t.id),
                                         [c for c in every if c.track_id == t.id])}
    assert expected == {met.id, by_clauses.id}
    assert log.read.concluded_track_ids() == expected
    assert log.read.concluded_track_ids(log.tracks.list()) == expected  # the caller's tracks, read once
    # Every track's statuses in one read, as counted a track at a time (kept counts, and the clauses themselves).
    per_track = {t.id: queries.counts_by(log.db, "status", t.id) for t in log.tracks.list()}
    assert queries.status_counts_by_track(log.db) == {k: v for k, v in per_track.items() if v}
    assert queries.status_counts_by_track(log.db) == {by_clauses.id: {"agreed": 1}}
    kept = queries._kept_counts
    queries._kept_counts = lambda db: False  # an older log opened read-only: counted from the clauses
    try:
        assert queries.status_counts_by_track(log.db) == {by_clauses.id: {"agreed": 1}}
    finally:
        queries._kept_counts = kept
    # Due on their track's target: not the track-less one, nor one on a track without a target.
    assert sorted(c.text for c in log.repo.commitments_due_on_target()) == ["MoU issued", "Plan adopted"]


def test_a_track_filters_choices_are_every_track_in_the_tracks_order(small_log: Log):
    """ReadOps.track_choices: (ref, id, title) of every track, in the order tracks.list gives them (2 before 10),
    without making a Track record of each."""
    with small_log.write("test"):
        for ref in ("T10", "T2", "t3"):
            small_log.tracks.add(ref, f"Track {ref}")
    assert small_log.read.track_choices() == [(t.ref, t.id, t.title) for t in small_log.tracks.list()]
    refs = [ref for ref, _id, _title in small_log.read.track_choices()]
    assert refs.index("T2") < refs.index("t3") < refs.index("T10")
