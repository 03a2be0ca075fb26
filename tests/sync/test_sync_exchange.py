"""Sync files between laptops of one delegation: the merge, conflicts, renumbering, refusals, repeats, secrecy."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from synckit import PASSPHRASE, small_log

from mineralsdesk.errors import SyncError
from mineralsdesk.services.log import Log
from mineralsdesk.services.sync import exchange, identity


def _send(sender: Log, receiver: Log, folder: Path, name: str = "f.mdsync") -> exchange.ImportResult:
    out = exchange.export(sender, folder / name, receiver.settings.user_name, passphrase=PASSPHRASE)
    return exchange.import_file(receiver, out, passphrase=PASSPHRASE)


def _clause(log: Log):
    return log.clauses.list()[0]


def test_each_laptop_has_its_own_device_and_the_delegation_is_shared(laptops):
    devices = {identity.device_id(log) for log in laptops}
    assert len(devices) == 3 and all(len(d) == 32 for d in devices)
    assert len({identity.delegation_id(log) for log in laptops}) == 1
    assert [p.name for p in exchange.peers(laptops[0])] == ["Ben", "Chiara"]


def test_edits_to_different_fields_merge_and_the_same_field_goes_to_the_queue(laptops, tmp_path):
    anna, ben, _ = laptops
    clause = _clause(anna)
    anna.clauses.update(clause.id, title="Scope (Anna)")
    ben.clauses.update(clause.id, title="Scope (Ben)")
    ben.clauses.update(clause.id, topic="stockpiling")
    track = anna.tracks.list()[0]
    anna.tracks.update(track.id, description="from Anna")
    _send(anna, ben, tmp_path, "a.mdsync")
    result = _send(ben, anna, tmp_path, "b.mdsync")
    assert result.report.conflicts == 1
    for log, ours, theirs in ((anna, "Scope (Anna)", "Scope (Ben)"), (ben, "Scope (Ben)", "Scope (Anna)")):
        assert _clause(log).topic.value == "stockpiling"
        assert log.tracks.list()[0].description == "from Anna"
        [conflict] = exchange.conflicts(log)
        assert (conflict.field, conflict.base, conflict.ours, conflict.theirs) == ("title", "Scope", ours, theirs)
        assert _clause(log).title == ours  # never overwritten
    exchange.resolve(anna, exchange.conflicts(anna)[0].id, choice="theirs")
    exchange.resolve(ben, exchange.conflicts(ben)[0].id, choice="ours")
    assert _clause(anna).title == _clause(ben).title == "Scope (Ben)"
    assert anna.changes(limit=1)[0].source == exchange.RESOLVE_SOURCE
    assert anna.check(against_anchor=False).ok and ben.check(against_anchor=False).ok


def test_two_new_versions_of_one_clause_are_both_kept_and_numbered_alike(laptops, tmp_path):
    anna, ben, _ = laptops
    clause = _clause(anna)
    rnd = anna.rounds.list()[0]
    anna.clauses.revise(clause.id, "The Parties shall [cooperate closely].", round_id=rnd.id, party="EU")
    ben.clauses.revise(clause.id, "The Parties may cooperate.", round_id=rnd.id, party="US")
    _send(anna, ben, tmp_path, "a.mdsync")
    _send(ben, anna, tmp_path, "b.mdsync")
    seen = [[(v.number, v.text) for v in log.clauses.versions(clause.id)] for log in (anna, ben)]
    assert seen[0] == seen[1] and [n for n, _ in seen[0]] == [1, 2, 3]
    assert {t for _, t in seen[0][1:]} == {"The Parties shall [cooperate closely].", "The Parties may cooperate."}
    latest = seen[0][-1][1].split()[-1].strip(".[]")
    assert anna.search(latest) and ben.search(latest)  # the search index follows merged texts


def test_an_edit_against_a_deletion_is_a_conflict(laptops, tmp_path):
    anna, ben, _ = laptops
    action = anna.actions.add(anna.rounds.list()[0].id, "EU", "Circulate draft").record
    _send(anna, ben, tmp_path, "a.mdsync")
    _send(ben, anna, tmp_path, "b0.mdsync")
    anna.actions.delete(action.id)
    ben.actions.update(action.id, text="Circulate the revised draft")
    _send(anna, ben, tmp_path, "a2.mdsync")
    result = _send(ben, anna, tmp_path, "b.mdsync")
    assert result.report.conflicts == 1
    [conflict] = exchange.conflicts(anna)
    assert conflict.ours is None and conflict.theirs == "Circulate the revised draft"
    with pytest.raises(SyncError):
        exchange.resolve(anna, conflict.id, choice="theirs")
    exchange.resolve(anna, conflict.id, choice="ours")
    assert exchange.conflicts(anna) == []


def test_a_repeat_changes_nothing_and_a_dry_run_writes_nothing(laptops, tmp_path):
    anna, ben, _ = laptops
    anna.clauses.update(_clause(anna).id, title="New title")
    out = exchange.export(anna, tmp_path / "a.mdsync", "Ben", passphrase=PASSPHRASE)
    head = ben.fingerprint()
    dry = exchange.import_file(ben, out, passphrase=PASSPHRASE, dry_run=True)
    assert dry.report.applied == 1 and ben.fingerprint() == head and _clause(ben).title == "Scope"
    exchange.import_file(ben, out, passphrase=PASSPHRASE)
    after = ben.fingerprint()
    again = exchange.import_file(ben, out, passphrase=PASSPHRASE)
    assert again.new_entries == 0 and ben.fingerprint() == after and "nothing changed" in again.summary()


def test_files_altered_foreign_misaddressed_or_out_of_order_are_refused_in_one_line(laptops, tmp_path):
    anna, ben, chiara = laptops
    anna.clauses.update(_clause(anna).id, title="One")
    first = exchange.export(anna, tmp_path / "1.mdsync", "Ben", passphrase=PASSPHRASE)
    blob = bytearray(first.read_bytes())
    blob[-20] ^= 1
    (tmp_path / "altered.mdsync").write_bytes(bytes(blob))
    stranger = small_log(tmp_path / "other.mdesk")
    refusals = {
        "altered": (ben, tmp_path / "altered.mdsync", PASSPHRASE),
        "wrong passphrase": (ben, first, "another passphrase entirely"),
        "another delegation": (stranger, first, PASSPHRASE),
        "another laptop": (chiara, first, PASSPHRASE),
        "own file": (anna, first, PASSPHRASE),
    }
    for case, (log, path, phrase) in refusals.items():
        head = log.fingerprint()
        with pytest.raises(SyncError) as caught:
            exchange.import_file(log, path, passphrase=phrase)
        assert "\n" not in str(caught.value) and log.fingerprint() == head, case
    stranger.close()
    # A later file whose start this log does not hold (Ben's log went back to an older state after it
    # acknowledged the first file): refused, nothing changed.
    exchange.import_file(ben, first, passphrase=PASSPHRASE)
    _send(ben, anna, tmp_path, "ack.mdsync")
    anna.clauses.update(_clause(anna).id, title="Two")
    second = exchange.export(anna, tmp_path / "2.mdsync", "Ben", passphrase=PASSPHRASE)
    ben.close()
    with sqlite3.connect(tmp_path / "ben.mdesk") as conn:
        conn.execute("DELETE FROM sync_received WHERE seq > (SELECT max(seq) - 2 FROM sync_received)")
    ben = laptops[1] = Log.open(tmp_path / "ben.mdesk")
    head = ben.fingerprint()
    with pytest.raises(SyncError, match="out of order"):
        exchange.import_file(ben, second, passphrase=PASSPHRASE)
    assert ben.fingerprint() == head


def test_a_sync_file_never_carries_plain_text(laptops, tmp_path):
    anna, ben, _ = laptops
    clause = _clause(anna)
    rnd = anna.rounds.list()[0]
    anna.positions.set(clause.id, "EU", rnd.id, "opposes", red_line="REDLINE-MARKER-42",
                       internal_note="INTERNAL-MARKER-42")
    out = exchange.export(anna, tmp_path / "a.mdsync", "Ben", passphrase=PASSPHRASE)
    blob = out.read_bytes()
    assert b"MARKER-42" not in blob and b"Scope" not in blob and out.stat().st_mode & 0o077 == 0
    exchange.import_file(ben, out, passphrase=PASSPHRASE)
    assert ben.positions.list(clause.id)[0].red_line == "REDLINE-MARKER-42"


def test_third_laptops_entries_travel_through_a_colleague(laptops, tmp_path):
    anna, ben, chiara = laptops
    ben.tracks.update(ben.tracks.list()[0].id, description="Ben's note")
    _send(ben, anna, tmp_path, "b.mdsync")
    _send(anna, chiara, tmp_path, "a.mdsync")
    assert chiara.tracks.list()[0].description == "Ben's note"
    assert chiara.check(against_anchor=False).ok


def test_check_verifies_every_received_chain(laptops, tmp_path):
    anna, ben, _ = laptops
    ben.tracks.update(ben.tracks.list()[0].id, description="Ben's note")
    _send(ben, anna, tmp_path)
    assert anna.check(against_anchor=False).ok
    anna.close()
    with sqlite3.connect(tmp_path / "anna.mdesk") as conn:
        conn.execute("UPDATE sync_received SET new = 'forged' WHERE new = 'Ben''s note'")
    laptops[0] = Log.open(tmp_path / "anna.mdesk")
    problems = laptops[0].check(against_anchor=False).problems
    assert any("does not match its hash" in p for p in problems)


def test_an_encrypted_log_syncs_with_its_own_passphrase(tmp_path):
    phrase = "correct horse battery staple"
    anna = small_log(tmp_path / "anna.mdesk", passphrase=phrase)
    identity.clone(anna, tmp_path / "ben.mdesk", colleague="Ben")
    ben = Log.open(tmp_path / "ben.mdesk", passphrase=phrase)
    anna.clauses.update(_clause(anna).id, title="Encrypted edit")
    out = exchange.export(anna, tmp_path / "a.mdsync", "Ben")
    exchange.import_file(ben, out)
    assert _clause(ben).title == "Encrypted edit" and ben.encrypted
    anna.close()
    ben.close()


def test_clauses_merged_from_a_colleague_are_laid_out_in_the_reading_order(laptops, tmp_path, monkeypatch):
    """A colleague's clauses arrive in the order they were added there; the receiving log's Clauses table is laid
    out again in the merge's own transaction when they leave it far out of the reading order."""
    from mineralsdesk.store import clause_keys

    anna, ben, _chiara = laptops
    track = anna.tracks.list()[0]
    with ben.write("test"):
        for n in range(20, 1, -1):
            ben.clauses.add(track.id, f"Art. {n}", f"Clause {n}", f"Text {n}.", party="EU")
    monkeypatch.setattr(clause_keys, "SCATTERED_MIN", 10)
    _send(ben, anna, tmp_path)
    assert len(anna.clauses.list()) == 20 and clause_keys.laid_out(anna.db)
    assert [r.ref for r in anna.read.clause_rows()] == [f"Art. {n}" for n in range(1, 21)]
    assert anna.check().ok
