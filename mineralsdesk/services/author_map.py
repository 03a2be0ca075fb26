"""The per-log map of Word author names (w:author of tracked changes) to party codes, asked once and kept as a
setting, so a delegation's markup becomes versions of the right party at every later import."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from ..domain.model import Changed
from ..errors import InvalidInputError
from ..i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from .log import Log

AUTHOR_MAP_KEY = "word_author_map"
MAX_AUTHOR_CHARS = 200


def author_map(log: Log) -> dict[str, str]:
    """Author name -> party code; empty when never set (or unreadable)."""
    try:
        data = json.loads(log.repo.meta().get(AUTHOR_MAP_KEY, "") or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def check_author_map(log: Log, mapping: dict[str, str]) -> dict[str, str]:
    """The mapping with codes upper-cased; InvalidInputError (one line) for an unknown party or a bad name."""
    known = {p.code for p in log.parties.list()}
    out = {}
    for name, code in mapping.items():
        name, code = name.strip(), code.strip().upper()
        if not name or len(name) > MAX_AUTHOR_CHARS:
            raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "An author name must have 1 to "
                                                                "{limit} characters"),
                                    limit=MAX_AUTHOR_CHARS)
        if code not in known:
            raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "Unknown party {code!r} for author "
                                                                "{name!r}; known parties: {known}"),
                                    code=code, name=name, known=', '.join(sorted(known)))
        out[name] = code
    return out


def set_author_map(log: Log, mapping: dict[str, str]) -> Changed:
    """Add (or change) authors in the log's map; one transaction, in the change log like every setting."""
    merged = {**author_map(log), **check_author_map(log, mapping)}
    with log.write() as repo:
        repo.set_meta(AUTHOR_MAP_KEY, json.dumps(merged, ensure_ascii=False, sort_keys=True),
                      source=log.current_source)
    return Changed.of("settings")
