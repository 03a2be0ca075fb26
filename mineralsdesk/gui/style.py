"""One home for colours and spacing: parties, stances, statuses and deadline states look the same everywhere."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette

from ..domain.model import ClauseStatus, Stance
from ..domain.rules import DeadlineState

SPACING = 8

# Calm, colour-blind-aware hues; text on them stays dark.
PARTY_COLOURS = {
    "US": QColor("#2f6db5"),
    "EU": QColor("#1f8a70"),
    "JP": QColor("#b5452f"),
    "MX": QColor("#8a5cb5"),
}
FALLBACK_PARTY_COLOUR = QColor("#6b7a8a")

STANCE_COLOURS = {
    Stance.SUPPORTS: QColor("#cfe8d4"),
    Stance.ACCEPTS_WITH_AMENDMENTS: QColor("#e6efc4"),
    Stance.RESERVES: QColor("#fbe7b5"),
    Stance.OPPOSES: QColor("#f5c6c0"),
    Stance.NO_POSITION: QColor("#e4e7eb"),
}

STATUS_COLOURS = {
    ClauseStatus.DRAFTED: QColor("#e4e7eb"),
    ClauseStatus.PROPOSED: QColor("#dbe6f5"),
    ClauseStatus.UNDER_NEGOTIATION: QColor("#fbe7b5"),
    ClauseStatus.BRACKETED: QColor("#f8d3a8"),
    ClauseStatus.AGREED_AD_REFERENDUM: QColor("#d7ecd9"),
    ClauseStatus.AGREED: QColor("#b9dfc0"),
    ClauseStatus.DROPPED: QColor("#d9d9d9"),
}

DEADLINE_COLOURS = {
    DeadlineState.OVERDUE: QColor("#c0392b"),
    DeadlineState.DUE_SOON: QColor("#d68910"),
}
CONCLUDED_COLOUR = QColor("#2e7d4f")  # a track that reached its goal: calm green with a tick, never the red of late

# Redline: an insertion is underlined, in the proposing party's colour on a pale wash of it; a deletion is
# struck through in a muted grey-red on no wash. They differ in line, background and lightness, not only in
# hue, so they read apart in greyscale and for colour-blind readers (the briefing PDF keeps red and green).
REDLINE_DELETED = QColor("#9a5a55")

# Text drawn on any of the tints above: they are light in both palettes, so the palette's own text colour
# (light grey in the dark palette) would vanish on them.
TEXT_ON_TINT = QColor("#1d2125")

# A cell for a party that is not in the clause's track: hatched and muted, so it never reads as "no position".
NOT_A_PARTY_HATCH = QColor("#cdd3da")
NOT_A_PARTY_TEXT = QColor("#8a939c")

INTERNAL_COLOUR = QColor("#8e1b1b")
INTERNAL_BACKGROUND = QColor("#fdecea")


def party_colour(code: str) -> QColor:
    return PARTY_COLOURS.get(code, FALLBACK_PARTY_COLOUR)


def small_font(font: QFont) -> QFont:
    """The font of chart labels: 85 % of the widget's."""
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.85)
    return small


def chart_height(font: QFont) -> int:
    """The dashboard's bracket chart height with this font; its cards' placeholders take it too."""
    # Two label lines above the plot (target, then the highest value), one below, and a plot to read.
    return max(150, int(QFontMetricsF(small_font(font)).height() * 3 + 96))


def mute(label) -> None:
    """Secondary text (counts, facts, notes) in the palette's muted colour, light or dark, following changes.

    Why not a style sheet: the first one in the app starts Qt's style-sheet engine, and a widget with one
    is polished and painted through it; the Clauses screen paid ~8 ms of its first paint for three greys
    (which were also hard to read on the dark palette).
    """
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)


def set_heading_font(widget, point_size: float = 15) -> None:
    """A screen heading: larger and semi-bold, set on the font (no style sheet, see mute)."""
    font = QFont(widget.font())
    font.setPointSizeF(point_size)
    font.setWeight(QFont.Weight.DemiBold)
    widget.setFont(font)
