"""The records of a negotiation log as plain dataclasses and the enums of the domain."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date as Date
from enum import StrEnum
from typing import Any


def new_id() -> str:
    """A fresh stable record id (UUID4 text), so logs from two laptops can be merged.

    Built as uuid.uuid4() builds it (16 random bytes, version 4, RFC 4122 variant): importing the uuid
    module costs ~5 ms of every start (it loads `platform`), for what is four lines.
    """
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40
    raw[8] = (raw[8] & 0x3F) | 0x80
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class ClauseStatus(StrEnum):
    DRAFTED = "drafted"
    PROPOSED = "proposed"
    UNDER_NEGOTIATION = "under negotiation"
    BRACKETED = "bracketed"
    AGREED_AD_REFERENDUM = "agreed ad referendum"
    AGREED = "agreed"
    DROPPED = "dropped"


class Stance(StrEnum):
    SUPPORTS = "supports"
    ACCEPTS_WITH_AMENDMENTS = "accepts with amendments"
    RESERVES = "reserves"
    OPPOSES = "opposes"
    NO_POSITION = "no position"


class Topic(StrEnum):
    JOINT_PROJECTS = "joint projects"
    PRICE_SUPPORT = "price support"
    MARKET_PROTECTION = "market protection"
    EXPORT_EXEMPTIONS = "export-restriction exemptions"
    RESEARCH = "R&D and innovation"
    STOCKPILING = "stockpiling"
    RESPONSE_GROUP = "response group"
    OTHER = "other"


class CommitmentState(StrEnum):
    OPEN = "open"
    ON_TRACK = "on track"
    AT_RISK = "at risk"
    MET = "met"
    MISSED = "missed"


class SourceKind(StrEnum):
    STATEMENT = "statement"
    ROUND = "round"
    CLAUSE = "clause"


class AssessmentKind(StrEnum):
    INTERIM = "interim"
    FINAL = "final"


class Audience(StrEnum):
    """Who a document is for: `internal` shows everything, `shareable` never shows internal-only fields."""

    INTERNAL = "internal"
    SHAREABLE = "shareable"


@dataclass
class Party:
    """A party to the negotiation (US, EU, JP, MX), `is_ours` for the delegation keeping the log."""

    code: str
    name: str
    is_ours: bool = False
    id: str = field(default_factory=new_id)
    rev: int = 0


@dataclass
class Track:
    """An instrument under negotiation (an MoU, an action plan), its target date and the parties to it."""

    ref: str
    title: str
    kind: str = ""
    target_date: Date | None = None
    parties: list[str] = field(default_factory=list)
    description: str = ""
    id: str = field(default_factory=new_id)
    rev: int = 0


@dataclass
class Round:
    """A negotiating round of a track: when, where (or by video), who came, and what came of it."""

    track_id: str
    number: int
    date: Date
    place: str = ""
    video: bool = False
    participants: str = ""
    summary: str = ""
    outcomes: str = ""
    illustrative: bool = False
    id: str = field(default_factory=new_id)
    rev: int = 0


@dataclass
class Action:
    """A follow-up action agreed at a round."""

    round_id: str
    owner: str
    text: str
    due: Date | None = None
    done: bool = False
    id: str = field(default_factory=new_id)
    rev: int = 0


@dataclass
class Clause:
    """A draft clause of a track: its reference, title, topic, minerals and status (its text is in versions)."""

    track_id: str
    ref: str
    title: str
    topic: Topic = Topic.OTHER
    minerals: list[str] = field(default_factory=list)
    status: ClauseStatus = ClauseStatus.DRAFTED
    illustrative: bool = False
    owner: str | None = None  # the delegation member (Member.id) who holds the clause: internal
    id: str = field(default_factory=new_id)
    rev: int = 0


@dataclass
class ClauseVersion:
    """One wording of a clause, tabled by a party (at a round, when known), numbered from 1."""

    clause_id: str
    round_id: str | None
    party: str
    text: str
    number: int = 1
    id: str = field(default_factory=new_id)
    rev: int = 0


@dataclass
class Bracket:
    """One [bracketed] span of a clause, with who proposed, supports and objects to it."""

    clause_id: str
    version_id: str
    text: str
    options: list[str] = field(default_factory=list)
    proposer: str = ""
    supporters: list[str] = field(default_factory=list)
    objectors: list[str] = field(default_factory=list)
    round_id: str | None = None
    resolved_round_id: str | None = None
    id: str = field(default_factory=new_id)
    rev: int = 0

    @property
    def is_open(self) -> bool:
        return self.resolved_round_id is None


@dataclass
class Position:
    """A party's stance on a clause at a round; red line, fallback and internal note are ours alone."""

    clause_id: str
    party: str
    round_id: str
    stance: Stance = Stance.NO_POSITION
    note: str = ""
    red_line: str = ""
    fallback: str = ""
    internal_note: str = ""
    id: str = field(default_factory=new_id)
    rev: int = 0


@dataclass
class Anchor:
    """A dated event that relative deadlines count from (e.g. the joint statement)."""

    name: str
    date: Date
    id: str = field(default_factory=new_id)
    rev: int = 0


@dataclass
class Commitment:
    """Something a party undertook, from a statement or a text, due on a date (fixed, or counted from an anchor)."""

    owner: str
    text: str
    source_kind: SourceKind = SourceKind.STATEMENT
    source: str = ""
    track_id: str | None = None
    due_date: Date | None = None
    anchor_id: str | None = None
    offset_days: int = 0
    offset_months: int = 0
    due: Date | None = None
    state: CommitmentState = CommitmentState.OPEN
    owner_member: str | None = None  # the delegation member (Member.id) who follows it (`owner` is the party): internal
    id: str = field(default_factory=new_id)
    rev: int = 0

    @property
    def is_relative(self) -> bool:
        return self.anchor_id is not None


@dataclass
class Assessment:
    """A compliance score in the G20 Research Group style: -1, 0 or +1."""

    commitment_id: str
    party: str
    score: int
    kind: AssessmentKind = AssessmentKind.INTERIM
    evidence: str = ""
    date: Date | None = None
    audience: Audience = Audience.INTERNAL  # our judgement of another party: internal unless chosen otherwise
    id: str = field(default_factory=new_id)
    rev: int = 0


class Signal(StrEnum):
    """What a delegation's intervention in the room says of a clause or bracket."""

    SUPPORTS = "supports"
    OBJECTS = "objects"
    PROPOSES_WORDING = "proposes wording"
    RESERVES = "reserves"
    ASKS_FOR_TIME = "asks for time"


class CommentTarget(StrEnum):
    TRACK = "track"
    ROUND = "round"
    CLAUSE = "clause"
    BRACKET = "bracket"
    COMMITMENT = "commitment"


class AttachmentTarget(StrEnum):
    """What an attachment hangs on."""

    TRACK = "track"
    ROUND = "round"
    CLAUSE = "clause"
    COMMITMENT = "commitment"


@dataclass
class Member:
    """One person of our delegation (the roster): owners of clauses and commitments, authors of notes."""

    name: str
    initials: str
    role: str = ""
    active: bool = True
    id: str = field(default_factory=new_id)
    rev: int = 0


@dataclass
class Intervention:
    """What a party said in the room on a clause (or one of its brackets) at a round: our minutes, internal."""

    round_id: str
    clause_id: str
    party: str
    text: str = ""
    signal: Signal = Signal.SUPPORTS
    bracket_id: str | None = None
    at: str = ""  # ISO time of day (HH:MM) or date-time when it was noted
    author: str | None = None  # Member.id
    seq: int = 0  # order within the round
    id: str = field(default_factory=new_id)
    rev: int = 0


@dataclass
class Comment:
    """A note in a thread on a track, round, clause, bracket or commitment; internal unless made shareable."""

    target_kind: CommentTarget
    target_id: str
    text: str
    parent_id: str | None = None
    author: str | None = None  # Member.id
    at: str = ""
    audience: Audience = Audience.INTERNAL
    resolved: bool = False
    id: str = field(default_factory=new_id)
    rev: int = 0


@dataclass
class Attachment:
    """A file (a non-paper, the chair's draft, a joint statement) attached to a track, round, clause or
    commitment. Its bytes live once per content in the log's blob store, found by `sha256`."""

    target_kind: AttachmentTarget
    target_id: str
    name: str
    sha256: str
    size: int
    media_type: str = "application/octet-stream"
    audience: Audience = Audience.INTERNAL  # a paper of ours stays internal unless chosen otherwise
    added_at: str = ""
    added_by: str = ""
    id: str = field(default_factory=new_id)
    rev: int = 0


@dataclass
class ChangeEntry:
    """One line of the append-only, hash-chained change log."""

    seq: int
    at: str
    who: str
    entity: str
    entity_id: str
    field: str
    old: str | None
    new: str | None
    source: str
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class Changed:
    """What one write changed: entity kinds and ids, so views refresh just those, and the record it made or
    edited (`record`), so the caller needs no second read. Every write of the Log returns one."""

    entities: frozenset[str] = frozenset()
    ids: frozenset[str] = frozenset()
    record: Any = field(default=None, compare=False)

    def __or__(self, other: Changed) -> Changed:
        return Changed(self.entities | other.entities, self.ids | other.ids,
                       self.record if self.record is not None else other.record)

    @staticmethod
    def of(entity: str, *ids: str) -> Changed:
        return Changed(frozenset({entity}), frozenset(ids))

    @staticmethod
    def made(entity: str, record: Any, *more_ids: str) -> Changed:
        """A write that made or edited `record` (its id is one of the ids)."""
        return Changed(frozenset({entity}), frozenset({record.id, *more_ids}), record)


# Internal-only fields, by record type. audience.py is the one place that applies this.
INTERNAL_ONLY_FIELDS: dict[type, tuple[str, ...]] = {
    Position: ("red_line", "fallback", "internal_note"),
    Clause: ("owner",),
    Commitment: ("owner_member",),
}
# Record types no shareable document shows at all: our roster and our minutes of the room.
INTERNAL_ONLY_RECORDS: tuple[type, ...] = (Member, Intervention)
