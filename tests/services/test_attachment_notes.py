"""Why an attached file is not indexed: stored as the note's English source text, told in the language it is shown
in (the command line here, the app's panel in tests/gui/test_attachments_panel.py); an older log's notes too."""

from __future__ import annotations

from pathlib import Path

import pytest
from attachment_files import MALFORMED_PDF, notes_catalogue

from mineralsdesk import cli, i18n
from mineralsdesk.services import extract
from mineralsdesk.services.log import Log


@pytest.fixture(autouse=True)
def catalogue(monkeypatch):
    notes_catalogue(monkeypatch)


def test_the_log_keeps_the_english_source_text_of_every_note():
    assert extract.extract(b"", "empty.pdf").note == extract.EMPTY
    unreadable = extract.extract(MALFORMED_PDF, "broken.pdf").note
    assert unreadable.startswith("could not be read (") and unreadable.endswith("): not indexed")
    assert all(note == i18n.QT_TRANSLATE_NOOP("Attachment notes", note) for note in extract.NOTES)


@pytest.mark.parametrize(("stored", "french"), [
    ("empty file (0 bytes): nothing to index", "fichier vide (0 octet) : rien à indexer"),
    ("could not be read (PdfReadError): not indexed", "illisible (PdfReadError) : non indexé"),
    ("suspicious file (12000 parts): not indexed", "fichier suspect (12000 parties) : non indexé"),
    ("only the first 2,000,000 characters are indexed", "seuls les 2,000,000 premiers caractères sont indexés"),
    ("encrypted PDF (needs a password): stored, not indexed", "PDF chiffré (mot de passe requis) : conservé, non indexé"),
])
def test_a_stored_note_old_or_new_is_shown_translated(stored, french):
    assert extract.shown_note(stored, "fr") == french
    assert extract.shown_note(stored, "en") == stored


@pytest.mark.parametrize("stored", ["-", "", "a note from another tool", "could not be read"])
def test_a_note_that_is_none_of_the_known_texts_shows_as_stored(stored):
    assert extract.shown_note(stored, "fr") == stored


@pytest.fixture
def attached(small_log: Log, tmp_path: Path) -> Path:
    (tmp_path / "empty.pdf").write_bytes(b"")
    (tmp_path / "broken.pdf").write_bytes(MALFORMED_PDF)
    for name in ("empty.pdf", "broken.pdf"):
        small_log.attachments.add(tmp_path / name, target_kind="clause", target_id=small_log.ids["clause"])
    path = small_log.path
    small_log.close()
    return path


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_line_lists_the_notes_in_its_language(attached: Path, capsys):
    code, out, _ = _run(capsys, "--db", str(attached), "--lang", "fr", "attachments")
    assert code == 0, out
    lines = {line.split()[1]: line for line in out.splitlines()}
    assert lines["empty.pdf"].endswith("fichier vide (0 octet) : rien à indexer")
    assert lines["broken.pdf"].rstrip().endswith(") : non indexé") and "illisible (" in lines["broken.pdf"]
    code, out, _ = _run(capsys, "--db", str(attached), "--lang", "en", "attachments")
    assert code == 0 and "empty file (0 bytes): nothing to index" in out and "could not be read (" in out


def test_attach_says_why_in_its_language(small_log: Log, tmp_path: Path, capsys):
    path = small_log.path
    small_log.close()
    (tmp_path / "empty.pdf").write_bytes(b"")
    code, out, _ = _run(capsys, "--db", str(path), "--lang", "fr", "attach", str(tmp_path / "empty.pdf"), "--to",
                        "track", "MOU")
    assert code == 0 and out.rstrip().endswith("fichier vide (0 octet) : rien à indexer"), out
