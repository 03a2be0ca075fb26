"""Property-test helpers: hostile text strategies, a log built from drawn fields, and readers for PDF and XLSX output."""

from __future__ import annotations

import html
import itertools
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from faultkit import HOSTILE
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics

from mineralsdesk.assets import REPORTLAB_FONT_NAMES
from mineralsdesk.documents.briefing import pdf_text
from mineralsdesk.documents.workbook import xlsx_cells
from mineralsdesk.services.log import Log

# Pieces a negotiator's text really holds, or that break renderers and spreadsheets, mixed with random text.
PIECES = [
    *HOSTILE, "x<y and y>z", "A<B>C", '<img src="/etc/passwd"/>', "<font size=0>", "</para>", "&amp;", "&#0;",
    "#N/A", "\x00", "\x0b", "\x0c", "\x1b[31m", "\x85", "\u200b", "\u00ad", "🪨", "👩🏽‍🔬", "עברית", "مرحبا",
    "e\u0301", "\u0915\u094d\u0937", "リチウム", "𠮟る", "𩸽", "_x000D_", "_x005F_", "\r\n", "\n", "\t", "  ",
]
# Excel takes these as the start of a formula (or an error value) if the text lands in a cell untouched.
STARTS = ["", "", "=", "+", "-", "@", "#N/A ", '=HYPERLINK("http://evil.example","click") ', "=cmd|' /C calc'!A0 "]
ANY_CHAR = st.characters(blacklist_categories=("Cs",))  # lone surrogates cannot be stored as UTF-8


def text(max_pieces: int = 4, *, brackets: bool = True) -> st.SearchStrategy[str]:
    """Random text: an optional formula-like start, then hostile pieces and random characters."""
    piece = st.one_of(st.sampled_from(PIECES), st.text(ANY_CHAR, min_size=1, max_size=12))
    body = st.lists(piece, max_size=max_pieces).map("".join)
    out = st.tuples(st.sampled_from(STARTS), body).map("".join)
    return out if brackets else out.map(unbracket)


def line(max_pieces: int = 3) -> st.SearchStrategy[str]:
    """Text for a required one-line field (reference, title): non-blank after the services trim it."""
    return text(max_pieces).filter(str.strip)


def unbracket(value: str) -> str:
    return value.replace("[", "(").replace("]", ")")


@st.composite
def clause_text(draw) -> str:
    """Negotiating text: random runs, some of them [bracketed], [with / alternatives], nested at most once."""
    runs = draw(st.lists(st.tuples(st.sampled_from(["plain", "bracket", "options", "nested"]), text(3, brackets=False)),
                         min_size=1, max_size=4))
    out = []
    for kind, run in runs:
        if kind == "bracket":
            run = f"[{run}]"
        elif kind == "options":
            run = f"[{run} / shall]"
        elif kind == "nested":
            run = f"[the Participants [{run}] cooperate]"
        out.append(run)
    value = " ".join(out)
    return value if value.strip() else "[shall / should]"


LOG_FIELDS = st.fixed_dictionaries({
    "track_title": line(), "place": text(), "participants": text(), "summary": text(6), "outcomes": text(),
    "action": line(), "commitment": line(), "source": text(), "evidence": text(), "minute": text(),
    "clauses": st.lists(st.fixed_dictionaries({
        "ref": line(2), "title": line(), "text": clause_text(), "minerals": st.lists(line(2), max_size=3),
        "us_note": text(), "eu_note": text(), "red_line": text(), "fallback": text(), "internal_note": text(),
    }), min_size=1, max_size=3),
})

_run = itertools.count(1)


@dataclass
class Built:
    """A log built from drawn fields: the ids of its records and every value as it went in."""

    action: str
    markers: list[str]  # one per internal-only value: must be in internal exports, never in shareable ones
    public: list[str] = field(default_factory=list)  # values every export shows (as typed, trims applied)
    internal: list[str] = field(default_factory=list)  # red lines, fallbacks, internal notes
    cells: dict[tuple[str, str, str], str] = field(default_factory=dict)  # (sheet, record id, header) -> value
    internal_rows: set[tuple[str, str]] = field(default_factory=set)  # (sheet, record id) of internal-only records
    pdf_markers: list[str] = field(default_factory=list)  # in the internal briefing (the minutes), never shareable
    xlsx_markers: list[str] = field(default_factory=list)  # in the internal workbook (comments), never shareable


def build(log: Log, f: dict) -> Built:
    """The drawn log through the services API; internal-only values end in a unique marker."""
    n = next(_run)
    built = Built(action=f["action"].strip(), markers=[])
    track = log.tracks.add("PROP", f["track_title"], parties=["US", "EU"]).record
    rnd = log.rounds.add(track.id, date(2026, 2, 10), place=f["place"], participants=f["participants"],
                        summary=f["summary"], outcomes=f["outcomes"]).record
    log.actions.add(rnd.id, "US", f["action"])
    built.public += [f["track_title"].strip(), f["place"], f["participants"], f["summary"], f["outcomes"],
                     f["action"].strip()]
    built.cells.update({("Rounds", rnd.id, "Place"): f["place"], ("Rounds", rnd.id, "Participants"): f["participants"],
                        ("Rounds", rnd.id, "Summary"): f["summary"], ("Rounds", rnd.id, "Outcomes"): f["outcomes"]})
    for i, c in enumerate(f["clauses"]):
        clause = log.clauses.add(track.id, c["ref"], c["title"], c["text"], party="US", round_id=rnd.id,
                                minerals=c["minerals"]).record
        minerals = ", ".join(m.strip() for m in c["minerals"])
        us = log.positions.set(clause.id, "US", rnd.id, "supports", note=c["us_note"]).record
        secret = {k: f"{c[k]} Zq{k[:3].upper()}{n}x{i}Qz" for k in ("red_line", "fallback", "internal_note")}
        # Set, then changed: the change log then holds red-line entries the shareable workbook must leave out.
        log.positions.set(clause.id, "EU", rnd.id, "reserves", note=c["eu_note"])
        ours = log.positions.set(clause.id, "EU", rnd.id, "reserves", note=c["eu_note"], **secret).record
        built.markers += [v.rsplit(" ", 1)[1] for v in secret.values()]
        built.internal += list(secret.values())
        built.public += [c["ref"].strip(), c["title"].strip(), c["text"], *(m.strip() for m in c["minerals"]),
                         c["us_note"], c["eu_note"]]
        built.cells.update({("Clauses", clause.id, "Ref"): c["ref"].strip(),
                            ("Clauses", clause.id, "Title"): c["title"].strip(),
                            ("Clauses", clause.id, "Current text"): c["text"],
                            ("Clauses", clause.id, "Minerals"): minerals,
                            ("Positions", us.id, "Note"): c["us_note"], ("Positions", ours.id, "Note"): c["eu_note"]})
        built.cells.update({("Positions", ours.id, h): secret[k] for k, h in
                            (("red_line", "Red line"), ("fallback", "Fallback"), ("internal_note", "Internal note"))})
        if i == 0:  # an intervention noted in the minutes: internal records, printed in the internal round annex
            said = f"{f['minute']} ZqMIN{n}Qz"
            log.minutes.add(rnd.id, clause.id, "US", "objects", said)
            built.pdf_markers.append(said.rsplit(" ", 1)[1])
            # An owner and a comment thread of our delegation (the same drawn text): the internal workbook's
            # Owner column and Comments sheet, never in a shareable one.
            member = log.members.add(f"Member ZqMEM{n}Qz", "ZQ").record
            log.clauses.assign(clause.id, member.id)
            note = f"{f['minute']} ZqCOM{n}Qz"
            comment = log.comments.add("clause", clause.id, note, author=member.id).record
            log.comments.reply(comment.id, f"{f['minute']} shared", audience="shareable")
            built.xlsx_markers += [note.rsplit(" ", 1)[1], f"ZqMEM{n}Qz"]  # the name: in the internal change log
            built.cells[("Comments", comment.id, "Text")] = comment.text  # as stored (the services trim it)
            built.internal_rows.add(("Comments", comment.id))
    commitment = log.commitments.add("US", f["commitment"], source=f["source"], track_id=track.id).record
    assessment = log.commitments.assess(commitment.id, "EU", 1, evidence=f["evidence"], audience="shareable").record
    # Our assessments are internal unless marked shareable: this one's evidence must stay out of shareable copies.
    evidence = f"{f['evidence']} ZqEVI{n}Qz"
    hidden = log.commitments.assess(commitment.id, "US", -1, evidence=evidence).record
    built.markers.append(evidence.rsplit(" ", 1)[1])
    built.internal.append(evidence)
    built.internal_rows.add(("Assessments", hidden.id))
    built.cells[("Assessments", hidden.id, "Evidence")] = evidence
    built.public += [f["commitment"].strip(), f["source"], f["evidence"]]
    built.cells.update({("Commitments", commitment.id, "Commitment"): f["commitment"].strip(),
                        ("Commitments", commitment.id, "Source"): f["source"],
                        ("Assessments", assessment.id, "Evidence"): f["evidence"],
                        ("Assessments", assessment.id, "Commitment"): f"US: {f['commitment'].strip()}"})
    return built


# -- PDF ----------------------------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _drawable() -> frozenset[int]:
    """Code points some shipped font draws; pdf_text leaves any other letter as the main font's .notdef box."""
    pdf_text.register_fonts()
    names = [pdf_text.MAIN, *(REPORTLAB_FONT_NAMES[key] for key in pdf_text.FALLBACKS)]
    return frozenset().union(*(pdfmetrics.getFont(name).face.charToGlyph for name in names))


def squash(value: str) -> str:
    """Text with every space and line break removed (reportlab wraps lines where it likes; U+200B is a break to it)."""
    return "".join(value.replace("\u200b", " ").split())


def pdf_expected(value: str) -> str:
    """What the PDF's text layer gives back for `value`: pdf_text.clean's replacements, letters no font draws dropped."""
    drawable = _drawable()
    return squash("".join(ch for ch in pdf_text.clean(value) if ord(ch) in drawable or ch.isspace()))


def pdf_shows(value: str, body: str) -> bool:
    """True when the squashed body holds `value` as the PDF gives it back. A soft hyphen is typography: reportlab
    prints it as itself, as a hyphen where it breaks the line there, or not at all at the end of a word."""
    pattern = "[\u00ad-]?".join(re.escape(part) for part in pdf_expected(value).split("\u00ad"))
    return re.search(pattern, body) is not None


@dataclass
class PdfContent:
    body: str  # squashed text of the page bodies (headers and footers left out), notdef boxes dropped
    outline: list[str]
    metadata: str
    raw: bytes  # every object, streams decompressed


def read_pdf(path: Path) -> PdfContent:
    import pypdf
    from pypdf.generic import IndirectObject, StreamObject

    reader = pypdf.PdfReader(path)
    pieces: list[str] = []
    for page in reader.pages:
        height = float(page.mediabox.height)

        def keep(text, cm, tm, _font, _size, height=height):
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            # The page furniture (marking, log name, page number) sits in the margins, outside the body frame;
            # leaving it out keeps a paragraph split across two pages contiguous.
            if 45 < y < height - 50:
                pieces.append(text)

        page.extract_text(visitor_text=keep)

    def titles(items) -> list[str]:
        out = []
        for item in items:
            out += titles(item) if isinstance(item, list) else [str(item.title)]
        return out

    raw = []
    for num in range(1, int(reader.trailer["/Size"])):
        obj = reader.get_object(IndirectObject(num, 0, reader))
        raw.append(obj.get_data() if isinstance(obj, StreamObject) else repr(obj).encode("utf-8", "replace"))
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    return PdfContent(squash("".join(pieces)).replace("\x00", ""), titles(reader.outline), meta, b"\n".join(raw))


def pdf_holds(content: PdfContent, marker: str) -> bool:
    """True when `marker` (ASCII) shows anywhere in the document: text, bookmarks, metadata or raw objects."""
    return (marker in content.body or any(marker in t for t in content.outline) or marker in content.metadata
            or marker.encode() in content.raw or marker.encode("utf-16-be") in content.raw)


# -- XLSX ---------------------------------------------------------------------------------------------------------

def xlsx_parts(path: Path) -> dict[str, str]:
    """Every part of the workbook as text, XML entities and OOXML _xHHHH_ escapes decoded."""
    with zipfile.ZipFile(path) as zf:
        return {name: xlsx_cells.ooxml_unescape(html.unescape(zf.read(name).decode("utf-8", "replace")))
                for name in zf.namelist()}


def xlsx_expected(value: str) -> str:
    """The cell text for `value` after xlsx_cells' documented replacements and an XML round trip."""
    return xlsx_cells.normalise(xlsx_cells.cell_text(value)[0])


def xlsx_actual(value: object) -> str:
    return xlsx_cells.normalise(xlsx_cells.ooxml_unescape(value) if isinstance(value, str) else value)


def excel_typed(value: str) -> str:
    """`value` as Excel stores it in the file: control characters as _xHHHH_, a literal _xHHHH_ escaped itself."""
    value = re.sub("_(x[0-9A-Fa-f]{4}_)", r"_x005F_\1", value)
    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f]", lambda m: f"_x{ord(m.group()):04X}_", value)
