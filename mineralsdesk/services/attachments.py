"""Attachments: files on a track, round, clause or commitment, stored in the log once per content (SHA-256).

Adding reads and indexes the file before the write (extraction can take seconds), then stores the content and
the attachment record in one transaction; the change log names the content by digest and size, never its bytes.
"""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime
from pathlib import Path

from .. import paths
from ..domain import model, record_rules
from ..domain.model import Attachment, AttachmentTarget, Audience, Changed
from ..errors import AttachmentError, InvalidInputError, NotFoundError, RuleError
from ..i18n import QT_TRANSLATE_NOOP
from ..store import blobs, files
from ..store.codec import TABLES
from .extract import extract
from .ops import EntityOps

DEFAULT_MAX_MB = 50
MAX_MB_SETTING = "attachment_max_mb"
_TARGETS: dict[AttachmentTarget, type] = {
    AttachmentTarget.TRACK: model.Track, AttachmentTarget.ROUND: model.Round,
    AttachmentTarget.CLAUSE: model.Clause, AttachmentTarget.COMMITMENT: model.Commitment,
}
ENTITY = TABLES[Attachment]


def viewer_folder() -> Path:
    """Where private copies for the system viewer go (inside the app's own 0700 data folder)."""
    return paths.data_dir() / "viewing"


def kind_of(value: AttachmentTarget | str) -> AttachmentTarget:
    try:
        return AttachmentTarget(value)
    except ValueError:
        raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "Cannot attach to {value!r}; use track, round, "
                                                            "clause or commitment"), value=value) from None


class AttachmentOps(EntityOps):
    """`log.attachments`: add, list, get, save out, open a viewer copy, change the audience, remove."""

    def __init__(self, log) -> None:
        super().__init__(log)
        self._copies: list[Path] = []

    # -- settings ----------------------------------------------------------------------------------------
    @property
    def max_bytes(self) -> int:
        """The size cap a file (setting `attachment_max_mb`, default 50 MB)."""
        try:
            return max(0, int(self._repo.meta().get(MAX_MB_SETTING, DEFAULT_MAX_MB))) * 2**20
        except ValueError:
            return DEFAULT_MAX_MB * 2**20

    def set_max_mb(self, megabytes: int) -> Changed:
        if megabytes < 1:
            raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "The attachment size cap must be at least "
                                                                "1 MB"))
        with self._write() as repo:
            repo.set_meta(MAX_MB_SETTING, str(int(megabytes)), source=self._source)
        return Changed.of("settings")

    # -- reading -----------------------------------------------------------------------------------------
    def list(self, target_kind: AttachmentTarget | str | None = None, target_id: str | None = None,
             ) -> list[Attachment]:
        """Attachments (of one target, when given), by name."""
        if target_kind is None:
            return self._repo.attachments()
        return self._repo.attachments(kind_of(target_kind).value, target_id)

    def get(self, attachment_id: str) -> Attachment:
        return self._repo.get(Attachment, attachment_id)

    def content_info(self, attachment: Attachment) -> blobs.BlobInfo | None:
        """Size, whether its text is indexed, and why not."""
        return blobs.info(self._log.db, attachment.sha256)

    def read_bytes(self, attachment_id: str) -> bytes:
        attachment = self.get(attachment_id)
        data = blobs.read(self._log.db, attachment.sha256)
        if data is None:
            raise AttachmentError(QT_TRANSLATE_NOOP("Errors", "The content of {file} is missing "
                                                              "from the log (run check)"),
                                  file=attachment.name)
        return data

    def target_label(self, attachment: Attachment) -> str:
        """A short name of what the attachment hangs on ("track MOU", "round 3 of MOU", "clause MOU Art. 4")."""
        return self._repo.attachment_target_label(attachment.target_kind.value, attachment.target_id)

    def by_id_prefix(self, ref: str) -> Attachment:
        """The attachment whose id is `ref` or starts with it (at least 6 characters, one match)."""
        ref = ref.strip()
        matches = [a for a in self._repo.attachments() if a.id == ref or (len(ref) >= 6 and a.id.startswith(ref))]
        if not matches:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "No attachment with id {ref}"), ref=ref)
        if len(matches) > 1:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "{count} attachments have an id starting {ref}; give "
                                                            "more of it"), count=len(matches), ref=ref)
        return matches[0]

    def resolve_target(self, target_kind: AttachmentTarget | str, ref: str) -> str:
        """A target's id from what a user types: a track's reference; TRACK:NUMBER for a round; TRACK:REF for a
        clause ("MOU:Art. 4"); for a commitment its id or the start of it. An id works for every kind."""
        kind = kind_of(target_kind)
        ref = ref.strip()
        repo = self._repo
        try:
            return repo.get(_TARGETS[kind], ref).id
        except NotFoundError:
            pass
        if kind is AttachmentTarget.TRACK:
            track = repo.track_by_ref(ref)
            if track:
                return track.id
        elif kind in (AttachmentTarget.ROUND, AttachmentTarget.CLAUSE) and ":" in ref:
            track_ref, _, inner = ref.partition(":")
            track = repo.track_by_ref(track_ref.strip())
            if track and kind is AttachmentTarget.ROUND:
                found = [r for r in repo.rounds(track.id) if str(r.number) == inner.strip()]
                if found:
                    return found[0].id
            elif track:
                found = [c for c in repo.clauses(track.id) if c.ref.casefold() == inner.strip().casefold()]
                if found:
                    return found[0].id
        elif kind is AttachmentTarget.COMMITMENT and len(ref) >= 6:
            found = [c for c in repo.commitments() if c.id.startswith(ref)]
            if len(found) == 1:
                return found[0].id
        hint = {"track": "its reference", "round": "TRACK:NUMBER", "clause": "TRACK:REF",
                "commitment": "its id"}[kind.value]
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "No {kind} {ref!r} (give {hint})"), kind=kind.value,
                            ref=ref, hint=hint)

    def track_of(self, attachment: Attachment) -> str | None:
        """The id of the track the attachment's record belongs to (None for a commitment without a track)."""
        kind, target = attachment.target_kind, attachment.target_id
        try:
            if kind is AttachmentTarget.TRACK:
                return target
            record = self._repo.get(_TARGETS[kind], target)
        except NotFoundError:
            return None
        return record.track_id

    # -- writing -----------------------------------------------------------------------------------------
    def add(self, source: str | os.PathLike | bytes, name: str | None = None, *,
            target_kind: AttachmentTarget | str, target_id: str,
            audience: Audience | str = Audience.INTERNAL) -> Changed:
        """Attach a file (a path, or its bytes with `name`) to a record; returns the attachment made."""
        kind = kind_of(target_kind)
        try:
            audience = Audience(audience)
        except ValueError:
            raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "Unknown audience {audience!r}; use "
                                                                "internal or shareable"), audience=audience) from None
        self._repo.get(_TARGETS[kind], target_id)  # NotFoundError for a missing target
        data, name = self._read(source, name)
        digest = hashlib.sha256(data).hexdigest()
        found = None if blobs.has(self._log.db, digest) else extract(data, name)
        media = found.media_type if found else self._repo.media_type_of(digest)
        record = Attachment(target_kind=kind, target_id=target_id, name=name, sha256=digest, size=len(data),
                            media_type=media, audience=audience,
                            added_at=datetime.now(UTC).isoformat(timespec="seconds"),
                            added_by=self._log.settings.user_name)
        return self._store(record, data, found)

    def restore(self, record: Attachment, data: bytes) -> Changed:
        """Put back a removed attachment as it was, under its id (undo of `delete`)."""
        if hashlib.sha256(data).hexdigest() != record.sha256:
            raise AttachmentError(QT_TRANSLATE_NOOP("Errors", "The content given for {file} is not "
                                                              "the one it had"), file=record.name)
        found = None if blobs.has(self._log.db, record.sha256) else extract(data, record.name)
        record = Attachment(**{**record.__dict__, "rev": 0})
        return self._store(record, data, found)

    def _store(self, record: Attachment, data: bytes, found) -> Changed:
        try:
            record_rules.check_attachment(record)
        except RuleError as exc:
            raise InvalidInputError.telling(exc) from None
        with self._write() as repo:
            if found is not None:
                blobs.put(self._log.db, record.sha256, data, found.text, found.note)
            elif not blobs.has(self._log.db, record.sha256):  # removed meanwhile by another window
                extracted = extract(data, record.name)
                blobs.put(self._log.db, record.sha256, data, extracted.text, extracted.note)
            made = repo.insert(record, source=self._source)
        return Changed.made(ENTITY, made)

    def _read(self, source: str | os.PathLike | bytes, name: str | None) -> tuple[bytes, str]:
        cap = self.max_bytes
        if isinstance(source, (bytes, bytearray, memoryview)):
            data = bytes(source)
            if not name or not name.strip():
                raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "Give the attached file a name"))
        else:
            path = Path(source)
            name = name or path.name
            try:
                if not path.is_file():
                    raise AttachmentError(QT_TRANSLATE_NOOP("Errors", "No file at {path}"), path=path)
                size = path.stat().st_size
                if size > cap:
                    raise _too_large(path.name, size, cap)
                if files.is_plain_log(path):
                    raise _a_log(name)
                with open(path, "rb") as fh:
                    data = fh.read(cap + 1)
            except OSError as exc:
                raise AttachmentError(QT_TRANSLATE_NOOP("Errors", "Cannot read {file}: {reason}"),
                                      file=path.name, reason=exc.strerror or exc) from None
        if len(data) > cap:
            raise _too_large(name, len(data), cap)
        if files.is_log_header(data):  # the log itself, a backup or a colleague's: every internal field inside
            raise _a_log(name)
        return data, name.strip()

    def set_audience(self, attachment_id: str, audience: Audience | str, *, expected_rev: int | None = None,
                     ) -> Changed:
        try:
            audience = Audience(audience)
        except ValueError:
            raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "Unknown audience {audience!r}; use "
                                                                "internal or shareable"), audience=audience) from None
        return self._update(Attachment, attachment_id, {"audience": audience}, expected_rev)

    def rename(self, attachment_id: str, name: str, *, expected_rev: int | None = None) -> Changed:
        if not name.strip():
            raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "Give the attached file a name"))
        return self._update(Attachment, attachment_id, {"name": name.strip()}, expected_rev)

    def delete(self, attachment_id: str) -> Changed:
        """Remove an attachment; its content goes too when no other attachment has the same bytes."""
        with self._write() as repo:
            record = repo.get(Attachment, attachment_id)
            repo.delete(Attachment, attachment_id, source=self._source)
            blobs.remove_if_unused(self._log.db, record.sha256)
        return Changed.made(ENTITY, record)

    # -- files out ---------------------------------------------------------------------------------------
    def save_to(self, attachment_id: str, out: str | os.PathLike) -> Path:
        """Write the attached file, byte for byte, to `out` (checked like every output; atomic, 0600)."""
        data = self.read_bytes(attachment_id)
        # The check services.backups.check_output makes (backups imports the Log, so not through it).
        target = files.check_target(out, open_log=self._log.path)
        with files.atomic_output(target) as tmp:
            tmp.write_bytes(data)
        return target

    def open_copy(self, attachment_id: str) -> Path:
        """A private copy (0600) for the system viewer; removed by `remove_copies` (the log's close)."""
        attachment = self.get(attachment_id)
        data = self.read_bytes(attachment_id)
        folder = viewer_folder()
        files.remove_old_viewer_copies(folder)
        copy = files.viewer_copy(folder, attachment.name, data)
        self._copies.append(copy)
        return copy

    def remove_copies(self) -> None:
        for copy in self._copies:
            files.remove_viewer_copy(copy)
        self._copies.clear()

    def reextract_pending(self) -> int:
        """Extract the text of contents loaded without it (from a dump); returns how many (caller's write)."""
        pending = blobs.unindexed(self._log.db)
        for digest in pending:
            data = blobs.read(self._log.db, digest) or b""
            name = self._repo.name_of_content(digest)
            found = extract(data, name)
            blobs.set_text(self._log.db, digest, found.text, found.note or ("" if found.text is not None else "-"))
        return len(pending)


def _a_log(name: str) -> AttachmentError:
    return AttachmentError(QT_TRANSLATE_NOOP("Errors", "{name} is a MineralsDesk log, not a paper (every red line "
                                                       "is inside it); nothing was attached. To pass a log on, "
                                                       "use backup or a shareable export"), name=name)


def _too_large(name: str, size: int, cap: int) -> AttachmentError:
    return AttachmentError(QT_TRANSLATE_NOOP("Errors", "{name} is {size:.1f} MB, over this log's {cap} MB cap a "
                                                       "file; nothing was attached (raise the cap in the settings "
                                                       "or attach a smaller file)"),
                           name=name, size=size / 2**20, cap=cap // 2**20)


__all__ = ["AttachmentOps", "NotFoundError"]
