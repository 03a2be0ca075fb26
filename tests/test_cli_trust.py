"""What the command line must never do: write over a log, write during a dry run, leak text, ignore read-only."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from mineralsdesk import cli, paths
from mineralsdesk.services import autobackup, backups
from mineralsdesk.services.log import Log
from mineralsdesk.store import files


def run(*args: str, cwd: Path | None = None, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([*prefix, sys.executable, "-m", "mineralsdesk", *args], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=120)


def one_line_error(result: subprocess.CompletedProcess, *words: str) -> str:
    assert result.returncode != 0, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mineralsdesk: ") and "Traceback" not in result.stderr, lines
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


# -- 1. a file to write is never the open log, its journal or any other log ------------------------------
@pytest.mark.parametrize("command", [["export", "pdf", "TARGET"], ["export", "xlsx", "TARGET"],
                                     ["export", "json", "TARGET"], ["backup", "TARGET"],
                                     ["backup", "TARGET", "--force"]])
@pytest.mark.parametrize("target", ["talks.mdesk", "./talks.mdesk", "link.pdf", "hard.mdesk", "talks.mdesk-wal",
                                    "talks.mdesk-shm", "talks.mdesk-journal", "other.mdesk"])
def test_nothing_is_written_over_the_open_log_or_another_log(demo_path: Path, command, target):
    folder = demo_path.parent
    log = folder / "talks.mdesk"
    demo_path.rename(log)
    with Log.open(log):  # read-write once: WAL mode, as a log in use is
        pass
    shutil.copyfile(log, folder / "other.mdesk")
    (folder / "link.pdf").symlink_to(log)
    os.link(log, folder / "hard.mdesk")
    if command == ["backup", "TARGET", "--force"] and target == "other.mdesk":
        pytest.skip("--force replaces another log: tested below")
    before = snapshot(folder)
    result = run("--db", "talks.mdesk", *[target if a == "TARGET" else a for a in command], cwd=folder)
    one_line_error(result)
    assert "Wrote" not in result.stdout and "Backed up" not in result.stdout
    assert snapshot(folder) == before
    with Log.open(log, readonly=True) as reopened:
        assert reopened.check().ok


def test_backup_force_replaces_another_log_but_never_the_open_one(demo_path: Path, tmp_path: Path):
    other = tmp_path / "other.mdesk"
    Log.create(other).close()
    assert run("--db", str(demo_path), "backup", str(other), "--force").returncode == 0
    with Log.open(other, readonly=True) as copy:
        assert copy.clauses.list()  # the demo's clauses, where the empty log had none
    one_line_error(run("--db", str(demo_path), "backup", str(demo_path), "--force"), "open log")


@pytest.mark.parametrize("kind, name", [("pdf", "brief.xlsx"), ("xlsx", "summary.pdf"), ("json", "dump.pdf"),
                                        ("pdf", "brief")])
def test_an_export_under_another_kinds_extension_is_refused(demo_path: Path, kind, name):
    one_line_error(run("--db", str(demo_path), "export", kind, str(demo_path.parent / name)), f".{kind}")
    assert not (demo_path.parent / name).exists()


@pytest.mark.parametrize("command", [["backup", "adir"], ["export", "json", "adir"], ["export", "pdf", "adir"]])
def test_a_folder_as_target_is_named_as_a_folder(demo_path: Path, command):
    (demo_path.parent / "adir").mkdir()
    line = one_line_error(run("--db", str(demo_path), *command, cwd=demo_path.parent), "adir is a folder")
    assert files.TEMP_PREFIX not in line


def test_init_onto_an_existing_log_or_its_journal_is_refused(demo_path: Path):
    before = demo_path.read_bytes()
    one_line_error(run("--db", str(demo_path), "init", "--demo"))
    for suffix in ("-wal", "-shm", "-journal"):
        one_line_error(run("--db", f"{demo_path}{suffix}", "init"), "journal")
        assert not Path(f"{demo_path}{suffix}").exists()
    assert demo_path.read_bytes() == before


# -- 2. a dry run writes nothing anywhere; cleanup removes only the app's own temporaries -----------------
def test_xlsx_dry_run_opens_read_only_and_touches_nothing(demo_path: Path, tmp_path: Path):
    book = tmp_path / "out" / "summary.xlsx"
    book.parent.mkdir()
    assert run("--db", str(demo_path), "export", "xlsx", str(book)).returncode == 0
    own = demo_path.parent / ".mineralsdesk-tmp-notes.txt"
    own.write_text("my own notes")
    before = snapshot(demo_path.parent)
    result = run("--db", str(demo_path), "import", "xlsx", str(book), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert own.read_text() == "my own notes"
    assert snapshot(demo_path.parent) == before
    assert backups.list_backups(demo_path) == []  # not even the day's backup


def test_cleanup_removes_a_killed_writers_temporary_but_never_a_users_file(demo_path: Path):
    folder = demo_path.parent
    own = folder / ".mineralsdesk-tmp-notes.txt"
    own.write_text("my own notes")
    code = ("import os, sys; from pathlib import Path; from mineralsdesk.store.files import atomic_output\n"
            "ctx = atomic_output(Path(sys.argv[1])); tmp = ctx.__enter__(); tmp.write_bytes(b'half'); os._exit(0)")
    subprocess.run([sys.executable, "-c", code, str(folder / "brief.pdf")], check=True, timeout=60)
    left = [p for p in folder.glob(files.TEMP_PREFIX + "*") if p != own]
    assert len(left) == 1
    with Log.open(demo_path):  # a read-write open cleans up
        pass
    assert not left[0].exists()
    assert own.read_text() == "my own notes"


# -- 3. private files and folders, and error reports that quote nothing -----------------------------------
@pytest.mark.parametrize("umask", [0o002, 0o022])
def test_error_log_and_backups_are_private_and_quote_no_text(demo_path: Path, tmp_path: Path, monkeypatch,
                                                             capsys, umask):
    monkeypatch.setenv("MINERALSDESK_DATA_DIR", str(tmp_path / "fresh-data"))
    marker = "RED-LINE-MARKER: no export ban below 40%"

    def boom(args):
        raise RuntimeError(f"could not handle {marker}")

    monkeypatch.setitem(cli.COMMANDS, "check", boom)
    old = os.umask(umask)
    try:
        assert cli.main(["--db", str(demo_path), "check"]) == cli.EXIT_ERROR
        with Log.open(demo_path) as log:
            taken = backups.take_backup(log, "manual")
    finally:
        os.umask(old)
    assert marker not in capsys.readouterr().err
    report = paths.error_log_path()
    text = report.read_text()
    assert "RuntimeError" in text and "boom" in text and marker not in text and "40%" not in text
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    for folder in (report.parent, paths.data_dir(), paths.backups_dir(), taken.path.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE(taken.path.stat().st_mode) == 0o600
    lock = taken.path.parent / ".daily.lock"
    assert stat.S_IMODE(lock.stat().st_mode) == 0o600  # the day's backup was decided under it


# -- 6. read-only logs, damaged logs ----------------------------------------------------------------------
def _without_privileges() -> tuple[str, ...]:
    """As root, drop the capabilities that ignore file modes, so read-only means read-only."""
    if os.geteuid() != 0:
        return ()
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: file modes cannot be enforced")
    return ("setpriv", "--inh-caps=-all", "--bounding-set=-all")


def test_a_log_in_a_read_only_folder_reads_and_refuses_writes_in_one_line(demo_path: Path, tmp_path: Path):
    prefix = _without_privileges()
    folder = tmp_path / "ro"
    folder.mkdir()
    log = folder / "talks.mdesk"
    shutil.move(demo_path, log)
    with Log.open(log):  # WAL mode, as a log in use is
        pass
    book = tmp_path / "summary.xlsx"
    assert run("--db", str(log), "export", "xlsx", str(book)).returncode == 0
    folder.chmod(0o555)
    try:
        search = run("--db", str(log), "search", "price", prefix=prefix)
        assert search.returncode == 0 and "[[price" in search.stdout.lower(), search.stderr
        assert run("--db", str(log), "check", prefix=prefix).returncode == 0
        pdf = run("--db", str(log), "export", "pdf", str(tmp_path / "b.pdf"), prefix=prefix)
        assert pdf.returncode == 0 and (tmp_path / "b.pdf").exists(), pdf.stderr
        one_line_error(run("--db", str(log), "import", "xlsx", str(book), prefix=prefix), "read-only")
        assert sorted(p.name for p in folder.iterdir()) == ["talks.mdesk"]
    finally:
        folder.chmod(0o755)


def test_restore_onto_a_read_only_log_says_so_and_takes_no_backup(demo_path: Path, tmp_path: Path):
    prefix = _without_privileges()
    copy = tmp_path / "copy.mdesk"
    assert run("--db", str(demo_path), "backup", str(copy)).returncode == 0
    demo_path.chmod(0o444)
    before = demo_path.read_bytes()
    try:
        line = one_line_error(run("--db", str(demo_path), "restore", str(copy), prefix=prefix), "read-only")
        assert "another window" not in line
    finally:
        demo_path.chmod(0o600)
    assert demo_path.read_bytes() == before
    assert backups.list_backups(demo_path) == []


def _patch_page(path: Path, table: str, patch) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * size
    data[start:start + size] = patch(bytes(data[start:start + size]))
    path.write_bytes(bytes(data))


def test_a_damaged_log_is_one_line_naming_the_newest_good_backup(demo_path: Path):
    with Log.open(demo_path) as log:  # the day's backup
        log.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    good = backups.list_backups(demo_path)[0]
    # Index damage: the log opens, but check finds it (many lines of integrity_check output).
    _patch_page(demo_path, "clauses_status", lambda page: page.replace(b"agreed", b"agreee"))
    check = run("--db", str(demo_path), "check")
    assert check.returncode == 1, (check.stdout, check.stderr)
    problems = [line for line in check.stdout.splitlines() if "PROBLEM" in line]
    assert problems, (check.stdout, check.stderr)
    assert len(problems) == 1 and str(good.path) in problems[0] and "restore" in problems[0]
    assert "check --verbose" in problems[0]
    verbose = run("--db", str(demo_path), "check", "--verbose")
    assert len([line for line in verbose.stdout.splitlines() if line.startswith("PROBLEM")]) > 1
    # Page damage: a read-only command finds it when it reads the page (one line, naming the backup), and
    # the whole-file check of a writing command or of `backup` refuses the log on open.
    _patch_page(demo_path, "clause_versions", lambda page: page[:8] + b"\xa5" * (len(page) - 8))
    damaged = demo_path.read_bytes()
    out = demo_path.parent / "out"
    out.mkdir()
    line = one_line_error(run("--db", str(demo_path), "export", "json", str(out / "dump.json")), "damaged")
    assert f"restore {good.path}" in line
    for command in (["backup", str(out / "copy.mdesk")], ["members", "add", "A. Newcomer", "--initials", "AN"]):
        line = one_line_error(run("--db", str(demo_path), *command), "damaged")
        assert f"restore {good.path}" in line
    assert not any(out.iterdir())
    assert demo_path.read_bytes() == damaged


def test_a_read_only_open_leaves_the_whole_file_check_to_writers_and_backup(demo_path: Path, monkeypatch,
                                                                           tmp_path: Path):
    """A read-only command reads what it needs (at a million versions the whole-file check would read 9.5 GB
    first); a writer's open and a backup's copy still check every page."""
    from mineralsdesk.store import database

    checked = []
    monkeypatch.setattr(database, "quick_check", lambda db: checked.append(db) and None)
    with Log.open(demo_path, readonly=True) as log:
        assert checked == []
        backups.backup_to_file(log, tmp_path / "copy.mdesk")
        assert len(checked) == 1
    with Log.open(demo_path):
        pass
    assert len(checked) == 2


# -- 8. the day's backup is taken once when two processes start together -----------------------------------
def test_the_daily_backup_is_decided_under_a_lock(small_log: Log):
    results = []
    with autobackup._daily_lock(small_log.path):  # another process deciding the day's backup right now
        worker = threading.Thread(target=lambda: results.append(backups.daily_backup(small_log)))
        worker.start()
        backups.take_backup(small_log, "daily")  # ... and taking it
    worker.join(timeout=60)
    assert results == [None]
    assert [b.reason for b in backups.list_backups(small_log.path)] == ["daily"]
