"""The neutral model of a negotiating draft read from a file: its articles, each with the accepted text and
every author's proposals apart. Word (documents/word/docx_in.py) and Akoma Ntoso (documents/akn/akn_in.py)
readers both produce it; documents/draft/preview.py matches it to a track and applies it."""

from __future__ import annotations

from dataclasses import dataclass, field

WORD, AKN = "Word", "Akoma Ntoso"  # the kinds of file a draft comes from (they name the change-log source)


@dataclass(frozen=True)
class DraftArticle:
    """One article of a draft as found in the file."""

    ref: str  # "Art. 3" as found
    title: str
    text: str  # the text with every pending tracked change rejected (what was accepted before)
    by_author: dict[str, str]  # author name -> the text with that author's tracked changes accepted
    # Who proposed each bracket of `text`, (bracket text, party) in the order of the opening brackets, when the
    # file says so (Akoma Ntoso); empty for Word, whose brackets are proposed by the party of their version.
    bracket_proposers: tuple[tuple[str, str], ...] = ()
    party: str = ""  # the party the file says tabled `text` (else the import's party)


@dataclass(frozen=True)
class Draft:
    """A whole draft: where it came from (name and SHA-256 of its bytes) and its articles in order. `authors`
    are the Word authors of tracked changes (each mapped to a party by the log's author map)."""

    source_name: str
    sha256: str
    articles: tuple[DraftArticle, ...]
    authors: frozenset[str]
    kind: str = WORD
    parties: dict[str, str] = field(default_factory=dict)  # Akoma Ntoso: declared party eId -> its name
