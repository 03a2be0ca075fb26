"""What every per-entity operations object of the Log shares: its log, one write, updates and deletes.

`Log` is a small facade: `log.tracks`, `log.rounds`, `log.clauses`, `log.commitments`, ... are each an
`EntityOps` over the same open log. Reads return records; every write is one transaction and returns a
`Changed` (the kinds and ids it touched, and the record it made or edited), which the app's views refresh from.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from ..domain.model import Changed
from ..store.codec import TABLES

if TYPE_CHECKING:
    from ..store.repository import Repository
    from .log import Log


class EntityOps:
    """The operations on one kind of record (and the records that belong to it) of one open log."""

    def __init__(self, log: Log) -> None:
        self._log = log

    @property
    def _repo(self) -> Repository:
        return self._log.repo

    def _write(self, source: str | None = None) -> AbstractContextManager[Repository]:
        return self._log.write(source)

    @property
    def _source(self) -> str:
        return self._log.current_source

    def _party(self, code: str) -> str:
        """`code` if it names a party of this log, else InvalidInputError listing the known ones."""
        return self._log.parties.check(code)

    def _insert(self, record: Any) -> Changed:
        with self._write() as repo:
            made = repo.insert(record, source=self._source)
        return Changed.made(TABLES[type(record)], made)

    def _update(self, cls: type, record_id: str, fields: dict[str, Any], expected_rev: int | None,
                check: Callable[[Any], None] | None = None) -> Changed:
        with self._write() as repo:
            record = repo.update(cls, record_id, fields, source=self._source, expected_rev=expected_rev,
                                 check=check)
        return Changed.made(TABLES[cls], record)

    def _delete(self, cls: type, record_id: str) -> Changed:
        with self._write() as repo:
            repo.delete(cls, record_id, source=self._source)
        return Changed.of(TABLES[cls], record_id)
