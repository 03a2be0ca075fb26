"""Matches a Draft's articles to the clauses of a track, previews what an import would do, and applies it.

Each article is matched to a clause by its ref ("Article 3" == "Art. 3" == "3."), then by its title, then by the
similarity of its words (difflib), and each match says how and how well. The preview lists changed articles
(with the word redline against the clause's current text), unchanged ones, new articles (proposed new clauses),
clauses absent from the file (flagged, never deleted) and the brackets each text would open or resolve. `apply`
writes it all in one transaction: the accepted text as a version by the chair's party, then each author's
proposals as a version by the party that author maps to.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from ...domain import model, record_rules
from ...domain.model import Changed
from ...domain.redline import Segment, diff_words
from ...errors import ERRORS_CONTEXT, ImportRefused, InvalidInputError, NotFoundError, RuleError
from ...i18n import QT_TRANSLATE_NOOP, Message, fill, localized, translate
from ...services import author_map as authors_setting
from ...services import chain
from .model import Draft, DraftArticle

if TYPE_CHECKING:
    from ...services.log import Log

IMPORTS = "Imports"  # the context of an import's report, in the language the command line speaks
_KINDS = {"new": QT_TRANSLATE_NOOP("Imports", "new"), "unchanged": QT_TRANSLATE_NOOP("Imports", "unchanged"),
          "changed": QT_TRANSLATE_NOOP("Imports", "changed")}
_MATCHED = {"ref": QT_TRANSLATE_NOOP("Imports", "-> {ref} (by ref, {score})"),
            "title": QT_TRANSLATE_NOOP("Imports", "-> {ref} (by title, {score})"),
            "text": QT_TRANSLATE_NOOP("Imports", "-> {ref} (by text, {score})")}
MIN_SIMILARITY = 0.6  # below this an article is a new one, not a rewording of a clause
ACCEPT, SKIP = "accept", "skip"
_REF_WORD = re.compile(r"^\s*(?:article|artikel|art[ií]culo|art)\.?\s*", re.I)
_JAPANESE_REF = re.compile(r"^\s*第\s*(?P<number>\S+?)\s*条\s*$")
_KANJI = {c: n for n, c in enumerate("〇一二三四五六七八九")}


def normal_ref(ref: str) -> str:
    """"Article 3", "Art. 3", "ART 3", "Artikel 3", "Artículo 3", "第3条", "第三条" and "3." all read "3"."""
    ref = unicodedata.normalize("NFKC", ref)  # full-width digits and letters as ASCII
    japanese = _JAPANESE_REF.match(ref)
    if japanese:
        ref = _kanji_number(japanese["number"])
    return _REF_WORD.sub("", ref).strip().rstrip(".").strip().casefold()


def _kanji_number(text: str) -> str:
    """"三" -> "3", "十二" -> "12", "二十一" -> "21", "百五" -> "105"; anything else as it is."""
    if not text or any(c not in _KANJI and c not in "十百" for c in text):
        return text
    total, digit = 0, None
    for c in text:
        if c in _KANJI:
            digit = _KANJI[c]
        else:
            total += (digit if digit is not None else 1) * (10 if c == "十" else 100)
            digit = None
    return str(total + (digit or 0))


def _normal_text(text: str) -> str:
    return " ".join(text.split())


@dataclass
class ArticlePlan:
    """One article of the draft and what importing it does."""

    index: int
    article: DraftArticle
    clause_id: str | None = None
    clause_ref: str = ""
    method: str = ""  # "ref", "title", "text", or "" for a new article
    score: float = 0.0
    current: str = ""  # the clause's current text
    redline: list[Segment] = field(default_factory=list)  # current -> the accepted text
    proposals: dict[str, list[Segment]] = field(default_factory=dict)  # author -> redline against accepted text
    brackets_created: list[str] = field(default_factory=list)
    brackets_resolved: list[str] = field(default_factory=list)
    problem: str = ""  # a text the log would refuse (unbalanced brackets, ...)

    @property
    def kind(self) -> str:
        if self.clause_id is None:
            return "new"
        return "unchanged" if _normal_text(self.article.text) == _normal_text(self.current) else "changed"

    def bracket_label(self, text: str) -> str:
        """"[text]", with the party the file names as its proposer when it names one."""
        party = next((p for t, p in self.article.bracket_proposers if t == text and p), "")
        return _bracket(text) + (f" ({party})" if party else "")

    def describe(self, lang: str | None = None) -> str:
        """The article's lines of the report, in `lang` (English when None); the file's text as it is."""
        a = self.article
        where = (fill(IMPORTS, _MATCHED.get(self.method, _MATCHED["text"]), lang, ref=self.clause_ref,
                      score=f"{self.score:.2f}") if self.clause_id
                 else translate(IMPORTS, QT_TRANSLATE_NOOP("Imports", "-> new clause (proposed)"), lang))
        lines = [f"  {a.ref} {a.title}".rstrip() + f" {where}: {translate(IMPORTS, _KINDS[self.kind], lang)}"]
        if self.kind == "changed":
            lines.append("      " + fill(IMPORTS, QT_TRANSLATE_NOOP("Imports", "redline: {redline}"), lang,
                                         redline=render(self.redline)))
        for author, segments in self.proposals.items():
            lines.append("      " + fill(IMPORTS, QT_TRANSLATE_NOOP("Imports", "{author} proposes: {redline}"), lang,
                                         author=author, redline=render(segments)))
        if self.brackets_created:
            lines.append("      " + fill(IMPORTS, QT_TRANSLATE_NOOP("Imports", "brackets opened: {brackets}"), lang,
                                         brackets=", ".join(self.bracket_label(b) for b in self.brackets_created)))
        if self.brackets_resolved:
            lines.append("      " + fill(IMPORTS, QT_TRANSLATE_NOOP("Imports", "brackets resolved: {brackets}"),
                                         lang, brackets=", ".join(_bracket(b) for b in self.brackets_resolved)))
        if self.problem:
            lines.append("      " + fill(IMPORTS, QT_TRANSLATE_NOOP("Imports", "PROBLEM: {problem}"), lang,
                                         problem=localized(self.problem, lang)))
        return "\n".join(lines)


def _bracket(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return f"[{text if len(text) <= limit else text[: limit - 1] + '…'}]"


def render(segments: list[Segment], limit: int = 300, context: int = 40) -> str:
    """A redline on one line: {+inserted+} and [-deleted-], long unchanged stretches cut to the words near a change."""
    parts = []
    last = len(segments) - 1
    for n, s in enumerate(segments):
        text = re.sub(r"\s+", " ", s.text) if s.kind == "equal" else s.text
        if s.kind == "equal" and last > 0 and len(text) > 2 * context + 5:
            if n == 0:
                text = f"… {text[-context:]}"
            elif n == last:
                text = f"{text[:context]} …"
            else:
                text = f"{text[:context]} … {text[-context:]}"
        parts.append(text if s.kind == "equal" else ("{+" + text + "+}" if s.kind == "insert" else "[-" + text + "-]"))
    out = " ".join("".join(parts).split())
    return out if len(out) <= limit else out[: limit - 1] + "…"


@dataclass
class Preview:
    """What importing a draft into a track would do; nothing is written until `apply`."""

    draft: Draft
    track_id: str
    track_ref: str
    articles: list[ArticlePlan]
    absent: list[tuple[str, str, str]]  # (clause id, ref, title) of clauses the file does not hold

    def of_kind(self, kind: str) -> list[ArticlePlan]:
        return [a for a in self.articles if a.kind == kind]

    def describe(self, lang: str | None = None) -> str:
        """What the import would do, article by article, in `lang` (English when None)."""
        d = self.draft

        lines = [fill(IMPORTS, QT_TRANSLATE_NOOP("Imports", "{file} (sha256 {digest}) into {track}: {articles} "
                                                 "article(s): {changed} changed, {unchanged} unchanged, {new} new; "
                                                 "{absent} clause(s) absent from the file"), lang,
                      file=d.source_name, digest=d.sha256[:12], track=self.track_ref, articles=len(d.articles),
                      changed=len(self.of_kind("changed")), unchanged=len(self.of_kind("unchanged")),
                      new=len(self.of_kind("new")), absent=len(self.absent))]
        lines += [a.describe(lang) for a in self.articles]
        lines += ["  " + fill(IMPORTS, QT_TRANSLATE_NOOP("Imports", "absent from the file (kept, not deleted): {ref} "
                                                         "{title}"), lang, ref=ref, title=title)
                  for _, ref, title in self.absent]
        if d.authors:
            lines.append("  " + fill(IMPORTS, QT_TRANSLATE_NOOP("Imports", "tracked changes by: {authors}"), lang,
                                     authors=", ".join(sorted(d.authors))))
        return "\n".join(lines)


def build_preview(log: Log, draft: Draft, track_ref: str) -> Preview:
    """Match every article of `draft` to a clause of the track and plan its versions and brackets."""
    try:
        track = log.tracks.by_ref(track_ref)
    except NotFoundError:
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "No track {track!r} in this log"), track=track_ref) from None
    clauses = log.clauses.list(track.id)
    current = {}
    for c in clauses:
        version = log.clauses.current_version(c.id)
        current[c.id] = version.text if version else ""
    plans = [ArticlePlan(i, a) for i, a in enumerate(draft.articles)]
    _match(plans, clauses, current)
    for plan in plans:
        _plan_texts(log, plan)
    matched = {p.clause_id for p in plans}
    absent = [(c.id, c.ref, c.title) for c in clauses if c.id not in matched]
    return Preview(draft, track.id, track.ref, plans, absent)


def _match(plans: list[ArticlePlan], clauses: list[model.Clause], current: dict[str, str]) -> None:
    free = {c.id: c for c in clauses}

    def take(plan: ArticlePlan, clause: model.Clause, method: str, score: float) -> None:
        plan.clause_id, plan.clause_ref, plan.method, plan.score = clause.id, clause.ref, method, score
        plan.current = current[clause.id]
        del free[clause.id]

    by_ref = {normal_ref(c.ref): c for c in reversed(clauses)}
    for plan in plans:
        clause = by_ref.get(normal_ref(plan.article.ref))
        if clause is not None and clause.id in free:
            take(plan, clause, "ref", 1.0)
    for plan in plans:
        title = " ".join(plan.article.title.split()).casefold()
        if plan.clause_id is None and title:
            clause = next((c for c in free.values() if " ".join(c.title.split()).casefold() == title), None)
            if clause is not None:
                take(plan, clause, "title", 1.0)
    words = {cid: text.split() for cid, text in current.items()}
    for plan in plans:
        if plan.clause_id is not None or not free:
            continue
        mine = _article_text(plan.article).split()
        best, best_score = None, MIN_SIMILARITY
        for cid in free:
            matcher = SequenceMatcher(None, mine, words[cid], autojunk=False)
            if matcher.real_quick_ratio() < best_score or matcher.quick_ratio() < best_score:
                continue
            score = matcher.ratio()
            if score >= best_score:
                best, best_score = cid, score
        if best is not None:
            take(plan, free[best], "text", round(best_score, 2))


def _article_text(article: DraftArticle) -> str:
    """The text an article brings: the accepted one, or (an article only proposed) its first author's."""
    return article.text or next(iter(article.by_author.values()), "")


def _plan_texts(log: Log, plan: ArticlePlan) -> None:
    a = plan.article
    base = _article_text(a)
    plan.redline = diff_words(plan.current, base) if plan.clause_id else []
    plan.proposals = {author: diff_words(base, text) for author, text in sorted(a.by_author.items())}
    open_texts = Counter(b.text for b in log.brackets.list(plan.clause_id, open_only=True)) if plan.clause_id else Counter()
    created, resolved = [], []
    for text in [t for t in (a.text, *(a.by_author[k] for k in sorted(a.by_author))) if t]:
        try:
            spans = [s.text for s in record_rules.check_clause_text(text)]
        except RuleError as exc:
            told = Message(ERRORS_CONTEXT, exc.template, **exc.params)  # told in the report's language
            plan.problem = told if told == str(exc) else str(exc)
            return
        kept = Counter(open_texts)
        for span in spans:
            if kept[span] > 0:
                kept[span] -= 1
            elif span not in created:
                created.append(span)
        resolved += [t for t, n in kept.items() if n > 0 and t not in resolved]
        open_texts = Counter(spans)
    plan.brackets_created, plan.brackets_resolved = created, resolved


# --- applying ------------------------------------------------------------------------------------------------

@dataclass
class ImportResult:
    """What `apply` wrote, enough for undo: the versions added to existing clauses and the clauses added."""

    changed: Changed
    revised: list[str] = field(default_factory=list)  # clause id per version added, in order
    added: list[str] = field(default_factory=list)  # clause ids of new clauses

    def describe(self, lang: str | None = None) -> str:
        """What was written, in `lang` (English when None)."""
        return fill(IMPORTS, QT_TRANSLATE_NOOP("Imports", "{versions} new version(s) of existing clauses, "
                                               "{clauses} new clause(s); clauses absent from the file were kept"),
                    lang, versions=len(self.revised), clauses=len(self.added))


def unknown_authors(preview: Preview, mapping: dict[str, str], choices: dict[int, str] | None = None) -> list[str]:
    """The authors with changes in the articles to import that the map does not name, sorted."""
    choices = choices or {}
    seen = {author for p in preview.articles if choices.get(p.index, ACCEPT) != SKIP for author in p.article.by_author}
    return sorted(seen - mapping.keys())


def apply(log: Log, preview: Preview, round_id: str, party: str, author_map: dict[str, str],
          choices: dict[int, str] | None = None) -> ImportResult:
    """Write the preview in ONE transaction. `choices`: article index -> "accept" (default), "skip" or the id of a
    clause to attach the article to. `author_map` (author -> party code) is merged into the log's map."""
    choices = choices or {}
    mapping = {**authors_setting.author_map(log), **author_map}
    missing = unknown_authors(preview, mapping, choices)
    if missing:
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "No party for the Word author(s) {authors}: map each to a "
                                                   "party (--author \"NAME=PARTY\"); nothing was imported"),
                            authors=", ".join(repr(m) for m in missing))
    d = preview.draft
    result = ImportResult(Changed())
    with log.write(f"{d.kind} import of {d.source_name} ({d.sha256[:12]})"):
        if author_map:
            result.changed |= authors_setting.set_author_map(log, author_map)
        for plan in preview.articles:
            choice = choices.get(plan.index, ACCEPT)
            if choice == SKIP:
                continue
            target = plan.clause_id if choice == ACCEPT else choice
            try:
                _apply_article(log, preview, plan, target, round_id, party, mapping, result)
            except (InvalidInputError, RuleError, NotFoundError) as exc:
                raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "{ref}: the log refused it ({reason}); nothing was "
                                                               "imported"), ref=plan.article.ref,
                                    reason=exc) from None
        chain.record_import(log, d.kind, d.source_name, d.sha256,
                            {"versions": len(result.revised), "clauses": len(result.added)})
        if result.added:
            log.lay_out_clauses()
    return result


def _apply_article(log: Log, preview: Preview, plan: ArticlePlan, target: str | None, round_id: str, party: str,
                   mapping: dict[str, str], result: ImportResult) -> None:
    a = plan.article
    texts = ([(a.party or party, a.text)] if a.text else []) + [(mapping[k], a.by_author[k])
                                                                for k in sorted(a.by_author)]
    if target is None:
        (first_party, first_text), texts = texts[0], texts[1:]
        made = log.clauses.add(preview.track_id, a.ref, a.title or a.ref, first_text, party=first_party,
                               round_id=round_id, status=model.ClauseStatus.PROPOSED)
        result.changed |= made
        target = made.record.id
        result.added.append(target)
        last = first_text
        if a.text:
            result.changed |= _set_proposers(log, target, log.clauses.current_version(target), a)
    else:
        version = log.clauses.current_version(target)
        last = version.text if version else ""
    for who, text in texts:
        if _normal_text(text) == _normal_text(last):
            continue
        changed = log.clauses.revise(target, text, round_id=round_id, party=who)
        result.changed |= changed
        if text == a.text:
            result.changed |= _set_proposers(log, target, changed.record, a)
        if target not in result.added:
            result.revised.append(target)
        last = text


def _set_proposers(log: Log, clause_id: str, version: model.ClauseVersion | None, a: DraftArticle) -> Changed:
    """Give each bracket the accepted text's version opened the proposer the file names (Akoma Ntoso says who
    proposed each bracket; the log first gives them the version's party)."""
    changed = Changed()
    wanted: dict[str, deque[str]] = defaultdict(deque)
    for text, party in a.bracket_proposers:
        if party:
            wanted[text].append(party)
    if version is None or not wanted:
        return changed
    for bracket in log.brackets.list(clause_id):
        if bracket.version_id == version.id and wanted.get(bracket.text):
            party = wanted[bracket.text].popleft()
            if party != bracket.proposer:
                changed |= log.brackets.update(bracket.id, proposer=party, supporters=[party])
    return changed


def undo_import(log: Log, result: ImportResult) -> Changed:
    """Reverse an import (the app's undo): drop the versions it added, newest first, and the clauses it made."""
    changed = Changed()
    with log.write():
        for clause_id in reversed(result.revised):
            changed |= log.clauses.delete_latest_version(clause_id)
        for clause_id in reversed(result.added):
            changed |= log.clauses.delete(clause_id)
    return changed
