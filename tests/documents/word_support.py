"""Helpers for the Word import tests: a track whose clauses the LibreOffice fixtures speak of, small docx makers."""

from __future__ import annotations

import shutil
import zipfile
from datetime import date
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
TWO_AUTHORS = FIXTURES / "two_authors_libreoffice.docx"
INLINE_REFS = FIXTURES / "inline_refs_libreoffice.docx"
AUTHORS = {"EU Delegation": "EU", "US Delegation": "US", "JP Delegation": "JP"}


def mou_track(log):
    """Track MOU with rounds 1 and 2 and the clauses of the fixtures as round 1 left them."""
    track = log.tracks.add("MOU", "US–EU MoU", kind="memorandum", target_date=date(2026, 3, 6),
                           parties=["US", "EU", "JP"]).record
    r1 = log.rounds.add(track.id, date(2026, 2, 10), place="Brussels").record
    r2 = log.rounds.add(track.id, date(2026, 3, 4), place="Washington").record
    ids = {"track": track.id, "r1": r1.id, "r2": r2.id}
    for ref, title, text in (
            ("Art. 1", "Joint projects", "The Participants shall identify joint projects [within 60 days]."),
            ("Art. 2", "Price support", "The Participants should consider [a price floor / a reference price] "
                                        "for rare earths."),
            ("Art. 3", "Stockpiling", "The Participants shall exchange information on stockpiles."),
            ("Art. 4", "Final provisions", "This Memorandum takes effect on signature.")):
        ids[ref] = log.clauses.add(track.id, ref, title, text, party="EU", round_id=r1.id).record.id
    return ids


def docx_of(tmp_path: Path, paragraphs: list[tuple[str, str | None]], name: str = "draft.docx") -> Path:
    """A plain .docx written by python-docx: (text, style or None) per paragraph."""
    import docx

    document = docx.Document()
    for text, style in paragraphs:
        document.add_paragraph(text, style=style)
    out = tmp_path / name
    document.save(out)
    return out


def rezip(source: Path, target: Path, *, replace: dict[str, bytes] | None = None,
          add: dict[str, bytes] | None = None) -> Path:
    """A copy of a package with some parts replaced or added."""
    replace, add = replace or {}, add or {}
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, replace.get(info.filename, zin.read(info)))
        for name, data in add.items():
            zout.writestr(name, data)
    return target


def copy_fixture(source: Path, tmp_path: Path) -> Path:
    return Path(shutil.copyfile(source, tmp_path / source.name))
