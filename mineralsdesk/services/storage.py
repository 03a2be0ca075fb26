"""What the documents, the command line and the app use of the store, named once here so they import services only.

Each name is the store's own object, passed through unchanged: record tables and their row codec, the dump's
table order and field checks, the safe file writer, file checks, the schema number and search's highlight marks.
"""

from __future__ import annotations

from ..store.changelog import EVENT_ENTITY
from ..store.codec import RECORD_TYPES, TABLES, from_row, to_row
from ..store.database import damage_found, is_group_or_world_readable, is_writable
from ..store.dump import TABLE_ORDER, check_fields
from ..store.files import atomic_output, private_temporary
from ..store.migrations import SCHEMA_VERSION
from ..store.search import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit

__all__ = ["EVENT_ENTITY", "HIGHLIGHT_END", "HIGHLIGHT_START", "RECORD_TYPES", "SCHEMA_VERSION", "TABLES",
           "TABLE_ORDER", "SearchHit", "atomic_output", "check_fields", "damage_found", "from_row", "is_group_or_world_readable",
           "is_writable", "private_temporary", "to_row"]
