"""The rules every stored record obeys, one function each: the services call them on every edit, and a JSON
import calls `check_record` on every record before anything is written, so the two can never disagree."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..errors import BracketError, RuleError
from ..i18n import QT_TRANSLATE_NOOP
from . import model
from .brackets import BracketSpan, parse_brackets


def require_text(value: str, what: str) -> str:
    """The value stripped, or RuleError when it is empty."""
    value = (value or "").strip()
    if not value:
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "{what} must not be empty"), what=what)
    return value


def check_private_fields(is_ours: bool, red_line: str, fallback: str, internal_note: str) -> None:
    """Red lines, fallbacks and internal notes belong to our own party's positions only."""
    if not is_ours and (red_line or fallback or internal_note):
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "Red lines, fallbacks and internal notes are kept for "
                                                    "our own party only"))


def check_clause_text(text: str) -> list[BracketSpan]:
    """The [bracketed] spans of a clause text; RuleError when the text is empty or its brackets do not parse."""
    if not (text or "").strip():
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "Clause text must not be empty"))
    try:
        return parse_brackets(text)
    except BracketError as exc:
        raise RuleError.telling(exc) from None


def check_parties(codes: Iterable[str], known: Iterable[str]) -> None:
    """Every code is a party of the log."""
    known = set(known)
    for code in codes:
        if code not in known:
            raise RuleError(QT_TRANSLATE_NOOP("Errors", "Unknown party {code!r}; known parties: {known}"),
                            code=code, known=', '.join(sorted(known)))


def check_score(score: int) -> None:
    if score not in (-1, 0, 1):
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "A compliance score is -1, 0 or +1"))


@dataclass
class LogFacts:
    """What the rules need to know about the rest of a log: its parties, and which track each round and clause
    belongs to."""

    parties: dict[str, bool] = field(default_factory=dict)  # code -> is ours
    round_tracks: dict[str, str] = field(default_factory=dict)
    clause_tracks: dict[str, str] = field(default_factory=dict)

    def check_round_of(self, round_id: str | None, clause_id: str) -> None:
        track = self.clause_tracks.get(clause_id)
        if round_id is not None and track is not None and self.round_tracks.get(round_id, track) != track:
            raise RuleError(QT_TRANSLATE_NOOP("Errors", "That round belongs to another track"))


def check_record(record: object, facts: LogFacts) -> None:
    """Every rule a service enforces when it writes this kind of record; raises RuleError at the first broken one."""
    known = facts.parties
    if isinstance(record, model.Party):
        require_text(record.code, "Party code")
        require_text(record.name, "Party name")
    elif isinstance(record, model.Track):
        require_text(record.ref, "Track reference")
        require_text(record.title, "Track title")
        check_parties(record.parties, known)
    elif isinstance(record, model.Action):
        require_text(record.text, "Action text")
        check_parties([record.owner], known)
    elif isinstance(record, model.Clause):
        require_text(record.ref, "Clause reference")
        require_text(record.title, "Clause title")
    elif isinstance(record, model.ClauseVersion):
        check_clause_text(record.text)
        check_parties([record.party], known)
        facts.check_round_of(record.round_id, record.clause_id)
    elif isinstance(record, model.Bracket):
        check_parties([*record.supporters, *record.objectors, *([record.proposer] if record.proposer else [])], known)
    elif isinstance(record, model.Position):
        check_parties([record.party], known)
        check_private_fields(known.get(record.party, False), record.red_line, record.fallback, record.internal_note)
        facts.check_round_of(record.round_id, record.clause_id)
    elif isinstance(record, model.Anchor):
        require_text(record.name, "Event name")
    elif isinstance(record, model.Commitment):
        require_text(record.text, "Commitment text")
        check_parties([record.owner], known)
        if record.due_date is not None and record.anchor_id is not None:
            raise RuleError(QT_TRANSLATE_NOOP("Errors", "Give the due date either as a date or relative to "
                                                        "an event, not both"))
    elif isinstance(record, model.Assessment):
        check_parties([record.party], known)
        check_score(record.score)
    elif isinstance(record, model.Member):
        require_text(record.name, "Member name")
        check_initials(record.initials)
    elif isinstance(record, model.Intervention):
        check_parties([record.party], known)
        check_note_length(record.text)
        facts.check_round_of(record.round_id, record.clause_id)
    elif isinstance(record, model.Comment):
        require_text(record.text, "Comment text")
        check_note_length(record.text)

    elif isinstance(record, model.Attachment):
        check_attachment(record)


MAX_NOTE = 20_000  # characters in one intervention or comment: a long statement, never a pasted document


def check_initials(initials: str) -> str:
    """Initials: 1 to 4 letters, stored upper-case."""
    value = (initials or "").strip()
    if not (1 <= len(value) <= 4 and value.isalpha()):
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "Initials are 1 to 4 letters"))
    return value.upper()


def check_note_length(text: str) -> None:
    if len(text or "") > MAX_NOTE:
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "A note holds at most {limit:,} characters"),
                        limit=MAX_NOTE)


_SHA256_DIGITS = frozenset("0123456789abcdef")


def check_attachment(record: model.Attachment) -> None:
    """An attachment has a name, a size of zero or more and a SHA-256 of 64 lowercase hex digits."""
    require_text(record.name, "Attachment name")
    if len(record.sha256) != 64 or not set(record.sha256) <= _SHA256_DIGITS:
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "An attachment's SHA-256 must be 64 hexadecimal digits"))
    if record.size < 0:
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "An attachment's size cannot be negative"))


def check_parties_table(parties: Iterable[model.Party]) -> None:
    """A log has exactly one party that is ours."""
    ours = [p for p in parties if p.is_ours]
    if len(ours) != 1:
        raise RuleError(QT_TRANSLATE_NOOP("Errors", "Exactly one party must be ours; the log has {count}"),
                        count=len(ours))
