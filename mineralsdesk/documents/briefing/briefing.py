"""The briefing's content, built once from a log and already redacted for its audience, for any writer to render.

Nothing here knows about reportlab: the PDF writer (pdf.py) and any other writer walk these plain
dataclasses. Redaction happens here, through audience.py, before a writer sees a single field, so a
writer cannot leak what it never receives.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from ... import __app_name__, __version__
from ...domain import model, rules
from ...domain.modals import ModalChange, modal_changes
from ...domain.redline import diff_words
from ...errors import ExportError, NotFoundError
from ...i18n import QT_TRANSLATE_NOOP
from ...services.log import Log
from ...services.read_models import BracketPoint
from .. import audience as aud
from ..progress import ProgressCallback
from .rows import (
    InternalNote,
    PackedIds,
    PositionRow,
    RoundsById,
    Rows,
    Run,
    bracket_runs,
    internal_notes,
    redline_runs,
    round_label,
)
from .scorecard import ScorecardSection, scorecard_sections
from .words import language, say, say_n, speaking, value

if TYPE_CHECKING:
    from .topics import TopicSection

STATUS_ORDER = [s.value for s in rules.STATUS_ORDER]
HEADS_AT_ONCE = 200  # clauses read at a time for their ClauseHead rows


@dataclass
class ActionRow:
    owner: str
    text: str
    due: date | None
    done: bool


@dataclass(frozen=True)
class MinuteRow:
    """One intervention of a round's minutes as printed: on what, who, the signal, what they said."""

    on: str  # "Art. 3" or "[bracket text] in Art. 3"
    party: str
    signal: str
    text: str


@dataclass
class RoundEntry:
    track_ref: str
    number: int
    date: date
    place: str  # "Brussels" or "Video call"
    participants: str
    summary: str
    outcomes: str
    illustrative: bool
    actions: list[ActionRow] = field(default_factory=list)
    minutes: list[MinuteRow] = field(default_factory=list)  # internal briefings only (audience.shows_minutes)
    round_id: str = ""

    @property
    def label(self) -> str:
        return say(QT_TRANSLATE_NOOP("Briefing", "{track} round {number}"), track=self.track_ref, number=self.number)


@dataclass
class ClauseSection:
    id: str
    ref: str
    title: str
    topic: str
    status: str
    minerals: list[str]
    version_label: str  # "version 3, tabled by EU at MOU round 3 (2026-02-27)"
    text: list[Run]
    previous_label: str = ""  # empty when there is no earlier version to compare with
    redline: list[Run] = field(default_factory=list)
    modal_changes: list[ModalChange] = field(default_factory=list)
    stances: dict[str, str] = field(default_factory=dict)  # party code -> stance
    positions: list[PositionRow] = field(default_factory=list)
    internal: list[InternalNote] = field(default_factory=list)
    open_brackets: int = 0


@dataclass
class CommitmentRow:
    owner: str
    text: str
    track_ref: str
    source: str
    state: str
    due: str  # with its anchor: "2026-03-06 (30 days after Joint statement (2026-02-04))"
    deadline: str  # rules.DeadlineState value
    days_overdue: int
    assessments: list[str] = field(default_factory=list)  # "EU +1 final 2026-03-07: evidence"
    due_on: str = ""  # "2026-03-06"
    anchor: str = ""  # "30 days after Joint statement (2026-02-04)", empty for a fixed date
    state_label: str = ""  # the state as printed, e.g. "on track (stale: due date passed 1 d ago)"


@dataclass(frozen=True, slots=True)
class ClauseHead:
    """What the contents and the clauses-at-a-glance table print of a clause: no wording, no notes."""

    ref: str
    title: str
    topic: str
    status: str
    stances: dict[str, str]  # party code -> stance


class ClauseHeads:
    """A track's ClauseHead rows, read afresh (a few hundred clauses at a time) each time they are walked and not
    kept: the contents and the clauses-at-a-glance table each walk them once."""

    def __init__(self, count: int, walk: Callable[[], Iterator[ClauseHead]]) -> None:
        self._count, self._walk = count, walk

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[ClauseHead]:
        return self._walk()


class LastWalked:
    """The track whose clause ids were read last, and those ids: one for the whole briefing (TrackClauseIds)."""

    def __init__(self) -> None:
        self.track: TrackClauseIds | None = None
        self.ids: PackedIds | None = None


class TrackClauseIds(Sequence[str]):
    """A track's clause ids (PackedIds), read when a writer starts walking the track and let go when it walks
    another: `last` (one for the whole briefing) holds the ids of the track walked last. Packed ids of every
    track, read up front and held to the save, were 4 MB at a million versions (250,000 clauses).

    Its length is the count taken when the briefing was built; `load()` gives the ids as they are read now."""

    def __init__(self, fetch: Callable[[], Iterable[str]], count: int, last: LastWalked) -> None:
        self._fetch, self._count, self._last = fetch, count, last

    def load(self) -> PackedIds:
        last = self._last
        if last.track is not self or last.ids is None:
            last.track = last.ids = None  # the ids of the track walked before go first
            last.ids = PackedIds(self._fetch())
            last.track = self
        return last.ids

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index):  # type: ignore[override] - int or slice, as PackedIds
        return self.load()[index]

    def __iter__(self) -> Iterator[str]:
        return iter(self.load())


class ClauseSections(Sequence[ClauseSection]):
    """A track's clauses, each ClauseSection built when it is reached and not kept: a writer walks them once,
    so a briefing of any size holds one clause's wording at a time, and of each clause only its id.
    `heads` is the light row of every clause, read when walked.

    Walking them (not merely building the briefing) reports progress, one step a clause.
    """

    def __init__(self, ids: Sequence[str], heads: ClauseHeads, make: Callable[[str], ClauseSection],
                 tick: Callable[[], None] | None) -> None:
        self._ids, self.heads, self._make, self._tick = ids, heads, make, tick

    def __len__(self) -> int:
        return len(self._ids)

    def __getitem__(self, index):  # type: ignore[override] - int or slice, as a list
        if isinstance(index, slice):
            return [self._make(c) for c in self._ids[index]]
        return self._make(self._ids[index])

    def __iter__(self) -> Iterator[ClauseSection]:
        for clause_id in self._ids:
            section = self._make(clause_id)
            if self._tick is not None:
                self._tick()
            yield section


@dataclass
class TrackSection:
    ref: str
    title: str
    kind: str
    target_date: date | None
    parties: list[str]
    description: str
    status_counts: list[tuple[str, int]]  # in the order of ClauseStatus, zero counts included
    open_brackets: int
    burndown_of: Callable[[], list[BracketPoint]]  # read when drawn (burndown)
    next_deadlines: Sequence[CommitmentRow]  # each made when a writer reaches it
    overdue: Sequence[CommitmentRow]
    rounds: Sequence[RoundEntry]  # each made (with its minutes and actions) when a writer reaches it
    clauses: ClauseSections  # built one by one as a writer walks them

    @property
    def burndown(self) -> list[BracketPoint]:
        """Open brackets after each round, a point a round: read each time asked for (the summary's chart), not
        held from the build to the save (~1.3 MB for a million versions' 400 tracks and 5,080 rounds)."""
        return self.burndown_of()

    @property
    def last_round(self) -> RoundEntry | None:
        """The track's last round, made (with its minutes and actions) each time asked for: made at the build,
        400 tracks' last rounds with their minutes were held to the save at a million versions."""
        return self.rounds[-1] if len(self.rounds) else None


@dataclass(frozen=True)
class PaperRow:
    """An attached paper a briefing lists (never its content): only those its audience may see."""

    name: str
    size: int
    target: str
    audience: str


@dataclass
class CommentThread:
    """A comment thread as printed: what it is on, then (author, time, text) per comment, first one first."""

    on: str
    resolved: bool
    comments: list[tuple[str, str, str]]
    target: tuple[str, str] = ("", "")  # the record it is on: (kind, id)


@dataclass
class Briefing:
    title: str
    log_name: str
    delegation: str
    issued: date
    audience: str
    marking: str
    our_party: str
    parties: list[tuple[str, str]]  # (code, name), every party of the covered tracks
    tracks: Sequence[TrackSection]  # each made when a writer reaches it
    commitments: Sequence[CommitmentRow]  # each made (with its assessments) when a writer reaches it
    papers: list[PaperRow] = field(default_factory=list)  # attached papers its audience may see
    log_head: str = ""  # the change log's head fingerprint, printed in every footer so readers can compare
    comments: list[CommentThread] = field(default_factory=list)  # only on request (--with-comments)
    topics: list[TopicSection] = field(default_factory=list)  # "Topic comparison" sections (topics.py)
    scorecards: Sequence[ScorecardSection] = field(default_factory=list)  # the "Scorecard" section (scorecard.py)
    producer: str = f"{__app_name__} {__version__}"
    lang: str = "en"  # the language of the briefing's own words (words.py); the log's text is never translated

    @property
    def shows_internal(self) -> bool:
        return aud.shows_internal(self.audience)

    @property
    def clause_count(self) -> int:
        return sum(len(t.clauses) for t in self.tracks)


def select_tracks(log: Log, refs: Sequence[str] | None) -> list[model.Track]:
    """The tracks named by `refs` (in the order given, each once), or every track; unknown refs raise."""
    if not refs:
        return log.tracks.list()
    chosen: dict[str, model.Track] = {}
    for ref in refs:
        track = log.tracks.by_ref(ref)  # InvalidInputError with a one-line message for an unknown ref
        chosen.setdefault(track.id, track)
    return list(chosen.values())


def build_briefing(log: Log, *, audience: str = "internal", marking: str | None = None,
                   tracks: Sequence[str] | None = None, today: date | None = None,
                   progress: ProgressCallback | None = None, progress_total: int | None = None,
                   with_comments: bool = False, topics: Sequence[str] | None = None,
                   compare: Sequence[tuple[str, str]] | None = None, lang: str | None = None) -> Briefing:
    """Everything the briefing shows, redacted for `audience`; `today` fixes overdue arithmetic (default: today).

    `topics` adds a "Topic comparison" section per topic; `compare` pairs of "TRACK:REF" clauses add their
    redline to their topic's section (documents/briefing/topics.py).

    progress(done, total) is called once per clause as a writer walks a track's `clauses` (each built only then,
    and not kept); total is `progress_total` if given (a writer that adds its own steps passes the grand total),
    else the number of clauses.

    The briefing's own words (labels the content carries, like "version 2, tabled by EU") are in `lang`
    (English for None); the writer prints the rest in `Briefing.lang` (words.py).
    """
    with speaking(lang) as code:
        return _build(log, audience=audience, marking=marking, tracks=tracks, today=today, progress=progress,
                      progress_total=progress_total, with_comments=with_comments, topics=topics, compare=compare,
                      lang=code)


def _build(log: Log, *, audience: str, marking: str | None, tracks: Sequence[str] | None, today: date | None,
           progress: ProgressCallback | None, progress_total: int | None, with_comments: bool,
           topics: Sequence[str] | None, compare: Sequence[tuple[str, str]] | None, lang: str) -> Briefing:
    try:
        audience = aud.audience_of(audience).value
    except ValueError:
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "Unknown audience {audience!r}; use internal or shareable"),
                          audience=audience) from None
    today = today or date.today()
    chosen = select_tracks(log, tracks)
    settings = log.settings

    def fetch_round(round_id: str) -> model.Round | None:
        try:
            return log.rounds.get(round_id)
        except NotFoundError:
            return None

    rounds_by_id = RoundsById(fetch_round)
    track_refs = log.read.track_refs()
    total = progress_total or sum(log.read.clause_count(track_id=t.id) for t in chosen)
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    last = LastWalked()  # the track whose clause ids are read (TrackClauseIds)
    # Each track's section made when a writer reaches it (its summary read then), not kept: made at the build,
    # 400 tracks' sections (their counts, the ids of their rounds and deadlines, their readers) were ~2 MB held
    # from the build to the save at a million versions. A writer walks the tracks a few times (~10 ms a make there).
    def section(track_id: str) -> TrackSection:
        try:
            track = log.tracks.get(track_id)
        except NotFoundError:  # removed by another window since the build (only an empty track can be)
            raise ExportError(QT_TRANSLATE_NOOP("Errors", "A track was removed while the briefing was being "
                                                          "written; export it again")) from None
        return _track_section(log, track, audience, today, rounds_by_id, track_refs, tick, last)

    sections = Rows((t.id for t in chosen), section)
    covered = {t.id for t in chosen}
    commitments = Rows((cid for cid, track_id in log.commitments.ids() if track_id in covered
                        or (track_id is None and not tracks)),
                       lambda commitment_id: _commitment_row(log, log.commitments.get(commitment_id), today,
                                                             track_refs, audience))
    topic_sections = []
    if topics or compare:
        from .topics import topic_sections as build_topics  # it builds on this module's rows

        topic_sections = build_topics(log, topics, compare, audience=audience, tracks=tracks,
                                      rounds_by_id=rounds_by_id, track_refs=track_refs)
    codes = {code for t in chosen for code in t.parties}
    parties = [(p.code, p.name) for p in log.parties.list() if p.code in codes or not codes]
    return Briefing(
        title=say(QT_TRANSLATE_NOOP("Briefing", "Negotiation briefing")),
        log_name=settings.log_name,
        delegation=settings.delegation,
        issued=today,
        audience=audience,
        marking=aud.default_marking(audience, marking, language()),
        our_party=settings.our_party,
        parties=parties,
        tracks=sections,
        commitments=commitments,
        papers=_papers(log, audience, covered),
        log_head=log.fingerprint(),
        comments=_comment_threads(log, audience, with_comments, covered, track_refs),
        topics=topic_sections,
        scorecards=scorecard_sections(log, [t.id for t in chosen], audience),
        lang=lang,
    )


def _comment_threads(log: Log, audience: str, requested: bool, covered: set[str],
                     track_refs: dict[str, str]) -> list[CommentThread]:
    """The threads on the covered tracks' records a briefing for `audience` may print (audience.py decides)."""
    threads = aud.shareable_comments(log.comments.threads(), audience, requested)
    if not threads:
        return []
    clauses = {c.id: c for c in log.clauses.list()}
    rounds = {r.id: r for r in log.rounds.list()}
    brackets = {b.id: b for b in log.brackets.list()}
    commitments = {c.id: c for c in log.commitments.list()}
    names = {m.id: m.name for m in log.members.list()} if aud.shows_roster(audience) else {}
    anonymous = "—" if aud.shows_roster(audience) else log.settings.delegation

    def where(kind: str, target: str) -> tuple[str | None, str]:
        if kind == "clause" and target in clauses:
            c = clauses[target]
            return c.track_id, f"{track_refs.get(c.track_id, '?')} {c.ref} {c.title}"
        if kind == "bracket" and target in brackets and brackets[target].clause_id in clauses:
            c = clauses[brackets[target].clause_id]
            return c.track_id, say(QT_TRANSLATE_NOOP("Briefing", "[{bracket}] in {track} {ref}"),
                                   bracket=brackets[target].text, track=track_refs.get(c.track_id, "?"), ref=c.ref)
        if kind == "round" and target in rounds:
            return rounds[target].track_id, round_label(rounds[target], track_refs)
        if kind == "commitment" and target in commitments:
            return commitments[target].track_id, say(QT_TRANSLATE_NOOP("Briefing", "commitment of {owner}: {text}"),
                                                     owner=commitments[target].owner, text=commitments[target].text)
        if kind == "track":
            return target, say(QT_TRANSLATE_NOOP("Briefing", "track {ref}"), ref=track_refs.get(target, "?"))
        return None, kind

    out = []
    for thread in threads:
        track_id, label = where(thread.root.target_kind, thread.root.target_id)
        if track_id in covered or (track_id is None and thread.root.target_kind == "commitment"):
            out.append(CommentThread(label, thread.root.resolved, [
                (names.get(c.author or "", anonymous), c.at, c.text) for c in thread.comments],
                (thread.root.target_kind, thread.root.target_id)))
    return out


def _papers(log: Log, audience: str, track_ids: set[str]) -> list[PaperRow]:
    """The attachments on the covered tracks (or their rounds, clauses, commitments) that `audience` may see."""
    out = []
    for attachment in log.attachments.list():
        if not aud.may_show(attachment, audience):
            continue
        if log.attachments.track_of(attachment) not in track_ids:
            continue
        out.append(PaperRow(attachment.name, attachment.size, log.attachments.target_label(attachment),
                            attachment.audience.value))
    return out


def _round_entry(log: Log, rnd: model.Round, track: model.Track, audience: str) -> RoundEntry:
    actions = [ActionRow(a.owner, a.text, a.due, a.done) for a in log.actions.list(rnd.id)]
    return RoundEntry(track.ref, rnd.number, rnd.date, say(QT_TRANSLATE_NOOP("Briefing", "Video call")) if rnd.video else rnd.place,
                      rnd.participants, rnd.summary, rnd.outcomes, rnd.illustrative, actions,
                      _minutes(log, rnd, audience, track), rnd.id)


def _minutes(log: Log, rnd: model.Round, audience: str, track: model.Track) -> list[MinuteRow]:
    """The round's interventions in the order noted, for a briefing whose audience may see the minutes; one on a
    clause of another track (or none) says "?" for the clause."""
    if not aud.shows_minutes(audience):
        return []
    shown = [i for i in log.minutes.list(rnd.id) if aud.may_show(i, audience)]
    clauses = {c.id: c for c in log.clauses.many(sorted({i.clause_id for i in shown if i.clause_id}))
               if c.track_id == track.id}
    out = []
    brackets: dict[str, dict[str, model.Bracket]] = {}
    for i in shown:
        clause = clauses.get(i.clause_id)
        on = clause.ref if clause else "?"
        if i.bracket_id:
            if i.clause_id not in brackets:
                brackets[i.clause_id] = {b.id: b for b in log.brackets.list(i.clause_id)}
            bracket = brackets[i.clause_id].get(i.bracket_id)
            on = say(QT_TRANSLATE_NOOP("Briefing", "[{bracket}] in {ref}"), bracket=bracket.text, ref=on) if bracket else on
        out.append(MinuteRow(on, i.party, value(i.signal), i.text))
    return out


def _track_section(log: Log, track: model.Track, audience: str, today: date,
                   rounds_by_id: RoundsById, track_refs: dict[str, str],
                   tick: Callable[[], None] | None, last: LastWalked) -> TrackSection:
    summary = log.read.track_summary(track, today, history=False)  # the burndown is read when drawn
    counts = [(status, summary.status_counts.get(status, 0)) for status in STATUS_ORDER]
    # all the briefing keeps of a clause, read when the track is walked (one track's at a time)
    ids = TrackClauseIds(lambda: (c.id for c in log.clauses.list(track.id)), log.read.clause_count(track_id=track.id),
                         last)

    def commitment_row(commitment_id: str) -> CommitmentRow:
        return _commitment_row(log, log.commitments.get(commitment_id), today, track_refs, audience)

    def round_entry(round_id: str) -> RoundEntry:
        return _round_entry(log, log.rounds.get(round_id), track, audience)

    rounds = Rows((r.id for r in log.rounds.list(track.id)), round_entry)

    def heads() -> Iterator[ClauseHead]:
        walked = ids.load()
        for start in range(0, len(walked), HEADS_AT_ONCE):
            chunk = list(walked[start:start + HEADS_AT_ONCE])
            latest = log.read.latest_positions(clause_ids=chunk)
            parties_of: dict[str, list[str]] = {}  # the parties with a position on a clause, when the track names none
            if not track.parties:
                for clause_id, party in sorted(latest):
                    parties_of.setdefault(clause_id, []).append(party)
            for clause in log.clauses.many(chunk):
                yield _clause_head(clause, track.parties or parties_of.get(clause.id, []), audience, latest)

    def make(clause_id: str) -> ClauseSection:
        latest = log.read.latest_positions(clause_ids=[clause_id])
        return _clause_section(log, log.clauses.get(clause_id), track, audience, latest, rounds_by_id, track_refs)

    clauses = ClauseSections(ids, ClauseHeads(len(ids), heads), make, tick)
    return TrackSection(
        ref=track.ref, title=track.title, kind=track.kind, target_date=track.target_date,
        parties=list(track.parties), description=track.description, status_counts=counts,
        open_brackets=summary.open_brackets, burndown_of=lambda: log.read.bracket_burndown(track.id),
        next_deadlines=Rows((c.id for c in summary.next_deadlines), commitment_row),
        overdue=Rows((c.id for c in summary.overdue), commitment_row),
        rounds=rounds, clauses=clauses,
    )


def _previous_version(versions: list[model.ClauseVersion]) -> model.ClauseVersion | None:
    """The latest version tabled at an earlier round than the current one (else simply the one before)."""
    if len(versions) < 2:
        return None
    current = versions[-1]
    for version in reversed(versions[:-1]):
        if version.round_id != current.round_id:
            return version
    return versions[-2]


def _version_label(version: model.ClauseVersion, rounds_by_id: RoundsById,
                   track_refs: dict[str, str]) -> str:
    rnd = rounds_by_id.get(version.round_id or "")
    if rnd is None:
        return say(QT_TRANSLATE_NOOP("Briefing", "version {number}, tabled by {party}"), number=version.number,
                   party=version.party)
    return say(QT_TRANSLATE_NOOP("Briefing", "version {number}, tabled by {party} at {round}"), number=version.number,
               party=version.party, round=round_label(rnd, track_refs))


def _clause_head(clause: model.Clause, parties: Sequence[str], audience: str,
                 latest: dict[tuple[str, str], model.Position]) -> ClauseHead:
    """The clause's row in the contents and the table; its stances are _clause_section's, redacted alike."""
    stances = {}
    for party in parties:
        pos = latest.get((clause.id, party))
        if pos is not None:
            stances[party] = str(aud.redact(pos, audience).stance)
    return ClauseHead(clause.ref, clause.title, str(clause.topic), str(clause.status), stances)


def _clause_section(log: Log, clause: model.Clause, track: model.Track, audience: str,
                    latest: dict[tuple[str, str], model.Position], rounds_by_id: RoundsById,
                    track_refs: dict[str, str]) -> ClauseSection:
    versions = log.clauses.versions(clause.id)
    current = versions[-1] if versions else None
    section = ClauseSection(
        id=clause.id, ref=clause.ref, title=clause.title, topic=str(clause.topic), status=str(clause.status),
        minerals=list(clause.minerals),
        version_label=_version_label(current, rounds_by_id, track_refs) if current else say(QT_TRANSLATE_NOOP("Briefing", "no text yet")),
        text=bracket_runs(current.text) if current else [],
    )
    if current is not None:
        section.open_brackets = sum(1 for r in section.text if r.kind == "bracket")
        previous = _previous_version(versions)
        if previous is not None:
            section.previous_label = _version_label(previous, rounds_by_id, track_refs)
            section.redline = redline_runs(diff_words(previous.text, current.text))
            section.modal_changes = modal_changes(previous.text, current.text)
    # Every position passes through audience.redact before anything reads it.
    positions = [aud.redact(p, audience) for p in log.positions.list(clause.id)]
    parties = track.parties or sorted({p.party for p in positions})
    for party in parties:
        pos = latest.get((clause.id, party))
        if pos is None:
            continue
        pos = aud.redact(pos, audience)
        section.stances[party] = str(pos.stance)
        section.positions.append(PositionRow(party, str(pos.stance),
                                             round_label(rounds_by_id.get(pos.round_id), track_refs), pos.note))
    if aud.shows_internal(audience):
        section.internal = internal_notes(log.settings.our_party, positions, rounds_by_id, track_refs)
    return section


def _commitment_row(log: Log, c: model.Commitment, today: date, track_refs: dict[str, str],
                    audience: str) -> CommitmentRow:
    done = rules.commitment_done(c.state)
    assessments = []
    for a in log.commitments.assessments(c.id):
        if not aud.may_show(a, audience):  # our assessments of other parties stay internal unless marked shareable
            continue
        score = f"{a.score:+d}" if a.score else "0"
        when = f" {a.date.isoformat()}" if a.date else ""
        assessments.append(f"{a.party} {score} {value(a.kind)}{when}" + (f": {a.evidence}" if a.evidence else ""))
    due = _describe_due(log, c)
    return CommitmentRow(
        state_label=_state_label(c, today),
        owner=c.owner, text=c.text, track_ref=track_refs.get(c.track_id or "", ""), source=c.source,
        state=str(c.state), due=due, due_on=c.due.isoformat() if c.due else "",
        anchor=due.partition(" (")[2][:-1] if c.anchor_id else "", deadline=str(rules.deadline_state(c.due, today, done)),
        days_overdue=0 if done else rules.days_overdue(c.due, today), assessments=assessments,
    )


def _state_label(c: model.Commitment, today: date) -> str:
    """The state as printed, never contradicting the date beside it (rules.describe_commitment_state's rule)."""
    stale = rules.stale_state_days(c.state, c.due, today)
    text = value(c.state)
    if not stale:
        return text
    return say(QT_TRANSLATE_NOOP("Briefing", "{state} (stale: due date passed {days} d ago)"), state=text, days=stale)


def _describe_due(log: Log, c: model.Commitment) -> str:
    """"2026-03-06" or "2026-03-06 (30 days after Joint statement (2026-02-04))" (services' describe_due, worded
    in the briefing's language)."""
    if c.due is None:
        return ""
    if not c.anchor_id:
        return c.due.isoformat()
    anchor = log.anchors.get(c.anchor_id)
    return f"{c.due.isoformat()} ({describe_relative(c.offset_days, c.offset_months, anchor.name, anchor.date)})"


def describe_relative(days: int, months: int, anchor_name: str, anchor_date: date) -> str:
    """rules.describe_relative in the briefing's language: "30 days after Joint statement (2026-02-04)"."""
    anchor = f"{anchor_name} ({anchor_date.isoformat()})"
    if days == 0 and months == 0:
        return say(QT_TRANSLATE_NOOP("Briefing", "on {anchor}"), anchor=anchor)
    direction = 1 if (months > 0 or (months == 0 and days > 0)) else -1  # the larger part's direction
    months, days = months * direction, days * direction

    def n_days(n: int) -> str:
        return say_n(QT_TRANSLATE_NOOP("Briefing", "%n day"), QT_TRANSLATE_NOOP("Briefing", "%n days"), n)

    def n_months(n: int) -> str:
        return say_n(QT_TRANSLATE_NOOP("Briefing", "%n month"), QT_TRANSLATE_NOOP("Briefing", "%n months"), n)

    if months == 0:
        amount = n_days(days)
    elif days == 0:
        amount = n_months(months)
    elif days > 0:
        amount = say(QT_TRANSLATE_NOOP("Briefing", "{months} and {days}"), months=n_months(months), days=n_days(days))
    else:
        amount = say(QT_TRANSLATE_NOOP("Briefing", "{months} less {days}"), months=n_months(months),
                     days=n_days(-days))
    if direction > 0:
        return say(QT_TRANSLATE_NOOP("Briefing", "{amount} after {anchor}"), amount=amount, anchor=anchor)
    return say(QT_TRANSLATE_NOOP("Briefing", "{amount} before {anchor}"), amount=amount, anchor=anchor)
