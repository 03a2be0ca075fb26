"""Generator of the attached papers for the attachments benchmark: a cached log with 1,000 files on it.

The papers are PDFs made with reportlab holding real text (a few pages of clause-like wording in the
generated logs' words, so searches for those words also hit attached text) and a scanned-page image of
random bytes that gives the file its size (pages of a real paper that are pictures, which compress no
further); one in ten is a DOCX and one in ten a plain-text note. The files are spread over tracks, rounds,
clauses and commitments and added through the services API (log.attachments.add: stored, extracted,
indexed). The log is a copy of the cached generated log of the same size, with the files added, cached
under benchmarks/data/ keyed by size, total megabytes, generator version and schema.

    python benchmarks/attachments_data.py --size 100000 --mb 2000
"""

from __future__ import annotations

import io
import random
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.clone import clone_log
from benchmarks.common import DATA_DIR
from benchmarks.generate import (
    ACTIONS,
    MINERALS,
    PLACES,
    QUALIFIERS,
    SUBJECTS,
    TOPICS,
    cached_path,
    ensure_log,
    upgrade_older,
)
from mineralsdesk.services.log import Log

ATTACHMENTS_VERSION = 1
FILES = 1000
PAGES = (2, 8)  # pages of text in a PDF
KINDS = ("track", "round", "clause", "commitment")
CHUNK = 25  # files a transaction


def attached_path(size: int, megabytes: int) -> Path:
    base = cached_path(size)
    return base.with_name(base.stem + f"-att{FILES}x{megabytes}mb-a{ATTACHMENTS_VERSION}.mdesk")


def _sentence(rng: random.Random) -> str:
    topic = rng.choice(TOPICS)
    action = rng.choice(ACTIONS[topic]).format(m=rng.choice(MINERALS))
    return f"{rng.choice(SUBJECTS)} {rng.choice(('shall', 'should', 'will'))} {action}, {rng.choice(QUALIFIERS)}."


def _paragraphs(rng: random.Random, count: int) -> list[str]:
    return [" ".join(_sentence(rng) for _ in range(rng.randint(3, 6))) for _ in range(count)]


def noise_jpeg(nbytes: int, seed: int = 7) -> bytes:
    """A scanned page: a JPEG of random pixels of about `nbytes` (noise does not compress), made once a run."""
    from PIL import Image

    width = 1200
    height = max(1, int(nbytes / 1.18) // width)  # a noise JPEG at quality 95 takes ~1.18 bytes a pixel
    noise = Image.frombytes("RGB", (width, height), random.Random(seed).randbytes(3 * width * height))
    out = io.BytesIO()
    noise.save(out, "JPEG", quality=95)
    return out.getvalue()


def make_pdf(rng: random.Random, title: str, pages: int, scan: bytes | None) -> bytes:
    """A paper: `pages` pages of text, then one scanned page (the JPEG `scan`, embedded as it is)."""
    from reportlab import rl_config
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rl_config.useA85 = 0  # the image's bytes as they are (ASCII85 would add a quarter and cost a second a file)
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for page in range(pages):
        c.setFont("Helvetica-Bold" if page == 0 else "Helvetica", 11)
        y = 800
        if page == 0:
            c.drawString(60, y, title)
            y -= 24
            c.setFont("Helvetica", 9)
        for paragraph in _paragraphs(rng, 6):
            words, line = paragraph.split(), ""
            for word in words:
                if len(line) + len(word) > 105:
                    c.drawString(60, y, line)
                    y -= 12
                    line = ""
                line = f"{line} {word}".strip()
            c.drawString(60, y, line)
            y -= 20
            if y < 80:
                break
        c.showPage()
    if scan:
        c.drawImage(ImageReader(io.BytesIO(scan)), 20, 20, width=555, height=800)
        c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(rng: random.Random, title: str) -> bytes:
    import docx

    document = docx.Document()
    document.add_heading(title, 1)
    for paragraph in _paragraphs(rng, 30):
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_txt(rng: random.Random, title: str) -> bytes:
    return (title + "\n\n" + "\n\n".join(_paragraphs(rng, 20))).encode()


def attach_all(log: Log, megabytes: int, seed: int = 7) -> int:
    """Add FILES files totalling about `megabytes` MB; returns the bytes attached."""
    rng = random.Random(seed)
    per_pdf = megabytes * 2**20 // int(FILES * 0.8)
    scan = noise_jpeg(per_pdf - 20_000)
    targets = {
        "track": [t.id for t in log.tracks.list()],
        "round": [r.id for t in log.tracks.list() for r in log.rounds.list(t.id)],
        "clause": [r[0] for r in log.db.execute("SELECT id FROM clauses ORDER BY id LIMIT 5000")],
        "commitment": [c.id for c in log.commitments.list()],
    }
    kinds = [k for k in KINDS if targets[k]]
    log.attachments.set_max_mb(max(50, per_pdf // 2**20 + 10))
    total = 0
    for start in range(0, FILES, CHUNK):
        with log.write("benchmark"):  # like generate.py: chunks of work share one transaction
            total += _attach_chunk(log, rng, range(start, min(FILES, start + CHUNK)), kinds, targets, scan)
    return total


def _attach_chunk(log: Log, rng: random.Random, numbers: range, kinds: list[str], targets: dict[str, list[str]],
                  scan: bytes) -> int:
    total = 0
    for i in numbers:
        kind = kinds[i % len(kinds)]
        title = f"Non-paper {i}: {rng.choice(TOPICS)} ({rng.choice(PLACES)})"
        if i % 10 == 8:
            data, name = make_docx(rng, title), f"note-{i}.docx"
        elif i % 10 == 9:
            data, name = make_txt(rng, title), f"points-{i}.txt"
        else:
            data, name = make_pdf(rng, title, rng.randint(*PAGES), scan), f"non-paper-{i}.pdf"
        log.attachments.add(data, name, target_kind=kind, target_id=rng.choice(targets[kind]))
        total += len(data)
    return total


def ensure_attached_log(size: int, megabytes: int, *, quiet: bool = False) -> Path:
    """The cached generated log of `size` versions with FILES attachments of about `megabytes` MB in all."""
    path = attached_path(size, megabytes)
    if not path.exists() and not upgrade_older(path):
        base = ensure_log(size, quiet=quiet)
        tmp = path.with_suffix(".partial")
        for suffix in ("", "-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
        # A log of its own (a new log id, its chain re-hashed): a plain copy would be the same log as `base`, and
        # this computer's head anchor of that log would then follow whichever of the two was last opened.
        clone_log(base, tmp, 1)
        start = time.perf_counter()
        with Log.open(tmp) as log:
            total = attach_all(log, megabytes)
            log.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        tmp.rename(path)
        if not quiet:
            print(f"generated {path.name}: {total / 2**20:.0f} MB attached in {time.perf_counter() - start:.1f} s",
                  file=sys.stderr)
    return path


if __name__ == "__main__":
    sizes = [int(sys.argv[i + 1]) for i, a in enumerate(sys.argv[:-1]) if a == "--size"] or [100_000]
    mbs = [int(sys.argv[i + 1]) for i, a in enumerate(sys.argv[:-1]) if a == "--mb"] or [2000]
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    for s in sizes:
        for mb in mbs:
            print(ensure_attached_log(s, mb))
