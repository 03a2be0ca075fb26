"""`mineralsdesk export docx` as a user runs it: the file, its options, and one-line refusals."""

from __future__ import annotations

from word_xml import changes, document, parts, w

from mineralsdesk.cli import main


def test_export_docx_with_compare_paper_and_marking(demo_path, tmp_path, capsys):
    out = tmp_path / "mou.docx"
    code = main(["--db", str(demo_path), "export", "docx", str(out), "--track", "MOU", "--compare", "2", "4",
                 "--paper", "letter", "--marking", "EYES ONLY", "--audience", "shareable"])
    assert code == 0 and f"Wrote {out}" in capsys.readouterr().out
    root = document(out)
    assert {a for _k, a, _d in changes(root)} == {"US", "EU"} and {d for *_x, d in changes(root)} == {
        "2026-03-04T00:00:00Z"}
    assert root.find(f"{w('body')}/{w('sectPr')}/{w('pgSz')}").get(w("w")) == "12240"
    every = parts(out)
    assert "EYES ONLY" in every["word/header1.xml"] and "word/comments.xml" not in every


def test_refusals_are_one_line_and_write_nothing(demo_path, tmp_path, capsys):
    cases = [(["--compare", "4", "2"], "earlier round"), (["--compare", "1", "7"], "no round 7"),
             (["--track", "NOPE"], "No track 'NOPE'")]
    for extra, words in cases:
        args = ["--db", str(demo_path), "export", "docx", str(tmp_path / "x.docx")]
        args += extra if "--track" in extra else ["--track", "MOU", *extra]
        assert main(args) == 1
        err = capsys.readouterr().err
        assert words in err and err.count("\n") == 1
    assert main(["--db", str(demo_path), "export", "docx", str(tmp_path / "x.pdf"), "--track", "MOU"]) == 1
    assert ".docx" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".docx", ".pdf")] == []
