"""Every error a user can meet from domain/, store/ and services/ is written as a template marked for translation
(`QT_TRANSLATE_NOOP("Errors", "...")`), its values passed by name and each {name} of the template filled."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import mineralsdesk
from mineralsdesk import errors

PACKAGE = Path(mineralsdesk.__file__).parent
LAYERS = ("domain", "store", "services")

USER_ERRORS = {name for name, value in vars(errors).items()
               if isinstance(value, type) and issubclass(value, errors.UserError)}

# (module, function) whose error is built from something else than a marked template, and why.
ALLOWED: dict[tuple[str, str], str] = {}


def _called_name(node: ast.Call) -> str | None:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _marked(node: ast.expr) -> str | None:
    """The template of a `QT_TRANSLATE_NOOP("Errors", "...")` call, else None."""
    if (isinstance(node, ast.Call) and _called_name(node) == "QT_TRANSLATE_NOOP" and len(node.args) == 2
            and all(isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in node.args)
            and node.args[0].value == errors.ERRORS_CONTEXT):
        return node.args[1].value
    return None


def _module_templates(tree: ast.Module) -> dict[str, str]:
    """Module-level names bound to a marked template (`BUSY = QT_TRANSLATE_NOOP("Errors", "...")`)."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            template = _marked(node.value)
            if template is not None:
                found[node.targets[0].id] = template
    return found


def _functions(tree: ast.Module) -> dict[ast.AST, str]:
    """Each node -> the name of the innermost function holding it ("" at module level)."""
    owner: dict[ast.AST, str] = {}

    def visit(node: ast.AST, name: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) else name
            owner[child] = inner
            visit(child, inner)

    visit(tree, "")
    return owner


def _fields(template: str) -> set[str]:
    """The names a template's {placeholders} need (`{{` is a brace written out)."""
    return {field.split(".")[0].split("[")[0] for _, field, _, _ in string.Formatter().parse(template)
            if field is not None}


def scan(root: Path = PACKAGE) -> tuple[list[str], list[str]]:
    """(errors built without a marked template, marked templates whose {names} the call does not fill)."""
    unmarked, unfilled = [], []
    for layer in LAYERS:
        for path in sorted((root / layer).rglob("*.py")):
            module = path.relative_to(root).as_posix()
            tree = ast.parse(path.read_text(encoding="utf-8"))
            constants = _module_templates(tree)
            owner = _functions(tree)
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call) or _called_name(node) not in USER_ERRORS:
                    continue
                where = f"{module}:{node.lineno}"
                message = node.args[0] if node.args else None
                template = _marked(message) if message is not None else None
                if template is None and isinstance(message, ast.Name):
                    template = constants.get(message.id)
                if template is None:
                    if (module, owner.get(node, "")) not in ALLOWED:
                        unmarked.append(f"{where} {ast.unparse(node)[:80]}")
                    continue
                given = {keyword.arg for keyword in node.keywords if keyword.arg is not None}
                if _fields(template) != given:
                    unfilled.append(f"{where} needs {sorted(_fields(template))}, given {sorted(given)}")
    return unmarked, unfilled


def test_every_users_error_in_the_layers_is_a_marked_template():
    unmarked, _ = scan()
    assert unmarked == [], "write these as QT_TRANSLATE_NOOP(\"Errors\", \"...\") templates:\n" + "\n".join(unmarked)


def test_every_placeholder_of_an_error_template_is_filled_by_name():
    _, unfilled = scan()
    assert unfilled == [], "\n".join(unfilled)


def test_the_allow_list_names_functions_that_exist():
    for module, function in ALLOWED:
        source = (PACKAGE / module).read_text(encoding="utf-8")
        assert f"def {function}(" in source, f"{module}:{function} is allowed but no longer exists"


def test_the_scan_sees_an_f_string_a_bare_literal_and_a_missing_value(tmp_path):
    for layer in LAYERS:
        (tmp_path / layer).mkdir()
    (tmp_path / "domain" / "rules.py").write_text(
        'from ..i18n import QT_TRANSLATE_NOOP\n'
        'BUSY = QT_TRANSLATE_NOOP("Errors", "busy")\n'
        'def f(ref):\n'
        '    raise RuleError(f"clause {ref} is agreed")\n'
        'def g(ref):\n'
        '    raise errors.LogError("plain")\n'
        'def h(ref):\n'
        '    raise RuleError(QT_TRANSLATE_NOOP("Errors", "clause {ref} in {track}"), ref=ref)\n'
        'def i(ref):\n'
        '    raise RuleError(QT_TRANSLATE_NOOP("Other", "clause"))\n'
        'def j(ref):\n'
        '    raise LogBusyError(BUSY)\n'
        'def k(ref):\n'
        '    raise RuleError(QT_TRANSLATE_NOOP("Errors", "{{literal}} {ref!r} {n:,}"), ref=ref, n=1)\n'
        'def m(exc):\n'
        '    raise ValueError(f"not a user error {exc}")\n', encoding="utf-8")
    unmarked, unfilled = scan(tmp_path)
    assert [line.split(" ")[0] for line in unmarked] == ["domain/rules.py:4", "domain/rules.py:6",
                                                         "domain/rules.py:10"]
    assert unfilled == ["domain/rules.py:8 needs ['ref', 'track'], given ['ref']"]


def test_a_converted_error_reads_as_before_and_translates(monkeypatch):
    from mineralsdesk import i18n
    from mineralsdesk.domain import rules

    monkeypatch.setattr(i18n, "catalogue", lambda lang: {
        ("Errors", "A clause cannot go from '{old}' to '{new}': from '{old}' it can move to {options}."):
            ("Une clause ne peut passer de « {old} » à « {new} » : depuis « {old} », elle peut passer à {options}.",)}
        if lang == "fr" else {})
    try:
        rules.check_transition(rules.ClauseStatus.AGREED, rules.ClauseStatus.DRAFTED)
    except errors.TransitionError as exc:
        assert str(exc).startswith("A clause cannot go from 'agreed' to 'drafted': from 'agreed' it can move to '")
        assert exc.localized("fr").startswith("Une clause ne peut passer de « agreed » à « drafted » : depuis "
                                              "« agreed », elle peut passer à '")
        assert (exc.old, exc.new) == (rules.ClauseStatus.AGREED, rules.ClauseStatus.DRAFTED)
    else:
        raise AssertionError("agreed -> drafted was allowed")


def test_an_error_told_again_keeps_its_template():
    told = errors.InvalidInputError.telling(errors.RuleError("{what} must not be empty", what="Title"))
    assert (str(told), told.template, told.params) == ("Title must not be empty", "{what} must not be empty",
                                                       {"what": "Title"})
    assert str(errors.InvalidInputError.telling(ValueError("plain text"))) == "plain text"
