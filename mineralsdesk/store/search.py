"""Full-text search (FTS5): index upkeep in bounded chunks, ranked hits, snippets made from one chunk each."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import SearchSyntaxError
from . import cipher
from .database import LogDatabase
from .search_text import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    Matcher,
    excerpt,
    fold,
    index_form,
    make_snippet,
    matcher_for,
    to_fts_query,
    translate,
)

__all__ = ["HIGHLIGHT_END", "HIGHLIGHT_START", "SearchHit", "put", "query", "remove",
           "to_fts_query"]

# A record's text is indexed in chunks of at most CHUNK_CHARS characters (cut at a space where one is
# near), each overlapping the previous one by about CHUNK_OVERLAP so a phrase across a cut is still
# found. A hit's snippet is made from its matching chunk alone, so search costs the same on a 5 MB clause
# as on a short one (FTS5's snippet() re-read the whole column and took 90 s on 5 MB).
CHUNK_CHARS = 2000
CHUNK_OVERLAP = 100
PAGE_BREAK = "\f"  # between the pages of an attached paper's extracted text
TITLE_CHARS = 300  # a longer title (a commitment's text) is shown cut and indexed whole in the body


@dataclass(frozen=True)
class SearchHit:
    kind: str
    entity_id: str
    title: str
    snippet: str  # matched words wrapped in HIGHLIGHT_START / HIGHLIGHT_END
    rank: float
    page: int | None = None  # in an attached paper with pages (PDF): the page of the match


def chunks(text: str) -> list[str]:
    """The text cut into overlapping pieces of at most CHUNK_CHARS characters."""
    if len(text) <= CHUNK_CHARS:
        return [text]
    out: list[str] = []
    start = 0
    while start + CHUNK_CHARS < len(text):
        end = start + CHUNK_CHARS
        cut = max(text.rfind(c, start + CHUNK_CHARS // 2, end) for c in " \n。、")
        cut = end if cut < 0 else cut + 1
        out.append(text[start:cut])
        start = cut - CHUNK_OVERLAP
        space = text.find(" ", start, cut)
        if space >= 0:
            start = space + 1
    out.append(text[start:])
    return out


def _rows(title: str, body: str) -> list[tuple[int, str, str, str | None, str | None]]:
    """(part, indexed title, indexed body, shown title, shown body); shown is None when it equals indexed."""
    if len(title) > TITLE_CHARS:
        body = f"{title}\n{body}"
        title = title[:TITLE_CHARS].rstrip() + "…"
    rows = []
    for part, chunk in enumerate(chunks(body)):
        shown_title = title if part == 0 else ""
        indexed_title, indexed_body = index_form(shown_title), index_form(chunk)
        rows.append((part, indexed_title, indexed_body, None if indexed_title == shown_title else shown_title,
                     None if indexed_body == chunk else chunk))
    return rows


def _insert(db: LogDatabase, kind: str, entity_id: str, title: str, body: str,
            rowids: list[int] | None = None) -> list[int]:
    rows = _rows(title, body)
    if rowids is not None and len(rowids) != len(rows):
        return []
    docs = []
    for i, (part, indexed_title, indexed_body, shown_title, shown_body) in enumerate(rows):
        cursor = db.execute(
            "INSERT INTO search_index (rowid, kind, entity_id, part, title, body, title_text, body_text)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [rowids[i] if rowids else None, kind, entity_id, part, indexed_title, indexed_body, shown_title,
             shown_body])
        docs.append(cursor.lastrowid)
    return docs


def insert_new(db: LogDatabase, kind: str, entity_id: str, title: str, body: str) -> None:
    """Index a record that has no entry yet (a rebuild of the whole index)."""
    docs = _insert(db, kind, entity_id, title, body)
    db.conn.executemany("INSERT INTO search_keys (entity_id, doc) VALUES (?, ?)", [(entity_id, d) for d in docs])


def put(db: LogDatabase, kind: str, entity_id: str, title: str, body: str) -> None:
    docs = [row[0] for row in db.execute("SELECT doc FROM search_keys WHERE entity_id = ? ORDER BY doc", [entity_id])]
    gone = sum(db.execute("DELETE FROM search_index WHERE rowid = ? AND entity_id = ?", [doc, entity_id]).rowcount
               for doc in docs)
    if docs and gone == len(docs) and _insert(db, kind, entity_id, title, body, docs):
        return  # the record's own rows, as many as before: their rowids are reused, so the keys need no write
    if docs:
        db.execute("DELETE FROM search_keys WHERE entity_id = ?", [entity_id])
    insert_new(db, kind, entity_id, title, body)


def remove(db: LogDatabase, entity_id: str) -> None:
    # entity_id is UNINDEXED in FTS5, so deleting by it scans the whole index (quadratic upkeep as a log
    # grows); search_keys finds the rows by rowid instead. The entity_id guard keeps a key left stale by a
    # bulk replacement of the index (JSON load) from deleting another record's entry.
    for (doc,) in db.execute("SELECT doc FROM search_keys WHERE entity_id = ?", [entity_id]).fetchall():
        db.execute("DELETE FROM search_index WHERE rowid = ? AND entity_id = ?", [doc, entity_id])
    db.execute("DELETE FROM search_keys WHERE entity_id = ?", [entity_id])


def query(db: LogDatabase, text: str, *, limit: int = 50, kinds: tuple[str, ...] = ()) -> list[SearchHit]:
    """Ranked hits (bm25, titles weigh more), one per record, with a highlighted snippet of the body or title."""
    translated = translate(text)
    matcher = matcher_for(translated.highlight)
    where = "search_index MATCH ?"
    params: list = [translated.fts]
    if kinds:
        where += f" AND kind IN ({', '.join('?' for _ in kinds)})"
        params += list(kinds)
    # The best rows are chosen from the index alone (bm25), then only their text is read.
    sql = ("SELECT s.kind, s.entity_id, s.part, coalesce(s.title_text, s.title), coalesce(s.body_text, s.body), "
           "r.score FROM (SELECT rowid AS doc, bm25(search_index, 0, 0, 0, 5.0, 1.0, 0, 0) AS score "
           f"FROM search_index WHERE {where} ORDER BY score LIMIT ?) r "
           "JOIN search_index s ON s.rowid = r.doc ORDER BY r.score")
    wanted = limit
    while True:
        try:
            rows = db.execute(sql, params + [wanted]).fetchall()
        except cipher.OperationalError as exc:
            if "fts5" not in str(exc) and "syntax" not in str(exc):
                raise
            raise SearchSyntaxError('Cannot search for that: try plain words or "a phrase"') from None
        best: dict[str, tuple] = {}
        for row in rows:  # a long record matches in several chunks: its best one stands for it
            best.setdefault(row[1], row)
        if len(best) >= limit or len(rows) < wanted:
            break
        wanted *= 4
    hits = []
    for kind, entity_id, part, title, body, score in list(best.values())[:limit]:
        if part:
            title = _title(db, entity_id) or title
        snippet = make_snippet(body, matcher, more_before=part > 0) or make_snippet(title, matcher) or excerpt(title)
        page = _page(db, entity_id, part, body, matcher) if kind == "attachment" else None
        if page is not None:
            snippet = f"p. {page}: {snippet}"
        hits.append(SearchHit(kind, entity_id, title, snippet.replace(PAGE_BREAK, " "), score, page))
    return hits


def _page(db: LogDatabase, entity_id: str, part: int, chunk: str, matcher: Matcher | None) -> int | None:
    """The page of an attached paper on which a hit's chunk matched: its text holds a PAGE_BREAK between pages.

    The chunk is found in the paper's text near where chunk `part` must start (a chunk advances by between
    CHUNK_CHARS / 2 - CHUNK_OVERLAP and CHUNK_CHARS characters), so the cost stays one chunk's, not the paper's.
    """
    row = db.execute("SELECT b.text FROM attachments a JOIN blobs b ON b.sha256 = a.sha256 WHERE a.id = ?",
                     [entity_id]).fetchone()
    if row is None or not row[0] or PAGE_BREAK not in row[0]:
        return None
    text = row[0]
    low = max(0, part * (CHUNK_CHARS // 2 - CHUNK_OVERLAP) - CHUNK_CHARS)
    start = text.find(chunk, low, (part + 1) * CHUNK_CHARS + CHUNK_CHARS) if part else 0
    if start < 0:
        return None
    offset = 0
    if matcher is not None:
        offset = next((m[0] for m in matcher.find(fold(chunk), 0, len(chunk))), 0)
    return text.count(PAGE_BREAK, 0, start + offset) + 1


def _title(db: LogDatabase, entity_id: str) -> str | None:
    row = db.execute("SELECT coalesce(title_text, title) FROM search_index WHERE part = 0 AND rowid IN "
                     "(SELECT doc FROM search_keys WHERE entity_id = ?)", [entity_id]).fetchone()
    return row[0] if row else None
