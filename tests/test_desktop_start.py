"""The app starts on a real X server (Xvfb), not only offscreen: Qt's xcb plugin and its libraries load."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(shutil.which("xvfb-run") is None or shutil.which("xauth") is None,
                    reason="Xvfb is not installed (apt-get install xvfb xauth; .ci/run installs it)")
def test_the_app_starts_under_xvfb(demo_path: Path):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"  # the platform a Linux desktop uses; offscreen hides missing libraries
    result = subprocess.run(["xvfb-run", "-a", sys.executable, "-m", "mineralsdesk", "--db", str(demo_path), "gui",
                             "--exit-after-start"], capture_output=True, text=True, env=env, timeout=240)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "xcb-cursor0" not in result.stderr and "could not load the Qt platform plugin" not in result.stderr


@pytest.mark.skipif(shutil.which("ldd") is None or not sys.platform.startswith("linux"), reason="needs ldd (Linux)")
def test_make_runs_library_check_passes_here_and_is_quiet_offscreen():
    """`make run`'s check: silent where the libraries are installed, and never in the way offscreen."""
    script = ROOT / "packaging" / "desktop-libs.sh"
    here = subprocess.run(["sh", str(script), sys.executable], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "QT_QPA_PLATFORM": "", "DISPLAY": ":99"})
    if here.returncode != 0:  # a machine without the libraries: the one line says how to install them
        assert len(here.stderr.strip().splitlines()) == 1 and "install" in here.stderr
    offscreen = subprocess.run(["sh", str(script), sys.executable], capture_output=True, text=True, timeout=60,
                               env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":99"})
    assert offscreen.returncode == 0 and offscreen.stderr == ""


@pytest.mark.skipif(shutil.which("ldd") is None or not sys.platform.startswith("linux"), reason="needs ldd (Linux)")
def test_make_runs_library_check_names_the_install_command_when_a_library_is_missing(tmp_path: Path):
    """A copy of Qt's xcb plugin away from Qt's own libraries stands for a system missing them."""
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        pytest.skip("this PySide6 has no xcb plugin")
    lonely = tmp_path / "libqxcb.so"
    shutil.copyfile(plugin, lonely)
    fake_python = tmp_path / "python"
    fake_python.write_text(f"#!/bin/sh\necho '{lonely}'\n")
    fake_python.chmod(0o700)
    result = subprocess.run(["sh", str(ROOT / "packaging" / "desktop-libs.sh"), str(fake_python)],
                            capture_output=True, text=True, timeout=60,
                            env={**os.environ, "QT_QPA_PLATFORM": "", "DISPLAY": ":99"})
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "libQt6XcbQpa" in lines[0] and "install" in lines[0]
    if shutil.which("apt-get"):
        assert "apt-get install -y libxcb-cursor0" in lines[0]
