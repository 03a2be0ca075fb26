"""Read-only connections to an open log kept open across background jobs, so their page cache stays warm.

Why: a connection's page cache starts empty, and on an encrypted log every page it reads is decrypted and its
MAC checked (~35 us a page): a job on a fresh connection pays that for every page it touches (docs/performance.md,
"Encrypted logs, fourth pass"). A reader kept open between jobs reads the pages it has already decrypted from its
cache while nothing was written; once another connection commits, SQLite drops that cache at the reader's next
read (the WAL changed), so a reader always sees every committed write and holds no transaction between jobs.

The open `Log` owns its `Readers` (`log.readers`). A reader is lent to one job at a time (SQLite connections are
never used by two threads at once) and given back to a small idle list. `close()` (the log closed, locked,
re-keyed, encrypted, decrypted, restored or switched) closes the idle readers at once and lends none until
`open()` (the log resumed); a job that asks for a reader after it, or that was started before it, gets
`ReadersClosed` (a LogError: one line for the user, no traceback). A reader lent to a job still running is left to
finish that job, as the job's own connection was before (docs/safety.md: the lock does not stop an export already
running), and is closed, not kept, when the job gives it back.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import replace
from typing import TYPE_CHECKING

from ..errors import ReadersClosed
from ..i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from .log import Log, OpenOptions

# Readers kept between jobs: the app runs one job at a time (its progress dialog is modal), and a kept encrypted
# reader may hold up to its page cache (store/cipher.py CACHE_KIB, 64 MB) after a job that read the whole log.
KEEP_IDLE = 1


def _closed_error() -> ReadersClosed:
    return ReadersClosed(QT_TRANSLATE_NOOP("Errors", "The log was locked or closed before this work could read "
                                                     "it: nothing was done. Run it again."))


class Readers:
    """The read-only connections of one open log, lent to background jobs one at a time and kept warm."""

    def __init__(self, opener: Callable[[OpenOptions], Log], keep: int = KEEP_IDLE):
        self._opener = opener
        self._keep = keep
        self._lock = threading.Lock()
        self._idle: list[Log] = []
        self._generation = 0
        self._closed = False
        self.opened = 0  # connections opened so far (for tests and measures)

    @property
    def generation(self) -> int:
        """Changes at every `close()`: a job started in one generation reads nothing in a later one."""
        return self._generation

    @property
    def closed(self) -> bool:
        return self._closed

    def idle_count(self) -> int:
        with self._lock:
            return len(self._idle)

    def _stale(self, generation: int) -> bool:
        return self._closed or self._generation != generation

    @contextmanager
    def reader(self, options: OpenOptions, generation: int | None = None) -> Iterator[Log]:
        """A read-only Log on a kept connection (opened with `options` when none is idle), for one job.

        `generation`: the one the job was started in (`self.generation` then); a later one raises ReadersClosed.
        """
        with self._lock:
            if self._stale(self._generation if generation is None else generation):
                raise _closed_error()
            current = self._generation
            log = self._idle.pop() if self._idle else None
        if log is None:
            log = self._open(options, current)
        try:
            yield log
        except BaseException:
            self._discard(log)  # a job that failed may have left anything behind: its reader is not lent again
            raise
        with self._lock:
            keep = not self._stale(current) and len(self._idle) < self._keep
            if keep:
                if log.db.conn.in_transaction:  # a read-only job begins none; never hold a snapshot between jobs
                    log.db.conn.rollback()
                self._idle.append(log)
        if not keep:  # the job finished: its result stands, even if the log was closed meanwhile
            self._discard(log)

    def _open(self, options: OpenOptions, generation: int) -> Log:
        log = self._opener(replace(options, readonly=True))
        with self._lock:
            self.opened += 1
            stale = self._stale(generation)
        if stale:  # closed while this one was opening
            self._discard(log)
            raise _closed_error()
        return log

    @staticmethod
    def _discard(log: Log) -> None:
        with suppress(Exception):  # a reader being thrown away: nothing of it is needed any more
            log.close()

    def close(self) -> None:
        """Close every idle reader now (a reader lent to a running job is closed when given back); until `open()`,
        no reader is lent (ReadersClosed)."""
        with self._lock:
            self._closed = True
            self._generation += 1
            idle, self._idle = self._idle, []
        for log in idle:
            self._discard(log)

    def open(self) -> None:
        """Lend readers again (the log was resumed); jobs started before the `close()` still get ReadersClosed."""
        with self._lock:
            self._closed = False
