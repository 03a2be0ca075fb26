"""The neutral model of a negotiating draft read from a file: its articles, each with the accepted text and
every author's proposals apart. Word (documents/word/docx_in.py) and Akoma Ntoso readers both produce it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DraftArticle:
    """One article of a draft as found in the file."""

    ref: str  # "Art. 3" as found
    title: str
    text: str  # the text with every pending tracked change rejected (what was accepted before)
    by_author: dict[str, str]  # author name -> the text with that author's tracked changes accepted


@dataclass(frozen=True)
class Draft:
    """A whole draft: where it came from (name and SHA-256 of its bytes) and its articles in order."""

    source_name: str
    sha256: str
    articles: tuple[DraftArticle, ...]
    authors: frozenset[str]
