"""A cached benchmark log made under an earlier schema is migrated into the current one instead of generated again
(benchmarks/generate.py upgrade_older): the same records, the current schema, `check` ok, and nothing else taken."""

from __future__ import annotations

import shutil
from pathlib import Path

from fixture_logs import fixture_copy

from benchmarks import generate
from mineralsdesk.services.log import Log
from mineralsdesk.store import migrations


def _names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_an_older_cached_log_is_migrated_in_place_of_generating(tmp_path: Path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setattr(generate, "DATA_DIR", data)
    older = data / "log-1000-g2-s13-0123abcd.mdesk"
    shutil.copyfile(fixture_copy(13, tmp_path), older)
    other = data / "log-1000-g2-s13-0123abcd-enc.mdesk"  # another cached log of the same size: not taken
    shutil.copyfile(older, other)
    with Log.open(older, readonly=True) as log:
        before = {t: log.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("clauses", "changes")}
    target = data / f"log-1000-g2-s{migrations.SCHEMA_VERSION}-fedcba98.mdesk"

    assert generate.upgrade_older(target)
    assert _names(data) == {target.name, other.name}
    with Log.open(target, readonly=True) as log:
        assert migrations.schema_version(log.db) == migrations.SCHEMA_VERSION
        assert {t: log.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in before} == before
        assert log.check().ok
        assert log.read.clause_count(text="Clause") == before["clauses"]


def test_nothing_to_upgrade_says_so(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(generate, "DATA_DIR", tmp_path)
    (tmp_path / "onetrack-10-g2-s13-partial.mdesk").write_bytes(b"")  # a half-made log is no candidate
    assert not generate.upgrade_older(tmp_path / f"onetrack-10-g2-s{migrations.SCHEMA_VERSION}.mdesk")
    assert not generate.upgrade_older(tmp_path / f"log-10-g2-s{migrations.SCHEMA_VERSION}-fedcba98.mdesk")
