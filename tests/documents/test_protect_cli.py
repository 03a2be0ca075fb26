"""`--password-file` as a user runs it: protected exports, imports that need the password, one-line refusals."""

from __future__ import annotations

import io
import subprocess
import sys

import msoffcrypto
import pypdf
from test_xlsx_cli import _dump, _import_backups
from xlsx_support import set_cell

from mineralsdesk.documents import protect

PASSWORD = "pass phrase for colleagues"


def _run(*args: str):
    return subprocess.run([sys.executable, "-m", "mineralsdesk", *args], capture_output=True, text=True, timeout=180,
                          stdin=subprocess.DEVNULL)


def _password_file(tmp_path, text: str = PASSWORD + "\n", name: str = "pw.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_export_pdf_and_xlsx_with_a_password_file(demo_path, tmp_path):
    pw = _password_file(tmp_path)
    pdf, xlsx = tmp_path / "b.pdf", tmp_path / "s.xlsx"
    for kind, out in (("pdf", pdf), ("xlsx", xlsx)):
        done = _run("--db", str(demo_path), "export", kind, str(out), "--audience", "shareable", "--password-file",
                    str(pw))
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == f"Wrote {out} (password-protected)"
        assert PASSWORD not in done.stdout + done.stderr  # the password is never printed
    reader = pypdf.PdfReader(pdf)
    assert reader.is_encrypted and not reader.decrypt(PASSWORD + "\n") and reader.decrypt(PASSWORD)
    assert protect.is_encrypted_workbook(xlsx)
    with open(xlsx, "rb") as fh:
        document = msoffcrypto.OfficeFile(fh)
        document.load_key(password=PASSWORD, verify_password=True)
        document.decrypt(io.BytesIO())


def test_an_empty_password_file_is_one_line_and_writes_nothing(demo_path, tmp_path):
    empty = _password_file(tmp_path, "")
    for kind in ("pdf", "xlsx"):
        out = tmp_path / f"b.{kind}"
        done = _run("--db", str(demo_path), "export", kind, str(out), "--password-file", str(empty))
        assert done.returncode == 1
        assert done.stderr.count("\n") == 1 and "is empty" in done.stderr and "nothing was written" in done.stderr
        assert not out.exists()
    missing = _run("--db", str(demo_path), "export", "pdf", str(tmp_path / "c.pdf"), "--password-file",
                   str(tmp_path / "nope"))
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1 and "Cannot read the password file" in missing.stderr


def test_import_of_a_protected_workbook_needs_its_password(demo_path, tmp_path):
    pw, wrong = _password_file(tmp_path), _password_file(tmp_path, "not it\n", "wrong.txt")
    out = tmp_path / "s.xlsx"
    assert _run("--db", str(demo_path), "export", "xlsx", str(out), "--password-file", str(pw)).returncode == 0
    opened = tmp_path / "opened.xlsx"
    opened.write_bytes(protect.unlock_workbook(out, PASSWORD).getvalue())
    import openpyxl

    ws = openpyxl.load_workbook(opened)["Clauses"]
    clause_id = ws.cell(2, [c.value for c in ws[1]].index("Record id") + 1).value
    set_cell(opened, "Clauses", clause_id, "Status", "dropped")
    protect.encrypt_workbook(opened, out, PASSWORD)
    opened.unlink()
    before = _dump(demo_path)
    for args, message in (((), "is password-protected; give its password with --password-file F"),
                          (("--password-file", str(wrong)), "Wrong password for s.xlsx"),
                          (("--dry-run", "--password-file", str(wrong)), "Wrong password for s.xlsx")):
        refused = _run("--db", str(demo_path), "import", "xlsx", str(out), *args)
        assert refused.returncode == 1 and refused.stderr.count("\n") == 1 and message in refused.stderr
    assert _dump(demo_path) == before and _import_backups(demo_path) == 0  # nothing written, not even a backup
    dry = _run("--db", str(demo_path), "import", "xlsx", str(out), "--dry-run", "--password-file", str(pw))
    assert dry.returncode == 0 and "-> 'dropped'" in dry.stdout and _dump(demo_path) == before
    real = _run("--db", str(demo_path), "import", "xlsx", str(out), "--password-file", str(pw))
    assert real.returncode == 0 and "1 change(s) applied" in real.stdout, real.stderr
    assert _import_backups(demo_path) == 1
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx") == ["s.xlsx"]  # no plain copy
