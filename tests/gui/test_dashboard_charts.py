"""The dashboard's painted widgets: chart labels never cut off or overlapping, legend swatches in the status colours."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF

from mineralsdesk.domain.model import ClauseStatus
from mineralsdesk.gui.style import STATUS_COLOURS
from mineralsdesk.gui.views.dashboard import DashboardView
from mineralsdesk.gui.views.dashboard_charts import BracketChart, StatusLegend
from mineralsdesk.services.views import BracketPoint

START = date(2026, 2, 10)


def _points(*values: int) -> list[BracketPoint]:
    return [BracketPoint(f"r{n}", n, START + timedelta(days=10 * n), v) for n, v in enumerate(values, start=1)]


@pytest.mark.parametrize("point_size", [9.0, 12.0, 16.0])
@pytest.mark.parametrize("values,target_days", [((16, 24, 16, 1), 60), ((1, 9), 20), ((6, 9, 7, 5), 200)])
def test_every_chart_label_sits_inside_the_chart_at_any_font_size(qtbot, point_size, values, target_days):
    points = _points(*values)
    chart = BracketChart(points, START + timedelta(days=target_days), START + timedelta(days=30))
    qtbot.addWidget(chart)
    font = QFont(chart.font())
    font.setPointSizeF(point_size)
    chart.setFont(font)
    chart.resize(320, chart.minimumHeight())
    layout = chart.chart_layout()
    whole = QRectF(chart.rect())
    line = QFontMetricsF(chart.small_font()).height()
    labels = [*layout.value_labels, *layout.round_labels, layout.target_label]
    for label in labels:
        assert whole.contains(label), (label, whole)  # the highest value's label used to be cut at the top
        assert label.height() >= line  # the label's rectangle is as tall as its text
    for value in layout.value_labels:
        assert not value.intersects(layout.target_label)
    highest = max(range(len(values)), key=values.__getitem__)
    assert layout.points[highest].y() == pytest.approx(layout.plot.top())


def test_a_chart_without_rounds_or_target_lays_out(qtbot):
    chart = BracketChart([], None, START)
    qtbot.addWidget(chart)
    chart.resize(300, chart.minimumHeight())
    layout = chart.chart_layout()
    assert layout.target_label is None and layout.points == [] and layout.plot.height() > 40
    chart.grab()  # paints "No rounds yet" without error


def test_legend_swatches_are_painted_in_the_status_colours(qtbot):
    counts = {ClauseStatus.PROPOSED: 1, ClauseStatus.UNDER_NEGOTIATION: 1, ClauseStatus.BRACKETED: 1,
              ClauseStatus.AGREED_AD_REFERENDUM: 1, ClauseStatus.AGREED: 1}
    legend = StatusLegend(counts)
    qtbot.addWidget(legend)
    legend.resize(230, legend.heightForWidth(230))
    image = legend.grab().toImage()
    ratio = image.devicePixelRatio()
    placed = legend.layout_entries(legend.width())
    assert [status for status, _c, _t in legend.entries] == list(counts)
    for (status, _colour, text), (swatch, label) in zip(legend.entries, placed, strict=True):
        centre = swatch.center()
        pixel = image.pixelColor(int(centre.x() * ratio), int(centre.y() * ratio))
        assert pixel.name() == STATUS_COLOURS[status].name(), status
        # An entry is never split between lines: its swatch and text share one line.
        assert swatch.top() >= label.top() and swatch.bottom() <= label.bottom(), text
        assert label.right() <= legend.width() or label.left() == swatch.right() + 5
    assert len({round(label.top()) for _s, label in placed}) > 1  # at this width the legend wraps


def test_dashboard_cards_use_the_legend_and_chart(ctx, qtbot):
    view = DashboardView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitUntil(lambda: not view.is_filling())  # cards replace their placeholders after the first paint
    cards = [view.cards.itemAt(i).widget() for i in range(view.cards.count()) if view.cards.itemAt(i).widget()]
    assert cards and all(isinstance(card.legend, StatusLegend) for card in cards)
    # Nothing cut off once the layout has settled (a card built on the last turn is laid out on the next).
    qtbot.waitUntil(lambda: all(card.legend.heightForWidth(card.legend.width()) <= card.legend.height()
                                for card in cards))
