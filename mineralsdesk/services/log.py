"""The Log: one open negotiation log and every use-case on it; each write is one transaction.

Front-ends (desktop app, command line, exports) use only this API; they never see SQL.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain import model
from ..errors import DamagedLogError, LogError, NewerLogError, NotALogError
from ..i18n import QT_TRANSLATE_NOOP, Message
from ..store import changelog, cipher, clause_keys, database, files, migrations, queries
from ..store.repository import Repository
from . import chain
from .clauses import BracketOps, ClauseOps, PositionOps
from .comments import CommentOps
from .commitments import AnchorOps, CommitmentOps
from .read_models import ReadOps
from .readers import Readers
from .roster import MemberOps
from .sync import identity as sync_identity
from .tracks import ActionOps, PartyOps, RoundOps, TrackOps

if TYPE_CHECKING:
    from ..store import search
    from .attachments import AttachmentOps
    from .minutes import InterventionOps

# Imported where they are used (search, the whole-log check, the dump and its loading, the automatic backups):
# opening a log and painting the app's first screen needs none of them, so its start does not import them.

DEFAULT_SOURCE = "manual edit"


@dataclass(frozen=True)
class LogSettings:
    """The log's own settings: its name, the delegation keeping it, the user and our party."""

    log_name: str
    delegation: str
    user_name: str
    our_party: str


@dataclass(frozen=True)
class OpenOptions:
    """How an open log was opened, for another connection to it in another thread (see `Log.reopen`)."""

    path: Path
    readonly: bool
    source: str
    key: tuple[str, bytes] | None = field(default=None, repr=False)  # (log id, key) of the change log's MAC
    passphrase: str | None = field(default=None, repr=False)  # an encrypted log's passphrase (memory only)
    raw_key: cipher.RawKey | None = field(default=None, repr=False)  # its derived key: no key derivation again


@dataclass
class CheckReport:
    """What `check` found: problems (each one line) and figures."""

    problems: list[str] = field(default_factory=list)
    schema_version: int = 0
    fingerprint: str = ""  # the chain's head: first 12 hex digits of its hash, then its number
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


class Log:
    """An open log file. Use `Log.create` or `Log.open`; close it (or use `with`).

    A small facade: the use-cases on each kind of record are one attribute each (`log.tracks`, `log.rounds`,
    `log.actions`, `log.clauses`, `log.brackets`, `log.positions`, `log.anchors`, `log.commitments`, the
    read models in `log.read`); the log itself opens, writes, checks, searches, dumps and backs up.
    """

    def __init__(self, path: Path, db: database.LogDatabase, *, readonly: bool = False):
        self.path = path
        self.db = db
        self.readonly = readonly
        self._closed = False
        self.source = DEFAULT_SOURCE
        self._source_override: str | None = None
        self.repo = Repository(db, lambda: self.repo.meta().get("user_name", ""))
        # One-line notices found on open (file readable by others, synced folder, backup failed, ...).
        self.warnings: list[str] = []
        self.parties = PartyOps(self)
        self.tracks = TrackOps(self)
        self.rounds = RoundOps(self)
        self.actions = ActionOps(self)
        self.clauses = ClauseOps(self)
        self.brackets = BracketOps(self)
        self.positions = PositionOps(self)
        self.anchors = AnchorOps(self)
        self.commitments = CommitmentOps(self)
        self.read = ReadOps(self)
        self.members = MemberOps(self)
        self.comments = CommentOps(self)
        # Read-only connections kept warm for the background jobs (services/readers.py): closed with this one.
        self.readers = Readers(Log.reopen)

    # Built on first use: their modules (attachments: zipfile and the text extraction; minutes) are not needed
    # to open a log or paint the first screen, so the app's start does not import them.
    @cached_property
    def attachments(self) -> AttachmentOps:
        from .attachments import AttachmentOps

        return AttachmentOps(self)

    @cached_property
    def minutes(self) -> InterventionOps:
        from .minutes import InterventionOps

        return InterventionOps(self)

    # -- opening -----------------------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | os.PathLike, *, our_party: str = "EU", log_name: str = "",
               delegation: str = "", user_name: str = "", passphrase: str | None = None) -> Log:
        """Create a new empty log (0600) with the four partnership parties; fails if the file exists.

        With `passphrase` (at least 10 characters) the log is encrypted at rest with SQLCipher 4.
        """
        path = Path(path)
        if passphrase is not None:
            cipher.check_passphrase(passphrase)
        if path.exists():
            raise LogError(QT_TRANSLATE_NOOP("Errors", "{path} already exists; choose another name"),
                           path=path)
        if not path.parent.is_dir():
            raise LogError(QT_TRANSLATE_NOOP("Errors", "Folder {parent} does not exist"), parent=path.parent)
        try:
            database.create_private_file(path)
        except OSError as exc:
            raise LogError(QT_TRANSLATE_NOOP("Errors", "Cannot create {path}: {strerror}"), path=path,
                           strerror=exc.strerror) from None
        try:
            # The salt chosen here and the key derived once: the log's other connections reuse the key.
            raw_key = cipher.new_key(passphrase) if passphrase is not None else None
            db = database.open_database(path, key=passphrase, raw_key=raw_key)
            migrations.migrate(db)
            log = cls(path, db)
            with log.write("new log") as repo:
                chain.start_new(log)
                repo.set_meta("application", "MineralsDesk", source="new log")
                repo.set_meta("log_name", log_name or path.stem, source="new log")
                repo.set_meta("delegation", delegation or f"{our_party} delegation", source="new log")
                repo.set_meta("user_name", user_name or f"{our_party} negotiator", source="new log")
                sync_identity.ensure(log, source="new log")
                for code, name in PARTNERSHIP_PARTIES:
                    repo.insert(model.Party(code=code, name=name, is_ours=code == our_party), source="new log")
                if our_party not in dict(PARTNERSHIP_PARTIES):
                    repo.insert(model.Party(code=our_party, name=our_party, is_ours=True), source="new log")
        except BaseException:
            try:
                db.close()
            except Exception:  # noqa: BLE001 - best effort before removing the half-made file
                pass
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            raise
        chain.anchor(log)
        return log

    @classmethod
    def open(cls, path: str | os.PathLike, *, readonly: bool = False, defer_checks: bool = False,
             passphrase: str | None = None, raw_key: cipher.RawKey | None = None,
             pending_key: cipher.PendingKey | None = None) -> Log:
        """Open an existing log; refuses foreign, damaged and newer files without altering them.

        An encrypted log needs its `passphrase` (EncryptedLogError without one, WrongPassphraseError for a wrong
        one); a plain log given one raises NotEncryptedError. Nothing is written in any of these cases.
        The key is derived from the passphrase once (`raw_key`, from another connection's `open_options()`,
        skips even that) and kept for the log's other connections. `pending_key` is that derivation started
        earlier in the background (`encryption.derive_ahead`, at the app's start): its key is used when it was
        derived for this passphrase and the salt the file has now, else the key is derived again.

        `defer_checks=True` skips the whole-file quick_check and the day's automatic backup, which read
        the entire file (seconds on a large log): the desktop app runs `run_deferred_checks()` on its own
        connection in the background once the first screen is painted.
        """
        path = Path(path)
        _app_id, version = database.inspect_file(path, passphrase)
        if version > migrations.SCHEMA_VERSION:
            raise _newer(path, version)
        forced_readonly = not readonly and not database.is_writable(path)
        readonly = readonly or forced_readonly  # a read-only file or folder opens read-only, and says so
        try:
            if passphrase is not None and raw_key is None:
                raw_key = cipher.derive_key(passphrase, path, pending_key)
            db = database.open_database(path, readonly=readonly, key=passphrase, raw_key=raw_key)
            if passphrase is not None and migrations.application_id(db) != database.APPLICATION_ID:
                db.close()
                raise NotALogError(QT_TRANSLATE_NOOP("Errors", "{file} is an encrypted database of another "
                                                               "application; it was left untouched"),
                                   file=path.name)
            # A read-only open writes nothing, and each page it reads is checked as it is read (SQLite's own
            # structure checks; an encrypted log's pages also carry a MAC, SQLCipher's HMAC-SHA512): damage met
            # mid-command is the same one-line error (`database.damage_found`). So the whole-file quick_check
            # (every page read: 1.6 s at 100k versions, 9.5 GB at a million) is left to writers, `check` and
            # `backup` (which copies every page, and is checked first: `Log.check_whole_file`).
            whole_file = not defer_checks and not readonly
            problem = database.quick_check(db) if whole_file else None
        except cipher.DatabaseError as exc:
            raise DamagedLogError(QT_TRANSLATE_NOOP("Errors", "{file} is damaged ({exc}); it was left "
                                                              "untouched"), file=path.name, exc=exc) from None
        if problem:
            db.close()
            raise DamagedLogError(QT_TRANSLATE_NOOP("Errors", "{file} is damaged ({problem}); it was left "
                                                              "untouched"), file=path.name, problem=problem)
        # The header may lag behind a newer app's migration still in the -wal file: ask SQLite too.
        version = migrations.schema_version(db)
        if version > migrations.SCHEMA_VERSION:
            db.close()
            raise _newer(path, version)
        log = cls(path, db, readonly=readonly)
        log.warnings = database.location_warnings(path)
        if forced_readonly:
            log.warnings.append(Message("Log", QT_TRANSLATE_NOOP("Log", "{name} is read-only (the file or its folder "
                                                                 "cannot be written): it is open for reading only"),
                                        name=path.name))
        if not readonly:
            files.remove_stale_temporaries(path.parent)
            if version < migrations.SCHEMA_VERSION:
                from . import autobackup

                migrations.migrate(db, before=lambda v: autobackup.take_backup(log, "before migration"))
        try:
            chain.on_open(log)
            sync_identity.ensure_on_open(log)
        except BaseException:
            db.close()
            raise
        if not readonly and not defer_checks:
            log._daily_backup()
        return log

    def open_options(self) -> OpenOptions:
        """What another thread needs to work on this log as this connection does (SQLite's are per thread)."""
        return OpenOptions(self.path, self.readonly, self.source, changelog.key_in_use(self.db), self.db.key,
                           self.db.raw_key)

    @classmethod
    def reopen(cls, options: OpenOptions) -> Log:
        """A second connection to a log this process has open, with its path, read-only state, key and source.

        None of the start-up work is repeated (no whole-file check, daily backup, migration, keying or
        location warnings): the first connection did it when it opened the file, and is still open. Only the
        header is read again, so a file moved or replaced meanwhile is refused rather than created anew.
        """
        database.inspect_file(options.path, options.passphrase)
        db = database.open_database(options.path, readonly=options.readonly, key=options.passphrase,
                                    raw_key=options.raw_key)
        log = cls(options.path, db, readonly=options.readonly)
        log.source = options.source
        if options.key is not None:
            changelog.set_key(db, *options.key)
        return log

    def check_whole_file(self) -> None:
        """SQLite's quick_check of every page; raises DamagedLogError when the file is damaged.

        A read-only open leaves it out (each page is checked as it is read); what copies every page as it is
        (`backup`) runs it first, so a damaged page is never copied into a file that looks sound."""
        try:
            problem = database.quick_check(self.db)
        except cipher.DatabaseError as exc:
            problem = str(exc)
        if problem:
            raise DamagedLogError(QT_TRANSLATE_NOOP("Errors", "{name} is damaged ({problem}); it was left "
                                                              "untouched"), name=self.path.name,
                                  problem=problem)

    def run_deferred_checks(self) -> list[str]:
        """The checks `open(defer_checks=True)` skipped: quick_check, then the day's backup.

        Raises DamagedLogError when the file is damaged; returns warnings (e.g. a backup that failed).
        """
        self.check_whole_file()
        if not self.readonly:
            self._daily_backup()
        return self.warnings

    def _daily_backup(self) -> None:
        from . import autobackup

        try:
            autobackup.daily_backup(self)
        except (LogError, OSError) as exc:  # opening must not fail because the day's backup did
            self.warnings.append(Message("Log", QT_TRANSLATE_NOOP("Log", "Today's automatic backup could not be made: "
                                                                  "{exc}"), exc=exc))

    def close(self) -> None:
        self._closed = True
        self.readers.close()
        if "attachments" in self.__dict__:  # built (cached_property): it may have made viewer copies
            self.attachments.remove_copies()
        self.db.close()

    @property
    def closed(self) -> bool:
        """True once `close()` ran: the Log is done with (a locked one is `locked`, not closed)."""
        return self._closed

    # -- locking (the desktop app's idle lock) ---------------------------------------------------------
    @property
    def locked(self) -> bool:
        """True between `suspend()` and a successful `resume()`: the connection is closed."""
        return getattr(self, "_locked", False)

    def suspend(self) -> None:
        """Close the connection but keep this Log object (and what refers to it: undo commands, screens), so
        `resume` can reopen the same file inside it. The passphrase is forgotten with the connection."""
        if self.locked:
            return
        log_id = changelog.meta_value(self.db, changelog.LOG_ID_KEY)
        self.readers.close()  # no decrypted page of the log stays in memory while it is locked
        self.db.close()
        self.db.key = self.db.raw_key = None
        self._locked, self._locked_log_id = True, log_id

    def resume(self, passphrase: str | None = None) -> None:
        """Reopen the file this Log was suspended on, checking the passphrase as `open` does (EncryptedLogError,
        WrongPassphraseError, NotEncryptedError; nothing is written and the Log stays locked on any of them).
        A file that is now another log (its id differs) is refused, so edits never go to a replaced log."""
        if not self.locked:
            return
        database.inspect_file(self.path, passphrase)
        raw_key = cipher.derive_key(passphrase, self.path) if passphrase is not None else None
        fresh = database.open_database(self.path, readonly=self.readonly, key=passphrase, raw_key=raw_key)
        try:
            if passphrase is not None and migrations.application_id(fresh) != database.APPLICATION_ID:
                raise NotALogError(QT_TRANSLATE_NOOP("Errors", "{name} is an encrypted database of another "
                                                               "application"), name=self.path.name)
            found = changelog.meta_value(fresh, changelog.LOG_ID_KEY)
            if found != self._locked_log_id:
                raise LogError(QT_TRANSLATE_NOOP("Errors", "{name} was replaced by another log while this "
                                                           "window was locked; open it with File > Open"),
                               name=self.path.name)
            if migrations.schema_version(fresh) != migrations.SCHEMA_VERSION:
                raise LogError(QT_TRANSLATE_NOOP("Errors", "{name} was changed by another version of "
                                                           "MineralsDesk while this window was locked; "
                                                           "open it with File > Open"), name=self.path.name)
        except BaseException:
            fresh.close()
            raise
        self.db.adopt(fresh)
        self._locked = False
        self.readers.open()

    @property
    def encrypted(self) -> bool:
        """True when the log is encrypted at rest (SQLCipher); its backups are then encrypted with the same key."""
        return self.db.key is not None

    def read_ahead(self) -> Callable[[], bool] | None:
        """A step function reading the Clauses table's first pages into this connection's cache (clause_keys.ReadAhead),
        for the app to call while its user is idle: each call reads one bounded step (~2 ms) and says whether there
        is more. An encrypted log's only; None for a plain log (plain SQLite copies a page from the OS cache for
        little) or one without the kept orders (an older log opened read-only). A step on a log since closed or
        locked, or that cannot be read, reads nothing and says False: the whole-file check reports damage."""
        if not self.encrypted or self.locked or self.closed or not clause_keys.present(self.db):
            return None
        pages = clause_keys.ReadAhead(self.db)

        def step() -> bool:
            if self.closed or self.locked:
                return False
            try:
                return pages.step()
            except cipher.Error:
                return False
        return step

    def __enter__(self) -> Log:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions ----------------------------------------------------------------------------------
    @contextmanager
    def write(self, source: str | None = None) -> Iterator[Repository]:
        """One all-or-nothing write; change-log entries carry `source` (default: this log's source)."""
        if self.readonly:
            raise LogError(QT_TRANSLATE_NOOP("Errors", "This log is open read-only"))
        outer = self._source_override
        outermost = not self.db.conn.in_transaction
        self._source_override = source or outer or self.source
        try:
            with database.write_transaction(self.db):
                yield self.repo
        finally:
            self._source_override = outer
        if outermost:
            chain.anchor(self)  # after the commit: an anchor must never name an entry that was rolled back

    @property
    def current_source(self) -> str:
        return self._source_override or self.source

    # -- settings --------------------------------------------------------------------------------------
    @property
    def settings(self) -> LogSettings:
        meta = self.repo.meta()
        return LogSettings(meta.get("log_name", self.path.stem), meta.get("delegation", ""),
                           meta.get("user_name", ""), queries.our_party_code(self.db))

    def update_settings(self, *, log_name: str | None = None, delegation: str | None = None,
                        user_name: str | None = None, our_party: str | None = None) -> model.Changed:
        with self.write() as repo:
            for key, value in (("log_name", log_name), ("delegation", delegation), ("user_name", user_name)):
                if value is not None:
                    repo.set_meta(key, value.strip(), source=self.current_source)
            if our_party is not None:
                new = repo.party_by_code(our_party)
                if new is None:
                    raise ValueError(f"Unknown party {our_party!r}")
                for party in repo.our_parties():
                    repo.update(model.Party, party.id, {"is_ours": False}, source=self.current_source)
                repo.update(model.Party, new.id, {"is_ours": True}, source=self.current_source)
        return model.Changed.of("settings")

    # -- search, change log, check, backup ---------------------------------------------------------------
    def search(self, text: str, *, limit: int = 50, kinds: tuple[str, ...] = (), shareable_only: bool = False,
               every_match: bool = False) -> list[search.SearchHit]:
        """Ranked hits among the newest matches (every match when `every_match`); `shareable_only` keeps to the
        attachments a shareable audience may see."""
        from ..store import search

        return search.query(self.db, text, limit=limit, kinds=kinds, shareable_only=shareable_only,
                            every_match=every_match)

    def changes(self, *, entity_id: str | None = None, text: str | None = None, limit: int = 500,
                offset: int = 0) -> list[model.ChangeEntry]:
        return changelog.entries(self.db, entity_id=entity_id, text=text, limit=limit, offset=offset)

    def check(self, *, against_anchor: bool = True) -> CheckReport:
        """Full integrity check, schema version, change-log chain (links, keyed head, this computer's anchor,
        replay of every record) and record counts. A backup is checked without the anchor (it is older)."""
        from ..store import blobs, sync_state
        from ..store.card_counts import problems as card_count_problems
        from ..store.codec import TABLES

        report = CheckReport(schema_version=migrations.schema_version(self.db))
        report.problems += database.integrity_problems(self.db)
        report.problems += chain.problems(self, against_anchor=against_anchor)
        report.problems += blobs.problems(self.db)
        report.problems += sync_state.verify_received(self.db)
        report.fingerprint = changelog.fingerprint(self.db)
        stale, words_stale = queries.clause_order_problems(self.db)
        if stale:
            report.problems.append(Message("Log", QT_TRANSLATE_NOOP("Log", "clause order: {stale} clause sort key(s) "
                                                                    "missing or out of date (the Clauses table may "
                                                                    "list those clauses out of order)"), stale=stale))
        if words_stale:
            report.problems.append(Message("Log", QT_TRANSLATE_NOOP("Log", "clause filter: the word index "
                                                                    "disagrees with the clauses (the Clauses "
                                                                    "table's filter may miss or show clauses)")))
        stale = card_count_problems(self.db)
        if stale:
            report.problems.append(Message("Log", QT_TRANSLATE_NOOP("Log", "dashboard counts: {stale} kept count(s) "
                                                                    "differ from the records (the dashboard cards "
                                                                    "may show wrong numbers)"), stale=stale))
        report.counts = queries.table_counts(self.db, [*TABLES.values(), "changes"])
        return report

    def dump(self) -> dict:
        """Every record, setting and change-log entry as plain rows (see docs/json-format.md)."""
        from ..store import dump

        return dump.dump_tables(self.db)

    def load(self, data: dict, *, file_name: str = "dump", sha256: str = "", new_start: bool = False) -> str:
        """Fill a new, empty log from a dump in one transaction; refuses anything malformed.

        The dump's history is kept only when it verifies (links, hashes, every record replays, and its MAC
        and anchor when this computer knows the log it came from); otherwise the load is refused, unless
        `new_start`, which takes the records alone as a new starting point. Returns one line saying which.
        """
        from ..store import dump

        with self.write("JSON import") as repo:
            note = chain.load_dump(self, data, file_name=file_name, sha256=sha256, new_start=new_start)
            self.attachments.reextract_pending()
            for table in ("clauses", "rounds", "commitments", "positions", "actions", "interventions", "comments",
                          "attachments"):
                for record in dump.records(self.db, table):
                    repo.reindex(record)
            self.lay_out_clauses()
        return note

    def lay_out_clauses(self) -> bool:
        """Where many clauses arrived at once (a dump loaded, a draft or a colleague's log merged), in the write that
        brought them: the Clauses table's kept rows laid out again in the reading order when they lie far out of it,
        so the table's first page stays a few neighbouring pages of the file (clause_keys.lay_out_if_scattered).
        True when it did."""
        return clause_keys.lay_out_if_scattered(self.db)

    def fingerprint(self) -> str:
        """The change log's head as printed on briefings and backups: 12 hex digits of its hash, #its number."""
        return changelog.fingerprint(self.db)

    def trust(self) -> int:
        """Accept the log as it is now and re-key it on this computer (after the user confirmed); see chain.trust."""
        return chain.trust(self)

    def backup(self, out: str | os.PathLike) -> Path:
        """A consistent copy through SQLite's online backup API, written 0600 and renamed into place."""
        return files.backup_to(self.db, Path(out))


def _newer(path: Path, version: int) -> NewerLogError:
    return NewerLogError(QT_TRANSLATE_NOOP("Errors", "{file} was written by a newer MineralsDesk (log "
                                                     "schema {version}; this build knows up to "
                                                     "{latest}). Install a newer version to open "
                                                     "it."), file=path.name, version=version,
                         latest=migrations.SCHEMA_VERSION)


PARTNERSHIP_PARTIES = [("US", "United States"), ("EU", "European Union"), ("JP", "Japan"), ("MX", "Mexico")]
