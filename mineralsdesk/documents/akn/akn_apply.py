"""An Akoma Ntoso draft applied to a track at a round: each article matched to a clause by its ref; a changed text
is a new version, a new ref a new clause, all in one transaction whose change-log source names the file and its
SHA-256. The version's party is the one every bracket of the article names, else the track's first party
(docs/akn.md); each new bracket keeps the proposer the file gives it.
"""

from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass, field
from pathlib import Path

from ...domain import model
from ...errors import ImportRefused, InvalidInputError
from ...services import refs
from ...services.log import Log
from .akn_in import AknDraft, read_akn
from .akn_out import pick_round

NEW, REVISED, SAME = "new clause", "new version", "unchanged"


@dataclass
class PlannedArticle:
    """What the import does with one article: `action` (NEW, REVISED, SAME), the clause it matched (None for a
    new one), the party the version is tabled by, and each bracket's (text, party code)."""

    action: str
    ref: str
    title: str
    text: str
    party: str
    clause_id: str | None = None
    brackets: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class AknPlan:
    """The whole import: the track, the round, the articles in file order, the track's clauses the file lacks
    (flagged, never deleted), and the change-log source."""

    track: model.Track
    round: model.Round
    articles: list[PlannedArticle]
    absent: list[str]
    source: str

    def count(self, action: str) -> int:
        return sum(1 for a in self.articles if a.action == action)

    def describe(self) -> str:
        """One line per article that changes something, then the totals."""
        lines = [f"{a.action}: {a.ref} — {a.title} (tabled by {a.party}"
                 + (f"; {len(a.brackets)} brackets" if a.brackets else "") + ")"
                 for a in self.articles if a.action != SAME]
        lines += [f"not in the file (left as it is): {ref}" for ref in self.absent]
        lines.append(f"{self.count(NEW)} new clauses, {self.count(REVISED)} new versions, {self.count(SAME)} "
                     f"unchanged, for {self.track.ref} round {self.round.number} ({self.round.date.isoformat()})")
        return "\n".join(lines)


def _party_codes(log: Log, akn: AknDraft) -> dict[str, str]:
    """The file's party eIds -> the log's party codes (by code, any case, else by name); unknown ones refuse."""
    parties = log.parties.list()
    by_code = {p.code.casefold(): p.code for p in parties}
    by_name = {p.name.casefold(): p.code for p in parties}
    out = {}
    used = {eid for pairs in akn.proposers.values() for _, eid in pairs if eid}
    for eid in used:
        code = by_code.get(eid.casefold()) or by_name.get(akn.parties.get(eid, "").casefold())
        if code is None:
            raise ImportRefused(f"{akn.draft.source_name} names the party #{eid} "
                                f"({akn.parties.get(eid) or 'no name'}), which is not a party of this log; "
                                "nothing was imported")
        out[eid] = code
    return out


def plan_import(log: Log, akn: AknDraft, *, track: str, round: str) -> AknPlan:
    """What importing `akn` into `track` at `round` would do; writes nothing."""
    try:
        chosen = refs.track(log, track)
        rnd = pick_round(log, chosen, round)
    except InvalidInputError as exc:
        raise ImportRefused(str(exc)) from None
    if rnd is None:
        raise ImportRefused(f"Track {chosen.ref} has no round; add the round first")
    codes = _party_codes(log, akn)
    ours = [p.code for p in log.parties.list() if p.is_ours]
    fallback = chosen.parties[0] if chosen.parties else (ours[0] if ours else log.parties.codes()[0])
    clauses = {c.ref.casefold(): c for c in log.clauses.list(chosen.id)}
    seen: set[str] = set()
    planned = []
    for article in akn.draft.articles:
        key = article.ref.casefold()
        if key in seen:
            raise ImportRefused(f"{akn.draft.source_name} holds article {article.ref} twice; nothing was imported")
        seen.add(key)
        brackets = [(text, codes.get(eid, "")) for text, eid in akn.proposers.get(article.ref, [])]
        named = {party for _, party in brackets if party}
        party = named.pop() if len(named) == 1 and all(p for _, p in brackets) else fallback
        brackets = [(text, p or party) for text, p in brackets]
        clause = clauses.get(key)
        if clause is None:
            action = NEW
        else:
            current = log.clauses.current_version(clause.id)
            action = SAME if current and current.text == article.text and clause.title == article.title else REVISED
        planned.append(PlannedArticle(action, article.ref, article.title, article.text, party,
                                      clause.id if clause else None, brackets))
    absent = [c.ref for k, c in clauses.items() if k not in seen]
    source = f"Akoma Ntoso import of {akn.draft.source_name} ({akn.draft.sha256})"
    return AknPlan(chosen, rnd, planned, absent, source)


def apply_plan(log: Log, plan: AknPlan) -> None:
    """Carry out `plan` in one transaction (all or nothing)."""
    try:
        with log.write(plan.source):
            for item in plan.articles:
                _apply(log, plan, item)
    except InvalidInputError as exc:
        raise ImportRefused(f"{exc} (nothing was imported)") from None


def _apply(log: Log, plan: AknPlan, item: PlannedArticle) -> None:
    if item.action == SAME:
        return
    if item.clause_id is None:
        made = log.clauses.add(plan.track.id, item.ref, item.title, item.text, party=item.party,
                               round_id=plan.round.id)
        clause_id = made.record.id
        version = log.clauses.current_version(clause_id)
    else:
        clause_id = item.clause_id
        if log.clauses.get(clause_id).title != item.title and item.title:
            log.clauses.update(clause_id, title=item.title)
        current = log.clauses.current_version(clause_id)
        if current is not None and current.text == item.text:
            return
        version = log.clauses.revise(clause_id, item.text, round_id=plan.round.id, party=item.party).record
    wanted: dict[str, deque[str]] = defaultdict(deque)
    for text, party in item.brackets:
        wanted[text].append(party)
    for bracket in log.brackets.list(clause_id):
        if version is not None and bracket.version_id == version.id and wanted.get(bracket.text):
            party = wanted[bracket.text].popleft()
            if party != bracket.proposer:
                log.brackets.update(bracket.id, proposer=party, supporters=[party])


def import_akn(log: Log, path: str | Path, *, track: str, round: str, dry_run: bool = False,
               draft: AknDraft | None = None) -> AknPlan:
    """Read (unless `draft` is the file already read), plan and (unless `dry_run`) apply an Akoma Ntoso file;
    returns the plan."""
    plan = plan_import(log, draft or read_akn(path), track=track, round=round)
    if not dry_run:
        apply_plan(log, plan)
    return plan
