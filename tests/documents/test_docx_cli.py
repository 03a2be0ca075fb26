"""`import docx` as a user runs it: dry run writes nothing, refusals are one line with the log untouched, the
author map is asked once, and the demo's chair's draft previews against the demo log."""

from __future__ import annotations

import hashlib
from pathlib import Path

from word_support import TWO_AUTHORS, docx_of, mou_track

import mineralsdesk.assets
from mineralsdesk.cli import main
from mineralsdesk.documents.draft import preview as dp
from mineralsdesk.documents.word.docx_in import read_docx
from mineralsdesk.services import author_map
from mineralsdesk.services.log import Log

DEMO_DRAFT = Path(mineralsdesk.assets.__file__).parent / "demo" / "chair_draft_mou.docx"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _log_file(tmp_path: Path) -> Path:
    path = tmp_path / "mou.mdesk"
    with Log.create(path) as log:
        mou_track(log)
    return path


def _import_backups(db: Path) -> int:
    from mineralsdesk.services.backups import list_backups

    return sum(b.reason == "before import" for b in list_backups(db))


def test_dry_run_writes_nothing_then_import_asks_for_unknown_authors_once(tmp_path, capsys):
    db = _log_file(tmp_path)
    before = _digest(db)
    args = ["--db", str(db), "import", "docx", str(TWO_AUTHORS), "--track", "MOU", "--round", "2"]
    assert main([*args, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Article 1 Joint projects -> Art. 1 (by ref, 1.00)" in out and "dry run: nothing was written" in out
    assert "No party yet for: EU Delegation, US Delegation" in out
    assert _digest(db) == before and _import_backups(db) == 0
    assert main(args) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "'EU Delegation', 'US Delegation'" in err
    assert _digest(db) == before
    assert main([*args, "--author", "EU Delegation=eu", "--author", "US Delegation=US"]) == 0
    assert "Imported: 2 new version(s)" in capsys.readouterr().out
    assert _import_backups(db) == 1
    with Log.open(db, readonly=True) as log:
        assert author_map.author_map(log) == {"EU Delegation": "EU", "US Delegation": "US"}
        art2 = next(c for c in log.clauses.list() if c.ref == "Art. 2")
        assert [v.party for v in log.clauses.versions(art2.id)] == ["EU", "US"]
    # The map is remembered: the next import needs no --author.
    assert main([*args, "--dry-run"]) == 0
    assert "No party yet" not in capsys.readouterr().out


def test_refusals_are_one_line_and_leave_the_log_untouched(tmp_path, capsys):
    db = _log_file(tmp_path)
    before = _digest(db)
    plain = docx_of(tmp_path, [("Nothing here", None)])
    bad = tmp_path / "bad.docx"
    bad.write_text("not a zip")
    for file, extra, words in ((plain, [], "no recognisable articles"), (bad, [], "not a Word document"),
                               (TWO_AUTHORS, ["--round", "9"], "No round '9'"),
                               (TWO_AUTHORS, ["--author", "EU Delegation=XX"], "Unknown party 'XX'"),
                               (TWO_AUTHORS, ["--author", "nonsense"], "NAME=PARTY")):
        args = ["--db", str(db), "import", "docx", str(file), "--track", "MOU", "--round", "2", *extra]
        assert main(args) == 1
        err = capsys.readouterr().err.strip()
        assert err.count("\n") == 0 and words in err, err
    assert _digest(db) == before and _import_backups(db) == 0


def test_demo_chair_draft_previews_against_the_demo_log(demo_log):
    draft = read_docx(DEMO_DRAFT)
    assert draft.authors == {"US Delegation"}
    preview = dp.build_preview(demo_log, draft, "MOU")
    assert len(preview.articles) == len(demo_log.clauses.list(demo_log.tracks.by_ref("MOU").id))
    assert all(p.method == "ref" for p in preview.articles) and preview.absent == []
    changed = {p.article.ref for p in preview.of_kind("changed")}
    assert changed == {"Art. 2", "Art. 10"}
    art2 = next(p for p in preview.articles if p.article.ref == "Art. 2")
    assert "[-will-]{+shall+}" in dp.render(art2.redline)
    art10 = next(p for p in preview.articles if p.article.ref == "Art. 10")
    assert art10.brackets_resolved and not art10.brackets_created
    art3 = next(p for p in preview.articles if p.article.ref == "Art. 3")
    assert "{+ in cooperation with like-minded partners+}" in dp.render(art3.proposals["US Delegation"])
