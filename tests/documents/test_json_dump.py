"""The JSON dump: duplicate keys, the services' rules on every record, audiences and redaction, hostile numbers,
nesting and text, and a byte order mark."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from mineralsdesk.documents.dump.jsondump import dump_document, import_dump, read_dump, write_dump
from mineralsdesk.errors import DumpError, InvalidInputError
from mineralsdesk.services.log import Log

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "mineralsdesk", *args], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=300)


def one_line_refusal(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("mineralsdesk: error: ") and "unexpected" not in lines[0]
    return lines[0]


def dump_dict(log: Log, tmp_path: Path) -> dict:
    return json.loads(write_dump(log, tmp_path / "source.json").read_text(encoding="utf-8"))


def refused(tmp_path: Path, data: dict | str, match: str) -> None:
    """Importing the dump into a new log is refused with `match` and leaves the log exactly as it was."""
    bad = tmp_path / "bad.json"
    bad.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    target = tmp_path / "fresh.mdesk"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    with Log.create(target) as fresh:
        before = fresh.dump()
        with pytest.raises(DumpError, match=match):
            import_dump(fresh, bad)
        assert fresh.dump() == before


# -- 1. duplicate keys and the services' rules ----------------------------------------------------------------

def test_a_second_positions_key_is_refused_naming_it(demo_log: Log, tmp_path: Path):
    text = write_dump(demo_log, tmp_path / "d.json").read_text(encoding="utf-8")
    doubled = text.rstrip().removesuffix("}") + ', "positions": []}\n'
    assert json.loads(doubled)["positions"] == []  # what a plain reader silently takes
    (tmp_path / "dup.json").write_text(doubled, encoding="utf-8")
    cli("--db", str(tmp_path / "new.mdesk"), "init")
    line = one_line_refusal(cli("--db", str(tmp_path / "new.mdesk"), "import", "json", str(tmp_path / "dup.json")))
    assert "'positions' twice" in line
    check = cli("--db", str(tmp_path / "new.mdesk"), "check")
    assert check.returncode == 0 and re.search(r"^positions\s+0$", check.stdout, re.M)


def test_a_duplicate_key_inside_a_record_is_refused(small_log: Log, tmp_path: Path):
    text = json.dumps(dump_dict(small_log, tmp_path))
    refused(tmp_path, text.replace('"title": ', '"title": "first", "title": ', 1), "'title' twice")


def test_red_lines_on_another_partys_position_are_refused_as_the_service_refuses_them(small_log: Log,
                                                                                       tmp_path: Path):
    ids = small_log.ids
    small_log.positions.set(ids["clause"], "US", ids["r2"], "opposes", note="US view")
    data = dump_dict(small_log, tmp_path)
    us = next(i for i, p in enumerate(data["positions"]) if p["party"] == "US")
    data["positions"][us]["red_line"] = "never below 40 percent"
    with pytest.raises(InvalidInputError) as service:
        small_log.positions.set(ids["clause"], "US", ids["r2"], "opposes", red_line="never below 40 percent")
    refused(tmp_path, data, rf"'positions' record {us + 1}: {re.escape(str(service.value))}")


@pytest.mark.parametrize(("mutate", "match"), [
    (lambda d: d["clause_versions"][0].update(text="unbalanced [ bracket"), "'clause_versions' record 1: "),
    (lambda d: d["clause_versions"][0].update(text="  "), "Clause text must not be empty"),
    (lambda d: d["clauses"][0].update(title=""), "Clause title must not be empty"),
    (lambda d: d["tracks"][0].update(parties='["US", "XX"]'), "Unknown party 'XX'"),
    (lambda d: [p.update(is_ours=1) for p in d["parties"]], "Exactly one party must be ours"),
    (lambda d: d["rounds"][0].update(number="1"), "'rounds' record 1, field 'number': a value of the wrong type"),
    (lambda d: d["changes"][0].update(seq="1"), "'changes' entry 1, field 'seq'"),
])
def test_records_breaking_a_service_rule_are_refused(small_log: Log, tmp_path: Path, mutate, match):
    data = dump_dict(small_log, tmp_path)
    mutate(data)
    refused(tmp_path, data, match)


def test_a_round_of_another_track_is_refused(small_log: Log, tmp_path: Path):
    from datetime import date

    other = small_log.tracks.add("RM", "Roadmap", parties=["US", "EU"]).record
    foreign = small_log.rounds.add(other.id, date(2026, 3, 1)).record
    data = dump_dict(small_log, tmp_path)
    data["positions"] = []
    data["clause_versions"][0]["round_id"] = foreign.id
    refused(tmp_path, data, "That round belongs to another track")


# -- 2. audiences ---------------------------------------------------------------------------------------------

MARKERS = {"red_line": "REDLINE-7f3a91", "fallback": "FALLBACK-2b8c44", "internal_note": "INTNOTE-9d1e07"}


@pytest.fixture
def marked_log(small_log: Log) -> Log:
    """A log whose internal-only fields hold unique markers, changed once so old values sit in the change log."""
    ids = small_log.ids
    old = {name: f"OLD-{marker}" for name, marker in MARKERS.items()}
    small_log.positions.set(ids["clause"], "EU", ids["r2"], "reserves", note="public note", **old)
    small_log.positions.set(ids["clause"], "EU", ids["r2"], "reserves", note="public note", **MARKERS)
    small_log.update_settings(user_name="USERNAME-5c2d")
    return small_log


def test_shareable_dump_holds_no_internal_field_now_or_past(marked_log: Log, tmp_path: Path):
    internal = write_dump(marked_log, tmp_path / "i.json").read_text(encoding="utf-8")
    shareable = write_dump(marked_log, tmp_path / "s.json", audience="shareable").read_text(encoding="utf-8")
    for marker in MARKERS.values():
        assert marker in internal and f"OLD-{marker}" in internal  # the search can find them
        assert marker not in shareable
    assert "USERNAME-5c2d" in internal and "USERNAME-5c2d" not in shareable
    data = json.loads(shareable)
    assert data["audience"] == "shareable" and data["marking"] == "" and data["changes"] == []
    assert "public note" in shareable and len(data["positions"]) == len(marked_log.positions.list())
    # Any internal-only field of any record type (model.INTERNAL_ONLY_FIELDS) is empty, not only today's three.
    from mineralsdesk.domain.model import INTERNAL_ONLY_FIELDS
    from mineralsdesk.store.codec import TABLES

    for cls, fields in INTERNAL_ONLY_FIELDS.items():
        assert all(row[name] in ("", "[]", None) for row in data[TABLES[cls]] for name in fields)
    assert data["positions"] and data["clauses"]


def test_internal_dump_says_so_in_its_header_and_the_cli_warns(marked_log: Log, tmp_path: Path):
    data = dump_document(marked_log)
    assert list(data)[:4] == ["format", "format_version", "audience", "marking"]
    assert data["audience"] == "internal" and data["marking"] == "LIMITED — INTERNAL"
    marked_log.close()
    out = tmp_path / "cli.json"
    result = cli("--db", str(marked_log.path), "export", "json", str(out))
    assert result.returncode == 0 and json.loads(out.read_text(encoding="utf-8"))["audience"] == "internal"
    warning = result.stderr.strip().splitlines()
    assert len(warning) == 1 and warning[0].startswith("mineralsdesk: warning: ") and "INTERNAL" in warning[0]
    result = cli("--db", str(marked_log.path), "export", "json", str(tmp_path / "s.json"), "--audience", "shareable")
    assert result.returncode == 0 and result.stderr == ""
    text = (tmp_path / "s.json").read_text(encoding="utf-8")
    assert json.loads(text)["audience"] == "shareable" and not any(m in text for m in MARKERS.values())


def test_shareable_dump_is_refused_by_import(marked_log: Log, tmp_path: Path):
    out = write_dump(marked_log, tmp_path / "s.json", audience="shareable")
    refused(tmp_path, out.read_text(encoding="utf-8"), "is a shareable dump")
    data = json.loads(out.read_text(encoding="utf-8"))
    data["audience"] = "everyone"
    refused(tmp_path, data, "internal or shareable")


def test_a_format_1_dump_without_audience_still_imports(small_log: Log, tmp_path: Path):
    data = dump_dict(small_log, tmp_path)
    for key in ("audience", "marking"):
        data.pop(key)
    data["format_version"] = 1
    (tmp_path / "old.json").write_text(json.dumps(data), encoding="utf-8")
    with Log.create(tmp_path / "fresh.mdesk") as fresh:
        import_dump(fresh, tmp_path / "old.json")
        assert len(fresh.clauses.list()) == 1 and fresh.check().ok


# -- 4. hostile numbers, nesting and text ---------------------------------------------------------------------

@pytest.mark.parametrize(("edit", "match"), [
    (lambda t: t.replace('"rev": 0', '"rev": ' + "9" * 5000, 1), "5,000-digit number"),
    (lambda t: t.replace('"rev": 0', f'"rev": {2**70}', 1), "22-digit number"),
    (lambda t: t.replace('"rev": 0', f'"rev": {2**63}', 1), "too large for a 64-bit integer"),
    (lambda t: t.replace('"rev": 0', '"rev": 1.5', 1), "fraction or exponent"),
    (lambda t: t.replace('"rev": 0', '"rev": NaN', 1), "NaN"),
    (lambda t: t.replace('"note": "', '"note": "\\ud800', 1), "lone surrogate"),
    (lambda t: t.replace('"note": "', '"note": "\\udfff\\ud800', 1), "lone surrogate"),
    (lambda t: t.replace('"note": ""', '"note": ' + "[" * 100_000 + "]" * 100_000, 1), "not a flat object"),
    (lambda t: t.replace('"meta": {', '"meta": ' + "[" * 100_000 + "]" * 100_000 + ', "x": {', 1),
     "'meta' is not an object of plain values"),
    (lambda t: "[" * 100_000 + "]" * 100_000, "not a MineralsDesk JSON dump"),
])
def test_hostile_values_are_refused_in_one_line_by_the_cli(small_log: Log, tmp_path: Path, edit, match):
    small_log.positions.set(small_log.ids["clause"], "US", small_log.ids["r2"], "supports")
    text = json.dumps(dump_dict(small_log, tmp_path), ensure_ascii=False)
    hostile = edit(text)
    assert hostile != text
    (tmp_path / "h.json").write_text(hostile, encoding="utf-8")
    db = tmp_path / "new.mdesk"
    cli("--db", str(db), "init")
    before = cli("--db", str(db), "export", "json", str(tmp_path / "before.json"))
    assert before.returncode == 0
    line = one_line_refusal(cli("--db", str(db), "import", "json", str(tmp_path / "h.json")))
    assert re.search(match, line), line
    cli("--db", str(db), "export", "json", str(tmp_path / "after.json"))
    a, b = (json.loads((tmp_path / n).read_text(encoding="utf-8")) for n in ("before.json", "after.json"))
    a.pop("exported_at"), b.pop("exported_at")
    assert a == b


def test_a_surrogate_pair_is_text_not_a_refusal(small_log: Log, tmp_path: Path):
    small_log.positions.set(small_log.ids["clause"], "US", small_log.ids["r2"], "supports")
    text = json.dumps(dump_dict(small_log, tmp_path), ensure_ascii=True)
    paired = text.replace('"note": "', '"note": "\\ud83e\\udea8', 1)
    assert paired != text
    (tmp_path / "pair.json").write_text(paired, encoding="utf-8")
    with Log.create(tmp_path / "fresh.mdesk") as fresh:
        import_dump(fresh, tmp_path / "pair.json", new_start=True)  # the note was edited outside the app
        assert any("\U0001faa8" in p.note for p in fresh.positions.list())


# -- 5. byte order mark ---------------------------------------------------------------------------------------

def test_a_dump_saved_with_a_byte_order_mark_imports(small_log: Log, tmp_path: Path):
    text = write_dump(small_log, tmp_path / "d.json").read_text(encoding="utf-8")
    (tmp_path / "bom.json").write_text(text, encoding="utf-8-sig")
    assert (tmp_path / "bom.json").read_bytes()[:3] == b"\xef\xbb\xbf"
    assert read_dump(tmp_path / "bom.json")["format"] == "mineralsdesk-log"
    with Log.create(tmp_path / "fresh.mdesk") as fresh:
        import_dump(fresh, tmp_path / "bom.json")
        assert len(fresh.clauses.list()) == 1
