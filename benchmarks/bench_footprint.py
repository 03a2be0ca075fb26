"""The file: bytes per clause version of the log, its change log and one automatic backup, and the whole
footprint (the log plus the kept automatic backups, 10 by default) against today's uncompressed backups.

Ours: the generated log's size; the change log's pages (`changes` and its indexes, from dbstat); an automatic
backup as `take_backup` writes it (a plain log's is gzip-compressed). Bare: the same rows in a bare sqlite3
file (every table's rows, no index, no constraint, no trigger) for the log and the change log; for the backup
and the footprint, the uncompressed online-backup copy the app kept before (today's).

    python benchmarks/bench_footprint.py --size 100000
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import emit, size_arg
from benchmarks.generate import ensure_log
from mineralsdesk.services import autobackup
from mineralsdesk.services.log import Log
from mineralsdesk.store import files

MB = 1_000_000


def _pages(path: Path, names: tuple[str, ...] | None = None) -> int:
    """Bytes of the b-trees named (all when None), from dbstat."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = con.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    finally:
        con.close()
    return sum(size for name, size in rows if names is None or name in names)


def _change_log_trees(path: Path) -> tuple[str, ...]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return ("changes", *(r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'changes'")))
    finally:
        con.close()


def _bare_copy(path: Path, out: Path) -> None:
    """Every table's rows (FTS5's shadow tables as plain tables) in a fresh file: no index, no trigger."""
    con = sqlite3.connect(out)
    try:
        con.execute("ATTACH ? AS src", [f"file:{path}?mode=ro"])
        tables = [r[0] for r in con.execute(
            "SELECT name FROM src.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND coalesce(sql, '') NOT LIKE 'CREATE VIRTUAL%'")]
        for table in tables:
            con.execute(f'CREATE TABLE main."{table}" AS SELECT * FROM src."{table}"')
        con.commit()
    finally:
        con.close()


def measure(size: int) -> None:
    path = ensure_log(size, quiet=True)
    with tempfile.TemporaryDirectory(prefix="bench-footprint-") as scratch:
        scratch_dir = Path(scratch)
        os.environ["MINERALSDESK_DATA_DIR"] = str(scratch_dir / "data")
        with Log.open(path, readonly=True) as log:
            versions = log.db.execute("SELECT count(*) FROM clause_versions").fetchone()[0]
            keep = autobackup.KEEP_DEFAULT
            plain = scratch_dir / "today.mdesk"
            files.backup_to(log.db, plain)
            packed = files.compressed_backup_to(log.db, scratch_dir / "ours.mdesk.gz")
        bare = scratch_dir / "bare.sqlite"
        _bare_copy(path, bare)
        log_bytes = path.stat().st_size
        changes_ours = _pages(path, _change_log_trees(path))
        changes_bare = _pages(bare, ("changes",))
        backup_today, backup_ours = plain.stat().st_size, packed.stat().st_size
        emit("file: log, bytes per version", size, log_bytes / versions, bare.stat().st_size / versions)
        emit("file: change log, bytes per version", size, changes_ours / versions, changes_bare / versions)
        emit("file: one automatic backup, bytes per version (bare: uncompressed, before)", size,
             backup_ours / versions, backup_today / versions)
        emit(f"file: log + {keep} kept backups, MB (bare: before)", size,
             (log_bytes + keep * backup_ours) / MB, (log_bytes + keep * backup_today) / MB)


def main() -> None:
    for size in size_arg():
        measure(size)


if __name__ == "__main__":
    main()
