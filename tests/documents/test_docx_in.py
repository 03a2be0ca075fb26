"""Reading Word drafts: articles, accepted text and each author's proposals, and the files refused."""

from __future__ import annotations

import zipfile

import pytest
from word_support import INLINE_REFS, TWO_AUTHORS, docx_of, rezip

from mineralsdesk.documents.word.docx_in import read_docx
from mineralsdesk.errors import ImportRefused


def test_libreoffice_two_authors_gives_accepted_text_and_each_authors_proposal():
    draft = read_docx(TWO_AUTHORS)
    assert draft.authors == {"EU Delegation", "US Delegation"}
    assert [(a.ref, a.title) for a in draft.articles] == [
        ("Article 1", "Joint projects"), ("Article 2", "Price support"), ("Article 3", "Stockpiling")]
    first, second, third = draft.articles
    assert first.text == "The Participants shall identify joint projects [within 60 days]."
    assert first.by_author == {"EU Delegation": "The Participants shall identify joint projects [within 90 days]."}
    assert second.text.startswith("The Participants should consider [a price floor / a reference price]")
    assert second.by_author["US Delegation"].startswith("The Participants shall consider")
    assert third.by_author == {}
    assert len(draft.sha256) == 64


def test_libreoffice_inline_refs_and_an_article_only_proposed():
    draft = read_docx(INLINE_REFS)
    assert [(a.ref, a.title) for a in draft.articles] == [
        ("Art. 1", "Joint projects"), ("Art. 2", "Stockpiling"), ("Art. 5", "Research")]
    assert draft.articles[1].text == "The Participants shall coordinate stockpiles promptly."
    assert draft.articles[1].by_author == {"JP Delegation": "The Participants shall coordinate stockpiles."}
    new = draft.articles[2]
    assert new.text == ""
    assert new.by_author == {"EU Delegation": "The Participants shall cooperate on research into recycling."}


def test_numbered_paragraphs_headings_and_titles_on_the_next_line(tmp_path):
    numbered = docx_of(tmp_path, [("Chair's text", "Title"), ("1. Joint projects", None), ("The Parties agree.", None),
                                  ("2. The Parties shall cooperate on research into recycling of magnets.", None)])
    arts = read_docx(numbered).articles
    assert [(a.ref, a.title, a.text) for a in arts] == [
        ("1", "Joint projects", "The Parties agree."),
        ("2", "", "The Parties shall cooperate on research into recycling of magnets.")]
    next_line = docx_of(tmp_path, [("Article 7", "Heading 2"), ("Response group", "Heading 3"),
                                   ("A group is set up.", None), ("Article 5 of the MoU applies.", None)], "b.docx")
    (only,) = read_docx(next_line).articles
    assert (only.ref, only.title, only.text) == ("Article 7", "Response group",
                                                 "A group is set up.\nArticle 5 of the MoU applies.")
    headings = docx_of(tmp_path, [("Joint projects", "Heading 1"), ("Text one.", None),
                                  ("Stockpiling", "Heading 1"), ("Text two.", None)], "c.docx")
    assert [(a.ref, a.title, a.text) for a in read_docx(headings).articles] == [
        ("Joint projects", "Joint projects", "Text one."), ("Stockpiling", "Stockpiling", "Text two.")]


def _refusal(path) -> str:
    """The one-line message refusing `path`."""
    with pytest.raises(ImportRefused) as caught:
        read_docx(path)
    message = str(caught.value)
    return message if "\n" not in message else "(more than one line)"


def test_hostile_and_wrong_files_are_refused_in_one_line(tmp_path):
    text = tmp_path / "notes.docx"
    text.write_text("just text")
    assert "is not a Word document" in _refusal(text)
    other_zip = tmp_path / "other.docx"
    with zipfile.ZipFile(other_zip, "w") as zf:
        zf.writestr("a.txt", "x")
    assert "zip file but not a Word document" in _refusal(other_zip)
    old_doc = tmp_path / "old.doc"
    old_doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert "old-style Word .doc" in _refusal(old_doc)
    assert "macro-enabled" in _refusal(rezip(TWO_AUTHORS, tmp_path / "macro.docx", add={"word/vbaProject.bin": b"\0" * 100}))
    with zipfile.ZipFile(TWO_AUTHORS) as zf:
        types = zf.read("[Content_Types].xml")
        document = zf.read("word/document.xml")
    docm = types.replace(b"document.main+xml", b"document.macroEnabled.main+xml")
    assert "macro-enabled" in _refusal(rezip(TWO_AUTHORS, tmp_path / "docm.docx", replace={"[Content_Types].xml": docm}))
    bomb = rezip(TWO_AUTHORS, tmp_path / "bomb.docx", add={"word/media/big.xml": b"<a/>" + b" " * 30_000_000})
    assert "zip bomb" in _refusal(bomb)
    head, _, rest = document.partition(b"?>")
    entity = head + b'?><!DOCTYPE w:document [<!ENTITY lol "lol">]>' + rest.replace(b"Joint projects", b"&lol;", 1)
    assert "DTD" in _refusal(rezip(TWO_AUTHORS, tmp_path / "entity.docx", replace={"word/document.xml": entity}))
    assert "no recognisable" in _refusal(docx_of(tmp_path, [("Hello", None), ("Nothing numbered here", None)], "plain.docx"))


def test_password_protected_docx_is_refused(tmp_path):
    from mineralsdesk.documents.protect import encrypt_workbook

    locked = tmp_path / "locked.docx"
    encrypt_workbook(TWO_AUTHORS, locked, "correct horse battery")  # the same OOXML encryption Word uses
    assert "password-protected Word document" in _refusal(locked)


def test_a_move_as_word_writes_it_is_a_deletion_there_and_an_insertion_here(tmp_path):
    """Word marks moved text with w:moveFrom / w:moveTo, and writes the moved-away text as w:t (not w:delText)."""
    plain = docx_of(tmp_path, [("Article 1 Joint projects", None), ("MOVEDTEXT The Parties agree.", None),
                               ("Article 2 Research", None), ("They cooperate.", None)])
    with zipfile.ZipFile(plain) as z:
        body = z.read("word/document.xml").decode("utf-8")
    move_from = ('<w:moveFrom w:id="91" w:author="US Delegation" w:date="2026-03-04T10:00:00Z">'
                 '<w:r><w:t xml:space="preserve">MOVEDTEXT </w:t></w:r></w:moveFrom>')
    move_to = ('<w:moveTo w:id="92" w:author="US Delegation" w:date="2026-03-04T10:00:00Z">'
               '<w:r><w:t xml:space="preserve">MOVEDTEXT </w:t></w:r></w:moveTo>')
    body = body.replace("<w:t>MOVEDTEXT The Parties agree.</w:t></w:r>",
                        "<w:t>The Parties agree.</w:t></w:r>", 1)
    assert "<w:t>The Parties agree.</w:t>" in body
    body = body.replace("<w:r><w:t>The Parties agree.</w:t></w:r>", move_from + "<w:r><w:t>The Parties agree.</w:t></w:r>", 1)
    body = body.replace("<w:r><w:t>They cooperate.</w:t></w:r>", move_to + "<w:r><w:t>They cooperate.</w:t></w:r>", 1)
    moved = rezip(plain, tmp_path / "moved.docx", replace={"word/document.xml": body.encode("utf-8")})
    first, second = read_docx(moved).articles
    assert first.text == "MOVEDTEXT The Parties agree." and second.text == "They cooperate."
    assert first.by_author == {"US Delegation": "The Parties agree."}
    assert second.by_author == {"US Delegation": "MOVEDTEXT They cooperate."}
