"""The one-key choices of the Minutes screen: a letter per party, a digit per signal (no Qt here)."""

from __future__ import annotations

from ...domain.model import Signal

SIGNALS: tuple[Signal, ...] = tuple(Signal)  # keys 1-5 in this order


def party_keys(codes: list[str]) -> dict[str, str]:
    """A letter per party code: its first letter (EU -> E, US -> U, JP -> J, MX -> M), or its next letter not
    taken yet when two codes share one."""
    out: dict[str, str] = {}
    for code in codes:
        for letter in code.upper():
            if letter.isalpha() and letter not in out:
                out[letter] = code
                break
    return out


def signal_for(key: str) -> Signal | None:
    return SIGNALS[int(key) - 1] if key.isdigit() and 1 <= int(key) <= len(SIGNALS) else None
