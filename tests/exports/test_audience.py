"""Redaction is decided in one place: internal shows all, shareable empties every internal-only field."""

from mineralsdesk.domain.model import Position
from mineralsdesk.exports import audience


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
    from mineralsdesk.domain.model import Assessment, Position
    from mineralsdesk.exports.audience import may_show, record_audiences

    internal = Assessment("c", "US", 1, evidence="All EU red lines held")
    shareable = Assessment("c", "US", 1, evidence="Published", audience="shareable")
    assert internal.audience == "internal"  # our judgement of another party stays internal unless chosen
    assert may_show(internal, "internal") and may_show(shareable, "internal")
    assert may_show(shareable, "shareable") and not may_show(internal, "shareable")
    assert may_show(Position("c", "US", "r"), "shareable")  # no audience of its own: fields are redacted instead
    assert record_audiences("shareable") == ("shareable",)
    assert record_audiences("internal") == ("internal", "shareable")
