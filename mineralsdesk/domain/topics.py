"""Which topic (clause category) a typed name means: the one rule the command line, briefing and screens share."""

from __future__ import annotations

from .model import Topic


def topic_names() -> str:
    """Every topic, as a user types it, for a one-line message ("joint projects, price support, ...")."""
    return ", ".join(t.value for t in Topic)


def topic_named(text: str) -> Topic | None:
    """The topic `text` names: its value or enum name, ignoring case, spaces and dashes, or a prefix that fits
    one topic only ("export" is export-restriction exemptions, "r&d" is R&D and innovation); else None."""
    def squash(s: str) -> str:
        return "".join(ch for ch in s.casefold() if ch.isalnum() or ch == "&")

    wanted = squash(text)
    if not wanted:
        return None
    for topic in Topic:
        if wanted in (squash(topic.value), squash(topic.name)):
            return topic
    fits = [t for t in Topic if squash(t.value).startswith(wanted) or squash(t.name).startswith(wanted)]
    return fits[0] if len(fits) == 1 else None
