"""The per-log key and head anchor kept outside the log file, in the user's data folder (0600 files, 0700 folder)."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

KEY_BYTES = 32
# A log id is a UUID4 hex; anything else read from a (possibly hostile) file never becomes a path.
_LOG_ID = re.compile(r"[0-9a-f]{32}")


@dataclass(frozen=True)
class Anchor:
    """The newest change-log entry this computer saw of one log."""

    seq: int
    hash: str


def valid_log_id(log_id: str | None) -> bool:
    return isinstance(log_id, str) and bool(_LOG_ID.fullmatch(log_id))


def new_key() -> bytes:
    import secrets  # with base64, hmac and random: loaded when a key or anchor is written, not to open a log

    return secrets.token_bytes(KEY_BYTES)


def _path(folder: Path, log_id: str, suffix: str) -> Path:
    if not valid_log_id(log_id):
        raise ValueError("not a log id")
    return Path(folder) / f"{log_id}{suffix}"


def _private_folder(folder: Path) -> Path:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)
    return folder


def _write_private(target: Path, text: str, *, durable: bool) -> None:
    """Write `text` to a 0600 temporary file beside `target`, then rename it into place."""
    import secrets

    _private_folder(target.parent)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        os.write(fd, text.encode("ascii"))
        if durable:
            os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def read_key(folder: Path, log_id: str) -> bytes | None:
    """The log's key on this computer, or None when there is none (or it is unreadable)."""
    if not valid_log_id(log_id):
        return None
    try:
        text = _path(folder, log_id, ".key").read_text(encoding="ascii").strip()
        key = bytes.fromhex(text)
    except (OSError, ValueError):
        return None
    return key if len(key) == KEY_BYTES else None


def write_key(folder: Path, log_id: str, key: bytes) -> Path:
    target = _path(folder, log_id, ".key")
    _write_private(target, key.hex() + "\n", durable=True)
    return target


def read_anchor(folder: Path, log_id: str) -> Anchor | None:
    if not valid_log_id(log_id):
        return None
    try:
        data = json.loads(_path(folder, log_id, ".anchor").read_text(encoding="ascii"))
        anchor = Anchor(int(data["seq"]), str(data["hash"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    plausible = 0 < anchor.seq < 2**62 and re.fullmatch(r"[0-9a-f]{64}", anchor.hash)
    return anchor if plausible else None


def write_anchor(folder: Path, log_id: str, seq: int, head_hash: str, *, only_forward: bool = True) -> None:
    """Remember the head this computer saw; by default never moves the anchor back (two writers race)."""
    if not valid_log_id(log_id) or seq <= 0:
        return
    if only_forward:
        current = read_anchor(folder, log_id)
        if current is not None and current.seq >= seq:
            return
    # Not fsynced: after a power cut the anchor may lag behind the log, which only weakens it, never misleads.
    _write_private(_path(folder, log_id, ".anchor"), json.dumps({"seq": seq, "hash": head_hash}) + "\n",
                   durable=False)


def forget_anchor(folder: Path, log_id: str) -> None:
    """Drop the anchor of a log whose history is about to be replaced on purpose (a JSON import into it)."""
    if valid_log_id(log_id):
        _path(folder, log_id, ".anchor").unlink(missing_ok=True)
