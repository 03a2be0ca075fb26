"""`import docx`: read a Word draft, preview it against a track, and (unless a dry run) apply it in one go."""

from __future__ import annotations

from pathlib import Path

from ...errors import InvalidInputError
from ...i18n import QT_TRANSLATE_NOOP
from ...services import author_map as authors_setting
from ...services.log import Log
from ..draft import preview as draft_preview
from ..draft.prepared import PreparedImport, chair_party, find_round
from .docx_in import read_docx


def parse_authors(pairs: list[str]) -> dict[str, str]:
    """"Name=EU" pairs (the command line's --author) as a map; one-line refusal for a malformed pair."""
    out = {}
    for pair in pairs:
        name, sep, code = pair.rpartition("=")
        if not sep or not name.strip() or not code.strip():
            raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "--author takes NAME=PARTY (e.g. \"US "
                                                                  "Delegation=US\"), not {pair!r}"), pair=pair)
        out[name.strip()] = code.strip().upper()
    return out


def prepare_word(log: Log, path: str | Path, *, track: str, round_key: str, party: str | None = None,
                 authors: dict[str, str] | None = None) -> PreparedImport:
    """Read `path` and check everything an import needs, writing nothing: the preview against `track`, the round,
    the party of the accepted text (default: ours) and every author's party (the log's map, plus `authors`)."""
    draft = read_docx(path)
    preview = draft_preview.build_preview(log, draft, track)
    round_id = find_round(log, preview.track_id, round_key)
    added = authors_setting.check_author_map(log, authors or {})
    mapping = {**authors_setting.author_map(log), **added}
    chair = chair_party(log, party)
    return PreparedImport(preview, round_id, chair, added, draft_preview.unknown_authors(preview, mapping))
