"""Dates as the app's language writes them, through QLocale: a format per language and style (issue 22).

QLocale's month and day names are right for each language, but a pattern such as "dd MMM yyyy" is a Latin
order: in Japanese it gave "15 12月 2026". Each language has its own patterns here.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale

# style -> language -> QLocale pattern. "medium": tables and cards; "day": chart axes; "long": prose;
# "weekday": prose with the day's name.
FORMATS: dict[str, dict[str, str]] = {
    "medium": {"en": "dd MMM yyyy", "fr": "dd MMM yyyy", "de": "dd. MMM yyyy", "es": "dd MMM yyyy", "ja": "yyyy/MM/dd"},
    "day": {"en": "dd MMM", "fr": "dd MMM", "de": "dd. MMM", "es": "dd MMM", "ja": "M月d日"},
    "long": {"en": "d MMMM yyyy", "fr": "d MMMM yyyy", "de": "d. MMMM yyyy", "es": "d 'de' MMMM 'de' yyyy",
             "ja": "yyyy年M月d日"},
    "weekday": {"en": "dddd d MMMM yyyy", "fr": "dddd d MMMM yyyy", "de": "dddd, d. MMMM yyyy",
                "es": "dddd, d 'de' MMMM 'de' yyyy", "ja": "yyyy年M月d日（ddd）"},
}


def show_date(day: date | QDate, style: str = "medium", locale: QLocale | None = None) -> str:
    """`day` in the app's language (QLocale's default, set by install_language) in one of FORMATS' styles."""
    locale = locale or QLocale()
    lang = locale.name().split("_")[0]
    patterns = FORMATS[style]
    return locale.toString(day if isinstance(day, QDate) else QDate(day), patterns.get(lang, patterns["en"]))


def show_datetime(moment: datetime | QDateTime, locale: QLocale | None = None) -> str:
    """`moment`'s day as show_date's "medium" style writes it, then its time in the app's language. Never QLocale's
    short date format: in US English it is "12/3/26", read as 12 March in most of the world."""
    locale = locale or QLocale()
    moment = moment if isinstance(moment, QDateTime) else QDateTime(moment)
    return f"{show_date(moment.date(), 'medium', locale)} {locale.toString(moment.time(), QLocale.FormatType.ShortFormat)}"
