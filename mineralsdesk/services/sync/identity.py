"""Which laptop and which delegation a log belongs to (in `meta`), and a colleague's copy made with `clone`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ... import paths
from ...errors import LogError
from ...i18n import QT_TRANSLATE_NOOP
from ...store import chainkey, changelog
from ...store.database import write_transaction
from ..chain import random_id

if TYPE_CHECKING:
    from ..log import Log

DEVICE_KEY = "device_id"
DELEGATION_KEY = "delegation_id"
# Entries 1..BASE of this log's changes were made on the laptop it was cloned from (0: made here).
BASE_KEY = "sync_base_seq"
BASE_DEVICE_KEY = "sync_base_device"
# Per-laptop settings: never carried by a sync file, ignored when dumps are compared.
PER_DEVICE_META = (DEVICE_KEY, BASE_KEY, BASE_DEVICE_KEY, changelog.LOG_ID_KEY, changelog.MAC_KEY, "user_name",
                   "log_name")


def device_id(log: Log) -> str:
    return changelog.meta_value(log.db, DEVICE_KEY) or ""


def delegation_id(log: Log) -> str:
    return changelog.meta_value(log.db, DELEGATION_KEY) or ""


def base_seq(log: Log) -> int:
    return int(changelog.meta_value(log.db, BASE_KEY) or 0)


def device_name(log: Log) -> str:
    return log.settings.user_name or device_id(log)[:8]


def ensure(log: Log, *, source: str) -> None:
    """Give a log without them a device id and a delegation id (a new log, or an older one opened read-write);
    written as ordinary settings, with their change-log entries, in the caller's write."""
    if log.readonly:
        return
    if not device_id(log):
        log.repo.set_meta(DEVICE_KEY, random_id(), source=source)
    if not delegation_id(log):
        log.repo.set_meta(DELEGATION_KEY, random_id(), source=source)


def ensure_on_open(log: Log) -> None:
    if log.readonly or (device_id(log) and delegation_id(log)):
        return
    with log.write("sync identity") as _repo:
        ensure(log, source="sync identity")


def clone(log: Log, out: str | Path, *, colleague: str = "") -> Path:
    """A colleague's copy of this log: a backup with a new device id (and its own chain key on this computer),
    the same delegation, no colleagues or conflicts of its own, and each laptop knowing what the other holds.
    An encrypted log's copy is encrypted with the same passphrase."""
    from ...store import sync_state  # the sync tables: loaded by a clone or a sync, not to open a log

    ensure_on_open(log)
    out = Path(out)
    log.backup(out)
    seq, _h = changelog.head(log.db)
    source_device = device_id(log)
    copy = type(log).open(out, defer_checks=True, passphrase=log.db.key)
    try:
        new_device = random_id()
        new_log_id = random_id()
        key = chainkey.new_key()
        chainkey.write_key(paths.keys_dir(), new_log_id, key)
        changelog.set_key(copy.db, new_log_id, key)
        with write_transaction(copy.db):
            sync_state.clear_for_clone(copy.db)
            # The copy holds the source's chain: record it as that laptop's (beyond what it already received).
            sync_state.copy_own_chain_as(copy.db, source_device, base_seq(copy), seq)
            copy.repo.set_meta(changelog.LOG_ID_KEY, new_log_id, source="clone")
            copy.repo.set_meta(DEVICE_KEY, new_device, source="clone")
            copy.repo.set_meta(BASE_KEY, str(seq), source="clone")
            copy.repo.set_meta(BASE_DEVICE_KEY, source_device, source="clone")
            if colleague:
                copy.repo.set_meta("user_name", colleague, source="clone")
            sync_state.save_peer(copy.db, source_device, device_name(log))
            sync_state.raise_mark(copy.db, source_device, source_device, seq)
            for device in sync_state.received_devices(copy.db):
                sync_state.raise_mark(copy.db, source_device, device, sync_state.received_head(copy.db, device))
            changelog.seal(copy.db)
        with write_transaction(log.db):
            sync_state.save_peer(log.db, new_device, colleague or new_device[:8])
            # The copy holds all we hold: our own chain to `seq`, and every chain we received.
            sync_state.raise_mark(log.db, new_device, source_device, seq)
            for device in sync_state.received_devices(log.db):
                sync_state.raise_mark(log.db, new_device, device, sync_state.received_head(log.db, device))
    except BaseException:
        copy.close()
        out.unlink(missing_ok=True)
        raise
    copy.close()
    if not out.exists():
        raise LogError(QT_TRANSLATE_NOOP("Errors", "{file} was not written"), file=out)
    return out
