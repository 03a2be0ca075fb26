"""Use-cases on parties, tracks, rounds, follow-up actions, clauses, versions, brackets and positions."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from ..domain import model, record_rules, rules
from ..domain.model import Changed
from ..errors import InvalidInputError, RuleError
from ..store import queries
from ..store.codec import TABLES
from .validation import require

if TYPE_CHECKING:
    from ..store.repository import Repository


class NegotiationOps:
    """Mixed into Log; relies on `self.repo`, `self.write()` and `self.current_source`."""

    repo: Repository

    # -- parties -----------------------------------------------------------------------------------------
    def parties(self) -> list[model.Party]:
        return self.repo.parties()

    def party_codes(self) -> list[str]:
        return [p.code for p in self.parties()]

    def add_party(self, code: str, name: str) -> model.Party:
        code = require(code, "Party code").upper()
        with self.write() as repo:
            if repo.party_by_code(code):
                raise InvalidInputError(f"Party {code} exists already")
            return repo.insert(model.Party(code=code, name=require(name, "Party name")), source=self.current_source)

    def _check_party(self, code: str) -> str:
        if code not in self.party_codes():
            raise InvalidInputError(f"Unknown party {code!r}; known parties: {', '.join(self.party_codes())}")
        return code

    # -- tracks ------------------------------------------------------------------------------------------
    def tracks(self) -> list[model.Track]:
        return self.repo.tracks()

    def track(self, track_id: str) -> model.Track:
        return self.repo.get(model.Track, track_id)

    def track_by_ref(self, ref: str) -> model.Track:
        found = self.repo.track_by_ref(ref)
        if found is None:
            raise InvalidInputError(f"No track {ref!r}; tracks: {', '.join(t.ref for t in self.tracks())}")
        return found

    def add_track(self, ref: str, title: str, *, kind: str = "", target_date: date | None = None,
                  parties: list[str] | tuple[str, ...] = (), description: str = "") -> model.Track:
        ref = require(ref, "Track reference")
        for code in parties:
            self._check_party(code)
        with self.write() as repo:
            if repo.track_by_ref(ref):
                raise InvalidInputError(f"Track {ref} exists already")
            track = model.Track(ref=ref, title=require(title, "Track title"), kind=kind, target_date=target_date,
                                parties=list(parties), description=description)
            return repo.insert(track, source=self.current_source)

    def update_track(self, track_id: str, *, expected_rev: int | None = None, **fields: Any) -> Changed:
        for code in fields.get("parties", ()):
            self._check_party(code)
        return self._update(model.Track, track_id, fields, expected_rev)

    def delete_track(self, track_id: str) -> Changed:
        """Remove a track that has no rounds, clauses or commitments yet (undo of adding it)."""
        with self.write() as repo:
            if queries.track_in_use(repo.db, track_id):
                raise InvalidInputError("This track has rounds, clauses or commitments; it cannot be removed")
            repo.delete(model.Track, track_id, source=self.current_source)
        return Changed.of("tracks", track_id)

    # -- rounds and follow-up actions ------------------------------------------------------------------
    def rounds(self, track_id: str | None = None) -> list[model.Round]:
        return self.repo.rounds(track_id)

    def round(self, round_id: str) -> model.Round:
        return self.repo.get(model.Round, round_id)

    def add_round(self, track_id: str, round_date: date, *, place: str = "", video: bool = False,
                  participants: str = "", summary: str = "", outcomes: str = "", number: int | None = None,
                  illustrative: bool = False) -> model.Round:
        self.track(track_id)
        with self.write() as repo:
            if number is None:
                number = queries.next_round_number(repo.db, track_id)
            rnd = model.Round(track_id=track_id, number=number, date=round_date, place=place, video=video,
                              participants=participants, summary=summary, outcomes=outcomes,
                              illustrative=illustrative)
            return repo.insert(rnd, source=self.current_source)

    def update_round(self, round_id: str, *, expected_rev: int | None = None, **fields: Any) -> Changed:
        return self._update(model.Round, round_id, fields, expected_rev)

    def delete_round(self, round_id: str) -> Changed:
        """Remove a round that nothing refers to yet (undo of adding it)."""
        with self.write() as repo:
            if queries.round_in_use(repo.db, round_id):
                raise InvalidInputError("This round has clause versions or positions; it cannot be removed")
            for action in repo.actions_of_round(round_id):
                repo.delete(model.Action, action.id, source=self.current_source)
            repo.delete(model.Round, round_id, source=self.current_source)
        return Changed.of("rounds", round_id)

    def actions(self, round_id: str | None = None) -> list[model.Action]:
        return self.repo.actions(round_id)

    def add_action(self, round_id: str, owner: str, text: str, *, due: date | None = None,
                   done: bool = False) -> model.Action:
        self.round(round_id)
        action = model.Action(round_id=round_id, owner=self._check_party(owner), text=require(text, "Action text"),
                              due=due, done=done)
        with self.write() as repo:
            return repo.insert(action, source=self.current_source)

    def update_action(self, action_id: str, *, expected_rev: int | None = None, **fields: Any) -> Changed:
        return self._update(model.Action, action_id, fields, expected_rev)

    def delete_action(self, action_id: str) -> Changed:
        return self._delete(model.Action, action_id)

    # -- clauses and versions ----------------------------------------------------------------------------
    def clauses(self, track_id: str | None = None) -> list[model.Clause]:
        return self.repo.clauses(track_id)

    def clause(self, clause_id: str) -> model.Clause:
        return self.repo.get(model.Clause, clause_id)

    def add_clause(self, track_id: str, ref: str, title: str, text: str, *, party: str,
                   round_id: str | None = None, topic: model.Topic = model.Topic.OTHER,
                   minerals: list[str] | tuple[str, ...] = (),
                   status: model.ClauseStatus = model.ClauseStatus.DRAFTED,
                   illustrative: bool = False) -> model.Clause:
        """A new clause with its first text version (and the brackets parsed from it)."""
        self.track(track_id)
        spans = self._parse(text)
        clause = model.Clause(track_id=track_id, ref=require(ref, "Clause reference"), title=require(title, "Clause title"),
                              topic=model.Topic(topic), minerals=[m.strip() for m in minerals if m.strip()],
                              status=model.ClauseStatus(status), illustrative=illustrative)
        with self.write() as repo:
            if round_id:
                self._check_round_of(repo, round_id, track_id)
            repo.insert(clause, source=self.current_source)
            version = model.ClauseVersion(clause_id=clause.id, round_id=round_id, party=self._check_party(party),
                                          text=text, number=1)
            repo.insert(version, source=self.current_source)
            self._reconcile_brackets(repo, clause.id, version, spans)
        return clause

    def update_clause(self, clause_id: str, *, expected_rev: int | None = None, **fields: Any) -> Changed:
        if "status" in fields:
            fields["status"] = model.ClauseStatus(fields["status"])
            try:
                rules.check_transition(self.clause(clause_id).status, fields["status"])
            except ValueError as exc:
                raise InvalidInputError(str(exc)) from None
        if "topic" in fields:
            fields["topic"] = model.Topic(fields["topic"])
        return self._update(model.Clause, clause_id, fields, expected_rev)

    def set_clause_status(self, clause_id: str, status: model.ClauseStatus | str, *,
                          expected_rev: int | None = None) -> Changed:
        return self.update_clause(clause_id, status=status, expected_rev=expected_rev)

    def restore_clause_status(self, clause_id: str, status: model.ClauseStatus | str) -> Changed:
        """Put back a status the clause had (undo): no transition check, since "proposed" -> "drafted" is
        not a move the rules allow but undoing "drafted" -> "proposed" must work."""
        return self._update(model.Clause, clause_id, {"status": model.ClauseStatus(status)}, None)

    def delete_clause(self, clause_id: str) -> Changed:
        """Remove a clause with its versions, brackets and positions (undo of adding it)."""
        with self.write() as repo:
            for cls in (model.Position, model.Bracket, model.ClauseVersion):
                for rec in repo.clause_records(cls, clause_id):
                    repo.delete(cls, rec.id, source=self.current_source)
            repo.delete(model.Clause, clause_id, source=self.current_source)
        return Changed.of("clauses", clause_id)

    def versions(self, clause_id: str) -> list[model.ClauseVersion]:
        return self.repo.versions(clause_id)

    def current_version(self, clause_id: str) -> model.ClauseVersion | None:
        return self.repo.latest_version(clause_id)

    def revise_clause(self, clause_id: str, text: str, *, round_id: str, party: str) -> model.ClauseVersion:
        """A new text version for a round; brackets no longer in the text are resolved in that round."""
        clause = self.clause(clause_id)
        spans = self._parse(text)
        with self.write() as repo:
            rnd = self._check_round_of(repo, round_id, clause.track_id)
            latest = self.current_version(clause_id)
            if rules.round_is_past(rnd, self._version_round(repo, latest)):
                raise InvalidInputError(
                    f"Round {rnd.number} ({rnd.date}) is before the round of the current version; "
                    "versions of past rounds are read-only")
            version = model.ClauseVersion(clause_id=clause_id, round_id=round_id, party=self._check_party(party),
                                          text=text, number=(latest.number + 1) if latest else 1)
            repo.insert(version, source=self.current_source)
            self._reconcile_brackets(repo, clause_id, version, spans)
        return version

    def rounds_for_new_version(self, clause_id: str) -> list[model.Round]:
        """The rounds of the clause's track a new version may be given (past rounds are read-only), oldest first."""
        clause = self.clause(clause_id)
        current = self._version_round(self.repo, self.current_version(clause_id))
        return rules.rounds_open_for_new_version(self.rounds(clause.track_id), current)

    @staticmethod
    def _version_round(repo: Repository, version: model.ClauseVersion | None) -> model.Round | None:
        return repo.get(model.Round, version.round_id) if version and version.round_id else None

    def delete_latest_version(self, clause_id: str) -> Changed:
        """Undo of a revision: remove the newest version and reopen the brackets it resolved."""
        versions = self.versions(clause_id)
        if len(versions) < 2:
            raise InvalidInputError("A clause keeps at least its first version")
        latest, previous = versions[-1], versions[-2]
        with self.write() as repo:
            for b in repo.brackets_of_version(latest.id):
                repo.delete(model.Bracket, b.id, source=self.current_source)
            still = {s.text for s in self._parse(previous.text)}
            for b in repo.brackets_resolved_in(clause_id, latest.round_id):
                if b.text in still:
                    repo.update(model.Bracket, b.id, {"resolved_round_id": None}, source=self.current_source)
            repo.delete(model.ClauseVersion, latest.id, source=self.current_source)
            repo.reindex(self.clause(clause_id))
        return Changed.of("clause_versions", clause_id, latest.id) | Changed.of("brackets")

    @staticmethod
    def _parse(text: str) -> list:
        try:
            return record_rules.check_clause_text(text)
        except RuleError as exc:
            raise InvalidInputError(str(exc)) from None

    @staticmethod
    def _check_round_of(repo: Repository, round_id: str, track_id: str) -> model.Round:
        rnd = repo.get(model.Round, round_id)
        if rnd.track_id != track_id:
            raise InvalidInputError("That round belongs to another track")
        return rnd

    def _reconcile_brackets(self, repo: Repository, clause_id: str, version: model.ClauseVersion,
                            spans: list) -> None:
        open_by_text: dict[str, list[model.Bracket]] = {}
        for b in repo.open_brackets(clause_id):
            open_by_text.setdefault(b.text, []).append(b)
        new = []
        for span in spans:
            kept = open_by_text.get(span.text)
            if kept:
                kept.pop(0)
                continue
            new.append(model.Bracket(clause_id=clause_id, version_id=version.id, text=span.text,
                                     options=list(span.options), proposer=version.party,
                                     supporters=[version.party], round_id=version.round_id))
        repo.insert_many(new, source=self.current_source)
        for leftovers in open_by_text.values():
            for b in leftovers:
                if version.round_id:
                    repo.update(model.Bracket, b.id, {"resolved_round_id": version.round_id},
                                source=self.current_source)
                else:
                    repo.delete(model.Bracket, b.id, source=self.current_source)

    # -- brackets ----------------------------------------------------------------------------------------
    def brackets(self, clause_id: str | None = None, *, open_only: bool = False) -> list[model.Bracket]:
        return self.repo.brackets(clause_id, open_only=open_only)

    def update_bracket(self, bracket_id: str, *, expected_rev: int | None = None, **fields: Any) -> Changed:
        for key in ("supporters", "objectors"):
            if key in fields:
                fields[key] = [self._check_party(c) for c in fields[key]]
        if fields.get("proposer"):
            self._check_party(fields["proposer"])
        return self._update(model.Bracket, bracket_id, fields, expected_rev)

    # -- positions ---------------------------------------------------------------------------------------
    def positions(self, clause_id: str | None = None) -> list[model.Position]:
        return self.repo.positions(clause_id)

    def set_position(self, clause_id: str, party: str, round_id: str, stance: model.Stance | str, *,
                     note: str = "", red_line: str = "", fallback: str = "", internal_note: str = "",
                     expected_rev: int | None = None) -> model.Position:
        """Record (or change) a party's stance on a clause at a round."""
        clause = self.clause(clause_id)
        party_rec = self.repo.party_by_code(self._check_party(party))
        try:
            record_rules.check_private_fields(party_rec.is_ours, red_line, fallback, internal_note)
        except RuleError as exc:
            raise InvalidInputError(str(exc)) from None
        fields = {"stance": model.Stance(stance), "note": note, "red_line": red_line, "fallback": fallback,
                  "internal_note": internal_note}
        with self.write() as repo:
            self._check_round_of(repo, round_id, clause.track_id)
            existing = repo.position_at(clause_id, party, round_id)
            if existing:
                return repo.update(model.Position, existing.id, fields, source=self.current_source,
                                   expected_rev=expected_rev)
            return repo.insert(model.Position(clause_id=clause_id, party=party, round_id=round_id, **fields),
                               source=self.current_source)

    def delete_position(self, position_id: str) -> Changed:
        return self._delete(model.Position, position_id)

    # -- shared ------------------------------------------------------------------------------------------
    def _update(self, cls: type, record_id: str, fields: dict[str, Any], expected_rev: int | None) -> Changed:
        with self.write() as repo:
            repo.update(cls, record_id, fields, source=self.current_source, expected_rev=expected_rev)
        return Changed.of(TABLES[cls], record_id)

    def _delete(self, cls: type, record_id: str) -> Changed:
        with self.write() as repo:
            repo.delete(cls, record_id, source=self.current_source)
        return Changed.of(TABLES[cls], record_id)
