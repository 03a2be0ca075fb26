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


def test_us_english_dates_say_the_month_in_words(qapp):
    """QLocale's short format in US English is "12/3/26": 12 March to most readers. The app never shows it."""
    from datetime import datetime

    from mineralsdesk.domain.model import Round
    from mineralsdesk.gui.common.dates import show_datetime
    from mineralsdesk.gui.common.form_base import round_label

    us = QLocale("en_US")
    assert show_date(date(2026, 12, 3), "medium", us) == "03 Dec 2026"
    assert show_datetime(datetime(2026, 12, 3, 16, 20), us).startswith("03 Dec 2026 4:20")
    try:
        install_language("en")
        label = round_label(Round(id="r", track_id="t", number=2, date=date(2026, 12, 3), place="Tokyo"))
    finally:
        install_language("en")
    assert "03 Dec 2026" in label and "/" not in label


def test_no_screen_writes_a_date_in_qlocales_short_format():
    from pathlib import Path

    import mineralsdesk.gui

    root = Path(mineralsdesk.gui.__file__).parent
    offenders = [f"{path.relative_to(root)}:{n}" for path in root.rglob("*.py") if path.name != "dates.py"
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if "FormatType.ShortFormat" in line]
    assert offenders == []  # use common.dates.show_date / show_datetime
