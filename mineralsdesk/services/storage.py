"""What the documents, the command line and the app use of the store, named once here so they import services only.

Each name is the store's own object, passed through unchanged: record tables and their row codec, the dump's
table order and field checks, the safe file writer, file checks, the schema number, search's highlight marks and
the briefing PDF's index (a private temporary database, not the log).
Each store module is imported when one of its names is first asked for (PEP 562 `__getattr__`), so a screen
that only checks a file's permissions does not load the dump or the search index with it (the app's start).
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..store.changelog import EVENT_ENTITY
    from ..store.codec import RECORD_TYPES, TABLES, from_row, to_row
    from ..store.database import damage_found, is_group_or_world_readable, is_writable
    from ..store.dump import TABLE_ORDER, check_fields
    from ..store.files import atomic_output, private_temporary
    from ..store.migrations import SCHEMA_VERSION
    from ..store.pdf_index import PdfIndex
    from ..store.search import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit

# Each name handed on, and the store module that holds it.
_WHERE = {
    "EVENT_ENTITY": "changelog",
    "RECORD_TYPES": "codec", "TABLES": "codec", "from_row": "codec", "to_row": "codec",
    "damage_found": "database", "is_group_or_world_readable": "database", "is_writable": "database",
    "TABLE_ORDER": "dump", "check_fields": "dump",
    "atomic_output": "files", "private_temporary": "files",
    "SCHEMA_VERSION": "migrations",
    "PdfIndex": "pdf_index",
    "HIGHLIGHT_END": "search", "HIGHLIGHT_START": "search", "SearchHit": "search",
}

__all__ = ["EVENT_ENTITY", "HIGHLIGHT_END", "HIGHLIGHT_START", "PdfIndex", "RECORD_TYPES", "SCHEMA_VERSION", "TABLES",
           "TABLE_ORDER", "SearchHit", "atomic_output", "check_fields", "damage_found", "from_row", "is_group_or_world_readable",
           "is_writable", "private_temporary", "to_row"]


def handed_on(namespace: dict[str, Any], where: dict[str, str]) -> Callable[[str], object]:
    """A module's `__getattr__` (PEP 562) handing on each name in `where` from the module it names (relative to
    the module's package), imported when one of its names is first asked for and then kept in `namespace` (the
    module's globals), so later uses find it there. Here and in services/backups.py."""

    def __getattr__(name: str) -> object:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {namespace['__name__']!r} has no attribute {name!r}")
        value = getattr(import_module(module, namespace["__package__"]), name)
        namespace[name] = value
        return value

    return __getattr__


__getattr__ = handed_on(globals(), {name: f"..store.{module}" for name, module in _WHERE.items()})


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
