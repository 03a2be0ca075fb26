"""Per-track pages of the briefing: the last round, the clause table with stances, then each clause in full."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph, Spacer, Table
from reportlab.platypus.doctemplate import _FrameBreak

from ...domain.modals import NO_MODAL, ModalChange, describe_modals, modal_verdict
from ...i18n import QT_TRANSLATE_NOOP
from .briefing import Briefing, ClauseSection, InternalNote, TrackSection
from .pdf_charts import STATUS_COLOURS
from .pdf_sections import clause_anchor, place_not_recorded, round_block, track_anchor
from .pdf_style import (
    INTERNAL_BG,
    INTERNAL_RED,
    STANCE_COLOURS,
    STANCE_SHORT,
    STYLES,
    LongTable,
    ProgressMark,
    Row,
    grid,
    heading,
    heads,
    para,
    rich,
    table,
)
from .pdf_text import BOLD, font_for, markup, run_paragraphs
from .words import day, say, say_n, value

# A reworded 1 MB text can change a thousand modals; past a dozen flags the redline says it better.
MAX_MODAL_FLAGS = 12
MODAL_BG = colors.HexColor("#FFF4E0")
MODAL_EDGE = colors.HexColor("#C77700")
# Stance columns in one table: six at 46 pt leave the reference and title half the width.
PARTY_COLUMNS = 6


def track_pages(b: Briefing, i: int, track: TrackSection, width: float,
                tick: Callable[[], None]) -> Iterator[Any]:
    """The track's flowables, made one clause at a time as the layout asks for them (pdf.LazyStory)."""
    out: list[Any] = [heading(f"{track.ref} — {track.title}", "h1", track_anchor(i, track))]
    meta = [track.kind.capitalize() if track.kind else "",
            say(QT_TRANSLATE_NOOP("Briefing", "parties {parties}"), parties=", ".join(track.parties)) if track.parties
            else "",
            say(QT_TRANSLATE_NOOP("Briefing", "target date {date}"), date=day(track.target_date)) if track.target_date
            else ""]
    out.append(para(" · ".join(m for m in meta if m), "muted"))
    if track.description.strip():
        out.append(para(track.description, "italic"))
    last = track.last_round
    if last:
        out += round_block(last, width, title=say(QT_TRANSLATE_NOOP("Briefing", "Last round: round {number}, {date}, "
                                                                              "{place}"),
                                                  number=last.number, date=day(last.date),
                                                  place=last.place or place_not_recorded()))
    out.append(heading(say(QT_TRANSLATE_NOOP("Briefing", "Clauses at a glance")), "h3"))
    if track.clauses:
        out += [*clause_tables(track, width), _legend(width)]
    else:
        out.append(para(say(QT_TRANSLATE_NOOP("Briefing", "No clauses yet.")), "muted"))
    yield from out
    for j, clause in enumerate(track.clauses):
        yield from clause_block(b, i, j, clause, track.parties, width)
        yield ProgressMark(tick)
    yield PageBreak()


def _stance_cell(stance: str | None) -> Paragraph:
    """A stance as a short centred label in the colour that reads on its cell's background."""
    _, fg = STANCE_COLOURS.get(stance or "", ("#FFFFFF", colors.black))
    style = STYLES["stance_white" if fg == colors.white else "stance"]
    return Paragraph(markup(say(STANCE_SHORT[stance]) if stance in STANCE_SHORT else "—"), style)


def clause_tables(track: TrackSection, width: float) -> list[Any]:
    """The clause table with a stance column per party; past PARTY_COLUMNS parties the stances move
    to tables of their own, PARTY_COLUMNS parties each, so any number of parties fits the page width."""
    parties = track.parties or sorted({p for c in track.clauses.heads for p in c.stances})
    if len(parties) <= PARTY_COLUMNS:
        return [_clause_table(track, parties, width, facts=True)]
    out: list[Any] = [_clause_table(track, [], width, facts=True)]
    for k in range(0, len(parties), PARTY_COLUMNS):
        group = parties[k:k + PARTY_COLUMNS]
        label = para(say(QT_TRANSLATE_NOOP("Briefing", "Stances: {first} to {last}"), first=group[0], last=group[-1])
                     if len(group) > 1 else say(QT_TRANSLATE_NOOP("Briefing", "Stances: {party}"), party=group[0]),
                     "label")
        label.keepWithNext = 1
        out += [label, _clause_table(track, group, width, facts=False)]
    return out


def _clause_table(track: TrackSection, parties: list[str], width: float, *, facts: bool) -> LongTable:
    # Wide enough for "Supports" on one line; many parties squeeze title and topic instead.
    columns = len(parties) if facts else PARTY_COLUMNS  # every stance table of a track alike
    party_w = max(46.0, min(width * 0.1, width * 0.36 / max(1, columns)))
    rest = width - party_w * len(parties)
    names = [QT_TRANSLATE_NOOP("Briefing", "Ref"), QT_TRANSLATE_NOOP("Briefing", "Title"),
             QT_TRANSLATE_NOOP("Briefing", "Topic"), QT_TRANSLATE_NOOP("Briefing", "Status")]
    first = [say(n) for n in (names if facts else names[:2])]
    widths = ([rest * 0.13, rest * 0.41, rest * 0.23, rest * 0.23] if facts else [rest * 0.25, rest * 0.75])
    col = len(first)

    def rows() -> Iterator[Row]:  # a clause's row, its commands on row 0; made as the layout reaches it
        for c in track.clauses.heads:
            cells = [para(c.ref, "cell_bold"), para(c.title, "cell")]
            cmds: list[tuple] = []
            if facts:
                cells += [para(value(c.topic), "cell"), para(value(c.status), "cell")]
                cmds.append(("LINEBEFORE", (3, 0), (3, 0), 3, colors.HexColor(STATUS_COLOURS.get(c.status, "#9E9E9E"))))
            cells += [_stance_cell(c.stances.get(p)) for p in parties]
            for k, p in enumerate(parties):
                bg, fg = STANCE_COLOURS.get(c.stances.get(p, ""), ("#FFFFFF", colors.black))
                cmds += [("BACKGROUND", (col + k, 0), (col + k, 0), colors.HexColor(bg)),
                         ("VALIGN", (col + k, 0), (col + k, 0), "MIDDLE")]
            yield cells, cmds

    return LongTable(heads(*first, *parties), rows(), widths + [party_w] * len(parties))


def _legend(width: float) -> Table:
    cells = []
    for stance, (_bg, fg) in STANCE_COLOURS.items():
        style = STYLES["stance_white" if fg == colors.white else "stance"]
        short, word = say(STANCE_SHORT[stance]), value(stance)
        label = short if short.lower() == word.lower() else f"{short}: {word}"
        cells.append(Paragraph(markup(label), style))
    return grid([cells], [width / len(cells)] * len(cells),
                [("BACKGROUND", (k, 0), (k, 0), colors.HexColor(bg)) for k, (bg, _) in enumerate(STANCE_COLOURS.values())]
                + [("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])


MODAL_HEADLINES = {  # domain.modals.modal_headline's words, by verdict
    "weakened": QT_TRANSLATE_NOOP("Briefing", "Obligation weakened"),
    "strengthened": QT_TRANSLATE_NOOP("Briefing", "Obligation strengthened"),
    "changed": QT_TRANSLATE_NOOP("Briefing", "Obligation changed"),
}


def _modals(expression: str) -> str:
    """describe_modals with "no modal" in the briefing's language (the modals themselves are the clause's words)."""
    return describe_modals(expression).replace(NO_MODAL, say(QT_TRANSLATE_NOOP("Briefing", "no modal")))


def _modal_line(m: ModalChange) -> str:
    """The domain's verdict on a modal change (the clause view shows the same words), as markup."""
    headline = say(MODAL_HEADLINES[modal_verdict(m.old, m.new)])
    return (f"<b>{markup(headline)}:</b> {markup(_modals(m.old))} {markup('→')} "
            f"{markup(_modals(m.new))} <font color='#52606D'>— {markup(m.context)}</font>")


def clause_block(b: Briefing, i: int, j: int, c: ClauseSection, parties: list[str], width: float) -> list[Any]:
    title = heading(f"{c.ref} · {c.title}", "h2", clause_anchor(i, j, c.ref, c.title))
    status = value(c.status)
    facts = [status[:1].upper() + status[1:], value(c.topic)]
    if c.minerals:
        facts.append(", ".join(c.minerals))
    facts.append(say_n(QT_TRANSLATE_NOOP("Briefing", "%n open bracket"), QT_TRANSLATE_NOOP("Briefing", "%n open brackets"), c.open_brackets) if c.open_brackets
                 else say(QT_TRANSLATE_NOOP("Briefing", "no open brackets")))
    out: list[Any] = [CondPageBreak(140), title, para(" · ".join(facts), "muted")]
    out.append(para(say(QT_TRANSLATE_NOOP("Briefing", "Current text — {version}"), version=c.version_label), "label"))
    body = run_paragraphs(c.text)
    out += [rich(m, "clause") for m in body] or [para(say(QT_TRANSLATE_NOOP("Briefing", "No text recorded.")), "muted")]
    if c.previous_label:
        changed = any(r.kind != "text" for r in c.redline)
        out.append(para(say(QT_TRANSLATE_NOOP("Briefing", "Changes since {version}"), version=c.previous_label),
                        "label"))
        if changed:
            out += [rich(m, "clause") for m in run_paragraphs(c.redline)]
        else:
            out.append(para(say(QT_TRANSLATE_NOOP("Briefing", "No change in wording.")), "muted"))
    for m in c.modal_changes[:MAX_MODAL_FLAGS]:
        flag = grid([[rich(_modal_line(m), "small")]], [width], [("BACKGROUND", (0, 0), (-1, -1), MODAL_BG),
                                                                 ("LINEBEFORE", (0, 0), (0, -1), 3, MODAL_EDGE)])
        out += [Spacer(1, 3), flag]
    if len(c.modal_changes) > MAX_MODAL_FLAGS:
        more = len(c.modal_changes) - MAX_MODAL_FLAGS
        out.append(para(say_n(QT_TRANSLATE_NOOP("Briefing", "… and %n more modal change: see the redline above."), QT_TRANSLATE_NOOP("Briefing", "… and %n more modal changes: see the redline above."),
                              more), "muted"))
    tail: list[Any] = []
    if c.positions:
        tail.append(para(say(QT_TRANSLATE_NOOP("Briefing", "Positions")), "label"))
        data = [heads(say(QT_TRANSLATE_NOOP("Briefing", "Party")), say(QT_TRANSLATE_NOOP("Briefing", "Stance")),
                      say(QT_TRANSLATE_NOOP("Briefing", "As of")), say(QT_TRANSLATE_NOOP("Briefing", "Note")))]
        extra: list[tuple] = []
        for n, p in enumerate(c.positions, start=1):
            bg, fg = STANCE_COLOURS.get(p.stance, ("#FFFFFF", colors.black))
            cell = Paragraph(markup(value(p.stance)), STYLES["stance_white" if fg == colors.white else "stance"])
            data.append([para(p.party, "cell_bold"), cell, para(p.round_label, "cell"), para(p.note or "—", "cell")])
            extra += [("BACKGROUND", (1, n), (1, n), colors.HexColor(bg)), ("VALIGN", (1, n), (1, n), "MIDDLE")]
        tail.append(table(data, [width * 0.08, width * 0.2, width * 0.24, width * 0.48], extra=extra))
    if b.shows_internal and c.internal:
        tail += [Spacer(1, 5), internal_box(c.internal, width)]
    if tail:
        # The positions (and our internal box) stay on a page with the last lines of their clause,
        # so a page never opens on a clause's position rows with nothing to say which clause it is.
        keep = 2 if isinstance(out[-2], Spacer) else 1
        out[-keep:] = [KeepWithClause([*out[-keep:], *tail])]
    out.append(Spacer(1, 10))
    return out


class KeepWithClause(KeepTogether):
    """KeepTogether that, for content taller than a whole page, starts it where it stands (tables
    split with their header repeated) instead of first breaking the page for nothing."""

    MIN_START = 120  # points: below that, a new page is better than a stranded label or header

    def split(self, aW: float, aH: float) -> list[Any]:  # noqa: N803 - reportlab's names
        parts = super().split(aW, aH)
        frame = getattr(self, "_frame", None)
        if (frame is not None and self._H > frame._height and aH >= self.MIN_START
                and parts and isinstance(parts[0], _FrameBreak)):
            return parts[1:]
        return parts


def internal_box(notes: list[InternalNote], width: float) -> Table:
    """Our red line, fallback and internal note, boxed and labelled so nobody hands the page across the table."""
    mark = markup(say(QT_TRANSLATE_NOOP("Briefing", "INTERNAL")))
    rest = markup(say(QT_TRANSLATE_NOOP("Briefing", "our position, not for the other side")))
    rows: list[list[Any]] = [[rich(f"<b>{mark}</b> — {rest}", "cell_head"), ""]]
    for note in notes:
        rows.append([para(note.label, "cell_bold"),
                     rich(f"{markup(note.text)} <font color='#52606D' size='7.5'>({markup(note.round_label)})</font>",
                          "cell")])
    # "Internal note" (and "レッドライン") on one line in a narrow column too.
    widest = max([stringWidth(n.label, font_for(n.label, BOLD), 8.5) + 14 for n in notes] + [62.0])
    label_w = max(width * 0.18, min(widest, width * 0.4))
    box = grid(rows, [label_w, width - label_w], [
        ("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), INTERNAL_RED),
        ("BACKGROUND", (0, 1), (-1, -1), INTERNAL_BG), ("BOX", (0, 0), (-1, -1), 1.2, INTERNAL_RED),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3)], splitInRow=1, repeatRows=1)
    return box
