"""packaging/linux/install.sh on a stand-in app folder: files, file type, default app, and a clean uninstall.

The real folder takes a PyInstaller build (make package-smoke runs the script on it); here a shell
script plays the program, so the test stays fast. Needs xdg-utils and shared-mime-info.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from mineralsdesk import __app_name__, __version__
from mineralsdesk.assets import APP_ICON_SIZES, ICONS_DIR

REPO = Path(__file__).resolve().parents[1]
INSTALL = REPO / "packaging" / "linux" / "install.sh"

pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("xdg-mime", "xdg-icon-resource", "xdg-desktop-menu",
                                            "update-mime-database")),
    reason="xdg-utils / shared-mime-info not installed")


@pytest.fixture
def app_folder(tmp_path: Path) -> Path:
    """A folder laid out like packaging/dist/mineralsdesk/, whose program prints the version."""
    folder = tmp_path / "dist" / "mineralsdesk"
    (folder / "_internal" / "mineralsdesk" / "assets").mkdir(parents=True)
    shutil.copytree(ICONS_DIR, folder / "_internal" / "mineralsdesk" / "assets" / "icons")
    program = folder / "mineralsdesk"
    program.write_text(f'#!/bin/sh\necho "{__app_name__} {__version__}"\n')
    program.chmod(0o755)
    for source, target in ((REPO / "resources" / "mineralsdesk.desktop", "share/applications/mineralsdesk.desktop"),
                           (REPO / "resources" / "mineralsdesk-mime.xml", "share/mime/packages/mineralsdesk.xml")):
        (folder / target).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, folder / target)
    shutil.copy(INSTALL, folder / "install.sh")
    return folder


def _run(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8"}
    return subprocess.run(list(args), capture_output=True, text=True, env=env, timeout=120)


def _make_log(path: Path) -> None:
    """An SQLite file with the log's application id, as mineralsdesk/store/database.py writes it."""
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA application_id = 0x4D44736B")
        db.execute("CREATE TABLE t (x)")
    db.close()


def test_install_then_uninstall_per_user(app_folder: Path, tmp_path: Path):
    home = tmp_path / "home"
    home.mkdir()
    result = _run(home, "sh", str(app_folder / "install.sh"))
    assert result.returncode == 0, result.stdout + result.stderr
    dest = home / ".local" / "opt" / "mineralsdesk"
    assert (dest / "mineralsdesk").is_file()
    link = home / ".local" / "bin" / "mineralsdesk"
    assert link.is_symlink() and os.readlink(link) == str(dest / "mineralsdesk")

    desktop = (home / ".local" / "share" / "applications" / "mineralsdesk.desktop").read_text()
    assert f'Exec="{dest}/mineralsdesk" %f' in desktop
    assert "MimeType=application/x-mineralsdesk-log;" in desktop
    if shutil.which("desktop-file-validate"):
        check = _run(home, "desktop-file-validate", str(home / ".local/share/applications/mineralsdesk.desktop"))
        assert check.returncode == 0, check.stdout + check.stderr
    icons = home / ".local" / "share" / "icons" / "hicolor"
    for size in APP_ICON_SIZES:
        assert (icons / f"{size}x{size}" / "apps" / "mineralsdesk.png").is_file()
        assert (icons / f"{size}x{size}" / "mimetypes" / "application-x-mineralsdesk-log.png").is_file()
    assert (icons / "scalable" / "apps" / "mineralsdesk.svg").is_file()

    named = home / "negotiation.mdesk"
    renamed = home / "negotiation-copy.db"
    _make_log(named)
    _make_log(renamed)
    for path in (named, renamed):  # by glob, and by the application id when renamed
        assert _run(home, "xdg-mime", "query", "filetype", str(path)).stdout.strip() == \
            "application/x-mineralsdesk-log"
    default = _run(home, "xdg-mime", "query", "default", "application/x-mineralsdesk-log")
    assert default.stdout.strip() == "mineralsdesk.desktop"

    result = _run(home, "sh", str(dest / "install.sh"), "--uninstall")
    assert result.returncode == 0, result.stdout + result.stderr
    assert not dest.exists() and not link.exists() and not link.is_symlink()
    assert not (home / ".local" / "share" / "applications" / "mineralsdesk.desktop").exists()
    assert not list(icons.rglob("mineralsdesk*")) and not list(icons.rglob("application-x-mineralsdesk*"))
    assert _run(home, "xdg-mime", "query", "filetype", str(named)).stdout.strip() != \
        "application/x-mineralsdesk-log"
    assert named.exists()  # the user's logs are never touched


def test_reinstall_replaces_the_old_version(app_folder: Path, tmp_path: Path):
    home = tmp_path / "home"
    home.mkdir()
    assert _run(home, "sh", str(app_folder / "install.sh")).returncode == 0
    (app_folder / "mineralsdesk").write_text('#!/bin/sh\necho "MineralsDesk 9.9.9"\n')
    result = _run(home, "sh", str(app_folder / "install.sh"))
    assert result.returncode == 0, result.stderr
    assert "9.9.9" in result.stdout
    assert not (home / ".local" / "opt" / "mineralsdesk.old").exists()
    assert not (home / ".local" / "opt" / "mineralsdesk.new").exists()


def test_refuses_a_folder_that_is_not_the_app(tmp_path: Path):
    home = tmp_path / "home"
    home.mkdir()
    result = _run(home, "sh", str(INSTALL), "--from", str(tmp_path))
    assert result.returncode == 1
    assert result.stderr.strip().startswith("install.sh: ") and len(result.stderr.strip().splitlines()) == 1
    assert not (home / ".local").exists()  # nothing written


def test_refuses_a_program_that_does_not_run(app_folder: Path, tmp_path: Path):
    home = tmp_path / "home"
    home.mkdir()
    (app_folder / "mineralsdesk").write_text("#!/bin/sh\nexit 3\n")
    result = _run(home, "sh", str(app_folder / "install.sh"))
    assert result.returncode == 1 and "does not run here" in result.stderr
    assert not (home / ".local").exists()


def test_unknown_option_is_one_line(tmp_path: Path):
    result = _run(tmp_path, "sh", str(INSTALL), "--sytem")
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
