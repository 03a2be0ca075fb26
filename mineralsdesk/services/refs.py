"""Records named the way people type them (command line, the Minutes screen): "MOU Art. 4.2", "MOU 3", "Art. 4.2#1"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain import model
from ..errors import InvalidInputError, NotFoundError
from ..i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from .log import Log


def _by_id(log: Log, cls: type, text: str):
    try:
        return log.repo.get(cls, text)
    except NotFoundError:
        return None


def clause(log: Log, text: str, track_id: str | None = None) -> model.Clause:
    """A clause by id, by "TRACK REF" or by its reference alone (within `track_id` when given); one match only."""
    text = " ".join((text or "").split())
    found = _by_id(log, model.Clause, text)
    if found:
        return found
    tracks = log.read.track_refs()
    matches = [c for c in log.clauses.list(track_id)
               if text.casefold() in (c.ref.casefold(), f"{tracks.get(c.track_id, '')} {c.ref}".casefold())]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "{text!r} names clauses of several tracks; "
                                                            "write it as TRACK REF (e.g. '{track} {ref}')"),
                                text=text, track=tracks[matches[0].track_id], ref=matches[0].ref)
    raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "No clause {text!r}"), text=text)


def round_(log: Log, text: str) -> model.Round:
    """A round by id, or as "TRACK N" / "TRACK RN" (its number in the track)."""
    text = " ".join((text or "").split())
    found = _by_id(log, model.Round, text)
    if found:
        return found
    track_ref, _, number = text.rpartition(" ")
    number = number.upper().removeprefix("R")
    track = log.repo.track_by_ref(track_ref) if track_ref else None
    if track is None and not track_ref and len(log.tracks.list()) == 1:
        track = log.tracks.list()[0]
    if track and number.isdigit():
        for rnd in log.rounds.list(track.id):
            if rnd.number == int(number):
                return rnd
    raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "No round {text!r}; write it as TRACK NUMBER (e.g. "
                                                        "'MOU 2') or give its id"), text=text)


def bracket(log: Log, text: str) -> model.Bracket:
    """A bracket by id, or as CLAUSE#N: the clause's N-th open bracket (from 1)."""
    found = _by_id(log, model.Bracket, text.strip())
    if found:
        return found
    ref, _, n = text.rpartition("#")
    if ref and n.isdigit():
        brackets = log.brackets.list(clause(log, ref).id, open_only=True)
        if 1 <= int(n) <= len(brackets):
            return brackets[int(n) - 1]
    raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "No bracket {text!r}; write it as CLAUSE#N (the "
                                                        "N-th open bracket) or give its id"), text=text)


def commitment(log: Log, text: str) -> model.Commitment:
    """A commitment by id, or by the start of its text (one match only)."""
    found = _by_id(log, model.Commitment, text.strip())
    if found:
        return found
    matches = [c for c in log.commitments.list() if c.text.casefold().startswith(text.strip().casefold())]
    if len(matches) == 1 and text.strip():
        return matches[0]
    raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "No single commitment starting {text!r}; give more "
                                                        "of its text or its id"), text=text)


def track(log: Log, text: str) -> model.Track:
    found = _by_id(log, model.Track, text.strip()) or log.repo.track_by_ref(text.strip())
    if found is None:
        raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "No track {text!r}"), text=text)
    return found


def target(log: Log, kind: str, text: str) -> str:
    """The id of the record a comment goes on, named as `kind` is named."""
    finders = {"clause": clause, "round": round_, "bracket": bracket, "commitment": commitment, "track": track}
    if kind not in finders:
        raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "A comment goes on a {kinds}"),
                                kinds=', '.join(finders))
    return finders[kind](log, text).id
