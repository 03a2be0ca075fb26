"""Reading an exported .docx back as Word would after Accept All or Reject All, straight from its XML."""

from __future__ import annotations

import html
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


@dataclass
class ArticleXml:
    heading: str
    body: etree._Element


def parts(docx: Path | bytes) -> dict[str, str]:
    """Every part of the zip as text (entities decoded), by name."""
    data = docx.read_bytes() if isinstance(docx, Path) else docx
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {n: html.unescape(zf.read(n).decode("utf-8", "replace")) for n in zf.namelist()}


def document(docx: Path | bytes) -> etree._Element:
    data = docx.read_bytes() if isinstance(docx, Path) else docx
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return etree.fromstring(zf.read("word/document.xml"))


def style(p: etree._Element) -> str:
    found = p.find(f"{w('pPr')}/{w('pStyle')}")
    return "" if found is None else found.get(w("val"))


def articles(root: etree._Element) -> list[ArticleXml]:
    """Each Heading1 paragraph with the body paragraph after it."""
    paragraphs = list(root.iter(w("p")))
    out = []
    for i, p in enumerate(paragraphs):
        if style(p) == "Heading1":
            out.append(ArticleXml(view(p, "accept")[0], paragraphs[i + 1]))
    return out


def view(p: etree._Element, mode: str) -> tuple[str, list[bool]]:
    """The paragraph's text after Accept All ('accept': w:del dropped, w:ins unwrapped) or Reject All ('reject':
    w:ins dropped, w:delText read as text), with a highlighted flag per character."""
    p = etree.fromstring(etree.tostring(p))  # a copy to change
    drop, unwrap = (w("del"), w("ins")) if mode == "accept" else (w("ins"), w("del"))
    for el in list(p.iter(drop)):
        el.getparent().remove(el)
    for el in list(p.iter(unwrap)):
        parent = el.getparent()
        at = parent.index(el)
        for child in list(el):
            parent.insert(at, child)
            at += 1
        parent.remove(el)
    text: list[str] = []
    marks: list[bool] = []
    for run in p.iter(w("r")):
        lit = run.find(f"{w('rPr')}/{w('highlight')}") is not None
        for child in run:
            piece = ""
            if child.tag == w("t") or (mode == "reject" and child.tag == w("delText")):
                piece = child.text or ""
            elif child.tag == w("delText"):
                raise AssertionError("w:delText outside a w:del")
            elif child.tag == w("br"):
                piece = "\n"
            elif child.tag == w("tab"):
                piece = "\t"
            text.append(piece)
            marks += [lit] * len(piece)
    return "".join(text), marks


def changes(root: etree._Element) -> list[tuple[str, str, str]]:
    """(kind, author, date) of every w:ins and w:del."""
    return [(el.tag.rsplit("}", 1)[1], el.get(w("author")), el.get(w("date")))
            for el in root.iter(w("ins"), w("del"))]
