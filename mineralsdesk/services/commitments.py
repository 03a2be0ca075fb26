"""Use-cases on anchor events, commitments with absolute or relative deadlines, and compliance assessments."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from ..domain import model, record_rules, rules
from ..domain.model import Changed
from ..errors import InvalidInputError, RuleError
from .validation import require

if TYPE_CHECKING:
    from ..store.repository import Repository


class CommitmentOps:
    """Mixed into Log; relies on `self.repo`, `self.write()`, `self.current_source`, `self._check_party`."""

    repo: Repository

    # -- anchors -----------------------------------------------------------------------------------------
    def anchors(self) -> list[model.Anchor]:
        return self.repo.anchors()

    def anchor(self, anchor_id: str) -> model.Anchor:
        return self.repo.get(model.Anchor, anchor_id)

    def add_anchor(self, name: str, anchor_date: date) -> model.Anchor:

        with self.write() as repo:
            return repo.insert(model.Anchor(name=require(name, "Event name"), date=anchor_date), source=self.current_source)

    def move_anchor(self, anchor_id: str, new_date: date, *, expected_rev: int | None = None) -> Changed:
        """Move an anchor event; every deadline counted from it moves with it, in the same transaction."""
        with self.write() as repo:
            anchor = repo.update(model.Anchor, anchor_id, {"date": new_date}, source=self.current_source,
                                 expected_rev=expected_rev)
            moved = []
            for c in repo.commitments_of_anchor(anchor_id):
                due = rules.due_from_anchor(anchor.date, c.offset_days, c.offset_months)
                repo.update(model.Commitment, c.id, {"due": due}, source=self.current_source)
                moved.append(c.id)
        return Changed.of("anchors", anchor_id) | Changed(frozenset({"commitments"}), frozenset(moved))

    def update_anchor(self, anchor_id: str, *, expected_rev: int | None = None, **fields: Any) -> Changed:
        if "date" in fields:
            changed = self.move_anchor(anchor_id, fields.pop("date"), expected_rev=expected_rev)
            expected_rev = None
        else:
            changed = Changed()
        if fields:
            with self.write() as repo:
                repo.update(model.Anchor, anchor_id, fields, source=self.current_source, expected_rev=expected_rev)
        return changed | Changed.of("anchors", anchor_id)

    # -- commitments -------------------------------------------------------------------------------------
    def commitments(self, track_id: str | None = None) -> list[model.Commitment]:
        return self.repo.commitments(track_id)

    def commitment(self, commitment_id: str) -> model.Commitment:
        return self.repo.get(model.Commitment, commitment_id)

    def _due(self, due_date: date | None, anchor_id: str | None, days: int, months: int) -> date | None:

        if anchor_id and due_date:
            raise InvalidInputError("Give the due date either as a date or relative to an event, not both")
        if anchor_id:
            return rules.due_from_anchor(self.anchor(anchor_id).date, days, months)
        return due_date

    def add_commitment(self, owner: str, text: str, *, source_kind: model.SourceKind | str = model.SourceKind.STATEMENT,
                       source: str = "", track_id: str | None = None, due_date: date | None = None,
                       anchor_id: str | None = None, offset_days: int = 0, offset_months: int = 0,
                       state: model.CommitmentState | str = model.CommitmentState.OPEN) -> model.Commitment:
        """A commitment with a due date given as a date, or as days/months after an anchor event."""

        commitment = model.Commitment(
            owner=self._check_party(owner), text=require(text, "Commitment text"),
            source_kind=model.SourceKind(source_kind), source=source, track_id=track_id,
            due_date=None if anchor_id else due_date, anchor_id=anchor_id,
            offset_days=offset_days if anchor_id else 0, offset_months=offset_months if anchor_id else 0,
            due=self._due(due_date, anchor_id, offset_days, offset_months), state=model.CommitmentState(state))
        with self.write() as repo:
            return repo.insert(commitment, source=self.current_source)

    def update_commitment(self, commitment_id: str, *, expected_rev: int | None = None, **fields: Any) -> Changed:
        """Change fields; a change of due date, anchor or offsets recomputes the effective due date."""
        current = self.commitment(commitment_id)
        if "state" in fields:
            fields["state"] = model.CommitmentState(fields["state"])
        if "source_kind" in fields:
            fields["source_kind"] = model.SourceKind(fields["source_kind"])
        if "owner" in fields:
            self._check_party(fields["owner"])
        if {"due_date", "anchor_id", "offset_days", "offset_months"} & fields.keys():
            anchor_id = fields.get("anchor_id", current.anchor_id)
            due_date = fields.get("due_date", current.due_date if not anchor_id else None)
            if anchor_id:
                fields["due_date"] = due_date = None
            else:
                fields["offset_days"] = fields["offset_months"] = 0
            fields["due"] = self._due(due_date, anchor_id, fields.get("offset_days", current.offset_days),
                                      fields.get("offset_months", current.offset_months))
        with self.write() as repo:
            repo.update(model.Commitment, commitment_id, fields, source=self.current_source,
                        expected_rev=expected_rev)
        return Changed.of("commitments", commitment_id)

    def set_commitment_state(self, commitment_id: str, state: model.CommitmentState | str, *,
                             expected_rev: int | None = None) -> Changed:
        return self.update_commitment(commitment_id, state=state, expected_rev=expected_rev)

    def delete_commitment(self, commitment_id: str) -> Changed:
        with self.write() as repo:
            for a in repo.assessments_of_commitment(commitment_id):
                repo.delete(model.Assessment, a.id, source=self.current_source)
            repo.delete(model.Commitment, commitment_id, source=self.current_source)
        return Changed.of("commitments", commitment_id)

    def describe_due(self, commitment: model.Commitment) -> str:
        """"2026-03-06" or "2026-03-06 (30 days after Joint statement (2026-02-04))"."""
        if commitment.due is None:
            return ""
        if not commitment.anchor_id:
            return commitment.due.isoformat()
        anchor = self.anchor(commitment.anchor_id)
        rel = rules.describe_relative(commitment.offset_days, commitment.offset_months, anchor.name, anchor.date)
        return f"{commitment.due.isoformat()} ({rel})"

    # -- assessments -------------------------------------------------------------------------------------
    def assessments(self, commitment_id: str | None = None) -> list[model.Assessment]:
        return self.repo.assessments(commitment_id)

    def add_assessment(self, commitment_id: str, party: str, score: int, *,
                       kind: model.AssessmentKind | str = model.AssessmentKind.INTERIM, evidence: str = "",
                       on: date | None = None,
                       audience: model.Audience | str = model.Audience.INTERNAL) -> model.Assessment:
        """A compliance score (-1, 0 or +1) for a party on a commitment, with its evidence; internal (our
        delegation only) unless `audience` says it may go to counterparts."""

        _check_score(score)
        self.commitment(commitment_id)
        assessment = model.Assessment(commitment_id=commitment_id, party=self._check_party(party), score=score,
                                      kind=model.AssessmentKind(kind), evidence=evidence, date=on,
                                      audience=_audience(audience))
        with self.write() as repo:
            return repo.insert(assessment, source=self.current_source)

    def update_assessment(self, assessment_id: str, *, expected_rev: int | None = None, **fields: Any) -> Changed:

        if "score" in fields:
            _check_score(fields["score"])
        if "audience" in fields:
            fields["audience"] = _audience(fields["audience"])
        return self._update(model.Assessment, assessment_id, fields, expected_rev)

    def delete_assessment(self, assessment_id: str) -> Changed:
        return self._delete(model.Assessment, assessment_id)


def _check_score(score: int) -> None:
    try:
        record_rules.check_score(score)
    except RuleError as exc:
        raise InvalidInputError(str(exc)) from None


def _audience(value: model.Audience | str) -> model.Audience:
    try:
        return model.Audience(value)
    except ValueError:
        raise InvalidInputError("An assessment's audience is internal or shareable") from None
