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


def test_a_working_copy_is_on_disk_before_it_is_measured(small_log: Log, tmp_path, monkeypatch):
    """The copy's pages were still dirty in the system's cache, so a measure's first commit (its checkpoint's fsync)
    wrote the whole copy out and counted it: 1.1 s for the 2.9 GB log with attachments, 0.3 s for its plain twin."""
    cached = small_log.path
    small_log.close()
    monkeypatch.setattr(common, "DATA_DIR", tmp_path / "bench")
    monkeypatch.setattr(common, "_KEPT_ANCHORS", {})
    monkeypatch.setattr(common.atexit, "register", lambda fn: None)
    synced = []
    real_fsync = common.os.fsync
    monkeypatch.setattr(common.os, "fsync", lambda fd: (synced.append(common.os.fstat(fd).st_ino), real_fsync(fd)))
    copy = common.working_copy(cached, "copy.mdesk")
    assert synced == [copy.stat().st_ino] and copy.read_bytes() == cached.read_bytes()
    common._restore_anchors()


def test_the_attachments_benchmark_takes_each_lines_median_over_its_rounds():
    from benchmarks.bench_attachments import _medians

    runs = [{"open": 3.0, "sort": 9.0}, {"open": 1.0}, {"open": 2.0, "sort": 5.0}]
    assert _medians(runs) == {"open": 2.0, "sort": 7.0}
