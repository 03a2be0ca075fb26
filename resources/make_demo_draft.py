"""Writes the demo's chair's draft: mineralsdesk/assets/demo/chair_draft_mou.docx, the US–EU MoU as the chair
might circulate it after round 4 (illustrative): every clause's current text from the demo log, with a few
wording changes, and one tracked insertion by "US Delegation" (w:ins written with python-docx's oxml, since
python-docx cannot write tracked changes itself). Run from the repository root:
`HOME=$(mktemp -d) MINERALSDESK_DATA_DIR=$(mktemp -d) python resources/make_demo_draft.py`."""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "mineralsdesk" / "assets" / "demo" / "chair_draft_mou.docx"
TRACK = "MOU"
# (ref, old wording, new wording): the chair's own edits, accepted in the text.
CHAIR_EDITS = (("Art. 2", "The Participants will", "The Participants shall"),)
BRACKET_AGREED = "Art. 10"
US_INSERTION = ("Art. 3", "in cooperation with like-minded partners")
WHEN = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def clause_texts() -> list[tuple[str, str, str]]:
    from mineralsdesk.services.demo import build_demo
    from mineralsdesk.services.log import Log

    with tempfile.TemporaryDirectory() as tmp:
        with Log.open(build_demo(Path(tmp) / "demo.mdesk"), readonly=True) as log:
            track = log.tracks.by_ref(TRACK)
            return [(c.ref, c.title, log.clauses.current_version(c.id).text) for c in log.clauses.list(track.id)]


def tracked_insertion(paragraph, text: str, author: str) -> None:
    """Append `text` to the paragraph as a Word tracked insertion by `author`."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), "1")
    ins.set(qn("w:author"), author)
    ins.set(qn("w:date"), WHEN.strftime("%Y-%m-%dT%H:%M:%SZ"))
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    ins.append(run)
    paragraph._p.append(ins)


def main() -> None:
    import docx

    document = docx.Document()
    props = document.core_properties
    props.author = props.last_modified_by = "Chair (illustrative)"
    props.title = "US–EU MoU: chair's consolidated text (illustrative)"
    props.created = props.modified = WHEN.replace(tzinfo=None)
    document.add_paragraph("US–EU Memorandum of Understanding on critical minerals", style="Title")
    document.add_paragraph("Chair's consolidated text after round 4 (illustrative demo content, not a real draft)")
    for ref, title, text in clause_texts():
        for edit_ref, old, new in CHAIR_EDITS:
            if ref == edit_ref:
                text = text.replace(old, new, 1)
        if ref == BRACKET_AGREED:
            text = re.sub(r"\[([^\[\]/]*)\]", r"\1", text, count=1)  # the chair takes one bracket's wording
        document.add_paragraph(f"{ref} – {title}", style="Heading 2")
        if ref == US_INSERTION[0] and text.endswith("."):
            paragraph = document.add_paragraph(text[:-1])
            tracked_insertion(paragraph, " " + US_INSERTION[1], "US Delegation")
            paragraph.add_run(".")
        else:
            document.add_paragraph(text)
    document.save(OUT)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
