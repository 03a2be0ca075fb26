"""The Excel commands as a user runs them: exit codes, one-line errors, dry run that writes nothing."""

from __future__ import annotations

import subprocess
import sys

from xlsx_support import set_cell


def _run(*args: str):
    return subprocess.run([sys.executable, "-m", "mineralsdesk", *args], capture_output=True, text=True, timeout=120)


def _dump(path):
    from mineralsdesk.services.log import Log

    with Log.open(path, readonly=True) as log:
        return log.dump()


def test_export_then_dry_run_then_import(demo_path, tmp_path):
    out = tmp_path / "summary.xlsx"
    done = _run("--db", str(demo_path), "export", "xlsx", str(out), "--audience", "shareable")
    assert done.returncode == 0, done.stderr
    assert out.exists()
    import openpyxl

    ws = openpyxl.load_workbook(out)["Clauses"]
    clause_id = ws.cell(2, [c.value for c in ws[1]].index("Record id") + 1).value
    set_cell(out, "Clauses", clause_id, "Status", "dropped")
    before = _dump(demo_path)
    dry = _run("--db", str(demo_path), "import", "xlsx", str(out), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "status:" in dry.stdout and "-> 'dropped'" in dry.stdout and "dry run" in dry.stdout
    assert _dump(demo_path) == before
    assert _import_backups(demo_path) == 0  # a dry run writes nothing: no backup either
    real = _run("--db", str(demo_path), "import", "xlsx", str(out))
    assert real.returncode == 0, real.stderr
    assert "1 change(s) applied" in real.stdout
    assert _import_backups(demo_path) == 1  # services.backups.backup_before_import, as the Import dialog takes


def _import_backups(path) -> int:
    from mineralsdesk.services.backups import list_backups

    return sum(b.reason == "before import" for b in list_backups(path))


def test_bad_file_gives_one_line_and_exit_1(demo_path, tmp_path):
    bogus = tmp_path / "notes.xlsx"
    bogus.write_text("not a workbook")
    done = _run("--db", str(demo_path), "import", "xlsx", str(bogus), "--dry-run")
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "not an Excel workbook" in done.stderr
    assert "Traceback" not in done.stderr


def test_unknown_track_is_one_line(demo_path, tmp_path):
    done = _run("--db", str(demo_path), "export", "xlsx", str(tmp_path / "x.xlsx"), "--track", "NOPE")
    assert done.returncode == 1 and "NOPE" in done.stderr and "Traceback" not in done.stderr
