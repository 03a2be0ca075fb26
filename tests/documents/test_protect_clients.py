"""Protected PDFs as other programs see them: qpdf and poppler open them with the password, and only with it."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest

from mineralsdesk.documents.briefing.pdf import export_pdf

PASSWORD = "s3cret pass, with spaces"


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed (apt-get install {'qpdf' if tool == 'qpdf' else 'poppler-utils'})")
    return path


@pytest.fixture
def locked(demo_log, tmp_path):
    return export_pdf(demo_log, tmp_path / "briefing.pdf", audience="shareable", today=date(2026, 11, 26),
                      password=PASSWORD)


def test_qpdf_decrypts_with_the_password_and_refuses_without(locked, tmp_path):
    qpdf = _need("qpdf")
    check = subprocess.run([qpdf, "--check", str(locked)], capture_output=True, text=True, timeout=60)
    assert check.returncode != 0 and "invalid password" in (check.stdout + check.stderr)
    shown = subprocess.run([qpdf, f"--password={PASSWORD}", "--show-encryption", str(locked)], capture_output=True,
                           text=True, timeout=60)
    assert shown.returncode == 0, shown.stderr
    assert "R = 5" in shown.stdout and "AESv3" in shown.stdout  # AES-256
    assert "Supplied password is user password" in shown.stdout
    out = tmp_path / "opened.pdf"
    done = subprocess.run([qpdf, f"--password={PASSWORD}", "--decrypt", str(locked), str(out)], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    plain = subprocess.run([qpdf, "--check", str(out)], capture_output=True, text=True, timeout=60)
    assert plain.returncode == 0 and "No syntax or stream encoding errors" in plain.stdout
    wrong = subprocess.run([qpdf, "--password=wrong", "--decrypt", str(locked), str(tmp_path / "x.pdf")],
                           capture_output=True, text=True, timeout=60)
    assert wrong.returncode != 0 and not (tmp_path / "x.pdf").exists()


def test_poppler_reads_it_with_the_password_only(locked, demo_log):
    pdftotext = _need("pdftotext")
    without = subprocess.run([pdftotext, str(locked), "-"], capture_output=True, text=True, timeout=60)
    assert without.returncode != 0 and "Incorrect password" in without.stderr and without.stdout == ""
    # With it, cleanly: poppler refused reportlab's padded OE/UE keys before protect.py cut them to 32 bytes.
    opened = subprocess.run([pdftotext, "-upw", PASSWORD, str(locked), "-"], capture_output=True, text=True,
                            timeout=60)
    assert opened.returncode == 0 and "Syntax Error" not in opened.stderr, opened.stderr
    assert "Negotiation briefing" in opened.stdout and demo_log.settings.log_name in opened.stdout
