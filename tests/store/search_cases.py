"""Logs and queries for comparing search results before and after the index held attached text per content."""

from __future__ import annotations

from datetime import date

from attachment_files import docx, pdf

from mineralsdesk.services.log import Log

DEMO_QUERIES = ["lithium", "export", "price floor", "joint statement", "stockpile", "shall", "cobalt", "non-paper",
                "graphite", "Round", "exemption*", "critical minerals", "offtake", "重要鉱物", "サプライ"]
HAND_QUERIES = ["cobalt", "cobalt refining", "lithium", "germanium", "joint projects", "non-paper", "stockpile",
                "Round", "shall", "tantalum", "capacity", "briefing", "annex"]


def big_text(paragraphs: int = 1400) -> str:
    """About 1,000 index chunks (at 1,400 paragraphs), each mentioning cobalt refining capacity."""
    return "".join(f"Paragraph {i}: the Participants shall exchange data on cobalt refining capacity number {i}. "
                   f"{'Reporting schedules and statistical annexes follow the agreed format. ' * 18}"
                   for i in range(paragraphs))


def build_hand_log(log: Log) -> Log:
    """Clauses, rounds and commitments with words also inside attached papers, one paper attached twice."""
    track = log.tracks.add("MOU", "US–EU MoU", kind="memorandum", target_date=date(2026, 3, 6),
                           parties=["US", "EU"]).record
    r1 = log.rounds.add(track.id, date(2026, 2, 10), place="Brussels", summary="First round on joint projects").record
    r2 = log.rounds.add(track.id, date(2026, 2, 24), place="Washington", summary="Cobalt stockpile round").record
    clauses = []
    for i, (title, text) in enumerate([
            ("Joint projects", "The Participants shall identify joint projects on lithium within 30 days."),
            ("Cobalt", "The Participants shall coordinate cobalt refining capacity and stockpile releases."),
            ("Germanium", "A germanium and gallium price floor shall apply to joint stockpile purchases."),
            ("Annex", "Statistical annex on tantalum, cobalt and lithium trade flows."),
            ("Briefing", "Each Participant shall brief the other on capacity expansions.")]):
        clauses.append(log.clauses.add(track.id, f"Art. {i + 1}", title, text, party="US", round_id=r1.id).record)
    log.commitments.add("US", "Exchange cobalt refining data quarterly", source="Round 2 minutes", track_id=track.id)
    add = log.attachments.add
    add(big_text().encode(), "cobalt-annex.txt", target_kind="track", target_id=track.id)
    paper = pdf(["Opening remarks on joint projects", "Price floors for lithium", "Joint stockpile of germanium",
                 "Closing: cobalt refining capacity"])
    add(paper, "non-paper.pdf", target_kind="round", target_id=r2.id)
    add(paper, "non-paper copy.pdf", target_kind="clause", target_id=clauses[2].id, audience="shareable")
    add(docx(["Briefing note on tantalum", "Lithium offtake and cobalt stockpile"]), "briefing.docx",
        target_kind="clause", target_id=clauses[0].id)
    add(b"Talking points: germanium, annex on lithium.", "points.txt", target_kind="track", target_id=track.id)
    return log


def results(log: Log, queries: list[str], *, every_match: bool = False) -> dict[str, list[list]]:
    """Per query: [kind, title, score, page] of each hit, best first."""
    return {q: [[h.kind, h.title, h.rank, h.page] for h in log.search(q, limit=50, every_match=every_match)]
            for q in queries}
