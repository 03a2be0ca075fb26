"""Every command as a subprocess on a temporary log: output, exit codes, one-line errors, files untouched."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from mineralsdesk import __version__


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "mineralsdesk", *args], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=120)


def assert_one_line_error(result: subprocess.CompletedProcess) -> None:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert lines[0].startswith("mineralsdesk: ")


def test_version():
    result = run("--version")
    assert result.returncode == 0 and __version__ in result.stdout


@pytest.mark.parametrize("command", [["init"], ["search", "x"], ["check"], ["backup", "o.mdesk"],
                                     ["export", "json", "o.json"], ["export", "pdf", "o.pdf"],
                                     ["export", "xlsx", "o.xlsx"], ["import", "json", "x.json"],
                                     ["import", "xlsx", "x.xlsx"], ["restore", "b.mdesk"], ["trust"]])
def test_help_on_every_command(command):
    result = run(*command[:2] if command[0] in ("export", "import") else command[:1], "--help")
    assert result.returncode == 0 and "usage:" in result.stdout


def test_help_names_the_default_log(tmp_path: Path):
    env = {**os.environ, "MINERALSDESK_DATA_DIR": str(tmp_path / "data"), "COLUMNS": "1000"}  # no wrapping
    result = subprocess.run([sys.executable, "-m", "mineralsdesk", "--help"], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0
    assert f"(default: {tmp_path / 'data' / 'negotiation-log.mdesk'})" in result.stdout


def test_init_check_search_backup(tmp_path: Path):
    db = tmp_path / "log.mdesk"
    assert run("--db", str(db), "init", "--demo").returncode == 0
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    check = run("--db", str(db), "check")
    assert check.returncode == 0 and check.stdout.strip().endswith("ok")
    assert "clauses" in check.stdout
    search = run("--db", str(db), "search", "stockpile")
    assert search.returncode == 0 and "[[stockpile" in search.stdout.lower()
    every = run("--db", str(db), "search", "--every-match", "stockpile")
    assert every.returncode == 0 and every.stdout == search.stdout  # the demo has fewer matches than the window
    out = tmp_path / "copy.mdesk"
    assert run("--db", str(db), "backup", str(out)).returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert run("--db", str(out), "check").returncode == 0


def test_init_refuses_existing(tmp_path: Path):
    db = tmp_path / "log.mdesk"
    assert run("--db", str(db), "init").returncode == 0
    before = db.read_bytes()
    assert_one_line_error(run("--db", str(db), "init"))
    assert db.read_bytes() == before


def test_search_syntax_error_is_one_line(tmp_path: Path):
    db = tmp_path / "log.mdesk"
    run("--db", str(db), "init")
    assert_one_line_error(run("--db", str(db), "search", '"unclosed'))


def test_json_round_trip_through_the_cli(tmp_path: Path):
    db, fresh = tmp_path / "a.mdesk", tmp_path / "b.mdesk"
    run("--db", str(db), "init", "--demo")
    assert run("--db", str(db), "export", "json", str(tmp_path / "a.json")).returncode == 0
    assert run("--db", str(fresh), "init").returncode == 0
    assert run("--db", str(fresh), "import", "json", str(tmp_path / "a.json")).returncode == 0
    from mineralsdesk.services.backups import list_backups

    assert [b.reason for b in list_backups(fresh)].count("before import") == 1  # the log before the import
    assert run("--db", str(fresh), "export", "json", str(tmp_path / "b.json")).returncode == 0
    a, b = (json.loads((tmp_path / n).read_text()) for n in ("a.json", "b.json"))
    a.pop("exported_at"), b.pop("exported_at")
    # The same records and history; the new log adds its own id and the import's entries (docs/json-format.md).
    a_changes, b_changes = a.pop("changes"), b.pop("changes")
    a_meta, b_meta = a.pop("meta"), b.pop("meta")
    assert a == b and b_changes[:len(a_changes)] == a_changes and len(b_changes) == len(a_changes) + 3
    assert {k: v for k, v in a_meta.items() if k not in ("log_id", "chain_mac")} == \
        {k: v for k, v in b_meta.items() if k not in ("log_id", "chain_mac")}


def test_check_fails_on_an_edited_history(tmp_path: Path):
    db = tmp_path / "log.mdesk"
    run("--db", str(db), "init", "--demo")
    conn = sqlite3.connect(db)
    conn.execute("DROP TRIGGER changes_no_update")
    conn.execute("UPDATE changes SET who = 'someone else' WHERE seq = 5")
    conn.commit()
    conn.close()
    result = run("--db", str(db), "check")
    assert result.returncode == 1 and "PROBLEM" in result.stdout


def _bad_files(tmp_path: Path) -> dict[str, Path]:
    files = {}
    files["random"] = tmp_path / "random.mdesk"
    files["random"].write_bytes(os.urandom(4096))
    files["text"] = tmp_path / "text.mdesk"
    files["text"].write_text("minutes of the meeting\n")
    files["empty"] = tmp_path / "empty.mdesk"
    files["empty"].write_bytes(b"")
    files["foreign"] = tmp_path / "foreign.mdesk"
    conn = sqlite3.connect(files["foreign"])
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    files["newer"] = tmp_path / "newer.mdesk"
    run("--db", str(files["newer"]), "init")
    conn = sqlite3.connect(files["newer"])
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    return files


@pytest.mark.parametrize("command", [["check"], ["search", "x"], ["backup", "OUT"], ["export", "json", "OUT"],
                                     ["import", "json", "DUMP"]])
def test_bad_files_are_refused_untouched(tmp_path: Path, command):
    files = _bad_files(tmp_path)
    dump = tmp_path / "dump.json"
    dump.write_text("{}")
    for name, path in files.items():
        before = path.read_bytes()
        args = [a.replace("OUT", str(tmp_path / f"out-{name}")).replace("DUMP", str(dump)) for a in command]
        result = run("--db", str(path), *args)
        assert_one_line_error(result)
        assert path.read_bytes() == before, name
        assert not Path(str(path) + "-wal").exists()
        assert not (tmp_path / f"out-{name}").exists()
    if command[0] == "check":
        assert "newer" in run("--db", str(files["newer"]), "check").stderr


# `gui` on a missing file asks in a dialog instead (tests/gui/test_start_log.py).
@pytest.mark.parametrize("command", [["check"], ["search", "x"], ["backup", "o"], ["export", "json", "o"],
                                     ["import", "json", "x"], ["export", "pdf", "o"], ["export", "xlsx", "o"],
                                     ["import", "xlsx", "x"]])
def test_missing_file_is_not_created(tmp_path: Path, command):
    db = tmp_path / "missing.mdesk"
    result = run("--db", str(db), *command)
    assert_one_line_error(result)
    assert not db.exists()


def test_malformed_json_dump_is_refused_and_log_unchanged(tmp_path: Path):
    db = tmp_path / "log.mdesk"
    run("--db", str(db), "init")
    dump = tmp_path / "bad.json"
    for content in ["{not json", json.dumps({"format": "something-else"}), json.dumps([1, 2]),
                    json.dumps({"format": "mineralsdesk-log", "format_version": 1, "clauses": "x"})]:
        dump.write_text(content)
        before = run("--db", str(db), "export", "json", str(tmp_path / "before.json"))
        assert before.returncode == 0
        assert_one_line_error(run("--db", str(db), "import", "json", str(dump)))
        run("--db", str(db), "export", "json", str(tmp_path / "after.json"))
        a = json.loads((tmp_path / "before.json").read_text())
        b = json.loads((tmp_path / "after.json").read_text())
        a.pop("exported_at"), b.pop("exported_at")
        assert a == b


def test_usage_error_is_one_line():
    result = run("frobnicate")
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1



def test_restore_puts_a_backup_back(tmp_path: Path):
    from mineralsdesk.services.log import Log

    db = tmp_path / "log.mdesk"
    run("--db", str(db), "init", "--demo")
    assert run("--db", str(db), "backup", str(tmp_path / "copy.mdesk")).returncode == 0
    with Log.open(db) as log:
        clause = log.clauses.list()[0]
        log.clauses.update(clause.id, title="Edited after the backup")
    result = run("--db", str(db), "restore", str(tmp_path / "copy.mdesk"))
    assert result.returncode == 0 and "Restored" in result.stdout, result.stderr
    with Log.open(db, readonly=True) as log:
        assert log.clauses.get(clause.id).title == clause.title
        assert log.check().ok
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_check_backup_and_trust_show_the_head_and_a_missing_key(tmp_path: Path):
    from mineralsdesk import paths

    db = tmp_path / "log.mdesk"
    assert run("--db", str(db), "init").returncode == 0
    check = run("--db", str(db), "check")
    head = next(line for line in check.stdout.splitlines() if line.startswith("head: ")).split()[1]
    backup = run("--db", str(db), "backup", str(tmp_path / "copy.mdesk"))
    assert f"(head {head})" in backup.stdout
    for key in paths.keys_dir().glob("*.key"):
        key.unlink()
    check = run("--db", str(db), "check")
    assert check.returncode == 1 and "PROBLEM: change log: key missing" in check.stdout
    assert_one_line_error(run("--db", str(db), "trust"))  # no terminal to confirm on: refused, nothing changed
    trusted = run("--db", str(db), "trust", "--yes")
    assert trusted.returncode == 0 and "re-keyed" in trusted.stdout, trusted.stderr
    assert run("--db", str(db), "check").returncode == 0


def test_import_json_refuses_an_unverified_history_unless_new_start(tmp_path: Path):
    source = tmp_path / "source.mdesk"
    assert run("--db", str(source), "init", "--demo").returncode == 0
    assert run("--db", str(source), "export", "json", str(tmp_path / "d.json")).returncode == 0
    data = json.loads((tmp_path / "d.json").read_text())
    data["changes"] = data["changes"][:-40]
    (tmp_path / "cut.json").write_text(json.dumps(data))
    target = tmp_path / "target.mdesk"
    assert run("--db", str(target), "init").returncode == 0
    refused = run("--db", str(target), "import", "json", str(tmp_path / "cut.json"))
    assert_one_line_error(refused)
    assert "history does not verify" in refused.stderr and "--new-start" in refused.stderr
    taken = run("--db", str(target), "import", "json", "--new-start", str(tmp_path / "cut.json"))
    assert taken.returncode == 0 and "taken as a new starting point" in taken.stdout, taken.stderr
    assert run("--db", str(target), "check").returncode == 0
