"""Nothing internal-only reaches a shareable calendar: a unique marker in every internal field, none in the file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from mineralsdesk.documents.calendar.ics import export_ics
from mineralsdesk.domain.model import INTERNAL_ONLY_FIELDS, Clause, Commitment, Position
from mineralsdesk.services.log import Log


def _text(path: Path) -> str:
    """The file's bytes as text, lines unfolded and escapes undone, so a marker split by folding is found too."""
    raw = path.read_bytes().decode("utf-8")
    return raw + "\n" + raw.replace("\r\n ", "").replace("\\,", ",").replace("\\;", ";").replace("\\n", "\n")


def _marked_log(log: Log) -> list[str]:
    """A log with every kind of deadline, and a unique marker in every internal-only field and internal assessment."""
    track = log.tracks.add("MOU", "US–EU MoU", target_date=date(2026, 3, 6), parties=["US", "EU"]).record
    rnd = log.rounds.add(track.id, date(2026, 2, 10), place="Brussels", summary="Public summary").record
    clause = log.clauses.add(track.id, "Art. 1", "Joint projects", "The Participants shall cooperate.",
                            party="US", round_id=rnd.id).record
    anchor = log.anchors.add("Joint statement", date(2026, 2, 4)).record
    commitment = log.commitments.add("US", "Issue the MoU", track_id=track.id, anchor_id=anchor.id, offset_days=30).record
    markers = []
    fields = {}
    for name in INTERNAL_ONLY_FIELDS[Position]:
        fields[name] = f"ZQXLEAK{name.upper().replace('_', '')}7"
        markers.append(fields[name])
    log.positions.set(clause.id, "EU", rnd.id, "reserves", note="public note", **fields)
    secret = "ZQXLEAKASSESSMENT7"
    log.commitments.assess(commitment.id, "US", -1, evidence=f"Our judgement {secret}")
    log.commitments.assess(commitment.id, "US", 1, evidence="Published readout", audience="shareable")
    markers.append(secret)
    member = log.members.add("ZQXLEAKOWNERNAME7 Roe", "ZQ").record  # owners are internal: the member and their id
    log.clauses.assign(clause.id, member.id)
    log.commitments.assign(commitment.id, member.id)
    markers += ["ZQXLEAKOWNERNAME7", member.id]
    assert set(INTERNAL_ONLY_FIELDS) == {Position, Clause, Commitment}  # a new internal-only field needs a marker here
    return markers


def test_a_shareable_calendar_holds_no_internal_marker(log: Log, tmp_path: Path):
    markers = _marked_log(log)
    shareable = _text(export_ics(log, tmp_path / "s.ics", audience="shareable").path)
    assert [m for m in markers if m in shareable] == []
    assert "Published readout" in shareable  # a shareable assessment may go
    assert "LIMITED" not in shareable
    internal = _text(export_ics(log, tmp_path / "i.ics", audience="internal").path)
    assert "ZQXLEAKASSESSMENT7" in internal and "LIMITED — INTERNAL" in internal  # the search can see


def test_shareable_demo_calendar_holds_none_of_the_demo_secrets(demo_log: Log, tmp_path: Path):
    internal = [a.evidence for a in demo_log.commitments.assessments() if a.audience == "internal"]
    internal += [v for p in demo_log.positions.list() for v in (p.red_line, p.fallback, p.internal_note) if v]
    public = " ".join(f"{r.summary} {r.outcomes} {r.participants}" for r in demo_log.rounds.list())
    public += " ".join(f"{c.text} {c.source}" for c in demo_log.commitments.list())
    secrets = {v for v in internal if len(v) >= 12 and v not in public}
    assert len(secrets) > 5
    shareable = _text(export_ics(demo_log, tmp_path / "s.ics", audience="shareable").path)
    assert [s for s in secrets if s in shareable] == []
