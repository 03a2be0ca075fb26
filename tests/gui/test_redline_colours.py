"""The app's redline tells insertions from deletions by more than underline vs strike-through in one teal."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor

from mineralsdesk.gui.clauses.detail import redline_html
from mineralsdesk.gui.style import party_colour


def _styles(html: str, tag: str) -> list[dict[str, str]]:
    return [dict(part.split(":", 1) for part in (p.strip() for p in style.split(";")) if part)
            for style in re.findall(rf'<{tag} style="([^"]*)"', html)]


def test_insertions_and_deletions_differ_in_colour_lightness_and_background():
    html = redline_html("The Parties shall cooperate.", "The Parties should closely cooperate.", "EU")
    inserted, deleted = _styles(html, "u"), _styles(html, "s")
    assert inserted and deleted
    ins, dele = QColor(inserted[0]["color"].strip()), QColor(deleted[0]["color"].strip())
    assert ins == party_colour("EU")  # insertions keep the proposing party's colour
    assert ins != dele  # before: both were the party's colour
    assert "background-color" in inserted[0] and "background-color" not in deleted[0]
    assert abs(ins.hslHue() - dele.hslHue()) >= 60  # EU teal against a grey-red: apart for colour-blind eyes too


def test_the_redline_tab_legend_shows_both_marks(main_window, ctx):
    clauses = main_window.show_page("clauses")
    best = max(ctx.log.clauses.list(), key=lambda c: len(ctx.log.clauses.versions(c.id)))
    clauses.open_item(best.id)
    versions = ctx.log.clauses.versions(best.id)
    clauses.detail.compare(versions[-2].number, versions[-1].number)
    legend = clauses.detail.redline_legend.text()
    assert "<u style=" in legend and "<s style=" in legend and "underlined" in legend and "struck through" in legend
    assert _styles(legend, "u")[0]["color"].strip() != _styles(legend, "s")[0]["color"].strip()
