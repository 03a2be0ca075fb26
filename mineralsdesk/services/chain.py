"""Keeping a log's history trustworthy: its key and anchor on this computer, keying, trusting and import entries.

The key (HMAC-SHA256 of the chain's head) and the anchor (the newest head this computer saw) live in the
data folder's `keys/` (0700), one `LOGID.key` / `LOGID.anchor` pair per log (0600), never in the log file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import paths
from ..domain.model import new_id
from ..errors import DumpError, LogError
from ..i18n import QT_TRANSLATE_NOOP, Message
from ..store import chainkey, changelog
from ..store.database import write_transaction

if TYPE_CHECKING:
    from .log import Log

KEYED_SOURCE = "history keyed"
TRUST_SOURCE = "trusted as found"


def log_id(log: Log) -> str | None:
    value = changelog.meta_value(log.db, changelog.LOG_ID_KEY)
    return value if chainkey.valid_log_id(value) else None


def load_key(log: Log) -> None:
    """Use this computer's key for the log, if there is one."""
    found = log_id(log)
    changelog.set_key(log.db, found, chainkey.read_key(paths.keys_dir(), found) if found else None)


def start_new(log: Log) -> None:
    """A new log: a fresh id and key, before its first entry (so the MAC covers it from entry 1)."""
    new_id = random_id()
    key = chainkey.new_key()
    chainkey.write_key(paths.keys_dir(), new_id, key)
    changelog.set_key(log.db, new_id, key)
    log.repo.set_meta(changelog.LOG_ID_KEY, new_id, source="new log")


def on_open(log: Log) -> None:
    """Key an older log on its first read-write open; load the key; warn (one line) when it fails."""
    load_key(log)
    if log.readonly:
        return
    if log_id(log) is None and changelog.meta_value(log.db, changelog.LOG_ID_KEY) is None:
        count = key_history(log, source=KEYED_SOURCE,
                            note="history keyed on this computer; entries before this one were not authenticated")
        log.warnings.append(Message("Log", QT_TRANSLATE_NOOP("Log", "This log's history was keyed on this computer "
                                                         "({count} baseline entries written); see docs/safety.md, "
                                                         "Tampering."), count=count))
        return
    problems = changelog.head_problems(log.db, log_id(log), _key(log), None)
    if problems:
        log.warnings.append(Message("Log", QT_TRANSLATE_NOOP("Log", "Change log: {problem}"), problem=problems[0]))


def _key(log: Log) -> bytes | None:
    found = log_id(log)
    return chainkey.read_key(paths.keys_dir(), found) if found else None


def key_history(log: Log, *, source: str, note: str) -> int:
    """Give the log a new key (and an id if it has none), baseline the records as found, and seal the head.

    One transaction: the baseline entries, the id, one event entry saying what happened, the MAC.
    Returns how many baseline entries were written.
    """
    if log.readonly:
        raise LogError(QT_TRANSLATE_NOOP("Errors", "This log is open read-only"))
    current = log_id(log) or random_id()
    key = chainkey.new_key()
    chainkey.write_key(paths.keys_dir(), current, key)
    changelog.set_key(log.db, current, key)
    with write_transaction(log.db):
        count = log.repo.accept_as_found(source=source)
        log.repo.set_meta(changelog.LOG_ID_KEY, current, source=source)
        seq, _h = changelog.head(log.db)
        log.repo.record_event([changelog.FieldChange(changelog.EVENT_ENTITY, current, "keyed", None,
                                             f"{note} (at entry {seq + 1}; {count} baseline entries)")], source)
        changelog.seal(log.db)
    anchor(log, reset=True)
    return count


def anchor(log: Log, *, reset: bool = False) -> None:
    """Remember the head this computer saw (only forward, unless the user reset the history)."""
    found = log_id(log)
    seq, h = changelog.head(log.db)
    if found and seq:
        try:
            chainkey.write_anchor(paths.keys_dir(), found, seq, h, only_forward=not reset)
        except OSError:
            pass  # an anchor that cannot be written only weakens the check; the edit itself is saved


def problems(log: Log, *, against_anchor: bool = True) -> list[str]:
    """The chain's links, its head's MAC, this computer's anchor, and the replay of every record."""
    from ..store import replay  # the checks run after the app's first paint: not loaded to open a log

    found = log_id(log)
    out = [_chain_line(p) for p in changelog.verify(log.db)]
    if found is None:
        # Written before keying: its creation entries carry no field values, so there is nothing to replay
        # until it is keyed. A backup of such a log (checked without the anchor) is judged by its links alone.
        if against_anchor:
            out += [_chain_line(p) for p in changelog.head_problems(log.db, None, None, None)]
        return out
    stored_anchor = chainkey.read_anchor(paths.keys_dir(), found) if against_anchor else None
    out += [_chain_line(p) for p in changelog.head_problems(
        log.db, found, _key(log), (stored_anchor.seq, stored_anchor.hash) if stored_anchor else None)]
    out += [Message("Log", QT_TRANSLATE_NOOP("Log", "record: {problem}"), problem=p) for p in replay.problems(log.db)]
    return out


def _chain_line(problem: str) -> Message:
    return Message("Log", QT_TRANSLATE_NOOP("Log", "change log: {problem}"), problem=problem)


def trust(log: Log) -> int:
    """After the user confirmed: accept the log as it is now (records and chain) and re-key it on this computer.

    Refused when the chain's own links are broken (restore a backup instead). Returns the number of
    baseline entries written for records that differed from their history.
    """
    broken = changelog.verify(log.db)
    if broken:
        raise LogError(QT_TRANSLATE_NOOP("Errors", "The change log itself is broken ({problem}); restore a "
                                                   "backup instead of trusting it"), problem=broken[0])
    who = changelog.meta_value(log.db, "user_name") or "the user"
    return key_history(log, source=TRUST_SOURCE, note=f"history trusted as found by {who} and re-keyed on this computer")


def record_restore(log: Log, backup_name: str) -> None:
    """A restore is the user going back on purpose: say so in the log, and move this computer's anchor back."""
    source = f"restore from {backup_name}"
    with log.write(source) as repo:
        repo.record_event([changelog.FieldChange(changelog.EVENT_ENTITY, log_id(log) or "", "restored", None,
                                                 f"restored from backup {backup_name}")], source)
    anchor(log, reset=True)


def record_import(log: Log, kind: str, file_name: str, sha256: str, counts: dict[str, int]) -> None:
    """One entry saying what was imported: the file, its SHA-256 and its record counts (caller's transaction)."""
    summary = ", ".join(f"{n} {table}" for table, n in counts.items() if n) or "no records"
    log.repo.record_event([changelog.FieldChange(changelog.EVENT_ENTITY, log_id(log) or "", f"{kind} import", None,
                                         f"{file_name} (sha256 {sha256}): {summary}")],
                  f"{kind} import of {file_name}")


def load_dump(log: Log, data: dict, *, file_name: str, sha256: str, new_start: bool) -> str:
    """The history part of a JSON import, inside the caller's transaction; returns the one-line outcome."""
    from ..store import dump

    own = log_id(log)
    if own:
        # The new log's few entries are replaced by the dump's history: its anchor would call that a rewrite
        # if the program stopped between the commit and the next anchor. A new anchor follows the commit.
        chainkey.forget_anchor(paths.keys_dir(), own)
    dump.load_tables(log.db, data, history=not new_start)
    source_id = changelog.meta_value(log.db, changelog.LOG_ID_KEY)
    seq, h = changelog.head(log.db)
    counts = {table: len(data.get(table) or []) for table in dump.TABLE_ORDER}
    if new_start:
        count = log.repo.accept_as_found(source=f"JSON import of {file_name}")
        outcome = Message("Log", QT_TRANSLATE_NOOP("Log", "taken as a new starting point: the dump's history was not "
                                                   "kept ({count} entries record its records as found)"), count=count)
    else:
        found = _dump_history_problems(log, source_id)
        if found:
            raise DumpError(QT_TRANSLATE_NOOP("Errors", "the dump's history does not verify ({problem}); "
                                                        "nothing was imported (to take its records alone "
                                                        "as a new starting point, import it with "
                                                        "--new-start)"), problem=found[0])
        known = chainkey.valid_log_id(source_id) and chainkey.read_key(paths.keys_dir(), source_id) is not None
        trust = (Message("Log", QT_TRANSLATE_NOOP("Log", "authenticated with this computer's key")) if known else
                 Message("Log", QT_TRANSLATE_NOOP("Log", "consistent but not authenticated (this computer has no key "
                                                  "for the log it came from)")))
        outcome = Message("Log", QT_TRANSLATE_NOOP("Log", "history kept: {seq} entries, head {head}, {trust}"),
                          seq=seq, head=f"{h[:12]}#{seq}", trust=trust)
    changelog.forget_mac(log.db)
    if own:
        log.repo.set_meta(changelog.LOG_ID_KEY, own, source=f"JSON import of {file_name}")
    record_import(log, "JSON", file_name, sha256, counts)
    log.repo.record_event([changelog.FieldChange(changelog.EVENT_ENTITY, own or "", "import outcome", None, str(outcome))],
                          f"JSON import of {file_name}")
    changelog.seal(log.db)
    return outcome


def _dump_history_problems(log: Log, source_id: str | None) -> list[str]:
    """Why a just-loaded dump's history cannot be kept (empty when it replays and its head checks out)."""
    from ..store import replay

    found = replay.problems(log.db, limit=1)
    if found:
        return found
    if chainkey.valid_log_id(source_id):
        # No anchor: like a backup, a dump may be older than the log this computer has seen since.
        head = changelog.head_problems(log.db, source_id, chainkey.read_key(paths.keys_dir(), source_id), None)
        return [p for p in head if not p.startswith("key missing")]
    return []


def random_id() -> str:
    """A fresh random id as 32 hex digits (a log's, a device's, a delegation's): a record id without its hyphens."""
    return new_id().replace("-", "")
