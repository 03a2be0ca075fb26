"""Search scoring without FTS5's bm25(): the same BM25 over a bounded set of candidates, and bounded prefixes.

FTS5's bm25() counts, once per query, every row of the whole index matching each phrase (for its idf), however few
rows it ranks: ~1 ms at 100k versions, 25-27 ms at a million, the floor of any bm25() query. A last typed word is
a prefix ("stockpile"*), which FTS5 expands by merging the row lists of every term it starts: 36 ms at a million
against 0.06 ms for the word alone. Here both are bounded:

- A candidate's score is BM25 as FTS5 computes it (k1 1.2, b 0.75, a title counting five times its body), from
  the phrase counts in the candidate's own text (the highlight patterns, one per phrase of the query), the row's
  token count (FTS5's docsize table) and the index's row and token totals (its averages record). Each phrase's
  document frequency is counted over its newest DF_SAMPLE matches on each side of the index, and scaled by the
  share of the rowid range they span when there are more (a word in 100,000 rows costs what one in 1,000 does):
  exact for every word with fewer matches, as in the demo and the tests.
- A prefix becomes the OR of at most PREFIX_TERMS whole terms of the index's vocabulary, the shortest first: what
  is typed, then its nearest longer forms; each is then walked lazily, newest first, like any word. The terms come
  from search_terms (kept on each index write), a b-tree range: FTS5's own fts5vocab table counts every row of
  each term it lists (5-34 ms for one prefix at a million versions).
"""

from __future__ import annotations

import math
import re
import string
from bisect import bisect_right
from itertools import accumulate, repeat

from . import cipher
from .database import LogDatabase
from .search_text import Matcher, _latin_word_char, fold

K1 = 1.2
B = 0.75
TITLE_WEIGHT = 5.0  # as bm25(search_index, 0, 0, 0, 5.0, 1.0, 0, 0) weighed them
BODY_WEIGHT = 1.0
DF_SAMPLE = 300  # newest matches of a phrase counted for its document frequency, on each side of the index
SLICES = 1  # and the older rest counted in this many evenly spaced slices of its rowids (each a stratum's middle),
SLICE_SHARE = 8  # together 1/SLICE_SHARE of the rest
PREFIX_TERMS = 16  # whole terms a prefix stands for at most
PREFIX_LISTED = 256  # vocabulary terms looked at for a prefix, the shortest PREFIX_TERMS of them kept

_PREFIX = re.compile(r'"((?:[^"]|"")*)"\*')
_TOKEN = re.compile(r"[^\W_]+")
_NEAR = re.compile(r'NEAR\((?:[^"()]|"(?:[^"]|"")*")*\)')
_ASCII_WORD = frozenset(string.ascii_letters + string.digits)  # _latin_word_char of an ASCII character


def varints(blob: bytes) -> list[int]:
    """The SQLite varints of an FTS5 record (docsize sizes, the averages record)."""
    out, value, count = [], 0, 0
    for byte in blob:
        if count == 8:  # a ninth byte carries eight bits
            out.append((value << 8) | byte)
            value, count = 0, 0
            continue
        value = (value << 7) | (byte & 0x7F)
        count += 1
        if byte < 0x80:
            out.append(value)
            value, count = 0, 0
    return out


def _expansions(db: LogDatabase, prefix: str) -> list[str]:
    """The shortest PREFIX_TERMS terms of the index that start with `prefix` (itself first when it is one)."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    terms = [t for (t,) in db.execute("SELECT term FROM search_terms WHERE term >= ? AND term < ? LIMIT ?",
                                      [prefix, upper, PREFIX_LISTED])]
    return sorted(terms, key=lambda t: (len(t), t))[:PREFIX_TERMS]


def terms_of(*texts: str) -> set[str]:
    """The terms of indexed text as the index's tokenizer makes them (unicode61: letters and digits, folded)."""
    return {t for text in texts if text for t in _TOKEN.findall(fold(text))}


def keep_terms(db: LogDatabase, *texts: str) -> None:
    """Add the terms of newly indexed text to search_terms (which prefixes are expanded from)."""
    try:
        db.conn.executemany("INSERT OR IGNORE INTO search_terms (term) VALUES (?)", ((t,) for t in terms_of(*texts)))
    except cipher.OperationalError as exc:
        if "search_terms" not in str(exc):
            raise
        # a schema step before 12 re-indexing: step 12 then fills search_terms from the whole index


def bound_prefixes(db: LogDatabase, fts: str) -> str:
    """The FTS5 expression with each prefix phrase ("a b"*) replaced by the OR of its whole-term forms (inside
    NEAR(...), which takes phrases only, a prefix is left to FTS5)."""
    if "*" not in fts:
        return fts
    near = [(m.start(), m.end()) for m in _NEAR.finditer(fts)]
    out, done = [], 0
    for m in _PREFIX.finditer(fts):
        if any(a <= m.start() < b for a, b in near):
            continue
        tokens = _TOKEN.findall(fold(m.group(1).replace('""', '"')))
        if not tokens:
            continue
        forms = _expansions(db, tokens[-1])
        head = " ".join(tokens[:-1])
        phrases = ['"' + (head + " " if head else "") + t.replace('"', '""') + '"' for t in forms or [tokens[-1]]]
        group = phrases[0] if len(phrases) == 1 else "(" + " OR ".join(phrases) + ")"
        # FTS5 joins a parenthesised group to a neighbouring phrase only with an explicit AND.
        if len(phrases) > 1 and fts[:m.start()].rstrip()[-1:] in ('"', ")", "*"):
            group = "AND " + group
        if len(phrases) > 1 and fts[m.end():].lstrip()[:1] in ('"', "("):
            group += " AND"
        out += [fts[done:m.start()], group]
        done = m.end()
    return "".join(out) + fts[done:]


def attached_text(db: LogDatabase) -> bool:
    """Whether the index holds attached text (rowids below zero). FTS5 reads a word's whole list of rows to walk it
    newest first, so a query asks for that side only when there is one (~0.6 ms a phrase at 100k versions)."""
    return db.execute("SELECT 1 FROM search_index_docsize WHERE id < 0 LIMIT 1").fetchone() is not None


class Scorer:
    """BM25 of candidate rows for one query: idf per phrase fixed on creation, then `score` per row."""

    def __init__(self, db: LogDatabase, matcher: Matcher | None, phrases: list[str], attached: bool | None = None,
                 known: dict[str, list[int]] | None = None):
        """`known`: a phrase's newest matching records' rowids already read (newest first, all of them or at least
        DF_SAMPLE), so its document count does not walk the index again."""
        self.matcher = matcher
        self.known = known or {}
        self.sides = (("rowid > 0", "rowid DESC"),) + (
            (("rowid < 0", "rowid"),) if (attached_text(db) if attached is None else attached) else ())
        row = db.execute("SELECT block FROM search_index_data WHERE id = 1").fetchone()
        totals = varints(row[0]) if row and row[0] else [0]  # an empty index has an empty record
        self.rows = max(totals[0], 1)
        self.avgdl = max(sum(totals[1:]) / self.rows, 1e-9)
        self.documents = [self._documents(db, phrase) for phrase in phrases]
        self.idf = [self._idf(n) for n in self.documents]
        # Each phrase's highlight pattern (one per phrase: the Matcher's own, compiled apart to count each phrase).
        self.marks = matcher.marks if matcher else []
        self.patterns = [re.compile(m.pattern) for m in self.marks]

    def _idf(self, documents: float) -> float:
        idf = math.log((self.rows - documents + 0.5) / (documents + 0.5))
        return idf if idf > 0 else 1e-6  # as FTS5 does for a word in more than half the rows

    def _documents(self, db: LogDatabase, phrase: str) -> float:
        """How many rows hold the phrase: counted among its DF_SAMPLE newest matches on each side of the index, and
        when there are more, the older rest estimated from evenly spaced slices of it (_sampled)."""
        total = 0.0
        for side, newest in self.sides:
            if side == "rowid > 0" and phrase in self.known:
                found = self.known[phrase][:DF_SAMPLE]
            else:
                found = [r for (r,) in db.execute(
                    f"SELECT rowid FROM search_index WHERE search_index MATCH ? AND {side} ORDER BY {newest} LIMIT ?",
                    [phrase, DF_SAMPLE])]
            if len(found) < DF_SAMPLE:
                total += len(found)
                continue
            # min() and max() with a WHERE read the whole range: the two ends by ORDER BY ... LIMIT 1 instead
            low, high = (db.execute(f"SELECT id FROM search_index_docsize WHERE {side.replace('rowid', 'id')} "
                                    f"ORDER BY id {order} LIMIT 1").fetchone()[0] for order in ("", "DESC"))
            # The rest of the side (older than the sample) from SLICES evenly spaced slices of it: the newest rows
            # of a log are often one dense block (a thousand papers attached at once), which the newest matches
            # alone would scale to the whole range (7,909 matches read as 46,061 on the 100k log with papers).
            rest = (low, found[-1] - 1) if side.startswith("rowid >") else (found[-1] + 1, high)
            total += DF_SAMPLE + self._sampled(db, phrase, *rest)
        return min(total, self.rows)

    @staticmethod
    def _sampled(db: LogDatabase, phrase: str, low: int, high: int) -> float:
        """The phrase's matches among rowids low..high, estimated from SLICES slices covering 1/SLICE_SHARE of it
        (all of it when that range is small)."""
        span = high - low + 1
        if span <= 0:
            return 0.0
        width = max(1, span // (SLICES * SLICE_SHARE))
        if width * SLICES >= span:
            return float(db.execute("SELECT count(*) FROM search_index WHERE search_index MATCH ? AND rowid >= ? AND "
                                    "rowid <= ?", [phrase, low, high]).fetchone()[0])
        starts = [low + (2 * i + 1) * span // (2 * SLICES) - width // 2 for i in range(SLICES)]  # each stratum's middle
        counted = sum(db.execute("SELECT count(*) FROM search_index WHERE search_index MATCH ? AND rowid >= ? AND "
                                 "rowid < ?", [phrase, start, start + width]).fetchone()[0] for start in starts)
        return counted * span / (width * SLICES)

    def scores(self, texts: list[tuple[str, str, bytes | None]]) -> list[float]:
        """Each (title, body, FTS5 docsize record) row's BM25 score as FTS5 gives it (negative: lower is better).

        The rows' texts are searched as one string, once per phrase (a regex call per row costs ~25 us: more than
        the rest of a query at 1,000 candidates), and each match is put back to its row and column. Word boundaries
        are checked per match, as the Matcher does (a boundary in the pattern itself makes the regex try every
        position of the text: ten times slower).
        """
        if not texts:
            return []
        pieces = [text or "" for title, body, _sizes in texts for text in (title, body)]
        starts = list(accumulate((len(p) + 1 for p in pieces[:-1]), initial=0))
        folded = fold("\n".join(pieces))
        ascii_only = folded.isascii()  # then a set lookup checks a boundary (a call per match costs twice as much)
        counts = [[0.0] * len(texts) for _ in self.idf]
        for counted, mark, pattern in zip(counts, self.marks, self.patterns, strict=True):
            found = [m.span() for m in pattern.finditer(folded)]
            if mark.left:
                found = ([(s, e) for s, e in found if not s or folded[s - 1] not in _ASCII_WORD] if ascii_only else
                         [(s, e) for s, e in found if not s or not _latin_word_char(folded[s - 1])])
            if mark.right:
                found = ([(s, e) for s, e in found if folded[e:e + 1] not in _ASCII_WORD] if ascii_only else
                         [(s, e) for s, e in found if not _latin_word_char(folded[e:e + 1])])
            for segment in map(bisect_right, repeat(starts), (s for s, _e in found)):
                counted[(segment - 1) >> 1] += TITLE_WEIGHT if segment & 1 else BODY_WEIGHT
        lengths = [((sum(sizes) if max(sizes) < 0x80 else sum(varints(sizes))) if sizes else 0) for _t, _b, sizes in texts]
        factor = K1 * B / self.avgdl
        base = K1 * (1 - B)
        out = [0.0] * len(texts)
        for idf, counted in zip(self.idf, counts, strict=True):
            for i, f in enumerate(counted):
                if f:
                    out[i] -= idf * f * (K1 + 1) / (f + base + factor * lengths[i])
        return out
