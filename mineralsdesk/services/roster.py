"""Use-cases on the delegation roster (`log.members`): who is on our team, and who owns what."""

from __future__ import annotations

from typing import Any

from ..domain import model, record_rules
from ..domain.model import Changed
from ..errors import InvalidInputError, NotFoundError, RuleError
from ..i18n import QT_TRANSLATE_NOOP
from .ops import EntityOps
from .validation import require

# The per-log setting naming the roster member who uses this log (the "Mine" filters); internal like the roster,
# so a shareable dump never carries it (documents/audience.py keeps only the settings it lists).
ME_KEY = "me"


class MemberOps(EntityOps):
    """`log.members`: the people of our delegation (name, role, unique initials, active or not)."""

    def list(self, *, active_only: bool = False) -> list[model.Member]:
        members = self._repo.members()
        return [m for m in members if m.active] if active_only else members

    def get(self, member_id: str) -> model.Member:
        return self._repo.get(model.Member, member_id)

    def by_initials(self, key: str) -> model.Member:
        """A member by initials (any case), id or exact name; InvalidInputError naming the known ones."""
        key = (key or "").strip()
        found = self._repo.member_by_initials(key) if key else None
        if found is None:
            found = next((m for m in self._repo.members() if key and key in (m.id, m.name)), None)
        if found is None:
            known = ", ".join(m.initials for m in self._repo.members()) or "none yet (add one with `members add`)"
            raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "No delegation member {key!r}; known "
                                                                "initials: {known}"), key=key, known=known)
        return found

    def check(self, member_id: str | None) -> str | None:
        """`member_id` if it names a member (None stays None), else InvalidInputError."""
        if member_id is None or member_id == "":
            return None
        try:
            return self.get(member_id).id
        except NotFoundError:
            raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "No delegation member with id {member_id}"),
                                    member_id=member_id) from None

    def me(self) -> model.Member | None:
        """The member this log's user is (settings `me`), or None when unset or no longer on the roster."""
        member_id = self._repo.meta().get(ME_KEY, "")
        if not member_id:
            return None
        try:
            return self.get(member_id)
        except NotFoundError:
            return None

    def set_me(self, member_id: str | None) -> Changed:
        """Say which roster member uses this log (None: nobody), one transaction in the change log."""
        checked = self.check(member_id) or ""
        with self._write() as repo:
            repo.set_meta(ME_KEY, checked, source=self._source)
        return Changed.of("settings", *([checked] if checked else []))

    def add(self, name: str, initials: str, *, role: str = "", active: bool = True) -> Changed:
        member = model.Member(name=require(name, "Member name"), initials=_initials(initials), role=role.strip(),
                              active=active)
        self._unique(member.initials)
        return self._insert(member)

    def update(self, member_id: str, *, expected_rev: int | None = None, **fields: Any) -> Changed:
        if "initials" in fields:
            fields["initials"] = _initials(fields["initials"])
            self._unique(fields["initials"], member_id)
        if "name" in fields:
            fields["name"] = require(fields["name"], "Member name")
        return self._update(model.Member, member_id, fields, expected_rev)

    def delete(self, member_id: str) -> Changed:
        """Remove a member nobody's notes or ownerships name; otherwise refuse (mark them inactive instead), so
        every note keeps its author."""
        uses = self._repo.member_uses(member_id)
        if uses:
            name = self.get(member_id).name
            raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "{name} is named by {uses} note(s), "
                                                                "intervention(s) or ownership(s); mark "
                                                                "them inactive instead, so those keep "
                                                                "their author"), name=name, uses=uses)
        return self._delete(model.Member, member_id)

    def _unique(self, initials: str, member_id: str | None = None) -> None:
        other = self._repo.member_by_initials(initials)
        if other is not None and other.id != member_id:
            raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "The initials {initials} are taken by "
                                                                "{other}"), initials=initials,
                                    other=other.name)


def _initials(value: str) -> str:
    try:
        return record_rules.check_initials(value)
    except RuleError as exc:
        raise InvalidInputError.telling(exc) from None
