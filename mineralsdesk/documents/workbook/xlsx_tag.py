"""Keyed tags that bind an exported workbook to its log: what the import may write is what the export allowed.

Every tag is HMAC-SHA256 under the log's random workbook key (store.xlsx_queries.workbook_secret), so only that
log can make or check one, and the same log content always gives the same tags (exports stay byte-identical):
- the workbook tag (Summary sheet, "Import tag") covers the format, the audience, the language of the workbook's
  own words (xlsx_words; an English workbook's tag is the one written before workbooks had a language, so older
  workbooks still read as English), every record sheet's columns (English header and the field an import may
  change) and how many rows each sheet had;
- each row's Check cell ends in a row tag covering the audience, the sheet, the Record id, the Row version and
  the per-cell hashes before it, so no hidden cell can be moved, copied or re-computed by hand;
- in a shareable workbook the Row version is a row token: a keyed hash of the record id and of the values its
  editable columns showed. It changes only when something the workbook shows changes, so edits of internal
  fields leave no trace, and the import re-computes it from the log to find rows changed since the export.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Callable, Sequence

TAG_HEX = 32  # 128 bits shown as hex
TOKEN_HEX = 16
FORMAT = "mineralsdesk-xlsx-tag 1"
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _mac(secret: bytes, payload: object, width: int = TAG_HEX) -> str:
    # JSON keeps the fields apart whatever text they hold; hmac.digest is the one-call C path (runs per row).
    data = _dumps(payload).encode("utf-8", "surrogatepass")
    return hmac.digest(secret, data, "sha256").hex()[:width]


def workbook_tag(secret: bytes, audience: str, layout: Sequence[tuple[str, Sequence[str], Sequence[str]]],
                 rows: dict[str, int], lang: str = "en") -> str:
    """The tag of a whole workbook: audience, each record sheet's (name, headers, editable fields), row counts,
    and the language its words are in (bound so that a workbook cannot claim another language's values)."""
    payload = [FORMAT, "workbook", audience, [[n, list(h), list(f)] for n, h, f in layout], sorted(rows.items())]
    return _mac(secret, payload if lang == "en" else [*payload, ["lang", lang]])


def row_tag(secret: bytes, audience: str, sheet: str, record_id: str, version: str, hashes: str) -> str:
    """The tag ending a row's Check cell; `version` is the Row version cell as text."""
    return _mac(secret, [FORMAT, "row", audience, sheet, record_id, version, hashes])


def row_tagger(secret: bytes, audience: str, sheet: str) -> Callable[[str, str, str], str]:
    """row_tag(secret, audience, sheet, ...) for every row of one sheet: the same tag, with the payload's fixed
    start keyed once rather than per row (the MAC is computed per row: the import reads every row)."""
    head = _dumps([FORMAT, "row", audience, sheet])
    keyed = hmac.new(secret, head[:-1].encode("utf-8", "surrogatepass") + b",", "sha256")

    def tag(record_id: str, version: str, hashes: str) -> str:
        mac = keyed.copy()
        mac.update(_dumps([record_id, version, hashes])[1:].encode("utf-8", "surrogatepass"))
        return mac.hexdigest()[:TAG_HEX]
    return tag


def row_token(secret: bytes, entity: str, record_id: str, values: Sequence[object]) -> str:
    """The Row version of a shareable workbook: the record and the values of its editable columns, nothing else."""
    shown = ["" if v is None else str(v).replace("\r\n", "\n").replace("\r", "\n") for v in values]
    return "t" + _mac(secret, [FORMAT, "token", entity, record_id, shown], TOKEN_HEX)


def same(a: str, b: object) -> bool:
    """Constant-time comparison of a tag with a cell's value."""
    return isinstance(b, str) and hmac.compare_digest(a.encode(), b.encode("utf-8", "replace"))
