"""Full-text search (FTS5): index upkeep in bounded chunks, ranked hits, snippets made from one chunk each."""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from ..errors import SearchSyntaxError
from ..i18n import QT_TRANSLATE_NOOP
from . import cipher, search_score
from .database import LogDatabase, kept_until_change
from .search_text import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    Mark,
    Matcher,
    excerpt,
    fold,
    index_form,
    make_snippet,
    matcher_for,
    to_fts_query,
    translate,
)

__all__ = ["CONTENT", "HIGHLIGHT_END", "HIGHLIGHT_START", "SearchHit", "put", "put_attachment", "put_content",
           "query", "reindex_content", "remove", "to_fts_query"]

# A record's text is indexed in chunks of at most CHUNK_CHARS characters (cut at a space where one is
# near), each overlapping the previous one by about CHUNK_OVERLAP so a phrase across a cut is still
# found. A hit's snippet is made from its matching chunk alone, so search costs the same on a 5 MB clause
# as on a short one (FTS5's snippet() re-read the whole column and took 90 s on 5 MB).
CHUNK_CHARS = 2000
CHUNK_OVERLAP = 100
PAGE_BREAK = "\f"  # between the pages of an attached paper's extracted text
# Ranking is bounded by design: a query scores at most the RECENT_MATCHES newest matching rows of the records and
# the RECENT_CONTENT_MATCHES newest rows of attached text, found by a scan of the index in rowid order (FTS5 walks a
# word's rowids without reading any row; only the rows kept are read), and scores them itself (search_score.py:
# BM25 without bm25()'s count of every match of the whole index). A word in 10,000 records (100k versions) or
# 100,000 (1M) costs the same as one in 300; a query with fewer matches scores every one, as bm25() did.
# `every_match` ranks them all by bm25() in C (its count of every match is then the work asked for). Each
# candidate costs its row read and scored (~10 us), so the window's size is what a query costs: on the 100k
# benchmark log the best ten of 300 score 96.9% of the best ten of every match (1,000: 97.9%, at 2.5 times the time;
# the newest 100 older records whose title matches added 0.6% and, a title filter walking every match, cost more
# than the window; docs/performance.md, "Search by design").
# Attached text has rowids below zero (newest lowest), records above, so the two windows are two rowid ranges
# of the same index (one scoring, scores comparable) and a thousand papers never crowd the records out.
CANDIDATES_PER_HIT = 4  # every match ranked by bm25(): best matches ranked per hit asked for, before it widens
RECENT_MATCHES = 300
RECENT_CONTENT_MATCHES = 50
# The records' window ranks the own rows (a name and its paper's first chunk, up to 2,000 characters) of the newest
# RECENT_ATTACHMENT_MATCHES matching attachments beside the RECENT_MATCHES newest other records: a log that took a
# thousand papers at once otherwise fills the window with them (the best ten then held 56% of the exact best ten's
# score on the 100k log with 2 GB attached; 98.5% apart), and scoring reads every candidate's text (up to 2,000
# characters a paper's row). 50 and 50 rank as well as 100 and 100 there, 4-6 ms sooner at p95. A paper ranks by its
# best chunk and shows one. bm25() (every match) reads no text: it ranks them all.
RECENT_ATTACHMENT_MATCHES = 50
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
        doc = cursor.lastrowid
        if doc <= 0:  # only attached text is left in the index (rowids below zero): records start again at 1
            db.execute("DELETE FROM search_index WHERE rowid = ?", [doc])
            doc = db.execute(
                "INSERT INTO search_index (rowid, kind, entity_id, part, title, body, title_text, body_text)"
                " VALUES (1, ?, ?, ?, ?, ?, ?, ?)",
                [kind, entity_id, part, indexed_title, indexed_body, shown_title, shown_body]).lastrowid
        docs.append(doc)
    search_score.keep_terms(db, *(text for row in rows for text in row[1:3]))
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


CONTENT = "content"  # index rows of an attached file's text, keyed by its SHA-256: stored once per content


def put_attachment(db: LogDatabase, attachment_id: str, name: str, sha256: str) -> None:
    """Index an attachment's own row: its name with the first chunk of its content's text (ranked as before
    the content index, when both were one row); the rest of the text is the content's (put_content)."""
    row = db.execute("SELECT substr(text, 1, ?) FROM blobs WHERE sha256 = ?", [CHUNK_CHARS + 1, sha256]).fetchone()
    head = row[0] if row and row[0] else ""
    put(db, "attachment", attachment_id, name, chunks(head)[0] if head else "")


def put_content(db: LogDatabase, sha256: str, text: str | None) -> None:
    """Index the text of an attached content after its first chunk once, however many attachments show it."""
    remove(db, sha256)
    pieces = chunks(text)[1:] if text else []
    docs = []
    if pieces:  # rowids below every other (attached text is the index's negative range, newest lowest)
        lowest = db.execute("SELECT rowid FROM search_index ORDER BY rowid LIMIT 1").fetchone()
        below = min(lowest[0] if lowest else 0, 0)
    indexed_pieces = []
    for part, chunk in enumerate(pieces, start=1):
        indexed = index_form(chunk)
        indexed_pieces.append(indexed)
        docs.append(db.execute(
            "INSERT INTO search_index (rowid, kind, entity_id, part, title, body, title_text, body_text)"
            " VALUES (?, ?, ?, ?, '', ?, NULL, ?)",
            [below - part, CONTENT, sha256, part, indexed, None if indexed == chunk else chunk]).lastrowid)
    db.conn.executemany("INSERT INTO search_keys (entity_id, doc) VALUES (?, ?)", [(sha256, d) for d in docs])
    search_score.keep_terms(db, *indexed_pieces)


def reindex_content(db: LogDatabase, sha256: str) -> None:
    """After a content's text changed: its own rows and the first-chunk row of every attachment showing it."""
    text = db.execute("SELECT text FROM blobs WHERE sha256 = ?", [sha256]).fetchone()
    put_content(db, sha256, text[0] if text else None)
    for attachment_id, name in db.execute("SELECT id, name FROM attachments WHERE sha256 = ?", [sha256]).fetchall():
        put_attachment(db, attachment_id, name, sha256)


def has_entry(db: LogDatabase, entity_id: str) -> bool:
    return db.execute("SELECT 1 FROM search_keys WHERE entity_id = ? LIMIT 1", [entity_id]).fetchone() is not None


def query(db: LogDatabase, text: str, *, limit: int = 50, kinds: tuple[str, ...] = (),
          shareable_only: bool = False, every_match: bool = False) -> list[SearchHit]:
    """Ranked hits (BM25, titles weigh more), one per record, with a highlighted snippet of the body or title.

    The best of the RECENT_MATCHES newest matching records and the RECENT_CONTENT_MATCHES newest matching chunks of
    attached text (every match when there are fewer; by bm25() when `every_match`): the cost of ranking is bounded however common the word. The candidates are scored here (store/search_score.py: BM25 as FTS5's bm25() gives
    it, without its pass over every match of the whole index) and each record's best chunk kept. An attached
    content's text is indexed once; its hits stand for every attachment showing it (only the shareable ones when
    `shareable_only`, which also leaves out every record that has no audience of its own).
    """
    translated = translate(text)
    firsts: dict[Mark, str] = {}
    for mark, phrase in zip(translated.highlight, translated.phrases, strict=True):
        firsts.setdefault(mark, phrase)
    matcher = matcher_for(list(firsts))
    try:
        fts = search_score.bound_prefixes(db, translated.fts)
        where = "search_index MATCH ?"
        params: list = [fts]
        if shareable_only:
            kinds = ("attachment",)
        if kinds:
            wanted_kinds = list(kinds) + ([CONTENT] if "attachment" in kinds else [])
            where += f" AND kind IN ({', '.join('?' for _ in wanted_kinds)})"
            params += wanted_kinds
        attached = search_score.attached_text(db)
        if every_match or matcher is None:
            # every match ranked by FTS5's bm25() in C, with the prefix as FTS5 expands it (one phrase, one idf)
            windows = [_window(db, where, params, records=True, every_match=every_match)]
            if attached and (not kinds or "attachment" in kinds):
                windows.append(_window(db, where, params, records=False, every_match=every_match))
            winners = _ranked_by_bm25(db, where, [translated.fts, *params[1:]], windows, limit, shareable_only)
        else:
            attachments = bool(_attachment_rows(db))
            rows, newest = _candidates(db, where, params, attached and (not kinds or "attachment" in kinds),
                                       attachments)
            # A one-phrase query's newest records are the newest matches of that phrase: its document count
            # starts from them instead of walking the index again.
            known = {}
            if not kinds and not attachments and (newest < RECENT_MATCHES or RECENT_MATCHES >= search_score.DF_SAMPLE):
                known[fts] = sorted((row[0] for row in rows[:newest]), reverse=True)
            scorer = search_score.Scorer(db, matcher, [search_score.bound_prefixes(db, firsts[m])
                                                       for m in matcher.marks], attached, known)
            winners = _scored_here(db, scorer, rows, limit, shareable_only)
    except cipher.OperationalError as exc:
        if "fts5" not in str(exc) and "syntax" not in str(exc):
            raise
        raise SearchSyntaxError(QT_TRANSLATE_NOOP("Errors", "Cannot search for that: try plain words or "
                                                            "\"a phrase\"")) from None
    hits = []
    for kind, entity_id, score, part, title, body in winners:
        sha256 = None
        if kind == "attachment":
            found = db.execute("SELECT name, sha256 FROM attachments WHERE id = ?", [entity_id]).fetchone()
            if found:
                title, sha256 = found
        elif part:
            title = _title(db, entity_id) or title
        snippet = make_snippet(body, matcher, more_before=part > 0) or make_snippet(title, matcher) or excerpt(title)
        page = _page(db, sha256, part, body, matcher) if sha256 and body else None
        if page is not None:
            snippet = f"p. {page}: {snippet}"
        hits.append(SearchHit(kind, entity_id, title, snippet.replace(PAGE_BREAK, " "), score, page))
    return hits


# A candidate row from FTS5's own content and docsize tables (t, d): id, kind, entity_id, part, the title and body as
# shown, and the docsize record (columns c0.. in the index's declaration order).
_CANDIDATE_COLUMNS = "t.id, t.c0, t.c1, t.c2, coalesce(t.c5, t.c3), coalesce(t.c6, t.c4), d.sz"


def _candidates(db: LogDatabase, where: str, params: list, attached: bool, attachments: bool) -> tuple[list[tuple], int]:
    """The rows to rank (id, kind, entity_id, part, title, body, docsize record), the newest matching records first
    (how many of them is returned too): the RECENT_MATCHES newest matching records and the RECENT_CONTENT_MATCHES
    newest matching chunks of attached text. Each set is one statement: FTS5 walks the words' rowids newest first,
    and only the rows kept are read, straight from FTS5's own content and docsize tables (columns c0.. in
    declaration order; a third cheaper than reading them through the FTS5 table)."""
    def newest(condition: str, values: list, order: str, count: int) -> list[tuple]:
        return db.execute(
            f"SELECT {_CANDIDATE_COLUMNS} FROM (SELECT rowid AS doc FROM search_index WHERE {where} AND {condition} "
            f"ORDER BY rowid {order} LIMIT ?) m CROSS JOIN search_index_content t ON t.id = m.doc "
            "CROSS JOIN search_index_docsize d ON d.id = m.doc", [*values, count]).fetchall()

    if not attachments:
        rows = newest("rowid > 0", params, "DESC", RECENT_MATCHES)
        return rows + (newest("rowid < 0", params, "", RECENT_CONTENT_MATCHES) if attached else []), len(rows)
    # Attachments' own rows (a name and its paper's first chunk) apart: the newest RECENT_ATTACHMENT_MATCHES of them
    # and RECENT_MATCHES of the other records, so a thousand papers attached last never fill the records' window.
    # Their rows are told by rowid (search_keys), walking the matches' rowids newest first: reading each match's
    # kind would read its whole row, and SQLite runs an IN (subquery) beside FTS5 as one MATCH per rowid.
    own = _attachment_rows(db)
    records: list[int] = []
    papers: list[int] = []
    for (doc,) in db.execute(f"SELECT rowid FROM search_index WHERE {where} AND rowid > 0 ORDER BY rowid DESC",
                             params):
        if doc not in own:
            records.append(doc)
            if len(records) == RECENT_MATCHES:
                break
        elif len(papers) < RECENT_ATTACHMENT_MATCHES:
            papers.append(doc)
    kept = records + papers
    read = {row[0]: row for row in db.execute(
        f"SELECT {_CANDIDATE_COLUMNS} FROM search_index_content t CROSS JOIN search_index_docsize d ON d.id = t.id "
        f"WHERE t.id IN ({', '.join('?' for _ in kept)})", kept)} if kept else {}
    rows = [read[doc] for doc in kept if doc in read]  # the records' window first, newest first, as documented
    if attached:
        rows += newest("rowid < 0", params, "", RECENT_CONTENT_MATCHES)
    return rows, len(records)


# Per open database: the index rows of attachments' own entries, read again after any change.
_ATTACHMENT_ROWS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _attachment_rows(db: LogDatabase) -> set[int]:
    """The index rowids of the attachments' own rows (a name and its paper's first chunk), kept until the log
    changes (~3 ms for 1,000 attachments, so not read again for every query)."""
    return kept_until_change(_ATTACHMENT_ROWS, db, lambda: {doc for (doc,) in db.execute(
        "SELECT k.doc FROM attachments a CROSS JOIN search_keys k ON k.entity_id = a.id")})


def _scored_here(db: LogDatabase, scorer: search_score.Scorer, rows: list[tuple], limit: int,
                 shareable_only: bool) -> list[tuple]:
    """The best `limit` records of the candidate rows, scored by `scorer`: (kind, entity_id, score, part, title,
    body)."""
    scores = scorer.scores([(title, body, sizes) for _doc, _kind, _entity, _part, title, body, sizes in rows])
    scored = sorted(((score, kind, entity_id, part, title, body)
                     for score, (_doc, kind, entity_id, part, title, body, _sizes) in zip(scores, rows, strict=True)),
                    key=lambda r: (r[0], r[2]))
    shown = _shown(db, scored, shareable_only)
    best: dict[str, tuple] = {}
    for score, row_kind, row_entity, part, title, body in scored:  # best first: a record's first row is its best
        for kind, entity_id in shown(row_kind, row_entity):
            best.setdefault(entity_id, (kind, entity_id, score, part, title, body))
    return sorted(best.values(), key=lambda w: (w[2], w[1]))[:limit]


def _ranked_by_bm25(db: LogDatabase, where: str, params: list, windows: list[str], limit: int,
                    shareable_only: bool) -> list[tuple]:
    """The best `limit` records of the windows ranked by FTS5's bm25() in SQL: (kind, entity_id, score, part, title,
    body). Taken when every match is asked for (its count of every match is then the work asked), or when the query
    highlights nothing to score here."""
    audience = " AND a.audience = 'shareable'" if shareable_only else ""
    own = "b.kind != 'content'" + (" AND 0" if shareable_only else "")
    ranked = ("SELECT * FROM (SELECT rowid AS doc, bm25(search_index, 0, 0, 0, 5.0, 1.0, 0, 0) AS score "
              f"FROM search_index WHERE {where} AND {{window}} ORDER BY score LIMIT ?)")
    # The best candidates of each window come from the index alone (bm25, a top-n heap as in a bare ranked query;
    # the LIMIT keeps each subquery apart, where SQLite lets bm25() run), as rowids and scores only: reading a row's
    # kind or record id there would read every match's stored row, not only the winners'; each record's best chunk
    # among them is picked by GROUP BY (SQLite's min() gives the bare column `doc` of the best row), contents are
    # mapped to their attachments, and only the winners' text is read. When the candidates were all taken and hold
    # fewer than `limit` records (one paper matching in a thousand chunks), the query runs once over every match.
    sql = ("WITH m AS (" + " UNION ALL ".join(ranked.format(window=w) for w in windows) + "), "
           "c AS (SELECT m.doc, s.kind, s.entity_id, m.score, count(*) OVER () AS n FROM m "
           "JOIN search_index s ON s.rowid = m.doc), "
           "b AS (SELECT doc, kind, entity_id, min(score) AS score, n FROM c GROUP BY entity_id), "
           f"h AS (SELECT doc, kind, entity_id, score, n FROM b WHERE {own} "
           "UNION ALL SELECT b.doc, 'attachment', a.id, b.score, b.n FROM b JOIN attachments a ON a.sha256 = b.entity_id "
           f"WHERE b.kind = 'content'{audience}"
           + (" UNION ALL SELECT b.doc, b.kind, b.entity_id, b.score, b.n FROM b JOIN attachments a ON a.id = b.entity_id "
              "WHERE b.kind = 'attachment' AND a.audience = 'shareable'" if shareable_only else "") +
           "), r AS (SELECT doc, kind, entity_id, min(score) AS score, n FROM h GROUP BY entity_id "
           "ORDER BY score, entity_id LIMIT ?) "
           "SELECT r.kind, r.entity_id, r.score, s.part, coalesce(s.title_text, s.title), "
           "coalesce(s.body_text, s.body), r.n FROM r JOIN search_index s ON s.rowid = r.doc "
           "ORDER BY r.score, r.entity_id")
    candidates = limit * CANDIDATES_PER_HIT

    def run(each: int) -> list:
        return db.execute(sql, [x for _ in windows for x in [*params, each]] + [limit]).fetchall()

    rows = run(candidates)
    if len(rows) < limit and rows and rows[0][-1] >= candidates:
        rows = run(-1)
    return [row[:-1] for row in rows]


def _shown(db: LogDatabase, scored: list[tuple], shareable_only: bool):
    """A function from an index row's (kind, entity_id) to the hits it stands for: a content's text for each
    attachment showing it (the shareable ones when `shareable_only`), a record for itself (when `shareable_only`
    only a shareable attachment)."""
    contents = sorted({row[2] for row in scored if row[1] == CONTENT})
    attachments = {row[2] for row in scored if row[1] == "attachment"} if shareable_only else set()
    showing: dict[str, list[str]] = {}
    shareable: set[str] = set()
    audience = " AND audience = 'shareable'" if shareable_only else ""
    for i in range(0, len(contents), 500):
        part = contents[i:i + 500]
        for attachment_id, sha256 in db.execute(
                f"SELECT id, sha256 FROM attachments WHERE sha256 IN ({', '.join('?' for _ in part)}){audience}",
                part):
            showing.setdefault(sha256, []).append(attachment_id)
    listed = sorted(attachments)
    for i in range(0, len(listed), 500):
        part = listed[i:i + 500]
        shareable.update(a for (a,) in db.execute(
            f"SELECT id FROM attachments WHERE id IN ({', '.join('?' for _ in part)}) AND audience = 'shareable'",
            part))

    def shown(kind: str, entity_id: str) -> list[tuple[str, str]]:
        if kind == CONTENT:
            return [("attachment", a) for a in showing.get(entity_id, [])]
        if shareable_only and not (kind == "attachment" and entity_id in shareable):
            return []
        return [(kind, entity_id)]

    return shown


def _window(db: LogDatabase, where: str, params: list, *, records: bool, every_match: bool) -> str:
    """The rowid range to rank: the newest RECENT_MATCHES matching records (rowids above zero) or the newest
    RECENT_CONTENT_MATCHES matching chunks of attached text (below zero, newest lowest), found unranked."""
    side = "rowid > 0" if records else "rowid < 0"
    if every_match:
        return side
    newest = "rowid DESC" if records else "rowid"
    row = db.execute(f"SELECT rowid FROM search_index WHERE {where} AND {side} ORDER BY {newest} LIMIT 1 OFFSET ?",
                     [*params, (RECENT_MATCHES if records else RECENT_CONTENT_MATCHES) - 1]).fetchone()
    if row is None:  # fewer matches than the window: all of them
        return side
    return f"rowid >= {int(row[0])}" if records else f"rowid <= {int(row[0])}"


def _page(db: LogDatabase, sha256: str, part: int, chunk: str, matcher: Matcher | None) -> int | None:
    """The page of an attached paper on which a hit's chunk matched: its text holds a PAGE_BREAK between pages.

    The chunk is found in the paper's text near where chunk `part` must start (a chunk advances by between
    CHUNK_CHARS / 2 - CHUNK_OVERLAP and CHUNK_CHARS characters), so the search covers one chunk's span.
    """
    low = max(0, part * (CHUNK_CHARS // 2 - CHUNK_OVERLAP) - CHUNK_CHARS) if part else 0
    high = (part + 1) * CHUNK_CHARS + CHUNK_CHARS if part else len(chunk)
    # Only the span where the chunk must lie leaves SQLite; the page breaks before it are counted there. One read
    # of the row: `text` follows the file's bytes, whose overflow pages SQLite walks to reach it (~14 ms a hit
    # for two reads at 100k with 2 GB attached; a second read of the same row in one statement reuses the walk).
    row = db.execute("SELECT instr(text, char(12)) > 0, substr(text, ?, ?), "
                     "length(substr(text, 1, ?)) - length(replace(substr(text, 1, ?), char(12), '')) "
                     "FROM blobs WHERE sha256 = ?", [low + 1, high - low, low, low, sha256]).fetchone()
    if row is None or not row[0]:
        return None
    found = row[1].find(chunk)
    if found < 0:
        return None
    offset = 0
    if matcher is not None:
        offset = next((m[0] for m in matcher.find(fold(chunk), 0, len(chunk))), 0)
    return row[2] + row[1].count(PAGE_BREAK, 0, found + offset) + 1


def _title(db: LogDatabase, entity_id: str) -> str | None:
    row = db.execute("SELECT coalesce(title_text, title) FROM search_index WHERE part = 0 AND rowid IN "
                     "(SELECT doc FROM search_keys WHERE entity_id = ?)", [entity_id]).fetchone()
    return row[0] if row else None
