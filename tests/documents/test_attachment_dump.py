"""Attachments in the JSON dump: base64 contents round-trip byte-identically; a shareable dump carries only
shareable attachments and their bytes; a dump whose contents do not match their digest is refused."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

import pytest
from attachment_files import docx, pdf

from mineralsdesk.documents.dump.jsondump import dump_document, import_dump, write_dump
from mineralsdesk.errors import DumpError
from mineralsdesk.services.log import Log


@pytest.fixture
def attached(small_log: Log):
    track = small_log.ids["track"]
    papers = {
        "internal": pdf(["Our fallback on cobalt: INTERNALMARKER", "page two about tin"]),
        "shareable": docx(["Non-paper on graphite offered to the US"]),
    }
    small_log.attachments.add(papers["internal"], "ours.pdf", target_kind="track", target_id=track)
    small_log.attachments.add(papers["shareable"], "np.docx", target_kind="clause", target_id=small_log.ids["clause"],
                              audience="shareable")
    small_log.attachments.add(os.urandom(3 * 2**20), "scan.bin", target_kind="round", target_id=small_log.ids["r1"])
    return small_log, papers


def test_the_dump_round_trips_attachments_byte_identically(attached, tmp_path: Path):
    log, papers = attached
    out = write_dump(log, tmp_path / "a.json")
    with Log.create(tmp_path / "fresh.mdesk") as fresh:
        assert import_dump(fresh, out).startswith("history kept")
        assert fresh.check().ok
        for original in log.attachments.list():
            assert fresh.attachments.read_bytes(original.id) == log.attachments.read_bytes(original.id)
            assert fresh.attachments.get(original.id) == original
        hit = next(h for h in fresh.search("tin") if h.kind == "attachment")
        assert hit.page == 2  # the text is extracted again on load
        again = write_dump(fresh, tmp_path / "b.json")
    a, b = json.loads(out.read_text()), json.loads(again.read_text())
    assert a["blobs"] == b["blobs"] and a["attachments"] == b["attachments"]


def test_a_shareable_dump_carries_only_shareable_attachments(attached):
    log, papers = attached
    document = dump_document(log, "shareable")
    assert [a["name"] for a in document["attachments"]] == ["np.docx"]
    assert [base64.b64decode(b["base64"]) for b in document["blobs"]] == [papers["shareable"]]
    text = json.dumps(document)
    assert "ours.pdf" not in text and base64.b64encode(papers["internal"]).decode()[:40] not in text


def test_a_content_altered_in_the_dump_is_refused(attached, tmp_path: Path):
    log, _ = attached
    document = json.loads(write_dump(log, tmp_path / "a.json").read_text())
    blob = document["blobs"][0]
    blob["base64"] = base64.b64encode(b"X" + base64.b64decode(blob["base64"])[1:]).decode()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document))
    with Log.create(tmp_path / "fresh.mdesk") as fresh, pytest.raises(DumpError, match="do not match their size"):
        import_dump(fresh, bad)
