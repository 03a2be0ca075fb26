"""Redaction is decided in one place: internal shows all, shareable empties every internal-only field."""

from mineralsdesk.documents import audience
from mineralsdesk.domain.model import Position


def _pos() -> Position:
    return Position(clause_id="c", party="EU", round_id="r", note="public", red_line="RL", fallback="FB",
                    internal_note="IN")


def test_shareable_empties_internal_fields():
    shown = audience.redact(_pos(), "shareable")
    assert (shown.red_line, shown.fallback, shown.internal_note, shown.note) == ("", "", "", "public")
    assert "red_line" not in audience.visible_fields(Position, "shareable")


def test_internal_keeps_everything():
    assert audience.redact(_pos(), "internal").red_line == "RL"
    assert "internal_note" in audience.visible_fields(Position, "internal")


def test_default_marking():
    assert audience.default_marking("internal") == "LIMITED — INTERNAL"
    assert audience.default_marking("shareable") == ""
    assert audience.default_marking("shareable", "RESTRICTED") == "RESTRICTED"


def test_records_with_an_audience_of_their_own_go_only_where_they_may():
    from mineralsdesk.documents.audience import may_show, record_audiences
    from mineralsdesk.domain.model import Assessment, Position

    internal = Assessment("c", "US", 1, evidence="All EU red lines held")
    shareable = Assessment("c", "US", 1, evidence="Published", audience="shareable")
    assert internal.audience == "internal"  # our judgement of another party stays internal unless chosen
    assert may_show(internal, "internal") and may_show(shareable, "internal")
    assert may_show(shareable, "shareable") and not may_show(internal, "shareable")
    assert may_show(Position("c", "US", "r"), "shareable")  # no audience of its own: fields are redacted instead
    assert record_audiences("shareable") == ("shareable",)
    assert record_audiences("internal") == ("internal", "shareable")


def test_withheld_counts_what_redaction_and_may_show_leave_out(demo_log):
    """The preview's numbers come from the writers' own rules: every value `redact` empties, every record
    `may_show` refuses, on the chosen tracks only."""
    from mineralsdesk.domain.model import Assessment

    log = demo_log
    every = {t.id for t in log.tracks.list()}
    nothing = audience.withheld(log, "internal", every)
    assert nothing.total() == 0 and list(nothing.fields) == ["red lines", "fallbacks", "internal notes"]
    left = audience.withheld(log, "shareable", every)
    emptied = sum(getattr(p, name) != getattr(audience.redact(p, "shareable"), name)
                  for p in log.positions.list() for name in audience.internal_fields(Position) if getattr(p, name).strip())
    assert sum(left.fields.values()) == emptied > 0
    assert all(n > 0 for n in left.fields.values())
    on_tracks = {c.id for c in log.commitments.list() if c.track_id}
    refused = [a for a in log.commitments.assessments() if a.commitment_id in on_tracks and not audience.may_show(a, "shareable")]
    assert left.assessments == len(refused) > 0 and all(isinstance(a, Assessment) for a in refused)
    one = audience.withheld(log, "shareable", {log.tracks.list()[0].id})
    assert 0 < one.total() < left.total()
    assert audience.withheld(log, "shareable", set()).total() == 0


def test_a_shareable_dump_withholds_what_the_preview_says(demo_log, tmp_path):
    """The JSON dump follows the same rule: no internal-only value and no internal assessment."""
    import json

    from mineralsdesk.documents.dump.jsondump import write_dump

    log = demo_log
    left = audience.withheld(log, "shareable", {t.id for t in log.tracks.list()})
    internal = json.loads(write_dump(log, tmp_path / "i.json").read_text(encoding="utf-8"))
    shareable = json.loads(write_dump(log, tmp_path / "s.json", audience="shareable").read_text(encoding="utf-8"))
    names = audience.internal_fields(Position)
    assert sum(bool(row[n].strip()) for row in internal["positions"] for n in names) == sum(left.fields.values())
    assert not any(row[n] for row in shareable["positions"] for n in names)
    assert len(shareable["positions"]) == len(internal["positions"])  # the positions stay, their secrets go
    assert all(row["audience"] == "shareable" for row in shareable["assessments"])
    dropped = len(internal["assessments"]) - len(shareable["assessments"])
    assert dropped == sum(row["audience"] == "internal" for row in internal["assessments"]) >= left.assessments > 0
