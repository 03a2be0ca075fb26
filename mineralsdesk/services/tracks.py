"""Use-cases on parties, tracks, rounds and the follow-up actions of a round."""

from __future__ import annotations

from datetime import date
from typing import Any

from ..domain import model
from ..domain.model import Changed
from ..errors import InvalidInputError
from ..i18n import QT_TRANSLATE_NOOP
from ..store import queries
from .comments import drop_notes
from .ops import EntityOps
from .validation import require


class PartyOps(EntityOps):
    """`log.parties`: the parties to the negotiations (the four partners and any added)."""

    def list(self) -> list[model.Party]:
        return self._repo.parties()

    def codes(self) -> list[str]:
        return [p.code for p in self.list()]

    def check(self, code: str) -> str:
        """`code` if it names a party of this log, else InvalidInputError listing the known ones."""
        codes = self.codes()
        if code not in codes:
            raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "Unknown party {code!r}; known parties: "
                                                                "{known}"), code=code, known=', '.join(codes))
        return code

    def add(self, code: str, name: str) -> Changed:
        code = require(code, "Party code").upper()
        with self._write() as repo:
            if repo.party_by_code(code):
                raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "Party {code} exists already"), code=code)
            made = repo.insert(model.Party(code=code, name=require(name, "Party name")), source=self._source)
        return Changed.made("parties", made)


class TrackOps(EntityOps):
    """`log.tracks`: the instruments under negotiation."""

    def list(self) -> list[model.Track]:
        return self._repo.tracks()

    def get(self, track_id: str) -> model.Track:
        return self._repo.get(model.Track, track_id)

    def by_ref(self, ref: str) -> model.Track:
        found = self._repo.track_by_ref(ref)
        if found is None:
            raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "No track {ref!r}; tracks: {tracks}"), ref=ref,
                                    tracks=', '.join(t.ref for t in self.list()))
        return found

    def add(self, ref: str, title: str, *, kind: str = "", target_date: date | None = None,
            parties: list[str] | tuple[str, ...] = (), description: str = "") -> Changed:
        ref = require(ref, "Track reference")
        for code in parties:
            self._party(code)
        with self._write() as repo:
            if repo.track_by_ref(ref):
                raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "Track {ref} exists already"), ref=ref)
            track = model.Track(ref=ref, title=require(title, "Track title"), kind=kind, target_date=target_date,
                                parties=list(parties), description=description)
            made = repo.insert(track, source=self._source)
        return Changed.made("tracks", made)

    def update(self, track_id: str, *, expected_rev: int | None = None, **fields: Any) -> Changed:
        for code in fields.get("parties", ()):
            self._party(code)
        return self._update(model.Track, track_id, fields, expected_rev)

    def delete(self, track_id: str) -> Changed:
        """Remove a track that has no rounds, clauses or commitments yet (undo of adding it)."""
        with self._write() as repo:
            if queries.track_in_use(repo.db, track_id):
                raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "This track has rounds, clauses or "
                                                                    "commitments; it cannot be removed"))
            drop_notes(repo, track_id, self._source)
            repo.delete(model.Track, track_id, source=self._source)
        return Changed.of("tracks", track_id)


class RoundOps(EntityOps):
    """`log.rounds`: the negotiating rounds of each track."""

    def list(self, track_id: str | None = None) -> list[model.Round]:
        return self._repo.rounds(track_id)

    def get(self, round_id: str) -> model.Round:
        return self._repo.get(model.Round, round_id)

    def add(self, track_id: str, round_date: date, *, place: str = "", video: bool = False,
            participants: str = "", summary: str = "", outcomes: str = "", number: int | None = None,
            illustrative: bool = False) -> Changed:
        self._log.tracks.get(track_id)
        with self._write() as repo:
            if number is None:
                number = queries.next_round_number(repo.db, track_id)
            rnd = model.Round(track_id=track_id, number=number, date=round_date, place=place, video=video,
                              participants=participants, summary=summary, outcomes=outcomes,
                              illustrative=illustrative)
            made = repo.insert(rnd, source=self._source)
        return Changed.made("rounds", made)

    def update(self, round_id: str, *, expected_rev: int | None = None, **fields: Any) -> Changed:
        return self._update(model.Round, round_id, fields, expected_rev)

    def delete(self, round_id: str) -> Changed:
        """Remove a round that nothing refers to yet (undo of adding it)."""
        with self._write() as repo:
            if queries.round_in_use(repo.db, round_id):
                raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "This round has clause versions or "
                                                                    "positions; it cannot be removed"))
            for action in repo.actions_of_round(round_id):
                repo.delete(model.Action, action.id, source=self._source)
            drop_notes(repo, round_id, self._source)
            repo.delete(model.Round, round_id, source=self._source)
        return Changed.of("rounds", round_id) | Changed.of("actions")


class ActionOps(EntityOps):
    """`log.actions`: the follow-up actions agreed at a round."""

    def list(self, round_id: str | None = None) -> list[model.Action]:
        return self._repo.actions(round_id)

    def add(self, round_id: str, owner: str, text: str, *, due: date | None = None, done: bool = False) -> Changed:
        self._log.rounds.get(round_id)
        return self._insert(model.Action(round_id=round_id, owner=self._party(owner),
                                         text=require(text, "Action text"), due=due, done=done))

    def update(self, action_id: str, *, expected_rev: int | None = None, **fields: Any) -> Changed:
        return self._update(model.Action, action_id, fields, expected_rev)

    def delete(self, action_id: str) -> Changed:
        return self._delete(model.Action, action_id)
