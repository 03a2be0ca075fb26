"""Dashboard queries rewritten for speed count what the slower forms counted: burn-down, changes since a round."""

from __future__ import annotations

from datetime import date, timedelta

from fixture_logs import fixture_copy

from mineralsdesk.services.log import Log

# The query bracket_burndown used before: one count over the track's brackets for every round.
REFERENCE = """
    SELECT r.id, (SELECT count(*) FROM brackets b
                    JOIN clauses c ON c.id = b.clause_id
                    LEFT JOIN rounds ra ON ra.id = b.round_id
                    LEFT JOIN rounds rr ON rr.id = b.resolved_round_id
                   WHERE c.track_id = r.track_id
                     AND (ra.id IS NULL OR (ra.date, ra.number) <= (r.date, r.number))
                     AND (rr.id IS NULL OR (rr.date, rr.number) > (r.date, r.number)))
    FROM rounds r WHERE r.track_id = ? ORDER BY r.date, r.number"""


def _reference(log: Log, track_id: str) -> list[tuple[str, int]]:
    return [tuple(row) for row in log.db.execute(REFERENCE, [track_id])]


def test_demo_burndown_equals_the_per_round_count(demo_log: Log):
    for track in demo_log.tracks.list():
        points = demo_log.read.bracket_burndown(track.id)
        assert [(p.round_id, p.open_brackets) for p in points] == _reference(demo_log, track.id)
        assert [p.date for p in points] == sorted(p.date for p in points)


def test_same_day_rounds_brackets_without_round_and_reopened(small_log: Log):
    track = small_log.ids["track"]
    r1, r2 = small_log.ids["r1"], small_log.ids["r2"]
    same_day = small_log.rounds.add(track, date(2026, 2, 24), place="Video call").record  # same date, next number
    clause = small_log.clauses.add(track, "Art. 2", "Stockpiles", "Share [monthly / quarterly] data [in full].",
                                  party="EU").record  # no round: open since the start
    small_log.clauses.revise(clause.id, "Share monthly data [in full].", round_id=same_day.id, party="US")
    small_log.clauses.revise(small_log.ids["clause"], "The Participants shall identify joint projects.",
                            round_id=same_day.id, party="EU")
    points = small_log.read.bracket_burndown(track)
    assert [p.round_id for p in points] == [r1, r2, same_day.id]
    assert [(p.round_id, p.open_brackets) for p in points] == _reference(small_log, track)
    assert small_log.read.bracket_burndown("no-such-track") == []


def _track_by_record(log: Log) -> dict[str, str]:
    """Every record's track, read through the services (the reference the change log's track index must match)."""
    db = log.db
    out: dict[str, str] = {}

    def rows(sql: str) -> None:
        out.update({rid: tid for rid, tid in db.execute(sql) if tid})

    rows("SELECT id, id FROM tracks")
    rows("SELECT id, track_id FROM rounds")
    rows("SELECT id, track_id FROM clauses")
    rows("SELECT id, track_id FROM commitments")
    for table in ("clause_versions", "brackets", "positions"):
        rows(f"SELECT x.id, c.track_id FROM {table} x JOIN clauses c ON c.id = x.clause_id")
    rows("SELECT x.id, m.track_id FROM assessments x JOIN commitments m ON m.id = x.commitment_id")
    for table in ("actions", "interventions"):
        rows(f"SELECT x.id, r.track_id FROM {table} x JOIN rounds r ON r.id = x.round_id")
    for table in ("comments", "attachments"):
        for rid, kind, target in db.execute(f"SELECT id, target_kind, target_id FROM {table}").fetchall():
            found = out.get(target) if kind != "track" else target
            if found:
                out[rid] = found
    return out


def _reference_changes_since(log: Log, track_id: str, day: date) -> int:
    tracks = _track_by_record(log)
    return len({(eid, at) for entity, eid, at in log.db.execute("SELECT entity, entity_id, at FROM changes")
                if at[:10] > day.isoformat() and entity not in ("meta", "parties", "anchors", "members")
                and tracks.get(eid) == track_id})


def test_changes_since_counts_every_record_of_the_track(demo_log: Log):
    """The change log's track index (kept by a trigger) counts what tracing each entry to its record counts."""
    from mineralsdesk.store import queries

    days = [date(2000, 1, 1), date.today() - timedelta(days=1), date.today(), date(2100, 1, 1)]
    counted = 0
    for track in demo_log.tracks.list():
        for day in days:
            expected = _reference_changes_since(demo_log, track.id, day)
            assert queries.track_changes_since(demo_log.db, track.id, day) == expected, (track.ref, day)
            counted += expected
    assert counted



def test_a_deletion_counts_as_an_edit_of_its_track(small_log: Log):
    from mineralsdesk.store import queries

    track = small_log.ids["track"]
    before = queries.track_changes_since(small_log.db, track, date(2000, 1, 1))
    clause = small_log.clauses.add(track, "Art. 99", "To go", "Text.", party="US").record
    made = queries.track_changes_since(small_log.db, track, date(2000, 1, 1))
    assert made == before + 2  # the clause and its first version, each saved once
    seq = small_log.db.execute("SELECT max(seq) FROM changes").fetchone()[0]
    small_log.clauses.delete(clause.id)
    # each record deleted counts once (its entry is written while it is still there to name its track)
    gone = small_log.db.execute("SELECT count(*) FROM changes WHERE seq > ? AND field = 'deleted'", [seq]).fetchone()[0]
    assert gone >= 2 and queries.track_changes_since(small_log.db, track, date(2000, 1, 1)) == made + gone


def test_every_kind_of_record_on_a_track_counts_once_a_save(small_log: Log):
    from mineralsdesk.store import queries

    track, rnd, clause = small_log.ids["track"], small_log.ids["r2"], small_log.ids["clause"]

    def edits() -> int:
        return queries.track_changes_since(small_log.db, track, date(2000, 1, 1))

    for write in (lambda: small_log.minutes.add(rnd, clause, "US", "supports", "We can live with it"),
                  lambda: small_log.comments.add("clause", clause, "Ask the lawyers"),
                  lambda: small_log.attachments.add(b"non-paper", "n.txt", target_kind="round", target_id=rnd),
                  lambda: small_log.actions.add(rnd, "EU", "Send the text"),
                  lambda: small_log.clauses.update(clause, title="Renamed")):
        before = edits()
        write()
        assert edits() == before + 1
    other = small_log.tracks.add("OTHER", "Another track").record
    before = edits()
    small_log.rounds.add(other.id, date(2026, 5, 1))
    assert edits() == before  # another track's record is not this one's


def test_a_migrated_log_counts_its_earlier_edits(tmp_path):
    """The schema-10 back-fill counts the entries already in an older log as the trigger would have."""
    from mineralsdesk.store import queries

    path = fixture_copy(9, tmp_path)
    with Log.open(path) as log:
        counted = 0
        for track in log.tracks.list():
            expected = _reference_changes_since(log, track.id, date(2000, 1, 1))
            assert queries.track_changes_since(log.db, track.id, date(2000, 1, 1)) == expected
            counted += expected
        assert counted and log.check().ok


def test_re_keying_a_log_does_not_count_its_edits_twice(small_log: Log, tmp_path):
    from mineralsdesk.services import encryption
    from mineralsdesk.store import queries

    track = small_log.ids["track"]
    before = queries.track_changes_since(small_log.db, track, date(2000, 1, 1))
    path = small_log.path
    small_log.close()
    encryption.encrypt_log(path, "a long enough passphrase")
    with Log.open(path, passphrase="a long enough passphrase") as log:
        assert queries.track_changes_since(log.db, track, date(2000, 1, 1)) == before


def test_an_older_log_read_only_counts_its_edits_without_the_kept_table(tmp_path):
    """A log of schema 9 opened read-only is never migrated: the card traces its entries as the trigger would."""
    from mineralsdesk.store import queries

    path = fixture_copy(9, tmp_path)
    with Log.open(path, readonly=True) as old:
        counted = {t.id: queries.track_changes_since(old.db, t.id, date(2000, 1, 1)) for t in old.tracks.list()}
        assert counted == {t.id: _reference_changes_since(old, t.id, date(2000, 1, 1)) for t in old.tracks.list()}
        assert any(counted.values())
        assert old.read.track_summary(old.tracks.list()[0], date(2026, 12, 1)).changes_since_last_round >= 0
    with Log.open(path) as migrated:
        assert {t.id: queries.track_changes_since(migrated.db, t.id, date(2000, 1, 1))
                for t in migrated.tracks.list()} == counted
