"""Clause text and Akoma Ntoso paragraphs, both ways: [brackets] become nested `<inline name="bracket">` elements
naming their proposer, and back. No lxml here beyond building and walking elements; the rules are the domain's
bracket parser (domain/brackets.py)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree

from ...domain.brackets import BracketSpan, parse_brackets
from .schema import AKN_NS

BRACKET = "bracket"  # the inline's name, and the class of a <span> another tool may use for the same
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def q(tag: str) -> str:
    """The qualified name of an Akoma Ntoso element."""
    return f"{{{AKN_NS}}}{tag}"


def xml_safe(text: str) -> str:
    """`text` with the characters XML 1.0 cannot carry (control characters, lone surrogates) as spaces."""
    return _NOT_XML.sub(" ", text)


@dataclass
class _Node:
    span: BracketSpan
    children: list[_Node] = field(default_factory=list)


def _tree(spans: list[BracketSpan]) -> list[_Node]:
    """The spans (ordered by their opening bracket) as a tree by containment."""
    roots: list[_Node] = []
    stack: list[_Node] = []
    for span in spans:
        node = _Node(span)
        while stack and span.start >= stack[-1].span.end:
            stack.pop()
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
    return roots


def _append_text(el: etree._Element, text: str) -> None:
    if not text:
        return
    if len(el):
        el[-1].tail = (el[-1].tail or "") + text
    else:
        el.text = (el.text or "") + text


def _fill(el: etree._Element, text: str, lo: int, hi: int, nodes: list[_Node],
          proposer: Callable[[BracketSpan], str]) -> None:
    cursor = lo
    for node in nodes:
        _append_text(el, text[cursor:node.span.start])
        inline = etree.SubElement(el, q("inline"), name=BRACKET, refersTo=f"#{proposer(node.span)}")
        _fill(inline, text, node.span.start + 1, node.span.end - 1, node.children, proposer)
        cursor = node.span.end
    _append_text(el, text[cursor:hi])


def write_paragraphs(content: etree._Element, text: str, proposer: Callable[[BracketSpan], str]) -> int:
    """`text` as `<p>` children of `content`, one a line (unless a bracket runs over a line end: then one `<p>`
    keeps the line ends), each bracket an inline naming `proposer(span)` (a party's eId). Returns the brackets."""
    spans = parse_brackets(text)
    roots = _tree(spans)
    breaks = [m.start() for m in re.finditer("\n", text)
              if not any(n.span.start < m.start() < n.span.end for n in roots)]
    lo = 0
    for end in [*breaks, len(text)]:
        p = etree.SubElement(content, q("p"))
        _fill(p, text, lo, end, [n for n in roots if lo <= n.span.start < end], proposer)
        lo = end + 1
    return len(spans)


def is_bracket(el: etree._Element) -> bool:
    """True for our bracket inline, or a `<span class="bracket">` that another tool may write for it."""
    tag = etree.QName(el).localname if isinstance(el.tag, str) else ""
    return (tag == "inline" and el.get("name") == BRACKET) or (tag == "span" and el.get("class") == BRACKET)


def read_paragraph(p: etree._Element, proposers: dict[int, str], offset: int = 0) -> str:
    """The text of a `<p>` with each bracket inline written back as `[…]`; each bracket's `refersTo` (without
    its '#') goes into `proposers` under the position of its '[' (plus `offset`). Other inline markup keeps its
    text; a '[' typed as plain text stays a bracket with no proposer."""
    out: list[str] = []
    length = 0

    def put(piece: str) -> None:
        nonlocal length
        out.append(piece)
        length += len(piece)

    def walk(el: etree._Element) -> None:
        bracket = is_bracket(el)
        if bracket:
            proposers[offset + length] = (el.get("refersTo") or "").lstrip("#")
            put("[")
        put(el.text or "")
        for child in el:
            if isinstance(child.tag, str):
                walk(child)
            put(child.tail or "")
        if bracket:
            put("]")

    put(p.text or "")
    for child in p:
        if isinstance(child.tag, str):
            walk(child)
        put(child.tail or "")
    return "".join(out)
