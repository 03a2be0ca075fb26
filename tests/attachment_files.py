"""Files to attach in tests: a paged PDF, a DOCX, an XLSX, and hostile or odd ones (built in memory); the
catalogue their notes are told from."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from mineralsdesk import i18n
from mineralsdesk.services import extract

MESSAGES = Path(__file__).resolve().parents[1] / "resources" / "translations" / "messages"
MALFORMED_PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer garbage"


def notes_catalogue(monkeypatch) -> None:
    """The built catalogue when `make translations` has run (it holds the notes), else the same messages from
    their JSON source added to it, so these tests read the same words before and after the catalogues are rebuilt."""
    if ("Attachment notes", extract.EMPTY) in i18n.catalogue("fr"):
        return
    built = i18n.catalogue
    added = json.loads((MESSAGES / "i18nleft.json").read_text(encoding="utf-8"))

    made: dict[str, dict] = {}

    def catalogue(lang: str) -> dict:
        if lang not in made:
            made[lang] = dict(built(lang))
            for ctx, table in added.items():
                for source, by_lang in table.items():
                    if lang in by_lang:
                        made[lang][(ctx, source)] = (by_lang[lang],)
        return made[lang]

    monkeypatch.setattr(i18n, "catalogue", catalogue)


def pdf(pages: list[str]) -> bytes:
    """A PDF with one line of text a page."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for text in pages:
        c.drawString(72, 720, text)
        c.showPage()
    c.save()
    return buf.getvalue()


def encrypted_pdf() -> bytes:
    import pypdf

    writer = pypdf.PdfWriter(clone_from=io.BytesIO(pdf(["secret tungsten offtake"])))
    writer.encrypt("a user password", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def docx(paragraphs: list[str]) -> bytes:
    import docx as python_docx

    document = python_docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def xlsx(rows: list[list[object]]) -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def zip_bomb(inner: str = "word/document.xml", megabytes: int = 300) -> bytes:
    """A zip that names itself a Word file and inflates a part to `megabytes` MB of zeros."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        info = zipfile.ZipInfo(inner)
        info.compress_type = zipfile.ZIP_DEFLATED
        with zf.open(info, "w", force_zip64=True) as part:
            zero = b"\0" * 2**20
            for _ in range(megabytes):
                part.write(zero)
    return out.getvalue()


PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
       b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")
