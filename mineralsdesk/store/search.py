"""Full-text search (FTS5): index upkeep, a safe translation of what the user typed, ranked hits with snippets."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from .database import LogDatabase

HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"


class SearchSyntaxError(ValueError):
    """The query cannot be understood; the message says why in one line."""


@dataclass(frozen=True)
class SearchHit:
    kind: str
    entity_id: str
    title: str
    snippet: str  # matched words wrapped in HIGHLIGHT_START / HIGHLIGHT_END
    rank: float


def put(db: LogDatabase, kind: str, entity_id: str, title: str, body: str) -> None:
    row = db.execute("SELECT doc FROM search_keys WHERE entity_id = ?", [entity_id]).fetchone()
    if row is not None:
        gone = db.execute("DELETE FROM search_index WHERE rowid = ? AND entity_id = ?", [row[0], entity_id]).rowcount
        if gone == 1:
            # The record's own row: its rowid is free again and reused, so the key needs no write.
            db.execute("INSERT INTO search_index (rowid, kind, entity_id, title, body) VALUES (?, ?, ?, ?, ?)",
                       [row[0], kind, entity_id, title, body])
            return
    cursor = db.execute("INSERT INTO search_index (kind, entity_id, title, body) VALUES (?, ?, ?, ?)",
                        [kind, entity_id, title, body])
    db.execute("INSERT OR REPLACE INTO search_keys (entity_id, doc) VALUES (?, ?)", [entity_id, cursor.lastrowid])


def remove(db: LogDatabase, entity_id: str) -> None:
    # entity_id is UNINDEXED in FTS5, so deleting by it scans the whole index (quadratic upkeep as a log
    # grows); search_keys finds the row by rowid instead. The entity_id guard keeps a key left stale by a
    # bulk replacement of the index (JSON load) from deleting another record's entry.
    row = db.execute("SELECT doc FROM search_keys WHERE entity_id = ?", [entity_id]).fetchone()
    if row is not None:
        db.execute("DELETE FROM search_index WHERE rowid = ? AND entity_id = ?", [row[0], entity_id])
        db.execute("DELETE FROM search_keys WHERE entity_id = ?", [entity_id])


_TOKEN = re.compile(r'"[^"]*"|\(|\)|[^\s()"]+|"')
_OPERATORS = {"AND", "OR", "NOT"}


def to_fts_query(text: str) -> str:
    """Translate what a user typed into FTS5 syntax.

    Words are matched as given (each quoted, so punctuation is harmless); the last word also matches
    as a prefix so results come while typing; "quoted phrases", AND, OR, NOT, parentheses and a
    trailing * work as in FTS5. Raises SearchSyntaxError for an unbalanced quote or parenthesis or a
    dangling operator.
    """
    tokens = _TOKEN.findall(text.strip())
    if not tokens:
        raise SearchSyntaxError("Type a word to search for")
    out: list[str] = []
    depth = 0
    expect_term = True
    for i, tok in enumerate(tokens):
        last = i == len(tokens) - 1
        if tok == '"':
            raise SearchSyntaxError("A quotation mark is not closed")
        if tok == "(":
            depth += 1
            out.append(tok)
            expect_term = True
            continue
        if tok == ")":
            depth -= 1
            if depth < 0 or expect_term:
                raise SearchSyntaxError("A parenthesis is not matched")
            out.append(tok)
            continue
        if tok in _OPERATORS:
            if expect_term or last:
                raise SearchSyntaxError(f"{tok} needs a word on each side")
            out.append(tok)
            expect_term = True
            continue
        if tok.startswith('"'):
            phrase = tok[1:-1].strip()
            if not phrase:
                continue
            out.append('"' + phrase.replace('"', "") + '"')
        else:
            prefix = tok.endswith("*") or (last and len(tok) >= 2)
            word = tok.rstrip("*").replace('"', "")
            if not word:
                continue
            out.append('"' + word + '"' + ("*" if prefix else ""))
        expect_term = False
    if depth != 0:
        raise SearchSyntaxError("A parenthesis is not matched")
    if not out or expect_term:
        raise SearchSyntaxError("Type a word to search for")
    return " ".join(out)


def query(db: LogDatabase, text: str, *, limit: int = 50, kinds: tuple[str, ...] = ()) -> list[SearchHit]:
    """Ranked hits (bm25, titles weigh more) with a highlighted snippet of the body or title."""
    match = to_fts_query(text)
    where = "search_index MATCH ?"
    params: list = [match]
    if kinds:
        where += f" AND kind IN ({', '.join('?' for _ in kinds)})"
        params += list(kinds)
    sql = (
        "SELECT kind, entity_id, title, "
        f"snippet(search_index, 3, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '…', 12), "
        f"snippet(search_index, 2, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '…', 12), "
        "bm25(search_index, 0, 0, 5.0, 1.0) AS rank "
        f"FROM search_index WHERE {where} ORDER BY rank LIMIT ?"
    )
    try:
        rows = db.execute(sql, params + [limit]).fetchall()
    except sqlite3.OperationalError as exc:
        raise SearchSyntaxError(f"Cannot search for that: {exc}") from None
    hits = []
    for kind, entity_id, title, body_snip, title_snip, rank in rows:
        snippet = body_snip if HIGHLIGHT_START in body_snip else title_snip
        hits.append(SearchHit(kind, entity_id, title, snippet, rank))
    return hits
