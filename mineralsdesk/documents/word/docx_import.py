"""`import docx`: read a Word draft, preview it against a track, and (unless a dry run) apply it in one go."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ...errors import ImportRefused, InvalidInputError
from ...services import author_map as authors_setting
from ...services.log import Log
from ..draft import preview as draft_preview
from .docx_in import read_docx


@dataclass
class WordImport:
    """A checked preview of a Word draft, ready to apply; `result` says what was written (None until then)."""

    preview: draft_preview.Preview
    round_id: str
    party: str
    authors: dict[str, str]  # the map entries this import adds
    unmapped: list[str] = field(default_factory=list)  # authors with no party yet (only a dry run gets here)
    result: draft_preview.ImportResult | None = None

    def apply(self, log: Log) -> draft_preview.ImportResult:
        """Write it all in one transaction (refused, log untouched, while an author has no party)."""
        if self.unmapped:
            raise ImportRefused(f"No party for the Word author(s) {', '.join(repr(m) for m in self.unmapped)}: add "
                                "--author \"NAME=PARTY\" for each; nothing was imported")
        self.result = draft_preview.apply(log, self.preview, self.round_id, self.party, self.authors)
        return self.result

    def describe(self) -> str:
        head = self.preview.describe()
        if self.result is None:
            note = (f"\nNo party yet for: {', '.join(self.unmapped)} (add --author \"NAME=PARTY\")"
                    if self.unmapped else "")
            return head + note + "\n(dry run: nothing was written)"
        return head + "\nImported: " + self.result.describe()


def parse_authors(pairs: list[str]) -> dict[str, str]:
    """"Name=EU" pairs (the command line's --author) as a map; one-line refusal for a malformed pair."""
    out = {}
    for pair in pairs:
        name, sep, code = pair.rpartition("=")
        if not sep or not name.strip() or not code.strip():
            raise InvalidInputError(f"--author takes NAME=PARTY (e.g. \"US Delegation=US\"), not {pair!r}")
        out[name.strip()] = code.strip().upper()
    return out


def find_round(log: Log, track_id: str, key: str) -> str:
    """The id of the track's round named by its number, its date (YYYY-MM-DD) or its id."""
    for rnd in log.rounds.list(track_id):
        if key in (str(rnd.number), str(rnd.date), rnd.id):
            return rnd.id
    raise ImportRefused(f"No round {key!r} in this track (give its number or date); nothing was imported")


def prepare_word(log: Log, path: str | Path, *, track: str, round_key: str, party: str | None = None,
                 authors: dict[str, str] | None = None) -> WordImport:
    """Read `path` and check everything an import needs, writing nothing: the preview against `track`, the round,
    the party of the accepted text (default: ours) and every author's party (the log's map, plus `authors`)."""
    draft = read_docx(path)
    preview = draft_preview.build_preview(log, draft, track)
    round_id = find_round(log, preview.track_id, round_key)
    added = authors_setting.check_author_map(log, authors or {})
    mapping = {**authors_setting.author_map(log), **added}
    chair = (party or log.settings.our_party or "").upper()
    if chair not in {p.code for p in log.parties.list()}:
        raise ImportRefused(f"Unknown party {chair!r} for --party; nothing was imported")
    return WordImport(preview, round_id, chair, added, draft_preview.unknown_authors(preview, mapping))
