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
- A prefix becomes the OR of at most PREFIX_TERMS whole terms of the index's vocabulary (fts5vocab, which lists
  terms from the index b-tree without reading their row lists), the shortest first: what is typed, then its
  nearest longer forms. Each is then walked lazily, newest first, like any word.
"""

from __future__ import annotations

import math
import re

from . import cipher
from .database import LogDatabase
from .search_text import Matcher, fold

K1 = 1.2
B = 0.75
TITLE_WEIGHT = 5.0  # as bm25(search_index, 0, 0, 0, 5.0, 1.0, 0, 0) weighed them
BODY_WEIGHT = 1.0
DF_SAMPLE = 1000  # newest matches of a phrase counted for its document frequency, on each side of the index
PREFIX_TERMS = 16  # whole terms a prefix stands for at most
PREFIX_LISTED = 256  # vocabulary terms looked at for a prefix, the shortest PREFIX_TERMS of them kept
VOCAB = "search_vocab"  # made by schema step 12

_PREFIX = re.compile(r'"((?:[^"]|"")*)"\*')
_TOKEN = re.compile(r"[^\W_]+")


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


def _expansions(db: LogDatabase, prefix: str) -> list[str] | None:
    """The shortest PREFIX_TERMS terms of the index that start with `prefix` (itself first when it is one); None
    when the log has no vocabulary table (its own SQLite lacks fts5vocab): FTS5 then expands the prefix itself."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    try:
        terms = [t for (t,) in db.execute(f"SELECT term FROM {VOCAB} WHERE term >= ? AND term < ? LIMIT ?",
                                          [prefix, upper, PREFIX_LISTED])]
    except cipher.OperationalError as exc:
        if VOCAB not in str(exc):
            raise
        return None
    return sorted(terms, key=lambda t: (len(t), t))[:PREFIX_TERMS]


def bound_prefixes(db: LogDatabase, fts: str) -> str:
    """The FTS5 expression with each prefix phrase ("a b"*) replaced by the OR of its whole-term forms."""
    if "*" not in fts:
        return fts

    def expand(m: re.Match) -> str:
        tokens = _TOKEN.findall(fold(m.group(1).replace('""', '"')))
        if not tokens:
            return m.group(0)
        head = " ".join(tokens[:-1])
        forms = _expansions(db, tokens[-1])
        if forms is None:
            return m.group(0)
        forms = forms or [tokens[-1]]
        phrases = ['"' + (head + " " if head else "") + t.replace('"', '""') + '"' for t in forms]
        return phrases[0] if len(phrases) == 1 else "(" + " OR ".join(phrases) + ")"

    return _PREFIX.sub(expand, fts)


class Scorer:
    """BM25 of candidate rows for one query: idf per phrase fixed on creation, then `score` per row."""

    def __init__(self, db: LogDatabase, matcher: Matcher | None, phrases: list[str]):
        self.matcher = matcher
        row = db.execute("SELECT block FROM search_index_data WHERE id = 1").fetchone()
        totals = varints(row[0]) if row and row[0] else [0]  # an empty index has an empty record
        self.rows = max(totals[0], 1)
        self.avgdl = max(sum(totals[1:]) / self.rows, 1e-9)
        self.idf = [self._idf(self._documents(db, phrase)) for phrase in phrases]

    def _idf(self, documents: float) -> float:
        idf = math.log((self.rows - documents + 0.5) / (documents + 0.5))
        return idf if idf > 0 else 1e-6  # as FTS5 does for a word in more than half the rows

    def _documents(self, db: LogDatabase, phrase: str) -> float:
        """How many rows hold the phrase: counted among its DF_SAMPLE newest matches on each side of the index,
        scaled to the side's rowid range when there are more."""
        total = 0.0
        for side, newest in (("rowid > 0", "rowid DESC"), ("rowid < 0", "rowid")):
            found = [r for (r,) in db.execute(
                f"SELECT rowid FROM search_index WHERE search_index MATCH ? AND {side} ORDER BY {newest} LIMIT ?",
                [phrase, DF_SAMPLE])]
            if len(found) < DF_SAMPLE:
                total += len(found)
                continue
            low, high = db.execute(f"SELECT min(id), max(id) FROM search_index_docsize WHERE {side.replace('rowid', 'id')}"
                                   ).fetchone()
            spanned = (high - found[-1] + 1) if side.startswith("rowid >") else (found[-1] - low + 1)
            total += DF_SAMPLE * (high - low + 1) / max(spanned, 1)
        return min(total, self.rows)

    def score(self, title: str, body: str, sizes: bytes | None) -> float:
        """The row's BM25 score as FTS5 gives it (negative: lower is better)."""
        if self.matcher is None:
            return 0.0
        counts = [0.0] * len(self.idf)
        for text, weight in ((title, TITLE_WEIGHT), (body, BODY_WEIGHT)):
            if text:
                for _start, _end, word in self.matcher.find(fold(text), 0, len(text)):
                    counts[word - 1] += weight
        length = sum(varints(sizes)) if sizes else 0
        norm = K1 * (1 - B + B * length / self.avgdl)
        return -sum(idf * f * (K1 + 1) / (f + norm) for idf, f in zip(self.idf, counts, strict=True) if f)
