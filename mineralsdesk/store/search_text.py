"""Search text handling without SQL: CJK bigram forms, translation of what a user typed, and snippets.

CJK text has no spaces, and FTS5's unicode61 tokenizer takes a whole run of kana/kanji as one token, so
only the start of a run could be found. Each CJK run is therefore indexed as its overlapping bigrams plus
its last character ("サプライ" -> "サプ プラ ライ イ"), and a CJK query becomes the phrase of its bigrams, so
any substring of two or more characters matches (one character matches as a prefix). Measured against a
trigram index beside the word index: trigram needs three or more characters per term, so two-character
words (信頼, 明記, 国内) could not be searched at all, and it indexes every Latin character position too
(on the 10k benchmark log: 3.3 MB of index built in 0.57 s, against 0.5 MB in 0.15 s for words); bigrams
in the same column add nothing for Latin text and keep phrases and NEAR across Latin and CJK words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..errors import SearchSyntaxError
from ..i18n import QT_TRANSLATE_NOOP

HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"

# Han (with extensions and compatibility forms), kana (with half-width katakana), the iteration and
# prolonged-sound marks, and Hangul.
_CJK_RANGES = ("\u3005-\u3007\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
               "\uff66-\uff9f\U00020000-\U0003134f")
CJK_RUN = re.compile(f"[{_CJK_RANGES}]+")
_HAS_TOKEN = re.compile("[^\\W_]")

SNIPPET_BEFORE = 30   # columns of context shown before the first match (a CJK character counts two)
SNIPPET_WIDTH = 120   # columns a snippet shows at most
_CANDIDATES = 8       # matches tried as the start of the snippet window
MAX_HIGHLIGHTED = 32  # distinct words highlighted at most (a pasted page as a query stays quick)


def _bigrams(run: str) -> list[str]:
    return [run[i:i + 2] for i in range(len(run) - 1)] + [run[-1]]


def index_form(text: str) -> str:
    """The text as indexed: every CJK run replaced by its bigrams and last character, Latin text as is."""
    if not CJK_RUN.search(text):
        return text
    return CJK_RUN.sub(lambda m: " " + " ".join(_bigrams(m.group())) + " ", text)


class _Fold(dict):
    """Per-character folding as unicode61 does it (case, Latin diacritics), one character for one."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        low = ch.lower()
        if len(low) != 1:
            low = ch
        if not CJK_RUN.match(low):
            parts = unicodedata.normalize("NFD", low)
            if len(parts) > 1 and all(unicodedata.combining(p) for p in parts[1:]):
                low = parts[0]
        self[code] = low
        return low


_FOLD = _Fold()
# Characters whose fold is str.lower()'s, one for one (tests/store/test_search_fold.py checks each): ASCII, the CJK
# ranges, CJK punctuation and the full- and half-width forms. Text of only these (English with Japanese) folds in C;
# other text goes character by character through _FOLD (~10x slower). Compiled on first use: a class holding the
# CJK ranges takes milliseconds to compile, which the app's start does not need.
LOWER_FOLDS = f"\x00-\x7f{_CJK_RANGES}\u3000-\u303f\uff00-\uffef"
_OTHER_THAN_LOWER: re.Pattern | None = None


def fold(text: str) -> str:
    """Case- and diacritic-folded text of the same length, so positions map back to the original."""
    global _OTHER_THAN_LOWER
    if text.isascii():
        return text.lower()
    if _OTHER_THAN_LOWER is None:
        _OTHER_THAN_LOWER = re.compile(f"[^{LOWER_FOLDS}]")
    return text.lower() if _OTHER_THAN_LOWER.search(text) is None else text.translate(_FOLD)


@dataclass(frozen=True)
class Mark:
    """How to find a word or phrase of the query in a folded text, to highlight it.

    Word boundaries at Latin ends are checked in Python after a match (`left`, `right`) rather than in
    the pattern: a character class holding the CJK ranges takes ~15 ms to compile, per word.
    """

    pattern: str
    left: bool    # must not follow a letter or digit of a space-separated script
    right: bool   # must not be followed by one
    prefix: bool  # extends to the end of its word


@dataclass
class Term:
    """One word or phrase of the query: its FTS5 form and how to highlight it."""

    fts: str
    mark: Mark


def make_term(text: str, *, prefix: bool) -> Term | None:
    """A word or "phrase" as FTS5 phrase syntax over the index form, or None if it has no letters."""
    text = text.replace('"', " ")
    pieces = [p for p in re.split(f"({CJK_RUN.pattern})", text) if p]
    tokens: list[tuple[str, bool]] = []  # (piece, is_cjk) with at least one token in each
    for piece in pieces:
        cjk = bool(CJK_RUN.fullmatch(piece))
        if cjk or _HAS_TOKEN.search(piece):
            tokens.append((piece, cjk))
    if not tokens:
        return None
    fts_parts: list[str] = []
    regex_parts: list[str] = []
    star = False
    for i, (piece, cjk) in enumerate(tokens):
        last = i == len(tokens) - 1
        if cjk:
            grams = _bigrams(piece)
            # Inside the term the run ends where the document's run ends (its last character is indexed
            # alone); at the end of the term it may go on, so the bigrams alone (or one character as a prefix).
            fts_parts += grams if not last else (grams[:-1] or grams)
            star = last and len(piece) == 1
            regex_parts.append(re.escape(fold(piece)))
        else:
            fts_parts.append(piece)
            star = last and prefix
            words = [re.escape(w) for w in re.findall(r"[^\W_]+", fold(piece))]
            regex_parts.append("[\\W_]+".join(words))
    pattern = ""
    for i, ((_piece, cjk), part) in enumerate(zip(tokens, regex_parts, strict=True)):
        if i > 0:
            pattern += "[\\W_]*" if cjk or tokens[i - 1][1] else "[\\W_]+"
        pattern += part
    latin_end = not tokens[-1][1]  # a prefix is highlighted to the end of its word, as the index matched it
    mark = Mark(pattern, left=not tokens[0][1], right=latin_end and not star, prefix=latin_end and star)
    return Term('"' + " ".join(fts_parts) + '"' + ("*" if star else ""), mark)


_TOKEN = re.compile(r'-?"[^"]*"|\(|\)|,\s*\d+(?=\s*\))|(?:[^\s()",]|,(?!\s*\d+\s*\)))+|"')
_OPERATORS = {"AND", "OR", "NOT"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")  # FTS5 reads a NUL as the end of the query


@dataclass
class Query:
    """A translated query: the FTS5 expression, the patterns of the words to highlight and, for each of those, its
    FTS5 phrase (search scores a match by them: store/search.py)."""

    fts: str
    highlight: list[Mark]
    phrases: list[str] = field(default_factory=list)


class _Group:
    def __init__(self, negated: bool):
        self.out: list[str] = []
        self.leave_out: list[str] = []
        self.negated = negated
        self.expect_term = True

    def render(self) -> str:
        if self.expect_term and self.out:
            raise SearchSyntaxError(QT_TRANSLATE_NOOP("Errors", "{operator} needs a word on each side"),
                                    operator=self.out[-1])
        if not self.out:
            if self.leave_out:
                raise SearchSyntaxError(QT_TRANSLATE_NOOP("Errors", "-word leaves a word out: add a word "
                                                                    "to search for, e.g. lithium -cobalt"))
            raise SearchSyntaxError(QT_TRANSLATE_NOOP("Errors", "Type a word to search for"))
        body = " ".join(self.out)
        for term in self.leave_out:
            body = f"({body}) NOT {term}"
        return body


def translate(text: str) -> Query:
    """Translate what a user typed into FTS5 syntax (see to_fts_query) and the words to highlight."""
    tokens = _TOKEN.findall(_CONTROL.sub(" ", text).strip())
    groups = [_Group(negated=False)]
    highlight: list[Mark] = []
    phrases: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        group = groups[-1]
        last = i == len(tokens) - 1
        i += 1
        if tok == '"' or tok == '-"':
            raise SearchSyntaxError(QT_TRANSLATE_NOOP("Errors", "A quotation mark is not closed"))
        if tok.startswith(","):
            raise SearchSyntaxError(QT_TRANSLATE_NOOP("Errors", "A distance such as , 5 belongs inside "
                                                                "NEAR(word word, 5)"))
        if tok == "(":
            negated = group.negated or (bool(group.out) and group.out[-1] == "NOT")
            groups.append(_Group(negated))
            continue
        if tok == ")":
            if len(groups) == 1:
                raise SearchSyntaxError(QT_TRANSLATE_NOOP("Errors", "A parenthesis is not matched"))
            groups.pop()
            groups[-1].out.append("(" + group.render() + ")")
            groups[-1].expect_term = False
            continue
        if tok in _OPERATORS:
            if group.expect_term or last:
                raise SearchSyntaxError(QT_TRANSLATE_NOOP("Errors", "{operator} needs a word on each side"),
                                        operator=tok)
            group.out.append(tok)
            group.expect_term = True
            continue
        if tok == "NEAR" and i < len(tokens) and tokens[i] == "(":
            near, i = _near(tokens, i + 1)
            group.out.append(near.fts)
            if not (group.negated or (group.out[:-1] and group.out[-2] == "NOT")):
                highlight += near.highlight
                phrases += near.phrases
            group.expect_term = False
            continue
        leave_out = tok.startswith("-") and len(tok) > 1
        word = tok[1:] if leave_out else tok
        if word.startswith('"'):
            term = make_term(word[1:-1], prefix=False)
        else:
            term = make_term(word.rstrip("*"), prefix=word.endswith("*") or (last and len(word) >= 2 and not leave_out))
        if term is None:
            continue
        if leave_out:
            group.leave_out.append(term.fts)
            continue
        if not (group.negated or (group.out and group.out[-1] == "NOT")):
            highlight.append(term.mark)
            phrases.append(term.fts)
        group.out.append(term.fts)
        group.expect_term = False
    if len(groups) != 1:
        raise SearchSyntaxError(QT_TRANSLATE_NOOP("Errors", "A parenthesis is not matched"))
    return Query(groups[0].render(), highlight, phrases)


def _near(tokens: list[str], i: int) -> tuple[Query, int]:
    """NEAR(word "a phrase" ..., N): the words within N (default 10) words of each other."""
    fts: list[str] = []
    patterns: list[Mark] = []
    distance = ""
    while i < len(tokens) and tokens[i] != ")":
        tok = tokens[i]
        i += 1
        if tok.startswith(","):
            distance = tok.lstrip(", \t")
            continue
        if tok in ("(", '"', '-"') or tok in _OPERATORS or tok.startswith("-"):
            raise SearchSyntaxError(QT_TRANSLATE_NOOP("Errors", "NEAR(...) takes words and \"phrases\" "
                                                                "only, e.g. NEAR(price floor, 5)"))
        term = make_term(tok[1:-1], prefix=False) if tok.startswith('"') else make_term(
            tok.rstrip("*"), prefix=tok.endswith("*"))
        if term is not None:
            fts.append(term.fts)
            patterns.append(term.mark)
    if i >= len(tokens):
        raise SearchSyntaxError(QT_TRANSLATE_NOOP("Errors", "A parenthesis is not matched"))
    if len(fts) < 2:
        raise SearchSyntaxError(QT_TRANSLATE_NOOP("Errors", "NEAR needs two or more words, e.g. NEAR(price "
                                                            "floor, 5)"))
    return Query(f"NEAR({' '.join(fts)}{', ' + distance if distance else ''})", patterns, list(fts)), i + 1


def to_fts_query(text: str) -> str:
    """Translate what a user typed into FTS5 syntax over the index form.

    Words are matched as given (each quoted, so punctuation is harmless); the last word also matches
    as a prefix so results come while typing; a CJK word matches anywhere inside a run of CJK text;
    "quoted phrases", AND, OR, NOT, parentheses, NEAR(a b, N) and a trailing * work as in FTS5, and a
    leading -word leaves out what holds that word. Raises SearchSyntaxError, with a one-line message,
    for an unbalanced quote or parenthesis, a dangling operator or a query with only words left out.
    """
    return translate(text).fts


def make_snippet(text: str, matcher: Matcher | None, *, more_before: bool = False,
                 more_after: bool = False) -> str | None:
    """A short window of text around its best match, the matches wrapped in highlight marks.

    The work is bounded by len(text), which callers keep to one index chunk; None if nothing matches.
    """
    if matcher is None:
        return None
    folded = fold(text)
    found = []
    # With one word to highlight every window shows one word and the first wins: only the first match is needed.
    wanted = 1 if len(matcher.marks) == 1 else _CANDIDATES
    for m in matcher.find(folded, 0, len(folded)):
        found.append(m)
        if len(found) >= wanted:
            break
    if not found:
        return None
    best_start, best_terms = _window_start(text, found[0][0]), -1
    words = len({word for _s, _e, word in found})
    for m_start, _m_end, _word in found if words > 1 else ():
        # the window showing the most different words wins, the first on a tie: one showing all of them ends the search
        start = _window_start(text, m_start)
        end = _window_end(text, start)
        terms = len({word for s, e, word in found if start <= s and e <= end})
        if terms > best_terms:
            best_start, best_terms = start, terms
            if terms == words:
                break
    start = best_start
    end = _window_end(text, start)
    out = ["…" if start > 0 or more_before else ""]
    pos = start
    for m_start, m_end, _word in matcher.find(folded, start, end):
        out += [text[pos:m_start], HIGHLIGHT_START, text[m_start:m_end], HIGHLIGHT_END]
        pos = m_end
    out.append(text[pos:end])
    if end < len(text) or more_after:
        out.append("…")
    return "".join(out).strip()


def _wide(text: str) -> int:
    """How many characters of text are CJK (shown twice as wide as Latin ones)."""
    return sum(len(run) for run in CJK_RUN.findall(text)) if not text.isascii() else 0


def _over(segment: str, columns: int) -> int:
    """About how many characters to drop from a segment so it shows in `columns` (CJK counts two)."""
    wide = _wide(segment)
    excess = len(segment) + wide - columns
    return 0 if excess <= 0 else -(-excess * len(segment) // (len(segment) + wide))


def _window_start(text: str, match: int) -> int:
    start = max(0, match - SNIPPET_BEFORE)
    start += _over(text[start:match], SNIPPET_BEFORE)
    if start > 0 and not CJK_RUN.match(text[start]):
        space = text.find(" ", start, match)
        if space >= 0:
            start = space + 1
    return start


def _window_end(text: str, start: int) -> int:
    end = min(len(text), start + SNIPPET_WIDTH)
    end -= _over(text[start:end], SNIPPET_WIDTH)
    if end < len(text) and not CJK_RUN.match(text[end - 1]):
        space = text.rfind(" ", start + SNIPPET_WIDTH // 2, end)
        if space > 0:
            end = space
    return end


def _latin_word_char(ch: str) -> bool:
    return ch.isalnum() and not CJK_RUN.match(ch)


class Matcher:
    """Finds every highlighted word in a folded text: one pattern, a group per word."""

    def __init__(self, marks: list[Mark]):
        self.marks = marks
        self.regex = re.compile("|".join(f"({m.pattern})" for m in marks))

    def find(self, folded: str, start: int, end: int) -> Iterator[tuple[int, int, int]]:
        """(start, end, word) of each match within folded[start:end], word boundaries checked."""
        for m in self.regex.finditer(folded, start, end):
            s, e, mark = m.start(), m.end(), self.marks[m.lastindex - 1]
            if e <= s or (mark.left and s > 0 and _latin_word_char(folded[s - 1])):
                continue
            if mark.right and e < len(folded) and _latin_word_char(folded[e]):
                continue
            while mark.prefix and e < end and _latin_word_char(folded[e]):
                e += 1
            yield s, e, m.lastindex


def matcher_for(marks: list[Mark]) -> Matcher | None:
    """The matcher of the query's highlighted words (at most MAX_HIGHLIGHTED different ones)."""
    distinct = list(dict.fromkeys(marks))[:MAX_HIGHLIGHTED]
    return Matcher(distinct) if distinct else None


def excerpt(text: str) -> str:
    """The start of a text as a snippet without highlights (when the match is not in it)."""
    end = _window_end(text, 0)
    return text[:end] + ("…" if end < len(text) else "")
