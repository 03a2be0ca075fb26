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
    # The command line speaks the environment's language: the tests expect English unless they ask for another.
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


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


@pytest.fixture
def scored_log(log: Log) -> Log:
    """Three rounds of one track: two clauses, brackets opened and closed, stances moving, our fallbacks, minutes.

    Brackets: r1 opens 3 ([shall / should], [within 30 days], [may]); r2 closes the first two and opens
    [within 60 days] and [and report]; r3 closes those two.
    Stances (ours EU; rank supports 0 ... opposes 3):
      A: EU supports at r1 (fallback "within sixty days") and r3; US opposes r1 -> reserves r2 (towards: 3 -> 2
         from our 0) -> supports r3 (towards); JP supports r1 -> opposes r2 (away) -> no position r3 (uncounted).
      B: EU opposes at r1 (fallback "Coordinate stockpiles") -> reserves at r2 (a fallback used: more accepting);
         US supports r1 -> opposes r2: distance to our r2 stance (reserves, 2) goes 2 -> 1, towards.
    Fallbacks used: r2 1 (B, stance), r3 1 (A, the r3 text holds "within sixty days").
    Interventions: r2 US 2, JP 1; r3 US 1; one in another track never counts.
    """
    t = log.tracks.add("MOU", "MoU", parties=["US", "EU", "JP"]).record
    r1, r2, r3 = (log.rounds.add(t.id, date(2026, 2, d)).record for d in (3, 10, 17))
    a = log.clauses.add(t.id, "Art. 1", "Projects", "The Participants [shall / should] identify projects "
                        "[within 30 days].", party="US", round_id=r1.id).record
    log.clauses.revise(a.id, "The Participants shall identify projects [within 60 days] [and report].",
                       round_id=r2.id, party="EU")
    log.clauses.revise(a.id, "The Participants shall identify joint projects within sixty days and report.",
                       round_id=r3.id, party="US")
    b = log.clauses.add(t.id, "Art. 2", "Stockpiles", "Stockpiles [may] be shared.", party="EU",
                        round_id=r1.id).record
    log.positions.set(a.id, "EU", r1.id, "supports", fallback="Within sixty days")
    log.positions.set(a.id, "EU", r3.id, "supports")
    for rnd, stance in ((r1, "opposes"), (r2, "reserves"), (r3, "supports")):
        log.positions.set(a.id, "US", rnd.id, stance)
    for rnd, stance in ((r1, "supports"), (r2, "opposes"), (r3, "no position")):
        log.positions.set(a.id, "JP", rnd.id, stance)
    log.positions.set(b.id, "EU", r1.id, "opposes", fallback="Coordinate stockpiles")
    log.positions.set(b.id, "EU", r2.id, "reserves")
    log.positions.set(b.id, "US", r1.id, "supports")
    log.positions.set(b.id, "US", r2.id, "opposes")
    log.minutes.add(r2.id, a.id, "US", "objects", "Too long")
    log.minutes.add(r2.id, b.id, "US", "supports")
    log.minutes.add(r2.id, a.id, "JP", "reserves")
    log.minutes.add(r3.id, a.id, "US", "supports")
    other = log.tracks.add("RM", "Roadmap", parties=["US", "EU"]).record
    ro = log.rounds.add(other.id, date(2026, 2, 10)).record
    oc = log.clauses.add(other.id, "Art. 1", "Other", "Text.", party="EU", round_id=ro.id).record
    log.minutes.add(ro.id, oc.id, "US", "objects")
    log.ids = {"track": t.id, "other": other.id, "a": a.id, "r2": r2.id}
    return log
