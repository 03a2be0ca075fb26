"""The briefing PDF's index of its headings, contents rows, links and objects: a private temporary database.

The PDF writer (documents/briefing/pdf_stream.py) streams pages to the file as it lays them out; what it must keep
until save, to write the name tree, the contents' page numbers and the cross-reference table, is a row per heading
and per object. Kept here, in SQLite, rather than on Python's heap, its memory is the same whatever the document's
size. It holds names the briefing makes (`clause-3-17`), numbers and positions, no text of the log.
"""

from __future__ import annotations

import errno
import sqlite3
from array import array
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def _told() -> Iterator[None]:
    """SQLite failing on the index's temporary file (its folder full or not writable) raised as the OSError it is:
    one line for the user (the command line's `error: ...`, the app's dialog), never taken for a damaged log."""
    try:
        yield
    except sqlite3.Error as exc:
        raise OSError(errno.EIO, f"the briefing's temporary index could not be written ({exc})") from None


class PdfIndex:
    """What the document keeps per heading, contents row, link and object until save, in a private temporary
    SQLite database rather than on Python's heap: at a million clause versions (~250,000 headings, ~700,000
    objects) those rows were tens of MB at save. `sqlite3.connect("")` is a file SQLite deletes when the
    connection closes; its page cache is bounded (CACHE_KIB) and its sorts spill to disk, so the memory it takes
    is the same whatever the document's size. Rows wait in short lists and go in a batch at a time.

    - places: each placed bookmark (a named destination), its name, the bytes its name is written as (the name
      tree's order, given by the writer), its page (1 = the first) and its top; a name placed twice goes to its
      last place (as reportlab's bookmarkPage rebinds), a contents row prints the page it was placed on first.
    - slots: where the contents print a heading's page number (pdf_canvas.TocSlots), its page, key and (x, y).
    - linked: the names links went to (named_link), each checked at save, as are the slots' keys.
    - offsets: each written object's offset in the file, for the cross-reference table.
    - numbers: object numbers noted in order, a list each (`note`): each page's object (PAGES, which the name tree's
      destinations name), each page's "Page N of M" form and each contents page's page numbers form (made at
      save); 8 bytes a page in arrays, they were ~2 MB at a million versions (99,000 pages).
    Only names made by the briefing (`clause-3-17`), numbers and positions: no text of the log."""

    PAGES = "pages"  # the list of each page's object number, page 1's first
    BATCH = 1024  # rows waiting for one executemany
    CACHE_KIB = 1024  # the page cache and the sorts' memory (PRAGMA cache_size = -N)

    def __init__(self) -> None:
        with _told():
            self._db = self._made()
        self._sql = {"places": "INSERT INTO places (key, pdf_key, page, top) VALUES (?, ?, ?, ?)",
                     "slots": "INSERT INTO slots (page, key, x, y) VALUES (?, ?, ?, ?)",
                     "linked": "INSERT INTO linked (key) VALUES (?)",
                     "offsets": "INSERT INTO offsets (number, offset) VALUES (?, ?)",
                     "numbers": "INSERT INTO numbers (list, seq, number) VALUES (?, ?, ?)"}
        self._waiting: dict[str, list] = {table: [] for table in self._sql}
        self.counts = dict.fromkeys(self._sql, 0)
        self.noted: dict[str, int] = {}  # the length of each list of numbers (note)
        self._indexed = False

    def _made(self) -> sqlite3.Connection:
        db = sqlite3.connect("", isolation_level=None, check_same_thread=False)
        db.execute(f"PRAGMA cache_size = -{self.CACHE_KIB}")
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        db.execute("PRAGMA temp_store = FILE")
        db.execute("CREATE TABLE places (seq INTEGER PRIMARY KEY, key TEXT NOT NULL, pdf_key BLOB NOT NULL,"
                   " page INTEGER NOT NULL, top REAL NOT NULL)")
        db.execute("CREATE TABLE slots (seq INTEGER PRIMARY KEY, page INTEGER NOT NULL, key TEXT NOT NULL,"
                   " x REAL NOT NULL, y REAL NOT NULL)")
        db.execute("CREATE TABLE linked (seq INTEGER PRIMARY KEY, key TEXT NOT NULL)")
        db.execute("CREATE TABLE offsets (number INTEGER PRIMARY KEY, offset INTEGER NOT NULL)")
        db.execute("CREATE TABLE numbers (list TEXT NOT NULL, seq INTEGER NOT NULL, number INTEGER NOT NULL,"
                   " PRIMARY KEY (list, seq)) WITHOUT ROWID")
        return db

    def _add(self, table: str, row: tuple) -> None:
        waiting = self._waiting[table]
        waiting.append(row)
        self.counts[table] += 1
        if len(waiting) >= self.BATCH:
            self._flush(table)

    def _flush(self, table: str) -> None:
        waiting = self._waiting[table]
        if waiting:
            with _told():
                self._db.executemany(self._sql[table], waiting)
            waiting.clear()

    def place(self, key: str, order: bytes, page: int, top: float) -> None:
        """The bookmark `key` placed on `page` at `top`; `order`: the bytes it is written as, which the name tree
        is sorted by."""
        self._add("places", (key, order, page, top))

    def slot(self, page: int, key: str, x: float, y: float) -> None:
        self._add("slots", (page, key, x, y))

    def link(self, key: str) -> None:
        self._add("linked", (key,))

    def offset(self, number: int, offset: int) -> None:
        self._add("offsets", (number, offset))

    def note(self, name: str, number: int) -> None:
        """The object number `number` at the end of the list `name` (PAGES: a page's object, page 1's first)."""
        seq = self.noted.get(name, 0)
        self.noted[name] = seq + 1
        self._add("numbers", (name, seq, number))

    def numbers(self, name: str) -> Iterator[int]:
        """The numbers of the list `name`, in the order noted."""
        db = self._ready()
        with _told():
            for (number,) in db.execute("SELECT number FROM numbers WHERE list = ? ORDER BY seq", (name,)):
                yield number

    def _ready(self) -> sqlite3.Connection:
        """The database with every row in, and the places indexed by name (made once, at save)."""
        for table in self._waiting:
            self._flush(table)
        if not self._indexed:
            with _told():
                self._db.execute("CREATE INDEX places_by_key ON places (key, seq)")
            self._indexed = True
        return self._db

    def slots(self) -> Iterator[tuple[int, float, float, int | None]]:
        """Each contents row in order: its page, x and y, and the page its heading was first placed on (None: not
        placed)."""
        db = self._ready()
        with _told():
            yield from db.execute(
                "SELECT s.page, s.x, s.y, (SELECT p.page FROM places p WHERE p.key = s.key ORDER BY p.seq LIMIT 1)"
                " FROM slots s ORDER BY s.seq")

    def undefined(self) -> str | None:
        """The first name linked to and never placed (a link's, then a contents row's), or None."""
        db = self._ready()
        with _told():
            for table in ("linked", "slots"):
                row = db.execute(f"SELECT key FROM {table} l WHERE NOT EXISTS (SELECT 1 FROM places p"  # noqa: S608
                                 " WHERE p.key = l.key) ORDER BY l.seq LIMIT 1").fetchone()
                if row is not None:
                    return row[0]
        return None

    def leaves(self, size: int) -> Iterator[list[tuple[str, int, float]]]:
        """Each placed name once, at its last place, in the order of the bytes it is written as: (key, the object
        number of its page (PAGES), top), `size` names at a time (a leaf of the name tree). A name placed on a
        page never noted is an error."""
        db = self._ready()
        with _told():
            cursor = db.execute("SELECT p.key, n.number, p.top FROM places p LEFT JOIN numbers n ON n.list = ?"
                                " AND n.seq = p.page - 1 WHERE NOT EXISTS (SELECT 1 FROM places q"
                                " WHERE q.key = p.key AND q.seq > p.seq) ORDER BY p.pdf_key, p.seq", (self.PAGES,))
            while rows := cursor.fetchmany(size):
                for key, page, _top in rows:
                    if page is None:
                        raise KeyError(f"{key!r} is placed on a page never written")
                yield rows

    def offsets(self, count: int, run: int) -> Iterator[array]:
        """The offsets of objects 1 to `count`, in runs of `run`; an object never written is an error."""
        db = self._ready()
        with _told():
            cursor = db.execute("SELECT number, offset FROM offsets ORDER BY number")
        expected = 1
        while expected <= count:
            with _told():
                rows = cursor.fetchmany(min(run, count + 1 - expected))
            for number, _offset in rows:
                if number != expected:
                    raise KeyError(f"object number {expected} reserved and never written")
                expected += 1
            if not rows:
                raise KeyError(f"object number {expected} reserved and never written")
            yield array("q", [offset for _number, offset in rows])

    def close(self) -> None:
        self._db.close()
