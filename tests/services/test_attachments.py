"""Attachments: content-addressed storage, dedupe, text in search (with the page), odd files, saving, removal."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest
from attachment_files import PNG, docx, encrypted_pdf, pdf, xlsx, zip_bomb

from mineralsdesk.domain.model import Audience
from mineralsdesk.errors import AttachmentError, InvalidInputError, NotFoundError, TargetError
from mineralsdesk.services import extract
from mineralsdesk.services.log import Log
from mineralsdesk.store import migrations


def _blob_count(log: Log) -> int:
    return log.check().counts.get("blobs", sum(1 for _ in log.dump()["blobs"]))


def _add(log: Log, data: bytes, name: str, **kw):
    return log.attachments.add(data, name, target_kind=kw.pop("kind", "track"),
                               target_id=kw.pop("target", log.ids["track"]), **kw).record


def test_schema_has_the_attachment_tables(log: Log):
    assert migrations.schema_version(log.db) == migrations.SCHEMA_VERSION
    assert migrations.STEPS[6].__name__ == "_step_7_attachments"


def test_a_pdf_is_found_by_a_word_on_its_page(small_log: Log):
    data = pdf(["Opening remarks", "Price floors for lithium", "Joint stockpile of germanium", "Closing"])
    made = _add(small_log, data, "non-paper.pdf")
    assert made.media_type == "application/pdf" and made.size == len(data)
    assert made.sha256 == hashlib.sha256(data).hexdigest() and made.audience is Audience.INTERNAL
    hits = [h for h in small_log.search("germanium") if h.kind == "attachment"]
    assert [h.entity_id for h in hits] == [made.id]
    assert hits[0].page == 3 and hits[0].snippet.startswith("p. 3: ")
    assert small_log.attachments.content_info(made).indexed


def test_the_page_is_right_deep_in_a_long_paper(small_log: Log):
    pages = [" ".join(f"filler{p}w{i}" for i in range(400)) for p in range(12)]
    pages[9] += " molybdenum"
    made = _add(small_log, pdf_long(pages), "long.pdf")
    hit = next(h for h in small_log.search("molybdenum") if h.entity_id == made.id)
    assert hit.page == 10


def pdf_long(pages: list[str]) -> bytes:
    import io

    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate
    buf = io.BytesIO()
    style = getSampleStyleSheet()["Normal"]
    story = []
    for text in pages:
        story += [Paragraph(text, style), PageBreak()]
    SimpleDocTemplate(buf).build(story[:-1])
    return buf.getvalue()


def test_docx_xlsx_and_text_are_indexed(small_log: Log):
    _add(small_log, docx(["A non-paper on cobalt traceability"]), "np.docx")
    _add(small_log, xlsx([["mineral", "tonnes"], ["vanadium", 120]]), "table.xlsx")
    _add(small_log, "Notes on scandium — café".encode("cp1252", errors="replace"), "notes.txt")
    for word, name in (("traceability", "np.docx"), ("vanadium", "table.xlsx"), ("scandium", "notes.txt")):
        assert [h.title for h in small_log.search(word) if h.kind == "attachment"] == [name]


@pytest.mark.parametrize(("make", "name", "note"), [
    (encrypted_pdf, "locked.pdf", "encrypted PDF"),
    (lambda: zip_bomb("word/document.xml", 100), "bomb.docx", "decompression bomb"),
    (lambda: zip_bomb("xl/workbook.xml", 400), "bomb.xlsx", "would inflate"),
    (lambda: b"%PDF-1.7\n garbage \x00\xff" * 10, "broken.pdf", "not indexed"),
    (lambda: b"PK\x03\x04 not a zip at all", "broken.docx", "not indexed"),
    (lambda: b"", "empty.txt", "0 bytes"),
    (lambda: PNG, "photo.png", "image"),
])
def test_hostile_or_odd_files_are_stored_not_indexed(small_log: Log, make, name: str, note: str):
    data = make()
    made = _add(small_log, data, name)
    info = small_log.attachments.content_info(made)
    assert not info.indexed and note in info.text_note
    assert small_log.attachments.read_bytes(made.id) == data
    assert small_log.check().ok


def test_extracted_text_is_capped(monkeypatch):
    monkeypatch.setattr(extract, "MAX_TEXT_CHARS", 1000)
    found = extract.extract(("word " * 1000).encode(), "long.txt")
    assert len(found.text) == 1000 and "first 1,000 characters" in found.note


def test_same_bytes_are_stored_once_and_removed_with_the_last(small_log: Log):
    data = b"the same joint statement text"
    first = _add(small_log, data, "a.txt")
    second = _add(small_log, data, "b.txt", kind="clause", target=small_log.ids["clause"])
    assert [b["sha256"] for b in small_log.dump()["blobs"]] == [first.sha256]
    small_log.attachments.delete(first.id)
    assert len(small_log.dump()["blobs"]) == 1
    assert small_log.attachments.list("clause", small_log.ids["clause"]) == [second]
    small_log.attachments.delete(second.id)
    assert small_log.dump()["blobs"] == [] and small_log.search("joint statement") == []
    assert small_log.check().ok


def test_the_change_log_names_the_content_not_its_bytes(small_log: Log):
    data = b"UNIQUEBYTESMARKER " * 50
    made = _add(small_log, data, "m.txt")
    entries = small_log.changes(entity_id=made.id)
    values = " ".join(str(e.new) for e in entries)
    assert made.sha256 in values and str(made.size) in values and "UNIQUEBYTESMARKER" not in values


def test_check_finds_bytes_that_no_longer_match_their_digest(small_log: Log):
    made = _add(small_log, b"original content", "c.txt")
    small_log.db.execute("UPDATE blobs SET bytes = ? WHERE sha256 = ?", [b"altered content!", made.sha256])
    problems = small_log.check().problems
    assert any("do not match their SHA-256" in p for p in problems)


def test_size_cap_refuses_with_one_line(small_log: Log, tmp_path: Path):
    small_log.attachments.set_max_mb(1)
    big = tmp_path / "big.pdf"
    big.write_bytes(b"x" * (2**20 + 1))
    with pytest.raises(AttachmentError, match=r"^big.pdf is 1.0 MB, over this log's 1 MB cap") as exc:
        small_log.attachments.add(big, target_kind="track", target_id=small_log.ids["track"])
    assert "\n" not in str(exc.value)
    assert small_log.attachments.list() == []
    assert small_log.attachments.max_bytes == 2**20


def test_bad_targets_are_refused(small_log: Log):
    with pytest.raises(InvalidInputError, match="use track, round, clause or commitment"):
        _add(small_log, b"x", "x.txt", kind="party")
    with pytest.raises(NotFoundError):
        _add(small_log, b"x", "x.txt", kind="round", target="no-such-id")
    assert small_log.attachments.resolve_target("round", "MOU:2") == small_log.ids["r2"]
    assert small_log.attachments.resolve_target("clause", "mou:art. 1") == small_log.ids["clause"]


def test_save_to_is_byte_identical_atomic_and_checked(small_log: Log, tmp_path: Path):
    data = pdf(["saved back out"])
    made = _add(small_log, data, "out.pdf")
    out = small_log.attachments.save_to(made.id, tmp_path / "copy.pdf")
    assert out.read_bytes() == data and stat.S_IMODE(out.stat().st_mode) == 0o600
    with pytest.raises(TargetError, match="open log"):
        small_log.attachments.save_to(made.id, small_log.path)
    assert small_log.check().ok


def test_open_copy_is_private_and_removed_on_close(tmp_path: Path):
    with Log.create(tmp_path / "v.mdesk") as log:
        track = log.tracks.add("T", "Track").record
        made = log.attachments.add(b"view me", "view.txt", target_kind="track", target_id=track.id).record
        copy = log.attachments.open_copy(made.id)
        assert copy.read_bytes() == b"view me" and copy.name.endswith("view.txt")
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
        assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
        assert Path(os.environ["MINERALSDESK_DATA_DIR"]) in copy.parents
    assert not copy.exists()


def test_audience_change_and_undo_of_a_removal(small_log: Log):
    made = _add(small_log, b"shareable paper on nickel", "n.txt")
    changed = small_log.attachments.set_audience(made.id, "shareable", expected_rev=made.rev)
    assert changed.record.audience is Audience.SHAREABLE
    data = small_log.attachments.read_bytes(made.id)
    removed = small_log.attachments.delete(made.id).record
    assert small_log.search("nickel") == []
    back = small_log.attachments.restore(removed, data).record
    assert back.id == made.id and back.audience is Audience.SHAREABLE
    assert [h.entity_id for h in small_log.search("nickel")] == [made.id]
    assert small_log.check().ok


def test_backup_carries_attachments(small_log: Log, tmp_path: Path):
    data = docx(["backed up tantalum"])
    made = _add(small_log, data, "b.docx")
    out = small_log.backup(tmp_path / "backup.mdesk")
    with Log.open(out, readonly=True) as copy:
        assert copy.attachments.read_bytes(made.id) == data
        assert copy.search("tantalum")[0].entity_id == made.id


def test_a_log_is_refused_as_an_attachment_by_path_and_by_bytes(small_log, tmp_path):
    """A careless drag of the log itself (or a backup, or a colleague's log) would put every red line inside a
    paper that could later be made shareable: refused, nothing written."""
    from mineralsdesk.errors import AttachmentError

    before = small_log.fingerprint()
    track = small_log.ids["track"]
    with pytest.raises(AttachmentError, match="is a MineralsDesk log"):
        small_log.attachments.add(small_log.path, target_kind="track", target_id=track)
    backup = small_log.backup(tmp_path / "copy.pdf")  # a log whatever its name says
    with pytest.raises(AttachmentError, match="is a MineralsDesk log"):
        small_log.attachments.add(backup.read_bytes(), "copy.pdf", target_kind="track", target_id=track)
    assert small_log.attachments.list() == [] and small_log.fingerprint() == before
