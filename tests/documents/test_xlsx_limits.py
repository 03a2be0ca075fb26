"""Hostile shared-strings tables: refused before openpyxl parses them, in bounded memory; a table at the limits
still imports in bounded memory. The files are generated here, never committed."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from collections.abc import Iterable
from pathlib import Path

import pytest

from mineralsdesk.documents.workbook import xlsx_safety
from mineralsdesk.documents.workbook.xlsx import export_xlsx
from mineralsdesk.documents.workbook.xlsx_import import import_xlsx
from mineralsdesk.errors import ImportRefused

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
MEMORY_LIMIT_MB = 300


def with_shared_strings(path: Path, entries: Iterable[bytes], *, prefix: str = "") -> Path:
    """The exported workbook with a shared-strings part holding `entries` (none referenced by a cell)."""
    original = io.BytesIO(path.read_bytes())
    tag = f"{prefix}:" if prefix else ""
    xmlns = f"xmlns:{prefix}" if prefix else "xmlns"
    with zipfile.ZipFile(original) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                body = body.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="'
                                    + xlsx_safety.SHARED_STRINGS_TYPE.encode() + b'"/></Types>')
            dst.writestr(item, body)
        with dst.open("xl/sharedStrings.xml", "w") as part:
            part.write(f'<?xml version="1.0" encoding="UTF-8"?><{tag}sst {xmlns}="{MAIN_NS}">'.encode())
            batch = []
            for entry in entries:
                batch.append(b"<%bsi><%bt>%b</%bt></%bsi>" % (tag.encode(), tag.encode(), entry, tag.encode(),
                                                             tag.encode()))
                if len(batch) == 100_000:
                    part.write(b"".join(batch))
                    batch.clear()
            part.write(b"".join(batch) + f"</{tag}sst>".encode())
    return path


def _numbers(n: int, pad: int = 0) -> Iterable[bytes]:
    filler = b"x" * pad
    return (b"%d%b" % (i, filler) for i in range(n))


@pytest.fixture
def exported(small_log, tmp_path):
    return export_xlsx(small_log, tmp_path / "summary.xlsx")


def _import_in_child(log_path: Path, workbook: Path) -> tuple[subprocess.CompletedProcess, float]:
    """`import xlsx --dry-run` in a child of a fresh child, so the peak memory read is that import's alone."""
    wrapper = ("import resource, subprocess, sys\n"
               "done = subprocess.run(sys.argv[1:], capture_output=True, text=True, timeout=600)\n"
               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
               "print(done.returncode)\n"
               "sys.stdout.write(done.stdout)\n"
               "sys.stderr.write(done.stderr)\n")
    done = subprocess.run([sys.executable, "-c", wrapper, sys.executable, "-m", "mineralsdesk", "--db",
                           str(log_path), "import", "xlsx", str(workbook), "--dry-run"],
                          capture_output=True, text=True, timeout=900)
    peak_kb, code, *rest = done.stdout.split("\n")
    inner = subprocess.CompletedProcess(done.args, int(code), "\n".join(rest), done.stderr)
    return inner, int(peak_kb) / 1024  # ru_maxrss is in KB on Linux


def test_millions_of_unreferenced_shared_strings_are_refused_in_bounded_memory(small_log, exported):
    """The reported file: millions of strings nothing refers to (here 2.5 million, ~50 MB unpacked, 9 MB)."""
    with_shared_strings(exported, _numbers(2_500_000))
    info = zipfile.ZipFile(exported).getinfo("xl/sharedStrings.xml")
    assert info.file_size < xlsx_safety.MAX_SHARED_STRINGS_BYTES  # the count, not the size, refuses it
    done, peak_mb = _import_in_child(small_log.path, exported)
    assert done.returncode != 0
    assert "shared-strings table holds more than 500,000 entries" in done.stderr
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1
    assert peak_mb < MEMORY_LIMIT_MB, f"{peak_mb:.0f} MB"


def test_a_shared_strings_table_at_the_limits_imports_in_bounded_memory(small_log, exported):
    with_shared_strings(exported, _numbers(xlsx_safety.MAX_SHARED_STRINGS - 1, pad=90))
    info = zipfile.ZipFile(exported).getinfo("xl/sharedStrings.xml")
    assert xlsx_safety.MAX_SHARED_STRINGS_BYTES * 0.7 < info.file_size < xlsx_safety.MAX_SHARED_STRINGS_BYTES
    done, peak_mb = _import_in_child(small_log.path, exported)
    assert done.returncode == 0, done.stderr
    assert "no changes to import" in done.stdout
    assert peak_mb < MEMORY_LIMIT_MB, f"{peak_mb:.0f} MB"


def test_a_shared_strings_part_over_the_size_cap_is_refused_from_the_zip_index(small_log, exported, monkeypatch):
    with_shared_strings(exported, _numbers(20_000))
    monkeypatch.setattr(xlsx_safety, "MAX_SHARED_STRINGS_BYTES", 100_000)
    monkeypatch.setattr(xlsx_safety, "MAX_SHARED_STRINGS", 10)  # were it streamed, the count would refuse it
    with pytest.raises(ImportRefused, match=r"its shared strings unpack to 0 MB; at most 0 MB are imported"):
        import_xlsx(small_log, exported, dry_run=True)


def test_prefixed_entries_are_counted_too(small_log, exported, monkeypatch):
    monkeypatch.setattr(xlsx_safety, "MAX_SHARED_STRINGS", 1000)
    monkeypatch.setattr(xlsx_safety, "_CHUNK", 4096)  # many chunk boundaries, each cutting a tag somewhere
    with_shared_strings(exported, _numbers(1001), prefix="x")
    before = small_log.dump()
    with pytest.raises(ImportRefused, match="more than 1,000 entries"):
        import_xlsx(small_log, exported, dry_run=True)
    assert small_log.dump() == before


def test_exactly_the_limit_is_accepted(small_log, exported, monkeypatch):
    monkeypatch.setattr(xlsx_safety, "MAX_SHARED_STRINGS", 1000)
    monkeypatch.setattr(xlsx_safety, "_CHUNK", 4093)
    with_shared_strings(exported, _numbers(1000), prefix="x")
    assert import_xlsx(small_log, exported, dry_run=True).ok


def test_other_whole_parts_are_capped(small_log, exported, monkeypatch):
    monkeypatch.setattr(xlsx_safety, "MAX_XML_PART_BYTES", 3000)
    with pytest.raises(ImportRefused, match=r"part xl/styles.xml is 0.0 MB; parts other than sheets"):
        import_xlsx(small_log, exported, dry_run=True)
