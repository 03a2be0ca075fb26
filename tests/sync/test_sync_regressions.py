"""Sequences the property test found, replayed exactly (no hypothesis), and the rule each one pins down.

A deletion made by hand replaces what its laptop held, as a later edit does: a paper renamed and then deleted
(by the same user, or by a colleague who had received the rename) is gone on every laptop, with no conflict. A
rename the deleting laptop never held (made at the same time elsewhere) reaches the conflict queue.
"""

from __future__ import annotations

from pathlib import Path

from synckit import PASSPHRASE
from test_sync_properties import _converge_and_lose_nothing

from mineralsdesk.services.log import Log
from mineralsdesk.services.sync import exchange

# Ben attaches a paper, renames it and deletes it; files go round with losses and repeats (found 2026-12-05 by
# test_three_laptops_converge_on_long_sequences). Every laptop converged with the paper deleted; the "no edit
# lost" check did not count a deletion as replacing the rename before it.
RENAMED_THEN_DELETED = [
    ('edit', (0, 'track', 'alpha')), ('edit', (0, 'assess', 'alpha')), ('edit', (0, 'track', 'alpha')),
    ('edit', (0, 'track', 'alpha')), ('edit', (0, 'track', 'alpha')), ('edit', (0, 'track', 'alpha')),
    ('edit', (0, 'track', 'alpha')), ('edit', (1, 'attach', 'alpha')), ('edit', (0, 'track', 'alpha')),
    ('send', 0, 2, False), ('send', 1, 0, True), ('send', 2, 0, True), ('send', 2, 0, False), ('repeat', 15),
    ('edit', (0, 'intervention', 'alpha')), ('send', 0, 1, False), ('repeat', 32),
    ('edit', (1, 'attach_rename', 'alpha')), ('edit', (1, 'attach_delete', 'alpha')), ('send', 0, 1, False),
    ('send', 2, 0, True), ('repeat', 37), ('repeat', 34), ('repeat', 36), ('send', 0, 0, False), ('repeat', 42),
    ('repeat', 33), ('send', 1, 2, False), ('edit', (1, 'attach', 'beta')), ('send', 2, 1, False), ('repeat', 0),
    ('repeat', 29), ('repeat', 13), ('send', 2, 0, False), ('repeat', 39), ('repeat', 9), ('send', 0, 0, True),
    ('repeat', 6), ('repeat', 6)]
# The same, shrunk by hand: Anna attaches and renames a paper, Ben receives it and deletes it.
RENAMED_THERE_DELETED_HERE = [('edit', (0, 'attach', 'alpha')), ('edit', (0, 'attach_rename', 'alpha')),
                              ('send', 0, 1, True), ('edit', (1, 'attach_delete', 'alpha'))]
# And the concurrent case: Anna renames while Ben, who had the paper, deletes it.
RENAMED_WHILE_DELETED = [('edit', (0, 'attach', 'alpha')), ('send', 0, 1, True),
                         ('edit', (0, 'attach_rename', 'alpha')), ('edit', (1, 'attach_delete', 'alpha'))]


def test_the_found_sequence_converges_and_loses_no_edit(tmp_path_factory):
    assert _converge_and_lose_nothing(tmp_path_factory, RENAMED_THEN_DELETED) == [True, True, True]


def test_a_rename_then_a_deletion_by_whoever_received_it_converges(tmp_path_factory):
    assert _converge_and_lose_nothing(tmp_path_factory, RENAMED_THERE_DELETED_HERE) == [True, True, True]


def test_a_rename_while_deleted_elsewhere_converges(tmp_path_factory):
    assert _converge_and_lose_nothing(tmp_path_factory, RENAMED_WHILE_DELETED) == [True, True, True]


def _send(sender: Log, receiver: Log, folder: Path, name: str) -> exchange.ImportResult:
    out = exchange.export(sender, folder / name, receiver.settings.user_name, passphrase=PASSPHRASE)
    return exchange.import_file(receiver, out, passphrase=PASSPHRASE)


def test_a_paper_renamed_then_deleted_by_its_author_is_gone_everywhere(laptops, tmp_path):
    anna, ben, chiara = laptops
    clause = ben.clauses.list()[0]
    paper = ben.attachments.add(b"Paper on quotas", "paper-1.txt", target_kind="clause", target_id=clause.id).record
    _send(ben, anna, tmp_path, "b1.mdsync")
    assert [a.name for a in anna.attachments.list()] == ["paper-1.txt"]
    ben.attachments.rename(paper.id, "paper.txt")
    ben.attachments.delete(paper.id)
    result = _send(ben, anna, tmp_path, "b2.mdsync")
    assert result.report.conflicts == 0 and result.report.applied == 2  # the rename, then the deletion
    _send(anna, chiara, tmp_path, "a1.mdsync")
    for log in laptops:
        assert log.attachments.list() == [] and exchange.conflicts(log) == []
        assert log.check(against_anchor=False).ok
    renamed = [e for e in anna.changes(entity_id=paper.id) if e.field == "name" and e.new == "paper.txt"]
    assert renamed  # Ben's rename is in Anna's change log, before the deletion that replaced it


def test_a_rename_the_deleting_laptop_never_held_is_a_conflict_there(laptops, tmp_path):
    anna, ben, _ = laptops
    clause = anna.clauses.list()[0]
    paper = anna.attachments.add(b"Paper on quotas", "paper-1.txt", target_kind="clause",
                                 target_id=clause.id).record
    _send(anna, ben, tmp_path, "a1.mdsync")
    _send(ben, anna, tmp_path, "b1.mdsync")
    anna.attachments.rename(paper.id, "paper.txt")
    ben.attachments.delete(paper.id)
    assert _send(anna, ben, tmp_path, "a2.mdsync").report.conflicts == 1
    [conflict] = exchange.conflicts(ben)
    assert (conflict.field, conflict.ours, conflict.theirs) == ("name", None, "paper.txt")
    _send(ben, anna, tmp_path, "b2.mdsync")
    assert anna.attachments.list() == [] == ben.attachments.list()


def test_a_paper_attached_and_deleted_before_anyone_had_it_leaves_no_conflict(laptops, tmp_path):
    """Its whole life travels in one file without its bytes (gone with it): passed over, not a conflict."""
    anna, ben, chiara = laptops
    clause = ben.clauses.list()[0]
    paper = ben.attachments.add(b"Draft on quotas", "draft.txt", target_kind="clause", target_id=clause.id).record
    ben.attachments.rename(paper.id, "draft-2.txt")
    ben.attachments.delete(paper.id)
    result = _send(ben, anna, tmp_path, "b1.mdsync")
    assert result.report.conflicts == 0 and result.report.already == 3  # created, renamed, deleted
    _send(anna, chiara, tmp_path, "a1.mdsync")
    for log in laptops:
        assert log.attachments.list() == [] and exchange.conflicts(log) == []
        assert log.check(against_anchor=False).ok
