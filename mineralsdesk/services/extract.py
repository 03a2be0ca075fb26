"""Text of an attached file for the search index: PDF (with pages), DOCX, XLSX, plain text; never a crash.

Hostile or odd files (an encrypted PDF, a zip bomb dressed as a workbook, a malformed file, an image, an empty
file) are still attached: they get no text and a one-line note saying why. The work is bounded: zip-based
files are judged from their index before anything is decompressed, the text kept is capped, and PDF pages
stop being read once a time budget is spent (pypdf itself caps how much one stream may inflate to).

The note is stored as its English source text (one of NOTES, its values filled in): the same words every version
has stored, whatever the language of the app that attached the file, so a log, its dump and a colleague's sync
file keep it language-neutral. `shown_note` tells it in the language it is shown in (the app's Attachments
panel, the command line's `attach` and `attachments`), recognising the known texts of any log, old or new; any
other note shows as stored.
"""

from __future__ import annotations

import io
import re
import time
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import PurePath

from ..i18n import QT_TRANSLATE_NOOP, fill
from ..store.search import PAGE_BREAK

MAX_TEXT_CHARS = 2_000_000  # text kept per file for the index
MAX_SECONDS = 20.0  # extraction work per file
# A zip member that inflates more than this many times over, or a zip whose members total more than
# MAX_ZIP_TOTAL, is taken for a decompression bomb (real DOCX/XLSX parts inflate 3-20x; XML of repeated cells
# can reach ~60x).
MAX_ZIP_RATIO = 200
MAX_ZIP_TOTAL = 256 * 2**20
MAX_ZIP_MEMBERS = 10_000
MAX_XLSX_CELLS = 2_000_000

TEXT_SUFFIXES = {".txt", ".md", ".csv", ".text", ".asc"}

# Why a file has no text in the index (or only part of it), as stored in the log (see the module's docstring).
NOTES_CONTEXT = "Attachment notes"
EMPTY = QT_TRANSLATE_NOOP("Attachment notes", "empty file (0 bytes): nothing to index")
IMAGE = QT_TRANSLATE_NOOP("Attachment notes", "image: no text to index")
OTHER_KIND = QT_TRANSLATE_NOOP("Attachment notes", "not a PDF, Word, Excel or text file: not indexed")
TOO_LARGE = QT_TRANSLATE_NOOP("Attachment notes", "too large to read for the index: not indexed")
TOO_DEEP = QT_TRANSLATE_NOOP("Attachment notes", "malformed (nested too deeply): not indexed")
UNREADABLE = QT_TRANSLATE_NOOP("Attachment notes", "could not be read ({kind}): not indexed")
FIRST_CHARS = QT_TRANSLATE_NOOP("Attachment notes", "only the first {n} characters are indexed")
PART_ONLY = QT_TRANSLATE_NOOP("Attachment notes", "only part of the text is indexed (reading it took too long)")
ENCRYPTED_PDF = QT_TRANSLATE_NOOP("Attachment notes", "encrypted PDF (needs a password): stored, not indexed")
FIRST_PAGES = QT_TRANSLATE_NOOP("Attachment notes", "only the first {n} pages are indexed (reading it took too long)")
NO_PDF_TEXT = QT_TRANSLATE_NOOP("Attachment notes", "PDF without text (scanned pages?): not indexed")
BAD_ZIP = QT_TRANSLATE_NOOP("Attachment notes", "malformed (not a readable zip): not indexed")
MANY_PARTS = QT_TRANSLATE_NOOP("Attachment notes", "suspicious file ({n} parts): not indexed")
INFLATES_TO = QT_TRANSLATE_NOOP("Attachment notes", "suspicious file (would inflate to {mb} MB): not indexed")
BOMB = QT_TRANSLATE_NOOP("Attachment notes", "suspicious file (a part inflates over 200 times: a decompression "
                         "bomb?): not indexed")
NOTES = (EMPTY, IMAGE, OTHER_KIND, TOO_LARGE, TOO_DEEP, UNREADABLE, FIRST_CHARS, PART_ONLY, ENCRYPTED_PDF,
         FIRST_PAGES, NO_PDF_TEXT, BAD_ZIP, MANY_PARTS, INFLATES_TO, BOMB)


@dataclass(frozen=True)
class Extracted:
    media_type: str
    text: str | None  # None: nothing indexed (see note)
    note: str  # why no text (or why only part of it), one line; empty when all is well


def media_type_of(data: bytes, name: str) -> str:
    """The media type, from the file's first bytes (its name only decides among plain-text kinds)."""
    suffix = PurePath(name).suffix.lower()
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                names = set(zf.namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            return "application/zip"
        if "word/document.xml" in names:
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        if "xl/workbook.xml" in names:
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        return "application/zip"
    for magic, kind in ((b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"),
                        (b"GIF8", "image/gif"), (b"II*\x00", "image/tiff"), (b"MM\x00*", "image/tiff")):
        if data.startswith(magic):
            return kind
    if data[:12].startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "image/webp"
    if suffix in TEXT_SUFFIXES or (data and b"\x00" not in data[:8192] and _looks_like_text(data[:8192])):
        return "text/plain"
    return "application/octet-stream"


def _looks_like_text(head: bytes) -> bool:
    try:
        head.decode("utf-8")
        return True
    except UnicodeDecodeError as exc:
        return exc.start >= len(head) - 4  # a character cut at the end of the sample


def extract(data: bytes, name: str) -> Extracted:
    """The file's media type and text for the index, or a note saying why it has none."""
    media = media_type_of(data, name)
    if not data:
        return Extracted(media, None, EMPTY)
    try:
        if media == "application/pdf":
            text, note = _pdf(data)
        elif media.endswith("wordprocessingml.document"):
            text, note = _zip_guarded(data, _docx)
        elif media.endswith("spreadsheetml.sheet"):
            text, note = _zip_guarded(data, _xlsx)
        elif media == "text/plain":
            text, note = _plain(data), ""
        elif media.startswith("image/"):
            return Extracted(media, None, IMAGE)
        else:
            return Extracted(media, None, OTHER_KIND)
    except MemoryError:
        return Extracted(media, None, TOO_LARGE)
    except RecursionError:
        return Extracted(media, None, TOO_DEEP)
    except Exception as exc:  # noqa: BLE001 - a hostile file may raise anything from the parsers
        return Extracted(media, None, UNREADABLE.format(kind=type(exc).__name__))
    if text is None:
        return Extracted(media, None, note)
    if len(text) > MAX_TEXT_CHARS:
        text = text[:MAX_TEXT_CHARS]
        note = note or FIRST_CHARS.format(n=f"{MAX_TEXT_CHARS:,}")
    return Extracted(media, text, note)


def _plain(data: bytes) -> str:
    for encoding in ("utf-8-sig", "utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig",):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("cp1252", errors="replace")


def _capped(pieces: Iterator[str], deadline: float) -> tuple[str, str]:
    out: list[str] = []
    total = 0
    note = ""
    for piece in pieces:
        out.append(piece)
        total += len(piece) + 1
        if total > MAX_TEXT_CHARS:
            break
        if time.monotonic() > deadline:
            note = PART_ONLY
            break
    return "\n".join(out), note


def _pdf(data: bytes) -> tuple[str | None, str]:
    import pypdf

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")  # a PDF locked only against printing or copying opens with no password
            except Exception:  # noqa: BLE001
                opened = 0
            if not opened:
                return None, ENCRYPTED_PDF
        deadline = time.monotonic() + MAX_SECONDS
        pages: list[str] = []
        total = 0
        note = ""
        for page in reader.pages:
            try:
                text = page.extract_text() or ""
            except Exception:  # noqa: BLE001 - one bad page does not lose the others
                text = ""
            pages.append(text.replace(PAGE_BREAK, " "))
            total += len(text) + 1
            if total > MAX_TEXT_CHARS:
                break
            if time.monotonic() > deadline:
                note = FIRST_PAGES.format(n=len(pages))
                break
    text = PAGE_BREAK.join(pages)
    if not text.replace(PAGE_BREAK, "").strip():
        return None, NO_PDF_TEXT
    return text, note


def _zip_guarded(data: bytes, read) -> tuple[str | None, str]:
    """Judge a DOCX or XLSX from its zip index before any part is inflated; then read it."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return None, BAD_ZIP
    if len(infos) > MAX_ZIP_MEMBERS:
        return None, MANY_PARTS.format(n=len(infos))
    total = sum(i.file_size for i in infos)
    if total > MAX_ZIP_TOTAL:
        return None, INFLATES_TO.format(mb=total // 2**20)
    for i in infos:
        if i.file_size > 2**20 and i.file_size > MAX_ZIP_RATIO * max(i.compress_size, 1):
            return None, BOMB
    return read(data)


def _docx(data: bytes) -> tuple[str | None, str]:
    import docx

    document = docx.Document(io.BytesIO(data))
    deadline = time.monotonic() + MAX_SECONDS

    def pieces() -> Iterator[str]:
        for paragraph in document.paragraphs:
            yield paragraph.text
        for table in document.tables:
            for row in table.rows:
                yield "\t".join(cell.text for cell in row.cells)

    return _capped(pieces(), deadline)


def _xlsx(data: bytes) -> tuple[str | None, str]:
    import openpyxl

    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    deadline = time.monotonic() + MAX_SECONDS

    def pieces() -> Iterator[str]:
        cells = 0
        for sheet in workbook.worksheets:
            yield sheet.title
            for row in sheet.iter_rows(values_only=True):
                cells += len(row)
                if cells > MAX_XLSX_CELLS:
                    return
                values = [str(v) for v in row if v is not None]
                if values:
                    yield "\t".join(values)

    try:
        return _capped(pieces(), deadline)
    finally:
        workbook.close()


@lru_cache(maxsize=1)
def _note_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each known note as a pattern of its English text, its {values} caught by name."""
    out = []
    for template in NOTES:
        parts = re.split(r"\{([a-z_]+)\}", template)
        pattern = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
        out.append((re.compile(pattern), template))
    return tuple(out)


def shown_note(note: str, lang: str | None = None) -> str:
    """A stored note in `lang`: one of the known notes (this version's or an older log's, the same English texts)
    translated with its values, anything else (a note from elsewhere) as it is stored."""
    if not note:
        return note
    for pattern, template in _note_patterns():
        found = pattern.fullmatch(note)
        if found is not None:
            return fill(NOTES_CONTEXT, template, lang, **found.groupdict())
    return note
