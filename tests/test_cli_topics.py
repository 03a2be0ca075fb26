"""`search --topic` lists a topic's clauses in every track; `compare` prints a redline between two clauses."""

from __future__ import annotations

from pathlib import Path

from mineralsdesk.cli import main


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_search_topic_lists_the_clauses_of_every_track_on_it(demo_path: Path, capsys):
    code, out, err = _run(capsys, "--db", str(demo_path), "search", "--topic", "export-restriction exemptions")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == ["MOU", "USMX"]
    assert lines[0].split()[1:3] == ["Art.", "5"] and " agreed " in lines[0]
    assert "Each Participant will endeavour to exempt" in lines[1]  # the first line of the current text
    code, out, _ = _run(capsys, "--db", str(demo_path), "search", "--topic", "price", "floor")
    assert code == 0 and out and all("price" in line.lower() for line in out.splitlines())


def test_search_topic_with_no_match_says_so_on_stderr(demo_path: Path, capsys):
    code, out, err = _run(capsys, "--db", str(demo_path), "search", "--topic", "stockpiling", "zzzqqq")
    assert code == 0 and out == "" and err.strip() == "No clauses on stockpiling with those words."


def test_an_unknown_topic_is_one_line_listing_the_topics(demo_path: Path, capsys):
    code, out, err = _run(capsys, "--db", str(demo_path), "search", "--topic", "bogus")
    assert code == 1 and out == ""
    assert err.count("\n") == 1
    assert err.startswith("mineralsdesk: error: Unknown topic 'bogus'; topics: joint projects, price support, ")
    assert "export-restriction exemptions" in err and "stockpiling" in err


def test_search_needs_words_or_a_topic(demo_path: Path, capsys):
    code, _out, err = _run(capsys, "--db", str(demo_path), "search")
    assert code == 1 and err.count("\n") == 1 and "--topic" in err


def test_compare_prints_a_word_redline_between_two_clauses(demo_path: Path, capsys):
    code, out, err = _run(capsys, "--db", str(demo_path), "compare", "MOU:Art. 5", "usmx:art.1")
    assert code == 0 and err == ""
    assert out.startswith("Each Participant will endeavour to exempt the other Participant from export [-")
    assert "[-raw -]" in out and "{+ or concentrates+}" in out
    code, out, _ = _run(capsys, "--db", str(demo_path), "compare", "MOU:Art. 5", "MOU:Art. 5")
    assert code == 0 and "[-" not in out and "{+" not in out


def test_compare_with_an_unknown_clause_is_one_line(demo_path: Path, capsys):
    code, out, err = _run(capsys, "--db", str(demo_path), "compare", "MOU:Art. 99", "USMX:Art. 1")
    assert code == 1 and out == "" and err.count("\n") == 1
    assert err.startswith("mineralsdesk: error: No clause 'Art. 99' in MOU; its clauses: Art. 1, Art. 2")
    code, _out, err = _run(capsys, "--db", str(demo_path), "compare", "Art. 5", "USMX:Art. 1")
    assert code == 1 and "TRACK:REF" in err
