"""No import circles between the package's modules, read from the source with `ast` (nothing is imported).

Every import counts, at the top of a module or inside a function: an import moved into a function still
makes a circle, only a later one. Relative imports are resolved; `from pkg import name` points at the
submodule `pkg.name` when there is one, else at `pkg`. The main window's screens, loaded by name with
importlib, count as imports of it, and every module imports its package (Python runs the package's
__init__ first). Imports under `if TYPE_CHECKING:` do not: they never run, and name a
caller's type for annotations only (services/chain.py takes the `Log` it is called with).
"""

from __future__ import annotations

import ast
import itertools
from pathlib import Path

import mineralsdesk

PACKAGE_DIR = Path(mineralsdesk.__file__).parent
Graph = dict[str, dict[str, list[str]]]  # module -> imported module -> where ("file.py:LINE")


def _modules(package_dir: Path) -> dict[str, tuple[Path, bool]]:
    """Dotted module name -> (file, is a package's __init__)."""
    found = {}
    for path in package_dir.rglob("*.py"):
        parts = list(path.relative_to(package_dir.parent).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        found[".".join(parts[:-1] if is_package else parts)] = (path, is_package)
    return found


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(tree: ast.Module) -> list[tuple[int, int, str | None, list[str]]]:
    """(line, level, module, names) of every import that runs, at any depth, skipping TYPE_CHECKING blocks."""
    out = []
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            stack.extend(node.orelse)
            continue
        if isinstance(node, ast.Import):
            out += [(node.lineno, 0, alias.name, []) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            out.append((node.lineno, node.level, node.module, [alias.name for alias in node.names]))
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr == "import_module" and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            out.append((node.lineno, 0, node.args[0].value, []))
        stack.extend(ast.iter_child_nodes(node))
    return out


def _screens(tree: ast.Module, module: str) -> list[str]:
    """The modules main_window's SCREENS table loads by name (importlib, on first show)."""
    for node in tree.body:
        if isinstance(node, ast.AnnAssign | ast.Assign):
            targets = [node.target] if isinstance(node, ast.AnnAssign) else node.targets
            if any(isinstance(t, ast.Name) and t.id == "SCREENS" for t in targets):
                package = module.rpartition(".")[0]
                return [f"{package}.views.{name}" for name, _cls in ast.literal_eval(node.value).values()]
    raise AssertionError(f"{module} no longer has its SCREENS table: teach this test how screens are loaded")


def import_graph(package_dir: Path) -> Graph:
    modules = _modules(package_dir)
    root = package_dir.name

    def known(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph: Graph = {name: {} for name in modules}
    for name, (path, is_package) in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        package = name if is_package else name.rpartition(".")[0]
        targets: list[tuple[int, str]] = []
        for line, level, module, names in _imports(tree):
            if level:
                base = package.split(".")[: len(package.split(".")) - (level - 1)]
                module = ".".join(base + ([module] if module else []))
            if not module or not (module == root or module.startswith(root + ".")):
                continue
            if not names:  # import a.b.c
                targets.append((line, module))
            # from a.b import c: the submodule a.b.c when there is one, else a name defined in a.b
            targets += [(line, f"{module}.{n}" if f"{module}.{n}" in modules else module) for n in names]
        if "." in name:  # Python runs a module's package (its __init__) before the module itself
            targets.append((0, name.rpartition(".")[0]))
        if name == f"{root}.gui.main_window":
            targets += [(0, screen) for screen in _screens(tree, name)]
        for line, target in targets:
            resolved = known(target)
            if resolved and resolved != name:
                where = graph[name].setdefault(resolved, [])
                if (f"{path.name}:{line}" if line else "its package") not in where:
                    where.append(f"{path.name}:{line}" if line else "its package")
    return graph


def find_cycles(graph: Graph) -> list[list[str]]:
    """One circle (a, b, ..., a) for each group of modules that import each other."""
    return [_circle(graph, set(group)) for group in knots(graph)]


def knots(graph: Graph) -> list[list[str]]:
    """The groups of modules that reach each other through imports (Tarjan's strongly connected components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(v: str) -> None:  # the package has ~100 modules: recursion depth is no concern
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(group)

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return [sorted(group) for group in groups]


def _circle(graph: Graph, group: set[str]) -> list[str]:
    """A shortest way from the group's first module back to itself, inside the group (breadth first)."""
    start = min(group)
    came_from: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following = []
        for v in frontier:
            for w in sorted(graph[v]):
                if w == start:
                    path = [v]
                    while path[-1] != start:
                        path.append(came_from[path[-1]])
                    return [start, *reversed(path[:-1]), start] if v != start else [start, start]
                if w in group and w not in came_from:
                    came_from[w] = v
                    following.append(w)
        frontier = following
    raise AssertionError(f"no circle through {start}")  # cannot happen in a strongly connected group


def describe(graph: Graph, circle: list[str]) -> str:
    return " -> ".join(f"{a} ({', '.join(graph[a][b])})" for a, b in itertools.pairwise(circle)) + f" -> {circle[-1]}"


def test_the_package_has_no_import_circles():
    graph = import_graph(PACKAGE_DIR)
    assert len(graph) > 50 and sum(map(len, graph.values())) > 200  # the whole package was read
    circles = find_cycles(graph)
    assert not circles, "import circles:\n" + "\n".join(
        f"{describe(graph, circle)}\n    (modules in this knot: {', '.join(group)})"
        for circle, group in zip(circles, knots(graph), strict=True))


def test_the_graph_sees_relative_function_level_and_named_submodule_imports(tmp_path: Path):
    package = tmp_path / "mineralsdesk"
    for name, text in {
        "__init__.py": "",
        "a.py": "from . import b\n",
        "b.py": "def later():\n    from .sub.c import thing\n",
        "sub/__init__.py": "",
        "sub/c.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..b import later\n"
                    "def f():\n    from ... import d\n",  # beyond the root: ignored
        "d.py": "import mineralsdesk.a\n",
    }.items():
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(text)
    graph = import_graph(package)
    package_edge = {"mineralsdesk": ["its package"]}
    assert graph["mineralsdesk.a"] == {"mineralsdesk.b": ["a.py:1"], **package_edge}
    assert graph["mineralsdesk.b"] == {"mineralsdesk.sub.c": ["b.py:2"], **package_edge}
    assert graph["mineralsdesk.sub.c"] == {"mineralsdesk.sub": ["its package"]}  # not the TYPE_CHECKING import
    assert find_cycles(graph) == []
    (package / "sub" / "c.py").write_text("def f():\n    from ..d import x\n")
    circles = find_cycles(import_graph(package))
    assert circles == [["mineralsdesk.a", "mineralsdesk.b", "mineralsdesk.sub.c", "mineralsdesk.d",
                        "mineralsdesk.a"]]
    assert "mineralsdesk.sub.c (c.py:2) -> mineralsdesk.d" in describe(import_graph(package), circles[0])
