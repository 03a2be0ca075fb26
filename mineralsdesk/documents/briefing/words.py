"""The briefing's own words in the language it is printed in, whatever language the app speaks.

Every heading, label, table header, marking, chart label and page line the briefing writes itself is marked
with `QT_TRANSLATE_NOOP("Briefing", "...")` where it is written and shown through `tr()` here; the values of the
log's fixed lists (statuses, stances, topics, commitment states, signals) through `value()`, from the same
"Values" messages the app's screens use. What comes from the log (refs, titles, clause text, notes, names, a
marking given on the command line) is never translated.

The language is set once per export with `speaking(lang)` (a context variable, so two exports on two worker
threads each keep their own) and read by the builders (briefing.py) and the writers (pdf*.py) alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from enum import Enum

from ...i18n import QT_TRANSLATE_NOOP, format_date, normalise, translate, translate_n

CONTEXT = "Briefing"
VALUES_CONTEXT = "Values"  # the fixed lists' words, marked once in gui/common/values.py

_LANG: ContextVar[str] = ContextVar("briefing_lang", default="en")

# Words of the log's fixed lists the "Values" messages do not carry.
OWN_VALUES = frozenset((
    QT_TRANSLATE_NOOP("Briefing", "interim"), QT_TRANSLATE_NOOP("Briefing", "final"),
))


@contextmanager
def speaking(lang: str | None) -> Iterator[str]:
    """Within the block, the briefing's words are in `lang` (English for None or a language the app lacks)."""
    token = _LANG.set(normalise(lang))
    try:
        yield _LANG.get()
    finally:
        _LANG.reset(token)


def language() -> str:
    return _LANG.get()


def say(text: str, **params: object) -> str:
    """One of the briefing's own words (marked with QT_TRANSLATE_NOOP where written), its {names} filled in."""
    out = translate(CONTEXT, text, _LANG.get())
    return out.format(**params) if params else out


def say_n(one: str, many: str, n: int, **params: object) -> str:
    """A counted phrase, "%n track" / "%n tracks", both marked where written: the form the language uses for `n`
    (French says "0 volet", Japanese has one form), with `%n` as `n` and its {names} filled in.

    Two plain messages rather than one numerus message: lupdate extracts QT_TRANSLATE_NOOP as a single form only.
    """
    return translate_n(CONTEXT, one, many, n, _LANG.get(), **params)


def value(word: str | Enum | None) -> str:
    """A fixed-list value ("under negotiation", "supports") in the briefing's language; other words as they are."""
    if word is None:
        return ""
    text = word.value if isinstance(word, Enum) else str(word)
    if text in OWN_VALUES:
        return say(text)
    return translate(VALUES_CONTEXT, text, _LANG.get())


def day(d: date | None, style: str = "iso") -> str:
    """A date as the briefing's language writes it (i18n.format_date styles); "" for none."""
    return format_date(d, _LANG.get(), style) if d is not None else ""
