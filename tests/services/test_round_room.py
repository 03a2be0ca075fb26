"""The round room's core: the roster, the minutes and what they imply, comment threads, owners."""

from __future__ import annotations

from datetime import date

import pytest

from mineralsdesk.domain.model import Stance
from mineralsdesk.errors import InvalidInputError
from mineralsdesk.services import refs
from mineralsdesk.services.log import Log


@pytest.fixture
def room(small_log: Log) -> Log:
    log = small_log
    log.ids["ana"] = log.members.add("Ana Ruiz", "ar", role="lawyer").record.id
    log.ids["ben"] = log.members.add("Ben Ode", "BO", role="expert").record.id
    log.ids["bracket"] = log.brackets.list(log.ids["clause"], open_only=True)[0].id
    return log


def test_members_have_unique_initials_and_one_with_notes_cannot_be_removed(room: Log):
    assert [m.initials for m in room.members.list()] == ["AR", "BO"]
    with pytest.raises(InvalidInputError, match="taken by Ana Ruiz"):
        room.members.add("Another", "Ar")
    with pytest.raises(InvalidInputError, match="1 to 4 letters"):
        room.members.add("Digits", "A1")
    room.comments.add("clause", room.ids["clause"], "Check with capital", author=room.ids["ana"])
    with pytest.raises(InvalidInputError, match="mark them inactive"):
        room.members.delete(room.ids["ana"])
    room.members.update(room.ids["ana"], active=False)
    assert room.comments.list()[0].author == room.ids["ana"]  # the note keeps its author
    assert room.members.delete(room.ids["ben"]).ids == {room.ids["ben"]}
    assert room.members.by_initials("ar").name == "Ana Ruiz"
    with pytest.raises(InvalidInputError, match="known initials: AR"):
        room.members.by_initials("ZZ")


def test_interventions_are_numbered_checked_and_searchable(room: Log):
    r2, clause = room.ids["r2"], room.ids["clause"]
    first = room.minutes.add(r2, clause, "US", "objects", "Sixty days is too long", author=room.ids["ben"]).record
    second = room.minutes.add(r2, clause, "JP", "asks for time", "").record
    assert (first.seq, second.seq) == (1, 2)
    assert [i.id for i in room.minutes.list(r2)] == [first.id, second.id]
    assert room.search("too long")[0].kind == "intervention"
    with pytest.raises(InvalidInputError, match="Unknown party"):
        room.minutes.add(r2, clause, "XX", "supports")
    with pytest.raises(InvalidInputError, match="Unknown signal"):
        room.minutes.add(r2, clause, "US", "shouts")
    other = room.tracks.add("RM", "Roadmap").record
    other_round = room.rounds.add(other.id, date(2026, 3, 1)).record
    with pytest.raises(InvalidInputError, match="another track"):
        room.minutes.add(other_round.id, clause, "US", "supports")
    long = "word " * 2000  # 10,000 characters: a long statement is kept whole
    assert room.minutes.add(r2, clause, "EU", "proposes wording", long).record.text == long.strip()
    with pytest.raises(InvalidInputError, match="at most 20,000"):
        room.minutes.add(r2, clause, "EU", "reserves", "x" * 20_001)
    entries = room.changes(entity_id=first.id)
    assert entries and room.read.record_labels([("interventions", first.id)])[("interventions", first.id)] \
        == "intervention of US (objects) on MOU Art. 1 at round 2"


def test_unknown_clause_ref_is_one_line(room: Log):
    with pytest.raises(InvalidInputError, match="No clause 'Art. 99'"):
        refs.clause(room, "Art. 99")
    assert refs.clause(room, "mou art. 1").id == room.ids["clause"]
    assert refs.round_(room, "MOU 2").id == room.ids["r2"]


def test_signals_propose_changes_applied_in_one_step_undone_in_one_and_idempotent(room: Log):
    r2, clause, bracket = room.ids["r2"], room.ids["clause"], room.ids["bracket"]
    room.minutes.add(r2, clause, "US", "supports", "first view")
    room.minutes.add(r2, clause, "US", "objects", "on reflection, no")  # the last signal counts
    room.minutes.add(r2, clause, "JP", "reserves")
    room.minutes.add(r2, clause, "US", "objects", "not 60 days", bracket_id=bracket)
    room.minutes.add(r2, clause, "MX", "asks for time", bracket_id=bracket)  # no bracket change
    proposals = room.minutes.proposals(r2)
    assert [p.key.split(":")[0] for p in proposals] == ["position", "position", "bracket"]
    assert {p.party: p.stance for p in proposals if p.kind == "position"} == {"US": Stance.OPPOSES,
                                                                              "JP": Stance.RESERVES}
    before_entries = len(room.changes(limit=10_000))
    keys = [p.key for p in proposals if p.party == "US"]
    changed = room.minutes.apply(r2, keys)
    assert changed.record.count == 2
    positions = {p.party: p for p in room.positions.list(clause)}
    assert positions["US"].stance is Stance.OPPOSES and "JP" not in positions
    b = next(b for b in room.brackets.list(clause) if b.id == bracket)
    assert "US" in b.objectors and "US" not in b.supporters
    assert len(room.changes(limit=10_000)) > before_entries
    # Only JP is left; applying everything twice changes nothing the second time.
    assert [p.party for p in room.minutes.proposals(r2)] == ["JP"]
    room.minutes.apply(r2)
    assert room.minutes.proposals(r2) == [] and room.minutes.apply(r2).record.count == 0
    # Undo of the first step puts the bracket and US's stance back (the position it made is removed).
    room.minutes.revert(changed.record)
    assert "US" not in {p.party for p in room.positions.list(clause)}
    b = next(b for b in room.brackets.list(clause) if b.id == bracket)
    assert b.objectors == [] and b.supporters == ["EU"]
    assert room.check().ok


def test_an_existing_position_keeps_its_note_and_red_line_when_the_stance_is_applied(room: Log):
    r2, clause = room.ids["r2"], room.ids["clause"]
    room.positions.set(clause, "EU", r2, "supports", note="ours", red_line="never below 30 days")
    room.minutes.add(r2, clause, "EU", "reserves")
    done = room.minutes.apply(r2)
    eu = next(p for p in room.positions.list(clause) if p.party == "EU")
    assert (eu.stance, eu.note, eu.red_line) == (Stance.RESERVES, "ours", "never below 30 days")
    room.minutes.revert(done.record)
    assert next(p for p in room.positions.list(clause) if p.party == "EU").stance is Stance.SUPPORTS


def test_comment_threads_replies_resolve_and_delete(room: Log):
    clause = room.ids["clause"]
    root = room.comments.add("clause", clause, "Can we live with 60 days?", author=room.ids["ana"]).record
    reply = room.comments.reply(root.id, "Only with a review clause", author=room.ids["ben"]).record
    deeper = room.comments.reply(reply.id, "Agreed").record
    assert deeper.parent_id == root.id  # a reply to a reply joins the thread
    threads = room.comments.threads(clause)
    assert len(threads) == 1 and [c.text for c in threads[0].comments][1:] == ["Only with a review clause", "Agreed"]
    room.comments.resolve(deeper.id)
    assert room.comments.get(root.id).resolved
    room.comments.reopen(root.id)
    assert not room.comments.get(root.id).resolved
    room.comments.edit(reply.id, "Only with a review clause after a year")
    assert room.search("review clause")[0].kind == "comment"
    # A reply must stay on its thread's record.
    round_note = room.comments.add("round", room.ids["r2"], "Good mood in the room").record
    with pytest.raises(InvalidInputError, match="another record"):
        room.comments.add("clause", clause, "misplaced", parent_id=round_note.id)
    with pytest.raises(InvalidInputError, match="No clause"):
        room.comments.add("clause", "no-such-id", "x")
    with pytest.raises(InvalidInputError, match="must not be empty"):
        room.comments.add("clause", clause, "   ")
    room.comments.delete(root.id)
    assert room.comments.list(clause) == []
    assert room.check().ok


def test_owners_mine_filters_and_open_work_per_member(room: Log):
    clause, ana = room.ids["clause"], room.ids["ana"]
    commitment = room.commitments.add("US", "Issue the MoU", track_id=room.ids["track"], due_date=date(2026, 3, 1)).record
    late = room.commitments.add("EU", "Publish the roadmap", due_date=date(2026, 6, 1)).record
    room.clauses.assign(clause, ana)
    room.commitments.assign(commitment.id, ana)
    room.commitments.update(late.id, owner_member=ana)
    with pytest.raises(InvalidInputError, match="No delegation member"):
        room.clauses.update(clause, owner="nobody")
    assert room.commitments.get(commitment.id).owner == "US"  # the party stays
    assert [r.id for r in room.read.clause_rows(owner=ana)] == [clause]
    assert room.read.clause_rows(owner=room.ids["ben"]) == [] and room.read.clause_count(owner=ana) == 1
    assert {c.id for c in room.read.commitments_of(ana)} == {commitment.id, late.id}
    work = {w.member.initials: w for w in room.read.open_by_member(before=date(2026, 4, 1))}
    assert [c.id for c in work["AR"].clauses] == [clause]
    assert [c.id for c in work["AR"].commitments] == [commitment.id]  # the June one is after the next round
    assert work["BO"].clauses == [] and work["BO"].commitments == []
    room.clauses.set_status(clause, "proposed")
    assert room.check().ok


def test_removing_a_clause_takes_its_minutes_and_comments(room: Log):
    r2, clause = room.ids["r2"], room.ids["clause"]
    room.minutes.add(r2, clause, "US", "supports")
    room.comments.add("bracket", room.ids["bracket"], "on the bracket")
    room.comments.add("clause", clause, "on the clause")
    room.clauses.delete(clause)
    assert room.minutes.list(r2) == [] and room.comments.list() == []
    with pytest.raises(InvalidInputError, match="cannot be removed"):
        other = room.clauses.add(room.ids["track"], "Art. 2", "T", "Text.", party="US").record
        room.minutes.add(r2, other.id, "US", "supports")
        room.rounds.delete(r2)


def test_the_dump_carries_the_round_room_and_loads_back(room: Log, tmp_path):
    from mineralsdesk.documents.dump.jsondump import import_dump, write_dump

    r2, clause = room.ids["r2"], room.ids["clause"]
    room.minutes.add(r2, clause, "US", "objects", "minuted words", author=room.ids["ana"])
    root = room.comments.add("clause", clause, "thread start", author=room.ids["ben"]).record
    room.comments.reply(root.id, "a reply")
    room.clauses.assign(clause, room.ids["ana"])
    write_dump(room, tmp_path / "d.json")
    with Log.create(tmp_path / "copy.mdesk") as copy:
        import_dump(copy, tmp_path / "d.json")
        assert [m.initials for m in copy.members.list()] == ["AR", "BO"]
        assert copy.minutes.list(r2)[0].text == "minuted words"
        assert [len(t.replies) for t in copy.comments.threads(clause)] == [1]
        assert copy.clauses.get(clause).owner == room.ids["ana"]
        assert copy.search("minuted")[0].kind == "intervention"
        assert copy.check().ok


def test_the_log_remembers_which_member_its_user_is(room: Log):
    assert room.members.me() is None
    changed = room.members.set_me(room.ids["ana"])
    assert "settings" in changed.entities
    assert room.members.me().name == "Ana Ruiz"
    assert room.changes()[0].entity == "meta"
    with pytest.raises(InvalidInputError, match="No delegation member"):
        room.members.set_me("nobody")
    room.members.set_me(None)
    assert room.members.me() is None
