"""Use-cases on anchor events, commitments with absolute or relative deadlines, and compliance assessments."""

from __future__ import annotations

from datetime import date
from typing import Any

from ..domain import model, record_rules, rules
from ..domain.model import Changed
from ..errors import InvalidInputError, RuleError
from ..i18n import QT_TRANSLATE_NOOP
from .comments import drop_notes
from .ops import EntityOps
from .validation import require


class AnchorOps(EntityOps):
    """`log.anchors`: events (signature, entry into force, ...) that relative deadlines count from."""

    def list(self) -> list[model.Anchor]:
        return self._repo.anchors()

    def get(self, anchor_id: str) -> model.Anchor:
        return self._repo.get(model.Anchor, anchor_id)

    def add(self, name: str, anchor_date: date) -> Changed:
        return self._insert(model.Anchor(name=require(name, "Event name"), date=anchor_date))

    def move(self, anchor_id: str, new_date: date, *, expected_rev: int | None = None) -> Changed:
        """Move an anchor event; every deadline counted from it moves with it, in the same transaction."""
        with self._write() as repo:
            anchor = repo.update(model.Anchor, anchor_id, {"date": new_date}, source=self._source,
                                 expected_rev=expected_rev)
            moved = []
            for c in repo.commitments_of_anchor(anchor_id):
                due = rules.due_from_anchor(anchor.date, c.offset_days, c.offset_months)
                repo.update(model.Commitment, c.id, {"due": due}, source=self._source)
                moved.append(c.id)
        return Changed.made("anchors", anchor) | Changed(frozenset({"commitments"}), frozenset(moved))

    def update(self, anchor_id: str, *, expected_rev: int | None = None, **fields: Any) -> Changed:
        if "date" in fields:
            changed = self.move(anchor_id, fields.pop("date"), expected_rev=expected_rev)
            expected_rev = None
        else:
            changed = Changed()
        if fields:
            changed = self._update(model.Anchor, anchor_id, fields, expected_rev) | changed
        return changed | Changed.of("anchors", anchor_id)


class CommitmentOps(EntityOps):
    """`log.commitments`: who committed to what by when, and the compliance assessments of each."""

    def list(self, track_id: str | None = None) -> list[model.Commitment]:
        return self._repo.commitments(track_id)

    def ids(self) -> list[tuple[str, str | None]]:
        """(id, track id) of every commitment, in the order of list()."""
        return self._repo.commitment_ids()

    def get(self, commitment_id: str) -> model.Commitment:
        return self._repo.get(model.Commitment, commitment_id)

    def _due(self, due_date: date | None, anchor_id: str | None, days: int, months: int) -> date | None:
        if anchor_id and due_date:
            raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "Give the due date either as a date or "
                                                                "relative to an event, not both"))
        if anchor_id:
            return rules.due_from_anchor(self._log.anchors.get(anchor_id).date, days, months)
        return due_date

    def add(self, owner: str, text: str, *, source_kind: model.SourceKind | str = model.SourceKind.STATEMENT,
            source: str = "", track_id: str | None = None, due_date: date | None = None,
            anchor_id: str | None = None, offset_days: int = 0, offset_months: int = 0,
            state: model.CommitmentState | str = model.CommitmentState.OPEN) -> Changed:
        """A commitment with a due date given as a date, or as days/months after an anchor event."""
        return self._insert(model.Commitment(
            owner=self._party(owner), text=require(text, "Commitment text"),
            source_kind=model.SourceKind(source_kind), source=source, track_id=track_id,
            due_date=None if anchor_id else due_date, anchor_id=anchor_id,
            offset_days=offset_days if anchor_id else 0, offset_months=offset_months if anchor_id else 0,
            due=self._due(due_date, anchor_id, offset_days, offset_months), state=model.CommitmentState(state)))

    def update(self, commitment_id: str, *, expected_rev: int | None = None, **fields: Any) -> Changed:
        """Change fields; a change of due date, anchor or offsets recomputes the effective due date."""
        current = self.get(commitment_id)
        if "state" in fields:
            fields["state"] = model.CommitmentState(fields["state"])
        if "source_kind" in fields:
            fields["source_kind"] = model.SourceKind(fields["source_kind"])
        if "owner" in fields:
            self._party(fields["owner"])
        if "owner_member" in fields:
            fields["owner_member"] = self._log.members.check(fields["owner_member"])
        if {"due_date", "anchor_id", "offset_days", "offset_months"} & fields.keys():
            anchor_id = fields.get("anchor_id", current.anchor_id)
            due_date = fields.get("due_date", current.due_date if not anchor_id else None)
            if anchor_id:
                fields["due_date"] = due_date = None
            else:
                fields["offset_days"] = fields["offset_months"] = 0
            fields["due"] = self._due(due_date, anchor_id, fields.get("offset_days", current.offset_days),
                                      fields.get("offset_months", current.offset_months))
        return self._update(model.Commitment, commitment_id, fields, expected_rev)

    def assign(self, commitment_id: str, member_id: str | None) -> Changed:
        """Give the commitment an owner from the delegation roster (`owner` stays the party that committed)."""
        return self.update(commitment_id, owner_member=member_id)

    def set_state(self, commitment_id: str, state: model.CommitmentState | str, *,
                  expected_rev: int | None = None) -> Changed:
        return self.update(commitment_id, state=state, expected_rev=expected_rev)

    def delete(self, commitment_id: str) -> Changed:
        with self._write() as repo:
            for a in repo.assessments_of_commitment(commitment_id):
                repo.delete(model.Assessment, a.id, source=self._source)
            drop_notes(repo, commitment_id, self._source)
            repo.delete(model.Commitment, commitment_id, source=self._source)
        return Changed.of("commitments", commitment_id) | Changed.of("assessments", commitment_id)

    def describe_due(self, commitment: model.Commitment, lang: str | None = None) -> str:
        """"2026-03-06" or "2026-03-06 (30 days after Joint statement (2026-02-04))"; the words in `lang`
        (English by default)."""
        if commitment.due is None:
            return ""
        if not commitment.anchor_id:
            return commitment.due.isoformat()
        anchor = self._log.anchors.get(commitment.anchor_id)
        rel = rules.describe_relative(commitment.offset_days, commitment.offset_months, anchor.name, anchor.date,
                                      lang)
        return f"{commitment.due.isoformat()} ({rel})"

    # -- compliance assessments ------------------------------------------------------------------------
    def assessments(self, commitment_id: str | None = None) -> list[model.Assessment]:
        return self._repo.assessments(commitment_id)

    def assess(self, commitment_id: str, party: str, score: int, *,
               kind: model.AssessmentKind | str = model.AssessmentKind.INTERIM, evidence: str = "",
               on: date | None = None, audience: model.Audience | str = model.Audience.INTERNAL) -> Changed:
        """A compliance score (-1, 0 or +1) for a party on a commitment, with its evidence; internal (our
        delegation only) unless `audience` says it may go to counterparts."""
        _check_score(score)
        self.get(commitment_id)
        return self._insert(model.Assessment(commitment_id=commitment_id, party=self._party(party), score=score,
                                             kind=model.AssessmentKind(kind), evidence=evidence, date=on,
                                             audience=_audience(audience))) | Changed.of("assessments", commitment_id)

    def update_assessment(self, assessment_id: str, *, expected_rev: int | None = None, **fields: Any) -> Changed:
        if "score" in fields:
            _check_score(fields["score"])
        if "audience" in fields:
            fields["audience"] = _audience(fields["audience"])
        return self._update(model.Assessment, assessment_id, fields, expected_rev)

    def delete_assessment(self, assessment_id: str) -> Changed:
        commitment_id = self._repo.get(model.Assessment, assessment_id).commitment_id
        return self._delete(model.Assessment, assessment_id) | Changed.of("assessments", commitment_id)


def _check_score(score: int) -> None:
    try:
        record_rules.check_score(score)
    except RuleError as exc:
        raise InvalidInputError.telling(exc) from None


def _audience(value: model.Audience | str) -> model.Audience:
    try:
        return model.Audience(value)
    except ValueError:
        raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "An assessment's audience is internal or "
                                                            "shareable")) from None
