"""The wheel and sdist from `python -m build` carry the runtime assets, and the wheel runs from a fresh venv.

The fresh venv gets the built wheel only; its dependencies are the project venv's copies of exactly the
wheel's declared requirements (and theirs), linked into one folder that a .pth file adds to sys.path. So
the test needs no network for the install, takes seconds, and still fails if the app imports a package
the wheel does not declare, or reads a file the wheel does not ship.
"""

from __future__ import annotations

import importlib.metadata as md
import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement

import mineralsdesk
from mineralsdesk import __app_name__, __version__
from mineralsdesk.assets import ASSETS_DIR, FONT_LICENCES, REPORTLAB_FONT_NAMES

REPO = Path(__file__).resolve().parents[1]
# What the sdist is made from; the copy keeps builds out of the shared working tree.
SOURCES = ("mineralsdesk", "resources", "packaging", "tests", "docs", "pyproject.toml", "MANIFEST.in",
           "README.md", "Makefile")
# The fresh venv's layout (bin/) and the symlinked dependencies are POSIX's.
pytestmark = pytest.mark.skipif(os.name != "posix", reason="the wheel test runs on Linux and macOS")
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", "*.mdesk*", "build", "dist", "*.egg-info")


def _asset_files() -> set[str]:
    """Every runtime asset in the source tree, as a path inside the package ("mineralsdesk/assets/...")."""
    root = ASSETS_DIR.parent.parent
    return {p.relative_to(root).as_posix() for p in ASSETS_DIR.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts}


@pytest.fixture(scope="module")
def dists(tmp_path_factory) -> dict[str, Path]:
    """Build the sdist, then the wheel from that sdist (what `python -m build` does), in a copy of the tree."""
    work = tmp_path_factory.mktemp("build")
    src = work / "src"
    src.mkdir()
    for name in SOURCES:
        path = REPO / name
        if path.is_dir():
            shutil.copytree(path, src / name, ignore=IGNORED)
        elif path.is_file():
            shutil.copy2(path, src / name)
    out = work / "dist"
    result = subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(src)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (wheel,) = out.glob("*.whl")
    (sdist,) = out.glob("*.tar.gz")
    return {"wheel": wheel, "sdist": sdist}


def test_wheel_carries_every_runtime_asset(dists):
    names = set(zipfile.ZipFile(dists["wheel"]).namelist())
    assert dists["wheel"].name == f"mineralsdesk-{__version__}-py3-none-any.whl"
    expected = _asset_files()
    assert {f"mineralsdesk/assets/fonts/{licence}" for licence in FONT_LICENCES.values()} <= expected
    assert expected - names == set()
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    entry_points = zipfile.ZipFile(dists["wheel"]).read(
        f"mineralsdesk-{__version__}.dist-info/entry_points.txt").decode()
    assert "mineralsdesk = mineralsdesk.cli:main" in entry_points
    assert "mineralsdesk-gui = mineralsdesk.cli:gui_main" in entry_points


def test_sdist_carries_assets_and_the_sources_of_the_packages(dists):
    prefix = f"mineralsdesk-{__version__}/"
    with tarfile.open(dists["sdist"]) as tar:
        names = {n.removeprefix(prefix) for n in tar.getnames()}
    assert _asset_files() - names == set()
    for needed in ("resources/mineralsdesk.svg", "resources/make_icons.py", "resources/mineralsdesk.desktop",
                   "resources/mineralsdesk-mime.xml", "packaging/mineralsdesk.spec", "packaging/linux/install.sh",
                   "MANIFEST.in"):
        assert needed in names


def _declared_closure(wheel: Path) -> list[md.Distribution]:
    """The installed distributions the wheel requires, transitively, with markers evaluated here."""
    metadata = zipfile.ZipFile(wheel).read(f"mineralsdesk-{__version__}.dist-info/METADATA").decode()
    todo = [Requirement(line.split(":", 1)[1].strip()) for line in metadata.splitlines()
            if line.startswith("Requires-Dist:")]
    seen: dict[str, md.Distribution] = {}
    while todo:
        req = todo.pop()
        if req.marker is not None and not req.marker.evaluate({"extra": ""}):
            continue
        key = req.name.lower().replace("_", "-")
        if key in seen:
            continue
        dist = md.distribution(req.name)  # PackageNotFoundError here: a declared dependency is not installed
        seen[key] = dist
        todo.extend(Requirement(r) for r in dist.requires or [])
    return list(seen.values())


def _link_dependencies(dists_: list[md.Distribution], into: Path) -> None:
    """Symlink each distribution's top-level files and folders (and its .dist-info) into `into`."""
    into.mkdir()
    for dist in dists_:
        base = Path(dist.locate_file(""))
        tops = {Path(str(f)).parts[0] for f in dist.files or []}
        for top in sorted(tops):
            if top in ("..", "bin") or top.endswith(".pth") or top == "__pycache__":
                continue  # scripts, and .pth hooks such as an editable finder, are not importable code
            target = into / top
            if not target.exists() and (base / top).exists():
                target.symlink_to(base / top)


@pytest.fixture(scope="module")
def installed(dists, tmp_path_factory) -> Path:
    """A fresh venv with the wheel installed; returns its bin folder."""
    root = tmp_path_factory.mktemp("fresh")
    env_dir = root / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)  # the project venv's pip drives it (--python)
    deps = root / "deps"
    _link_dependencies(_declared_closure(dists["wheel"]), deps)
    site = Path(sysconfig.get_path("purelib", vars={"base": str(env_dir), "platbase": str(env_dir)}))
    (site / "declared-deps.pth").write_text(f"{deps}\n")
    # No --no-deps: pip must find every requirement satisfied by the linked folder, with no index to fall back on.
    result = subprocess.run([sys.executable, "-m", "pip", "--python", str(env_dir / "bin" / "python"), "install",
                             "--no-index", "--no-cache-dir", "--quiet", str(dists["wheel"])],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return env_dir / "bin"


def _run(bin_dir: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "HOME": str(cwd), "QT_QPA_PLATFORM": "offscreen",
           "MINERALSDESK_DATA_DIR": str(cwd / "userdata"), "PYTHONNOUSERSITE": "1", "LANG": "C.UTF-8"}
    return subprocess.run(list(args), capture_output=True, text=True, cwd=cwd, env=env, timeout=180)


def test_installed_wheel_runs_its_own_copy(installed, tmp_path):
    code = ("import mineralsdesk, mineralsdesk.assets as a; "
            "print(mineralsdesk.__file__); print(all(p.is_file() for p in a.ICONS_DIR.iterdir()))")
    result = _run(installed, str(installed / "python"), "-c", code, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    where, files_ok = result.stdout.split()
    assert Path(where).is_relative_to(installed.parent), "imported the source tree, not the installed wheel"
    assert not Path(where).is_relative_to(Path(mineralsdesk.__file__).parent)
    assert files_ok == "True"


def test_installed_console_script_version(installed, tmp_path):
    result = _run(installed, "mineralsdesk", "--version", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{__app_name__} {__version__}"
    assert (installed / "mineralsdesk-gui").is_file()


def test_installed_gui_starts_offscreen(installed, tmp_path):
    log = tmp_path / "demo.mdesk"
    assert _run(installed, "mineralsdesk", "--db", str(log), "init", "--demo", cwd=tmp_path).returncode == 0
    result = _run(installed, "mineralsdesk-gui", "--db", str(log), "gui", "--exit-after-start", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "Cannot load" not in result.stderr, result.stderr
    assert not (tmp_path / "userdata" / "logs" / "errors.log").exists()


def test_installed_init_demo_and_export_pdf(installed, tmp_path):
    log = tmp_path / "demo.mdesk"
    result = _run(installed, "mineralsdesk", "--db", str(log), "init", "--demo", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert log.is_file()
    result = _run(installed, "mineralsdesk", "--db", str(log), "check", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    out = tmp_path / "briefing.pdf"
    result = _run(installed, "mineralsdesk", "--db", str(log), "export", "pdf", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    from pypdf import PdfReader

    reader = PdfReader(out)
    assert len(reader.pages) >= 1
    embedded = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            embedded.add(str(font.get_object()["/BaseFont"]))
    # The shipped TrueType fonts are embedded (subset names look like "/AAAAAA+NotoSans").
    assert any(name in font for font in embedded for name in REPORTLAB_FONT_NAMES.values()), embedded



def test_installed_export_xlsx_reads_back(installed, tmp_path):
    log = tmp_path / "demo.mdesk"
    assert _run(installed, "mineralsdesk", "--db", str(log), "init", "--demo", cwd=tmp_path).returncode == 0
    out = tmp_path / "summary.xlsx"
    result = _run(installed, "mineralsdesk", "--db", str(log), "export", "xlsx", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    result = _run(installed, "mineralsdesk", "--db", str(log), "import", "xlsx", str(out), "--dry-run", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
