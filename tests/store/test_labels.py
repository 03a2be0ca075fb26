"""store.labels: change-log records named as a negotiator reads them, one query per kind for a page."""

from __future__ import annotations

from mineralsdesk.store.labels import record_labels


def test_positions_assessments_and_others_are_named(demo_log):
    log = demo_log
    position = next(p for p in log.positions.list() if p.party == "US")
    clause = log.clauses.get(position.clause_id)
    track, rnd = log.tracks.get(clause.track_id), log.rounds.get(position.round_id)
    commitment = next(c for c in log.commitments.list() if log.commitments.assessments(c.id))
    assessment = log.commitments.assessments(commitment.id)[0]
    version = log.clauses.versions(clause.id)[-1]
    names = record_labels(log.db, [("positions", position.id), ("assessments", assessment.id),
                                   ("clause_versions", version.id), ("rounds", rnd.id), ("tracks", track.id),
                                   ("positions", "deleted-id"), ("meta", "our_party")])
    assert names[("positions", position.id)] == f"position of US on {track.ref} {clause.ref} at round {rnd.number}"
    said = names[("assessments", assessment.id)]
    assert said.startswith(f"{assessment.kind} assessment of {assessment.party} on ") and "commitment" in said
    assert names[("clause_versions", version.id)] == f"text v{version.number} of {track.ref} {clause.ref} by {version.party}"
    assert names[("rounds", rnd.id)] == f"round {track.ref} round {rnd.number}"
    assert ("positions", "deleted-id") not in names and ("meta", "our_party") not in names


def test_a_page_of_many_entries_costs_one_query_per_kind(demo_log):
    entries = demo_log.changes(limit=3000)  # a record is created with one entry per field
    records = [(e.entity, e.entity_id) for e in entries]
    statements: list[str] = []
    demo_log.db.conn.set_trace_callback(statements.append)
    try:
        names = record_labels(demo_log.db, records)
    finally:
        demo_log.db.conn.set_trace_callback(None)
    kinds = {entity for entity, _id in records}
    assert len(names) > 100
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) <= len(kinds)
