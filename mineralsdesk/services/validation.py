"""Input checks shared by the use-cases: one error type whose message is one line for the user."""

from __future__ import annotations


class InvalidInputError(ValueError):
    """Input that breaks a rule of the domain; the message is one line meant for the user."""


def require(value: str, what: str) -> str:
    """The value stripped, or InvalidInputError when it is empty."""
    value = (value or "").strip()
    if not value:
        raise InvalidInputError(f"{what} must not be empty")
    return value
