"""Draws `make bench`'s growth chart: each measure against log size on log-log axes, ours solid, bare dashed.

Written by run.py from the same run's rows (`name, size, ours, bare, ratio`) to benchmarks/results/growth.png.
On log-log axes a measure that grows in proportion to the log climbs parallel to the grey "x log size" guide;
anything steeper grows faster than the log, a flat line does not grow. One panel per unit (ms, MB, counts),
since a time and a memory figure share no scale.

Drawn with Pillow, which reportlab (a dependency) already installs: reportlab's own PNG renderer (renderPM)
needs rlPyCairo or the old C extension, neither of which is installed. The text uses the app's Noto Sans.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT = Path(__file__).resolve().parent.parent / "mineralsdesk" / "assets" / "fonts" / "NotoSans-Regular.ttf"
WIDTH = 1400
PANEL_HEIGHT = 520
PLOT_LEFT, PLOT_WIDTH = 110, 620  # the legend takes the rest of the width
PLOT_TOP, PLOT_BOTTOM = 50, 70  # room for the panel title above and the x axis label below
# Colour-blind-friendly (Okabe-Ito, then Tol's muted); repeated with a different marker after that.
COLOURS = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#332288", "#882255",
           "#117733", "#999933", "#AA4499", "#44AA99", "#661100", "#6699CC", "#888888", "#000000"]
MARKERS = ["circle", "square", "triangle", "diamond"]


def unit_of(name: str) -> str:
    """The panel a measure goes on: its unit, read from the name as run.py's table prints it."""
    lowered = name.lower()
    if ("(ms)" in lowered or ", ms)" in lowered or lowered.endswith(" ms") or "p95" in lowered
            or "clauses:" in lowered):
        return "ms"
    if "(mb)" in lowered or "memory" in lowered:
        return "MB"
    return "count"


def _number(text: object) -> float | None:
    try:
        value = float(text)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return value if value > 0 and math.isfinite(value) else None  # log axes: nothing at or below zero


def series(rows: Sequence[Sequence[str]]) -> dict[str, dict[str, list[tuple[float, float]]]]:
    """name -> {"ours": [(size, value)], "bare": [...]}, for measures with a number at two sizes or more.
    A measure missing at some size, or with no bare counterpart, is drawn with what it has."""
    found: dict[str, dict[str, list[tuple[float, float]]]] = {}
    for row in rows:
        if len(row) != 5:
            continue
        name, size, ours, bare, _ratio = row
        at = _number(size)
        if at is None:
            continue
        lines = found.setdefault(name, {"ours": [], "bare": []})
        for side, text in (("ours", ours), ("bare", bare)):
            value = _number(text)
            if value is not None:
                lines[side].append((at, value))
    for lines in found.values():
        for side in lines:
            lines[side].sort()
    return {name: lines for name, lines in found.items() if len(lines["ours"]) >= 2 or len(lines["bare"]) >= 2}


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype(str(FONT), size)
    except OSError:
        return ImageFont.load_default(size)


def _decades(low: float, high: float) -> tuple[int, int]:
    first, last = math.floor(math.log10(low)), math.ceil(math.log10(high))
    return first, max(last, first + 1)


def _label(power: int) -> str:
    value = 10.0 ** power
    return f"{value:,.0f}" if power >= 0 else f"{value:g}"


def _dashed(draw: ImageDraw.ImageDraw, points: list[tuple[float, float]], colour: str, width: int) -> None:
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        length = math.hypot(x1 - x0, y1 - y0)
        steps = max(1, int(length // 10))
        for i in range(0, steps, 2):
            a, b = i / steps, min(1.0, (i + 1) / steps)
            draw.line([(x0 + (x1 - x0) * a, y0 + (y1 - y0) * a), (x0 + (x1 - x0) * b, y0 + (y1 - y0) * b)],
                      fill=colour, width=width)


def _marker(draw: ImageDraw.ImageDraw, x: float, y: float, kind: str, colour: str, filled: bool) -> None:
    r = 5
    fill = colour if filled else "white"
    if kind == "square":
        draw.rectangle([x - r, y - r, x + r, y + r], fill=fill, outline=colour, width=2)
    elif kind == "triangle":
        draw.polygon([(x, y - r - 1), (x - r - 1, y + r), (x + r + 1, y + r)], fill=fill, outline=colour, width=2)
    elif kind == "diamond":
        draw.polygon([(x, y - r - 1), (x + r + 1, y), (x, y + r + 1), (x - r - 1, y)], fill=fill, outline=colour,
                     width=2)
    else:
        draw.ellipse([x - r, y - r, x + r, y + r], fill=fill, outline=colour, width=2)


def _panel(draw: ImageDraw.ImageDraw, top: int, unit: str, measures: dict[str, dict[str, list]],
           start: int) -> None:
    title_font, font, small = _font(20), _font(15), _font(13)
    height = PANEL_HEIGHT - PLOT_TOP - PLOT_BOTTOM
    x0, y0 = PLOT_LEFT, top + PLOT_TOP
    points = [p for lines in measures.values() for side in lines.values() for p in side]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    xd, yd = _decades(min(xs), max(xs)), _decades(min(ys), max(ys))

    def at(size: float, value: float) -> tuple[float, float]:
        fx = (math.log10(size) - xd[0]) / (xd[1] - xd[0])
        fy = (math.log10(value) - yd[0]) / (yd[1] - yd[0])
        return x0 + fx * PLOT_WIDTH, y0 + height - fy * height

    name = {"ms": "Time (ms)", "MB": "Memory (MB)", "count": "Count"}[unit]
    draw.text((x0, top + 12), f"{name} against log size, log-log", font=title_font, fill="black")
    draw.rectangle([x0, y0, x0 + PLOT_WIDTH, y0 + height], outline="black", width=1)
    for power in range(xd[0], xd[1] + 1):
        x, _ = at(10.0 ** power, 10.0 ** yd[0])
        draw.line([(x, y0), (x, y0 + height)], fill="#DDDDDD")
        draw.text((x, y0 + height + 6), _label(power), font=small, fill="black", anchor="mt")
    for power in range(yd[0], yd[1] + 1):
        _, y = at(10.0 ** xd[0], 10.0 ** power)
        draw.line([(x0, y), (x0 + PLOT_WIDTH, y)], fill="#DDDDDD")
        draw.text((x0 - 6, y), _label(power), font=small, fill="black", anchor="rm")
    draw.text((x0 + PLOT_WIDTH / 2, y0 + height + 30), "log size (clause versions)", font=font, fill="black",
              anchor="mt")
    draw.text((34, y0 + height / 2), unit, font=font, fill="black", anchor="mm")
    # The guide: what a measure growing in proportion to the log looks like (slope 1), from the lowest point.
    low = min(points, key=lambda p: (p[0], p[1]))
    end = min(10.0 ** xd[1], low[0] * 10.0 ** yd[1] / low[1])  # stop at the plot's top edge
    guide = [at(*low), at(end, low[1] * end / low[0])]
    _dashed(draw, guide, "#AAAAAA", 2)
    legend_x = x0 + PLOT_WIDTH + 30
    draw.text((legend_x, y0 - 4), "solid, filled: ours   dashed, hollow: bare   grey: x log size",
              font=small, fill="#444444")
    # The legend in the order the lines end on the right (highest first), so each name sits near its line.
    ranked = sorted(measures.items(), key=lambda item: -max(item[1]["ours"] or item[1]["bare"])[1])
    for i, (measure, lines) in enumerate(ranked):
        colour = COLOURS[(start + i) % len(COLOURS)]
        marker = MARKERS[((start + i) // len(COLOURS)) % len(MARKERS)]
        for side in ("bare", "ours"):
            shown = [at(*p) for p in lines[side]]
            if len(shown) >= 2:
                if side == "ours":
                    draw.line(shown, fill=colour, width=3, joint="curve")
                else:
                    _dashed(draw, shown, colour, 2)
            for x, y in shown:
                _marker(draw, x, y, marker, colour, side == "ours")
        y = y0 + 22 + i * 22
        draw.line([(legend_x, y), (legend_x + 28, y)], fill=colour, width=3)
        _marker(draw, legend_x + 14, y, marker, colour, True)
        text = measure if len(measure) <= 78 else measure[:77] + "…"
        if not lines["bare"]:
            text += "  (no bare)"
        draw.text((legend_x + 38, y), text, font=small, fill="black", anchor="lm")


def write_chart(rows: Sequence[Sequence[str]], out: Path, *, title: str = "") -> Path | None:
    """Draw the rows' measures (see series) to `out` as a PNG; None (and nothing written) when no measure
    has two sizes to draw a line between."""
    found = series(rows)
    if not found:
        return None
    panels: dict[str, dict[str, dict[str, list]]] = {}
    for name, lines in found.items():
        panels.setdefault(unit_of(name), {})[name] = lines
    order = [u for u in ("ms", "MB", "count") if u in panels]
    heights = [max(PANEL_HEIGHT, PLOT_TOP + 40 + 22 * len(panels[u])) for u in order]
    image = Image.new("RGB", (WIDTH, 40 + sum(heights)), "white")
    draw = ImageDraw.Draw(image)
    draw.text((PLOT_LEFT, 10), title or "make bench: each measure against log size", font=_font(22), fill="black")
    top, start = 40, 0
    for unit, height in zip(order, heights, strict=True):
        _panel(draw, top, unit, panels[unit], start)
        start += len(panels[unit])
        top += height
    out.parent.mkdir(parents=True, exist_ok=True)
    image.save(out, "PNG", optimize=True)
    return out
