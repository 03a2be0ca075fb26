"""Real programs read the exported Word text: pandoc sees each change with its author, LibreOffice converts it."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from mineralsdesk.documents.word.docx_out import export_docx


@pytest.fixture
def mou_compare(demo_log, tmp_path):
    return export_docx(demo_log, tmp_path / "mou.docx", track="MOU", compare=(2, 4))


def test_pandoc_reads_the_tracked_changes_with_their_authors(mou_compare, demo_log):
    if shutil.which("pandoc") is None:
        pytest.skip("pandoc is not installed (apt-get install pandoc)")
    text = subprocess.run(["pandoc", "--track-changes=all", str(mou_compare), "-t", "markdown", "--wrap=none"],
                          capture_output=True, text=True, check=True).stdout
    found = re.findall(r'\{\.(insertion|deletion) author="([^"]+)" date="([^"]+)"\}', text)
    assert {kind for kind, *_ in found} == {"insertion", "deletion"}
    assert {author for _k, author, _d in found} == {"US", "EU"}
    assert {d for *_x, d in found} == {"2026-03-04T00:00:00Z"}
    assert "Art. 1 --- Definitions" in text
    accepted = subprocess.run(["pandoc", "--track-changes=accept", str(mou_compare), "-t", "plain", "--wrap=none"],
                              capture_output=True, text=True, check=True).stdout
    mou = demo_log.tracks.by_ref("MOU")
    art8 = demo_log.clauses.current_version(demo_log.clauses.list(mou.id)[7].id).text
    assert " ".join(art8.split())[:80] in " ".join(accepted.split())


@pytest.mark.slow
def test_libreoffice_converts_it_to_pdf_with_every_article_heading(mou_compare, demo_log, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice (soffice) or pdftotext is not installed")
    profile = tmp_path / "lo-profile"
    done = subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                           "--outdir", str(tmp_path), str(mou_compare)], capture_output=True, text=True, timeout=180)
    pdf = tmp_path / "mou.pdf"
    assert done.returncode == 0 and pdf.exists(), done.stderr
    text = " ".join(subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    mou = demo_log.tracks.by_ref("MOU")
    for clause in demo_log.clauses.list(mou.id):
        assert f"{clause.ref} — {clause.title}" in text
    assert "LIMITED — INTERNAL" in text and re.search(r"Page 1 of [2-9]", text)
