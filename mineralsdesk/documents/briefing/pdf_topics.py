"""The briefing's "Topic comparison" pages: one topic's clauses side by side, a column per track, and redlines."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, PageBreak, Spacer

from ...i18n import QT_TRANSLATE_NOOP
from .briefing import Briefing
from .pdf_clauses import internal_box
from .pdf_sections import topic_anchor
from .pdf_style import STANCE_COLOURS, heading, heads, para, rich, table
from .pdf_text import RUN_TAGS, markup, run_paragraphs
from .topics import TopicClauseEntry, TopicColumn, TopicSection
from .words import say, say_n, value

# Side by side, a column per track; more tracks than this wrap onto further tables of balanced width.
TOPIC_COLUMNS = 3
CELL_PADDING = 8  # the table's left plus right padding, in points


def _hex(colour: colors.Color) -> str:
    r, g, b = (round(v * 255) for v in colour.rgb())
    return f"#{r:02X}{g:02X}{b:02X}"


def column_groups(columns: list[TopicColumn], per_table: int = TOPIC_COLUMNS) -> list[list[TopicColumn]]:
    """The columns cut into as few tables as hold `per_table` each, as even as can be (4 tracks: 2 and 2)."""
    if not columns:
        return []
    count = -(-len(columns) // per_table)
    base, extra = divmod(len(columns), count)
    groups, start = [], 0
    for k in range(count):
        size = base + (1 if k < extra else 0)
        groups.append(columns[start:start + size])
        start += size
    return groups


def _stance_line(party: str, stance: str, note: str, round_label: str) -> str:
    bg, fg = STANCE_COLOURS.get(stance, ("#FFFFFF", colors.black))
    line = (f"<b>{markup(party)}</b> <font backColor='{bg}' color='{_hex(fg)}'>&nbsp;{markup(value(stance))}&nbsp;</font>"
            f" <font color='#52606D' size='7'>{markup(round_label)}</font>")
    return line + (f"<br/>{markup(note)}" if note.strip() else "")


def _clause_cell(c: TopicClauseEntry, width: float, shows_internal: bool) -> list[Any]:
    out: list[Any] = [rich(f"<b>{markup(c.ref)}</b> · {markup(c.title)}", "cell"),
                      para(f"{value(c.status)} · {c.version_label}", "muted")]
    out += [rich(m, "cell") for m in run_paragraphs(c.text)] or [
        para(say(QT_TRANSLATE_NOOP("Briefing", "No text recorded.")), "muted")]
    out.append(para(say(QT_TRANSLATE_NOOP("Briefing", "Stances")), "label"))
    if c.positions:
        out += [rich(_stance_line(p.party, p.stance, p.note, p.round_label), "cell") for p in c.positions]
    else:
        out.append(para(say(QT_TRANSLATE_NOOP("Briefing", "No position recorded.")), "muted"))
    if shows_internal and c.internal:
        out += [Spacer(1, 3), internal_box(c.internal, width)]
    return out


def _comparison_table(group: list[TopicColumn], width: float, shows_internal: bool) -> Any:
    col_w = width / len(group)
    cells = []
    for column in group:
        cell: list[Any] = []
        for n, clause in enumerate(column.clauses):
            if n:
                cell.append(Spacer(1, 8))
            cell += _clause_cell(clause, col_w - CELL_PADDING, shows_internal)
        cells.append(cell)
    data = [heads(*(f"{c.track_ref} — {c.track_title}" for c in group)), cells]
    return table(data, [col_w] * len(group), zebra=False,
                 extra=[("LINEBEFORE", (1, 0), (-1, -1), 0.4, colors.HexColor("#C9D1DB"))])


def _legend() -> str:
    ins, dele = RUN_TAGS["insert"], RUN_TAGS["delete"]
    deleted = dele[0] + markup(say(QT_TRANSLATE_NOOP("Briefing", "deleted"))) + dele[1]
    inserted = ins[0] + markup(say(QT_TRANSLATE_NOOP("Briefing", "inserted"))) + ins[1]
    # The template's words are the briefing's own: escaped, with the two marked words put in after.
    return markup(say(QT_TRANSLATE_NOOP("Briefing", "Legend: {deleted} (in the first clause only) · {inserted} (in "
                                                    "the second only) · plain text is in both."))).format(
        deleted=deleted, inserted=inserted)


def topic_section(k: int, section: TopicSection, width: float, shows_internal: bool) -> list[Any]:
    anchor = topic_anchor(k, section.topic)
    out: list[Any] = [heading(anchor.title, "h1", anchor)]
    count = sum(len(c.clauses) for c in section.columns)
    facts = [say(QT_TRANSLATE_NOOP("Briefing", "{clauses} in {tracks}"),
                 clauses=say_n(QT_TRANSLATE_NOOP("Briefing", "%n clause"), QT_TRANSLATE_NOOP("Briefing", "%n clauses"), count),
                 tracks=say_n(QT_TRANSLATE_NOOP("Briefing", "%n track"), QT_TRANSLATE_NOOP("Briefing", "%n tracks"), len(section.columns)))]
    if section.not_covered:
        facts.append(say(QT_TRANSLATE_NOOP("Briefing", "no clause on this topic in {tracks}"),
                         tracks=", ".join(section.not_covered)))
    out.append(para(" · ".join(facts), "muted"))
    if not section.columns:
        out.append(para(say(QT_TRANSLATE_NOOP("Briefing", "No clause on this topic in the tracks covered.")), "muted"))
    for group in column_groups(section.columns):
        out += [Spacer(1, 4), _comparison_table(group, width, shows_internal)]
    for redline in section.redlines:
        out += [CondPageBreak(120), heading(say(QT_TRANSLATE_NOOP("Briefing", "Redline: {first} → {second}"), first=redline.from_label,
                                           second=redline.to_label), "h3"),
                rich(_legend(), "muted")]
        if redline.changed:
            out += [rich(m, "clause") for m in run_paragraphs(redline.runs)]
        else:
            out.append(para(say(QT_TRANSLATE_NOOP("Briefing", "The two texts are the same.")), "muted"))
    out.append(PageBreak())
    return out


def topic_pages(b: Briefing, width: float) -> list[Any]:
    """Every topic section of the briefing, each starting on a new page."""
    out: list[Any] = []
    for k, section in enumerate(b.topics):
        out += topic_section(k, section, width, b.shows_internal)
    return out
