"""The briefing's "Scorecard" pages: per track a bar chart by round and a table per round; the internal columns (our
fallbacks used, interventions per party) only when the content carries them (an internal briefing)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Rect
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, PageBreak, Spacer

from ...i18n import QT_TRANSLATE_NOOP
from .briefing import Briefing
from .pdf_charts import INK, _drawing, label
from .pdf_sections import SCORECARD, shown
from .pdf_style import INTERNAL_BG, INTERNAL_RED, heading, heads, para, rich, table
from .pdf_text import font_for, markup
from .scorecard import ScorecardSection, ScoreRow
from .words import day, say

CHART_HEIGHT = 150
# (label, colour, value of a row, internal)
BARS: tuple[tuple[str, str, Any, bool], ...] = (
    (QT_TRANSLATE_NOOP("Briefing", "brackets opened"), "#C98A2B", lambda r: r.opened, False),
    (QT_TRANSLATE_NOOP("Briefing", "brackets closed"), "#2E7D4F", lambda r: r.closed, False),
    (QT_TRANSLATE_NOOP("Briefing", "moves towards ours"), "#2F6DB5", lambda r: sum(r.towards.values()), False),
    (QT_TRANSLATE_NOOP("Briefing", "moves away"), "#B5452F", lambda r: sum(r.away.values()), False),
    (QT_TRANSLATE_NOOP("Briefing", "our fallbacks used (internal)"), "#A4161A", lambda r: r.fallbacks_used or 0,
     True),
)


def per_party(counts: dict[str, int] | None, parties: list[str]) -> str:
    """"US 2 · JP 1" in the section's party order; "–" for none."""
    return " · ".join(f"{p} {counts[p]}" for p in parties if (counts or {}).get(p)) or "–"


def score_chart(section: ScorecardSection, width: float, height: float = CHART_HEIGHT) -> Any:
    """Grouped bars per round: brackets opened and closed, stance moves towards and away, and (internal) our
    fallbacks used; a legend on the title line."""
    drawing = _drawing(width, height)
    title = say(QT_TRANSLATE_NOOP("Briefing", "By round"))
    drawing.add(label(0, height - 10, title, 8.5, INK))
    bars = [b for b in BARS if section.internal or not b[3]]
    x = max(52.0, stringWidth(title, font_for(title), 8.5) + 10)
    for name, colour, _value, internal in bars:
        text = say(name)
        drawing.add(Rect(x, height - 10, 7, 7, fillColor=colors.HexColor(colour), strokeColor=None))
        drawing.add(label(x + 10, height - 9.5, text, 7, INTERNAL_RED if internal else INK))
        x += 10 + stringWidth(text, font_for(text), 7) + 12
    chart = VerticalBarChart()
    chart.x, chart.y = 24, 18
    chart.width, chart.height = width - 34, height - 40
    chart.data = [[value(r) for r in section.rows] for _label, _colour, value, _internal in bars]
    round_mark = say(QT_TRANSLATE_NOOP("Briefing", "R{number}"))
    chart.categoryAxis.categoryNames = [round_mark.format(number=r.number) for r in section.rows]
    chart.categoryAxis.labels.fontName = font_for(round_mark)
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.strokeColor = colors.HexColor("#C9D1DB")
    top = max([v for series in chart.data for v in series] + [1])
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top * 1.15
    chart.valueAxis.valueStep = max(1, -(-top // 4))
    chart.valueAxis.labels.fontName = font_for("0")
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d"
    chart.bars.strokeColor = None
    chart.groupSpacing = 6
    for i, (_label, colour, _value, _internal) in enumerate(bars):
        chart.bars[i].fillColor = colors.HexColor(colour)
    chart.barLabelFormat = lambda v: f"{v:d}" if v else ""
    chart.barLabels.fontName = font_for("0")
    chart.barLabels.fontSize = 6
    chart.barLabels.nudge = 5
    drawing.add(chart)
    return drawing


def _row(r: ScoreRow, parties: list[str], internal: bool, speakers: list[str]) -> list[Any]:
    cells = [para(say(QT_TRANSLATE_NOOP("Briefing", "Round {number} · {date}"), number=r.number, date=day(r.date)),
                  "cell"), para(str(r.opened), "cell"),
             para(str(r.closed), "cell"), para(per_party(r.towards, parties), "cell"),
             para(per_party(r.away, parties), "cell")]
    if internal:
        cells += [para(str(r.fallbacks_used or 0), "cell"), para(per_party(r.interventions, speakers), "cell")]
    return cells


def score_table(section: ScorecardSection, width: float) -> Any:
    names = [say(QT_TRANSLATE_NOOP("Briefing", "Round")), say(QT_TRANSLATE_NOOP("Briefing", "Brackets opened")),
             say(QT_TRANSLATE_NOOP("Briefing", "Brackets closed")),
             say(QT_TRANSLATE_NOOP("Briefing", "Moves towards ours")),
             say(QT_TRANSLATE_NOOP("Briefing", "Moves away from ours"))]
    shares = [0.20, 0.09, 0.09, 0.16, 0.16]
    if section.internal:  # wide enough that "Interventions" and "(internal)" never break inside a word
        names += [say(QT_TRANSLATE_NOOP("Briefing", "Our fallbacks used (internal)")),
                  say(QT_TRANSLATE_NOOP("Briefing", "Interventions (internal)"))]
        shares += [0.12, 0.18]
    total = sum(shares)
    widths = [width * s / total for s in shares]
    rows = [heads(*names), *(_row(r, section.parties, section.internal, section.speakers) for r in section.rows)]
    extra = []
    if section.internal:
        extra = [("BACKGROUND", (5, 1), (6, -1), INTERNAL_BG), ("LINEABOVE", (5, 0), (6, 0), 2, INTERNAL_RED)]
    return table(rows, widths, extra=extra)


def scorecard_section(section: ScorecardSection, width: float) -> list[Any]:
    facts = say(QT_TRANSLATE_NOOP("Briefing", "Ours: {party}. Brackets opened {opened}, closed {closed}. A move is a "
                                              "party's new stance on a clause beside its previous one, nearer to ours "
                                              "(towards) or further (away)."),
                party=section.our_party or say(QT_TRANSLATE_NOOP("Briefing", "none marked")),
                opened=sum(r.opened for r in section.rows), closed=sum(r.closed for r in section.rows))
    out: list[Any] = [CondPageBreak(CHART_HEIGHT + 120),
                      heading(f"{section.track_ref} — {section.track_title}", "h2"), para(facts, "muted"),
                      score_chart(section, width), Spacer(1, 4), score_table(section, width)]
    if section.internal:
        mark = markup(say(QT_TRANSLATE_NOOP("Briefing", "INTERNAL")))
        note = markup(say(QT_TRANSLATE_NOOP("Briefing", "our fallbacks used and the interventions come from our "
                                                        "positions and our minutes of {track}: not for the other side."),
                          track=section.track_ref))
        out.append(rich(f"<font color='#A4161A'><b>{mark}</b></font> — {note}", "muted"))
    out.append(Spacer(1, 8))
    return out


def scorecard_pages(b: Briefing, width: float) -> Iterator[Any]:
    """The Scorecard section: a part per track with rounds, each made when the layout reaches it (one list of them
    all kept every part laid out alive to the section's end: +7 MB over the 33 pages of a 100k log's); nothing when
    no track has any."""
    if not b.scorecards:
        return
    yield heading(say(SCORECARD.title), "h1", shown(SCORECARD))
    for section in b.scorecards:
        yield from scorecard_section(section, width)
    yield PageBreak()
