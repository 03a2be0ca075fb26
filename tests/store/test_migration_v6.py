"""Schema 6 (the round room): a schema-5 log migrates with its records unchanged, no owners, and empty roster,
minutes and comments, and takes them afterwards."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from fixture_logs import fixture_copy

from mineralsdesk.services.log import Log
from mineralsdesk.store import migrations


def test_a_schema5_log_gains_the_round_room_and_keeps_everything(tmp_path: Path):
    path = fixture_copy(5, tmp_path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 5
    before = {t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in ("clauses", "commitments")}
    conn.close()
    with Log.open(path) as log:
        assert 6 <= migrations.schema_version(log.db) == migrations.SCHEMA_VERSION
        for table, rows in before.items():
            now = [r[:-1] for r in log.db.execute(f"SELECT * FROM {table} ORDER BY id")]  # the owner comes last
            assert now == rows, table
        assert {c.owner for c in log.clauses.list()} == {None}
        assert log.members.list() == [] and log.minutes.list() == [] and log.comments.list() == []
        clause = log.clauses.list()[0]
        rnd = log.rounds.list()[-1]
        member = log.members.add("Ana Ruiz", "AR").record
        log.clauses.assign(clause.id, member.id)
        log.minutes.add(rnd.id, clause.id, "US", "supports", "fine by us", author=member.id)
        log.comments.add("clause", clause.id, "note", author=member.id)
        assert log.check().ok


def test_an_older_dump_without_owners_still_imports(tmp_path: Path, small_log: Log):
    import json

    from mineralsdesk.documents.dump.jsondump import import_dump, write_dump

    write_dump(small_log, tmp_path / "d.json")
    data = json.loads((tmp_path / "d.json").read_text())
    data["schema_version"], data["format_version"] = 5, 2
    for table, name in (("clauses", "owner"), ("commitments", "owner_member")):
        for row in data[table]:
            del row[name]
    for table in ("members", "interventions", "comments"):
        del data[table]
    (tmp_path / "old.json").write_text(json.dumps(data))
    with Log.create(tmp_path / "new.mdesk") as log:
        import_dump(log, tmp_path / "old.json")
        assert [c.owner for c in log.clauses.list()] == [None]
        assert log.check().ok
