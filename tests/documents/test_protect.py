"""Password-protected documents: AES-256 PDFs and encrypted workbooks that open with the password only, import
of a protected workbook decrypted in memory, and the refusals (empty, wrong, oversized, hostile)."""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from datetime import date
from pathlib import Path

import msoffcrypto
import olefile
import openpyxl
import pypdf
import pytest
from test_pdf_safety import everything
from xlsx_support import MARKERS, fill_hostile, row_of, set_cell, xml_parts

from mineralsdesk.documents import protect
from mineralsdesk.documents.briefing.pdf import export_pdf
from mineralsdesk.documents.workbook import xlsx_safety
from mineralsdesk.documents.workbook.xlsx import export_xlsx
from mineralsdesk.documents.workbook.xlsx_import import import_xlsx
from mineralsdesk.errors import ExportError, ImportRefused
from mineralsdesk.store.files import TEMP_PREFIX

TODAY = date(2026, 11, 26)
PASSWORD = "correct horse battery staple"


@pytest.fixture
def hostile(small_log):
    small_log.ids = fill_hostile(small_log)
    return small_log


def _decrypt(path: Path, password: str = PASSWORD) -> io.BytesIO:
    out = io.BytesIO()
    with open(path, "rb") as fh:
        document = msoffcrypto.OfficeFile(fh)
        assert document.is_encrypted()
        document.load_key(password=password, verify_password=True)
        document.decrypt(out)
    out.seek(0)
    return out


def _cells(source) -> dict[str, list[tuple]]:
    wb = openpyxl.load_workbook(source, read_only=True)
    return {ws.title: [tuple(row) for row in ws.iter_rows(values_only=True)] for ws in wb.worksheets}


def _encrypt_again(plain: io.BytesIO, path: Path, password: str = PASSWORD) -> None:
    """A colleague's save in Excel with the same password: the edited workbook, encrypted."""
    scratch = path.with_name("scratch-plain.xlsx")
    scratch.write_bytes(plain.getvalue())
    protect.encrypt_workbook(scratch, path, password)
    scratch.unlink()


# --- the password itself --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("content", "password"), [
    (b"s3cret\n", "s3cret"), (b"s3cret\r\nsecond line\n", "s3cret"), (b"no newline", "no newline"),
    (b"  spaces kept  \n", "  spaces kept  "), ("caf\u00e9 \u6771\u4eac\n".encode(), "caf\u00e9 \u6771\u4eac"),
    (b"\xef\xbb\xbfbom\n", "bom"),
])
def test_the_password_is_the_first_line_of_the_file(tmp_path, content, password):
    (tmp_path / "pw").write_bytes(content)
    assert protect.read_password_file(tmp_path / "pw") == password


@pytest.mark.parametrize(("content", "message"), [
    (b"", "is empty"), (b"\n", "is empty"), (b"\nsecond\n", "is empty"), (b"\xff\xfe\x00", "not UTF-8"),
    (b"x" * 128 + b"\n", "longer than 127 bytes"), (b"a\x00b\n", "NUL"),
])
def test_a_bad_password_file_is_refused_in_one_line(tmp_path, content, message):
    (tmp_path / "pw").write_bytes(content)
    with pytest.raises(ExportError) as info:
        protect.read_password_file(tmp_path / "pw")
    assert message in str(info.value) and "\n" not in str(info.value)
    with pytest.raises(ExportError, match="Cannot read the password file"):
        protect.read_password_file(tmp_path / "missing")


# --- PDF ------------------------------------------------------------------------------------------------------

def test_a_protected_pdf_is_aes_256_and_opens_with_the_password_only(demo_log, tmp_path):
    out = export_pdf(demo_log, tmp_path / "b.pdf", audience="shareable", today=TODAY, password=PASSWORD)
    reader = pypdf.PdfReader(out)
    assert reader.is_encrypted
    encrypt = reader.trailer["/Encrypt"].get_object()
    assert (encrypt["/V"], encrypt["/R"], encrypt["/Length"]) == (5, 5, 256)  # AES-256
    # As the standard says, in bytes: pypdf reads a string whose random bytes happen to look like UTF-16 (or another
    # text encoding) as text, which then has fewer characters than bytes (a 1-in-thousands failure before).
    raw = {key: getattr(encrypt[key], "original_bytes", encrypt[key]) for key in ("/OE", "/UE", "/Perms")}
    assert (len(raw["/OE"]), len(raw["/UE"]), len(raw["/Perms"])) == (32, 32, 16)
    assert not reader.decrypt("wrong password")
    assert reader.decrypt(PASSWORD)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Negotiation briefing" in text and demo_log.settings.log_name in text
    # Strings decrypt without reportlab's second layer of padding (it showed as \x0e\x0e... in every reader).
    assert reader.metadata["/Title"] == f"Negotiation briefing: {demo_log.settings.log_name}"
    assert all(v.isprintable() for v in reader.metadata.values())


def test_the_owner_password_is_random_and_not_the_users(demo_log, tmp_path):
    out = export_pdf(demo_log, tmp_path / "b.pdf", today=TODAY, password=PASSWORD)
    reader = pypdf.PdfReader(out)
    assert reader.decrypt(PASSWORD) == pypdf.PasswordType.USER_PASSWORD  # not the owner's: that one is random
    one = protect.pdf_encryption(PASSWORD)
    two = protect.pdf_encryption(PASSWORD)
    assert one.ownerPassword != two.ownerPassword and len(one.ownerPassword) >= 40
    assert PASSWORD not in one.ownerPassword


def _clause_texts(log) -> list[str]:
    """Clause titles and the first words of their texts, long enough to search for."""
    texts = []
    for clause in log.clauses.list():
        texts += [clause.title] + [v.text[:40] for v in log.clauses.versions(clause.id)]
    return [t for t in texts if len(t) >= 8 and t.isprintable()]


def _pdf_streams(data: bytes) -> list[bytes]:
    return [m.group(1) for m in re.finditer(rb"\sstream\r?\n(.*?)endstream", data, re.S)]


def _inflates(chunk: bytes) -> bool:
    """True when the stream is zlib data as it stands (trailing line breaks allowed)."""
    try:
        return bool(zlib.decompressobj().decompress(chunk))
    except zlib.error:
        return False


def test_the_protected_pdf_holds_no_plaintext(demo_log, tmp_path):
    plain = export_pdf(demo_log, tmp_path / "plain.pdf", today=TODAY).read_bytes()
    locked = export_pdf(demo_log, tmp_path / "locked.pdf", today=TODAY, password=PASSWORD).read_bytes()
    assert b"Negotiation briefing" in plain and b"Negotiation briefing" not in locked  # the plain file's metadata
    assert PASSWORD.encode() not in locked
    # The plain file's compressed streams inflate, so a text search inside them would find the clauses; the
    # protected file's streams do not, whatever filter they claim.
    assert sum(map(_inflates, _pdf_streams(plain))) >= 5
    assert not any(_inflates(s) for s in _pdf_streams(locked))
    for piece in _clause_texts(demo_log)[:40]:
        assert piece.encode("utf-8") not in locked and piece.encode("utf-16-be") not in locked


def test_shareable_protected_pdf_leaks_nothing_internal_once_opened(demo_log, tmp_path):
    ours = demo_log.settings.our_party
    markers = []
    for (clause_id, party), pos in demo_log.read.latest_positions().items():
        if party == ours:
            values = {"red_line": f"ZQXRL{len(markers)}QXZ", "fallback": f"ZQXFB{len(markers)}QXZ",
                      "internal_note": f"ZQXIN{len(markers)}QXZ"}
            markers += values.values()
            demo_log.positions.set(clause_id, party, pos.round_id, pos.stance, note=pos.note, **values)
    shareable = export_pdf(demo_log, tmp_path / "s.pdf", audience="shareable", today=TODAY, password=PASSWORD)
    internal = export_pdf(demo_log, tmp_path / "i.pdf", audience="internal", today=TODAY, password=PASSWORD)
    inside, outside = everything(_opened(internal, tmp_path)), everything(_opened(shareable, tmp_path))
    assert markers and not [m for m in markers if m not in inside]
    assert "ZQX" not in outside and "Red line" not in outside


def _opened(path: Path, folder: Path) -> Path:
    """The PDF as its reader sees it once the password is given, written out plain for the leak helper."""
    reader = pypdf.PdfReader(path)
    assert reader.decrypt(PASSWORD)
    opened = folder / f"opened-{path.name}"
    pypdf.PdfWriter(clone_from=reader).write(opened)
    assert not pypdf.PdfReader(opened).is_encrypted
    return opened


# --- workbooks out ---------------------------------------------------------------------------------------------

def test_a_protected_workbook_decrypts_to_the_same_cells(hostile, tmp_path):
    plain = export_xlsx(hostile, tmp_path / "plain.xlsx", audience="shareable", today=TODAY)
    locked = export_xlsx(hostile, tmp_path / "locked.xlsx", audience="shareable", today=TODAY, password=PASSWORD)
    data = locked.read_bytes()
    assert data.startswith(protect.OLE_MAGIC) and not zipfile.is_zipfile(locked)
    assert protect.is_encrypted_workbook(locked) and not protect.is_encrypted_workbook(plain)
    with olefile.OleFileIO(str(locked)) as ole:
        info = ole.openstream("EncryptionInfo").read()
    assert struct.unpack("<HH", info[:4]) == (4, 4) and b'keyBits="256"' in info and b"SHA512" in info  # agile
    assert _cells(_decrypt(locked)) == _cells(plain)
    with pytest.raises(msoffcrypto.exceptions.InvalidKeyError):
        _decrypt(locked, "wrong")
    assert oct(locked.stat().st_mode & 0o777) == "0o600"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(TEMP_PREFIX)] == []  # the plain copy is gone


def test_the_protected_workbook_holds_no_plaintext_and_nothing_internal_once_opened(hostile, tmp_path):
    locked = export_xlsx(hostile, tmp_path / "s.xlsx", audience="shareable", today=TODAY, password=PASSWORD)
    raw = locked.read_bytes()
    assert b"PK\x03\x04" not in raw and b"[Content_Types]" not in raw and b"worksheets" not in raw
    texts = _clause_texts(hostile)
    assert len(texts) > 10
    for piece in texts:
        assert piece.encode("utf-8") not in raw and piece.encode("utf-16-le") not in raw
    opened = tmp_path / "opened.xlsx"
    opened.write_bytes(_decrypt(locked).getvalue())
    text = "\n".join(xml_parts(opened).values())
    assert not [m for m in MARKERS.values() if m in text]
    internal = export_xlsx(hostile, tmp_path / "i.xlsx", audience="internal", today=TODAY, password=PASSWORD)
    opened.write_bytes(_decrypt(internal).getvalue())
    assert all(m in "\n".join(xml_parts(opened).values()) for m in MARKERS.values())  # the search can find them


def test_a_failed_encryption_leaves_neither_the_target_nor_the_plain_copy(small_log, tmp_path, monkeypatch):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    out = tmp_path / "s.xlsx"
    out.write_bytes(b"the previous summary")
    seen: list[Path] = []

    def broken(plain: Path, target: Path, password: str) -> None:
        seen.append(plain)
        assert plain.exists() and zipfile.is_zipfile(plain) and plain.parent == tmp_path
        assert oct(plain.stat().st_mode & 0o777) == "0o600"
        raise ExportError("The workbook could not be encrypted (test); nothing was written")

    monkeypatch.setattr(protect, "encrypt_workbook", broken)
    with pytest.raises(ExportError, match="could not be encrypted"):
        export_xlsx(small_log, out, password=PASSWORD)
    assert seen and not seen[0].exists()
    assert out.read_bytes() == b"the previous summary"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.xlsx"]


def test_an_unusable_password_is_refused_before_any_work(small_log, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    for bad in ("", "x" * 128):
        with pytest.raises(ExportError):
            export_xlsx(small_log, tmp_path / "s.xlsx", password=bad)
        with pytest.raises(ExportError):
            export_pdf(small_log, tmp_path / "s.pdf", password=bad)
    assert list(tmp_path.iterdir()) == []


# --- workbooks in ---------------------------------------------------------------------------------------------

def test_a_protected_workbook_imports_through_the_same_checks(hostile, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    ids = hostile.ids
    locked = export_xlsx(hostile, tmp_path / "s.xlsx", today=TODAY, password=PASSWORD)
    # A colleague opens it with the password, changes a status, and saves it with the same password.
    opened = tmp_path / "edit.xlsx"
    opened.write_bytes(_decrypt(locked).getvalue())
    set_cell(opened, "Clauses", ids["clause"], "Status", "under negotiation")
    _encrypt_again(io.BytesIO(opened.read_bytes()), locked)
    opened.unlink()
    with pytest.raises(ImportRefused, match="password-protected workbook: give a protected one's password"):
        import_xlsx(hostile, locked, dry_run=True)
    before = hostile.dump()
    with pytest.raises(ImportRefused, match="Wrong password"):
        protect.unlock_workbook(locked, "wrong")
    report = import_xlsx(hostile, locked, data=protect.unlock_workbook(locked, PASSWORD))
    assert [(c.field, c.new) for c in report.changes] == [("status", "under negotiation")]
    assert hostile.dump()["clauses"] != before["clauses"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.xlsx"]  # no plain copy was ever written


def test_a_tampered_protected_workbook_is_refused_like_a_plain_one(hostile, tmp_path):
    locked = export_xlsx(hostile, tmp_path / "s.xlsx", today=TODAY, password=PASSWORD)
    opened = tmp_path / "edit.xlsx"
    opened.write_bytes(_decrypt(locked).getvalue())
    wb = openpyxl.load_workbook(opened)
    ws = wb["Clauses"]
    ws.cell(row_of(ws, hostile.ids["clause"]), 2).value = "rewritten read-only cell"
    wb.save(opened)
    _encrypt_again(io.BytesIO(opened.read_bytes()), locked)
    before = hostile.dump()
    with pytest.raises(ImportRefused, match="nothing was applied"):
        import_xlsx(hostile, locked, data=protect.unlock_workbook(locked, PASSWORD))
    assert hostile.dump() == before


def _set_declared_size(path: Path, size: int) -> None:
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        body = ole.openstream("EncryptedPackage").read()
        ole.write_stream("EncryptedPackage", struct.pack("<Q", size) + body[8:])


def test_the_declared_size_is_capped_before_decrypting(small_log, tmp_path):
    locked = export_xlsx(small_log, tmp_path / "s.xlsx", password=PASSWORD)
    with pytest.raises(ImportRefused, match="would decrypt to"):
        protect.unlock_workbook(locked, PASSWORD, max_bytes=1024)
    _set_declared_size(locked, 50 * 2**30)  # a 50 GB claim in a small file
    with pytest.raises(ImportRefused, match=f"workbooks over {xlsx_safety.MAX_FILE_BYTES // 2**20} MB"):
        protect.unlock_workbook(locked, PASSWORD)


def test_the_decrypted_workbook_goes_through_the_zip_checks(small_log, tmp_path):
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                                           'content-types"/>')
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * (40 * 1024 * 1024))
    locked = tmp_path / "locked.xlsx"
    protect.encrypt_workbook(bomb, locked, PASSWORD)
    with pytest.raises(ImportRefused, match="zip bomb"):
        import_xlsx(small_log, locked, data=protect.unlock_workbook(locked, PASSWORD))


@pytest.mark.parametrize(("info", "message"), [
    (struct.pack("<HHI", 4, 2, 0x24) + b"\0" * 40, "old or unknown workbook encryption"),
    (struct.pack("<HHI", 4, 4, 0x40) + b'<!DOCTYPE e [<!ENTITY a "aaaa">]><encryption>&a;</encryption>',
     "not readable"),
    (struct.pack("<HHI", 4, 4, 0x40) + b'<encryption xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/'
     b'password"><p:encryptedKey spinCount="9999999"/></encryption>', "unusual amount of work"),
    (struct.pack("<HHI", 4, 4, 0x40) + b"<encryption/>", "not protected by a password"),
])
def test_a_hostile_encryption_header_is_refused_before_any_hashing(info, message):
    with pytest.raises(ImportRefused, match=message):
        protect._check_encryption_info(info, "x.xlsx")


def test_a_damaged_compound_file_is_refused_in_one_line(tmp_path):
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(protect.OLE_MAGIC + b"\0" * 600)
    assert not protect.is_encrypted_workbook(fake)
    with pytest.raises(ImportRefused, match="could not be read as a password-protected workbook"):
        protect.unlock_workbook(fake, PASSWORD)
    with pytest.raises(ImportRefused, match="old-style .xls or a password-protected workbook"):
        xlsx_safety.check_package(fake)


def test_the_private_temporary_is_registered_while_open_and_gone_after(tmp_path):
    from mineralsdesk.store import files

    for fail in (False, True):
        with pytest.raises(RuntimeError) if fail else _nothing():
            with files.private_temporary(tmp_path, suffix=".xlsx") as plain:
                assert plain.parent == tmp_path and plain.name.startswith(TEMP_PREFIX) and plain.suffix == ".xlsx"
                assert oct(plain.stat().st_mode & 0o777) == "0o600" and files._marker(plain).exists()
                assert files.remove_stale_temporaries(tmp_path) == []  # a live writer's file is left alone
                if fail:
                    raise RuntimeError("stop")
        assert not plain.exists() and not files._marker(plain).exists()


def _nothing():
    import contextlib

    return contextlib.nullcontext()
