"""A benchmark's working copy of a cached log is the same log (its id): writing to it must not leave the cached log
reading as cut short once the measure is done (benchmarks/common.py working_copy)."""

from __future__ import annotations

from benchmarks import common
from mineralsdesk.services.log import Log


def test_writing_to_a_working_copy_leaves_the_cached_log_whole(small_log: Log, tmp_path, monkeypatch):
    cached = small_log.path
    small_log.close()
    monkeypatch.setattr(common, "DATA_DIR", tmp_path / "bench")
    monkeypatch.setattr(common, "_KEPT_ANCHORS", {})
    monkeypatch.setattr(common.atexit, "register", lambda fn: None)  # restored by hand below
    copy = common.working_copy(cached, "copy.mdesk")
    with Log.open(copy) as log:
        log.commitments.add("US", "Written to the working copy only", source="")
    with Log.open(cached, readonly=True) as log:
        assert not log.check().ok  # the copy's head is ahead of the cached log's: it reads as cut short
    common._restore_anchors()
    with Log.open(cached, readonly=True) as log:
        assert log.check().ok
