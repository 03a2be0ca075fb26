"""Sync on the command line: clone, export for a colleague, dry run, import, conflicts, resolve; one-line errors."""

from __future__ import annotations

from pathlib import Path

from synckit import PASSPHRASE, small_log

from mineralsdesk.cli import main


def md(db: Path, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_clone_export_import_conflicts_resolve(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.setenv("MINERALSDESK_SYNC_PASSPHRASE", PASSPHRASE)
    anna, ben = tmp_path / "anna.mdesk", tmp_path / "ben.mdesk"
    with small_log(anna) as log:
        clause_id = log.clauses.list()[0].id
    code, out, _ = md(anna, capsys, "clone", str(ben), "--name", "Ben")
    assert code == 0 and "Colleague's copy" in out
    from mineralsdesk.services.log import Log

    for path, title in ((anna, "Anna's title"), (ben, "Ben's title")):
        with Log.open(path) as log:
            log.clauses.update(clause_id, title=title)
    code, out, _ = md(anna, capsys, "sync", "export", str(tmp_path / "a.mdsync"), "--for", "Ben")
    assert code == 0 and "bytes" in out
    code, out, _ = md(ben, capsys, "sync", "import", str(tmp_path / "a.mdsync"), "--dry-run")
    assert code == 0 and "would apply" in out and "conflict" in out
    code, out, _ = md(ben, capsys, "sync", "conflicts")
    assert out.strip().endswith("0 open conflict(s)")
    code, out, _ = md(ben, capsys, "sync", "import", str(tmp_path / "a.mdsync"))
    assert code == 0 and "conflicts 1" in out
    code, out, _ = md(ben, capsys, "sync", "conflicts")
    assert "Anna's title" in out and "Ben's title" in out and "1 open conflict(s)" in out
    code, out, _ = md(ben, capsys, "sync", "resolve", out.split("\t")[0], "--value", "Agreed title")
    assert code == 0
    with Log.open(ben, readonly=True) as log:
        assert log.clauses.get(clause_id).title == "Agreed title"
    code, out, _ = md(ben, capsys, "sync", "peers")
    assert "sent 0" in out and "received 1" in out
    code, out, _ = md(ben, capsys, "check")
    assert code == 0 and out.strip().endswith("ok")
    (tmp_path / "junk.mdsync").write_bytes(b"not a sync file")
    code, _, err = md(ben, capsys, "sync", "import", str(tmp_path / "junk.mdsync"))
    assert code == 1 and err.count("\n") == 1 and "not a MineralsDesk sync file" in err
