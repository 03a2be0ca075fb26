"""The round room on the command line: roster, minutes and their proposals, comments, owners; one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from mineralsdesk.cli import main
from mineralsdesk.services.log import Log


@pytest.fixture
def db(small_log: Log) -> Path:
    path = small_log.path
    small_log.close()
    return path


def md(db: Path, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_roster_minutes_apply_comments_assign(db: Path, capsys):
    assert md(db, capsys, "members", "add", "Ana Ruiz", "--role", "lawyer", "--initials", "ar")[0] == 0
    code, out, _ = md(db, capsys, "members")
    assert code == 0 and out.startswith("AR\tAna Ruiz\tlawyer")
    code, out, _ = md(db, capsys, "minutes", "add", "--round", "MOU 2", "--clause", "Art. 1", "--party", "us",
                      "--signal", "objects", "--by", "AR", "Sixty days is too long")
    assert code == 0 and out.strip() == "Noted #1: US objects Art. 1"
    md(db, capsys, "minutes", "add", "--round", "MOU 2", "--clause", "Art. 1", "--bracket", "1", "--party", "US",
       "--signal", "objects")
    code, out, _ = md(db, capsys, "minutes", "--round", "MOU 2")
    assert code == 0 and "Sixty days is too long" in out and len(out.splitlines()) == 2
    code, out, _ = md(db, capsys, "minutes", "apply", "--round", "MOU 2")
    assert code == 0 and "US opposes Art. 1" in out and "--yes" in out
    code, out, _ = md(db, capsys, "minutes", "apply", "--round", "MOU 2", "--yes")
    assert code == 0 and "Applied 2 change(s)" in out
    code, out, _ = md(db, capsys, "minutes", "apply", "--round", "MOU 2", "--yes")
    assert code == 0 and out.startswith("Nothing to apply")
    code, out, _ = md(db, capsys, "comment", "add", "--on", "clause", "MOU Art. 1", "Check with capital", "--by", "ar")
    assert code == 0 and out.endswith("(internal)\n")
    root = out.split()[1]
    code, out, _ = md(db, capsys, "comment", "add", "--on", "clause", "Art. 1", "Done", "--reply-to", root,
                      "--shareable")
    assert code == 0 and "(shareable)" in out
    assert md(db, capsys, "comment", "resolve", root)[0] == 0
    code, out, _ = md(db, capsys, "comments", "--on", "clause", "Art. 1")
    assert code == 0 and "[resolved]" in out and "  > " in out and "AR" in out
    assert md(db, capsys, "assign", "clause", "Art. 1", "ar")[0] == 0
    with Log.open(db) as log:
        clause = log.clauses.list()[0]
        assert clause.owner == log.members.by_initials("AR").id
        assert {p.party for p in log.positions.list(clause.id)} == {"US"}


@pytest.mark.parametrize("args, message", [
    (["minutes", "add", "--round", "MOU 2", "--clause", "Art. 99", "--party", "US", "--signal", "objects"],
     "No clause 'Art. 99'"),
    (["minutes", "add", "--round", "MOU 9", "--clause", "Art. 1", "--party", "US", "--signal", "objects"],
     "No round 'MOU 9'"),
    (["minutes", "add", "--round", "MOU 2", "--clause", "Art. 1", "--party", "US", "--signal", "shouts"],
     "Unknown signal"),
    (["minutes"], "give the round"),
    (["assign", "clause", "Art. 1", "ZZ"], "No delegation member 'ZZ'"),
    (["comment", "add", "--on", "clause", "Art. 1", "x", "--reply-to", "nope"], "No comment with id nope"),
    (["comment", "add", "--on", "planet", "Mars", "x"], "A comment goes on a"),
    (["members", "add", "Bad", "--initials", "12"], "1 to 4 letters"),
])
def test_errors_are_one_line(db: Path, capsys, args: list[str], message: str):
    code, _, err = md(db, capsys, *args)
    assert code == 1 and len(err.strip().splitlines()) == 1 and message in err
