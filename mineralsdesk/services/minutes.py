"""Use-cases on the minutes of a round (`log.minutes`): interventions noted while listening, and the stance and
supporter/objector changes their signals imply, proposed for review and applied as one step that can be undone."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..domain import model, record_rules
from ..domain.model import Changed, Signal, Stance
from ..errors import InvalidInputError, RuleError
from ..i18n import QT_TRANSLATE_NOOP
from .ops import EntityOps

# The stance a signal on a whole clause implies.
SIGNAL_STANCE: dict[Signal, Stance] = {
    Signal.SUPPORTS: Stance.SUPPORTS,
    Signal.OBJECTS: Stance.OPPOSES,
    Signal.RESERVES: Stance.RESERVES,
    Signal.PROPOSES_WORDING: Stance.ACCEPTS_WITH_AMENDMENTS,
    Signal.ASKS_FOR_TIME: Stance.NO_POSITION,
}


@dataclass(frozen=True)
class Proposal:
    """One change the minutes imply: a party's stance on a clause at the round, or its place among a bracket's
    supporters or objectors. `key` names it stably, for the caller's choice of which to apply."""

    key: str
    kind: str  # "position" or "bracket"
    clause_id: str
    party: str
    description: str
    stance: Stance | None = None  # for a position
    bracket_id: str | None = None  # for a bracket
    side: str = ""  # "supporters" or "objectors", for a bracket


@dataclass(frozen=True)
class Applied:
    """What `apply` changed, so `revert` can put it back: per record, its fields before (None: it was made)."""

    round_id: str
    before: list[tuple[str, str, dict[str, Any] | None]] = field(default_factory=list)  # (table, id, old fields)

    @property
    def count(self) -> int:
        return len(self.before)


class InterventionOps(EntityOps):
    """`log.minutes`: what each party said in the room on a clause or bracket, round by round."""

    def list(self, round_id: str | None = None, clause_id: str | None = None) -> list[model.Intervention]:
        return self._repo.interventions(round_id, clause_id)

    def get(self, intervention_id: str) -> model.Intervention:
        return self._repo.get(model.Intervention, intervention_id)

    def add(self, round_id: str, clause_id: str, party: str, signal: Signal | str, text: str = "", *,
            bracket_id: str | None = None, author: str | None = None, at: str | None = None) -> Changed:
        """Note one intervention (numbered after the round's last); the Changed's record is the intervention."""
        record = model.Intervention(round_id=round_id, clause_id=clause_id, party=self._party(party),
                                    signal=_signal(signal), text=(text or "").strip(), bracket_id=bracket_id or None,
                                    author=self._log.members.check(author),
                                    at=at if at is not None else datetime.now().isoformat(timespec="minutes"))
        self._check(record)
        with self._write() as repo:
            record.seq = repo.last_intervention_seq(round_id) + 1
            repo.insert(record, source=self._source)
        return Changed.made("interventions", record, round_id, clause_id)

    def update(self, intervention_id: str, *, expected_rev: int | None = None, **fields: Any) -> Changed:
        current = self.get(intervention_id)
        if "signal" in fields:
            fields["signal"] = _signal(fields["signal"])
        if "party" in fields:
            fields["party"] = self._party(fields["party"])
        if "author" in fields:
            fields["author"] = self._log.members.check(fields["author"])
        if "text" in fields:
            fields["text"] = (fields["text"] or "").strip()
        probe = model.Intervention(**{**current.__dict__, **fields})
        self._check(probe)
        return self._update(model.Intervention, intervention_id, fields, expected_rev)

    def delete(self, intervention_id: str) -> Changed:
        round_id = self.get(intervention_id).round_id
        return self._delete(model.Intervention, intervention_id) | Changed.of("interventions", round_id)

    def _check(self, record: model.Intervention) -> None:
        rnd = self._log.rounds.get(record.round_id)
        clause = self._log.clauses.get(record.clause_id)
        if rnd.track_id != clause.track_id:
            raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "That clause belongs to another track than "
                                                                "the round"))
        if record.bracket_id:
            bracket = next((b for b in self._repo.brackets(record.clause_id) if b.id == record.bracket_id), None)
            if bracket is None:
                raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "That bracket is not one of the "
                                                                    "clause's"))
        try:
            record_rules.check_note_length(record.text)
        except RuleError as exc:
            raise InvalidInputError.telling(exc) from None

    # -- from the minutes to positions and brackets ------------------------------------------------------
    def proposals(self, round_id: str) -> list[Proposal]:
        """The changes the round's interventions imply and the log does not hold yet, in the order noted.

        Per clause (or bracket) and party the last signal counts. On a bracket, supports puts the party among its
        supporters (and out of its objectors), objects the other way round; other signals leave a bracket as it
        is. On a whole clause, the signal gives the party's stance at this round (SIGNAL_STANCE).
        """
        latest: dict[tuple[str, str, str], model.Intervention] = {}
        for i in self.list(round_id):
            bracket = i.bracket_id or ""
            latest.pop((i.clause_id, bracket, i.party), None)
            latest[(i.clause_id, bracket, i.party)] = i
        brackets = {}
        out: list[Proposal] = []
        for (clause_id, bracket_id, party), i in latest.items():
            clause = self._log.clauses.get(clause_id)
            if bracket_id:
                if clause_id not in brackets:
                    brackets[clause_id] = {b.id: b for b in self._repo.brackets(clause_id)}
                b = brackets[clause_id].get(bracket_id)
                if b is None or i.signal not in (Signal.SUPPORTS, Signal.OBJECTS):
                    continue
                side = "supporters" if i.signal is Signal.SUPPORTS else "objectors"
                other = "objectors" if side == "supporters" else "supporters"
                if party in getattr(b, side) and party not in getattr(b, other):
                    continue
                out.append(Proposal(f"bracket:{bracket_id}:{party}", "bracket", clause_id, party,
                                    f"{party} among the {side} of [{_short(b.text)}] in {clause.ref}",
                                    bracket_id=bracket_id, side=side))
            else:
                stance = SIGNAL_STANCE[i.signal]
                held = self._repo.position_at(clause_id, party, round_id)
                if held is not None and held.stance is stance:
                    continue
                was = f" (was {held.stance})" if held else ""
                out.append(Proposal(f"position:{clause_id}:{party}", "position", clause_id, party,
                                    f"{party} {stance} {clause.ref}{was}", stance=stance))
        return out

    def apply(self, round_id: str, accepted: list[str] | None = None) -> Changed:
        """Apply the proposals whose keys are in `accepted` (all when None) in one transaction. The Changed's
        record is an `Applied` for `revert`; nothing left to apply gives an `Applied` with count 0."""
        chosen = [p for p in self.proposals(round_id) if accepted is None or p.key in set(accepted)]
        applied = Applied(round_id)
        ids: set[str] = set()
        with self._write() as repo:
            for p in chosen:
                if p.kind == "position":
                    held = repo.position_at(p.clause_id, p.party, round_id)
                    if held is None:
                        made = repo.insert(model.Position(clause_id=p.clause_id, party=p.party, round_id=round_id,
                                                          stance=p.stance), source=self._source)
                        applied.before.append(("positions", made.id, None))
                        ids.add(made.id)
                    else:
                        applied.before.append(("positions", held.id, {"stance": held.stance}))
                        repo.update(model.Position, held.id, {"stance": p.stance}, source=self._source)
                        ids.add(held.id)
                else:
                    b = repo.get(model.Bracket, p.bracket_id)
                    other = "objectors" if p.side == "supporters" else "supporters"
                    old = {"supporters": list(b.supporters), "objectors": list(b.objectors)}
                    new = {p.side: [*getattr(b, p.side), *([p.party] if p.party not in getattr(b, p.side) else [])],
                           other: [c for c in getattr(b, other) if c != p.party]}
                    repo.update(model.Bracket, b.id, new, source=self._source)
                    applied.before.append(("brackets", b.id, old))
                    ids.add(b.id)
                ids.add(p.clause_id)
        return Changed(frozenset({"positions", "brackets"}), frozenset(ids), applied)

    def revert(self, applied: Applied) -> Changed:
        """Undo an `apply`: positions it made are removed, fields it changed put back, in one transaction."""
        ids: set[str] = set()
        with self._write() as repo:
            for table, record_id, old in reversed(applied.before):
                cls = model.Position if table == "positions" else model.Bracket
                if old is None:
                    repo.delete(cls, record_id, source=self._source)
                else:
                    repo.update(cls, record_id, old, source=self._source)
                ids.add(record_id)
        return Changed(frozenset({"positions", "brackets"}), frozenset(ids), applied)


def _signal(value: Signal | str) -> Signal:
    try:
        return Signal(value)
    except ValueError:
        raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "Unknown signal {value!r}; use one of: {signals}"),
                                value=value, signals=', '.join(s.value for s in Signal)) from None


def _short(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"
