"""Full-fidelity JSON dump of a log and its loading back; the format is documented in docs/json-format.md."""

from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .. import __version__
from ..services.log import Log
from ..store.dump import DumpError
from ..store.files import atomic_output
from ..store.migrations import SCHEMA_VERSION

FORMAT = "mineralsdesk-log"
FORMAT_VERSION = 1
MAX_DUMP_BYTES = 512 * 1024 * 1024


def dump_document(log: Log) -> dict[str, Any]:
    """The dump as a JSON-ready dict: an envelope and the log's tables."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_version": SCHEMA_VERSION,
        "app_version": __version__,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        **log.dump(),
    }


def write_dump(log: Log, out: str | os.PathLike) -> Path:
    """Write the dump to `out` atomically (0600); returns the path."""
    out = Path(out)
    text = json.dumps(dump_document(log), ensure_ascii=False, indent=1, sort_keys=False)
    with atomic_output(out) as tmp:
        tmp.write_text(text + "\n", encoding="utf-8")
    return out


def read_dump(path: str | os.PathLike) -> dict[str, Any]:
    """Read and check a dump file's envelope; raises DumpError with a one-line reason."""
    path = Path(path)
    if not path.is_file():
        raise DumpError(f"No file at {path}")
    if path.stat().st_size > MAX_DUMP_BYTES:
        raise DumpError(f"{path.name} is larger than a MineralsDesk dump can be")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise DumpError(f"{path.name} is not a MineralsDesk JSON dump (not UTF-8 text)") from None
    except json.JSONDecodeError as exc:
        raise DumpError(f"{path.name} is not valid JSON (line {exc.lineno}, column {exc.colno})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DumpError(f"{path.name} is not a MineralsDesk JSON dump")
    version = data.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise DumpError(f"{path.name} uses dump format {version!r}; this build reads format {FORMAT_VERSION}")
    return data


def import_dump(log: Log, path: str | os.PathLike, *, new_start: bool = False) -> str:
    """Load a dump file into a new, empty log in one transaction; returns one line on what became of its history."""
    data = read_dump(path)
    tables = {k: v for k, v in data.items()
              if k not in ("format", "format_version", "schema_version", "app_version", "exported_at")}
    digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    return log.load(tables, file_name=Path(path).name, sha256=digest, new_start=new_start)
