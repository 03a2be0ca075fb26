"""The Scorecard screen's painted chart: bars per round, stacked by series, upwards and downwards from a zero line
(brackets opened up and closed down; stance moves towards ours up and away down; interventions up)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..dashboard.charts import SWATCH
from ..language import translate
from ..style import INTERNAL_COLOUR, small_font


@dataclass(frozen=True)
class Series:
    """One stacked part of every bar: a value per round, drawn above the zero line (`down` False) or below."""

    label: str
    colour: QColor
    values: list[int]
    down: bool = False


class RoundBars(QWidget):
    """A titled chart of stacked bars, one per round ("R1", "R2", ...), with a legend of its series.

    `internal` marks the chart as holding internal numbers: its title carries "INTERNAL" in the internal colour.
    """

    def __init__(self, title: str, rounds: list[str], series: list[Series], *, internal: bool = False,
                 legend: list[tuple[str, QColor]] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.title, self.rounds, self.series, self.internal = title, rounds, series, internal
        self.legend = legend if legend is not None else [(s.label, s.colour) for s in series]
        self.setMinimumSize(QSize(220, 190))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(title)
        self.setToolTip(self.describe())

    def totals(self, down: bool) -> list[int]:
        """Per round, the height of the stack above (`down` False) or below the zero line."""
        return [sum(s.values[i] for s in self.series if s.down == down) for i in range(len(self.rounds))]

    def describe(self) -> str:
        """The numbers in words, for the tooltip and screen readers."""
        parts = []
        for i, name in enumerate(self.rounds):
            values = [f"{s.label} {s.values[i]}" for s in self.series if s.values[i]]
            none = translate("RoundBars", "none")
            parts.append(f"{name}: {', '.join(values) or none}")
        return f"{self.title}. " + "; ".join(parts)

    def sizeHint(self) -> QSize:
        return QSize(380, 230)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        faint = QColor(text)
        faint.setAlphaF(0.3)
        font = small_font(self.font())
        painter.setFont(font)
        fm = QFontMetricsF(font)
        line = fm.height()
        area = QRectF(self.rect()).adjusted(6, 4, -6, -4)
        # Title (and its internal mark), then the plot, then the round names, then the legend.
        x = area.left()
        if self.internal:
            mark = translate("RoundBars", "INTERNAL")
            width = fm.horizontalAdvance(mark) + 8
            painter.fillRect(QRectF(x, area.top(), width, line + 2), INTERNAL_COLOUR)
            painter.setPen(QColor("white"))
            painter.drawText(QRectF(x, area.top(), width, line + 2), Qt.AlignmentFlag.AlignCenter, mark)
            x += width + 6
        painter.setPen(text)
        painter.drawText(QRectF(x, area.top(), area.right() - x, line + 2), Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(self.title, Qt.TextElideMode.ElideRight, area.right() - x))
        legend_rows = self._legend_rects(fm, area.width())
        legend_height = (max((r.bottom() for _l, _c, r in legend_rows), default=0)) + 2
        plot = QRectF(area.left() + 4, area.top() + line * 2 + 6, area.width() - 8,
                      area.height() - line * 4 - 12 - legend_height)
        if not self.rounds or plot.height() < 20:
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, translate("RoundBars", "No rounds yet"))
            painter.end()
            return
        up, down = self.totals(False), self.totals(True)
        top_up, top_down = max(up + [0]), max(down + [0])
        scale_total = (top_up + top_down) or 1
        zero = plot.top() + plot.height() * (top_up / scale_total if top_up or top_down else 1)
        unit = plot.height() / scale_total
        slot = plot.width() / len(self.rounds)
        bar = min(slot * 0.6, 40.0)
        painter.setPen(QPen(faint, 1))
        painter.drawLine(QPointF(plot.left(), zero), QPointF(plot.right(), zero))
        for i, name in enumerate(self.rounds):
            centre = plot.left() + slot * (i + 0.5)
            for down_side in (False, True):
                y = zero
                for s in self.series:
                    if s.down != down_side or not s.values[i]:
                        continue
                    height = s.values[i] * unit
                    rect = QRectF(centre - bar / 2, y if down_side else y - height, bar, height)
                    painter.fillRect(rect, s.colour)
                    y = y + height if down_side else y - height
                total = down[i] if down_side else up[i]
                if total:
                    painter.setPen(text)
                    label = QRectF(centre - slot / 2, y if down_side else y - line, slot, line)
                    painter.drawText(label, Qt.AlignmentFlag.AlignCenter, str(total))
            painter.setPen(text)
            painter.drawText(QRectF(centre - slot / 2, plot.bottom() + line + 2, slot, line),
                             Qt.AlignmentFlag.AlignCenter, fm.elidedText(name, Qt.TextElideMode.ElideRight, slot))
        offset = plot.bottom() + line * 2 + 6
        for label, colour, rect in legend_rows:
            swatch = QRectF(rect.left(), offset + rect.top() + (line - SWATCH) / 2, SWATCH, SWATCH)
            painter.fillRect(swatch, colour)
            painter.setPen(text)
            painter.drawText(QRectF(swatch.right() + 4, offset + rect.top(), rect.width() - SWATCH - 4, line),
                             Qt.AlignmentFlag.AlignVCenter, label)
        painter.end()

    def _legend_rects(self, fm: QFontMetricsF, width: float) -> list[tuple[str, QColor, QRectF]]:
        """Each legend entry's box, wrapping whole entries onto the next line."""
        out, x, y = [], 0.0, 0.0
        for label, colour in self.legend:
            w = SWATCH + 4 + fm.horizontalAdvance(label) + 12
            if x and x + w > width:
                x, y = 0.0, y + fm.height() + 2
            out.append((label, colour, QRectF(x + 6, y, w, fm.height())))
            x += w
        return out
