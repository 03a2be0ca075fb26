"""Input checks shared by the use-cases: one error type whose message is one line for the user."""

from __future__ import annotations

from ..domain.record_rules import RuleError, require_text


class InvalidInputError(ValueError):
    """Input that breaks a rule of the domain; the message is one line meant for the user."""


def require(value: str, what: str) -> str:
    """The value stripped, or InvalidInputError when it is empty."""
    try:
        return require_text(value, what)
    except RuleError as exc:
        raise InvalidInputError(str(exc)) from None
