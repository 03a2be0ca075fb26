"""Input checks shared by the use-cases: one error type whose message is one line for the user."""

from __future__ import annotations

from ..domain.record_rules import require_text
from ..errors import InvalidInputError, RuleError


def require(value: str, what: str) -> str:
    """The value stripped, or InvalidInputError when it is empty."""
    try:
        return require_text(value, what)
    except RuleError as exc:
        raise InvalidInputError.telling(exc) from None
