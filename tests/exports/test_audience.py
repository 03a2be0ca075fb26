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
