"""Every test checks something: a test function with no assertion passes whatever the code does.

Each `test_*` function in tests/**/test_*.py must contain at least one of: an `assert` statement,
`pytest.raises` / `pytest.warns`, a pytest-qt wait that fails on timeout (`qtbot.waitUntil`,
`waitSignal`, ...), a call whose name starts with `assert` (`assert_one_line_error`,
`mock.assert_called_once`, `qtbot.assertNotEmitted`), or a call to one of the few helpers listed in
CHECKING_HELPERS, each of which is checked here to exist and to assert itself.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent

# pytest-qt waits that raise when what they wait for never happens (qtbot.wait(ms) only sleeps: not here).
FAILING_WAITS = frozenset({"waitUntil", "waitSignal", "waitSignals", "waitCallback", "waitExposed", "waitActive"})

# Helpers of this test suite whose whole job is to check; a call to one counts as the test's assertion.
CHECKING_HELPERS = frozenset({
    "check_pdf",  # tests/faults/test_properties.py
    "check_xlsx",  # tests/faults/test_properties.py
    "check_typed_note",  # tests/faults/test_properties.py
    "refused",  # tests/documents/test_json_dump.py
})
# pytest-qt's model tester: `qtmodeltester.check(model)` fails on any broken model contract.
CHECKING_METHODS = frozenset({("qtmodeltester", "check")})


def _call_name(call: ast.Call) -> tuple[str | None, str]:
    """(owner, name) of a call: `qtbot.waitUntil(...)` -> ("qtbot", "waitUntil"), `refused(...)` -> (None, "refused")."""
    func = call.func
    if isinstance(func, ast.Attribute):
        owner = func.value.id if isinstance(func.value, ast.Name) else None
        return owner, func.attr
    if isinstance(func, ast.Name):
        return None, func.id
    return None, ""


def checks_something(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """Whether the function's body holds an assertion of one of the accepted kinds."""
    for node in ast.walk(function):
        if isinstance(node, ast.Assert):
            return True
        if not isinstance(node, ast.Call):
            continue
        owner, name = _call_name(node)
        if owner == "pytest" and name in {"raises", "warns"}:
            return True
        if name in FAILING_WAITS or name.startswith("assert") or name in CHECKING_HELPERS:
            return True
        if (owner, name) in CHECKING_METHODS:
            return True
    return False


def unchecked_tests(source: str) -> list[str]:
    """Names of the test functions in a module's source that check nothing."""
    tree = ast.parse(source)
    return [node.name for node in ast.walk(tree)
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("test_")
            and not checks_something(node)]


def test_every_test_function_checks_something():
    found = []
    for path in sorted(TESTS.rglob("test_*.py")):
        found += [f"{path.relative_to(TESTS)}::{name}" for name in unchecked_tests(path.read_text(encoding="utf-8"))]
    assert found == [], "tests with no assertion:\n  " + "\n  ".join(found)


def test_the_allowed_helpers_exist_and_assert_themselves():
    """A helper on the list that stopped checking (or vanished) would let its tests check nothing."""
    defined: dict[str, list[ast.FunctionDef]] = {}
    for path in sorted(TESTS.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name in CHECKING_HELPERS:
                defined.setdefault(node.name, []).append(node)
    assert set(defined) == CHECKING_HELPERS, f"not defined under tests/: {sorted(CHECKING_HELPERS - set(defined))}"
    for name, functions in defined.items():
        for function in functions:
            assert checks_something(function), f"{name} (line {function.lineno}) checks nothing itself"


def test_the_checker_tells_a_test_that_checks_from_one_that_does_not():
    source = '''
def test_bare(log):
    log.add_track("T")

def test_sleeps_only(qtbot):
    qtbot.wait(10)

def test_asserts(log):
    assert log

def test_raises(log):
    with pytest.raises(ValueError):
        log.add_track("")

def test_waits(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.done)

def test_helper(tmp_path):
    refused(tmp_path, {}, "schema")

def test_mock(opened):
    opened.assert_called_once()

def test_model(qtmodeltester, model):
    qtmodeltester.check(model)

class TestGroup:
    def test_method_bare(self):
        print("nothing")
'''
    assert unchecked_tests(source) == ["test_bare", "test_sleeps_only", "test_method_bare"]
