"""Sync files out and in: what a colleague has not acknowledged, sealed for the delegation; the import in one
transaction; the conflict queue and its resolution.

A file: MAGIC | version | header length (4 bytes) | header (JSON: delegation, sender, receiver, file number,
salt, nonce) | AES-256-GCM of the zlib'd payload, the whole header as associated data. The payload holds, per
laptop ("origin"), the entries of its chain the colleague has not acknowledged, and what this laptop holds of
every chain (the colleague's next file starts there).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...domain.model import ChangeEntry
from ...errors import Cancelled, SyncError
from ...i18n import QT_TRANSLATE_NOOP, fill, translate_n
from ...store import blobs, changelog, files, search, sync_state
from ...store.codec import RECORD_TYPES
from ...store.database import write_transaction
from .. import sealing
from . import identity
from .merge import SYNC_SOURCE_PREFIX, Batch, Merger, MergeReport, _python

if TYPE_CHECKING:
    from ..log import Log

MAGIC = b"MDSKSYNC"
VERSION = 1
ANYONE = "*"  # the receiver of a file for a colleague this laptop has not exchanged with yet
MAX_FILE_BYTES = 512 * 1024 * 1024
RESOLVE_SOURCE = "sync resolve"


@dataclass
class ImportResult:
    sender: str
    sender_name: str
    file_number: int
    new_entries: int
    report: MergeReport = field(default_factory=MergeReport)
    dry_run: bool = False

    def summary(self, lang: str | None = None) -> str:
        """One line: what the file brought and what the merge did with it (in `lang`; English when None)."""
        r = self.report
        if self.new_entries == 0:
            return fill("Sync", QT_TRANSLATE_NOOP("Sync", "file {number} from {name}: already imported, nothing "
                                                  "changed"), lang, number=self.file_number, name=self.sender_name)
        entries = translate_n("Sync", QT_TRANSLATE_NOOP("Sync", "{n} new entry"),
                              QT_TRANSLATE_NOOP("Sync", "{n} new entries"), self.new_entries, lang)
        line = (QT_TRANSLATE_NOOP("Sync", "file {number} from {name}: {entries}; would apply {applied}, already "
                                  "here {already}, conflicts {conflicts}, not records {skipped}") if self.dry_run
                else QT_TRANSLATE_NOOP("Sync", "file {number} from {name}: {entries}; applied {applied}, already "
                                       "here {already}, conflicts {conflicts}, not records {skipped}"))
        return fill("Sync", line, lang, number=self.file_number, name=self.sender_name, entries=entries,
                    applied=r.applied, already=r.already, conflicts=r.conflicts, skipped=r.skipped)


def _passphrase(log: Log, passphrase: str | None) -> str:
    found = passphrase or log.db.key
    if not found:
        raise SyncError(QT_TRANSLATE_NOOP("Errors", "A sync file is sealed with the delegation's "
                                                    "passphrase: give --passphrase-file (an encrypted log "
                                                    "uses its own passphrase)"))
    return found


def find_peer(log: Log, colleague: str) -> sync_state.Peer | None:
    wanted = colleague.strip().lower()
    for peer in sync_state.peers(log.db):
        if wanted in (peer.name.lower(), peer.device_id.lower()) or (len(wanted) >= 6
                                                                    and peer.device_id.startswith(wanted)):
            return peer
    return None


def _entry_list(e: ChangeEntry) -> list[Any]:
    return [e.seq, e.at, e.who, e.entity, e.entity_id, e.field, e.old, e.new, e.source, e.prev_hash, e.hash]


def holdings(log: Log) -> dict[str, int]:
    """What this laptop holds of every chain, its own included."""
    out = {d: sync_state.received_head(log.db, d) for d in sync_state.received_devices(log.db)}
    out[identity.device_id(log)] = changelog.head(log.db)[0]
    return out


def export(log: Log, out: str | os.PathLike, colleague: str, *, passphrase: str | None = None) -> Path:
    """Write the sync file for a colleague (a name or device id; unknown: the whole history, for anyone)."""
    identity.ensure_on_open(log)
    key_text = _passphrase(log, passphrase)
    me = identity.device_id(log)
    peer = find_peer(log, colleague)
    receiver = peer.device_id if peer else ANYONE
    acked = sync_state.marks(log.db, receiver) if peer else {}
    chains: dict[str, list[list[Any]]] = {}
    after = max(acked.get(me, 0), identity.base_seq(log))
    mine = [_entry_list(e) for e in sync_state.own_entries(log.db, after)]
    if mine:
        chains[me] = mine
    for device in sync_state.received_devices(log.db):
        if device in (me, receiver):
            continue
        theirs = [_entry_list(e) for e in sync_state.received_entries(log.db, device, acked.get(device, 0))]
        if theirs:
            chains[device] = theirs
    number = (peer.last_sent_seq + 1) if peer else 0
    payload = zlib.compress(json.dumps({"holds": holdings(log), "chains": chains,
                                        "blobs": _contents(log, chains)},
                                       ensure_ascii=False).encode("utf-8"), 6)
    salt, nonce = sealing.fresh_salt_and_nonce()
    header = json.dumps({"delegation": identity.delegation_id(log), "sender": me,
                         "sender_name": identity.device_name(log), "receiver": receiver, "number": number,
                         "salt": salt.hex(), "nonce": nonce.hex()}).encode("ascii")
    front = MAGIC + bytes([VERSION]) + struct.pack(">I", len(header)) + header
    sealed = sealing.encrypt(sealing.derive_key(key_text, salt), nonce, payload, front)
    out = Path(out)
    with files.atomic_output(out) as tmp:
        Path(tmp).write_bytes(front + sealed)
    if peer:
        with write_transaction(log.db):
            sync_state.save_peer(log.db, peer.device_id, peer.name, last_sent_seq=number)
    return out


# -- attached files' bytes ----------------------------------------------------------------------------------
# The bytes of attached files live in `blobs` (keyed by SHA-256), outside the change log; a file carries the
# content (bytes, extracted text, its note) of every attachment creation it carries, once per content, so the
# colleague's merge finds it (the attachment refers to it) and search finds the text inside.
def _contents(log: Log, chains: dict[str, list[list[Any]]]) -> dict[str, list[Any]]:
    wanted: set[str] = set()
    for rows in chains.values():
        for row in rows:  # [seq, at, who, entity, entity_id, field, old, new, source, ...]
            if row[3] == "attachments" and row[5] == "sha256" and row[7] and not row[8].startswith(
                    SYNC_SOURCE_PREFIX):
                wanted.add(row[7])
    out: dict[str, list[Any]] = {}
    for sha256 in sorted(wanted):
        data = blobs.read(log.db, sha256)
        found = blobs.info(log.db, sha256)
        if data is None or found is None:
            continue  # not here either (an attachment whose content this laptop never received)
        out[sha256] = [base64.b64encode(data).decode("ascii"), blobs.text(log.db, sha256), found.text_note]
    return out


def _received_contents(payload: dict[str, Any], name: str) -> dict[str, tuple[bytes, str | None, str]]:
    """The contents a file carries, each checked against its SHA-256 (SyncError otherwise)."""
    out = {}
    for sha256, (encoded, text, note) in payload.get("blobs", {}).items():
        data = base64.b64decode(encoded)
        if hashlib.sha256(data).hexdigest() != sha256:
            raise SyncError(QT_TRANSLATE_NOOP("Errors", "{name}: an attached file's bytes do not match "
                                                        "their SHA-256 ({digest}); nothing was imported"),
                            name=name, digest=sha256[:12])
        out[sha256] = (data, text, note or "")
    return out


def _read(log: Log, path: Path, key_text: str) -> tuple[dict[str, Any], dict[str, Any]]:
    name = path.name
    try:
        blob = path.read_bytes()[:MAX_FILE_BYTES + 1]
    except OSError as exc:
        raise SyncError(QT_TRANSLATE_NOOP("Errors", "Cannot read {name}: {strerror}"), name=name,
                        strerror=exc.strerror) from None
    if len(blob) > MAX_FILE_BYTES or blob[:len(MAGIC)] != MAGIC or len(blob) < len(MAGIC) + 5:
        raise SyncError(QT_TRANSLATE_NOOP("Errors", "{name} is not a MineralsDesk sync file; nothing was "
                                                    "imported"), name=name)
    if blob[len(MAGIC)] != VERSION:
        raise SyncError(QT_TRANSLATE_NOOP("Errors", "{name} uses sync-file version {version}; this build "
                                                    "reads version {known}"), name=name,
                        version=blob[len(MAGIC)], known=VERSION)
    (length,) = struct.unpack(">I", blob[len(MAGIC) + 1:len(MAGIC) + 5])
    end = len(MAGIC) + 5 + length
    try:
        header = json.loads(blob[len(MAGIC) + 5:end].decode("ascii"))
        salt, nonce = bytes.fromhex(header["salt"]), bytes.fromhex(header["nonce"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise SyncError(QT_TRANSLATE_NOOP("Errors", "{name} is damaged (its header cannot be read); "
                                                    "nothing was imported"), name=name) from None
    if header.get("delegation") != identity.delegation_id(log):
        raise SyncError(QT_TRANSLATE_NOOP("Errors", "{name} comes from another delegation's log; nothing "
                                                    "was imported"), name=name)
    me = identity.device_id(log)
    if header.get("sender") == me:
        raise SyncError(QT_TRANSLATE_NOOP("Errors", "{name} was written by this laptop; import it on the "
                                                    "colleague's"), name=name)
    if header.get("receiver") not in (me, ANYONE):
        raise SyncError(QT_TRANSLATE_NOOP("Errors", "{name} was written for another laptop ({receiver}); "
                                                    "nothing was imported"), name=name,
                        receiver=str(header.get('receiver'))[:8])
    plain = sealing.decrypt(sealing.derive_key(key_text, salt), nonce, blob[end:], blob[:end])
    if plain is None:
        raise SyncError(QT_TRANSLATE_NOOP("Errors", "{name} cannot be opened: wrong passphrase, or the "
                                                    "file was altered; nothing was imported"), name=name)
    return header, json.loads(zlib.decompress(plain).decode("utf-8"))


def _new_entries(log: Log, device: str, rows: list[list[Any]], name: str) -> list[ChangeEntry]:
    """The entries of `device`'s chain not held here, verified (links, hashes, continuity); SyncError otherwise."""
    held = sync_state.received_head(log.db, device)
    short = device[:8]
    new: list[ChangeEntry] = []
    prev: ChangeEntry | None = None
    for row in rows:
        e = ChangeEntry(*row)
        if changelog.entry_hash(e.prev_hash, e.at, e.who, e.entity, e.entity_id, e.field, e.old, e.new,
                                e.source) != e.hash:
            raise SyncError(QT_TRANSLATE_NOOP("Errors", "{name}: laptop {short}'s change {seq} does not "
                                                        "match its hash; nothing was imported"), name=name,
                            short=short, seq=e.seq)
        if prev is not None and (e.seq != prev.seq + 1 or e.prev_hash != prev.hash):
            raise SyncError(QT_TRANSLATE_NOOP("Errors", "{name}: laptop {short}'s changes are not a chain "
                                                        "at {seq}; nothing was imported"), name=name,
                            short=short, seq=e.seq)
        prev = e
        if e.seq <= held:
            known = sync_state.received_entry(log.db, device, e.seq)
            if known is not None and known.hash != e.hash:
                raise SyncError(QT_TRANSLATE_NOOP("Errors", "{name}: laptop {short}'s history was "
                                                            "rewritten at change {seq}; nothing was "
                                                            "imported"), name=name, short=short, seq=e.seq)
            continue
        if not new and held:
            known = sync_state.received_entry(log.db, device, held)
            if e.seq != held + 1 or (known is not None and e.prev_hash != known.hash):
                raise SyncError(QT_TRANSLATE_NOOP("Errors", "{name} is out of order: it starts at laptop "
                                                            "{short}'s change {seq}, but this log holds "
                                                            "only up to {held}; import the earlier file "
                                                            "first"), name=name, short=short, seq=e.seq,
                                held=held)
        new.append(e)
    return new


def import_file(log: Log, path: str | os.PathLike, *, passphrase: str | None = None,
                dry_run: bool = False) -> ImportResult:
    """Merge a sync file in one transaction (source "sync from <name>"); a repeat changes nothing."""
    identity.ensure_on_open(log)
    path = Path(path)
    header, payload = _read(log, path, _passphrase(log, passphrase))
    me, sender = identity.device_id(log), str(header["sender"])
    sender_name = str(header.get("sender_name") or sender[:8])
    chains = {str(d): rows for d, rows in payload.get("chains", {}).items() if d != me}
    new = {d: _new_entries(log, d, rows, path.name) for d, rows in sorted(chains.items())}
    result = ImportResult(sender, sender_name, int(header.get("number", 0)), sum(map(len, new.values())),
                          dry_run=dry_run)
    contents = _received_contents(payload, path.name)
    source = f"{SYNC_SOURCE_PREFIX}{sender_name}"
    try:
        with log.write(source) as repo:
            added = [sha256 for sha256, (data, text, note) in contents.items()
                     if blobs.put(log.db, sha256, data, text, note)]
            _merge(repo, source, new, result.report)
            if not dry_run:
                log.lay_out_clauses()
            for sha256 in added:  # indexed once its attachments are here; dropped when none came in
                if not blobs.remove_if_unused(log.db, sha256):
                    search.reindex_content(log.db, sha256)
            for device, entries in new.items():
                sync_state.add_received(log.db, device, entries)
            sync_state.save_peer(log.db, sender, sender_name, last_received_seq=result.file_number,
                                 last_synced_at=changelog.now_stamp())
            for origin, seq in payload.get("holds", {}).items():
                sync_state.raise_mark(log.db, sender, str(origin), int(seq))
            for device, rows in chains.items():
                if rows:
                    sync_state.raise_mark(log.db, sender, device, int(rows[-1][0]))
            if dry_run:
                raise Cancelled("dry run")  # rolls the whole transaction back
    except Cancelled:
        if not dry_run:
            raise
    return result


def _merge(repo: Any, source: str, new: dict[str, list[ChangeEntry]], report: MergeReport) -> None:
    """Each chain in order; a chain waits at an entry whose record another chain of the file creates."""
    pending = {d: list(es) for d, es in new.items() if es}
    batch = Batch(repo, source)
    deleted = frozenset((e.entity, e.entity_id) for es in new.values() for e in es
                        if e.field == "deleted" and not e.source.startswith(SYNC_SOURCE_PREFIX))
    gone: set[tuple[str, str]] = set()
    final = False
    while pending:
        progress = False
        for device in sorted(pending):
            entries = pending[device]
            done = Merger(repo, source, device, report, batch=batch, deleted=deleted,
                          gone=gone).apply_chain(entries, final=final)
            progress = progress or done > 0
            pending[device] = entries[done:]
            if not pending[device]:
                del pending[device]
        if not progress:
            final = True


# -- the conflict queue ------------------------------------------------------------------------------------
def conflicts(log: Log) -> list[sync_state.Conflict]:
    return sync_state.conflicts(log.db)


def resolve(log: Log, conflict_id: int, *, choice: str, value: str | None = None) -> sync_state.Conflict:
    """Settle one conflict: "ours" keeps this laptop's value, "theirs" takes the colleague's, "value" writes
    `value`; one transaction, in the change log (source "sync resolve")."""
    found = sync_state.conflict(log.db, conflict_id)
    if found is None or found.state != "open":
        raise SyncError(QT_TRANSLATE_NOOP("Errors", "No open sync conflict {conflict_id} (see "
                                                    "`mineralsdesk sync conflicts`)"),
                        conflict_id=conflict_id)
    wanted = {"ours": found.ours, "theirs": found.theirs, "value": value}.get(choice, found.ours)
    with log.write(RESOLVE_SOURCE) as repo:
        if choice != "ours" and found.field not in ("created", "deleted"):
            cls = RECORD_TYPES[found.entity]
            if sync_state.stored_fields(log.db, found.entity, found.entity_id) is None:
                raise SyncError(QT_TRANSLATE_NOOP("Errors", "{entity} {entity_id} was deleted on this "
                                                            "laptop: only --ours can settle this conflict"),
                                entity=found.entity, entity_id=found.entity_id)
            repo.update(cls, found.entity_id, {found.field: _python(log.db, found.entity, found.field, wanted)},
                        source=RESOLVE_SOURCE)
        elif choice != "ours":
            raise SyncError(QT_TRANSLATE_NOOP("Errors", "A creation or deletion conflict is settled with "
                                                        "--ours (re-enter the record by hand)"))
        sync_state.close_conflict(log.db, conflict_id, choice if choice != "value" else f"value: {value}")
    return found


def peers(log: Log) -> list[sync_state.Peer]:
    return sync_state.peers(log.db)


def received_problems(log: Log) -> list[str]:
    return sync_state.verify_received(log.db)


__all__ = ["ImportResult", "conflicts", "export", "import_file", "peers", "received_problems", "resolve"]
