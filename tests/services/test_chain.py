"""Tampering with a log outside the app: direct SQL edits, truncation, re-hashing, forged dumps, a missing key."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from datetime import date
from pathlib import Path

import pytest

from mineralsdesk import paths
from mineralsdesk.documents.dump.jsondump import import_dump, write_dump
from mineralsdesk.errors import DumpError
from mineralsdesk.services import backups
from mineralsdesk.services.log import Log
from mineralsdesk.store import changelog

FIELDS = "seq, at, who, entity, entity_id, field, old, new, source, prev_hash, hash"


def _sql(path: Path, *statements: tuple[str, list]) -> None:
    """What someone with the file and the sqlite3 shell can do; the app is closed meanwhile."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for sql, params in statements:
            conn.execute(sql, params)
    finally:
        conn.close()


def _check(path: Path) -> list[str]:
    with Log.open(path, readonly=True) as log:
        return log.check().problems


def _positions_path(small_log: Log) -> tuple[Path, str, str]:
    ids = small_log.ids
    pos = small_log.positions.set(ids["clause"], "EU", ids["r2"], "reserves", note="n", red_line="No price floor",
                                 fallback="A study").record
    version = small_log.clauses.current_version(ids["clause"])
    small_log.close()
    return small_log.path, pos.id, version.id


def test_a_clean_log_checks_ok(small_log: Log):
    report = small_log.check()
    assert report.ok, report.problems
    seq, h = changelog.head(small_log.db)
    assert report.fingerprint == f"{h[:12]}#{seq}"


def test_direct_edit_of_a_clause_text_is_named(small_log: Log):
    path, _pos, version = _positions_path(small_log)
    _sql(path, ("UPDATE clause_versions SET text = 'The Participants may act.' WHERE id = ?", [version]))
    problems = _check(path)
    assert any(f"clause_versions {version}, field text" in p and "edited outside the app" in p for p in problems)


def test_direct_edit_of_a_red_line_is_named(small_log: Log):
    path, pos, _version = _positions_path(small_log)
    _sql(path, ("UPDATE positions SET red_line = 'Accept any price floor' WHERE id = ?", [pos]))
    problems = _check(path)
    assert [p for p in problems if f"positions {pos}, field red_line" in p] == [
        f"record: positions {pos}, field red_line: is 'Accept any price floor' but the change log says "
        "'No price floor' (edited outside the app)"]


def test_rows_added_or_removed_outside_the_app_are_named(small_log: Log):
    path, pos, _version = _positions_path(small_log)
    _sql(path, ("DELETE FROM positions WHERE id = ?", [pos]),
         ("INSERT INTO anchors (id, name, date) VALUES ('forged', 'Forged event', '2026-01-01')", []))
    problems = _check(path)
    assert any(f"positions {pos}: the change log says the record exists, but it is gone" in p for p in problems)
    assert any("anchors forged: the record is not in the change log" in p for p in problems)


def _drop_newest(path: Path, n: int) -> None:
    _sql(path, ("DROP TRIGGER changes_no_delete", []),
         (f"DELETE FROM changes WHERE seq > (SELECT max(seq) - {n} FROM changes)", []),
         ("CREATE TRIGGER changes_no_delete BEFORE DELETE ON changes "
          "BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END", []))


def test_deleting_the_newest_ten_entries_is_detected(small_log: Log):
    path, _pos, _version = _positions_path(small_log)
    _drop_newest(path, 10)
    problems = _check(path)
    assert not any("does not follow" in p for p in problems)  # the links that remain are intact
    assert any("truncated: the chain ends at entry" in p for p in problems)
    assert any("the chain does not match its key" in p for p in problems)


def test_truncation_is_caught_by_the_key_alone_without_an_anchor(small_log: Log):
    path, _pos, _version = _positions_path(small_log)
    for anchor in paths.keys_dir().glob("*.anchor"):
        anchor.unlink()
    _drop_newest(path, 10)
    assert any("the chain does not match its key" in p for p in _check(path))


def test_rewriting_an_entry_and_rehashing_the_rest_is_detected(small_log: Log):
    path, pos, _version = _positions_path(small_log)
    conn = sqlite3.connect(path, isolation_level=None)
    rows = conn.execute(f"SELECT {FIELDS} FROM changes ORDER BY seq").fetchall()
    # Rewrite what the history says the red line became, and the record with it, then re-hash every later entry.
    target = next(r for r in rows if r[4] == pos and r[5] == "red_line")
    conn.execute("DROP TRIGGER changes_no_update")
    conn.execute("UPDATE positions SET red_line = 'Accept any price floor' WHERE id = ?", [pos])
    prev = None
    for row in rows:
        seq, at, who, entity, entity_id, field, old, new, source, prev_hash, h = row
        if seq == target[0]:
            new = "Accept any price floor"
        if prev is not None:
            prev_hash = prev
        if seq >= target[0]:
            h = changelog.entry_hash(prev_hash, at, who, entity, entity_id, field, old, new, source)
            conn.execute("UPDATE changes SET new = ?, prev_hash = ?, hash = ? WHERE seq = ?", [new, prev_hash, h, seq])
        prev = h
    conn.close()
    with Log.open(path, readonly=True) as log:
        assert changelog.verify(log.db) == []  # a plain SHA-256 chain would call this intact
        problems = log.check().problems
    assert not any("red_line" in p for p in problems)  # the records agree with the rewritten history ...
    assert any("the chain does not match its key" in p for p in problems)  # ... but the key does not
    assert any("rewritten: entry" in p for p in problems)  # nor does this computer's anchor


def test_a_log_stays_checked_after_it_was_tampered_and_edited_again(small_log: Log):
    """The app must not extend a head that fails its MAC: the next edit would launder the tampering."""
    path, _pos, _version = _positions_path(small_log)
    _drop_newest(path, 3)
    with Log.open(path) as log:
        assert any("does not match its key" in w for w in log.warnings)
        log.anchors.add("After the tampering", date(2026, 5, 1))
        assert any("does not match its key" in p for p in log.check().problems)


def test_missing_key_is_reported_and_the_log_stays_usable_until_trusted(small_log: Log):
    path, _pos, _version = _positions_path(small_log)
    for key in paths.keys_dir().glob("*.key"):
        key.unlink()
    with Log.open(path) as log:
        assert any("key missing" in w for w in log.warnings)
        assert any(p.startswith("change log: key missing") for p in log.check().problems)
        log.anchors.add("Edited without the key", date(2026, 5, 1))  # usable
        assert log.trust() == 0
        report = log.check()
        assert report.ok, report.problems
        events = [c for c in log.changes(limit=5) if c.entity == "log"]
        assert events and "trusted as found" in events[0].new
    assert list(paths.keys_dir().glob("*.key"))


def test_trust_records_a_difference_the_user_accepts(small_log: Log):
    path, pos, _version = _positions_path(small_log)
    _sql(path, ("UPDATE positions SET note = 'fixed by hand' WHERE id = ?", [pos]))
    with Log.open(path) as log:
        assert not log.check().ok
        assert log.trust() == 1
        assert log.check().ok
        entry = log.changes(entity_id=pos, limit=1)[0]
        assert (entry.field, entry.old, entry.new, entry.source) == ("note", "n", "fixed by hand", "trusted as found")


def test_trust_refuses_a_broken_chain(small_log: Log):
    path, _pos, _version = _positions_path(small_log)
    _sql(path, ("DROP TRIGGER changes_no_update", []), ("UPDATE changes SET new = 'x' WHERE seq = 3", []))
    with Log.open(path) as log, pytest.raises(Exception, match="restore a backup"):
        log.trust()


def test_key_and_anchor_are_private_files_outside_the_log(small_log: Log):
    log_id = changelog.meta_value(small_log.db, "log_id")
    folder = paths.keys_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for suffix in (".key", ".anchor"):
        assert stat.S_IMODE((folder / f"{log_id}{suffix}").stat().st_mode) == 0o600
    key = (folder / f"{log_id}.key").read_text().strip()
    assert key.encode() not in small_log.path.read_bytes()


def test_a_hostile_log_id_never_becomes_a_path(small_log: Log, tmp_path):
    path, _pos, _version = _positions_path(small_log)
    _sql(path, ("UPDATE meta SET value = '../../../outside' WHERE key = 'log_id'", []))
    with Log.open(path) as log:
        log.anchors.add("x", date(2026, 5, 1))
        assert not log.check().ok
    assert not (paths.data_dir().parent / "outside.anchor").exists()
    assert not list(tmp_path.rglob("outside*"))


def _every_operation(log: Log) -> None:
    track = log.tracks.add("RM", "Roadmap", parties=["US", "EU"], target_date=date(2026, 5, 1)).record
    log.tracks.update(track.id, title="Strategic Partnership Roadmap", parties=["US", "EU", "JP"])
    spare = log.tracks.add("TMP", "Temporary").record
    log.tracks.delete(spare.id)
    log.parties.add("CA", "Canada")
    r1 = log.rounds.add(track.id, date(2026, 3, 1), place="Brussels", video=True).record
    r2 = log.rounds.add(track.id, date(2026, 3, 20), place="Washington").record
    log.rounds.update(r2.id, summary="Second reading", outcomes="Two brackets left")
    r3 = log.rounds.add(track.id, date(2026, 4, 2)).record
    act = log.actions.add(r3.id, "US", "Send text", due=date(2026, 4, 9)).record
    log.actions.update(act.id, done=True)
    log.rounds.delete(r3.id)
    act2 = log.actions.add(r1.id, "EU", "Reply").record
    log.actions.delete(act2.id)
    clause = log.clauses.add(track.id, "Art. 1", "Stockpiles", "The Participants [shall / should] share data.",
                            party="US", round_id=r1.id, topic="stockpiling", minerals=["cobalt"]).record
    log.clauses.update(clause.id, title="Stockpile data", minerals=["cobalt", "nickel"], topic="other")
    log.clauses.set_status(clause.id, "proposed")
    log.clauses.restore_status(clause.id, "drafted")
    log.clauses.revise(clause.id, "The Participants shall share data [within 30 days].", round_id=r2.id, party="EU")
    bracket = log.brackets.list(clause.id, open_only=True)[0]
    log.brackets.update(bracket.id, supporters=["EU"], objectors=["US"])
    log.clauses.revise(clause.id, "The Participants shall share data.", round_id=r2.id, party="US")
    log.clauses.delete_latest_version(clause.id)
    pos = log.positions.set(clause.id, "EU", r2.id, "reserves", red_line="No floor", fallback="Study",
                           internal_note="ask capital").record
    log.positions.set(clause.id, "EU", r2.id, "supports", red_line="", note="moved")
    other = log.positions.set(clause.id, "US", r2.id, "opposes").record
    log.positions.delete(other.id)
    gone = log.clauses.add(track.id, "Art. 2", "Gone", "Text.", party="EU").record
    log.positions.set(gone.id, "US", r1.id, "supports")
    log.clauses.delete(gone.id)
    anchor = log.anchors.add("Statement", date(2026, 2, 4)).record
    log.anchors.move(anchor.id, date(2026, 2, 5))
    log.anchors.update(anchor.id, name="Joint statement", date=date(2026, 2, 6))
    com = log.commitments.add("US", "Issue the MoU", track_id=track.id, anchor_id=anchor.id, offset_days=30).record
    log.commitments.update(com.id, text="Issue the MoU text", due_date=date(2026, 6, 1), anchor_id=None, offset_days=0)
    log.commitments.set_state(com.id, "at risk")
    ass = log.commitments.assess(com.id, "EU", 1, evidence="draft seen", on=date(2026, 3, 2)).record
    log.commitments.update_assessment(ass.id, score=0)
    log.commitments.delete_assessment(ass.id)
    com2 = log.commitments.add("EU", "Reply", due_date=date(2026, 7, 1)).record
    log.commitments.assess(com2.id, "US", -1)
    log.commitments.delete(com2.id)
    log.update_settings(log_name="Renamed", delegation="EU team", user_name="Officer", our_party="EU")
    backups.set_keep_count(log, 5)
    assert pos.id


def test_every_service_operation_keeps_the_replay_exact(log: Log):
    _every_operation(log)
    report = log.check()
    assert report.ok, report.problems
    assert report.counts["changes"] > 100


def test_the_demo_log_replays(demo_log: Log):
    report = demo_log.check()
    assert report.ok, report.problems


def _dump(log: Log, tmp_path: Path) -> dict:
    return json.loads(write_dump(log, tmp_path / "a.json").read_text())


@pytest.mark.parametrize("cut", ["empty", "truncated", "rehashed"])
def test_a_dump_whose_history_does_not_verify_is_refused(small_log: Log, tmp_path, cut):
    data = _dump(small_log, tmp_path)
    if cut == "empty":
        data["changes"] = []
    elif cut == "truncated":
        data["changes"] = data["changes"][:-12]
    else:  # a record and its history rewritten consistently, the chain re-hashed: only the key can tell
        clause = data["clauses"][0]
        clause["title"] = "Forged title"
        prev = changelog.GENESIS
        for entry in data["changes"]:
            if entry["entity_id"] == clause["id"] and entry["field"] == "title":
                entry["new"] = "Forged title"
            entry["prev_hash"] = prev
            entry["hash"] = prev = changelog.entry_hash(*(entry[k] for k in (
                "prev_hash", "at", "who", "entity", "entity_id", "field", "old", "new", "source")))
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data))
    with Log.create(tmp_path / "fresh.mdesk") as fresh:
        before = fresh.dump()
        with pytest.raises(DumpError, match="history does not verify.*--new-start"):
            import_dump(fresh, bad)
        assert fresh.dump() == before
        note = import_dump(fresh, bad, new_start=True)
        assert note.startswith("taken as a new starting point")
        assert fresh.check().ok
        events = [c for c in fresh.changes(limit=3) if c.entity == "log"]
        assert {e.field for e in events} == {"JSON import", "import outcome"}


def test_a_dump_from_another_computer_is_kept_but_said_unauthenticated(small_log: Log, tmp_path):
    path = write_dump(small_log, tmp_path / "a.json")
    for key in paths.keys_dir().glob("*"):
        key.unlink()
    with Log.create(tmp_path / "fresh.mdesk") as fresh:
        note = import_dump(fresh, path)
        assert "not authenticated" in note
        assert fresh.check().ok


def test_legacy_log_is_keyed_on_first_open(tmp_path):
    fixture = Path(__file__).parent.parent / "faults" / "fixtures" / "schema2.mdesk"
    target = tmp_path / "old.mdesk"
    target.write_bytes(fixture.read_bytes())
    os.chmod(target, 0o600)
    with Log.open(target) as log:
        assert any("keyed on this computer" in w for w in log.warnings)
        report = log.check()
        assert report.ok, report.problems
    with Log.open(target) as log:
        assert not log.warnings or not any("keyed" in w for w in log.warnings)


def test_hostile_chain_settings_and_anchor_are_reported_not_raised(small_log: Log):
    path, _pos, _version = _positions_path(small_log)
    with Log.open(path, readonly=True) as opened:
        log_id = changelog.meta_value(opened.db, "log_id")
    (paths.keys_dir() / f"{log_id}.anchor").write_text('{"seq": 99999999999999999999999, "hash": "zz"}')
    _sql(path, ("UPDATE meta SET value = '99999999999999999999999999:00' WHERE key = 'chain_mac'", []))
    problems = _check(path)
    assert any("does not match its key" in p for p in problems)


def test_a_dump_older_than_its_log_imports_on_the_same_computer(small_log: Log, tmp_path):
    path = write_dump(small_log, tmp_path / "a.json")
    small_log.anchors.add("After the export", date(2026, 5, 1))  # the anchor moves past the dump's head
    with Log.create(tmp_path / "fresh.mdesk") as fresh:
        note = import_dump(fresh, path)
        assert "authenticated with this computer's key" in note
        assert fresh.check().ok


def test_backup_names_and_listing_carry_the_head(small_log: Log):
    info = backups.take_backup(small_log, "manual")
    head = small_log.fingerprint()
    assert info.head == head and head.replace("#", "-") in info.path.name
    older = info.path.with_name("20260101T000000000000Z.daily.mdesk")  # a name from before heads were added
    older.write_bytes(info.path.read_bytes())
    listed = {b.path.name: b.head for b in backups.list_backups(small_log.path)}
    assert listed == {info.path.name: head, older.name: ""}


def test_a_restore_is_recorded_and_moves_the_anchor_back(small_log: Log):
    info = backups.take_backup(small_log, "manual")
    small_log.anchors.add("Undone by the restore", date(2026, 5, 1))
    path = small_log.path
    small_log.close()
    backups.restore_backup(path, info.path)
    with Log.open(path) as back:
        report = back.check()
        assert report.ok, report.problems
        assert back.changes(limit=1)[0].field == "restored"
