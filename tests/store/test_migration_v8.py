"""Schema 8 (content index): a schema-7 log, its attached text indexed per attachment, is indexed per content."""

from __future__ import annotations

from pathlib import Path

from attachment_files import pdf
from search_cases import big_text

from mineralsdesk.services.log import Log
from mineralsdesk.store import migrations, search


def _count(log: Log, kind: str) -> int:
    return log.db.execute("SELECT count(*) FROM search_index WHERE kind = ?", [kind]).fetchone()[0]


def test_a_schema_7_log_gets_its_attached_text_indexed_once(tmp_path: Path):
    path = tmp_path / "old.mdesk"
    text = big_text(100)
    paper = pdf(["Opening", "Joint stockpile of germanium"])
    with Log.create(path) as log:
        track = log.tracks.add("MOU", "Memorandum").record
        ids = [log.attachments.add(data, name, target_kind="track", target_id=track.id).record.id
               for data, name in ((text.encode(), "a.txt"), (text.encode(), "b.txt"), (paper, "p.pdf"))]
        before = {w: [(h.entity_id, h.page) for h in log.search(w)] for w in ("cobalt", "germanium", "b.txt")}
        with log.db.atomic():  # the schema-7 layout: every attachment's whole text under its own id
            for attachment in log.attachments.list():
                search.remove(log.db, attachment.sha256)
                search.put(log.db, "attachment", attachment.id, attachment.name,
                           log.db.execute("SELECT text FROM blobs WHERE sha256 = ?", [attachment.sha256]).fetchone()[0])
        per_attachment = _count(log, "attachment")
        assert per_attachment == 2 * len(search.chunks(text)) + 1 and _count(log, search.CONTENT) == 0
        log.db.execute("PRAGMA user_version = 7")
    with Log.open(path) as log:
        assert migrations.schema_version(log.db) == migrations.SCHEMA_VERSION
        assert _count(log, "attachment") == 3 and _count(log, search.CONTENT) == len(search.chunks(text)) - 1
        assert {w: [(h.entity_id, h.page) for h in log.search(w)] for w in before} == before
        assert {h.entity_id for h in log.search("cobalt")} == set(ids[:2])
        assert log.check().ok
