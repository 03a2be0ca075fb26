"""Use-cases on clauses, their text versions and the brackets parsed from them, and the parties' positions."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..domain import model, record_rules, rules
from ..domain.model import Changed
from ..errors import InvalidInputError, RuleError
from ..i18n import QT_TRANSLATE_NOOP
from .comments import drop_notes
from .ops import EntityOps
from .validation import require

if TYPE_CHECKING:
    from ..store.repository import Repository


class ClauseOps(EntityOps):
    """`log.clauses`: draft clauses, their versions per round, and their status."""

    def list(self, track_id: str | None = None) -> list[model.Clause]:
        return self._repo.clauses(track_id)

    def get(self, clause_id: str) -> model.Clause:
        return self._repo.get(model.Clause, clause_id)

    def many(self, clause_ids: list[str]) -> list[model.Clause]:
        """The clauses of `clause_ids` that exist, in that order: one read a few hundred ids."""
        found = self._repo.by_ids(model.Clause, clause_ids)
        return [found[i] for i in clause_ids if i in found]

    def add(self, track_id: str, ref: str, title: str, text: str, *, party: str, round_id: str | None = None,
            topic: model.Topic = model.Topic.OTHER, minerals: list[str] | tuple[str, ...] = (),
            status: model.ClauseStatus = model.ClauseStatus.DRAFTED, illustrative: bool = False) -> Changed:
        """A new clause with its first text version (and the brackets parsed from it)."""
        self._log.tracks.get(track_id)
        spans = _parse(text)
        clause = model.Clause(track_id=track_id, ref=require(ref, "Clause reference"),
                              title=require(title, "Clause title"), topic=model.Topic(topic),
                              minerals=[m.strip() for m in minerals if m.strip()],
                              status=model.ClauseStatus(status), illustrative=illustrative)
        with self._write() as repo:
            if round_id:
                _round_of(repo, round_id, track_id)
            repo.insert(clause, source=self._source)
            version = model.ClauseVersion(clause_id=clause.id, round_id=round_id, party=self._party(party),
                                          text=text, number=1)
            repo.insert(version, source=self._source)
            self._reconcile_brackets(repo, clause.id, version, spans)
        return Changed.made("clauses", clause) | Changed.of("clause_versions", version.id) | Changed.of("brackets")

    def update(self, clause_id: str, *, expected_rev: int | None = None, **fields: Any) -> Changed:
        check = None
        if "status" in fields:
            status = fields["status"] = model.ClauseStatus(fields["status"])

            def check(current: model.Clause) -> None:  # on the record the update reads: one read, not two
                try:
                    rules.check_transition(current.status, status)
                except ValueError as exc:
                    raise InvalidInputError.telling(exc) from None
        if "topic" in fields:
            fields["topic"] = model.Topic(fields["topic"])
        if "owner" in fields:
            fields["owner"] = self._log.members.check(fields["owner"])
        return self._update(model.Clause, clause_id, fields, expected_rev, check)

    def assign(self, clause_id: str, member_id: str | None) -> Changed:
        """Give the clause an owner from the delegation roster (None: nobody)."""
        return self.update(clause_id, owner=member_id)

    def set_status(self, clause_id: str, status: model.ClauseStatus | str, *,
                   expected_rev: int | None = None) -> Changed:
        return self.update(clause_id, status=status, expected_rev=expected_rev)

    def set_statuses(self, edits: Iterable[tuple[str, model.ClauseStatus | str, int | None]]) -> Changed:
        """set_status of each (clause id, status, expected rev) in one write with one change-log append (the
        Excel import's batch): each transition checked, each rev compared; any refusal leaves none changed."""
        wanted = {clause_id: (model.ClauseStatus(status), rev) for clause_id, status, rev in edits}

        def check(current: model.Clause) -> None:
            try:
                rules.check_transition(current.status, wanted[current.id][0])
            except ValueError as exc:
                raise InvalidInputError.telling(exc) from None

        with self._write() as repo:
            repo.update_many(model.Clause, [(i, {"status": s}, rev) for i, (s, rev) in wanted.items()],
                             source=self._source, check=check)
        return Changed.of("clauses", *wanted)

    def restore_status(self, clause_id: str, status: model.ClauseStatus | str) -> Changed:
        """Put back a status the clause had (undo): no transition check, since "proposed" -> "drafted" is
        not a move the rules allow but undoing "drafted" -> "proposed" must work."""
        return self._update(model.Clause, clause_id, {"status": model.ClauseStatus(status)}, None)

    def delete(self, clause_id: str) -> Changed:
        """Remove a clause with its versions, brackets and positions (undo of adding it)."""
        with self._write() as repo:
            for note in repo.interventions(clause_id=clause_id):
                repo.delete(model.Intervention, note.id, source=self._source)
            for cls in (model.Position, model.Bracket, model.ClauseVersion):
                for rec in repo.clause_records(cls, clause_id):
                    if cls is model.Bracket:
                        drop_notes(repo, rec.id, self._source)
                    repo.delete(cls, rec.id, source=self._source)
            drop_notes(repo, clause_id, self._source)
            repo.delete(model.Clause, clause_id, source=self._source)
        return (Changed.of("clauses", clause_id) | Changed.of("clause_versions") | Changed.of("brackets")
                | Changed.of("positions"))

    def versions(self, clause_id: str) -> list[model.ClauseVersion]:
        return self._repo.versions(clause_id)

    def current_version(self, clause_id: str) -> model.ClauseVersion | None:
        return self._repo.latest_version(clause_id)

    def revise(self, clause_id: str, text: str, *, round_id: str, party: str) -> Changed:
        """A new text version for a round; brackets no longer in the text are resolved in that round.
        The Changed's record is the new version."""
        clause = self.get(clause_id)
        spans = _parse(text)
        with self._write() as repo:
            rnd = _round_of(repo, round_id, clause.track_id)
            latest = self.current_version(clause_id)
            if rules.round_is_past(rnd, _version_round(repo, latest)):
                raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "Round {number} ({date}) is before the "
                                                                    "round of the current version; "
                                                                    "versions of past rounds are read-only"),
                                        number=rnd.number, date=rnd.date)
            version = model.ClauseVersion(clause_id=clause_id, round_id=round_id, party=self._party(party),
                                          text=text, number=(latest.number + 1) if latest else 1)
            repo.insert(version, source=self._source)
            self._reconcile_brackets(repo, clause_id, version, spans)
        return Changed.made("clause_versions", version, clause_id) | Changed.of("brackets", clause_id)

    def rounds_for_new_version(self, clause_id: str) -> list[model.Round]:
        """The rounds of the clause's track a new version may be given (past rounds are read-only), oldest first."""
        clause = self.get(clause_id)
        current = _version_round(self._repo, self.current_version(clause_id))
        return rules.rounds_open_for_new_version(self._log.rounds.list(clause.track_id), current)

    def delete_latest_version(self, clause_id: str) -> Changed:
        """Undo of a revision: remove the newest version and reopen the brackets it resolved."""
        versions = self.versions(clause_id)
        if len(versions) < 2:
            raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "A clause keeps at least its first version"))
        latest, previous = versions[-1], versions[-2]
        with self._write() as repo:
            for b in repo.brackets_of_version(latest.id):
                repo.delete(model.Bracket, b.id, source=self._source)
            still = {s.text for s in _parse(previous.text)}
            for b in repo.brackets_resolved_in(clause_id, latest.round_id):
                if b.text in still:
                    repo.update(model.Bracket, b.id, {"resolved_round_id": None}, source=self._source)
            repo.delete(model.ClauseVersion, latest.id, source=self._source)
            repo.reindex(self.get(clause_id))
        return Changed.of("clause_versions", clause_id, latest.id) | Changed.of("brackets")

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
                                     options=[*span.options], proposer=version.party,
                                     supporters=[version.party], round_id=version.round_id))
        repo.insert_many(new, source=self._source)
        for leftovers in open_by_text.values():
            for b in leftovers:
                if version.round_id:
                    repo.update(model.Bracket, b.id, {"resolved_round_id": version.round_id}, source=self._source)
                else:
                    repo.delete(model.Bracket, b.id, source=self._source)


class BracketOps(EntityOps):
    """`log.brackets`: the [bracketed] spans of clause texts, who proposed, supports and objects."""

    def list(self, clause_id: str | None = None, *, open_only: bool = False) -> list[model.Bracket]:
        return self._repo.brackets(clause_id, open_only=open_only)

    def update(self, bracket_id: str, *, expected_rev: int | None = None, **fields: Any) -> Changed:
        for key in ("supporters", "objectors"):
            if key in fields:
                fields[key] = [self._party(c) for c in fields[key]]
        if fields.get("proposer"):
            self._party(fields["proposer"])
        return self._update(model.Bracket, bracket_id, fields, expected_rev)


class PositionOps(EntityOps):
    """`log.positions`: each party's stance on a clause at a round (ours with red line and fallback)."""

    def list(self, clause_id: str | None = None) -> list[model.Position]:
        return self._repo.positions(clause_id)

    def set(self, clause_id: str, party: str, round_id: str, stance: model.Stance | str, *, note: str = "",
            red_line: str = "", fallback: str = "", internal_note: str = "",
            expected_rev: int | None = None) -> Changed:
        """Record (or change) a party's stance on a clause at a round; the Changed's record is the position."""
        clause = self._log.clauses.get(clause_id)
        party_rec = self._repo.party_by_code(self._party(party))
        try:
            record_rules.check_private_fields(party_rec.is_ours, red_line, fallback, internal_note)
        except RuleError as exc:
            raise InvalidInputError.telling(exc) from None
        fields = {"stance": model.Stance(stance), "note": note, "red_line": red_line, "fallback": fallback,
                  "internal_note": internal_note}
        with self._write() as repo:
            _round_of(repo, round_id, clause.track_id)
            existing = repo.position_at(clause_id, party, round_id)
            if existing:
                made = repo.update(model.Position, existing.id, fields, source=self._source,
                                   expected_rev=expected_rev)
            else:
                made = repo.insert(model.Position(clause_id=clause_id, party=party, round_id=round_id, **fields),
                                   source=self._source)
        return Changed.made("positions", made, clause_id)

    def delete(self, position_id: str) -> Changed:
        clause_id = self._repo.get(model.Position, position_id).clause_id
        return self._delete(model.Position, position_id) | Changed.of("positions", clause_id)


def _parse(text: str) -> list:
    try:
        return record_rules.check_clause_text(text)
    except RuleError as exc:
        raise InvalidInputError.telling(exc) from None


def _round_of(repo: Repository, round_id: str, track_id: str) -> model.Round:
    rnd = repo.get(model.Round, round_id)
    if rnd.track_id != track_id:
        raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "That round belongs to another track"))
    return rnd


def _version_round(repo: Repository, version: model.ClauseVersion | None) -> model.Round | None:
    return repo.get(model.Round, version.round_id) if version and version.round_id else None
