"""Schema 4 (an audience on every compliance assessment, and the log's workbook key): logs of schema 2 and 3
migrate with every assessment internal and their data unchanged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from mineralsdesk.documents.workbook.xlsx import export_xlsx
from mineralsdesk.documents.workbook.xlsx_import import import_xlsx
from mineralsdesk.errors import DumpError
from mineralsdesk.services.log import Log
from mineralsdesk.store import migrations

FIXTURES = Path(__file__).resolve().parent.parent / "faults" / "fixtures"


def _old_log_with_assessments(tmp_path: Path, schema: int) -> Path:
    """A committed schema fixture with two assessments added as that schema stored them (no audience column)."""
    path = tmp_path / f"old{schema}.mdesk"
    path.write_bytes((FIXTURES / f"schema{schema}.mdesk").read_bytes())
    conn = sqlite3.connect(path, isolation_level=None)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema
    assert "audience" not in {r[1] for r in conn.execute("PRAGMA table_info(assessments)")}
    commitment = conn.execute("SELECT id FROM commitments").fetchone()[0]
    conn.executemany("INSERT INTO assessments (id, commitment_id, party, score, kind, evidence, date, rev) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, 0)",
                     [("a-1", commitment, "US", 1, "final", "All EU red lines held", "2026-03-07"),
                      ("a-2", commitment, "EU", 0, "interim", "Readout of the second round", None)])
    conn.close()
    return path


@pytest.mark.parametrize("schema", [2, 3])
def test_assessments_of_an_older_log_become_internal_and_nothing_else_changes(tmp_path: Path, schema: int):
    path = _old_log_with_assessments(tmp_path, schema)
    conn = sqlite3.connect(path)
    before = {t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()
              for t in ("clauses", "positions", "commitments", "assessments")}
    changes = conn.execute("SELECT count(*) FROM changes").fetchone()[0]
    conn.close()
    with Log.open(path) as log:
        assert migrations.schema_version(log.db) == migrations.SCHEMA_VERSION >= 4
        assessments = {a.id: a for a in log.commitments.assessments()}
        assert {a.audience for a in assessments.values()} == {"internal"}
        assert assessments["a-1"].evidence == "All EU red lines held" and assessments["a-1"].score == 1
        for table, rows in before.items():
            # Later schemas add columns at the end (an owner on clauses and commitments since schema 6).
            now = [r[:len(rows[0])] for r in log.db.execute(f"SELECT * FROM {table} ORDER BY id")] if rows else []
            if table == "assessments":
                now = [r[:-1] for r in log.db.execute(f"SELECT * FROM {table} ORDER BY id")]  # audience comes last
                assert [r[-1] for r in log.db.execute("SELECT audience FROM assessments")] == ["internal"] * 2
            assert now == rows, table
        # The key is no setting: it has no change-log entry and never goes into the JSON dump.
        key = log.db.execute("SELECT value FROM meta WHERE key = 'workbook_secret'").fetchone()[0]
        assert len(bytes.fromhex(key)) == 32
        # The earlier history is kept as it was; what follows is only the keying baseline of the first open
        # and (schema 8 on) the device and delegation ids it gains.
        assert {r[0] for r in log.db.execute("SELECT source FROM changes WHERE seq > ?", [changes])} <= {
            "history keyed", "sync identity"}
        assert not log.db.execute("SELECT 1 FROM changes WHERE seq > ? AND field = 'workbook_secret'",
                                  [changes]).fetchone()
        assert "workbook_secret" not in log.dump()["meta"]
        assert log.check().ok
        # The database itself refuses an audience that is not one of the two.
        with pytest.raises(sqlite3.IntegrityError):
            log.db.execute("UPDATE assessments SET audience = 'public' WHERE id = 'a-1'")
        # A migrated log exports and re-imports its workbooks.
        out = export_xlsx(log, tmp_path / "s.xlsx", audience="shareable")
        report = import_xlsx(log, out, dry_run=True)
        assert report.ok and not report.changes and not report.missing


def test_two_logs_get_different_keys(tmp_path: Path):
    keys = set()
    for name in ("a", "b"):
        with Log.create(tmp_path / f"{name}.mdesk") as log:
            keys.add(log.db.execute("SELECT value FROM meta WHERE key = 'workbook_secret'").fetchone()[0])
    assert len(keys) == 2


def test_a_log_without_a_key_makes_one_on_first_export_but_not_when_open_read_only(tmp_path: Path):
    path = tmp_path / "k.mdesk"
    with Log.create(path) as log:
        log.db.execute("DELETE FROM meta WHERE key = 'workbook_secret'")
    from mineralsdesk.errors import ExportError

    with Log.open(path, readonly=True) as log, pytest.raises(ExportError, match="open it for writing once"):
        export_xlsx(log, tmp_path / "r.xlsx")
    with Log.open(path) as log:
        export_xlsx(log, tmp_path / "w.xlsx")
        assert log.db.execute("SELECT count(*) FROM meta WHERE key = 'workbook_secret'").fetchone()[0] == 1
        assert import_xlsx(log, tmp_path / "w.xlsx", dry_run=True).ok


def test_a_json_dump_of_schema_3_with_assessments_loads_them_as_internal(small_log: Log, tmp_path: Path):
    import json

    from mineralsdesk.documents.dump.jsondump import import_dump, write_dump

    commitment = small_log.commitments.add("US", "Issue the MoU", track_id=small_log.ids["track"]).record
    small_log.commitments.assess(commitment.id, "US", 1, evidence="Signed on time", audience="shareable")
    data = json.loads(write_dump(small_log, tmp_path / "d.json").read_text(encoding="utf-8"))
    assert [a["audience"] for a in data["assessments"]] == ["shareable"]
    data["schema_version"] = 3  # what a build before schema 4 wrote
    for a in data["assessments"]:
        del a["audience"]
    (tmp_path / "old.json").write_text(json.dumps(data), encoding="utf-8")
    with Log.create(tmp_path / "new.mdesk") as new:
        # Its history was edited here along with the records (the entries still name an audience): a new start.
        import_dump(new, tmp_path / "old.json", new_start=True)
        assert [(a.evidence, a.audience) for a in new.commitments.assessments()] == [("Signed on time", "internal")]
    data["schema_version"] = 4  # a dump that claims schema 4 must carry every assessment's audience
    (tmp_path / "bad.json").write_text(json.dumps(data), encoding="utf-8")
    with Log.create(tmp_path / "bad.mdesk") as new, pytest.raises(DumpError, match="lacks fields: audience"):
        import_dump(new, tmp_path / "bad.json", new_start=True)
