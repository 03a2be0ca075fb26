"""`import akn`: an Akoma Ntoso draft taken in through the same preview as a Word draft (documents/draft/): each
bracket's proposer, named in the file by a declared party's eId, becomes a party of the log (by code in any case,
else by name; an unknown one refuses the whole import), and an article whose brackets all name one party is
tabled by that party. See docs/akn.md."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ...errors import ImportRefused
from ...i18n import QT_TRANSLATE_NOOP
from ...services.log import Log
from ..draft import preview as draft_preview
from ..draft.model import Draft
from ..draft.prepared import PreparedImport, chair_party, find_round
from .akn_in import AknDraft, read_akn


def with_parties(log: Log, akn: AknDraft) -> Draft:
    """The draft with every bracket proposer as a party code of the log (ImportRefused for one it lacks)."""
    draft = akn.draft
    parties = log.parties.list()
    by_code = {p.code.casefold(): p.code for p in parties}
    by_name = {p.name.casefold(): p.code for p in parties}
    codes: dict[str, str] = {}
    for eid in sorted({eid for a in draft.articles for _, eid in a.bracket_proposers if eid}):
        code = by_code.get(eid.casefold()) or by_name.get(draft.parties.get(eid, "").casefold())
        if code is None:
            raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name} names the party #{eid} ({party}), which is not a "
                                                           "party of this log; nothing was imported"),
                                name=draft.source_name, eid=eid, party=draft.parties.get(eid) or "-")
        codes[eid] = code
    articles = []
    for a in draft.articles:
        pairs = tuple((text, codes.get(eid, "")) for text, eid in a.bracket_proposers)
        named = {p for _, p in pairs}
        party = named.pop() if len(named) == 1 and "" not in named else ""
        articles.append(replace(a, bracket_proposers=pairs, party=party))
    return replace(draft, articles=tuple(articles))


def prepare_akn(log: Log, path: str | Path, *, track: str, round_key: str, party: str | None = None,
                akn: AknDraft | None = None) -> PreparedImport:
    """Read `path` (unless `akn` is the file already read) and check everything the import needs, writing
    nothing: the preview against `track`, the round and the party of articles the file does not attribute."""
    draft = with_parties(log, akn or read_akn(path))
    preview = draft_preview.build_preview(log, draft, track)
    round_id = find_round(log, preview.track_id, round_key)
    return PreparedImport(preview, round_id, chair_party(log, party), {})
