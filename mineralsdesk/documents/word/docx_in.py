"""Reads a chair's consolidated text or a delegation's markup from a Word file (.docx) into a Draft, safely.

The package is checked before a byte of XML is parsed (not a docx, password-protected, macro-enabled, zip bomb,
DTD or entity declarations: each refused in one line). The body is then read with lxml (no DTD, no entities, no
network) paragraph by paragraph; each piece of text carries the tracked change it belongs to (w:ins / w:del and
their moves, with w:author), so every article gets its text with all pending changes rejected and, per author,
with that author's changes accepted. Articles start at paragraphs reading "Article 3", "Art. 3" (or "Artikel 3",
"Artículo 3", "第3条": any style), else
at heading-styled paragraphs, else at paragraphs numbered "3."; the title follows a dash, colon or line break.
A number the word processor adds itself (a list paragraph's w:numPr, "Article %1" in numbering.xml) counts as
typed; numbering that comes from a paragraph style is not read.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ...errors import ImportRefused
from ...i18n import QT_TRANSLATE_NOOP
from ..draft.model import Draft, DraftArticle
from ..package_safety import OLE_MAGIC, check_index, check_prolog

MAX_FILE_BYTES = 50 * 1024 * 1024  # a 1,000-article draft with tracked changes is a few MB
MAX_UNPACKED_BYTES = 512 * 1024 * 1024
MAX_PARTS = 2000
MAX_XML_PART_BYTES = 128 * 1024 * 1024  # the document part, parsed whole by lxml
DOCUMENT_PART = "word/document.xml"
STYLES_PART = "word/styles.xml"
NUMBERING_PART = "word/numbering.xml"
MACRO_TYPES = ("macroEnabled", "vbaProject", "vbaData")

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_INSERTED = {f"{W}ins", f"{W}moveTo"}
_DELETED = {f"{W}del", f"{W}moveFrom"}
_TEXT = {f"{W}t", f"{W}delText"}
_SPACE = {f"{W}tab": " ", f"{W}br": "\n", f"{W}cr": "\n", f"{W}noBreakHyphen": "-"}

# "Article 3", "Art. 3", "ART 3.2", "Artikel 3", "Artículo 3", "第3条" or "第三条", then an optional separator and
# the rest (title, then maybe text): the words a draft says "article" with in each language the app speaks.
_KANJI_DIGITS = "〇一二三四五六七八九十百"
_ARTICLE = re.compile(r"\s*(?P<ref>(?:article|artikel|art[ií]culo|art\.?)\s*\d+[a-z]?(?:\.\d+)*(?![\w])"
                      rf"|第\s*(?:\d+|[{_KANJI_DIGITS}]+)(?:\.\d+)*\s*条)(?P<rest>.*)", re.I | re.S)
_NUMBERED = re.compile(r"\s*(?P<ref>\d+(?:\.\d+)*)\.(?=\s)(?P<rest>.*)", re.S)
_SEPARATORS = ".:-–—：．"
_TITLE_MAX = 120


@dataclass
class _Paragraph:
    style: str  # the style's name, lower case ("heading 1"), "" for none
    pieces: list[tuple[str, str | None, str]]  # (text, "ins"/"del"/None, author)
    label: str = ""  # the number the word processor shows before it ("Article 2", "3."), from numbering.xml

    def labelled(self, author: str | None) -> str:
        """`view(author)` after the paragraph's automatic number, as a reader sees it."""
        text = self.view(author)
        return f"{self.label} {text}" if self.label else text

    def view(self, author: str | None) -> str:
        """The text with every change rejected (author None) or with one author's changes accepted;
        author "*" accepts everybody's."""
        out = []
        for text, kind, who in self.pieces:
            if kind is None or (kind == "ins" and author in (who, "*")) or (
                    kind == "del" and author not in (who, "*")):
                out.append(text)
        return "".join(out).strip()

    @property
    def authors(self) -> set[str]:
        return {who for _, kind, who in self.pieces if kind}

    @property
    def is_heading(self) -> bool:
        return self.style.startswith("heading")


def read_docx(path: str | Path) -> Draft:
    """The draft in a Word file; ImportRefused (one line) for anything unsafe or with no recognisable article."""
    path = Path(path)
    parts = check_package(path)
    styles = _style_names(parts.get(STYLES_PART), path.name)
    paragraphs = _paragraphs(parts[DOCUMENT_PART], styles, path.name, _numbering(parts.get(NUMBERING_PART), path.name))
    articles = _articles(paragraphs)
    if not articles:
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name} has no recognisable articles (paragraphs or headings "
                                                       "starting \"Article 3\", \"Art. 3\" or \"3.\"); nothing "
                                                       "was imported"), name=path.name)
    authors = frozenset(a for p in paragraphs for a in p.authors)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return Draft(path.name, digest, tuple(articles), authors)


# --- the package -----------------------------------------------------------------------------------------------

def check_package(path: Path) -> dict[str, bytes]:
    """Refuse anything that is not a plain, safe .docx before parsing it; returns the parts we read."""
    name = path.name
    if not path.is_file():
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "No file at {path}"), path=path)
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name} is {size:,.0f} MB; Word drafts over {limit} MB are "
                                                       "not imported"), name=name, size=size / 2**20,
                            limit=MAX_FILE_BYTES // 2**20)
    with open(path, "rb") as fh:
        head = fh.read(8)
    if head == OLE_MAGIC:
        from ..protect import is_encrypted_workbook  # the same OLE container holds any encrypted OOXML file

        if is_encrypted_workbook(path):
            raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name} is a password-protected Word document: remove "
                                                           "the password in Word (File > Info > Protect Document) "
                                                           "and import that copy"), name=name)
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name} is an old-style Word .doc file: save it as .docx "
                                                       "and import that"), name=name)
    if not zipfile.is_zipfile(path):
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name} is not a Word document (.docx)"), name=name)
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            by_name = {i.filename: i for i in infos}
            check_index(infos, name, kind="a Word document (.docx)", required=DOCUMENT_PART, max_parts=MAX_PARTS,
                        max_unpacked=MAX_UNPACKED_BYTES, usual_parts="a Word draft holds a few dozen")
            types = by_name["[Content_Types].xml"]
            if types.file_size > 1024 * 1024:
                raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name}: its content types part is {size:,} bytes; "
                                                               "refused"), name=name, size=types.file_size)
            content_types = zf.read(types)
            if any(i.filename.lower().endswith("vbaproject.bin") for i in infos) or any(
                    m.encode() in content_types for m in MACRO_TYPES):
                raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name} is a macro-enabled Word document: save it as "
                                                               "a plain .docx (without macros) and import that"),
                                    name=name)
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    check_prolog(zf, info, name)
            parts = {}
            for part in (DOCUMENT_PART, STYLES_PART, NUMBERING_PART):
                info = by_name.get(part)
                if info is None:
                    continue
                if info.file_size > MAX_XML_PART_BYTES:
                    raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name}: part {part} is {size:,.0f} MB; refused"),
                                        name=name, part=part, size=info.file_size / 2**20)
                parts[part] = zf.read(info)
            return parts
    except ImportRefused:
        raise
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError):  # damaged or encrypted entries
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name} is not a readable Word document (its zip structure "
                                                   "is damaged)"), name=name) from None


def _parse(data: bytes, name: str):
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                             huge_tree=False, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name} is not a readable Word document (its XML is "
                                                   "damaged)"), name=name) from None
    if root.getroottree().docinfo.doctype:
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name} contains XML entity or DTD declarations; refused"),
                            name=name)
    return root


def _style_names(data: bytes | None, name: str) -> dict[str, str]:
    if not data:
        return {}
    names = {}
    for style in _parse(data, name).iter(f"{W}style"):
        label = style.find(f"{W}name")
        names[style.get(f"{W}styleId", "")] = (label.get(f"{W}val", "") if label is not None else "").lower()
    return names


def _numbering(data: bytes | None, name: str) -> dict[str, tuple[str, dict[int, tuple[str, str, int]]]]:
    """Each list (numId) -> (its abstract list's id, level -> (lvlText such as "Article %1", numFmt, start))."""
    if not data:
        return {}
    root = _parse(data, name)
    abstract = {}
    for el in root.iter(f"{W}abstractNum"):
        levels = {}
        for lvl in el.iter(f"{W}lvl"):
            text, fmt, start = (lvl.find(f"{W}{tag}") for tag in ("lvlText", "numFmt", "start"))
            levels[int(lvl.get(f"{W}ilvl", "0"))] = (
                text.get(f"{W}val", "") if text is not None else "", fmt.get(f"{W}val", "decimal") if fmt is not None
                else "decimal", int(start.get(f"{W}val", "1")) if start is not None else 1)
        abstract[el.get(f"{W}abstractNumId", "")] = levels
    out = {}
    for num in root.iter(f"{W}num"):
        ref = num.find(f"{W}abstractNumId")
        key = ref.get(f"{W}val", "") if ref is not None else ""
        if key in abstract:
            out[num.get(f"{W}numId", "")] = (key, abstract[key])
    return out


def _number(value: int, fmt: str) -> str:
    """A list counter as Word shows it (decimal, letters, roman; anything else as decimal)."""
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        digits = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
                  (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        out, rest = "", value
        for n, s in digits:
            while rest >= n:
                out, rest = out + s, rest - n
        return out.upper() if fmt == "upperRoman" else out
    return str(value)


class _Counters:
    """The automatic numbers of list paragraphs, counted per abstract list as Word does."""

    def __init__(self, numbering: dict[str, tuple[str, dict[int, tuple[str, str, int]]]]):
        self.numbering = numbering
        self.counts: dict[str, dict[int, int]] = {}

    def label(self, p) -> str:
        num_pr = p.find(f"{W}pPr/{W}numPr")
        if num_pr is None:
            return ""
        num_id, ilvl = num_pr.find(f"{W}numId"), num_pr.find(f"{W}ilvl")
        found = self.numbering.get(num_id.get(f"{W}val", "") if num_id is not None else "")
        if found is None:
            return ""
        key, levels = found
        level = int(ilvl.get(f"{W}val", "0")) if ilvl is not None else 0
        if level not in levels:
            return ""
        counts = self.counts.setdefault(key, {})
        counts[level] = counts.get(level, levels[level][2] - 1) + 1
        for deeper in [k for k in counts if k > level]:
            del counts[deeper]
        text = levels[level][0]
        for k in range(level + 1):
            if k in levels:
                text = text.replace(f"%{k + 1}", _number(counts.get(k, levels[k][2]), levels[k][1]))
        return text.strip()


def _paragraphs(data: bytes, styles: dict[str, str], name: str,
                numbering: dict[str, tuple[str, dict[int, tuple[str, str, int]]]] | None = None) -> list[_Paragraph]:
    root = _parse(data, name)
    body = root.find(f"{W}body")
    if body is None:
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{name} is not a Word document (it has no body)"), name=name)
    counters = _Counters(numbering or {})
    out = []
    for p in body.iter(f"{W}p"):
        style_el = p.find(f"{W}pPr/{W}pStyle")
        style_id = style_el.get(f"{W}val", "") if style_el is not None else ""
        style = styles.get(style_id, style_id.lower())
        if style_id.lower().startswith("heading") and not style.startswith("heading"):
            style = "heading"
        pieces: list[tuple[str, str | None, str]] = []
        for el in p.iter(*_TEXT, *_SPACE):
            text = (el.text or "") if el.tag in _TEXT else _SPACE[el.tag]
            if not text or _in_properties(el, p):
                continue
            kind, author = _change_of(el, p)
            if pieces and pieces[-1][1:] == (kind, author):
                pieces[-1] = (pieces[-1][0] + text, kind, author)
            else:
                pieces.append((text, kind, author))
        out.append(_Paragraph(style, pieces, counters.label(p)))
    return out


def _in_properties(el, p) -> bool:
    parent = el.getparent()
    return parent is not None and parent.tag == f"{W}pPr"


def _change_of(el, p) -> tuple[str | None, str]:
    """The tracked change a piece of text stands in: ("ins"|"del", author), or (None, "") for plain text."""
    node = el.getparent()
    while node is not None and node is not p:
        if node.tag in _INSERTED:
            return "ins", node.get(f"{W}author", "") or "(unknown author)"
        if node.tag in _DELETED:
            return "del", node.get(f"{W}author", "") or "(unknown author)"
        node = node.getparent()
    return None, ""


# --- articles ------------------------------------------------------------------------------------------------

def _split(text: str, pattern: re.Pattern) -> tuple[str, str, str] | None:
    """(ref, title, text) of a paragraph that starts an article, or None."""
    match = pattern.fullmatch(text)
    if not match:
        return None
    rest = match["rest"]
    if rest.startswith("（") and "）" in rest.partition("\n")[0]:  # 第1条（目的）: the title in brackets
        title, _, rest = rest[1:].partition("）")
        rest = " — " + title + rest
    if rest and not (rest[0].isspace() or rest[0] in _SEPARATORS):
        return None
    bare = rest.lstrip(" \t")
    if bare and bare[0] not in _SEPARATORS and bare[0] != "\n" and bare[0].islower():
        return None  # "Article 5 of the Agreement applies": a sentence citing an article, not a heading
    rest = rest.lstrip(" \t\n" + _SEPARATORS)
    first, _, more = rest.partition("\n")
    first = first.strip()
    if not more and (len(first) > _TITLE_MAX or first.endswith((".", ";")) and len(first.split()) > 8):
        return match["ref"].strip(), "", first  # "3. The Participants shall ...": text, no title
    return match["ref"].strip(), first, more.strip()


def _starts(paragraphs: list[_Paragraph]) -> list[tuple[int, str, str]]:
    """(index, ref, title) of each paragraph starting an article, by the first rule the document follows."""
    full = [p.labelled("*") or p.labelled(None) for p in paragraphs]
    found = [(i, *s[:2]) for i, t in enumerate(full) if (s := _split(t, _ARTICLE))]
    if found:
        return found
    headings = [(i, t) for i, t in enumerate(full) if paragraphs[i].is_heading and t]
    if headings:
        return [(i, *(s[:2] if (s := _split(t, _NUMBERED)) else (t, t))) for i, t in headings]
    return [(i, *s[:2]) for i, t in enumerate(full) if (s := _split(t, _NUMBERED))]


def _articles(paragraphs: list[_Paragraph]) -> list[DraftArticle]:
    starts = _starts(paragraphs)
    articles = []
    for n, (index, ref, title) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(paragraphs)
        body = paragraphs[index + 1:end]
        if not title and body and _looks_like_title(body[0]):
            title, body = body[0].view("*") or body[0].view(None), body[1:]
        head = paragraphs[index]
        authors = sorted(set().union(head.authors, *(p.authors for p in body)))

        def text_of(author: str | None, head=head, body=body) -> str:
            lines = []
            for pattern in (_ARTICLE, _NUMBERED):
                found = _split(head.labelled(author), pattern)
                if found:
                    lines.append(found[2])
                    break
            lines += [p.view(author) for p in body]
            return "\n".join(line for line in lines if line)

        text = text_of(None)
        by_author = {a: t for a in authors if (t := text_of(a)) != text}
        articles.append(DraftArticle(ref, title, text, by_author))
    return articles


def _looks_like_title(p: _Paragraph) -> bool:
    text = p.view("*") or p.view(None)
    return bool(text) and (p.is_heading or (len(text) <= 80 and not text.endswith((".", ";", ":", ","))))
