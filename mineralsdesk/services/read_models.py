"""Read models for screens and documents (`log.read`): clause rows, positions matrix, per-track summaries, one
topic across tracks."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from ..domain import model, rules
from ..errors import InvalidInputError
from ..i18n import QT_TRANSLATE_NOOP
from ..store import queries
from ..store.queries import BracketPoint, ClauseRow, RoundChanges, TopicClauseRow

if TYPE_CHECKING:
    from ..domain.redline import Segment
    from ..store.database import LogDatabase
    from .log import Log
    from .scorecard import Scorecard

__all__ = ["BracketPoint", "ClauseRow", "MemberWork", "RoundChanges", "ReadOps", "TopicClause", "TopicComparison",
           "TopicTrack", "TrackSummary"]


@dataclass
class TrackSummary:
    """What a negotiator wants to see of one track at a glance (dashboard, briefing summary)."""

    track: model.Track
    status_counts: dict[str, int]
    topic_counts: dict[str, int]
    open_brackets: int
    burndown: list[BracketPoint]
    last_round: model.Round | None
    next_deadlines: list[model.Commitment] = field(default_factory=list)
    overdue: list[model.Commitment] = field(default_factory=list)
    changes_since_last_round: int = 0  # change-log entries on this track's records after its last round
    last_round_changes: RoundChanges | None = None  # what the last round itself changed in the text
    concluded: bool = False  # the track reached its goal (rules.track_concluded): shown as concluded, never late


CLOSED_STATUSES = (model.ClauseStatus.AGREED, model.ClauseStatus.AGREED_AD_REFERENDUM, model.ClauseStatus.DROPPED)


@dataclass
class MemberWork:
    """What one delegation member holds that is still open (the dashboard's per-member card)."""

    member: model.Member
    clauses: list[model.Clause]
    commitments: list[model.Commitment]


@dataclass
class TopicClause:
    """One clause on the topic: its row (current text, status) and each party's latest position on it.

    The positions are whole records, internal-only fields included: a document redacts them through
    documents/audience.py before showing anything.
    """

    row: TopicClauseRow
    positions: dict[str, model.Position] = field(default_factory=dict)  # party code -> latest position

    @property
    def label(self) -> str:
        """"MOU:Art. 5", as the command line's `compare` takes it."""
        return f"{self.row.track_ref}:{self.row.ref}"


@dataclass
class TopicTrack:
    """One track's clauses on the topic (none when the track does not cover it)."""

    track: model.Track
    clauses: list[TopicClause] = field(default_factory=list)

    @property
    def parties(self) -> list[str]:
        """The track's parties, then any other party that took a position on these clauses."""
        extra = sorted({p for c in self.clauses for p in c.positions} - set(self.track.parties))
        return [*self.track.parties, *extra]


@dataclass
class TopicComparison:
    """One topic across tracks: every track (in the log's order) with its clauses on the topic."""

    topic: model.Topic
    tracks: list[TopicTrack]

    @property
    def covering(self) -> list[TopicTrack]:
        """The tracks with at least one clause on the topic."""
        return [t for t in self.tracks if t.clauses]

    @property
    def clauses(self) -> list[TopicClause]:
        return [c for t in self.tracks for c in t.clauses]


class ReadOps:
    """`log.read`: the rows and summaries screens and documents show, computed in SQL where it counts."""

    def __init__(self, log: Log) -> None:
        self._log = log

    @property
    def db(self) -> LogDatabase:
        return self._log.db

    def clause_rows(self, *, track_id: str | None = None, text: str | None = None, status: str | None = None,
                    topic: str | None = None, sort: str = "ref", descending: bool = False, limit: int = -1,
                    offset: int = 0, owner: str | None = None) -> list[ClauseRow]:
        """Clause table rows, filtered (`owner`: a member's, the "Mine" filter) and sorted in SQL; `limit`/`offset`
        page through them."""
        return queries.clause_rows(self.db, track_id=track_id, text=text, status=status, topic=topic, sort=sort,
                                   descending=descending, limit=limit, offset=offset, owner=owner)

    def clause_count(self, *, track_id: str | None = None, text: str | None = None, status: str | None = None,
                     topic: str | None = None, owner: str | None = None) -> int:
        return queries.clause_count(self.db, track_id=track_id, text=text, status=status, topic=topic, owner=owner)

    def commitments_of(self, member_id: str) -> list[model.Commitment]:
        """The commitments a delegation member follows (the "Mine" filter), those without a due date last."""
        return self._log.repo.commitments_owned(member_id)

    def open_by_member(self, before: date | None = None) -> list[MemberWork]:
        """Per active member (and any inactive one still holding work): the owned clauses not yet agreed or
        dropped, and the owned commitments still open that fall due before `before` (the next round; all when
        None). Members with nothing open are listed too, so the dashboard shows who is free."""
        out = []
        for m in self._log.members.list():
            clauses = [c for c in self._log.repo.clauses_owned(m.id) if c.status not in CLOSED_STATUSES]
            commitments = [c for c in self._log.repo.commitments_owned(m.id) if not rules.commitment_done(c.state)
                           and (before is None or (c.due is not None and c.due < before))]
            if m.active or clauses or commitments:
                out.append(MemberWork(m, clauses, commitments))
        return out

    def scorecard(self, track_id: str) -> Scorecard:
        """A track's scorecard per round (services/scorecard.py: the rules); our fallbacks used and the
        interventions are internal, so documents show them only as documents/audience.py allows."""
        # Not needed by the first screen: loaded when a scorecard is asked for.
        from .scorecard import scorecard

        return scorecard(self._log, track_id)

    def latest_positions(self, track_id: str | None = None, *,
                         clause_ids: list[str] | None = None) -> dict[tuple[str, str], model.Position]:
        return queries.latest_positions(self.db, track_id, clause_ids=clause_ids)

    def bracket_burndown(self, track_id: str) -> list[BracketPoint]:
        return queries.bracket_burndown(self.db, track_id)

    def current_texts(self, clause_ids: list[str]) -> dict[str, str]:
        return queries.latest_version_texts(self.db, clause_ids)

    def track_summary(self, track: model.Track, today: date, *, upcoming: int = 5,
                      history: bool = True) -> TrackSummary:
        """One track at a glance. Without `history` (the workbook's Summary sheet, which has no cell for them) the
        bracket burndown, the last round's diff and the edits since it are left empty: at 100,000 versions
        those took ~3 s per track."""
        commitments = self._log.commitments.list(track.id)
        open_ones = [c for c in commitments if not rules.commitment_done(c.state)]
        overdue = [c for c in open_ones if rules.deadline_state(c.due, today) is rules.DeadlineState.OVERDUE]
        upcoming_list = [c for c in open_ones if c.due and c.due >= today][:upcoming]
        rounds = self._log.rounds.list(track.id)
        last = rounds[-1] if rounds else None
        status_counts = queries.counts_by(self.db, "status", track.id)
        return TrackSummary(
            track=track,
            status_counts=status_counts,
            topic_counts=queries.counts_by(self.db, "topic", track.id),
            open_brackets=queries.open_bracket_count(self.db, track.id),
            burndown=self.bracket_burndown(track.id) if history else [],
            last_round=last,
            next_deadlines=upcoming_list,
            overdue=overdue,
            changes_since_last_round=queries.track_changes_since(self.db, track.id, last.date)
            if history and last else 0,
            last_round_changes=queries.round_changes(self.db, last.id) if history and last else None,
            concluded=rules.track_concluded(track.target_date, status_counts, commitments),
        )

    def record_labels(self, records: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
        """Readable names of change-log records ((entity, id) pairs), one query per kind (store.labels)."""
        from ..store import labels

        return labels.record_labels(self.db, records)

    def knows_colleagues(self) -> bool:
        """True when this laptop has exchanged sync files with a colleague (or was cloned here): the dashboard's sync
        card shows then. One row asked for, so the first screen does not load the sync machinery."""
        return queries.has_peers(self.db)

    def open_conflict_count(self) -> int:
        """How many sync conflicts wait on the Conflicts screen (the sidebar's count; no sync machinery loaded)."""
        return queries.open_conflict_count(self.db)

    def track_choices(self) -> list[tuple[str, str, str]]:
        """Each track's (ref, id, title) in the tracks' order, for a track filter (no Track record made)."""
        return queries.track_choices(self.db)

    def track_refs(self) -> dict[str, str]:
        """Each track's ref by its id (no Track record made)."""
        return {track_id: ref for ref, track_id, _title in queries.track_choices(self.db)}

    def concluded_track_ids(self, tracks: list[model.Track] | None = None) -> set[str]:
        """The tracks that reached their goal (rules.track_concluded): one read, for all of them, of the commitments
        the rule looks at (those due on their track's target date) and one of their clauses' statuses. `tracks`:
        every track, when the caller has just read them (default: read here)."""
        by_track: dict[str, list[model.Commitment]] = {}
        for c in self._log.repo.commitments_due_on_target():
            by_track.setdefault(c.track_id or "", []).append(c)
        statuses = queries.status_counts_by_track(self.db)
        return {t.id for t in (self._log.tracks.list() if tracks is None else tracks)
                if rules.track_concluded(t.target_date, statuses.get(t.id, {}), by_track.get(t.id, []))}

    # -- one topic across tracks -----------------------------------------------------------------------------
    def topic(self, name: str | model.Topic) -> model.Topic:
        """The topic a typed name means (domain.topics.topic_named); an unknown one raises one line naming them all."""
        from ..domain.topics import topic_named, topic_names

        found = name if isinstance(name, model.Topic) else topic_named(name)
        if found is None:
            raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "Unknown topic {name!r}; topics: "
                                                                "{topics}"), name=name,
                                    topics=topic_names())
        return found

    def topic_comparison(self, topic: str | model.Topic, *, text: str | None = None,
                         tracks: list[str] | None = None) -> TopicComparison:
        """For a topic, per track, the clauses on it with their current text and status, and each party's latest
        position on each (ours included, red line and fallback too: documents redact through audience.py).

        `text` keeps clauses whose reference, title, minerals or current text hold every word; `tracks`
        (refs) keeps those tracks, in that order. Two queries, whatever the number of tracks.
        """
        chosen = self.topic(topic)
        all_tracks = self._log.tracks.list()
        if tracks:
            picked = {}
            for ref in tracks:
                track = self._log.tracks.by_ref(ref)
                picked.setdefault(track.id, track)
            all_tracks = list(picked.values())
        rows = queries.topic_clauses(self.db, chosen.value, text)
        latest = queries.latest_positions(self.db, clause_ids=[r.id for r in rows])
        by_track: dict[str, TopicTrack] = {t.id: TopicTrack(t) for t in all_tracks}
        for row in rows:
            if row.track_id in by_track:
                positions = {party: pos for (cid, party), pos in latest.items() if cid == row.id}
                by_track[row.track_id].clauses.append(TopicClause(row, positions))
        for entry in by_track.values():  # each party in the track's order, then the rest
            for clause in entry.clauses:
                order = entry.parties
                clause.positions = dict(sorted(clause.positions.items(),
                                               key=lambda kv: (order.index(kv[0]) if kv[0] in order else len(order),
                                                               kv[0])))
        return TopicComparison(chosen, list(by_track.values()))

    def clause_at(self, label: str) -> model.Clause:
        """The clause named "TRACK:REF" (e.g. "MOU:Art. 5"; case and spaces around either part ignored)."""
        track_ref, sep, ref = label.partition(":")
        if not sep or not track_ref.strip() or not ref.strip():
            raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "Name a clause as TRACK:REF (e.g. MOU:Art. "
                                                                "5), not {label!r}"), label=label)
        track = self._log.tracks.by_ref(track_ref.strip())
        clause_id = queries.clause_id_by_ref(self.db, track.id, ref)
        if clause_id is None:
            refs = ", ".join(c.ref for c in self._log.clauses.list(track.id))
            raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "No clause {ref!r} in {track}; its "
                                                                "clauses: {clauses}"), ref=ref.strip(),
                                    track=track.ref, clauses=refs or 'none')
        return self._log.clauses.get(clause_id)

    def redline_between(self, clause_a: str, clause_b: str) -> list[Segment]:
        """The word-level redline (domain.redline) from clause A's current text to clause B's (clause ids)."""
        from ..domain.redline import diff_words  # difflib loads with the first redline, not at start-up

        texts = queries.latest_version_texts(self.db, [clause_a, clause_b])
        return diff_words(texts.get(clause_a, ""), texts.get(clause_b, ""))
