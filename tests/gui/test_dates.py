"""Dates on the screens through QLocale, in each language's own order (issue 22): no "15 12月 2026"."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale

from mineralsdesk.gui.common.dates import show_date
from mineralsdesk.gui.dashboard.board import short_date
from mineralsdesk.gui.language import install_language

DAY = date(2026, 12, 15)  # a Tuesday

EXPECTED = {
    "en": ("15 Dec 2026", "15 Dec", "15 December 2026", "Tuesday 15 December 2026"),
    "fr": ("15 déc. 2026", "15 déc.", "15 décembre 2026", "mardi 15 décembre 2026"),
    "de": ("15. Dez. 2026", "15. Dez.", "15. Dezember 2026", "Dienstag, 15. Dezember 2026"),
    "es": ("15 dic 2026", "15 dic", "15 de diciembre de 2026", "martes, 15 de diciembre de 2026"),
    "ja": ("2026/12/15", "12月15日", "2026年12月15日", "2026年12月15日（火）"),
}


@pytest.mark.parametrize("lang", sorted(EXPECTED))
def test_each_language_writes_dates_in_its_own_order(lang):
    locale = QLocale(lang)
    got = tuple(show_date(DAY, style, locale) for style in ("medium", "day", "long", "weekday"))
    assert got == EXPECTED[lang]


def test_the_dashboard_cards_follow_the_installed_language(qapp):
    try:
        install_language("ja")
        assert short_date(DAY) == "2026/12/15"
        install_language("de")
        assert short_date(DAY) == "15. Dez. 2026"
    finally:
        install_language("en")
    assert short_date(DAY) == "15 Dec 2026"
