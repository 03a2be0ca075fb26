"""`mineralsdesk export akn` and `import akn` as a user runs them: one-line refusals, a dry run writes nothing."""

from __future__ import annotations

import subprocess
import sys
from datetime import date


def _run(*args: str):
    return subprocess.run([sys.executable, "-m", "mineralsdesk", *args], capture_output=True, text=True, timeout=120)


def test_export_then_dry_run_then_import(demo_path, tmp_path):
    out = tmp_path / "mou.akn"
    done = _run("--db", str(demo_path), "export", "akn", str(out), "--track", "MOU", "--round", "3")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Wrote {out}: 11 articles") and "round 3" in done.stdout
    fresh = tmp_path / "fresh.mdesk"
    assert _run("--db", str(fresh), "init").returncode == 0
    assert _run("--db", str(fresh), "import", "akn", str(out), "--track", "MOU", "--round", "1").returncode == 1
    before = fresh.read_bytes()
    dry = _run("--db", str(demo_path), "import", "akn", str(out), "--track", "MOU", "--round", "4", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "dry run" in dry.stdout and "11 article(s)" in dry.stdout and ", 0 new;" in dry.stdout
    assert fresh.read_bytes() == before


def test_refusals_are_one_line_and_write_nothing(demo_path, tmp_path):
    before = demo_path.read_bytes()
    for target, words in ((str(tmp_path / "x.pdf"), ".xml"), (str(tmp_path), "folder")):
        done = _run("--db", str(demo_path), "export", "akn", target, "--track", "MOU")
        assert done.returncode == 1 and done.stderr.count("\n") == 1 and words in done.stderr, done.stderr
    bad = tmp_path / "bad.xml"
    bad.write_text("<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'b'>]><x>&a;</x>")
    done = _run("--db", str(demo_path), "import", "akn", str(bad), "--track", "MOU", "--round", "4")
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "DOCTYPE" in done.stderr
    assert demo_path.read_bytes() == before


def test_import_writes_one_step_with_the_party_asked_for(demo_path, tmp_path):
    out = tmp_path / "action.xml"
    assert _run("--db", str(demo_path), "export", "akn", str(out), "--track", "ACTION").returncode == 0
    fresh = tmp_path / "fresh.mdesk"
    assert _run("--db", str(fresh), "init").returncode == 0
    bad = _run("--db", str(fresh), "import", "akn", str(out), "--track", "ACTION", "--round", "1", "--party", "XX")
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1
    from mineralsdesk.services.log import Log

    with Log.open(fresh) as log:
        track = log.tracks.add("ACTION", "Action plan", parties=["EU", "US", "JP"]).record
        log.rounds.add(track.id, date(2026, 12, 1))
    done = _run("--db", str(fresh), "import", "akn", str(out), "--track", "ACTION", "--round", "1", "--party", "JP")
    assert done.returncode == 0, done.stderr
    assert "Imported: 0 new version(s) of existing clauses" in done.stdout and "dry run" not in done.stdout
    with Log.open(fresh) as log:
        track = log.tracks.by_ref("ACTION")
        clauses = log.clauses.list(track.id)
        parties = {log.clauses.current_version(c.id).party for c in clauses}
        assert clauses and "JP" in parties  # the articles whose brackets name no single party
        assert any(e.source.startswith("Akoma Ntoso import of action.xml") for e in log.changes(limit=20))
