"""Schema 7 (attachments): an older log gains the blobs and attachments tables on open, its records untouched."""

from __future__ import annotations

from pathlib import Path

from mineralsdesk.services.log import Log
from mineralsdesk.store import migrations


def test_an_older_log_migrates_to_the_attachment_tables(tmp_path: Path):
    path = tmp_path / "old.mdesk"
    with Log.create(path) as log:
        track = log.tracks.add("MOU", "Memorandum").record
        log.db.execute("DROP TABLE attachments")
        log.db.execute("DROP TABLE blobs")
        log.db.execute("PRAGMA user_version = 6")
    with Log.open(path) as log:
        assert migrations.schema_version(log.db) == migrations.SCHEMA_VERSION
        assert log.tracks.get(track.id).ref == "MOU"
        made = log.attachments.add(b"after migration", "m.txt", target_kind="track", target_id=track.id).record
        assert log.attachments.read_bytes(made.id) == b"after migration"
        assert log.check().ok
