"""An Akoma Ntoso file read safely into a neutral draft: the articles (ref from `<num>`, title from `<heading>`,
text with each bracket inline written back as `[…]`) and, per article, who proposed each bracket.

Refused in one line (ImportRefused) before anything else reads it: a file over MAX_BYTES, one that declares a
DOCTYPE or entities, one that is not XML (or nests deeper than libxml2's limit without huge_tree: 256 levels),
one that fails the OASIS schema (its first error), a bracket naming a party `<references>` does not declare
(the schema cannot check that), and a file with no article.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from lxml import etree

from ...domain.brackets import parse_brackets
from ...errors import BracketError, ImportRefused
from ...i18n import QT_TRANSLATE_NOOP
from ..draft.model import AKN, Draft, DraftArticle
from .schema import first_schema_error
from .text import is_bracket, q, read_paragraph

MAX_BYTES = 20 * 1024 * 1024  # a 1,000-article text is about 1 MB


@dataclass
class AknDraft:
    """An Akoma Ntoso file read: the neutral draft (each article's bracket proposers are the eIds the file names),
    and the expression's date and version."""

    draft: Draft
    expression_date: date | None = None
    version: str = ""

    @property
    def parties(self) -> dict[str, str]:
        """The declared parties: eId -> showAs."""
        return self.draft.parties

    @property
    def proposers(self) -> dict[str, list[tuple[str, str]]]:
        """Per article ref, (bracket text, proposer eId) in the order of the opening brackets."""
        return {a.ref: list(a.bracket_proposers) for a in self.draft.articles}


def read_akn(path: str | Path, *, max_bytes: int = MAX_BYTES) -> AknDraft:
    """Read `path` (see the module's refusals); nothing is written anywhere."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name} is {size:.1f} MB; an Akoma Ntoso text may be at "
                                                           "most {limit:.0f} MB (nothing was imported)"),
                                name=path.name, size=size / 2**20, limit=max_bytes / 2**20)
        data = path.read_bytes()
    except OSError as exc:
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "Cannot read {name}: {reason}"), name=path.name,
                            reason=exc.strerror or exc) from None
    return parse_akn(data, path.name)


def parse_akn(data: bytes, name: str) -> AknDraft:
    """The draft in `data` (the bytes of a file called `name`)."""
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name} declares a DOCTYPE or entities, which an Akoma "
                                                       "Ntoso text never needs; refused (nothing was imported)"),
                            name=name)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                             dtd_validation=False, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name} is not readable XML ({reason}); nothing was "
                                                       "imported"), name=name, reason=_one_line(str(exc))) from None
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:  # a DOCTYPE in another encoding
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name} declares a DOCTYPE, which an Akoma Ntoso text "
                                                       "never needs; refused (nothing was imported)"), name=name)
    error = first_schema_error(tree)
    if error:
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name} is not valid Akoma Ntoso 3.0 ({reason}); nothing "
                                                       "was imported"), name=name, reason=error)
    return _draft(root, name, hashlib.sha256(data).hexdigest())


def _draft(root: etree._Element, name: str, sha256: str) -> AknDraft:
    parties = {el.get("eId"): el.get("showAs", "") for el in root.iter(q("TLCOrganization"))}
    articles: list[DraftArticle] = []
    for article in root.iter(q("article")):
        num, heading = _child(article, "num"), _child(article, "heading")
        ref = " ".join("".join(num.itertext()).split()) if num is not None else ""
        if not ref:
            continue  # an article with no number cannot be matched to a clause (our "no text yet" placeholder)
        title = " ".join("".join(heading.itertext()).split()) if heading is not None else ""
        found: dict[int, str] = {}
        paragraphs: list[str] = []
        for p in _paragraphs(article):
            offset = sum(len(x) + 1 for x in paragraphs)
            paragraphs.append(read_paragraph(p, found, offset))
        text = "\n".join(paragraphs)
        try:
            spans = parse_brackets(text)
        except BracketError as exc:
            raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name}: the brackets of article {ref} do not balance "
                                                           "({reason}); nothing was imported"),
                                name=name, ref=ref, reason=exc) from None
        for eid in found.values():
            if eid not in parties:
                raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name}: a bracket in article {ref} names {party}, "
                                                               "which <references> does not declare (nothing "
                                                               "was imported)"),
                                    name=name, ref=ref, party="#" + eid if eid else "-")
        pairs = tuple((span.text, found.get(span.start, "")) for span in spans)
        articles.append(DraftArticle(ref, title, text, {}, pairs))
    if not articles:
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name} holds no numbered article; nothing was imported"),
                            name=name)
    expression = next(root.iter(q("FRBRExpression")), None)
    day, version = None, ""
    if expression is not None:
        when = _child(expression, "FRBRdate")
        if when is not None:
            try:
                day = date.fromisoformat(when.get("date", "")[:10])
            except ValueError:
                day = None
        number = _child(expression, "FRBRversionNumber")
        version = number.get("value", "") if number is not None else ""
    return AknDraft(Draft(name, sha256, tuple(articles), frozenset(), AKN, parties), day, version)


def _child(el: etree._Element, tag: str) -> etree._Element | None:
    """The first child of `el` called `tag` (in the Akoma Ntoso namespace), or None."""
    return next(el.iterchildren(q(tag)), None)


def _paragraphs(article: etree._Element) -> list[etree._Element]:
    """The article's own `<p>`s in its content (not those of a nested article, nor inside a bracket)."""
    out = []
    for p in article.iter(q("p")):
        owner = p.getparent()
        while owner is not None and etree.QName(owner).localname != "article":
            owner = owner.getparent()
        if owner is article and not any(is_bracket(a) for a in p.iterancestors()):
            out.append(p)
    return out


def _one_line(text: str) -> str:
    return " ".join(text.split())[:200]
