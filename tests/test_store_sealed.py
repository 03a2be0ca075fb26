"""No SQL text crosses into the store: services, documents, the GUI and the command line name their questions.

Read from the source with `ast` (nothing is imported). Outside `store/`, a call may not
- carry a string literal or f-string that looks like SQL (' = ?', 'ORDER BY', 'SELECT', 'WHERE', 'LIMIT'),
  whatever it calls: SQL built in a list and joined later is caught where the pieces are added;
- call `find` / `find_one` (or the store's private `_find` / `_find_one`) on a repository, or `execute`,
  `executemany` or `executescript` on a database or connection.
`str.find("x")` (a string literal first) is not a repository call and is let through.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import mineralsdesk
from mineralsdesk.store.repository import Repository

PACKAGE_DIR = Path(mineralsdesk.__file__).parent
SCANNED = [PACKAGE_DIR / "services", PACKAGE_DIR / "documents", PACKAGE_DIR / "gui", PACKAGE_DIR / "cli.py"]
SQL_MARKERS = (" = ?", "ORDER BY", "SELECT", "WHERE", "LIMIT")
_SQL = re.compile(r" = \?|\bORDER BY\b|\bSELECT\b|\bWHERE\b|\bLIMIT\b")  # words: "LIMITED" is not SQL
FIND_NAMES = {"find", "find_one", "_find", "_find_one"}
EXECUTE_NAMES = {"execute", "executemany", "executescript"}

# Call sites ("path relative to mineralsdesk/:LINE") still allowed to break the rule; shrink it, never grow it.
ALLOWED: set[str] = set()


def _sql_strings(node: ast.AST) -> list[str]:
    """The SQL-looking string literals (and f-string parts) anywhere inside an argument."""
    found = []
    for sub in ast.walk(node):
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str) and _SQL.search(sub.value):
            found.append(sub.value)
    return found


def _is_str_literal(node: ast.expr) -> bool:
    return isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str))


def violations(source: str, where: str) -> list[str]:
    """Each call in the source that hands SQL text to the store or reaches past its named questions."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        at = f"{where}:{node.lineno}"
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            for text in _sql_strings(arg):
                out.append(f"{at}: SQL text {text[:40]!r} in a call")
        func = node.func
        if not isinstance(func, ast.Attribute):
            continue
        receiver = ast.unparse(func.value)
        if func.attr in FIND_NAMES and not (node.args and _is_str_literal(node.args[0])):
            out.append(f"{at}: {receiver}.{func.attr}(...) instead of a named store question")
        if func.attr in EXECUTE_NAMES and receiver.split(".")[-1] in ("db", "conn", "_db", "_conn", "connection"):
            out.append(f"{at}: {receiver}.{func.attr}(...) runs SQL outside the store")
    return out


def _scanned_files() -> list[Path]:
    files = []
    for root in SCANNED:
        files += [root] if root.is_file() else sorted(root.rglob("*.py"))
    return files


def test_the_markers_are_all_searched():
    assert all(_SQL.search(f"a {m} b") for m in SQL_MARKERS)


def test_the_scan_covers_the_callers():
    names = {p.relative_to(PACKAGE_DIR).parts[0] for p in _scanned_files()}
    assert names == {"services", "documents", "gui", "cli.py"}
    assert len(_scanned_files()) > 20


def test_no_sql_text_crosses_into_the_store():
    found = []
    for path in _scanned_files():
        rel = path.relative_to(PACKAGE_DIR).as_posix()
        found += [v for v in violations(path.read_text(encoding="utf-8"), rel) if v.split(": ")[0] not in ALLOWED]
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("code", [
    'repo.find(model.Party, "code = ?", [code])',
    'self.repo.find(model.Party, order_by="code")',
    'repo.find_one(model.Track, "ref = ? COLLATE NOCASE", [ref])',
    'repo._find(model.Bracket)',
    'self.repo.find(model.ClauseVersion, "clause_id = ? ORDER BY number DESC LIMIT 1", [cid])',
    'log.db.execute("DELETE FROM meta WHERE key = ?", [key])',
    'self.db.conn.executemany(sql, rows)',
    'where.append("resolved_round_id IS NULL AND clause_id = ?")',
    'queries.rows(db, where=f"track_id = ? AND {x}")',
    'repo.named(order="due IS NULL, due LIMIT 5")',
    'db.query("SELECT * FROM clauses")',
])
def test_the_scan_catches_sql_handed_to_the_store(code):
    assert violations(code, "x.py"), code


@pytest.mark.parametrize("code", [
    'text.find(" ", lo, start)',
    'repo.latest_version(clause_id)',
    'repo.brackets(clause_id, open_only=True)',
    'label.setText("Select a clause")',
    'QRadioButton("&Internal — everything, marked LIMITED —")',
    'dialog.exec()',
])
def test_the_scan_lets_plain_calls_through(code):
    assert violations(code, "x.py") == []


def test_the_repository_offers_no_public_sql_reader():
    public = {name for name in dir(Repository) if not name.startswith("_")}
    assert not public & {"find", "find_one", "query", "execute"}
