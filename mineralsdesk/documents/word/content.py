"""What the Word negotiating text shows, built once from a log and already redacted for its audience.

Nothing here knows about python-docx. Each article is cut into pieces (equal, inserted or deleted text, each
marked when it lies inside a [bracketed] span of its own version) by the one word-level diff of the project
(domain.redline.diff_words); comments are built only for the internal audience, through audience.py, so the
writer cannot leak what it never receives.

The words the document adds around the log's text (round labels, comments, markings) are in `lang`, marked for
translation in the "Word" context; the log's own text (refs, titles, clause text, party codes) never is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from ... import __app_name__, __version__
from ...domain import model
from ...domain.brackets import BracketSpan, parse_brackets
from ...domain.redline import Segment, diff_words
from ...errors import BracketError, ExportError
from ...i18n import QT_TRANSLATE_NOOP, format_date, normalise, translate
from ...services.log import Log
from .. import audience as aud
from ..progress import ProgressCallback

PieceKind = Literal["equal", "insert", "delete"]
CONTEXT = "Word"  # the translation context of every word the Word document adds

_ROUND = QT_TRANSLATE_NOOP("Word", "{track} round {number} ({date})")
_UNKNOWN = QT_TRANSLATE_NOOP("Word", "unknown")
_NONE_RECORDED = QT_TRANSLATE_NOOP("Word", "none recorded")
_BRACKET_NOTE = QT_TRANSLATE_NOOP("Word", "Proposed by {proposer}; supported by {supporters}; objected to by "
                                          "{objectors}.")
_INTERNAL_NOTE = QT_TRANSLATE_NOOP("Word", "INTERNAL — {notes}")
_ONE_NOTE = QT_TRANSLATE_NOOP("Word", "{label} ({round}): {text}")
_NO_ROUND = QT_TRANSLATE_NOOP("Word", "no round")
# Our internal-only position fields, as the comments name them (audience.internal_fields says which they are).
_INTERNAL_LABELS = {"red_line": QT_TRANSLATE_NOOP("Word", "Red line"),
                    "fallback": QT_TRANSLATE_NOOP("Word", "Fallback"),
                    "internal_note": QT_TRANSLATE_NOOP("Word", "Internal note")}


@dataclass(frozen=True)
class Piece:
    """A run of article text: in both rounds' texts (equal), only the later (insert) or only the earlier (delete).
    `bracket` is True inside a top-level [span] of the text it belongs to; `span` numbers the later text's
    top-level span it lies in (for comments), else None."""

    kind: PieceKind
    text: str
    bracket: bool = False
    span: int | None = None


@dataclass(frozen=True)
class Note:
    """A Word comment: on the later text's top-level bracketed span number `span`, or on the heading (None)."""

    span: int | None
    text: str


@dataclass
class Article:
    ref: str
    title: str
    pieces: list[Piece]
    author: str = ""  # the party code that tabled the later version: w:author of every change
    notes: list[Note] = field(default_factory=list)

    def text(self, kind: Literal["later", "earlier"] = "later") -> str:
        """The article's text after Accept All ("later") or Reject All ("earlier")."""
        skip = "delete" if kind == "later" else "insert"
        return "".join(p.text for p in self.pieces if p.kind != skip)


@dataclass
class WordContent:
    track_ref: str
    track_title: str
    parties: list[tuple[str, str]]  # (code, name) of the track's parties
    round_label: str  # "MOU round 4 (2026-03-04)" or "" when the track has no round
    compare_label: str  # "" or "MOU round 2 (2026-02-19)": the earlier round of a comparison
    change_date: date | None  # w:date of every change: the later round's date
    audience: str
    marking: str
    delegation: str
    our_party: str
    articles: list[Article]
    producer: str = f"{__app_name__} {__version__}"
    lang: str = "en"  # the language of the words the document adds (never of the log's text)

    def tr(self, text: str) -> str:
        """`text` (marked with QT_TRANSLATE_NOOP("Word", ...)) in the document's language."""
        return translate(CONTEXT, text, self.lang)

    @property
    def shows_internal(self) -> bool:
        return aud.shows_internal(self.audience)

    @property
    def compared(self) -> bool:
        return bool(self.compare_label)


def _round_key(rnd: model.Round) -> tuple[date, int]:
    return (rnd.date, rnd.number)


def round_label(track_ref: str, rnd: model.Round, lang: str = "en") -> str:
    """"MOU round 4 (4 March 2026)" in `lang`."""
    return translate(CONTEXT, _ROUND, lang).format(track=track_ref, number=rnd.number,
                                                   date=format_date(rnd.date, lang, "long"))


def find_round(rounds: list[model.Round], number: int | str, track_ref: str) -> model.Round:
    """The track's round numbered `number`; ExportError naming the rounds there are otherwise."""
    for rnd in rounds:
        if str(rnd.number) == str(number).strip():
            return rnd
    known = ", ".join(str(r.number) for r in rounds) or "none"
    raise ExportError(QT_TRANSLATE_NOOP("Errors", "Track {track} has no round {number}; its rounds: {known}"),
                      track=track_ref, number=number, known=known)


def version_at(versions: list[model.ClauseVersion], rounds_by_id: dict[str, model.Round],
               rnd: model.Round) -> model.ClauseVersion | None:
    """The latest version tabled at or before `rnd` (a version at no round counts as tabled with the one before)."""
    limit = _round_key(rnd)
    key = (date.min, 0)
    found = None
    for version in versions:
        tabled = rounds_by_id.get(version.round_id or "")
        if tabled is not None:
            key = _round_key(tabled)
        if key <= limit:
            found = version
    return found


def top_spans(text: str) -> list[BracketSpan]:
    """The top-level [bracketed] spans of `text`; unbalanced text has none (it is shown plain)."""
    try:
        return [s for s in parse_brackets(text) if s.depth == 0]
    except BracketError:
        return []


def _cut(text: str, start: int, spans: list[BracketSpan]) -> list[tuple[str, int | None]]:
    """`text` (which starts at `start` in its version) cut at span edges: (piece, span number or None)."""
    out: list[tuple[str, int | None]] = []
    pos, end = start, start + len(text)
    for number, span in enumerate(spans):
        if span.end <= pos or span.start >= end:
            continue
        if span.start > pos:
            out.append((text[pos - start:span.start - start], None))
            pos = span.start
        stop = min(span.end, end)
        out.append((text[pos - start:stop - start], number))
        pos = stop
    if pos < end:
        out.append((text[pos - start:], None))
    return out


def _equal_pieces(text: str, pos_a: int, pos_b: int, spans_a: list[BracketSpan],
                  spans_b: list[BracketSpan]) -> list[Piece]:
    """Text both versions share, cut at either version's bracket edges. Where it is bracketed in one version
    and not in the other, Word cannot highlight it one way on Accept All and another on Reject All, so that
    part is written as a deletion (marked as the earlier text marks it) and an insertion (as the later does)."""
    out: list[Piece] = []
    offset = 0
    for piece, n in _cut(text, pos_b, spans_b):
        for sub, m in _cut(piece, pos_a + offset, spans_a):
            if (m is not None) == (n is not None):
                out.append(Piece("equal", sub, n is not None, n))
            else:
                out += [Piece("delete", sub, m is not None), Piece("insert", sub, n is not None, n)]
        offset += len(piece)
    return out


def pieces_of(segments: list[Segment], earlier: str, later: str) -> list[Piece]:
    """The redline's segments cut at the bracket edges of the version each belongs to."""
    spans_a, spans_b = top_spans(earlier), top_spans(later)
    pos_a = pos_b = 0
    out: list[Piece] = []
    for seg in segments:
        if seg.kind == "delete":
            out += [Piece("delete", t, n is not None) for t, n in _cut(seg.text, pos_a, spans_a)]
        elif seg.kind == "insert":
            out += [Piece("insert", t, n is not None, n) for t, n in _cut(seg.text, pos_b, spans_b)]
        else:
            out += _equal_pieces(seg.text, pos_a, pos_b, spans_a, spans_b)
        if seg.kind != "insert":
            pos_a += len(seg.text)
        if seg.kind != "delete":
            pos_b += len(seg.text)
    return out


def _people(codes: Sequence[str], lang: str) -> str:
    return ", ".join(codes) if codes else translate(CONTEXT, _NONE_RECORDED, lang)


def _ours(our_party: str, positions: list[model.Position], rounds_by_id: dict[str, model.Round],
          track_refs: dict[str, str], lang: str) -> list[str]:
    """Our latest non-empty value of each internal-only field ("Red line (MOU round 2 (...)): text"): a red line
    set at round 2 still holds at round 3."""
    def when(p: model.Position) -> tuple[date, int]:
        rnd = rounds_by_id.get(p.round_id)
        return (rnd.date, rnd.number) if rnd else (date.min, 0)

    ours = sorted((p for p in positions if p.party == our_party), key=when)
    out = []
    for name in aud.internal_fields(model.Position):
        for pos in reversed(ours):
            value = getattr(pos, name)
            if value.strip():
                rnd = rounds_by_id.get(pos.round_id)
                where = (round_label(track_refs.get(rnd.track_id, "?"), rnd, lang) if rnd
                         else translate(CONTEXT, _NO_ROUND, lang))
                label = translate(CONTEXT, _INTERNAL_LABELS[name], lang) if name in _INTERNAL_LABELS else name
                out.append(translate(CONTEXT, _ONE_NOTE, lang).format(label=label, round=where, text=value))
                break
    return out


def _notes(log: Log, clause: model.Clause, later: str, positions: list[model.Position],
           rounds_by_id: dict[str, model.Round], track_refs: dict[str, str], lang: str = "en") -> list[Note]:
    """Internal comments: who stands where on each open bracketed passage, and our red line and fallback."""
    notes = []
    open_by_text: dict[str, list[model.Bracket]] = {}
    for b in log.brackets.list(clause.id, open_only=True):
        open_by_text.setdefault(b.text, []).append(b)
    for number, span in enumerate(top_spans(later)):
        found = open_by_text.get(span.text)
        if not found:
            continue
        b = found.pop(0)
        notes.append(Note(number, translate(CONTEXT, _BRACKET_NOTE, lang).format(
            proposer=b.proposer or translate(CONTEXT, _UNKNOWN, lang), supporters=_people(b.supporters, lang),
            objectors=_people(b.objectors, lang))))
    ours = _ours(log.settings.our_party, positions, rounds_by_id, track_refs, lang)
    if ours:
        notes.append(Note(None, translate(CONTEXT, _INTERNAL_NOTE, lang).format(notes=" ".join(ours))))
    return notes


def build_word(log: Log, track: str, *, audience: str = "internal", compare: tuple[str | int, str | int] | None = None,
               marking: str | None = None, progress: ProgressCallback | None = None,
               lang: str | None = None) -> WordContent:
    """The negotiating text of the track `track` (its ref) for `audience`: the current text, or with `compare`
    (round A, round B: numbers of the track's rounds) the text as of A changed into the text as of B; the words
    the document adds in `lang` (English by default)."""
    lang = normalise(lang)
    try:
        audience = aud.audience_of(audience).value
    except ValueError:
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "Unknown audience {audience!r}; use internal or shareable"),
                          audience=audience) from None
    chosen = log.tracks.by_ref(track)
    rounds = log.rounds.list(chosen.id)
    rounds_by_id = {r.id: r for r in log.rounds.list()}
    track_refs = log.read.track_refs()
    earlier = later = None
    if compare is not None:
        earlier, later = (find_round(rounds, n, chosen.ref) for n in compare)
        if _round_key(earlier) >= _round_key(later):
            raise ExportError(QT_TRANSLATE_NOOP("Errors", "Compare an earlier round with a later one (round "
                                                          "{earlier} is not before round {later})"),
                              earlier=earlier.number, later=later.number)
    shown = later or (max(rounds, key=_round_key) if rounds else None)
    clauses = log.clauses.list(chosen.id)
    articles = []
    for done, clause in enumerate(clauses, start=1):
        versions = log.clauses.versions(clause.id)
        if later is not None:
            new_v = version_at(versions, rounds_by_id, later)
            old_v = version_at(versions, rounds_by_id, earlier) if earlier else None
        else:
            new_v, old_v = (versions[-1] if versions else None), None
        if new_v is not None or compare is None:
            new_text, old_text = new_v.text if new_v else "", old_v.text if old_v else ""
            segments = diff_words(old_text, new_text) if compare is not None else [Segment("equal", new_text)]
            earlier_text = old_text if compare is not None else new_text  # no compare: one text, shown as is
            article = Article(clause.ref, clause.title, pieces_of(segments, earlier_text, new_text),
                              author=new_v.party if new_v else "")
            if aud.shows_internal(audience):  # positions pass through audience.redact all the same
                positions = [aud.redact(p, audience) for p in log.positions.list(clause.id)]
                article.notes = _notes(log, clause, new_text, positions, rounds_by_id, track_refs, lang)
            articles.append(article)
        if progress is not None:
            progress(done, len(clauses))
    names = {p.code: p.name for p in log.parties.list()}
    settings = log.settings
    return WordContent(
        track_ref=chosen.ref, track_title=chosen.title,
        parties=[(code, names.get(code, code)) for code in chosen.parties],
        round_label=round_label(chosen.ref, shown, lang) if shown else "",
        compare_label=round_label(chosen.ref, earlier, lang) if earlier else "",
        change_date=later.date if later else None,
        audience=audience, marking=aud.default_marking(audience, marking, lang),
        delegation=settings.delegation, our_party=settings.our_party, articles=articles, lang=lang,
    )


