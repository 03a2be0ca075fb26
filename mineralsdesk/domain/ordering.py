"""The one order of clause and track references ("Art. 2" before "Art. 10"), for screens, briefing and workbook.

Every place that lists clauses or tracks by reference sorts by `ref_key`, then by record id when two keys are
equal, either in Python or in SQL through the `natural_key` function each connection registers (store.database);
the log also keeps the keys of every clause in its clause_order table (schema 3), so the key's text must not
change for a reference the log already holds, or those kept keys would read as stale.
"""

from __future__ import annotations

import re

_DIGITS = re.compile(r"\d+")
_WIDTH = 12  # digits a number is padded to: numbers are compared by value up to 999,999,999,999


def ref_key(ref: object) -> str:
    """A sort key that orders references as people read them, as plain text (SQLite compares it the same way).

    Case does not count ("art. 1" == "Art. 1"); each run of digits is compared as a number, so sub-numbers
    order too ("Art. 2" < "Art. 2.9" < "Art. 2.10" < "Art. 2bis" < "Art. 10"), and leading zeros do not count.
    Anything else compares as text: "Annex" after "Art.", roman numerals as letters (none are in use as
    references). Never raises: None reads as "", any other non-text value as its str().
    """
    text = ref if isinstance(ref, str) else ("" if ref is None else str(ref))
    return _DIGITS.sub(lambda m: m.group().rjust(_WIDTH, "0"), text.casefold())


def ref_order(ref: object, record_id: str = "") -> tuple[str, str]:
    """The full order of a record listed by reference: its `ref_key`, then its id (what ORDER BY
    natural_key(ref), id gives), so two references with one key ("Art. 1", "art. 1") always list alike."""
    return ref_key(ref), record_id
