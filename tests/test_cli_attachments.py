"""`attach`, `attachments`, `attachment save`, `detach`: the command line's attachments, one-line errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from attachment_files import pdf

from mineralsdesk.services.log import Log


def run(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mineralsdesk", "--db", str(db), *args], capture_output=True,
                          text=True, timeout=120)


def one_line(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 1 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mineralsdesk: error: ")
    return lines[0]


def test_attach_list_search_save_detach(small_log: Log, tmp_path: Path):
    db = small_log.path
    paper = tmp_path / "non-paper.pdf"
    paper.write_bytes(pdf(["intro", "A common price floor for neodymium"]))
    small_log.close()
    made = run(db, "attach", str(paper), "--to", "clause", "MOU:Art. 1", "--audience", "shareable")
    assert made.returncode == 0 and "Attached non-paper.pdf" in made.stdout and "indexed" in made.stdout
    short = made.stdout.split(" as ")[1][:8]
    listed = run(db, "attachments", "--to", "clause", "MOU:Art. 1")
    assert short in listed.stdout and "shareable" in listed.stdout and "clause MOU Art. 1" in listed.stdout
    found = run(db, "search", "neodymium")
    assert "attachment" in found.stdout and "p. 2:" in found.stdout
    out = tmp_path / "back.pdf"
    assert run(db, "attachment", "save", short, str(out)).returncode == 0
    assert out.read_bytes() == paper.read_bytes()
    assert run(db, "detach", short).returncode == 0
    assert run(db, "attachments").stderr.strip() == "No attachments."
    assert run(db, "check").returncode == 0


def test_errors_are_one_line(small_log: Log, tmp_path: Path):
    db = small_log.path
    small_log.close()
    paper = tmp_path / "p.txt"
    paper.write_text("x")
    assert "No file at" in one_line(run(db, "attach", str(tmp_path / "missing.pdf"), "--to", "track", "MOU"))
    assert "No track 'NOPE'" in one_line(run(db, "attach", str(paper), "--to", "track", "NOPE"))
    assert "use track, round, clause or commitment" in one_line(run(db, "attach", str(paper), "--to", "party", "EU"))
    assert "No attachment with id" in one_line(run(db, "detach", "abcdef12"))
    assert "is the open log" in one_line(run(db, "attach", str(paper), "--to", "track", "MOU") and
                                         run(db, "attachment", "save", run(db, "attachments").stdout[:8], str(db)))
