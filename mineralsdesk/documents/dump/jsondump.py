"""The JSON dump of a log (internal: full fidelity; shareable: redacted) and its loading back (docs/json-format.md)."""

from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ... import __version__
from ...domain.model import Audience
from ...errors import DumpError, ExportError
from ...i18n import QT_TRANSLATE_NOOP
from ...services.log import Log
from ...services.storage import (
    RECORD_TYPES,
    SCHEMA_VERSION,
    TABLE_ORDER,
    atomic_output,
    check_fields,
    from_row,
    to_row,
)
from .. import audience as aud
from . import sealed
from .jsonsafe import MAX_DUMP_BYTES, read_dump_file

FORMAT = "mineralsdesk-log"
FORMAT_VERSION = 3
ENVELOPE = ("format", "format_version", "audience", "marking", "schema_version", "app_version", "exported_at")


def dump_document(log: Log, audience: Audience | str = Audience.INTERNAL) -> dict[str, Any]:
    """The dump as a JSON-ready dict: an envelope saying who it is for, then the log's tables as that audience
    may see them (a shareable dump has internal-only fields emptied, no internal assessment, a reduced `meta` and
    no change history)."""
    audience = aud.audience_of(audience)
    tables = log.dump()
    tables["meta"] = aud.shareable_settings(tables["meta"], audience)
    if not aud.shows_internal(audience):
        for table in TABLE_ORDER:
            cls = RECORD_TYPES[table]
            records = (from_row(cls, row) for row in tables[table])
            tables[table] = [to_row(aud.redact(rec, audience)) for rec in records if aud.may_show(rec, audience)]
        # Only the contents of the attachments it shows: an internal paper's bytes never travel in it.
        shown = {row["sha256"] for row in tables["attachments"]}
        tables["blobs"] = [blob for blob in tables["blobs"] if blob["sha256"] in shown]
    if not aud.shows_change_history(audience):
        tables["changes"] = []
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "audience": audience.value,
        "marking": aud.default_marking(audience),
        "schema_version": SCHEMA_VERSION,
        "app_version": __version__,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        **tables,
    }


def write_dump(log: Log, out: str | os.PathLike, *, audience: Audience | str = Audience.INTERNAL,
               plain: bool = False, passphrase: str | None = None) -> Path:
    """Write the dump for `audience` to `out` atomically (0600); returns the path.

    A dump larger than an import accepts is refused: it could never be loaded back. The dump of an encrypted
    log is encrypted with the log's passphrase (or `passphrase`, which encrypts any log's dump; sealed.py)
    unless `plain`; the plain text then exists only in memory.
    """
    if passphrase is None and not plain:
        passphrase = log.open_options().passphrase
    out = Path(out)
    text = json.dumps(dump_document(log, audience), ensure_ascii=False, indent=1, sort_keys=False) + "\n"
    encoded = text.encode("utf-8")
    del text
    if len(encoded) > MAX_DUMP_BYTES:
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "This log's dump would be {size} MB, over the {most} MB an import "
                                            "accepts; copy it with `mineralsdesk backup` instead"),
                          size=f"{len(encoded) / 2**20:.0f}", most=MAX_DUMP_BYTES // 2**20)
    if passphrase is not None and not plain:
        encoded = sealed.seal(encoded, passphrase)
    with atomic_output(out) as tmp:
        tmp.write_bytes(encoded)
    return out


def is_encrypted_dump(path: str | os.PathLike) -> bool:
    """True when the file starts like an encrypted dump (its passphrase is needed to read it)."""
    try:
        with open(path, "rb") as fh:
            return sealed.is_sealed(fh.read(len(sealed.MAGIC)))
    except OSError:
        return False


def read_dump(path: str | os.PathLike, passphrase: str | None = None) -> dict[str, Any]:
    """Read and check a dump file's envelope; raises DumpError with a one-line reason. An encrypted dump is
    decrypted in memory with `passphrase`."""
    path = Path(path)
    if not path.is_file():
        raise DumpError(QT_TRANSLATE_NOOP("Errors", "No file at {path}"), path=path)
    content = None
    if is_encrypted_dump(path):
        if passphrase is None:
            raise DumpError(QT_TRANSLATE_NOOP("Errors", "{name} is an encrypted dump: give its passphrase"), name=path.name)
        if path.stat().st_size > MAX_DUMP_BYTES + sealed.HEADER_BYTES + 16:
            raise DumpError(QT_TRANSLATE_NOOP("Errors", "{name} is larger than a MineralsDesk dump can be"),
                            name=path.name)
        content = sealed.unseal(path.read_bytes(), passphrase, path.name)
    sections = {section: check_fields for section in (*TABLE_ORDER, "changes", "blobs")}
    sections["assessments"] = _check_assessment
    sections["clauses"] = sections["commitments"] = _check_owned
    data = read_dump_file(path, sections, frozenset({"meta"}), content)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DumpError(QT_TRANSLATE_NOOP("Errors", "{name} is not a MineralsDesk JSON dump"), name=path.name)
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DumpError(QT_TRANSLATE_NOOP("Errors", "{name} has no valid 'format_version' (a whole number from 1)"),
                        name=path.name)
    if version > FORMAT_VERSION:
        raise DumpError(QT_TRANSLATE_NOOP("Errors", "{name} uses dump format {version}; this build reads formats 1 "
                                          "to {newest}"), name=path.name, version=version, newest=FORMAT_VERSION)
    if version >= 2 and data.get("audience") not in tuple(a.value for a in Audience):
        raise DumpError(QT_TRANSLATE_NOOP("Errors", "{name} does not say whether it is internal or shareable "
                                          "('audience')"), name=path.name)
    return data


def _check_assessment(section: str, number: int, row: dict[str, Any]) -> None:
    """Dumps of schema 3 and before have no audience on assessments: that one gap is judged after the envelope
    is read (import_dump), every other field is checked as it streams in."""
    check_fields(section, number, row if "audience" in row else {**row, "audience": "internal"})


# Schema 6 gave clauses and commitments an owner from the delegation roster; older dumps have none.
OWNER_FIELDS = {"clauses": "owner", "commitments": "owner_member"}


def _check_owned(section: str, number: int, row: dict[str, Any]) -> None:
    """Dumps of schema 5 and before have no owner on clauses and commitments: filled as null on import."""
    name = OWNER_FIELDS[section]
    check_fields(section, number, row if name in row else {**row, name: None})


def import_dump(log: Log, path: str | os.PathLike, *, new_start: bool = False,
                passphrase: str | None = None) -> str:
    """Load an internal dump file into a new, empty log in one transaction (a shareable dump is refused);
    returns one line on what became of its history. An encrypted dump needs `passphrase`."""
    data = read_dump(path, passphrase)
    # Format 1 had no audience: every format-1 dump is a full, internal one.
    if not aud.shows_internal(data.get("audience", Audience.INTERNAL)):
        raise DumpError(QT_TRANSLATE_NOOP("Errors", "{name} is a shareable dump (no red lines, fallbacks, internal "
                                          "notes or change history); it cannot be loaded as a log. Import an "
                                          "internal dump instead"), name=Path(path).name)
    tables = {k: v for k, v in data.items() if k not in ENVELOPE}
    schema = data.get("schema_version")
    assessments = tables.get("assessments")
    if isinstance(assessments, list):
        lacking = next((n for n, a in enumerate(assessments, 1) if isinstance(a, dict) and "audience" not in a), 0)
        if lacking and not (isinstance(schema, int) and not isinstance(schema, bool) and schema < 4):
            raise DumpError(QT_TRANSLATE_NOOP("Errors", "{name}: '{table}' record {number} lacks fields: {fields}"),
                            name=Path(path).name, table="assessments", number=lacking, fields="audience")
        # Schema 4 gave assessments an audience; those of older dumps are internal, as a migration makes them.
        tables["assessments"] = [{**a, "audience": "internal"} if isinstance(a, dict) and "audience" not in a else a
                                 for a in assessments]
    for table, name in OWNER_FIELDS.items():
        rows = tables.get(table)
        if isinstance(rows, list):
            lacking = next((n for n, r in enumerate(rows, 1) if isinstance(r, dict) and name not in r), 0)
            if lacking and not (isinstance(schema, int) and not isinstance(schema, bool) and schema < 6):
                raise DumpError(QT_TRANSLATE_NOOP("Errors", "{name}: '{table}' record {number} lacks fields: {fields}"),
                                name=Path(path).name, table=table, number=lacking, fields=name)
            tables[table] = [{**r, name: None} if isinstance(r, dict) and name not in r else r for r in rows]
    with open(path, "rb") as f:
        digest = hashlib.file_digest(f, "sha256").hexdigest()
    return log.load(tables, file_name=Path(path).name, sha256=digest, new_start=new_start)
