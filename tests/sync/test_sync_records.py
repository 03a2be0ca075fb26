"""Sync of the round room's records (members, minutes, comments, owners), of attachments with their bytes, and
of brackets beside the merged clause text."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from synckit import PASSPHRASE

from mineralsdesk.errors import SyncError
from mineralsdesk.services.log import Log
from mineralsdesk.services.sync import exchange


def _send(sender: Log, receiver: Log, folder: Path, name: str) -> exchange.ImportResult:
    out = exchange.export(sender, folder / name, receiver.settings.user_name, passphrase=PASSPHRASE)
    return exchange.import_file(receiver, out, passphrase=PASSPHRASE)


def _payload(log: Log, path: Path) -> dict:
    return exchange._read(log, path, PASSPHRASE)[1]


PAPER = ("Non-paper on recycling quotas. The zirconiumquota of each Party is reviewed yearly.\n" * 40).encode()


def test_an_attachment_travels_with_its_bytes_and_its_text_is_found(laptops, tmp_path):
    anna, ben, chiara = laptops
    clause = anna.clauses.list()[0]
    made = anna.attachments.add(PAPER, "non-paper.txt", target_kind="clause", target_id=clause.id).record
    anna.attachments.add(PAPER, "same paper again.txt", target_kind="clause", target_id=clause.id)
    out = exchange.export(anna, tmp_path / "a.mdsync", "Ben", passphrase=PASSPHRASE)
    assert list(_payload(ben, out)["blobs"]) == [made.sha256]  # one content, carried once
    result = exchange.import_file(ben, out, passphrase=PASSPHRASE)
    assert result.report.conflicts == 0 and not exchange.conflicts(ben)
    assert ben.attachments.read_bytes(made.id) == PAPER
    assert {a.name for a in ben.attachments.list()} == {"non-paper.txt", "same paper again.txt"}
    hits = ben.search("zirconiumquota")
    assert {h.entity_id for h in hits if h.kind == "attachment"} >= {made.id}
    assert ben.check(against_anchor=False).ok, ben.check(against_anchor=False).problems
    # Ben passes it on to Chiara (Anna's chain, carried by Ben): the bytes go along.
    _send(ben, chiara, tmp_path, "b.mdsync")
    assert chiara.attachments.read_bytes(made.id) == PAPER
    assert chiara.search("zirconiumquota")


def test_a_file_size_follows_the_changes_not_the_attached_contents(laptops, tmp_path):
    anna, ben, _ = laptops
    clause = anna.clauses.list()[0]
    anna.attachments.add(os.urandom(200_000), "scan.bin", target_kind="clause", target_id=clause.id)
    first = exchange.export(anna, tmp_path / "a.mdsync", "Ben", passphrase=PASSPHRASE)
    exchange.import_file(ben, first, passphrase=PASSPHRASE)
    _send(ben, anna, tmp_path, "ack.mdsync")  # Ben says what he holds
    anna.clauses.update(clause.id, title="Scope, revised")
    second = exchange.export(anna, tmp_path / "b.mdsync", "Ben", passphrase=PASSPHRASE)
    assert first.stat().st_size > 200_000 > 20 * second.stat().st_size
    assert _payload(ben, second)["blobs"] == {}


def test_a_synced_deletion_takes_the_unused_content_along(laptops, tmp_path):
    anna, ben, _ = laptops
    clause = anna.clauses.list()[0]
    made = anna.attachments.add(PAPER, "non-paper.txt", target_kind="clause", target_id=clause.id).record
    _send(anna, ben, tmp_path, "a.mdsync")
    anna.attachments.delete(made.id)
    _send(anna, ben, tmp_path, "b.mdsync")
    assert ben.attachments.list() == [] and ben.attachments.content_info(made) is None
    assert not ben.search("zirconiumquota")


def test_bytes_that_do_not_match_their_digest_are_refused():
    with pytest.raises(SyncError, match="do not match their SHA-256"):
        exchange._received_contents({"blobs": {"0" * 64: ["aGVsbG8=", None, ""]}}, "f.mdsync")


def test_round_room_records_merge_field_by_field(laptops, tmp_path):
    anna, ben, _ = laptops
    clause = anna.clauses.list()[0]
    rnd = anna.rounds.list()[0]
    member = anna.members.add("Dana Ruiz", "DR").record
    note = anna.comments.add("clause", clause.id, "Ask the legal service").record
    said = anna.minutes.add(rnd.id, clause.id, "US", "supports", "Supports the scope").record
    _send(anna, ben, tmp_path, "a.mdsync")
    assert ben.members.get(member.id).name == "Dana Ruiz"
    # Different fields on each laptop merge; the owner set on one laptop arrives on the other.
    anna.members.update(member.id, role="legal adviser")
    ben.members.update(member.id, name="Dana Ruiz Vidal")
    anna.clauses.assign(clause.id, member.id)
    ben.minutes.update(said.id, text="Supports the scope, with a reservation")
    anna.minutes.update(said.id, signal="reserves")
    ben.comments.add("clause", clause.id, "Done: legal says fine", parent_id=note.id)
    anna.comments.edit(note.id, "Ask the legal service (urgent)")
    ben.comments.edit(note.id, "Ask the legal service today")  # the same field: a conflict
    _send(anna, ben, tmp_path, "b.mdsync")
    _send(ben, anna, tmp_path, "c.mdsync")
    for log in (anna, ben):
        m = log.members.get(member.id)
        assert (m.name, m.role) == ("Dana Ruiz Vidal", "legal adviser")
        assert log.clauses.get(clause.id).owner == member.id
        i = [x for x in log.minutes.list() if x.id == said.id][0]
        assert (i.text, i.signal.value) == ("Supports the scope, with a reservation", "reserves")
        assert len(log.comments.list(clause.id)) == 2
        [c] = exchange.conflicts(log)
        assert (c.entity, c.field) == ("comments", "text")
    for log in (anna, ben):
        exchange.resolve(log, exchange.conflicts(log)[0].id, choice="value", value="Ask the legal service today")
    assert [c.text for c in anna.comments.list(clause.id)] == [c.text for c in ben.comments.list(clause.id)]
    assert "Ask the legal service today" in [c.text for c in anna.comments.list(clause.id)]


def test_different_brackets_of_one_text_edited_on_two_laptops(laptops, tmp_path):
    anna, ben, _ = laptops
    clause = anna.clauses.list()[0]
    rnd = anna.rounds.list()[0]
    anna.clauses.revise(clause.id, "The [Parties] shall [cooperate] on [stockpiles].", round_id=rnd.id, party="EU")
    _send(anna, ben, tmp_path, "a.mdsync")
    by_text = {b.text: b for b in ben.brackets.list(clause.id, open_only=True)}
    anna.brackets.update(by_text["cooperate"].id, objectors=["US"])
    ben.brackets.update(by_text["stockpiles"].id, supporters=["EU", "JP"])
    _send(anna, ben, tmp_path, "b.mdsync")
    _send(ben, anna, tmp_path, "c.mdsync")
    for log in (anna, ben):
        assert not exchange.conflicts(log)
        now = {b.text: b for b in log.brackets.list(clause.id, open_only=True)}
        assert set(now) == {"Parties", "cooperate", "stockpiles"}  # the open brackets are the text's
        assert now["cooperate"].objectors == ["US"] and now["stockpiles"].supporters == ["EU", "JP"]
        latest = log.clauses.current_version(clause.id).text
        assert all(f"[{t}]" in latest for t in now)


def test_two_revisions_of_one_text_keep_both_laptops_alike_until_the_next_revision_reconciles(laptops, tmp_path):
    anna, ben, _ = laptops
    clause = anna.clauses.list()[0]
    rnd = anna.rounds.list()[0]
    anna.clauses.revise(clause.id, "The Parties shall [cooperate] on [stockpiles].", round_id=rnd.id, party="EU")
    ben.clauses.revise(clause.id, "The [Parties] shall cooperate on [stocks].", round_id=rnd.id, party="US")
    _send(anna, ben, tmp_path, "a.mdsync")
    _send(ben, anna, tmp_path, "b.mdsync")

    def brackets(log: Log) -> list[tuple[str, bool]]:
        return sorted((b.text, b.resolved_round_id is None) for b in log.brackets.list(clause.id))

    assert brackets(anna) == brackets(ben)  # each laptop's reconciliation travelled with its version
    assert [v.text for v in anna.clauses.versions(clause.id)] == [v.text for v in ben.clauses.versions(clause.id)]
    latest = anna.clauses.current_version(clause.id).text
    anna.clauses.revise(clause.id, latest, round_id=rnd.id, party="EU")  # the next revision reconciles
    _send(anna, ben, tmp_path, "c.mdsync")
    for log in (anna, ben):
        open_now = sorted(b.text for b in log.brackets.list(clause.id, open_only=True))
        expected = ["Parties", "stocks"] if "stocks]" in latest else ["cooperate", "stockpiles"]
        assert open_now == expected  # which text is newest follows the versions' ids, alike everywhere
    assert brackets(anna) == brackets(ben)


def test_a_batch_of_edits_to_one_record_applies_in_order_with_its_chain_and_search(laptops, tmp_path):
    anna, ben, _ = laptops
    clause = anna.clauses.list()[0]
    for word in ("Scope", "Scope and aims", "Scope, aims and cobaltine"):
        anna.clauses.update(clause.id, title=word)
    anna.clauses.update(clause.id, topic="response group")
    before = ben.changes(limit=1)[0].seq
    result = _send(anna, ben, tmp_path, "a.mdsync")
    assert (result.report.applied, result.report.conflicts) == (3, 0)
    got = ben.clauses.get(clause.id)
    assert (got.title, got.topic.value) == ("Scope, aims and cobaltine", "response group")
    mine = sorted((e.seq, e.field, e.old, e.new) for e in ben.changes(limit=50)
                  if e.seq > before and e.entity == "clauses")
    assert [m[1:] for m in mine if m[1] == "title"] == [("title", "Scope", "Scope and aims"),
                                                       ("title", "Scope and aims", "Scope, aims and cobaltine")]
    assert [m[3] for m in mine if m[1] == "topic"] == ["response group"]
    assert [h.entity_id for h in ben.search("cobaltine")] == [clause.id]
    assert ben.check(against_anchor=False).ok, ben.check(against_anchor=False).problems


def test_the_batched_update_names_only_columns_of_a_record_table(laptops):
    from mineralsdesk.store import sync_state

    anna = laptops[0]
    clause = anna.clauses.list()[0]
    for table, columns in (("clauses", ("title; DROP TABLE clauses",)), ("clauses", ("rev",)), ("meta", ("value",))):
        with pytest.raises(ValueError):
            sync_state.update_columns(anna.db, table, columns, [["x", clause.id]])
    assert anna.clauses.get(clause.id).title == "Scope"
