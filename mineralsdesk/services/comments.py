"""Use-cases on comment threads (`log.comments`): our delegation's notes on a track, round, clause, bracket or
commitment, each internal unless made shareable, with replies, resolved or open."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..domain import model, record_rules
from ..domain.model import Audience, Changed, CommentTarget
from ..errors import InvalidInputError, NotFoundError, RuleError
from ..i18n import QT_TRANSLATE_NOOP
from .ops import EntityOps
from .validation import require

if TYPE_CHECKING:
    from ..store.repository import Repository

TARGET_TYPES: dict[CommentTarget, type] = {
    CommentTarget.TRACK: model.Track,
    CommentTarget.ROUND: model.Round,
    CommentTarget.CLAUSE: model.Clause,
    CommentTarget.BRACKET: model.Bracket,
    CommentTarget.COMMITMENT: model.Commitment,
}


@dataclass
class Thread:
    """A first comment and its replies, oldest first."""

    root: model.Comment
    replies: list[model.Comment] = field(default_factory=list)

    @property
    def comments(self) -> list[model.Comment]:
        return [self.root, *self.replies]


class CommentOps(EntityOps):
    """`log.comments`: threads of notes; a reply joins its thread's first comment, on the same target."""

    def list(self, target_id: str | None = None) -> list[model.Comment]:
        return self._repo.comments(target_id)

    def get(self, comment_id: str) -> model.Comment:
        return self._repo.get(model.Comment, comment_id)

    def add(self, target_kind: CommentTarget | str, target_id: str, text: str, *, author: str | None = None,
            audience: Audience | str = Audience.INTERNAL, parent_id: str | None = None,
            at: str | None = None) -> Changed:
        """A new comment (a reply when `parent_id` is given: it must be on the same target)."""
        kind = _target(target_kind)
        self._check_target(kind, target_id)
        if parent_id:
            parent = self._root(parent_id)
            if (parent.target_kind, parent.target_id) != (kind, target_id):
                raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "That comment is on another record; a "
                                                                    "reply goes on the same one"))
            parent_id = parent.id
        comment = model.Comment(target_kind=kind, target_id=target_id, text=_text(text), parent_id=parent_id,
                                author=self._log.members.check(author), audience=_audience(audience),
                                at=at if at is not None else datetime.now().isoformat(timespec="seconds"))
        return self._insert(comment) | Changed.of("comments", target_id)

    def reply(self, parent_id: str, text: str, *, author: str | None = None,
              audience: Audience | str = Audience.INTERNAL, at: str | None = None) -> Changed:
        """A reply in the thread of `parent_id` (a reply to a reply joins the same thread)."""
        root = self._root(parent_id)
        return self.add(root.target_kind, root.target_id, text, author=author, audience=audience,
                        parent_id=root.id, at=at)

    def edit(self, comment_id: str, text: str, *, expected_rev: int | None = None) -> Changed:
        return self._update(model.Comment, comment_id, {"text": _text(text)}, expected_rev)

    def update(self, comment_id: str, *, expected_rev: int | None = None, **fields: Any) -> Changed:
        if "text" in fields:
            fields["text"] = _text(fields["text"])
        if "audience" in fields:
            fields["audience"] = _audience(fields["audience"])
        if "author" in fields:
            fields["author"] = self._log.members.check(fields["author"])
        unknown = set(fields) - {"text", "audience", "author", "resolved", "at"}
        if unknown:
            raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "A comment's {fields} cannot be changed"),
                                    fields=', '.join(sorted(unknown)))
        return self._update(model.Comment, comment_id, fields, expected_rev)

    def resolve(self, comment_id: str, resolved: bool = True) -> Changed:
        """Mark the comment's thread resolved (or open again): the flag lives on the thread's first comment."""
        root = self._root(comment_id)
        return self._update(model.Comment, root.id, {"resolved": resolved}, None)

    def reopen(self, comment_id: str) -> Changed:
        return self.resolve(comment_id, False)

    def delete(self, comment_id: str) -> Changed:
        """Remove a comment; the first comment of a thread goes with its replies."""
        comment = self.get(comment_id)
        with self._write() as repo:
            for reply in repo.replies(comment_id):
                repo.delete(model.Comment, reply.id, source=self._source)
            repo.delete(model.Comment, comment_id, source=self._source)
        return Changed.of("comments", comment_id, comment.target_id)

    def threads(self, target_id: str | None = None, *, audience: Audience | str | None = None) -> list[Thread]:
        """The threads on a target (every target when None), oldest first; with `audience`, only the comments a
        document for it may show (`documents/audience.py` decides that; this only filters by the field)."""
        comments = self.list(target_id)
        if audience is not None and Audience(audience) is Audience.SHAREABLE:
            comments = [c for c in comments if c.audience is Audience.SHAREABLE]
        roots = {c.id: Thread(c) for c in comments if c.parent_id is None}
        for c in comments:
            if c.parent_id is not None and c.parent_id in roots:
                roots[c.parent_id].replies.append(c)
        return list(roots.values())

    def _root(self, comment_id: str) -> model.Comment:
        comment = self.get(comment_id)
        return self.get(comment.parent_id) if comment.parent_id else comment

    def _check_target(self, kind: CommentTarget, target_id: str) -> None:
        try:
            self._repo.get(TARGET_TYPES[kind], target_id)
        except NotFoundError:
            raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "No {kind} with id {target_id}"),
                                    kind=kind.value, target_id=target_id) from None


def drop_notes(repo: Repository, target_id: str, source: str) -> None:
    """Remove the comments on a record being removed, inside the caller's transaction (replies first)."""
    found = repo.comments(target_id)
    for c in sorted(found, key=lambda c: c.parent_id is None):
        repo.delete(model.Comment, c.id, source=source)


def _target(value: CommentTarget | str) -> CommentTarget:
    try:
        return CommentTarget(value)
    except ValueError:
        raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "A comment goes on a {kinds}"),
                                kinds=', '.join(t.value for t in CommentTarget)) from None


def _audience(value: Audience | str) -> Audience:
    try:
        return Audience(value)
    except ValueError:
        raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "A comment's audience is internal or shareable")) from None


def _text(text: str) -> str:
    value = require(text, "Comment text")
    try:
        record_rules.check_note_length(value)
    except RuleError as exc:
        raise InvalidInputError.telling(exc) from None
    return value
