"""A track's negotiating text at one round as one Akoma Ntoso 3.0 `<bill name="agreement">`, validated before
it is written.

The work is the track, the expression the round (its date, its number as the version), each clause an
`<article>` with its text as that round left it, each [bracket] an `<inline name="bracket" refersTo="#eu">`
naming the party that proposed it, declared in `<references>`. The file is for counterparts: only what
`documents/audience.py` lets a shareable document show (no positions, red lines, fallbacks, notes or owners).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from lxml import etree

from ... import __app_name__
from ...domain import model
from ...domain.model import Audience
from ...errors import ExportError, InvalidInputError
from ...i18n import QT_TRANSLATE_NOOP, fill, format_date, translate, translate_n
from ...services import refs
from ...services.log import Log
from ...services.storage import atomic_output
from .. import audience as aud
from ..progress import ProgressCallback
from .schema import AKN_NS, first_schema_error
from .text import q, write_paragraphs, xml_safe

SOURCE_EID = "mineralsdesk"
COUNTRY = "int"  # an agreement between parties, of no single jurisdiction (docs/akn.md)
AUDIENCE = Audience.SHAREABLE


@dataclass(frozen=True)
class AknResult:
    """What an export wrote: the file, its articles and brackets, and the round it shows (None: no round yet)."""

    path: Path
    articles: int
    brackets: int
    round: model.Round | None

    def describe(self, lang: str | None = None) -> str:
        """'11 articles, 3 brackets, round 2 (2026-03-04)', in `lang` (English when None)."""
        when = (fill("Exports", QT_TRANSLATE_NOOP("Exports", "round {number} ({date})"), lang, number=self.round.number,
                     date=format_date(self.round.date, lang, "iso")) if self.round
                else translate("Exports", QT_TRANSLATE_NOOP("Exports", "no round yet"), lang))
        return fill("Exports", QT_TRANSLATE_NOOP("Exports", "{articles}, {brackets}, {when}"), lang, when=when,
                    articles=translate_n("Exports", QT_TRANSLATE_NOOP("Exports", "{n} article"),
                                         QT_TRANSLATE_NOOP("Exports", "{n} articles"), self.articles, lang),
                    brackets=translate_n("Exports", QT_TRANSLATE_NOOP("Exports", "{n} bracket"),
                                         QT_TRANSLATE_NOOP("Exports", "{n} brackets"), self.brackets, lang))


def pick_round(log: Log, track: model.Track, text: str | None) -> model.Round | None:
    """The round `text` names in `track` ("3", "R3", or a round id); None names the track's last round (None
    when it has none). An unknown round raises InvalidInputError."""
    rounds = log.rounds.list(track.id)
    if text is None:
        return rounds[-1] if rounds else None
    number = text.strip().upper().removeprefix("R")
    for rnd in rounds:
        if rnd.id == text.strip() or (number.isdigit() and rnd.number == int(number)):
            return rnd
    raise InvalidInputError(QT_TRANSLATE_NOOP("Errors", "No round {round!r} in track {track}; give its number "
                                                       "(e.g. 2) or its id"), round=text, track=track.ref)


def party_eid(code: str) -> str:
    """A party's eId and ontology name: its code in lower case ("EU" -> "eu")."""
    return re.sub(r"[^a-z0-9_-]", "_", code.strip().lower()) or "party"


def export_akn(log: Log, out: str | Path, *, track: str, round: str | None = None,
               progress: ProgressCallback | None = None, now: datetime | None = None) -> AknResult:
    """Write `track`'s text at `round` (default: its last) to `out` atomically, once it validates."""
    try:
        chosen = refs.track(log, track)
        rnd = pick_round(log, chosen, round)
    except InvalidInputError as exc:
        raise ExportError(exc.template, **exc.params) from None
    root, articles, brackets = build_akn(log, chosen, rnd, now=now, progress=progress)
    error = first_schema_error(root)
    if error:  # our own writer's fault: say so rather than hand out an invalid file
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "The Akoma Ntoso text does not validate against the OASIS "
                                                     "schema ({reason}); nothing was written"), reason=error)
    _indent(root)
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    out = Path(out)
    with atomic_output(out) as tmp:
        tmp.write_bytes(data)
    return AknResult(out, articles, brackets, rnd)


def text_at(log: Log, clause: model.Clause, rnd: model.Round | None,
            numbers: dict[str, int]) -> model.ClauseVersion | None:
    """The clause's version as round `rnd` left it: its newest version of that round or an earlier one (a version
    of no round counts as earliest); None when the clause had no text yet."""
    found = None
    for version in log.clauses.versions(clause.id):
        if rnd is None or version.round_id is None or numbers.get(version.round_id, 0) <= rnd.number:
            found = version
    return found


def build_akn(log: Log, track: model.Track, rnd: model.Round | None, *, now: datetime | None = None,
              progress: ProgressCallback | None = None) -> tuple[etree._Element, int, int]:
    """The `<akomaNtoso>` element of the track's text at `rnd`, with its article and bracket counts."""
    track = aud.redact(track, AUDIENCE)
    today = (now or datetime.now(UTC)).date()
    rounds = log.rounds.list(track.id)
    numbers = {r.id: r.number for r in rounds}
    names = {p.code: p.name for p in log.parties.list()}
    clauses = [aud.redact(c, AUDIENCE) for c in log.clauses.list(track.id)]
    texts: list[tuple[model.Clause, model.ClauseVersion]] = []
    for clause in clauses:
        version = text_at(log, clause, rnd, numbers)
        if version is not None:
            texts.append((clause, version))
    declared = list(dict.fromkeys([*track.parties, *(v.party for _, v in texts)]))
    proposers = {c.id: _proposers(log, c, v) for c, v in texts}
    for found in proposers.values():
        declared += [p for p in found.values() if p not in declared]

    root = etree.Element(q("akomaNtoso"), nsmap={None: AKN_NS})
    bill = etree.SubElement(root, q("bill"), name="agreement")
    work_date = rounds[0].date if rounds else today
    expr_date = rnd.date if rnd else today
    _meta(bill, track, rnd, work_date, expr_date, today, declared, names)
    preface = etree.SubElement(bill, q("preface"))
    line = etree.SubElement(preface, q("p"))
    etree.SubElement(line, q("docNumber")).text = xml_safe(track.ref)
    etree.SubElement(line, q("docTitle")).text = xml_safe(track.title)
    status = etree.SubElement(preface, q("p"))
    etree.SubElement(status, q("docStatus")).text = (f"Negotiating text after round {rnd.number}" if rnd
                                                    else "Negotiating text")
    if rnd:
        status_date = etree.SubElement(status, q("docDate"), date=rnd.date.isoformat())
        status_date.text = rnd.date.isoformat()
    body = etree.SubElement(bill, q("body"))
    seen: set[str] = set()
    total_brackets = 0
    for done, (clause, version) in enumerate(texts, start=1):
        article = etree.SubElement(body, q("article"), eId=_eid(clause.ref, seen))
        etree.SubElement(article, q("num")).text = xml_safe(clause.ref)
        etree.SubElement(article, q("heading")).text = xml_safe(clause.title)
        content = etree.SubElement(article, q("content"))
        by_text = proposers[clause.id]
        total_brackets += write_paragraphs(content, xml_safe(version.text),
                                           lambda span, by=by_text, v=version: party_eid(by.get(span.text, v.party)))
        if progress is not None and (done % 100 == 0 or done == len(texts)):
            progress(done, len(texts))
    if not texts:  # a body needs one element: say plainly that there is no text yet
        etree.SubElement(body, q("article"), eId="art_none").append(_para("No article has a text yet."))
    return root, len(texts), total_brackets


_LEAVES = {"p", "num", "heading"}  # their whitespace is text: never re-indented


def _indent(el: etree._Element, level: int = 0) -> None:
    """Line ends and two-space indents between structural elements only: inside a `<p>`, `<num>` or `<heading>`
    every space is the clause's own (lxml's pretty printer would add some before a leading bracket)."""
    if etree.QName(el).localname in _LEAVES or not len(el):
        return
    el.text = "\n" + "  " * (level + 1)
    for child in el:
        _indent(child, level + 1)
        child.tail = "\n" + "  " * (level + 1)
    el[-1].tail = "\n" + "  " * level


def _para(text: str) -> etree._Element:
    content = etree.Element(q("content"))
    etree.SubElement(content, q("p")).text = text
    return content


def _proposers(log: Log, clause: model.Clause, version: model.ClauseVersion) -> dict[str, str]:
    """Bracket text -> the party that proposed it, from the clause's bracket records up to `version` (the latest
    record of a text wins); brackets with no record read as the version's party."""
    numbers = {v.id: v.number for v in log.clauses.versions(clause.id)}
    out: dict[str, tuple[int, str]] = {}
    for b in log.brackets.list(clause.id):
        n = numbers.get(b.version_id, 0)
        if n <= version.number and b.proposer and (b.text not in out or out[b.text][0] <= n):
            out[b.text] = (n, b.proposer)
    return {text: party for text, (_, party) in out.items()}


def _eid(ref: str, seen: set[str]) -> str:
    """An article's eId from its reference ("Art. 4.2" -> "art_4__2"), unique in the document."""
    tail = re.sub(r"^(art(icle)?\.?)\s*", "", ref.strip(), flags=re.IGNORECASE)
    base = "art_" + (re.sub(r"[^A-Za-z0-9]", "_", tail).strip("_").replace(".", "__") or "x")
    eid, n = base, 1
    while eid in seen:
        n += 1
        eid = f"{base}-{n}"
    seen.add(eid)
    return eid


def _meta(bill: etree._Element, track: model.Track, rnd: model.Round | None, work_date: date, expr_date: date,
          today: date, parties: list[str], names: dict[str, str]) -> None:
    meta = etree.SubElement(bill, q("meta"))
    ident = etree.SubElement(meta, q("identification"), source=f"#{SOURCE_EID}")
    work_uri = f"/akn/{COUNTRY}/bill/{work_date.isoformat()}/{party_eid(track.ref)}"
    expr_uri = f"{work_uri}/eng@{expr_date.isoformat()}"
    author = f"#{party_eid(parties[0])}" if parties else f"#{SOURCE_EID}"
    work = etree.SubElement(ident, q("FRBRWork"))
    _frbr(work, work_uri, work_date, "first round" if rnd else "export", author)
    etree.SubElement(work, q("FRBRcountry"), value=COUNTRY)
    etree.SubElement(work, q("FRBRnumber"), value=xml_safe(track.ref))
    etree.SubElement(work, q("FRBRname"), value=xml_safe(track.title))
    expr = etree.SubElement(ident, q("FRBRExpression"))
    _frbr(expr, expr_uri, expr_date, f"round {rnd.number}" if rnd else "export", author)
    if rnd:
        etree.SubElement(expr, q("FRBRversionNumber"), value=str(rnd.number))
    etree.SubElement(expr, q("FRBRlanguage"), language="eng")
    manif = etree.SubElement(ident, q("FRBRManifestation"))
    _frbr(manif, f"{expr_uri}.akn", today, "export", f"#{SOURCE_EID}")
    references = etree.SubElement(meta, q("references"), source=f"#{SOURCE_EID}")
    for code in parties:
        etree.SubElement(references, q("TLCOrganization"), eId=party_eid(code),
                         href=f"/ontology/organization/{party_eid(code)}", showAs=xml_safe(names.get(code, code)))
    etree.SubElement(references, q("TLCOrganization"), eId=SOURCE_EID,
                     href=f"/ontology/organization/{SOURCE_EID}", showAs=__app_name__)


def _frbr(parent: etree._Element, uri: str, day: date, name: str, author: str) -> None:
    etree.SubElement(parent, q("FRBRthis"), value=f"{uri}/!main")
    etree.SubElement(parent, q("FRBRuri"), value=uri)
    etree.SubElement(parent, q("FRBRdate"), date=day.isoformat(), name=name)
    etree.SubElement(parent, q("FRBRauthor"), href=author)
