"""The dashboard's small painted widgets: the status bar, its colour legend, and the open-brackets chart."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain import rules
from ...domain.model import ClauseStatus
from ...i18n import QT_TRANSLATE_NOOP
from ...services.read_models import BracketPoint
from ..common.dates import show_date
from ..language import translate
from ..style import DEADLINE_COLOURS, STATUS_COLOURS, chart_height, small_font

SWATCH = 11  # px: a legend square, the same colour as its share of the bar above it


STATUS_LABELS = {  # the clause statuses as the legend shows them (the log keeps the English values)
    "drafted": QT_TRANSLATE_NOOP("ClauseStatusLegend", "drafted"),
    "proposed": QT_TRANSLATE_NOOP("ClauseStatusLegend", "proposed"),
    "under negotiation": QT_TRANSLATE_NOOP("ClauseStatusLegend", "under negotiation"),
    "bracketed": QT_TRANSLATE_NOOP("ClauseStatusLegend", "bracketed"),
    "agreed ad referendum": QT_TRANSLATE_NOOP("ClauseStatusLegend", "agreed ad referendum"),
    "agreed": QT_TRANSLATE_NOOP("ClauseStatusLegend", "agreed"),
    "dropped": QT_TRANSLATE_NOOP("ClauseStatusLegend", "dropped"),
}


def status_label(status: str) -> str:
    """A clause status in the app's language."""
    return translate("ClauseStatusLegend", STATUS_LABELS.get(str(status), str(status)))


def round_label(number: int) -> str:
    """A round's short name under the chart ("R3")."""
    return translate("BracketChart", "R{number}").format(number=number)


def ordered_counts(counts: dict[str, int]) -> list[tuple[ClauseStatus, int]]:
    """Statuses with clauses, in the order a clause moves through them."""
    return [(s, counts[s]) for s in rules.STATUS_ORDER if counts.get(s)]


class StatusBar(QWidget):
    """A thin stacked bar of clause counts by status, in the order a clause moves through."""

    def __init__(self, counts: dict[str, int], parent: QWidget | None = None):
        super().__init__(parent)
        self.counts = counts
        self.setFixedHeight(14)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(", ".join(f"{status_label(s)}: {n}" for s, n in self.ordered()))

    def ordered(self) -> list[tuple[ClauseStatus, int]]:
        return ordered_counts(self.counts)

    def paintEvent(self, _event) -> None:
        total = sum(self.counts.values())
        if not total:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(QRectF(self.rect()), 4, 4)
        painter.setClipPath(path)
        x = 0.0
        for status, n in self.ordered():
            width = self.width() * n / total
            painter.fillRect(QRectF(x, 0, width + 0.5, self.height()), STATUS_COLOURS[status])
            x += width
        painter.end()


class StatusLegend(QWidget):
    """Swatch and "status n" for each status in the bar, in its exact colour; entries wrap whole, never split."""

    def __init__(self, counts: dict[str, int], parent: QWidget | None = None):
        super().__init__(parent)
        self.entries = [(status, STATUS_COLOURS[status], f"{status_label(status)} {n}") for status, n in ordered_counts(counts)]
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def layout_entries(self, width: int) -> list[tuple[QRectF, QRectF]]:
        """(swatch, text) rectangles for each entry at this width: an entry moves to the next line whole."""
        fm = QFontMetricsF(self.font())
        line, gap = fm.height() + 4, fm.horizontalAdvance("  ")
        x = y = 0.0
        placed = []
        for _status, _colour, text in self.entries:
            entry = SWATCH + 5 + fm.horizontalAdvance(text)
            if x > 0 and x + entry > width:
                x, y = 0.0, y + line
            swatch = QRectF(x + 0.5, y + (line - SWATCH) / 2, SWATCH, SWATCH)
            placed.append((swatch, QRectF(x + SWATCH + 5, y, entry - SWATCH - 5, line)))
            x += entry + gap
        return placed

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        placed = self.layout_entries(width)
        return int(placed[-1][1].bottom()) + 1 if placed else 0

    def sizeHint(self) -> QSize:
        return QSize(240, self.heightForWidth(240))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.heightForWidth(max(self.width(), 120)))

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        placed = self.layout_entries(self.width())
        for (_status, colour, text), (swatch, label) in zip(self.entries, placed, strict=True):
            painter.setPen(QPen(colour.darker(135), 1))  # an outline keeps the palest tints visible
            painter.setBrush(colour)
            painter.drawRoundedRect(swatch, 2, 2)
            painter.setPen(text_colour)
            painter.drawText(label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.end()


def spread(rects: list[QRectF], gap: float) -> list[int]:
    """Which of these left-to-right labels to draw so none overlaps another: the first, the last, and every
    k-th between for the smallest k that fits (one too near the last gives way to it)."""
    if not rects:
        return []
    last = len(rects) - 1

    def apart(a: int, b: int) -> bool:
        return rects[a].right() + gap <= rects[b].left()

    for step in range(1, len(rects) + 1):
        chosen = [i for i in range(0, last, step) if apart(i, last)] + [last]
        if all(apart(a, b) for a, b in pairwise(chosen)):
            return chosen
    return [last]  # unreachable: the last step leaves the first and last, or the last alone


@dataclass(frozen=True)
class ChartLayout:
    """Where everything in the bracket chart goes, worked out from the font so nothing is cut off or overlaps.

    Only some points may be labelled: `rounds` and `values` are the indices of the points whose round name
    and open-bracket count are drawn, `round_labels` and `value_labels` their rectangles.
    """

    plot: QRectF
    target_label: QRectF | None
    value_labels: list[QRectF]
    round_labels: list[QRectF]
    points: list[QPointF]
    target_x: float | None = None
    rounds: list[int] = field(default_factory=list)
    values: list[int] = field(default_factory=list)
    axis_labels: list[tuple[QRectF, str]] = field(default_factory=list)  # the y axis: its top value and 0

    def text_rects(self) -> list[QRectF]:
        """Every rectangle text is drawn in."""
        target = [self.target_label] if self.target_label is not None else []
        return [*target, *self.value_labels, *self.round_labels, *(rect for rect, _text in self.axis_labels)]


class BracketChart(QWidget):
    """Open brackets after each round, on a date axis that runs to the track's target date."""

    def __init__(self, points: list[BracketPoint], target: date | None, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.points, self.target, self.today = points, target, today
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # With many rounds some labels give way; the tooltip still has every round's count.
        series = ", ".join(f"{round_label(p.number)} {p.open_brackets}" for p in points)
        tip = (translate("BracketChart", "Open brackets after each round: {series}.").format(series=series) if series
               else translate("BracketChart", "Open brackets after each round."))
        if target:
            tip += "\n" + translate("BracketChart", "The dashed line is the track's target date.")
        self.setToolTip(tip)
        self.setMinimumSize(QSize(300, chart_height(self.font())))

    def small_font(self) -> QFont:
        return small_font(self.font())

    def chart_layout(self) -> ChartLayout:
        fm = QFontMetricsF(self.small_font())
        line, half = fm.height(), fm.height() / 2
        gap = fm.horizontalAdvance("  ")  # the least room between two labels
        top_value = self.top_value()
        left = fm.horizontalAdvance(str(top_value)) + 12
        # The target's label has the first line to itself and the highest point's value the second, so
        # neither is cut by the widget's top edge nor drawn over the other.
        top = (line * 2 + 4) if self.target else (line + 4)
        # Round names start over half a line below the axis, clear of the "0" centred on it.
        below = max(4.0, half + 2)
        plot = QRectF(left, top, self.width() - left - 14, self.height() - top - below - line - 2)

        def axis_label(text: str, y: float) -> tuple[QRectF, str]:
            width = fm.horizontalAdvance(text)
            return QRectF(plot.left() - 6 - width, y - half, width, line), text

        axis = [axis_label(str(top_value), plot.top()), axis_label("0", plot.bottom())]
        target_label = target_x = None
        points: list[QPointF] = []
        if self.points:
            start = self.points[0].date
            end = max([p.date for p in self.points] + ([self.target] if self.target else []))
            span = max((end - start).days, 1)

            def x_of(d: date) -> float:
                return plot.left() + plot.width() * (d - start).days / span

            points = [QPointF(x_of(p.date), plot.bottom() - plot.height() * p.open_brackets / top_value)
                      for p in self.points]
            if self.target:
                target_x = x_of(self.target)
                width = fm.horizontalAdvance(self.target_text()) + 4
                target_label = QRectF(max(0.0, min(target_x - width / 2, self.width() - width)), 0, width, line)

        def centred(text: str, x: float, y: float) -> QRectF:
            width = fm.horizontalAdvance(text) + 4
            return QRectF(max(0.0, min(x - width / 2, self.width() - width)), y, width, line)

        every_round = [centred(round_label(p.number), xy.x(), plot.bottom() + below)
                       for p, xy in zip(self.points, points, strict=True)]
        rounds = spread(every_round, gap)
        round_labels = [every_round[i] for i in rounds]
        # A count is drawn only over a named round, the latest round's first, and never on other text or the
        # target line: where it would be, it moves sideways (at most half its width, so it stays over its
        # point) or, with no room, gives way (the tooltip has every count).
        taken = [rect for rect, _text in axis] + round_labels
        if target_label is not None and target_x is not None:
            taken += [target_label, QRectF(target_x - 1, target_label.bottom(), 2, plot.bottom() - target_label.bottom())]
        values: dict[int, QRectF] = {}
        for i in sorted(rounds, key=lambda i: (i != rounds[-1], i)):
            rect = self._place(centred(str(self.points[i].open_brackets), points[i].x(), points[i].y() - line - 3),
                               taken, gap)
            if rect is not None:
                values[i] = rect
                taken.append(rect)
        shown = sorted(values)
        return ChartLayout(plot, target_label, [values[i] for i in shown], round_labels, points, target_x,
                           rounds, shown, axis)

    def _place(self, rect: QRectF, taken: list[QRectF], gap: float) -> QRectF | None:
        """`rect`, or it moved sideways just clear of what it meets, by at most half its width; None if no room."""
        def clear(r: QRectF) -> bool:
            wide = r.adjusted(-gap / 2, 0, gap / 2, 0)
            return r.left() >= 0 and r.right() <= self.width() and not any(wide.intersects(o) for o in taken)

        candidates = [rect]
        for other in taken:
            if rect.adjusted(-gap / 2, 0, gap / 2, 0).intersects(other):
                candidates += [rect.translated(other.right() + gap / 2 + 0.5 - rect.left(), 0),
                               rect.translated(other.left() - gap / 2 - 0.5 - rect.right(), 0)]
        fits = [r for r in candidates if clear(r) and abs(r.center().x() - rect.center().x()) <= rect.width() / 2]
        return min(fits, key=lambda r: abs(r.center().x() - rect.center().x()), default=None)

    def top_value(self) -> int:
        return max([p.open_brackets for p in self.points] + [1])

    def target_text(self) -> str:
        if not self.target:
            return ""
        return translate("BracketChart", "target {date}").format(date=show_date(self.target, "day"))

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        faint = QColor(text)
        faint.setAlphaF(0.25)
        painter.setFont(self.small_font())
        layout = self.chart_layout()
        plot = layout.plot
        if not self.points:
            painter.setPen(text)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, translate("BracketChart", "No rounds yet"))
            return
        painter.setPen(QPen(faint, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()))
        painter.setPen(text)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for rect, label in layout.axis_labels:
            painter.drawText(rect, right, label)
        if layout.target_label is not None and layout.target_x is not None:
            past = self.target < self.today
            colour = QColor("#8c8c8c") if past else DEADLINE_COLOURS[rules.DeadlineState.OVERDUE]
            painter.setPen(QPen(colour, 1.2, Qt.PenStyle.DashLine))
            tx = layout.target_x
            painter.drawLine(QPointF(tx, layout.target_label.bottom() + 2), QPointF(tx, plot.bottom()))
            painter.setPen(colour)
            painter.drawText(layout.target_label, Qt.AlignmentFlag.AlignCenter, self.target_text())
        line = QColor("#2f6db5")
        painter.setPen(QPen(line, 2))
        for previous, here in pairwise(layout.points):
            painter.drawLine(previous, here)
        painter.setBrush(line)
        painter.setPen(QPen(line, 1))
        for here in layout.points:
            painter.drawEllipse(here, 3.2, 3.2)
        painter.setPen(text)
        for i, rect in zip(layout.rounds, layout.round_labels, strict=True):
            painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter, round_label(self.points[i].number))
        for i, rect in zip(layout.values, layout.value_labels, strict=True):
            painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter, str(self.points[i].open_brackets))
        painter.end()
