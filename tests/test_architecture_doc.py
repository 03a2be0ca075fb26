"""docs/architecture.md keeps up with the tree: every top-level package and module, every documents/ and gui/ subfolder,
every import-linter layer; no path it names is gone; the README links it."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "mineralsdesk"
DOC = ROOT / "docs" / "architecture.md"


def _doc() -> str:
    return DOC.read_text(encoding="utf-8")


def _is_package(path: Path) -> bool:
    return path.is_dir() and not path.name.startswith((".", "_"))


def top_level_names() -> list[str]:
    """How the map must write each top-level entry of mineralsdesk/: `name/` for a folder, `name.py` for a module."""
    names = [f"{p.name}/" for p in sorted(PACKAGE.iterdir()) if _is_package(p)]
    return names + [p.name for p in sorted(PACKAGE.glob("*.py"))]


def subfolders(package: str) -> list[str]:
    return [f"{package}/{p.name}/" for p in sorted((PACKAGE / package).iterdir())
            if _is_package(p) and (p / "__init__.py").exists()]


def documents_subfolders() -> list[str]:
    return subfolders("documents")


def missing_from(text: str, names: list[str]) -> list[str]:
    # A name counts when it stands alone: "store/" inside "mineralsdesk/store/x" or "gui/models/" would not do
    # for "models/", but the map writes each top-level entry at the start of its own line or in backticks.
    return [name for name in names
            if not re.search(rf"(^|[\s`(]){re.escape(name)}(?=[\s`),.:;]|$)", text, flags=re.MULTILINE)]


def test_every_top_level_package_and_module_is_in_the_folder_map():
    names = top_level_names()
    assert {"domain/", "store/", "services/", "documents/", "gui/", "cli.py"} <= set(names)
    missing = missing_from(_doc(), names)
    assert missing == [], f"docs/architecture.md does not mention {missing}: add one line each to the folder map"


def test_every_documents_subfolder_is_in_the_folder_map():
    assert {"documents/briefing/", "documents/workbook/", "documents/dump/"} <= set(documents_subfolders())
    missing = missing_from(_doc(), documents_subfolders())
    assert missing == [], f"docs/architecture.md does not mention {missing}: add them to the documents/ list"


def test_the_check_finds_a_name_left_out():
    assert missing_from("  cli.py    the command\n  domain/   records", ["cli.py", "domain/", "store/"]) == ["store/"]
    # Part of a longer path does not count as the entry itself.
    assert missing_from("see `gui/models/base.py`", ["models/", "base.py"]) == ["models/", "base.py"]
    assert missing_from("`documents/calendar/` holds it", ["documents/calendar/"]) == []


def test_every_import_linter_layer_is_named():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    layers = [c for c in config["contracts"] if c["type"] == "layers"]
    assert layers, "pyproject.toml has no layers contract any more: update docs/architecture.md"
    text = _doc()
    for layer in layers[0]["layers"]:
        assert f"`{layer}`" in text, f"docs/architecture.md does not name the layer {layer}"


def test_every_path_the_doc_names_exists():
    """A renamed or removed module must not live on in the newcomer's first page."""
    text = _doc()
    stale = []
    for name in sorted(set(re.findall(r"`([\w./-]+/[\w.-]*)`", text))):
        if "NAME" in name or "<" in name or name.startswith(("documents/calendar", ".venv/")):
            continue  # placeholders for what a newcomer adds; the venv that `make` creates
        if not ((PACKAGE / name).exists() or (ROOT / name).exists()):
            stale.append(name)
    for link in re.findall(r"\]\(([\w./-]+\.md)\)", text):
        if not (DOC.parent / link).exists():
            stale.append(link)
    assert stale == [], f"docs/architecture.md names paths that do not exist: {stale}"


def test_the_readme_links_the_architecture_doc():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "](docs/architecture.md)" in readme
    assert "make run" in readme and "make test" in readme


def test_every_gui_screen_folder_is_in_the_folder_map():
    """gui/ is laid out by screen; a new screen's folder gets its line in the map."""
    folders = subfolders("gui")
    assert {"gui/clauses/", "gui/commitments/", "gui/common/"} <= set(folders)
    assert not (PACKAGE / "gui" / "views").exists() and not (PACKAGE / "gui" / "models").exists()
    missing = missing_from(_doc(), folders)
    assert missing == [], f"docs/architecture.md does not mention {missing}: add them to the gui/ list"
