"""Every exception class of the package lives in mineralsdesk/errors.py, which imports nothing of the package."""

from __future__ import annotations

import ast
import builtins
from pathlib import Path

import mineralsdesk

PACKAGE = Path(mineralsdesk.__file__).parent
ERRORS = PACKAGE / "errors.py"

# Exceptions that never reach a user and never leave their module may stay beside the code that uses them.
PRIVATE_ALLOWED = {
    # Raised inside the JSON parser's hooks and caught a few lines up, where the file's name is added and a
    # DumpError is raised instead.
    ("documents/dump/jsonsafe.py", "_Refused"),
}

BUILTIN_EXCEPTIONS = {name for name, value in vars(builtins).items()
                      if isinstance(value, type) and issubclass(value, BaseException)}


def _classes(path: Path) -> list[ast.ClassDef]:
    return [node for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(node, ast.ClassDef)]


def _base_names(node: ast.ClassDef) -> set[str]:
    names = set()
    for base in node.bases:
        if isinstance(base, ast.Name):
            names.add(base.id)
        elif isinstance(base, ast.Attribute):
            names.add(base.attr)
    return names


def _home_names() -> set[str]:
    return {node.name for node in _classes(ERRORS)}


def _exception_classes_outside(home: set[str], root: Path = PACKAGE) -> list[tuple[str, str]]:
    """(module path, class name) for each class outside errors.py that is an exception by name or by base."""
    known = home | BUILTIN_EXCEPTIONS
    found = []
    for path in sorted(root.rglob("*.py")):
        if path == root / "errors.py":
            continue
        for node in _classes(path):
            if node.name.endswith(("Error", "Exception")) or node.name in home or _base_names(node) & known:
                found.append((path.relative_to(root).as_posix(), node.name))
    return found


def test_every_exception_class_is_defined_in_errors_py():
    outside = set(_exception_classes_outside(_home_names())) - PRIVATE_ALLOWED
    assert outside == set(), f"define these in mineralsdesk/errors.py: {sorted(outside)}"


def test_the_allowlist_names_only_private_classes_that_exist():
    found = set(_exception_classes_outside(_home_names()))
    for module, name in PRIVATE_ALLOWED:
        assert name.startswith("_"), f"{name} is public: it belongs in errors.py"
        assert (module, name) in found, f"{module}:{name} is allowed but no longer exists"


def test_the_scan_sees_an_error_defined_elsewhere(tmp_path):
    (tmp_path / "domain").mkdir()
    (tmp_path / "errors.py").write_text("class Fine(Exception):\n    pass\n", encoding="utf-8")
    (tmp_path / "domain" / "rules.py").write_text(
        "class ClauseLockedError(ValueError):\n    pass\n\n\nclass Quiet(errors.LogError):\n    pass\n\n\n"
        "class Record:\n    pass\n", encoding="utf-8")
    found = _exception_classes_outside(_home_names(), root=tmp_path)
    assert found == [("domain/rules.py", "ClauseLockedError"), ("domain/rules.py", "Quiet")]


def test_errors_py_imports_only_the_translations_of_the_package():
    tree = ast.parse(ERRORS.read_text(encoding="utf-8"))
    imported = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            imported.append(("." * node.level) + (node.module or ""))
        elif isinstance(node, ast.Import):
            imported += [alias.name for alias in node.names]
    # i18n is standard library only and outside the layers (its own test keeps it so): any layer may import it.
    assert [name for name in imported if name.startswith(".") or name.startswith("mineralsdesk")] == [".i18n"]
    assert set(imported) <= {"__future__", ".i18n"}


def test_a_template_error_reads_in_english_and_in_the_users_language(monkeypatch):
    from mineralsdesk import errors, i18n

    monkeypatch.setattr(i18n, "catalogue", lambda lang: {
        ("Errors", "no clause {ref} in track {track}"): ("pas de clause {ref} dans la piste {track}",)}
        if lang == "fr" else {})
    error = errors.NotFoundError("no clause {ref} in track {track}", ref="3.1", track="MOU\nX")
    assert str(error) == "no clause 3.1 in track MOU X"  # one line, English
    assert error.localized("fr") == "pas de clause 3.1 dans la piste MOU X"
    assert error.localized("de") == str(error)  # no translation: the English line
    assert errors.RuleError("a {brace} left as written").localized("fr") == "a {brace} left as written"
    assert errors.RuleError("missing {value}", other=1).localized("fr") == "missing {value}"  # never a KeyError
    assert errors.LogError("two", "parts").localized("fr") == str(errors.LogError("two", "parts"))
