"""The dashboard's painted widgets: chart labels never cut off or overlapping, legend swatches in the status colours."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF

from mineralsdesk.domain.model import ClauseStatus
from mineralsdesk.gui.dashboard.board import DashboardView
from mineralsdesk.gui.dashboard.charts import BracketChart, StatusLegend
from mineralsdesk.gui.style import STATUS_COLOURS
from mineralsdesk.services.read_models import BracketPoint

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


def _crowded(n: int, *, cluster: bool) -> list[BracketPoint]:
    """`n` rounds ten days apart; with `cluster`, two of them a day apart (a resumed session)."""
    days = [10 * k for k in range(n)]
    if cluster:
        days[n // 2] = days[n // 2 - 1] + 1
    return [BracketPoint(f"r{k}", k + 1, START + timedelta(days=d), 300 + 40 * (k % 5) - 7 * k)
            for k, d in enumerate(days)]


@pytest.mark.parametrize("point_size", [9.0, 12.0, 16.0])
@pytest.mark.parametrize("width", [300, 420, 700])
@pytest.mark.parametrize("cluster", [False, True])
def test_chart_labels_never_overlap_however_many_rounds(qtbot, point_size, width, cluster):
    points = _crowded(16, cluster=cluster)
    target = points[-1].date + timedelta(days=12)  # its line and label sit among the last rounds' counts
    chart = BracketChart(points, target, START + timedelta(days=90))
    qtbot.addWidget(chart)
    font = QFont(chart.font())
    font.setPointSizeF(point_size)
    chart.setFont(font)
    chart.resize(width, chart.minimumHeight())
    layout = chart.chart_layout()
    texts = layout.text_rects()
    for i, a in enumerate(texts):
        assert QRectF(chart.rect()).contains(a), a
        for b in texts[i + 1:]:
            assert not a.intersects(b), (a, b)  # R9 and R10 used to be drawn over each other
    assert layout.rounds[0] == 0 and layout.rounds[-1] == len(points) - 1  # the first and the latest round
    if cluster or width <= 420:
        assert len(layout.rounds) < len(points)  # sixteen names do not fit: some gave way
    steps = {b - a for a, b in pairwise(layout.rounds[:-1])}
    assert len(steps) <= 1  # evenly spaced (only the latest may come sooner)
    assert set(layout.values) <= set(layout.rounds) and layout.values[-1] == len(points) - 1
    for value in layout.value_labels:  # no count is drawn across the dashed target line
        assert not value.left() <= layout.target_x <= value.right(), value
    # Each drawn count still stands over its own point.
    for i, value in zip(layout.values, layout.value_labels, strict=True):
        assert value.left() <= layout.points[i].x() <= value.right()
    chart.grab()  # paints the chosen labels without error


def test_a_wide_chart_names_every_round(qtbot):
    points = _crowded(16, cluster=False)
    chart = BracketChart(points, None, START)
    qtbot.addWidget(chart)
    chart.resize(1600, chart.minimumHeight())
    layout = chart.chart_layout()
    assert layout.rounds == list(range(len(points)))  # labels give way only when they must


def test_a_first_count_beside_the_axis_moves_clear_of_it_rather_than_vanish(qtbot):
    chart = BracketChart(_points(5, 6, 2), None, START)  # R1's 5 sits beside the axis's top value 6
    qtbot.addWidget(chart)
    chart.resize(360, chart.minimumHeight())
    layout = chart.chart_layout()
    assert layout.values == [0, 1, 2]
    axis_top = layout.axis_labels[0][0]
    assert not layout.value_labels[0].intersects(axis_top)


def test_status_counts_follow_the_domains_status_order():
    from mineralsdesk.domain import rules
    from mineralsdesk.gui.dashboard.charts import ordered_counts

    counts = {str(s): n for n, s in enumerate(reversed(rules.STATUS_ORDER), start=1)}
    assert [s for s, _ in ordered_counts(counts)] == rules.STATUS_ORDER
    assert ordered_counts({"agreed": 2, "drafted": 0, "proposed": 1}) == [(ClauseStatus.PROPOSED, 1),
                                                                          (ClauseStatus.AGREED, 2)]
