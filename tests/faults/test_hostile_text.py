"""Hostile and odd text goes in through the services and the CLI and comes out of the JSON export unharmed."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from faultkit import HOSTILE, ROOT, assert_imported
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mineralsdesk.documents.dump.jsondump import import_dump, write_dump
from mineralsdesk.errors import InvalidInputError
from mineralsdesk.services.log import Log

# One bracket in a megabyte of text: 15,000 of them would make a dump over the 32 MB an import accepts
# (each bracket is a record with its creation entries), which export refuses in one line (test_json_limits).
MEGABYTE_CLAUSE = "The Participants [shall / should] cooperate. " + ("Stockpiles of lithium are shared. " * 30000)[:999_950]
SECRET = "SECRET-RED-LINE-7731"


def _fill_hostile(log: Log) -> None:
    track = log.tracks.add("ODD", "Odd text " + HOSTILE[0], parties=["US", "EU"], description=HOSTILE[5]).record
    rnd = log.rounds.add(track.id, date(2026, 2, 10), place=HOSTILE[2], summary="\n".join(HOSTILE)).record
    for i, text in enumerate(HOSTILE):
        # Square brackets in clause text mark unagreed wording, so stray ones go in titles and notes only.
        body = text.replace("[", "(").replace("]", ")")
        clause = log.clauses.add(track.id, f"Art. {i} {text}", text or "-", f"{body} [shall / should]",
                                party="US", round_id=rnd.id).record
        log.positions.set(clause.id, "EU", rnd.id, "reserves", note=text, red_line=text, internal_note=text)
        log.actions.add(rnd.id, "US", text)
    log.clauses.add(track.id, "Art. 1MB", "A one-megabyte clause", MEGABYTE_CLAUSE, party="EU", round_id=rnd.id)


def test_hostile_text_round_trips_through_services_and_json(log: Log, tmp_path: Path):
    _fill_hostile(log)
    stored = {v.text for c in log.clauses.list() for v in log.clauses.versions(c.id)}
    assert {t.replace("[", "(").replace("]", ")") + " [shall / should]" for t in HOSTILE} <= stored
    assert {t.strip() for t in HOSTILE} <= {c.title for c in log.clauses.list()}  # titles are trimmed, nothing else
    assert max(len(v.text) for c in log.clauses.list() for v in log.clauses.versions(c.id)) == len(MEGABYTE_CLAUSE)
    out = write_dump(log, tmp_path / "dump.json")
    with Log.create(tmp_path / "copy.mdesk") as copy:
        import_dump(copy, out)
        assert_imported(copy.dump(), log.dump())
        assert copy.check().ok


def test_hostile_text_through_the_cli(log: Log, tmp_path: Path):
    _fill_hostile(log)
    log.close()
    dump = tmp_path / "in.json"
    with Log.open(log.path, readonly=True) as source:
        write_dump(source, dump)
        expected = source.dump()
    target = tmp_path / "cli.mdesk"
    cli = [sys.executable, "-m", "mineralsdesk", "--db", str(target)]
    for args in (["init"], ["import", "json", str(dump)], ["export", "json", str(tmp_path / "out.json")],
                 ["check"]):
        result = subprocess.run(cli + args, capture_output=True, text=True, cwd=ROOT)
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
    out = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    for table in ("clauses", "clause_versions", "positions", "rounds", "actions"):
        assert out[table] == expected[table]
    assert out["changes"][:len(expected["changes"])] == expected["changes"]
    for query in HOSTILE:
        result = subprocess.run(cli + ["search", "--", query.replace("\x00", "")], capture_output=True, text=True, cwd=ROOT)
        assert result.returncode in (0, 1) and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) <= 1


@pytest.mark.slow
def test_thousands_of_clauses_in_one_track(log: Log, tmp_path: Path):
    from faultkit import fill

    from mineralsdesk.errors import ExportError

    # With every record's creation entries in the history, about 26 KB of dump per filled clause: 1,000 fit.
    fill(log, 1_000)
    out = write_dump(log, tmp_path / "big.json")
    with Log.create(tmp_path / "copy.mdesk") as copy:
        import_dump(copy, out)
        assert len(copy.clauses.list()) == 1_000 and copy.check().ok
    # Past the dump's size limit (docs/json-format.md) the export refuses, naming the way that works: a backup.
    fill(log, 9_000, track_ref="BIG2")
    with pytest.raises(ExportError, match="mineralsdesk backup"):
        write_dump(log, tmp_path / "bigger.json")
    assert not (tmp_path / "bigger.json").exists()
    with Log.open(log.backup(tmp_path / "big.mdesk"), readonly=True) as copy:
        assert len(copy.clauses.list()) == 10_000 and copy.check().ok


def test_errors_never_carry_the_text_of_a_clause(small_log: Log, tmp_path: Path):
    track = small_log.ids["track"]
    # A bracket error names the position only; no clause text reaches a message.
    with pytest.raises(InvalidInputError) as err:
        small_log.clauses.add(track, "Art. 5", "Secret", "[unbalanced " + SECRET, party="EU")
    assert SECRET not in str(err.value) and "unbalanced" not in str(err.value)
    dump = small_log.dump()
    dump["clause_versions"][0]["number"] = f"{SECRET}"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"format": "mineralsdesk-log", "format_version": 1, **dump}), encoding="utf-8")
    small_log.close()
    fresh = tmp_path / "fresh.mdesk"
    Log.create(fresh).close()
    result = subprocess.run([sys.executable, "-m", "mineralsdesk", "--db", str(fresh), "import", "json", str(path)],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 1 and SECRET not in result.stderr and "Traceback" not in result.stderr


# Any text a keyboard, a paste from Word or a file can hold (lone surrogates cannot be stored as UTF-8).
ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)
CLAUSE_TEXT = ANY_TEXT.filter(lambda t: "[" not in t and "]" not in t and t.strip())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=ANY_TEXT.filter(str.strip), text=CLAUSE_TEXT, note=ANY_TEXT, red=ANY_TEXT, summary=ANY_TEXT,
       place=ANY_TEXT, commitment=ANY_TEXT.filter(str.strip))
def test_random_text_in_every_field_round_trips_through_json(tmp_path_factory, title, text, note, red, summary,
                                                              place, commitment):
    folder = tmp_path_factory.mktemp("prop")
    with Log.create(folder / "a.mdesk") as log:
        track = log.tracks.add("T", title, description=note).record
        rnd = log.rounds.add(track.id, date(2026, 2, 10), place=place, summary=summary, outcomes=note).record
        clause = log.clauses.add(track.id, title, title, text, party="US", round_id=rnd.id).record
        log.positions.set(clause.id, "EU", rnd.id, "supports", note=note, red_line=red, fallback=red,
                         internal_note=note)
        log.commitments.add("US", commitment, source_kind="statement", source=note)
        out = write_dump(log, folder / "d.json")
        original = log.dump()
    with Log.create(folder / "b.mdesk") as copy:
        import_dump(copy, out)
        back = copy.dump()
    for table in ("tracks", "rounds", "clauses", "clause_versions", "positions", "commitments"):
        assert back[table] == original[table]
    assert back["changes"][:len(original["changes"])] == original["changes"]
    assert back["clause_versions"][0]["text"] == text
