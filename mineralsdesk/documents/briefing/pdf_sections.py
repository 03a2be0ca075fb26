"""The briefing's framing sections as flowables: cover, contents, summary, commitments and the round-log annex."""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer, Table

from .briefing import Briefing, CommitmentRow, RoundEntry, TrackSection
from .pdf_charts import burndown_chart, status_chart
from .pdf_style import (
    HEADER_BG,
    INTERNAL_RED,
    RULE,
    Anchor,
    TocEntry,
    grid,
    heading,
    heads,
    para,
    rich,
    table,
)
from .pdf_text import markup

OVERDUE_BG = colors.HexColor("#FBE3E1")
AUDIENCE_TEXT = {
    "internal": "Internal — includes our red lines, fallback positions and internal notes.",
    "shareable": "Shareable — prepared for counterparts; internal-only fields are left out.",
}

COVER_TRACKS = 12  # tracks named on the cover; past that it says how many more the contents list

SUMMARY = Anchor("summary", "Summary", 0)
COMMITMENTS = Anchor("commitments", "Commitments and deadlines", 0)
ANNEX = Anchor("annex", "Annex: round log", 0)
SCORECARD = Anchor("scorecard", "Scorecard", 0)


def track_anchor(i: int, track: TrackSection) -> Anchor:
    return Anchor(f"track-{i}", f"{track.ref} — {track.title}", 0)


def topic_anchor(k: int, topic: str) -> Anchor:
    return Anchor(f"topic-{k}", f"Topic comparison: {topic}", 0)


def clause_anchor(i: int, j: int, ref: str, title: str) -> Anchor:
    return Anchor(f"clause-{i}-{j}", f"{ref} {title}", 1)


def cover(b: Briefing, width: float) -> list[Any]:
    out: list[Any] = [Spacer(1, 60), heading(b.title, "cover_title", Anchor("cover", "Cover", 0)),
                      para(b.log_name, "cover_sub")]
    if b.marking:
        box = grid([[para(b.marking, "cover_mark")]], [width * 0.6], [
            ("BOX", (0, 0), (-1, -1), 1.5, INTERNAL_RED), ("TOPPADDING", (0, 0), (-1, -1), 8),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8)], splitInRow=1)
        out += [box, Spacer(1, 18)]
    # The cover names the first COVER_TRACKS tracks; the contents pages list them all.
    shown = b.tracks[:COVER_TRACKS]
    tracks = "<br/>".join(f"<b>{markup(t.ref)}</b> — {markup(t.title)}"
                          + (f" (target {t.target_date.isoformat()})" if t.target_date else "") for t in shown)
    if len(b.tracks) > len(shown):
        tracks += f"<br/>… and {len(b.tracks) - len(shown)} more, listed in the contents"
    rows = [
        [para("Tracks covered", "label"), rich(tracks or "None", "body")],
        [para("Date of issue", "label"), para(b.issued.strftime("%d %B %Y").lstrip("0"))],
        [para("Audience", "label"), para(AUDIENCE_TEXT.get(b.audience, b.audience))],
        [para("Prepared by", "label"), para(b.delegation)],
        [para("Clauses", "label"), para(f"{b.clause_count} in {len(b.tracks)} track(s)")],
    ]
    info = grid(rows, [width * 0.22, width * 0.78], [
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)], splitInRow=1)
    out += [info, Spacer(1, 24),
            para("Rounds, wording and positions marked illustrative in the log are illustrative.", "muted"),
            PageBreak()]
    return out


def contents(b: Briefing) -> list[Any]:
    out: list[Any] = [heading("Contents", "h1", Anchor("contents", "Contents", 0))]
    out.append(TocEntry(SUMMARY.title, SUMMARY.key, 0))
    for i, track in enumerate(b.tracks):
        anchor = track_anchor(i, track)
        out.append(TocEntry(anchor.title, anchor.key, 0))
        for j, clause in enumerate(track.clauses):
            a = clause_anchor(i, j, clause.ref, clause.title)
            out.append(TocEntry(a.title, a.key, 1))
    for k, section in enumerate(b.topics):
        anchor = topic_anchor(k, section.topic)
        out.append(TocEntry(anchor.title, anchor.key, 0))
    if b.scorecards:
        out.append(TocEntry(SCORECARD.title, SCORECARD.key, 0))
    out += [TocEntry(COMMITMENTS.title, COMMITMENTS.key, 0), TocEntry(ANNEX.title, ANNEX.key, 0), PageBreak()]
    return out


def _when(d: date | None, today: date) -> str:
    if d is None:
        return "no target date"
    days = (d - today).days
    rel = "today" if days == 0 else f"in {days} days" if days > 0 else f"{-days} days ago"
    return f"{d.isoformat()} ({rel})"


def summary(b: Briefing, width: float) -> list[Any]:
    out: list[Any] = [heading("Summary", "h1", SUMMARY)]
    for track in b.tracks:
        block: list[Any] = [heading(f"{track.ref} — {track.title}", "h2")]
        facts = [f"Target {_when(track.target_date, b.issued)}", f"{len(track.clauses)} clauses",
                 f"{track.open_brackets} open bracket{'' if track.open_brackets == 1 else 's'}", f"Parties: {', '.join(track.parties) or '—'}"]
        if track.last_round:
            facts.append(f"Last round {track.last_round.number} on {track.last_round.date.isoformat()}")
        block.append(para(" · ".join(facts), "muted"))
        charts = grid([[status_chart(track.status_counts, width * 0.46, 118),
                        burndown_chart(track.burndown, track.target_date, width * 0.52, 118)]],
                      [width * 0.47, width * 0.53], [("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                     ("LEFTPADDING", (0, 0), (-1, -1), 0)])
        block += [Spacer(1, 4), charts]
        block.append(para("Next deadlines", "label"))
        block.append(_deadline_table(track.next_deadlines, width) if track.next_deadlines
                     else para("None open.", "muted"))
        block.append(para("Overdue commitments", "label"))
        block.append(_deadline_table(track.overdue, width, overdue=True) if track.overdue
                     else para("None overdue.", "muted"))
        out += [CondPageBreak(260), KeepTogether(block[:4]), *block[4:], Spacer(1, 8)]
    out.append(PageBreak())
    return out


def _deadline_table(rows: list[CommitmentRow], width: float, *, overdue: bool = False) -> Table:
    data = [heads("Due", "Owner", "Commitment", "Days overdue" if overdue else "State")]
    for c in rows:
        due = markup(c.due_on or "no date")
        if c.anchor:
            due += f"<br/><font color='#52606D' size='7.5'>{markup(c.anchor)}</font>"
        data.append([rich(due, "cell"), para(c.owner, "cell_bold"), para(c.text, "cell"),
                     para(str(c.days_overdue) if overdue else c.state_label or c.state, "cell")])
    extra = [("BACKGROUND", (0, 1), (-1, -1), OVERDUE_BG)] if overdue else []
    return table(data, [width * 0.26, width * 0.08, width * 0.52, width * 0.14], zebra=not overdue, extra=extra)


def commitments(b: Briefing, width: float) -> list[Any]:
    out: list[Any] = [heading(COMMITMENTS.title, "h1", COMMITMENTS)]
    if not b.commitments:
        return [*out, para("No commitments recorded.", "muted"), PageBreak()]
    out.append(para(f"As of {b.issued.isoformat()}. Relative deadlines show the event they count from. "
                    "Assessments score compliance −1, 0 or +1.", "muted"))
    data = [heads("Due (anchor)", "Owner", "Commitment, source and assessments", "State", "Overdue")]
    extra = []
    for n, c in enumerate(b.commitments, start=1):
        detail = f"{markup(c.text)}<br/><font color='#52606D' size='7.5'>{markup(c.track_ref or 'no track')}"
        detail += f" · {markup(c.source)}</font>" if c.source else "</font>"
        for line in c.assessments:
            detail += f"<br/><font color='#243B53' size='7.5'>Assessment: {markup(line)}</font>"
        late = f"{c.days_overdue} d" if c.days_overdue else "—"
        due = f"<b>{markup(c.due_on or 'no date')}</b>"
        if c.anchor:
            due += f"<br/><font color='#52606D' size='7.5'>{markup(c.anchor)}</font>"
        data.append([rich(due, "cell"), para(c.owner, "cell_bold"), rich(detail, "cell"), para(c.state_label or c.state, "cell"),
                     para(late, "cell_bold" if c.days_overdue else "cell")])
        if c.days_overdue:
            extra.append(("BACKGROUND", (0, n), (-1, n), OVERDUE_BG))
    out.append(table(data, [width * 0.2, width * 0.08, width * 0.47, width * 0.16, width * 0.09], extra=extra))
    out.append(PageBreak())
    return out


def papers(b: Briefing, width: float) -> list[Any]:
    """Attached papers (name, size, what they are on): only those the briefing's audience may see."""
    if not b.papers:
        return []
    out: list[Any] = [heading("Attached papers", "h2"),
                      para("Papers attached in the log; ask the delegation for a copy.", "muted")]
    data = [heads("Paper", "Size", "Attached to")]
    for p in b.papers:
        size = f"{p.size / 2**20:.1f} MB" if p.size >= 2**20 else f"{max(1, round(p.size / 1024))} KB"
        data.append([para(p.name, "cell"), para(size, "cell"), para(p.target, "cell")])
    out.append(table(data, [width * 0.5, width * 0.12, width * 0.38]))
    out.append(PageBreak())
    return out


def round_block(r: RoundEntry, width: float, *, title: str | None = None) -> list[Any]:
    """A round as a two-column fact table: date, place, participants, summary, outcomes, follow-up actions."""
    head = title or f"Round {r.number} — {r.date.isoformat()}, {r.place or 'place not recorded'}"
    if r.illustrative:
        head += " (illustrative)"
    rows = [[para("Date", "label"), para(r.date.strftime("%A %d %B %Y"), "cell")],
            [para("Place", "label"), para(r.place or "—", "cell")]]
    for label, value in (("Participants", r.participants), ("Summary", r.summary), ("Outcomes", r.outcomes)):
        if value.strip():
            rows.append([para(label, "label"), para(value, "cell")])
    if r.actions:
        lines = []
        for a in r.actions:
            due = f" — due {a.due.isoformat()}" if a.due else ""
            state = "<font color='#2E7D4F'>done</font>" if a.done else "<font color='#B3261E'>open</font>"
            lines.append(f"<b>{markup(a.owner)}</b>: {markup(a.text)}{due} · {state}")
        rows.append([para("Follow-ups", "label"), rich("<br/>".join(lines), "cell")])
    if r.minutes:  # only in an internal briefing: the content leaves them out otherwise
        lines = [f"<b>{markup(m.party)}</b> {markup(m.signal)} · {markup(m.on)}"
                 + (f": {markup(m.text)}" if m.text.strip() else "") for m in r.minutes]
        rows.append([rich("<font color='#A4161A'>Minutes (internal)</font>", "label"),
                     rich("<br/>".join(lines), "cell")])
    facts = grid(rows, [width * 0.17, width * 0.83], [
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBEFORE", (0, 0), (0, -1), 2, HEADER_BG)], splitInRow=1)
    return [heading(head, "h3"), facts]


def annex(b: Briefing, width: float) -> list[Any]:
    out: list[Any] = [heading(ANNEX.title, "h1", ANNEX)]
    for i, track in enumerate(b.tracks):
        out.append(heading(f"{track.ref} — {track.title}", "h2", Anchor(f"annex-{i}", track.ref, 1)))
        if not track.rounds:
            out.append(para("No rounds recorded.", "muted"))
        for r in track.rounds:
            out += round_block(r, width)
    out.append(para(f"End of briefing. {len(b.tracks)} track(s), issued {b.issued.isoformat()}.", "muted"))
    return out


__all__ = ["annex", "clause_anchor", "commitments", "contents", "cover", "round_block", "summary",
           "topic_anchor", "track_anchor"]
