"""Render the MineralsDesk application icon from resources/mineralsdesk.svg.

Run with the project's venv (PySide6-Essentials ships QtSvg)::

    .venv/bin/python resources/make_icons.py

Writes into mineralsdesk/assets/icons/:

* mineralsdesk-<size>.png for 16, 24, 32, 48, 64, 128, 256 and 512 px
* mineralsdesk.ico   Windows icon, PNG-compressed entries 16..256 px
* mineralsdesk.icns  macOS icon, PNG payloads (icp4/icp5/icp6, ic07..ic14)
* mineralsdesk.svg   a copy of the source, for Qt and Linux themes

The ICO and ICNS containers are written here with struct, so no Pillow or
iconutil is needed. The output is deterministic for a given Qt version.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "mineralsdesk.svg"
DEFAULT_OUT = HERE.parent / "mineralsdesk" / "assets" / "icons"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an ICO directory entry can state
# ICNS element type -> pixel size of its PNG payload ("@2x" types hold the doubled size)
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic11", 32),  # 16@2x
    (b"ic12", 64),  # 32@2x
    (b"ic13", 256),  # 128@2x
    (b"ic14", 512),  # 256@2x
)
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def render_pngs(svg: Path, sizes: tuple[int, ...]) -> dict[int, bytes]:
    """Render the SVG at each size with QtSvg; return PNG bytes per size."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - needed for QPainter
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"QSvgRenderer cannot read {svg}")
    out: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.convertToFormat(QImage.Format.Format_ARGB32).save(buf, "PNG", 0):  # 0: smallest
            raise SystemExit(f"could not encode the {size}px PNG")
        buf.close()
        out[size] = bytes(data.data())
    return out


def png_size(png: bytes) -> tuple[int, int]:
    if png[:8] != PNG_MAGIC or png[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    return struct.unpack(">II", png[16:24])


def build_ico(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR + ICONDIRENTRYs, each entry a whole PNG file (Vista and later read these)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(sizes)
    entries, payload = b"", b""
    for size in sizes:
        png = pngs[size]
        assert png_size(png) == (size, size)
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        payload += png
    return header + entries + payload


def build_icns(pngs: dict[int, bytes]) -> bytes:
    """'icns' + big-endian total length, then one element (type, length, PNG) per type.

    No 'TOC ' element: it is optional for macOS, and Qt's ICNS reader (6.12) warns
    "Table of contents contains a bad entry" even on files Qt itself wrote with one.
    """
    body = b""
    for kind, size in ICNS_TYPES:
        png = pngs[size]
        assert png_size(png) == (size, size)
        body += kind + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=SOURCE, help="source SVG (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: %(default)s)")
    args = parser.parse_args(argv)

    args.out.mkdir(parents=True, exist_ok=True)
    pngs = render_pngs(args.svg, PNG_SIZES)
    written = []
    for size, png in pngs.items():
        path = args.out / f"mineralsdesk-{size}.png"
        path.write_bytes(png)
        written.append(path)
    ico = args.out / "mineralsdesk.ico"
    ico.write_bytes(build_ico({s: pngs[s] for s in ICO_SIZES}))
    icns = args.out / "mineralsdesk.icns"
    icns.write_bytes(build_icns(pngs))
    svg_copy = args.out / "mineralsdesk.svg"
    if args.svg.resolve() != svg_copy.resolve():
        shutil.copyfile(args.svg, svg_copy)
    for path in [*written, ico, icns, svg_copy]:
        print(f"{path.stat().st_size:>9,d}  {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
