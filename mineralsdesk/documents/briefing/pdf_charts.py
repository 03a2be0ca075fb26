"""The summary's charts, drawn with reportlab.graphics: clauses by status, and open brackets over rounds against the deadline."""

from __future__ import annotations

import gc
from datetime import date
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from ...i18n import QT_TRANSLATE_NOOP
from ...services.read_models import BracketPoint
from .pdf_text import MAIN, font_for, plain
from .words import day as day_text
from .words import say, value

STATUS_COLOURS = {
    "drafted": "#B8C2CC",
    "proposed": "#8FB3D9",
    "under negotiation": "#F2B84B",
    "bracketed": "#E07A5F",
    "agreed ad referendum": "#81B29A",
    "agreed": "#2E7D4F",
    "dropped": "#9E9E9E",
}
MAX_POINT_LABELS = 16
CHARTS_A_COLLECTION = 4  # charts drawn on a canvas between two collections of those drawn before (Chart)
LABEL_GAP = 24  # points between two round labels on the date axis ("R12" over "04 Mar")
INK = colors.HexColor("#26323F")
DEADLINE = colors.HexColor("#B3261E")


def status_chart(counts: list[tuple[str, int]], width: float, height: float) -> Drawing:
    """One horizontal bar per clause status, in workflow order, each in its status colour, count at the end."""
    drawing = _drawing(width, height)
    drawing.add(label(0, height - 10, say(QT_TRANSLATE_NOOP("Briefing", "Clauses by status")), 8.5, INK))
    chart = HorizontalBarChart()
    chart.x, chart.y = 92, 6
    chart.width, chart.height = width - 92 - 22, height - 24
    # Reversed so the first status of the workflow is at the top.
    rows = list(reversed(counts))
    chart.data = [[n for _, n in rows]]
    names = [value(s)[:1].upper() + value(s)[1:] for s, _ in rows]
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName = font_for("".join(names))
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.strokeColor = colors.HexColor("#C9D1DB")
    chart.categoryAxis.tickLeft = 0
    top = max([n for _, n in counts] + [1])
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = max(1, -(-top // 4))
    chart.valueAxis.visible = False
    chart.barWidth = 6
    chart.bars.strokeColor = None
    for i, (status, _) in enumerate(rows):
        chart.bars[(0, i)].fillColor = colors.HexColor(STATUS_COLOURS.get(status, "#9E9E9E"))
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = MAIN
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def burndown_chart(points: list[BracketPoint], deadline: date | None, width: float, height: float) -> Drawing:
    """Open brackets after each round as a line over dates; the track's target date as a red vertical line."""
    drawing = _drawing(width, height)
    drawing.add(label(0, height - 10, say(QT_TRANSLATE_NOOP("Briefing", "Open brackets after each round")), 8.5, INK))
    if deadline is not None:  # the label sits in the title line, where no data point can hide it
        target = plain(say(QT_TRANSLATE_NOOP("Briefing", "- - target {date}"), date=day_text(deadline)))
        drawing.add(label(width - 2, height - 10, target, 7.5, DEADLINE, anchor="end"))
    if not points:
        drawing.add(label(0, height / 2, say(QT_TRANSLATE_NOOP("Briefing", "No rounds yet")), 8, colors.grey))
        return drawing
    days = [p.date.toordinal() for p in points]
    lo = min(days + ([deadline.toordinal()] if deadline else []))
    hi = max(days + ([deadline.toordinal()] if deadline else []))
    if hi - lo < 14:
        hi = lo + 14
    pad = (hi - lo) * 0.06
    plot = LinePlot()
    plot.x, plot.y = 26, 22
    plot.width, plot.height = width - 40, height - 44
    plot.data = [[(d, p.open_brackets) for d, p in zip(days, points, strict=True)]]
    plot.lines[0].strokeColor = INK
    plot.lines[0].strokeWidth = 1.4
    plot.lines[0].symbol = makeMarker("FilledCircle", size=3.5, fillColor=INK, strokeColor=INK)
    # Past a few dozen rounds the point labels would print over each other; the axis still reads.
    plot.lineLabelFormat = "%d" if len(points) <= MAX_POINT_LABELS else None
    plot.lineLabels.fontName = MAIN
    plot.lineLabels.fontSize = 7
    plot.lineLabels.dy = 6
    top = max([p.open_brackets for p in points] + [1])
    plot.yValueAxis.valueMin = 0
    plot.yValueAxis.valueMax = top * 1.25
    plot.yValueAxis.valueStep = max(1, -(-top // 4))
    plot.yValueAxis.labels.fontName = MAIN
    plot.yValueAxis.labels.fontSize = 7
    plot.yValueAxis.labelTextFormat = "%d"
    plot.xValueAxis.valueMin = lo - pad
    plot.xValueAxis.valueMax = hi + pad
    plot.xValueAxis.valueSteps = _spaced(sorted(set(days)), lo - pad, hi + pad, plot.width)
    round_mark = say(QT_TRANSLATE_NOOP("Briefing", "R{number}"))  # "R3": round 3, under its date on the axis
    plot.xValueAxis.labelTextFormat = lambda v: (round_mark.format(number=_round_at(points, v)) + "\n"
                                                 + day_text(date.fromordinal(int(v)), "short"))
    plot.xValueAxis.labels.fontName = font_for(round_mark + day_text(date.fromordinal(days[-1]), "short"))
    plot.xValueAxis.labels.fontSize = 6.5
    plot.xValueAxis.labels.leading = 7.5
    plot.xValueAxis.labels.boxAnchor = "n"
    drawing.add(plot)
    if deadline is not None:
        x = plot.x + plot.width * (deadline.toordinal() - plot.xValueAxis.valueMin) / (
            plot.xValueAxis.valueMax - plot.xValueAxis.valueMin)
        drawing.add(Line(x, plot.y, x, plot.y + plot.height, strokeColor=DEADLINE, strokeWidth=1.2,
                         strokeDashArray=[3, 2]))
    return drawing


def label(x: float, y: float, text: str, size: float, colour: colors.Color, *, anchor: str = "start") -> String:
    """A chart's own words on one line, in a font that has every letter of them (Japanese too)."""
    return String(x, y, text, fontName=font_for(text), fontSize=size, fillColor=colour, textAnchor=anchor)


class Chart(Drawing):
    """A chart's drawing, which frees the charts drawn before it every CHARTS_A_COLLECTION charts it draws.

    A reportlab chart drawn is a knot of reference cycles (its axes, its property collections and their items, tied
    together as it is rendered), so a chart the story lets go is not freed: it waits for Python's full collection,
    which runs only once the objects waiting are a quarter of those that have lived long. The summary's charts
    (two a track) piled up over its pages (40 tracks at 100k: ~30,000 blocks, +2.4 MB resident, freed all at once
    at its end), the scorecard's alike. Collected as charts are drawn, the charts held are the few drawn since
    (~25 ms a collection, a few dozen at 100k); the same document."""

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803 - reportlab's name
        super().drawOn(canvas, x, y, _sW)
        drawn = canvas._charts_drawn = getattr(canvas, "_charts_drawn", 0) + 1
        if drawn % CHARTS_A_COLLECTION == 0:
            gc.collect()


def _drawing(width: float, height: float) -> Drawing:
    drawing = Chart(width, height)
    drawing.initialFontName = MAIN  # else the renderer selects Helvetica, which would enter the PDF unembedded
    return drawing


def _spaced(days: list[int], lo: float, hi: float, width: float) -> list[int]:
    """The round dates to label: every one while they are LABEL_GAP apart on the axis, else a spaced
    subset that always keeps the first and the latest round."""
    kept: list[tuple[int, float]] = []
    for day in days:
        x = width * (day - lo) / (hi - lo)
        if not kept or x - kept[-1][1] >= LABEL_GAP:
            kept.append((day, x))
    if kept[-1][0] != days[-1]:
        x = width * (days[-1] - lo) / (hi - lo)
        if len(kept) > 1 and x - kept[-1][1] < LABEL_GAP:
            kept.pop()
        kept.append((days[-1], x))
    return [day for day, _ in kept]


def _round_at(points: list[BracketPoint], ordinal: float) -> str:
    numbers = [str(p.number) for p in points if p.date.toordinal() == int(ordinal)]
    return "/".join(numbers) or "?"
