"""The append-only, hash-chained change log: every entry carries the hash of the one before it, and the
head carries a MAC under the log's key (kept outside the file) updated in the same transaction as each append."""

from __future__ import annotations

import json
import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from ..domain.model import ChangeEntry
from ..i18n import QT_TRANSLATE_NOOP, Message
from .database import LogDatabase, contains, like_fold

# HASHING: hashlib and hmac are imported where an entry or the head is hashed, not with this module: they load
# OpenSSL's libcrypto (~3 ms), and opening a log for the app's first screen hashes nothing (the chain is checked
# after the first paint). tests/test_startup_imports.py holds it.


def compare_digest(a: str, b: str) -> bool:
    """hmac.compare_digest (constant time), imported on first use (see HASHING)."""
    import hmac

    return hmac.compare_digest(a, b)

GENESIS = "0" * 64
# Settings the chain keeps for itself in `meta`: written beside each append, never change-log entries.
MAC_KEY = "chain_mac"
LOG_ID_KEY = "log_id"
# Entries about the log itself (imports, keying, trust): not record fields, so not replayed.
EVENT_ENTITY = "log"

# The key of each open log on this computer (None: no key here). Kept off the file, per connection.
_KEYS: weakref.WeakKeyDictionary[LogDatabase, tuple[str, bytes]] = weakref.WeakKeyDictionary()


def set_key(db: LogDatabase, log_id: str | None, key: bytes | None) -> None:
    """Use `key` for the MAC of this log's head from now on (None: appends leave the MAC as it is)."""
    if log_id and key:
        _KEYS[db] = (log_id, key)
    else:
        _KEYS.pop(db, None)


def has_key(db: LogDatabase) -> bool:
    return db in _KEYS


def key_in_use(db: LogDatabase) -> tuple[str, bytes] | None:
    """(log id, key) this connection signs the head with, to hand to another connection on the same log."""
    return _KEYS.get(db)


def head_mac(log_id: str, key: bytes, seq: int, head_hash: str) -> str:
    """`SEQ:HMAC-SHA256` of the head entry, bound to the log's id."""
    import hashlib  # see HASHING
    import hmac

    message = f"mineralsdesk-chain-1\n{log_id}\n{seq}\n{head_hash}".encode("ascii")
    return f"{seq}:{hmac.new(key, message, hashlib.sha256).hexdigest()}"


def head(db: LogDatabase) -> tuple[int, str]:
    """(seq, hash) of the newest entry; (0, GENESIS) for an empty log."""
    row = db.execute("SELECT seq, hash FROM changes ORDER BY seq DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else (0, GENESIS)


def fingerprint(db: LogDatabase) -> str:
    """The head as people compare it: the first 12 hex digits of its hash and its number."""
    seq, h = head(db)
    return f"{h[:12]}#{seq}"


def meta_value(db: LogDatabase, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def seal(db: LogDatabase) -> None:
    """Write the MAC of the current head unconditionally (keying, trusting, importing), in the caller's transaction."""
    state = _KEYS.get(db)
    if state is not None:
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [MAC_KEY, head_mac(*state, *head(db))])


def forget_mac(db: LogDatabase) -> None:
    """Drop the stored MAC of the head (an imported history is sealed afresh), in the caller's transaction."""
    db.execute("DELETE FROM meta WHERE key = ?", [MAC_KEY])


def _advance_mac(db: LogDatabase, old: tuple[int, str], new: tuple[int, str]) -> None:
    state = _KEYS.get(db)
    if state is None:
        return
    stored = meta_value(db, MAC_KEY)
    if stored is None and old[0] != 0:
        return  # a history from before keying: only `seal` keys it, after a baseline
    if stored is not None and not compare_digest(stored, head_mac(*state, *old)):
        return  # a head that fails its MAC must go on failing: extending it would launder the tampering
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [MAC_KEY, head_mac(*state, *new)])


_ENCODER = json.JSONEncoder(ensure_ascii=False)  # json.dumps(..., ensure_ascii=False) without a new encoder a call
_QUOTE = json.encoder.encode_basestring  # how that encoder writes one string


def entry_hash(prev_hash: str, at: str, who: str, entity: str, entity_id: str, field: str,
               old: str | None, new: str | None, source: str) -> str:
    q = _QUOTE
    try:  # the JSON list json.dumps writes, built directly (twice as fast; a sync applies thousands)
        payload = (f"[{q(prev_hash)}, {q(at)}, {q(who)}, {q(entity)}, {q(entity_id)}, {q(field)}, "
                   f"{'null' if old is None else q(old)}, {'null' if new is None else q(new)}, {q(source)}]")
    except TypeError:  # a value that is not text
        payload = _ENCODER.encode([prev_hash, at, who, entity, entity_id, field, old, new, source])
    from hashlib import sha256  # see HASHING

    return sha256(payload.encode("utf-8")).hexdigest()


def now_stamp() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class FieldChange:
    """One field of one record changed: what the change log writes (old and new as text, None for none)."""

    entity: str
    entity_id: str
    field: str
    old: str | None
    new: str | None


def append(db: LogDatabase, changes: Iterable[FieldChange], *, who: str, source: str) -> int:
    """Append entries inside the caller's transaction; returns how many were written."""
    old = head(db)
    prev = old[1]
    at = now_stamp()
    rows = []
    for c in changes:
        h = entry_hash(prev, at, who, c.entity, c.entity_id, c.field, c.old, c.new, source)
        rows.append((at, who, c.entity, c.entity_id, c.field, c.old, c.new, source, prev, h))
        prev = h
    db.conn.executemany(
        "INSERT INTO changes (at, who, entity, entity_id, field, old, new, source, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    if rows:
        # Without AUTOINCREMENT SQLite numbers new rows max(seq) + 1, so the new head is known.
        _advance_mac(db, old, (old[0] + len(rows), prev))
    return len(rows)


def _problem(template: str, **values: object) -> Message:
    """A line about the chain, told in English and in the language it is shown in (`Message.localized`)."""
    return Message("Log", template, **values)


def verify(db: LogDatabase) -> list[str]:
    """Walk the whole chain; returns one line per broken link (empty when the history is intact)."""
    problems: list[str] = []
    prev = GENESIS
    for seq, at, who, entity, entity_id, field, old, new, source, prev_hash, h in db.execute(
        "SELECT seq, at, who, entity, entity_id, field, old, new, source, prev_hash, hash FROM changes ORDER BY seq"
    ):
        if prev_hash != prev:
            problems.append(_problem(QT_TRANSLATE_NOOP("Log", "change {seq}: does not follow the entry before it (an "
                                                          "entry was removed or reordered)"), seq=seq))
        if entry_hash(prev_hash, at, who, entity, entity_id, field, old, new, source) != h:
            problems.append(_problem(QT_TRANSLATE_NOOP("Log", "change {seq}: its content does not match its hash (the "
                                                          "entry was edited)"), seq=seq))
        prev = h
        if len(problems) >= 20:
            problems.append(_problem(QT_TRANSLATE_NOOP("Log", "... further problems not listed")))
            break
    return problems


CHANGE_COLUMNS = "seq, at, who, entity, entity_id, field, old, new, source, prev_hash, hash"


def entries(db: LogDatabase, *, entity_id: str | None = None, text: str | None = None,
            limit: int = 500, offset: int = 0, newest_first: bool = True) -> list[ChangeEntry]:
    """Change-log entries, optionally for one record or containing a word, newest first."""
    where, params = [], []
    if entity_id:
        where.append("entity_id = ?")
        params.append(entity_id)
    if text:
        where.append(contains("who || ' ' || entity || ' ' || field || ' ' || coalesce(old, '') || ' ' || "
                              "coalesce(new, '') || ' ' || source"))
        params.append(like_fold(text))
    sql = f"SELECT {CHANGE_COLUMNS} FROM changes"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY seq {'DESC' if newest_first else 'ASC'} LIMIT ? OFFSET ?"
    params += [limit, offset]
    return [ChangeEntry(*row) for row in db.execute(sql, params)]


def head_problems(db: LogDatabase, log_id: str | None, key: bytes | None,
                  anchor: tuple[int, str] | None) -> list[str]:
    """What the head's MAC (under this computer's key) and this computer's anchor say about the chain."""
    problems: list[str] = []
    seq, h = head(db)
    if not log_id:
        if seq:
            problems.append(_problem(QT_TRANSLATE_NOOP("Log", "the history is not keyed yet (written by an older "
                                                          "version): open the log once read-write, or run "
                                                          "`mineralsdesk trust`, to key it")))
        return problems
    if anchor is not None:
        row = db.execute("SELECT hash FROM changes WHERE seq = ?", [anchor[0]]).fetchone()
        if row is None:
            problems.append(_problem(QT_TRANSLATE_NOOP("Log", "truncated: the chain ends at entry {seq}, before entry "
                                                          "{anchor} that this computer last saw of this log (entries "
                                                          "were removed, or this is an older copy such as a backup)"),
                                     seq=seq, anchor=anchor[0]))
        elif row[0] != anchor[1]:
            problems.append(_problem(QT_TRANSLATE_NOOP("Log", "rewritten: entry {anchor} is not the one this computer "
                                                          "last saw of this log ({mark}); the history was rewritten, "
                                                          "or this copy went its own way"),
                                     anchor=anchor[0], mark=f"{anchor[1][:12]}#{anchor[0]}"))
    if key is None:
        problems.append(_problem(QT_TRANSLATE_NOOP("Log", "key missing: this computer has no key for this log (id "
                                                      "{log_id}), so its history cannot be authenticated; if the log "
                                                      "came from another computer, run `mineralsdesk trust` to re-key "
                                                      "it (otherwise treat it as tampered)"), log_id=log_id))
        return problems
    stored = meta_value(db, MAC_KEY)
    if stored is None:
        problems.append(_problem(QT_TRANSLATE_NOOP("Log", "the MAC of the chain's head is missing (removed outside "
                                                      "the app)")))
        return problems
    if compare_digest(stored, head_mac(log_id, key, seq, h)):
        return problems
    mac_seq = stored.split(":", 1)[0]
    plausible = mac_seq.isdigit() and len(mac_seq) <= 18  # a hostile value must not overflow SQLite's integer
    row = db.execute("SELECT hash FROM changes WHERE seq = ?", [int(mac_seq)]).fetchone() if plausible else None
    if row is not None and int(mac_seq) < seq and compare_digest(stored, head_mac(log_id, key, int(mac_seq), row[0])):
        problems.append(_problem(QT_TRANSLATE_NOOP("Log", "entries {first} to {last} were added without this log's "
                                                      "key (outside the app, or on a computer without the key)"),
                                 first=int(mac_seq) + 1, last=seq))
    else:
        problems.append(_problem(QT_TRANSLATE_NOOP("Log", "the chain does not match its key: entries were removed, "
                                                      "rewritten or added outside the app")))
    return problems
