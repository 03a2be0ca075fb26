"""The fixture logs of every earlier schema (tests/faults/fixtures/schemaN.mdesk, built by build_fixture.py)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

FIXTURES = Path(__file__).parent / "faults" / "fixtures"


def install_fixture_keys() -> None:
    """The keys of the fixtures built after logs were keyed (schema 5 on), as the computer that built them had them."""
    keys = Path(os.environ["MINERALSDESK_DATA_DIR"]) / "keys"
    keys.mkdir(parents=True, exist_ok=True)
    for key in (FIXTURES / "keys").glob("*"):
        shutil.copyfile(key, keys / key.name)
        os.chmod(keys / key.name, 0o600)


def fixture_copy(version: int, tmp_path: Path) -> Path:
    """A private copy of the schema-`version` fixture log in `tmp_path`, its key installed."""
    target = tmp_path / f"old{version}.mdesk"
    shutil.copyfile(FIXTURES / f"schema{version}.mdesk", target)
    os.chmod(target, 0o600)
    install_fixture_keys()
    return target


def undo_clause_keys(conn) -> None:
    """Drop what schemas 14 and 15 added (store/clause_keys.py: their triggers, word index and short parts) from a
    current log, for the tests that rebuild an older schema; schema 3's clause_order goes with their own drops."""
    from mineralsdesk.store import clause_keys

    for statement in [*clause_keys.TRIGGERS, *clause_keys.GRAM_TRIGGERS]:
        conn.execute(f"DROP TRIGGER IF EXISTS {statement.split()[2]}")
    conn.execute("DROP TABLE IF EXISTS clause_words")
    conn.execute("DROP TABLE IF EXISTS clause_grams")


def own_tables(db) -> list[str]:
    """The log's own tables: not its full-text indexes (search_index, clause_words) nor their shadow tables,
    which are SQLite's."""
    return [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master t WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' "
        "AND NOT EXISTS (SELECT 1 FROM sqlite_master v WHERE v.sql LIKE 'CREATE VIRTUAL TABLE%' "
        "AND t.name LIKE v.name || '\\_%' ESCAPE '\\')")]
