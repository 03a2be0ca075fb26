"""The dashboard card's kept counts (schema 13, store/card_counts.py) show what counting the records shows: on the
demo, after any sequence of edits, after a clause's deletion cascades, after a re-key, after a migration."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from fixture_logs import fixture_copy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mineralsdesk.domain import model
from mineralsdesk.errors import UserError
from mineralsdesk.services.log import Log
from mineralsdesk.store import card_counts, database, migrations, queries

TODAY = date(2026, 3, 1)

# The burndown as one count over the track's brackets for every round (the form before schema 13, too slow).
BURNDOWN = """
    SELECT r.id, (SELECT count(*) FROM brackets b
                    JOIN clauses c ON c.id = b.clause_id
                    LEFT JOIN rounds ra ON ra.id = b.round_id
                    LEFT JOIN rounds rr ON rr.id = b.resolved_round_id
                   WHERE c.track_id = r.track_id
                     AND (ra.id IS NULL OR (ra.date, ra.number) <= (r.date, r.number))
                     AND (rr.id IS NULL OR (rr.date, rr.number) > (r.date, r.number)))
    FROM rounds r WHERE r.track_id = ? ORDER BY r.date, r.number"""


def _reference(db: database.LogDatabase, track_id: str) -> dict:
    """Every number of a card, counted from the records with plain SQL."""
    def one(sql: str, *params: object) -> int:
        return db.execute(sql, params).fetchone()[0]

    rounds = [r for (r,) in db.execute("SELECT id FROM rounds WHERE track_id = ? ORDER BY date, number", [track_id])]
    return {
        "status": dict(db.execute("SELECT status, count(*) FROM clauses WHERE track_id = ? GROUP BY status",
                                  [track_id]).fetchall()),
        "topic": dict(db.execute("SELECT topic, count(*) FROM clauses WHERE track_id = ? GROUP BY topic",
                                 [track_id]).fetchall()),
        "open": one("SELECT count(*) FROM brackets b JOIN clauses c ON c.id = b.clause_id "
                    "WHERE b.resolved_round_id IS NULL AND c.track_id = ?", track_id),
        "burndown": [tuple(r) for r in db.execute(BURNDOWN, [track_id])],
        "rounds": [(one("SELECT count(DISTINCT clause_id) FROM clause_versions WHERE round_id = ?", r),
                    one("SELECT count(*) FROM brackets WHERE round_id = ?", r),
                    one("SELECT count(*) FROM brackets WHERE resolved_round_id = ?", r),
                    one("SELECT count(*) FROM positions WHERE round_id = ?", r)) for r in rounds],
    }


def _card(log: Log, track: model.Track) -> dict:
    summary = log.read.track_summary(track, TODAY)
    rounds = log.rounds.list(track.id)
    changes = [queries.round_changes(log.db, r.id) for r in rounds]
    assert summary.last_round_changes == (changes[-1] if changes else None)
    return {"status": summary.status_counts, "topic": summary.topic_counts, "open": summary.open_brackets,
            "burndown": [(p.round_id, p.open_brackets) for p in summary.burndown],
            "rounds": [(c.clauses_revised, c.brackets_opened, c.brackets_resolved, c.positions_recorded) for c in changes]}


def assert_cards_counted(log: Log) -> int:
    """Every track's card equals the plain count, and `check` finds the kept counts right; returns a total seen."""
    assert card_counts.present(log.db) and card_counts.problems(log.db) == 0
    seen = 0
    for track in log.tracks.list():
        expected = _reference(log.db, track.id)
        assert _card(log, track) == expected, track.ref
        seen += sum(expected["status"].values()) + expected["open"] + sum(map(sum, expected["rounds"]))
    return seen


def test_the_demo_cards_equal_the_plain_counts(demo_log: Log):
    assert assert_cards_counted(demo_log) > 0
    assert demo_log.check().ok


# -- any sequence of edits -------------------------------------------------------------------------------------

OPS = st.lists(st.tuples(st.sampled_from(["add", "revise", "settle", "undo_revision", "delete", "status", "topic",
                                          "move", "position", "unposition", "round"]),
                         st.integers(0, 50), st.integers(0, 50)), min_size=1, max_size=25)
TEXTS = ["Share [monthly / quarterly] data [in full].", "Share monthly data [in full].", "Share monthly data.",
         "Share [all] data [promptly] [in full]."]


def _apply(log: Log, op: str, a: int, b: int) -> None:
    tracks = log.tracks.list()
    track = tracks[a % len(tracks)]
    rounds = log.rounds.list(track.id)
    clauses = log.clauses.list()
    clause = clauses[b % len(clauses)] if clauses else None
    if op == "add" or clause is None:
        rnd = rounds[b % len(rounds)].id if rounds and b % 3 else None  # some clauses come with no round
        log.clauses.add(track.id, f"Art. {a}.{b}.{len(clauses)}", "T", TEXTS[a % len(TEXTS)], party="US",
                        round_id=rnd)
    elif op in ("revise", "settle"):
        own = log.rounds.list(clause.track_id)
        if own:
            text = TEXTS[(a + 1) % len(TEXTS)] if op == "revise" else "Share data."
            log.clauses.revise(clause.id, text, round_id=own[-1 if op == "settle" else a % len(own)].id,
                               party="EU")
    elif op == "undo_revision":
        log.clauses.delete_latest_version(clause.id)
    elif op == "delete":
        log.clauses.delete(clause.id)
    elif op == "status":
        log.clauses.restore_status(clause.id, list(model.ClauseStatus)[a % len(model.ClauseStatus)])
    elif op == "topic":
        log.clauses.update(clause.id, topic=list(model.Topic)[a % len(model.Topic)])
    elif op == "move":
        log.clauses.update(clause.id, track_id=track.id)
    elif op == "position":
        own = log.rounds.list(clause.track_id)
        if own:
            log.positions.set(clause.id, ["US", "EU"][a % 2], own[a % len(own)].id, "supports")
    elif op == "unposition":
        positions = log.positions.list(clause.id)
        if positions:
            log.positions.delete(positions[a % len(positions)].id)
    elif op == "round":
        log.rounds.add(track.id, date(2026, 1 + a % 12, 1 + b % 28))


@settings(max_examples=40, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ops=OPS)
def test_any_sequence_of_edits_keeps_the_cards_counted(small_log: Log, ops: list[tuple[str, int, int]]):
    log = small_log
    if len(log.tracks.list()) < 2:
        other = log.tracks.add("FTA", "Free trade agreement", parties=["US", "EU"]).record
        log.rounds.add(other.id, date(2026, 2, 12))
    for op, a, b in ops:
        try:
            _apply(log, op, a, b)
        except UserError:
            pass  # a move the rules refuse (a past round, a clause's only version): nothing changed
    assert_cards_counted(log)


def test_deleting_a_clause_in_sql_cascades_and_counts(small_log: Log):
    """A deletion that leaves its versions, brackets and positions to the foreign keys' cascade (another tool, or a
    future path) takes the clause's brackets off its track before they go."""
    log = small_log
    log.positions.set(log.ids["clause"], "US", log.ids["r2"], "supports")
    assert _reference(log.db, log.ids["track"])["open"] == 1
    with database.write_transaction(log.db):
        log.db.execute("DELETE FROM clauses WHERE id = ?", [log.ids["clause"]])
    assert _reference(log.db, log.ids["track"])["open"] == 0
    assert_cards_counted(log)


def test_brackets_written_before_their_clause_count_once_it_comes(small_log: Log):
    """A JSON load writes tables in its own order, with the foreign keys checked at the end."""
    log = small_log
    track = log.ids["track"]
    with database.write_transaction(log.db):
        log.db.execute("PRAGMA defer_foreign_keys = ON")
        log.db.execute("INSERT INTO clause_versions (id, clause_id, round_id, party, text, number) "
                       "VALUES ('v-late', 'c-late', ?, 'US', '[x]', 1)", [log.ids["r1"]])
        log.db.execute("INSERT INTO brackets (id, clause_id, version_id, text, round_id) "
                       "VALUES ('b-late', 'c-late', 'v-late', 'x', ?)", [log.ids["r1"]])
        log.db.execute("INSERT INTO clauses (id, track_id, ref, title, topic, status) "
                       "VALUES ('c-late', ?, 'Art. 9', 'Late', 'other', 'drafted')", [track])
    assert _reference(log.db, track)["open"] == 2
    assert_cards_counted(log)


# -- re-key, migration, an old log read as it is ------------------------------------------------------------------

def test_re_keying_copies_the_counts_without_counting_twice(small_log: Log):
    from mineralsdesk.services import encryption

    before = {t.id: _card(small_log, t) for t in small_log.tracks.list()}
    path = small_log.path
    small_log.close()
    encryption.encrypt_log(path, "a long enough passphrase")
    with Log.open(path, passphrase="a long enough passphrase") as log:
        assert {t.id: _card(log, t) for t in log.tracks.list()} == before
        assert_cards_counted(log)
        assert log.check().ok


_fixture = fixture_copy


def test_a_migrated_log_counts_its_records_and_the_step_runs_again(tmp_path: Path):
    path = _fixture(10, tmp_path)
    with Log.open(path, readonly=True) as old:  # read as it is (never migrated): the plain counts
        assert not card_counts.present(old.db)
        plain = {t.id: _card(old, t) for t in old.tracks.list()}
        assert plain == {t.id: _reference(old.db, t.id) for t in old.tracks.list()}
    with Log.open(path) as log:
        assert migrations.schema_version(log.db) == migrations.SCHEMA_VERSION
        assert assert_cards_counted(log) > 0 and log.check().ok
        assert {t.id: _card(log, t) for t in log.tracks.list()} == plain
        log.clauses.revise(log.clauses.list()[0].id, "Settled.", round_id=log.rounds.list()[-1].id, party="EU")
        edited = {t.id: _card(log, t) for t in log.tracks.list()}
        # Set back, as another tool (or a test) may: the step counts afresh rather than adding to what is kept.
        log.db.execute("PRAGMA user_version = 12")  # just before the card counts (schema 13)
    with Log.open(path) as log:
        assert {t.id: _card(log, t) for t in log.tracks.list()} == edited
        assert_cards_counted(log)


def test_check_names_a_kept_count_gone_wrong(small_log: Log):
    with database.write_transaction(small_log.db):
        small_log.db.execute("UPDATE card_round_counts SET positions = positions + 1 WHERE round_id = ?",
                             [small_log.ids["r2"]])
    report = small_log.check()
    assert any("dashboard counts" in p for p in report.problems)
