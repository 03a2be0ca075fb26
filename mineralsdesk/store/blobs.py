"""Attached files' bytes, stored once per content (keyed by SHA-256) with the text extracted for search."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ..i18n import QT_TRANSLATE_NOOP, Message
from . import search
from .database import LogDatabase


@dataclass(frozen=True)
class BlobInfo:
    """What is known of a stored content without reading its bytes."""

    sha256: str
    size: int
    indexed: bool  # its text is in the search index
    text_note: str  # why it is not (empty when it is)


def has(db: LogDatabase, sha256: str) -> bool:
    return db.execute("SELECT 1 FROM blobs WHERE sha256 = ?", [sha256]).fetchone() is not None


def put(db: LogDatabase, sha256: str, data: bytes, text: str | None, text_note: str) -> bool:
    """Store a content unless it is already there (inside the caller's transaction); True when it was new."""
    cursor = db.execute("INSERT OR IGNORE INTO blobs (sha256, size, bytes, text, text_note) VALUES (?, ?, ?, ?, ?)",
                        [sha256, len(data), data, text, text_note])
    return cursor.rowcount > 0


def set_text(db: LogDatabase, sha256: str, text: str | None, text_note: str) -> None:
    db.execute("UPDATE blobs SET text = ?, text_note = ? WHERE sha256 = ?", [text, text_note, sha256])
    search.reindex_content(db, sha256)


def read(db: LogDatabase, sha256: str) -> bytes | None:
    row = db.execute("SELECT bytes FROM blobs WHERE sha256 = ?", [sha256]).fetchone()
    return None if row is None else bytes(row[0])


def text(db: LogDatabase, sha256: str) -> str | None:
    row = db.execute("SELECT text FROM blobs WHERE sha256 = ?", [sha256]).fetchone()
    return None if row is None else row[0]


def info(db: LogDatabase, sha256: str) -> BlobInfo | None:
    row = db.execute("SELECT sha256, size, text IS NOT NULL, text_note FROM blobs WHERE sha256 = ?",
                     [sha256]).fetchone()
    return None if row is None else BlobInfo(row[0], row[1], bool(row[2]), row[3])


def remove_if_unused(db: LogDatabase, sha256: str) -> bool:
    """Delete a content no attachment refers to any more; True when it was deleted."""
    cursor = db.execute("DELETE FROM blobs WHERE sha256 = ? AND NOT EXISTS "
                        "(SELECT 1 FROM attachments a WHERE a.sha256 = blobs.sha256)", [sha256])
    if cursor.rowcount:
        search.remove(db, sha256)  # its indexed text goes with it
    return cursor.rowcount > 0


def all_contents(db: LogDatabase, only: set[str] | None = None):
    """(sha256, size, bytes) of every stored content by digest, or of those in `only`; one at a time."""
    for sha256, size, data in db.execute("SELECT sha256, size, bytes FROM blobs ORDER BY sha256"):
        if only is None or sha256 in only:
            yield sha256, size, bytes(data)


def unindexed(db: LogDatabase) -> list[str]:
    """Digests of contents with neither text nor a note (loaded from a dump, not yet extracted)."""
    return [r[0] for r in db.execute("SELECT sha256 FROM blobs WHERE text IS NULL AND text_note = ''")]


def problems(db: LogDatabase) -> list[str]:
    """Contents whose bytes no longer match their SHA-256 or size, and attachments whose content is missing
    or of another size (for `check`). Reads every stored byte, one content at a time."""
    out = []
    for sha256, size, data in db.execute("SELECT sha256, size, bytes FROM blobs"):
        if hashlib.sha256(data).hexdigest() != sha256:
            out.append(Message("Log", QT_TRANSLATE_NOOP("Log", "attached file content {digest}: its bytes do not "
                                                       "match their SHA-256 (altered outside the app)"),
                               digest=sha256[:12]))
        elif len(data) != size:
            out.append(Message("Log", QT_TRANSLATE_NOOP("Log", "attached file content {digest}: size {size} differs "
                                                       "from the stored {stored}"),
                               digest=sha256[:12], size=len(data), stored=size))
    for att_id, name, sha256, _size in db.execute(
            "SELECT a.id, a.name, a.sha256, a.size FROM attachments a LEFT JOIN blobs b ON b.sha256 = a.sha256 "
            "WHERE b.sha256 IS NULL OR b.size != a.size"):
        out.append(Message("Log", QT_TRANSLATE_NOOP("Log", "attachment {id} ({name}): its content {digest} is "
                                                   "missing or of another size"),
                           id=att_id, name=name, digest=sha256[:12]))
    return out
