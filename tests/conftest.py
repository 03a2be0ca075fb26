"""Shared fixtures: a fresh log, a small populated log, and the demo log built once per session."""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _real_app_folders() -> list[Path]:
    """The user's real MineralsDesk folders (data, logs, settings), worked out before HOME is moved."""
    import platformdirs

    app = "MineralsDesk"
    return [Path(f(app, appauthor=False)) for f in (platformdirs.user_data_dir, platformdirs.user_log_dir,
                                                    platformdirs.user_config_dir, platformdirs.user_state_dir,
                                                    platformdirs.user_cache_dir)]


def _snapshot(folders: list[Path]) -> dict[str, tuple[int, int]]:
    seen = {}
    for folder in folders:
        for path in folder.rglob("*") if folder.is_dir() else []:
            try:
                info = path.lstat()
            except OSError:
                continue
            seen[str(path)] = (info.st_size, info.st_mtime_ns)
    return seen


_REAL_FOLDERS = _real_app_folders()
_REAL_BEFORE = _snapshot(_REAL_FOLDERS)
# For the whole session (subprocesses too) home and the XDG folders point at a private temporary folder,
# so nothing a test runs can reach the real ones, even after a monkeypatch.undo().
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="mineralsdesk-test-home-"))
for _name, _sub in (("HOME", ""), ("XDG_DATA_HOME", ".local/share"), ("XDG_CONFIG_HOME", ".config"),
                    ("XDG_STATE_HOME", ".local/state"), ("XDG_CACHE_HOME", ".cache"),
                    ("MINERALSDESK_DATA_DIR", "mineralsdesk-data")):
    os.environ[_name] = str(_SESSION_HOME / _sub)
# Logs made by session- and module-scoped fixtures (the demo, big dumps) keep their keys here, never in the
# real user folder; each test's own data folder starts with a copy of those keys.
SESSION_DATA = Path(os.environ["MINERALSDESK_DATA_DIR"])

from mineralsdesk.services.log import Log  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def _real_user_folders_untouched():
    """Fail the run if anything appeared or changed in the user's real MineralsDesk folders meanwhile."""
    yield
    changed = sorted(set(_snapshot(_REAL_FOLDERS).items()) - set(_REAL_BEFORE.items()))
    shutil.rmtree(_SESSION_HOME, ignore_errors=True)
    assert not changed, (f"files appeared in the user's real MineralsDesk folders during the tests: "
                         f"{[p for p, _ in changed][:5]} (a test, or another MineralsDesk run on this machine)")


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory, monkeypatch):
    """Keep the default log, backups and error logs of every test out of the real user folders."""
    data = tmp_path_factory.mktemp("userdata")
    if (SESSION_DATA / "keys").is_dir():
        shutil.copytree(SESSION_DATA / "keys", data / "keys")
    monkeypatch.setenv("MINERALSDESK_DATA_DIR", str(data))


@pytest.fixture
def log(tmp_path: Path):
    """A new empty log with the four partnership parties (ours: EU)."""
    with Log.create(tmp_path / "test.mdesk", log_name="Test log", delegation="EU delegation",
                    user_name="Tester") as opened:
        yield opened


@pytest.fixture
def small_log(log: Log):
    """A log with one track, two rounds and one clause in two versions."""
    track = log.tracks.add("MOU", "US–EU MoU", kind="memorandum", target_date=date(2026, 3, 6), parties=["US", "EU"]).record
    r1 = log.rounds.add(track.id, date(2026, 2, 10), place="Brussels", summary="First round on joint projects").record
    r2 = log.rounds.add(track.id, date(2026, 2, 24), place="Washington", summary="Second round").record
    clause = log.clauses.add(track.id, "Art. 1", "Joint projects",
                            "The Participants [shall / should] identify joint projects [within 30 days].",
                            party="US", round_id=r1.id, topic="joint projects", minerals=["lithium"]).record
    log.clauses.revise(clause.id, "The Participants shall identify joint projects [within 60 days].",
                      round_id=r2.id, party="EU")
    log.ids = {"track": track.id, "r1": r1.id, "r2": r2.id, "clause": clause.id}
    return log


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory) -> Path:
    from mineralsdesk.services.demo import build_demo

    return build_demo(tmp_path_factory.mktemp("demo") / "demo.mdesk")


@pytest.fixture
def demo_path(demo_master: Path, tmp_path: Path) -> Path:
    """A private copy of the demo log for one test."""
    target = tmp_path / "demo.mdesk"
    shutil.copyfile(demo_master, target)
    os.chmod(target, 0o600)
    return target


@pytest.fixture
def demo_log(demo_path: Path):
    with Log.open(demo_path) as opened:
        yield opened


SECRET_MARKERS = ("REDLINE-MARKER-7731", "FALLBACK-MARKER-7732", "INTERNAL-NOTE-MARKER-7733")


@pytest.fixture
def topic_log(log: Log):
    """Two tracks with a clause each on export-restriction exemptions (plus one on another topic), positions of
    both parties, and our red line, fallback and internal note carrying SECRET_MARKERS."""
    mou = log.tracks.add("MOU", "US–EU MoU", parties=["US", "EU"]).record
    usmx = log.tracks.add("USMX", "US–Mexico plan", parties=["US", "MX"]).record
    r1 = log.rounds.add(mou.id, date(2026, 2, 10)).record
    r2 = log.rounds.add(mou.id, date(2026, 2, 24)).record
    rx = log.rounds.add(usmx.id, date(2026, 3, 1)).record
    a = log.clauses.add(mou.id, "Art. 5", "Export exemptions", "Each Participant will exempt the other from "
                        "export duties on raw minerals.", party="US", round_id=r1.id,
                        topic="export-restriction exemptions").record
    b = log.clauses.add(usmx.id, "Art. 1", "Export restrictions", "Each Participant will exempt the other from "
                        "export restrictions on ores.", party="US", round_id=rx.id,
                        topic="export-restriction exemptions").record
    other = log.clauses.add(mou.id, "Art. 2", "Joint projects", "Joint projects text.", party="EU",
                            round_id=r1.id, topic="joint projects").record
    log.positions.set(a.id, "EU", r1.id, "reserves", note="Early view")
    log.positions.set(a.id, "EU", r2.id, "supports", note="Agreed in substance", red_line=SECRET_MARKERS[0],
                      fallback=SECRET_MARKERS[1], internal_note=SECRET_MARKERS[2])
    log.positions.set(a.id, "US", r2.id, "accepts with amendments", note="Wants ores")
    log.positions.set(b.id, "MX", rx.id, "opposes", note="Lithium is reserved")
    log.ids = {"mou": mou.id, "usmx": usmx.id, "a": a.id, "b": b.id, "other": other.id, "r2": r2.id}
    log.secrets = SECRET_MARKERS
    return log
