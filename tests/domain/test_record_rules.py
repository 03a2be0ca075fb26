"""The private-field rule: red lines, fallbacks and internal notes belong to our own party's positions only."""

from __future__ import annotations

import inspect

import pytest

from mineralsdesk.domain import record_rules
from mineralsdesk.domain.model import INTERNAL_ONLY_FIELDS, Position
from mineralsdesk.errors import RuleError


def test_only_our_party_may_hold_private_fields():
    record_rules.check_private_fields(True, "RL", "FB", "IN")
    record_rules.check_private_fields(False, "", "", "")
    for name in ("red_line", "fallback", "internal_note"):
        with pytest.raises(RuleError, match="our own party only"):
            record_rules.check_private_fields(False, **{"red_line": "", "fallback": "", "internal_note": "", name: "x"})


def test_the_private_fields_are_the_internal_only_fields():
    """One set of fields: what only our party may hold is what a shareable document withholds."""
    params = list(inspect.signature(record_rules.check_private_fields).parameters)[1:]
    assert tuple(params) == INTERNAL_ONLY_FIELDS[Position]
