"""The demo log built from its data files (mineralsdesk/assets/demo/) holds exactly the content it held when
it was written as Python literals, and a missing or broken data file is told in one line.

demo_fingerprint.json was made from the demo built by the code before the move (the literals of
services/demo_content.py). At the move the whole normalized dump of both builds (every table and the
3,321 change-log entries, ids numbered by first appearance) compared byte for byte equal. After an
intended change to the demo's content, write the fingerprint again and review its diff:

    PYTHONPATH=. python tests/services/test_demo_data.py --write
"""

from __future__ import annotations

import fnmatch
import json
import shutil
import sys
import tomllib
from pathlib import Path

import pytest

from mineralsdesk.assets import ASSETS_DIR
from mineralsdesk.errors import DemoContentError
from mineralsdesk.services import demo_content
from mineralsdesk.services.demo import build_demo
from mineralsdesk.services.demo_content import DEMO_DIR, FILES, load

EXPECTED = Path(__file__).with_name("demo_fingerprint.json")
REPO = Path(__file__).resolve().parents[2]


def _by_json(row: object) -> str:
    return json.dumps(row, ensure_ascii=False, sort_keys=True)


def fingerprint(dump: dict) -> dict:
    """What the demo says, keyed by natural names (track refs, round numbers, clause refs), not by ids."""
    tracks = {t["id"]: t["ref"] for t in dump["tracks"]}
    rounds = {r["id"]: f"{tracks[r['track_id']]} round {r['number']}" for r in dump["rounds"]}
    clauses = {c["id"]: f"{tracks[c['track_id']]} {c['ref']}" for c in dump["clauses"]}
    versions = {v["id"]: v["number"] for v in dump["clause_versions"]}
    anchors = {a["id"]: a["name"] for a in dump["anchors"]}
    commitments = {k["id"]: f"{k['owner']}: {k['text']}" for k in dump["commitments"]}
    clause_versions: dict[str, list] = {}
    for v in sorted(dump["clause_versions"], key=lambda v: v["number"]):
        clause_versions.setdefault(clauses[v["clause_id"]], []).append(
            [v["number"], rounds.get(v["round_id"]), v["party"], v["text"]])
    result = {
        # the change log's length is left out: it follows the log's bookkeeping, not the demo's content
        "counts": {table: len(rows) for table, rows in dump.items() if isinstance(rows, list) and table != "changes"},
        "meta": {key: dump["meta"][key] for key in ("log_name", "delegation", "user_name", "note")},
        "parties": sorted(([p["code"], p["name"], bool(p["is_ours"])] for p in dump["parties"]), key=_by_json),
        "anchors": sorted(([a["name"], a["date"]] for a in dump["anchors"]), key=_by_json),
        "tracks": {t["ref"]: [t["title"], t["kind"], t["target_date"], json.loads(t["parties"]), t["description"]]
                   for t in sorted(dump["tracks"], key=lambda t: t["ref"])},
        "rounds": {rounds[r["id"]]: [r["date"], r["place"], bool(r["video"]), r["participants"], r["summary"],
                                     r["outcomes"], bool(r["illustrative"])]
                   for r in sorted(dump["rounds"], key=lambda r: rounds[r["id"]])},
        "attachments": sorted(([a["target_kind"], a["name"], a["sha256"], a["size"], a["media_type"], a["audience"]]
                               for a in dump.get("attachments", [])), key=_by_json),
        "actions": sorted(([rounds[a["round_id"]], a["owner"], a["text"], a["due"], bool(a["done"])]
                           for a in dump["actions"]), key=_by_json),
        "clauses": {clauses[c["id"]]: {"title": c["title"], "topic": c["topic"],
                                       "minerals": json.loads(c["minerals"]), "status": c["status"],
                                       "illustrative": bool(c["illustrative"]),
                                       "versions": clause_versions[clauses[c["id"]]]}
                    for c in sorted(dump["clauses"], key=lambda c: clauses[c["id"]])},
        "brackets": sorted(([clauses[b["clause_id"]], versions[b["version_id"]], b["text"], b["proposer"],
                             json.loads(b["supporters"]), json.loads(b["objectors"]), rounds.get(b["round_id"]),
                             rounds.get(b["resolved_round_id"])] for b in dump["brackets"]), key=_by_json),
        "positions": sorted(([clauses[p["clause_id"]], p["party"], rounds[p["round_id"]], p["stance"], p["note"],
                              p["red_line"], p["fallback"], p["internal_note"]] for p in dump["positions"]),
                            key=_by_json),
        "commitments": sorted(([k["owner"], k["text"], k["source_kind"], k["source"], tracks.get(k["track_id"]),
                                k["due_date"], anchors.get(k["anchor_id"]), k["offset_days"], k["offset_months"],
                                k["due"], k["state"]] for k in dump["commitments"]), key=_by_json),
        "assessments": sorted(([commitments[a["commitment_id"]], a["party"], a["score"], a["kind"], a["evidence"],
                                a["date"], a["audience"]] for a in dump["assessments"]), key=_by_json),
        "comments": sorted(([c["target_kind"], {**rounds, **clauses}.get(c["target_id"]), c["text"], c["at"],
                             c["audience"], bool(c["resolved"]), c["parent_id"] is not None]
                            for c in dump.get("comments", [])), key=_by_json),
    }
    return json.loads(json.dumps(result, ensure_ascii=False))  # tuples and the like as JSON would read them


def test_demo_content_is_what_it_was(demo_log):
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    actual = fingerprint(demo_log.dump())
    assert actual["counts"] == expected["counts"]
    for part in expected:  # one part at a time, so a failure names what diverged
        assert actual[part] == expected[part], f"the demo's {part} differ from {EXPECTED.name}"
    assert actual.keys() == expected.keys()


def test_data_files_are_utf8_json_objects():
    assert sorted(p.name for p in DEMO_DIR.glob("*.json")) == sorted(FILES)
    for name in FILES:
        raw = (DEMO_DIR / name).read_bytes()
        assert isinstance(json.loads(raw.decode("utf-8")), dict)
    assert "経済産業省" in (DEMO_DIR / "rounds.json").read_text(encoding="utf-8")  # written as is, not \\u-escaped


def test_the_package_data_glob_ships_the_demo_files():
    # tests/test_wheel.py builds the wheel and checks every file under assets/ is in it; this is the quick check.
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    globs = pyproject["tool"]["setuptools"]["package-data"]["mineralsdesk"]
    package = ASSETS_DIR.parent
    for name in FILES:
        inside = (DEMO_DIR / name).relative_to(package).as_posix()
        assert any(fnmatch.fnmatch(inside, pattern) for pattern in globs), inside


@pytest.fixture
def demo_copy(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "demo-data"
    shutil.copytree(DEMO_DIR, folder)
    monkeypatch.setattr(demo_content, "DEMO_DIR", folder)
    return folder


def _edit(path: Path, change) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


BREAKAGES = {
    "missing file": ("clauses.json", lambda p: p.unlink(), "clauses.json is missing"),
    "not JSON": ("rounds.json", lambda p: p.write_text('{"rounds": [', encoding="utf-8"),
                 "rounds.json is not valid JSON (line 1, column 13"),
    "not UTF-8": ("log.json", lambda p: p.write_bytes(b'{"log_name": "\xff"}'), "log.json is not UTF-8 text"),
    "missing key": ("commitments.json", lambda p: _edit(p, lambda d: d.pop("assessments")),
                    "commitments.json has no 'assessments'"),
    "bad date": ("rounds.json", lambda p: _edit(p, lambda d: d["rounds"][2].update(date="2026-13-01")),
                 "rounds[2].date is '2026-13-01', not a date written YYYY-MM-DD"),
    "unknown round": ("clauses.json",
                      lambda p: _edit(p, lambda d: d["clauses"][0]["positions"][0].update(round="mou-9")),
                      "clauses[0].positions[0].round is 'mou-9', which names none of the rounds"),
    "missing field": ("clauses.json", lambda p: _edit(p, lambda d: d["clauses"][4].pop("title")),
                      "clauses[4] has no 'title'"),
    "misspelt field": ("log.json", lambda p: _edit(p, lambda d: d["tracks"][0].update(titel="x")),
                       "tracks[0] has an unknown field 'titel'"),
    "wrong type": ("commitments.json", lambda p: _edit(p, lambda d: d["assessments"][0].update(score="1")),
                   "assessments[0].score must be a whole number"),
    "unknown status": ("clauses.json", lambda p: _edit(p, lambda d: d["clauses"][0].update(status="signed")),
                       "has the status 'signed'"),
}


@pytest.mark.parametrize("breakage", BREAKAGES)
def test_a_broken_data_file_is_one_clear_line(demo_copy, tmp_path, breakage):
    name, damage, words = BREAKAGES[breakage]
    damage(demo_copy / name)
    target = tmp_path / "demo.mdesk"
    with pytest.raises(DemoContentError) as caught:
        build_demo(target)
    message = str(caught.value)
    assert message.startswith("cannot build the demo log: ") and "\n" not in message
    assert words in message
    assert not target.exists() and list(tmp_path.glob("demo.mdesk*")) == []


def test_the_command_line_says_it_in_one_line(demo_copy, tmp_path, capsys):
    from mineralsdesk.cli import EXIT_ERROR, main

    (demo_copy / "commitments.json").unlink()
    target = tmp_path / "demo.mdesk"
    assert main(["--db", str(target), "init", "--demo"]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("mineralsdesk: error: cannot build the demo log: its data file ")
    assert err.rstrip().endswith("commitments.json is missing (reinstall MineralsDesk)")
    assert not target.exists()


def test_load_reads_the_shipped_files():
    content = load()
    assert content.our_party == "EU" and {p["code"] for p in content.parties} == {"US", "EU", "JP", "MX"}
    assert len(content.clauses) == 25 and len(content.commitments) == 12


def _write_expected() -> None:
    import os
    import tempfile

    from mineralsdesk.services.log import Log

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["MINERALSDESK_DATA_DIR"] = tmp  # the throwaway log's key stays out of the user's folder
        with Log.open(build_demo(Path(tmp) / "demo.mdesk"), readonly=True) as log:
            data = fingerprint(log.dump())
    EXPECTED.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {EXPECTED}")


if __name__ == "__main__" and sys.argv[1:] == ["--write"]:
    _write_expected()
