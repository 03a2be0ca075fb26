"""Protected documents under pressure: a kill mid-encryption leaves no readable workbook under the target's name
(and its plain temporary is cleaned up later), and LibreOffice cannot read a protected workbook without its password."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import msoffcrypto
import pytest

from mineralsdesk.documents.workbook.xlsx import export_xlsx
from mineralsdesk.services.log import Log
from mineralsdesk.store import files

PASSWORD = "kill-test password"

# Exports the summary with a password, and SIGKILLs itself once the plain workbook is complete, just before it
# is encrypted: the worst moment, with our content in clear on disk.
CHILD = """
import os, signal, sys
from mineralsdesk.documents import protect
from mineralsdesk.documents.workbook.xlsx import export_xlsx
from mineralsdesk.services.log import Log

def killed(plain, target, password):
    print(plain, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)

protect.encrypt_workbook = killed
with Log.open(sys.argv[1], readonly=True) as log:
    export_xlsx(log, sys.argv[2], password=sys.argv[3])
"""


def test_a_kill_mid_encryption_leaves_no_readable_workbook_under_the_name(small_log: Log, tmp_path: Path):
    path = small_log.path
    small_log.close()
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "summary.xlsx"
    out.write_bytes(b"the previous summary")
    child = subprocess.run([sys.executable, "-c", CHILD, str(path), str(out), PASSWORD], capture_output=True,
                           text=True, timeout=120, env={**os.environ, "PYTHONPATH": os.getcwd()})
    assert child.returncode == -9, child.stderr
    plain = Path(child.stdout.strip())
    assert out.read_bytes() == b"the previous summary"  # the name holds what it held
    assert plain.parent == folder and plain.name.startswith(files.TEMP_PREFIX) and zipfile.is_zipfile(plain)
    assert oct(plain.stat().st_mode & 0o777) == "0o600"  # left by the kill: private, hidden, registered...
    assert files._marker(plain).exists()
    removed = files.remove_stale_temporaries(folder)  # ...so the next clean-up of that folder takes it away
    assert plain in removed and not plain.exists()
    assert sorted(p.name for p in folder.iterdir()) == ["summary.xlsx"]


@pytest.mark.slow
def test_libreoffice_needs_the_password(small_log: Log, tmp_path: Path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-calc-nogui)")
    locked = export_xlsx(small_log, tmp_path / "locked.xlsx", password=PASSWORD)
    profile = f"-env:UserInstallation=file://{tmp_path / 'profile'}"

    def to_csv(path: Path) -> Path:
        subprocess.run([soffice, profile, "--headless", "--convert-to", "csv", "--outdir", str(tmp_path / "csv"),
                        str(path)], capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL)
        return tmp_path / "csv" / f"{path.stem}.csv"

    assert not to_csv(locked).exists()  # "source file could not be loaded": it asks for a password, none given
    opened = io.BytesIO()
    with open(locked, "rb") as fh:
        document = msoffcrypto.OfficeFile(fh)
        document.load_key(password=PASSWORD, verify_password=True)
        document.decrypt(opened)
    plain = tmp_path / "opened.xlsx"
    plain.write_bytes(opened.getvalue())
    csv = to_csv(plain).read_text(encoding="utf-8", errors="replace")
    assert "Excel summary" in csv and "Test log" in csv
