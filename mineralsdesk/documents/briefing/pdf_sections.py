"""The briefing's framing sections as flowables: cover, contents, summary, commitments and the round-log annex."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer, Table

from ...i18n import QT_TRANSLATE_NOOP
from .briefing import Briefing, CommitmentRow, RoundEntry, TrackSection
from .pdf_charts import burndown_chart, status_chart
from .pdf_style import (
    HEADER_BG,
    INTERNAL_RED,
    RULE,
    Anchor,
    LongTable,
    Row,
    TocEntry,
    grid,
    heading,
    heads,
    para,
    rich,
    table,
)
from .pdf_text import markup
from .words import day, say, say_n, value

OVERDUE_BG = colors.HexColor("#FBE3E1")
AUDIENCE_TEXT = {
    "internal": QT_TRANSLATE_NOOP("Briefing", "Internal — includes our red lines, fallback positions and internal notes."),
    "shareable": QT_TRANSLATE_NOOP("Briefing", "Shareable — prepared for counterparts; internal-only fields are left out."),
}
AUDIENCE_WORDS = {"internal": QT_TRANSLATE_NOOP("Briefing", "internal"),
                  "shareable": QT_TRANSLATE_NOOP("Briefing", "shareable")}

COVER_TRACKS = 12  # tracks named on the cover; past that it says how many more the contents list

# The section anchors' titles are marked here and shown through shown() (outline, heading and contents alike).
SUMMARY = Anchor("summary", QT_TRANSLATE_NOOP("Briefing", "Summary"), 0)
COMMITMENTS = Anchor("commitments", QT_TRANSLATE_NOOP("Briefing", "Commitments and deadlines"), 0)
ANNEX = Anchor("annex", QT_TRANSLATE_NOOP("Briefing", "Annex: round log"), 0)
SCORECARD = Anchor("scorecard", QT_TRANSLATE_NOOP("Briefing", "Scorecard"), 0)
COVER = Anchor("cover", QT_TRANSLATE_NOOP("Briefing", "Cover"), 0)
CONTENTS = Anchor("contents", QT_TRANSLATE_NOOP("Briefing", "Contents"), 0)


def shown(anchor: Anchor) -> Anchor:
    """A section anchor with its title in the briefing's language."""
    return replace(anchor, title=say(anchor.title))


def audience_word(audience: str) -> str:
    return say(AUDIENCE_WORDS[audience]) if audience in AUDIENCE_WORDS else audience


def place_not_recorded() -> str:
    return say(QT_TRANSLATE_NOOP("Briefing", "place not recorded"))


def track_anchor(i: int, track: TrackSection) -> Anchor:
    return Anchor(f"track-{i}", f"{track.ref} — {track.title}", 0)


def topic_anchor(k: int, topic: str) -> Anchor:
    return Anchor(f"topic-{k}", say(QT_TRANSLATE_NOOP("Briefing", "Topic comparison: {topic}"), topic=value(topic)), 0)


def clause_anchor(i: int, j: int, ref: str, title: str) -> Anchor:
    return Anchor(f"clause-{i}-{j}", f"{ref} {title}", 1)


def cover(b: Briefing, width: float) -> list[Any]:
    out: list[Any] = [Spacer(1, 60), heading(b.title, "cover_title", shown(COVER)),
                      para(b.log_name, "cover_sub")]
    if b.marking:
        box = grid([[para(b.marking, "cover_mark")]], [width * 0.6], [
            ("BOX", (0, 0), (-1, -1), 1.5, INTERNAL_RED), ("TOPPADDING", (0, 0), (-1, -1), 8),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8)], splitInRow=1)
        out += [box, Spacer(1, 18)]
    # The cover names the first COVER_TRACKS tracks; the contents pages list them all.
    covered = b.tracks[:COVER_TRACKS]
    tracks = "<br/>".join(f"<b>{markup(t.ref)}</b> — {markup(t.title)}"
                          + (markup(say(QT_TRANSLATE_NOOP("Briefing", " (target {date})"), date=day(t.target_date)))
                             if t.target_date else "") for t in covered)
    if len(b.tracks) > len(covered):
        tracks += "<br/>" + markup(say_n(QT_TRANSLATE_NOOP("Briefing", "… and %n more, listed in the contents"), QT_TRANSLATE_NOOP("Briefing", "… and %n more, listed in the contents"),
                                         len(b.tracks) - len(covered)))
    label = say(AUDIENCE_TEXT[b.audience]) if b.audience in AUDIENCE_TEXT else b.audience
    rows = [
        [para(say(QT_TRANSLATE_NOOP("Briefing", "Tracks covered")), "label"),
         rich(tracks or markup(say(QT_TRANSLATE_NOOP("Briefing", "None"))), "body")],
        [para(say(QT_TRANSLATE_NOOP("Briefing", "Date of issue")), "label"), para(day(b.issued, "long"))],
        [para(say(QT_TRANSLATE_NOOP("Briefing", "Audience")), "label"), para(label)],
        [para(say(QT_TRANSLATE_NOOP("Briefing", "Prepared by")), "label"), para(b.delegation)],
        [para(say(QT_TRANSLATE_NOOP("Briefing", "Clauses")), "label"),
         para(say(QT_TRANSLATE_NOOP("Briefing", "{clauses} in {tracks}"),
                  clauses=say_n(QT_TRANSLATE_NOOP("Briefing", "%n clause"), QT_TRANSLATE_NOOP("Briefing", "%n clauses"),
                                b.clause_count),
                  tracks=say_n(QT_TRANSLATE_NOOP("Briefing", "%n track"), QT_TRANSLATE_NOOP("Briefing", "%n tracks"), len(b.tracks))))],
    ]
    info = grid(rows, [width * 0.22, width * 0.78], [
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)], splitInRow=1)
    out += [info, Spacer(1, 24),
            para(say(QT_TRANSLATE_NOOP("Briefing", "Rounds, wording and positions marked illustrative in the log are "
                                                   "illustrative.")), "muted"),
            PageBreak()]
    return out


def contents(b: Briefing) -> Iterator[Any]:
    """The contents pages' rows, one a heading (a clause each), made one by one as the layout takes them."""
    yield heading(say(CONTENTS.title), "h1", shown(CONTENTS))
    yield TocEntry(say(SUMMARY.title), SUMMARY.key, 0)
    for i, track in enumerate(b.tracks):
        anchor = track_anchor(i, track)
        yield TocEntry(anchor.title, anchor.key, 0)
        for j, clause in enumerate(track.clauses.heads):
            a = clause_anchor(i, j, clause.ref, clause.title)
            yield TocEntry(a.title, a.key, 1)
    for k, section in enumerate(b.topics):
        anchor = topic_anchor(k, section.topic)
        yield TocEntry(anchor.title, anchor.key, 0)
    if b.scorecards:
        yield TocEntry(say(SCORECARD.title), SCORECARD.key, 0)
    yield from (TocEntry(say(COMMITMENTS.title), COMMITMENTS.key, 0), TocEntry(say(ANNEX.title), ANNEX.key, 0),
                PageBreak())


def _when(d: date | None, today: date) -> str:
    if d is None:
        return say(QT_TRANSLATE_NOOP("Briefing", "No target date"))
    days = (d - today).days
    if days == 0:
        return say(QT_TRANSLATE_NOOP("Briefing", "Target {date} (today)"), date=day(d))
    if days > 0:
        return say_n(QT_TRANSLATE_NOOP("Briefing", "Target {date} (in %n day)"), QT_TRANSLATE_NOOP("Briefing", "Target {date} (in %n days)"), days, date=day(d))
    return say_n(QT_TRANSLATE_NOOP("Briefing", "Target {date} (%n day ago)"), QT_TRANSLATE_NOOP("Briefing", "Target {date} (%n days ago)"), -days, date=day(d))


def no_date() -> str:
    return say(QT_TRANSLATE_NOOP("Briefing", "no date"))


def summary(b: Briefing, width: float) -> Iterator[Any]:
    """A block a track (its facts, charts and deadline tables), each made when the layout reaches it: made all at
    once (a list), every track's block stayed alive to the summary's end (+10 MB over the 40 pages of a 100k
    log's summary, its 40 tracks)."""
    yield heading(say(SUMMARY.title), "h1", shown(SUMMARY))
    for track in b.tracks:
        block: list[Any] = [heading(f"{track.ref} — {track.title}", "h2")]
        facts = [_when(track.target_date, b.issued),
                 say_n(QT_TRANSLATE_NOOP("Briefing", "%n clause"), QT_TRANSLATE_NOOP("Briefing", "%n clauses"), len(track.clauses)),
                 say_n(QT_TRANSLATE_NOOP("Briefing", "%n open bracket"), QT_TRANSLATE_NOOP("Briefing", "%n open brackets"), track.open_brackets),
                 say(QT_TRANSLATE_NOOP("Briefing", "Parties: {parties}"), parties=", ".join(track.parties) or "—")]
        last = track.last_round
        if last:
            facts.append(say(QT_TRANSLATE_NOOP("Briefing", "Last round {number} on {date}"),
                             number=last.number, date=day(last.date)))
        block.append(para(" · ".join(facts), "muted"))
        charts = grid([[status_chart(track.status_counts, width * 0.46, 118),
                        burndown_chart(track.burndown, track.target_date, width * 0.52, 118)]],
                      [width * 0.47, width * 0.53], [("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                     ("LEFTPADDING", (0, 0), (-1, -1), 0)])
        block += [Spacer(1, 4), charts]
        block.append(para(say(QT_TRANSLATE_NOOP("Briefing", "Next deadlines")), "label"))
        block.append(_deadline_table(track.next_deadlines, width) if track.next_deadlines
                     else para(say(QT_TRANSLATE_NOOP("Briefing", "None open.")), "muted"))
        block.append(para(say(QT_TRANSLATE_NOOP("Briefing", "Overdue commitments")), "label"))
        block.append(_deadline_table(track.overdue, width, overdue=True) if track.overdue
                     else para(say(QT_TRANSLATE_NOOP("Briefing", "None overdue.")), "muted"))
        yield from (CondPageBreak(260), KeepTogether(block[:4]), *block[4:], Spacer(1, 8))
    yield PageBreak()


def _deadline_table(rows: list[CommitmentRow], width: float, *, overdue: bool = False) -> Table:
    data = [heads(say(QT_TRANSLATE_NOOP("Briefing", "Due")), say(QT_TRANSLATE_NOOP("Briefing", "Owner")),
                  say(QT_TRANSLATE_NOOP("Briefing", "Commitment")),
                  say(QT_TRANSLATE_NOOP("Briefing", "Days overdue")) if overdue
                  else say(QT_TRANSLATE_NOOP("Briefing", "State")))]
    for c in rows:
        due = markup(c.due_on or no_date())
        if c.anchor:
            due += f"<br/><font color='#52606D' size='7.5'>{markup(c.anchor)}</font>"
        data.append([rich(due, "cell"), para(c.owner, "cell_bold"), para(c.text, "cell"),
                     para(str(c.days_overdue) if overdue else c.state_label or c.state, "cell")])
    extra = [("BACKGROUND", (0, 1), (-1, -1), OVERDUE_BG)] if overdue else []
    return table(data, [width * 0.26, width * 0.08, width * 0.52, width * 0.14], zebra=not overdue, extra=extra)


def commitments(b: Briefing, width: float) -> list[Any]:
    out: list[Any] = [heading(say(COMMITMENTS.title), "h1", shown(COMMITMENTS))]
    if not b.commitments:
        return [*out, para(say(QT_TRANSLATE_NOOP("Briefing", "No commitments recorded.")), "muted"), PageBreak()]
    out.append(para(say(QT_TRANSLATE_NOOP("Briefing", "As of {date}. Relative deadlines show the event they count "
                                                      "from. Assessments score compliance −1, 0 or +1."),
                        date=day(b.issued)), "muted"))
    header = heads(say(QT_TRANSLATE_NOOP("Briefing", "Due (anchor)")), say(QT_TRANSLATE_NOOP("Briefing", "Owner")),
                   say(QT_TRANSLATE_NOOP("Briefing", "Commitment, source and assessments")),
                   say(QT_TRANSLATE_NOOP("Briefing", "State")), say(QT_TRANSLATE_NOOP("Briefing", "Overdue")))

    def rows() -> Iterator[Row]:  # a commitment's row, its commands on row 0; made as the layout reaches it
        for c in b.commitments:
            track = c.track_ref or say(QT_TRANSLATE_NOOP("Briefing", "no track"))
            detail = f"{markup(c.text)}<br/><font color='#52606D' size='7.5'>{markup(track)}"
            detail += f" · {markup(c.source)}</font>" if c.source else "</font>"
            for line in c.assessments:
                line = say(QT_TRANSLATE_NOOP("Briefing", "Assessment: {line}"), line=line)
                detail += f"<br/><font color='#243B53' size='7.5'>{markup(line)}</font>"
            late = say(QT_TRANSLATE_NOOP("Briefing", "{days} d"), days=c.days_overdue) if c.days_overdue else "—"
            due = f"<b>{markup(c.due_on or no_date())}</b>"
            if c.anchor:
                due += f"<br/><font color='#52606D' size='7.5'>{markup(c.anchor)}</font>"
            yield ([rich(due, "cell"), para(c.owner, "cell_bold"), rich(detail, "cell"),
                    para(c.state_label or c.state, "cell"), para(late, "cell_bold" if c.days_overdue else "cell")],
                   [("BACKGROUND", (0, 0), (-1, 0), OVERDUE_BG)] if c.days_overdue else [])

    # A page of rows at a time (LongTable): the 2,000 commitments of a 100k log as one Table held every cell's
    # Paragraph to the last page of the table (~49 MB at the end of the layout, the briefing's peak).
    out.append(LongTable(header, rows(), [width * 0.2, width * 0.08, width * 0.47, width * 0.16, width * 0.09]))
    out.append(PageBreak())
    return out


def papers(b: Briefing, width: float) -> list[Any]:
    """Attached papers (name, size, what they are on): only those the briefing's audience may see."""
    if not b.papers:
        return []
    out: list[Any] = [heading(say(QT_TRANSLATE_NOOP("Briefing", "Attached papers")), "h2"),
                      para(say(QT_TRANSLATE_NOOP("Briefing", "Papers attached in the log; ask the delegation for a "
                                                             "copy.")), "muted")]
    header = heads(say(QT_TRANSLATE_NOOP("Briefing", "Paper")), say(QT_TRANSLATE_NOOP("Briefing", "Size")),
                   say(QT_TRANSLATE_NOOP("Briefing", "Attached to")))

    def rows() -> Iterator[Row]:
        for p in b.papers:
            size = f"{p.size / 2**20:.1f} MB" if p.size >= 2**20 else f"{max(1, round(p.size / 1024))} KB"
            yield [para(p.name, "cell"), para(size, "cell"), para(p.target, "cell")], []

    out.append(LongTable(header, rows(), [width * 0.5, width * 0.12, width * 0.38]))
    out.append(PageBreak())
    return out


def round_block(r: RoundEntry, width: float, *, title: str | None = None) -> list[Any]:
    """A round as a two-column fact table: date, place, participants, summary, outcomes, follow-up actions."""
    head = title or say(QT_TRANSLATE_NOOP("Briefing", "Round {number} — {date}, {place}"), number=r.number,
                        date=day(r.date), place=r.place or place_not_recorded())
    if r.illustrative:
        head += say(QT_TRANSLATE_NOOP("Briefing", " (illustrative)"))
    rows = [[para(say(QT_TRANSLATE_NOOP("Briefing", "Date")), "label"), para(day(r.date, "weekday"), "cell")],
            [para(say(QT_TRANSLATE_NOOP("Briefing", "Place")), "label"), para(r.place or "—", "cell")]]
    for label, text in ((QT_TRANSLATE_NOOP("Briefing", "Participants"), r.participants),
                        (QT_TRANSLATE_NOOP("Briefing", "Summary"), r.summary),
                        (QT_TRANSLATE_NOOP("Briefing", "Outcomes"), r.outcomes)):
        if text.strip():
            rows.append([para(say(label), "label"), para(text, "cell")])
    if r.actions:
        lines = []
        for a in r.actions:
            due = markup(say(QT_TRANSLATE_NOOP("Briefing", " — due {date}"), date=day(a.due))) if a.due else ""
            word = markup(say(QT_TRANSLATE_NOOP("Briefing", "done")) if a.done
                          else say(QT_TRANSLATE_NOOP("Briefing", "open")))
            state = f"<font color='{'#2E7D4F' if a.done else '#B3261E'}'>{word}</font>"
            lines.append(f"<b>{markup(a.owner)}</b>: {markup(a.text)}{due} · {state}")
        rows.append([para(say(QT_TRANSLATE_NOOP("Briefing", "Follow-ups")), "label"), rich("<br/>".join(lines), "cell")])
    if r.minutes:  # only in an internal briefing: the content leaves them out otherwise
        lines = [f"<b>{markup(m.party)}</b> {markup(m.signal)} · {markup(m.on)}"
                 + (f": {markup(m.text)}" if m.text.strip() else "") for m in r.minutes]
        minutes = markup(say(QT_TRANSLATE_NOOP("Briefing", "Minutes (internal)")))
        rows.append([rich(f"<font color='#A4161A'>{minutes}</font>", "label"),
                     rich("<br/>".join(lines), "cell")])
    facts = grid(rows, [width * 0.17, width * 0.83], [
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBEFORE", (0, 0), (0, -1), 2, HEADER_BG)], splitInRow=1)
    return [heading(head, "h3"), facts]


def annex(b: Briefing, width: float) -> Iterator[Any]:
    """The round log, each round's block made when the layout reaches it: made all at once (a list), every
    block laid out stayed alive to the end (the 2,000 rounds of a 100k log: +14 MB over its last 100 pages)."""
    yield heading(say(ANNEX.title), "h1", shown(ANNEX))
    for i, track in enumerate(b.tracks):
        yield heading(f"{track.ref} — {track.title}", "h2", Anchor(f"annex-{i}", track.ref, 1))
        if not track.rounds:
            yield para(say(QT_TRANSLATE_NOOP("Briefing", "No rounds recorded.")), "muted")
        for r in track.rounds:
            yield from round_block(r, width)
    yield para(say(QT_TRANSLATE_NOOP("Briefing", "End of briefing. {tracks}, issued {date}."),
                   tracks=say_n(QT_TRANSLATE_NOOP("Briefing", "%n track"), QT_TRANSLATE_NOOP("Briefing", "%n tracks"), len(b.tracks)),
                   date=day(b.issued)), "muted")


__all__ = ["annex", "audience_word", "no_date", "place_not_recorded", "shown", "clause_anchor", "commitments", "contents", "cover", "round_block", "summary",
           "topic_anchor", "track_anchor"]
