"""The per-log calendar setting: how many days before a deadline an exported calendar reminds (0: no reminder)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.model import Changed
from ..errors import InvalidInputError
from ..i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from .log import Log

REMINDER_DAYS_KEY = "calendar_reminder_days"
DEFAULT_REMINDER_DAYS = 7
MAX_REMINDER_DAYS = 365


def check_reminder_days(days: int) -> int:
    """`days` when it is a whole number from 0 to 365; otherwise InvalidInputError (one line)."""
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= MAX_REMINDER_DAYS:
        raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "Reminder days must be a whole number from 0 "
                                                            "(no reminder) to {limit}"),
                                limit=MAX_REMINDER_DAYS)
    return days


def reminder_days(log: Log) -> int:
    """The log's reminder setting; the default (7) when it was never set or does not read as a number."""
    text = log.repo.meta().get(REMINDER_DAYS_KEY, "")
    try:
        return check_reminder_days(int(text))
    except (ValueError, InvalidInputError):
        return DEFAULT_REMINDER_DAYS


def set_reminder_days(log: Log, days: int) -> Changed:
    """Store the log's reminder setting (one transaction, in the change log like every setting)."""
    check_reminder_days(days)
    with log.write() as repo:
        repo.set_meta(REMINDER_DAYS_KEY, str(days), source=log.current_source)
    return Changed.of("settings")
