"""The domain's fixed values (clause statuses, topics, stances, signals, commitment states) as the user reads them.

The log stores the English words (they are data: the change log, the dump and sync files carry them); the screens
show them in the app's language. Every value is listed here once for lupdate (context "Values").
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from ...i18n import QT_TRANSLATE_NOOP

CONTEXT = "Values"

VALUES = (
    # clause statuses
    QT_TRANSLATE_NOOP("Values", "drafted"), QT_TRANSLATE_NOOP("Values", "proposed"),
    QT_TRANSLATE_NOOP("Values", "under negotiation"), QT_TRANSLATE_NOOP("Values", "bracketed"),
    QT_TRANSLATE_NOOP("Values", "agreed ad referendum"), QT_TRANSLATE_NOOP("Values", "agreed"),
    QT_TRANSLATE_NOOP("Values", "dropped"),
    # stances
    QT_TRANSLATE_NOOP("Values", "supports"), QT_TRANSLATE_NOOP("Values", "accepts with amendments"),
    QT_TRANSLATE_NOOP("Values", "reserves"), QT_TRANSLATE_NOOP("Values", "opposes"),
    QT_TRANSLATE_NOOP("Values", "no position"),
    # topics
    QT_TRANSLATE_NOOP("Values", "joint projects"), QT_TRANSLATE_NOOP("Values", "price support"),
    QT_TRANSLATE_NOOP("Values", "market protection"), QT_TRANSLATE_NOOP("Values", "export-restriction exemptions"),
    QT_TRANSLATE_NOOP("Values", "R&D and innovation"), QT_TRANSLATE_NOOP("Values", "stockpiling"),
    QT_TRANSLATE_NOOP("Values", "response group"), QT_TRANSLATE_NOOP("Values", "other"),
    # commitment states
    QT_TRANSLATE_NOOP("Values", "open"), QT_TRANSLATE_NOOP("Values", "on track"),
    QT_TRANSLATE_NOOP("Values", "at risk"), QT_TRANSLATE_NOOP("Values", "met"), QT_TRANSLATE_NOOP("Values", "missed"),
    # signals in the minutes
    QT_TRANSLATE_NOOP("Values", "objects"), QT_TRANSLATE_NOOP("Values", "proposes wording"),
    QT_TRANSLATE_NOOP("Values", "asks for time"),
    # where a commitment comes from
    QT_TRANSLATE_NOOP("Values", "statement"), QT_TRANSLATE_NOOP("Values", "round"), QT_TRANSLATE_NOOP("Values", "clause"),
    # compliance assessments: their kind and who may read them
    QT_TRANSLATE_NOOP("Values", "interim"), QT_TRANSLATE_NOOP("Values", "final"),
    QT_TRANSLATE_NOOP("Values", "internal"), QT_TRANSLATE_NOOP("Values", "shareable"),
)


def value_text(value: str | Enum | None) -> str:
    """A stored value as the user reads it in the app's language ("" for none); unknown words are shown as stored."""
    if value is None:
        return ""
    word = value.value if isinstance(value, Enum) else str(value)
    return QCoreApplication.translate(CONTEXT, word)
