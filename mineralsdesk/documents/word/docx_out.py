"""Writes the negotiating text (content.py) as a Word document with python-docx and its oxml layer.

python-docx has no API for tracked changes, so each change is built as Word writes it: a `w:ins` holding runs,
or a `w:del` holding runs whose text is `w:delText`, with `w:author` (the party code of the version that made
the change: what the Review pane shows, "EU", and what an import maps back to a party) and `w:date` (the later
round's date, ISO 8601). Body runs are built as oxml elements directly: python-docx's add_run does an XPath
search per call, which at 1,000 articles cost more than the rest of the export.

Newlines in a clause text become `w:br` and tabs `w:tab`, so Accept All gives back the later text exactly and
Reject All the earlier one. Characters XML 1.0 cannot carry (C0 controls) are dropped.

The words the document adds (title page, footer, properties) are in the content's language; the document
declares that language and an East Asian font beside the Latin one, so Word and LibreOffice pick a Japanese font
for Japanese text (and for Japanese names in a document in any language). Article headings stay "ref — title" in
every language: the ref and title are the log's, so `import docx` finds the articles whatever the language.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from pathlib import Path

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.parser import oxml_parser
from docx.shared import Inches, Mm, Pt, RGBColor

from ...errors import ExportError
from ...i18n import QT_TRANSLATE_NOOP
from ...services.log import Log
from ...services.storage import atomic_output
from ..progress import ProgressCallback
from .content import Article, Piece, WordContent, build_word

# Paper: (width, height, margin).
PAPERS = {"a4": (Mm(210), Mm(297), Mm(25)), "letter": (Inches(8.5), Inches(11), Inches(1))}
HIGHLIGHT = "yellow"  # brackets: the colour Word's highlighter starts with, legible on paper in grey
FIRST_REVISION_ID = 10_000  # w:id of changes, clear of the comments' own numbers

_W_R, _W_T, _W_DEL_TEXT, _W_BR, _W_TAB = qn("w:r"), qn("w:t"), qn("w:delText"), qn("w:br"), qn("w:tab")
_W_RPR, _W_HIGHLIGHT, _W_VAL, _W_ID = qn("w:rPr"), qn("w:highlight"), qn("w:val"), qn("w:id")
_W_AUTHOR, _W_DATE, _W_INS, _W_DEL = qn("w:author"), qn("w:date"), qn("w:ins"), qn("w:del")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_PIECE = re.compile(r"\n|\t|[^\n\t]+")
_make = oxml_parser.makeelement  # by Clark name: OxmlElement parses a prefixed name on every call
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_PAGE_FIELD = re.compile(r"(\{page\}|\{pages\})")

# The fonts of the body: a Latin serif, and for kana and kanji the Mincho every copy of Word has (Windows and
# Office for Mac); where it is missing (LibreOffice on Linux) the system's Japanese font stands in.
LATIN_FONT, EAST_ASIAN_FONT = "Liberation Serif", "MS Mincho"
# The language Word and LibreOffice check spelling and break lines by.
LANGUAGE_TAGS = {"en": "en-GB", "fr": "fr-FR", "de": "de-DE", "es": "es-ES", "ja": "ja-JP"}

_CHANGES = QT_TRANSLATE_NOOP("Word", "Changes from {earlier} to {later}, as tracked changes")
_AS_OF = QT_TRANSLATE_NOOP("Word", "Negotiating text as of {round}")
_NEGOTIATING_TEXT = QT_TRANSLATE_NOOP("Word", "Negotiating text")
_PARTIES = QT_TRANSLATE_NOOP("Word", "Parties: {parties}.")
_NONE_RECORDED = QT_TRANSLATE_NOOP("Word", "none recorded")
_BRACKETS = QT_TRANSLATE_NOOP("Word", "Text in [square brackets], highlighted, is not agreed.")
_INTERNAL = QT_TRANSLATE_NOOP("Word", "INTERNAL: the comments carry who proposed, supports and objects to each "
                                      "bracket, and our red lines and fallbacks. Do not send this file to other "
                                      "delegations.")
_PAGE_OF = QT_TRANSLATE_NOOP("Word", "Page {page} of {pages}")
_DOC_TITLE = QT_TRANSLATE_NOOP("Word", "{track} — {title}: negotiating text")
_WRITTEN_BY = QT_TRANSLATE_NOOP("Word", "Written by {producer}")


def export_docx(log: Log, out: str | Path, *, track: str, audience: str = "internal",
                compare: tuple[str | int, str | int] | None = None, paper: str = "a4", marking: str | None = None,
                progress: ProgressCallback | None = None, now: datetime | None = None,
                lang: str | None = None) -> Path:
    """Write the negotiating text of `track` for `audience` to `out` (atomically); with `compare` (round A,
    round B) the changes from A's text to B's as Word tracked changes; the document's own words in `lang`."""
    if paper not in PAPERS:
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "Unknown paper {paper!r}; use a4 or letter"), paper=paper)
    content = build_word(log, track, audience=audience, compare=compare, marking=marking, progress=progress,
                         lang=lang)
    data = docx_bytes(content, paper=paper, now=now)
    out = Path(out)
    with atomic_output(out) as tmp:
        tmp.write_bytes(data)
    return out


def docx_bytes(content: WordContent, *, paper: str = "a4", now: datetime | None = None) -> bytes:
    """The .docx file of `content`."""
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    doc = Document()
    _page(doc, content, paper)
    _properties(doc, content, now)
    writer = _BodyWriter(doc, content, now)
    writer.title_block()
    for article in content.articles:
        writer.article(article)
    _settings(doc)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def xml_text(text: str) -> str:
    """`text` without the characters XML 1.0 cannot hold."""
    return _NOT_XML.sub("", text)


class _BodyWriter:
    """Appends the title block and articles to the document body, with comments for the internal audience."""

    def __init__(self, doc, content: WordContent, now: datetime):
        self.doc, self.content = doc, content
        self.body = doc.element.body
        self.sect = self.body[-1]  # w:sectPr stays last
        self.styles = {name: doc.styles[name].style_id for name in ("Title", "Subtitle", "Heading 1", "Body Text")}
        self.date = content.change_date.isoformat() + "T00:00:00Z" if content.change_date else ""
        self.revision = FIRST_REVISION_ID
        self.comment_author = content.delegation or content.our_party
        self.stamp = now.strftime("%Y-%m-%dT%H:%M:%SZ")
        self.comments = None
        self.next_comment = 0

    def paragraph(self, style: str) -> object:
        p = OxmlElement("w:p")
        p_pr = OxmlElement("w:pPr")
        p_style = OxmlElement("w:pStyle")
        p_style.set(_W_VAL, self.styles[style])
        p_pr.append(p_style)
        p.append(p_pr)
        self.sect.addprevious(p)
        return p

    def title_block(self) -> None:
        c, tr = self.content, self.content.tr
        _append_runs(self.paragraph("Title"), f"{c.track_ref} — {c.track_title}")
        if c.compared:
            what = tr(_CHANGES).format(earlier=c.compare_label, later=c.round_label)
        else:
            what = tr(_AS_OF).format(round=c.round_label) if c.round_label else tr(_NEGOTIATING_TEXT)
        _append_runs(self.paragraph("Subtitle"), what)
        parties = "; ".join(f"{name} ({code})" for code, name in c.parties) or tr(_NONE_RECORDED)
        _append_runs(self.paragraph("Body Text"), tr(_PARTIES).format(parties=parties))
        _append_runs(self.paragraph("Body Text"), tr(_BRACKETS))
        if c.shows_internal:
            _append_runs(self.paragraph("Body Text"), tr(_INTERNAL))

    def article(self, article: Article) -> None:
        heading = self.paragraph("Heading 1")
        _append_runs(heading, f"{article.ref} — {article.title}" if article.title else article.ref)
        body = self.paragraph("Body Text")
        spans: dict[int, list[object]] = {}
        for piece in article.pieces:
            element = self.piece(piece, article.author)
            if element is None:
                continue
            body.append(element)
            if piece.span is not None:
                spans.setdefault(piece.span, []).append(element)
        for note in article.notes:
            anchored = [e for e in heading if e.tag == _W_R] if note.span is None else spans.get(note.span, [])
            if anchored:
                self.comment(anchored[0], anchored[-1], note.text)

    def piece(self, piece: Piece, author: str) -> object | None:
        text = xml_text(piece.text)
        if not text:
            return None
        run = _run(text, bracket=piece.bracket, deleted=piece.kind == "delete")
        if piece.kind == "equal":
            return run
        change = _make(_W_INS if piece.kind == "insert" else _W_DEL)
        change.set(_W_ID, str(self.revision))
        self.revision += 1
        change.set(_W_AUTHOR, author or "unknown")
        if self.date:
            change.set(_W_DATE, self.date)
        change.append(run)
        return change

    def comment(self, first: object, last: object, text: str) -> None:
        """A comment on the runs `first` to `last`, shaped as python-docx's add_comment makes it; built here
        because add_comment looks up the next free id among all comments each time (quadratic: 2,000 comments
        took 24 s)."""
        if self.comments is None:
            self.comments = self.doc.comments._comments_elm  # creates the comments part, once
        cid = str(self.next_comment)
        self.next_comment += 1
        comment = _make(qn("w:comment"), {_W_ID: cid, _W_AUTHOR: xml_text(self.comment_author),
                                           qn("w:initials"): xml_text(self.content.our_party), _W_DATE: self.stamp})
        p = _make(qn("w:p"))
        p_pr = _make(qn("w:pPr"))
        p_pr.append(_make(qn("w:pStyle"), {_W_VAL: "CommentText"}))
        p.append(p_pr)
        p.append(_reference_run(qn("w:annotationRef")))
        p.append(_run(xml_text(text)))
        comment.append(p)
        self.comments.append(comment)
        first.addprevious(_make(qn("w:commentRangeStart"), {_W_ID: cid}))
        last.addnext(_reference_run(qn("w:commentReference"), cid))
        last.addnext(_make(qn("w:commentRangeEnd"), {_W_ID: cid}))


def _reference_run(tag: str, cid: str | None = None) -> object:
    run = _make(_W_R)
    r_pr = _make(_W_RPR)
    r_pr.append(_make(qn("w:rStyle"), {_W_VAL: "CommentReference"}))
    run.append(r_pr)
    run.append(_make(tag, {_W_ID: cid} if cid is not None else {}))
    return run


def _run(text: str, *, bracket: bool = False, deleted: bool = False) -> object:
    """A w:r of `text`: newlines as w:br, tabs as w:tab, the rest as w:t (w:delText when deleted)."""
    run = _make(_W_R)
    if bracket:
        r_pr = _make(_W_RPR)
        r_pr.append(_make(_W_HIGHLIGHT, {_W_VAL: HIGHLIGHT}))
        run.append(r_pr)
    tag = _W_DEL_TEXT if deleted else _W_T
    for chunk in _PIECE.findall(text):
        if chunk == "\n":
            run.append(_make(_W_BR))
        elif chunk == "\t":
            run.append(_make(_W_TAB))
        else:
            t = _make(tag)
            t.set(_XML_SPACE, "preserve")
            t.text = chunk
            run.append(t)
    return run


def _append_runs(p: object, text: str) -> None:
    text = xml_text(text)
    if text:
        p.append(_run(text))


def _field(p: object, instruction: str) -> None:
    """A PAGE or NUMPAGES field (begin, instruction, separate, a placeholder result, end)."""
    for kind in ("begin", "instr", "separate", "result", "end"):
        run = OxmlElement("w:r")
        if kind == "instr":
            t = OxmlElement("w:instrText")
            t.set(_XML_SPACE, "preserve")
            t.text = f" {instruction} "
        elif kind == "result":
            t = OxmlElement("w:t")
            t.text = "1"
        else:
            t = OxmlElement("w:fldChar", attrs={qn("w:fldCharType"): kind})
        run.append(t)
        p.append(run)


def _page(doc, content: WordContent, paper: str) -> None:
    width, height, margin = PAPERS[paper]
    section = doc.sections[0]
    section.page_width, section.page_height = width, height
    section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = margin
    normal = doc.styles["Normal"].font
    normal.name, normal.size = LATIN_FONT, Pt(11)
    _fonts_and_language(doc, content.lang)
    for name in ("Title", "Subtitle", "Heading 1"):
        doc.styles[name].font.color.rgb = RGBColor(0x1F, 0x2A, 0x44)
    if content.marking:
        header = section.header.paragraphs[0]
        header.alignment = 1  # centred
        header.add_run(xml_text(content.marking)).bold = True
    footer = section.footer.paragraphs[0]
    footer.alignment = 1
    p = footer._p
    _append_runs(p, f"{content.track_ref} — ")
    for part in _PAGE_FIELD.split(content.tr(_PAGE_OF)):  # "Page {page} of {pages}"; Japanese puts them otherwise
        if part == "{page}":
            _field(p, "PAGE")
        elif part == "{pages}":
            _field(p, "NUMPAGES")
        else:
            _append_runs(p, part)


def _child(element, tag: str):
    """The first child of `element` named `tag` ("w:rFonts"), or None."""
    name = qn(tag)
    return next((child for child in element if child.tag == name), None)


def _fonts_and_language(doc, lang: str) -> None:
    """Declare the body's East Asian font and the document's language in the defaults every style inherits
    (w:docDefaults) and on Normal, whose w:rFonts python-docx's template already fills for Latin text."""
    styles = doc.styles.element
    defaults = _child(styles, "w:docDefaults")
    targets = [doc.styles["Normal"].element.get_or_add_rPr()]
    if defaults is not None:
        r_pr_default = _child(defaults, "w:rPrDefault")
        if r_pr_default is None:
            r_pr_default = OxmlElement("w:rPrDefault")
            defaults.insert(0, r_pr_default)
        r_pr = _child(r_pr_default, "w:rPr")
        if r_pr is None:
            r_pr = OxmlElement("w:rPr")
            r_pr_default.append(r_pr)
        targets.append(r_pr)
    tag = LANGUAGE_TAGS.get(lang, LANGUAGE_TAGS["en"])
    for r_pr in targets:
        fonts = _child(r_pr, "w:rFonts")
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            r_pr.insert(0, fonts)
        for attr in ("w:ascii", "w:hAnsi", "w:cs"):
            fonts.set(qn(attr), LATIN_FONT)
        fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):  # a theme font wins
            fonts.attrib.pop(qn(theme), None)
        language = _child(r_pr, "w:lang")
        if language is None:
            language = OxmlElement("w:lang")
            r_pr.append(language)
        language.set(qn("w:val"), LANGUAGE_TAGS["en"] if lang == "ja" else tag)  # Latin words in a Japanese text
        language.set(qn("w:eastAsia"), LANGUAGE_TAGS["ja"])


def _properties(doc, content: WordContent, now: datetime) -> None:
    """Core and app properties: the track as title, the delegation (a shareable setting) as author, never a
    user name; python-docx's template leftovers (its author, 2013 dates, "Microsoft Macintosh Word", the
    thumbnail of a blank page) are replaced or dropped."""
    props = doc.core_properties
    props.title = xml_text(content.tr(_DOC_TITLE).format(track=content.track_ref, title=content.track_title))
    props.subject = xml_text(content.round_label)
    props.author = props.last_modified_by = xml_text(content.delegation or content.our_party or "")
    props.comments = content.tr(_WRITTEN_BY).format(producer=content.producer)
    props.language = LANGUAGE_TAGS.get(content.lang, LANGUAGE_TAGS["en"])
    props.keywords = props.category = ""
    props.content_status = xml_text(content.marking)
    props.revision = 1
    props.created = props.modified = now.replace(tzinfo=None)
    package = doc.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[rid]
        elif rel.reltype == RT.EXTENDED_PROPERTIES:
            rel.target_part._blob = _app_xml(content)


def _app_xml(content: WordContent) -> bytes:
    from xml.sax.saxutils import escape

    app = escape(content.producer)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.'
            'openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.'
            f'org/officeDocument/2006/docPropsVTypes"><Application>{app}</Application><DocSecurity>0</DocSecurity>'
            '<Company></Company><SharedDoc>false</SharedDoc></Properties>').encode()


def _settings(doc) -> None:
    """Track the recipient's own edits (delegations answer with tracked changes); drop the template's rsids."""
    settings = doc.settings.element
    for rsids in settings.findall(qn("w:rsids")):
        settings.remove(rsids)
    proof = next((el for el in settings if el.tag == qn("w:proofState")), None)
    track = OxmlElement("w:trackRevisions")
    if proof is not None:
        proof.addnext(track)
    else:
        settings.insert(0, track)
