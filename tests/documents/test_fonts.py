"""The fonts shipped for the briefing PDF: present, licensed, loadable, covering, extractable."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from xml.sax.saxutils import escape

import pypdf
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFile
from reportlab.platypus import Paragraph, SimpleDocTemplate

from mineralsdesk import assets
from mineralsdesk.assets import FONT_FILES, FONT_LICENCES, REPORTLAB_FONT_NAMES, font_path

EU_SAMPLE = "Ελληνικά Кириллица ąčęėįšųūž őű ß ø å æ œ ç ñ"
# Wider: every letter of the 24 official EU languages' alphabets that is outside ASCII,
# including Romanian comma-below, Maltese, Latvian, Croatian and Bulgarian Cyrillic.
EU_LETTERS = (
    "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝßàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿ"
    "ĀāĂăĄąĆćĊċČčĎďĐđĒēĖėĘęĚěĠġĢģĦħĪīĮįĶķĹĺĻļĽľŁłŃńŅņŇňŐőŒœŔŕŘřŚśŠšŤťŪūŮůŰűŲųŹźŻżŽžȘșȚț"
    "ΆΈΉΊΌΎΏάέήίόύώϊϋΐΰςЁЙЪЬЮЯЩёйъьюящ€„“”‚‘’–—…«»"
)
JP_SAMPLE = "経済産業省 備蓄協力"

NOTO_KEYS = [k for k, f in FONT_FILES.items() if f.startswith("NotoSans")]
MAIN, JP = REPORTLAB_FONT_NAMES["sans"], REPORTLAB_FONT_NAMES["jp"]


def missing_glyphs(path, text: str) -> str:
    cmap = TTFontFile(str(path)).charToGlyph
    return "".join(c for c in text if not c.isspace() and not cmap.get(ord(c)))


@pytest.fixture(scope="module")
def registered_fonts() -> dict[str, TTFontFile]:
    for key in FONT_FILES:
        pdfmetrics.registerFont(TTFont(REPORTLAB_FONT_NAMES[key], str(font_path(key))))
    pdfmetrics.registerFontFamily(
        MAIN,
        normal=MAIN,
        bold=REPORTLAB_FONT_NAMES["sans-bold"],
        italic=REPORTLAB_FONT_NAMES["sans-italic"],
        boldItalic=REPORTLAB_FONT_NAMES["sans-bolditalic"],
    )
    return {key: TTFontFile(str(font_path(key))) for key in FONT_FILES}


def fallback_markup(text: str, fonts: dict[str, TTFontFile]) -> str:
    """Paragraph markup for plain text: runs the main font lacks go to the first font that has them.

    reportlab does no glyph fallback of its own: a character missing from the
    paragraph's font prints as a blank box. So split the text into runs by font
    and wrap each non-main run in <font name=...>; escape everything (log text is
    not markup).
    """
    order = [("sans", MAIN), ("jp", JP)]

    def font_for(ch: str) -> str:
        if ch.isspace():
            return MAIN
        for key, name in order:
            if fonts[key].charToGlyph.get(ord(ch)):
                return name
        return MAIN

    runs: list[tuple[str, str]] = []
    for ch in text:
        name = font_for(ch)
        if runs and runs[-1][0] == name:
            runs[-1] = (name, runs[-1][1] + ch)
        else:
            runs.append((name, ch))
    return "".join(
        escape(chunk) if name == MAIN else f'<font name="{name}">{escape(chunk)}</font>'
        for name, chunk in runs
    )


def build_pdf(*markups: str) -> bytes:
    style = ParagraphStyle("body", fontName=MAIN, fontSize=11, leading=15)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build([Paragraph(m, style) for m in markups])
    return buf.getvalue()


def pdf_text(data: bytes) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


@pytest.mark.parametrize("key", sorted(FONT_FILES))
def test_font_file_ships_with_its_licence(key):
    path = font_path(key)
    assert path.is_file(), path
    licence = path.parent / FONT_LICENCES[path.name]
    assert licence.is_file() and licence.stat().st_size > 1000, licence
    assert (path.parent / "NOTICE.txt").is_file()
    assert path.stat().st_size < 8 * 1024 * 1024


@pytest.mark.parametrize("key", sorted(FONT_FILES))
def test_font_loads_as_embeddable_truetype(key):
    path = font_path(key)
    assert path.read_bytes()[:4] == b"\x00\x01\x00\x00"  # TrueType outlines (glyf), not CFF 'OTTO'
    font = TTFont(REPORTLAB_FONT_NAMES[key], str(path))
    assert font.fontName == REPORTLAB_FONT_NAMES[key]
    family = (
        font.face.familyName.decode() if isinstance(font.face.familyName, bytes) else font.face.familyName
    )
    assert family == ("IPAexGothic" if key == "jp" else "Noto Sans")


@pytest.mark.parametrize("key", NOTO_KEYS)
def test_noto_covers_eu_greek_cyrillic(key):
    assert missing_glyphs(font_path(key), EU_SAMPLE) == ""
    assert missing_glyphs(font_path(key), EU_LETTERS) == ""


def test_ipaex_covers_japanese():
    assert missing_glyphs(font_path("jp"), JP_SAMPLE) == ""
    assert missing_glyphs(font_path("jp"), "レアアース、リチウム。「重要鉱物」・ー０１２") == ""


def test_explicit_font_tag_japanese_extracts_back(registered_fonts):
    data = build_pdf(f'METI <font name="{JP}">経済産業省</font> briefing')
    assert b"IPAexGothic" in data  # embedded as a subset, not a non-embedded CID font
    assert "経済産業省" in pdf_text(data)


def test_fallback_runs_extract_back_exactly(registered_fonts):
    lines = [
        f"{EU_SAMPLE} — {JP_SAMPLE}",
        "Round 3: 経済産業省 & DG GROW <agreed> ‘stockpile’ ŁÓDŹ",
    ]
    data = build_pdf(*(fallback_markup(line, registered_fonts) for line in lines))
    assert pdf_text(data).split("\n")[:2] == lines


def test_fallback_bold_markup_uses_noto_bold(registered_fonts):
    data = build_pdf("<b>" + fallback_markup("Šibenik 備蓄", registered_fonts) + "</b>")
    assert b"NotoSans-Bold" in data
    assert "Šibenik 備蓄" in pdf_text(data)


def test_assets_module_imports_neither_qt_nor_reportlab():
    code = (
        "import sys, mineralsdesk.assets as a; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'reportlab', 'shiboken6')]; "
        "assert not bad, bad; print(a.ASSETS_DIR)"
    )
    root = assets.ASSETS_DIR.parents[1]  # works whether or not the package is pip-installed
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert out.stdout.strip() == str(assets.ASSETS_DIR)


def test_icon_paths_resolve():
    assert assets.icon_path("search") == assets.ICONS_DIR / "search.svg"
    for name in assets.SIDEBAR_ICONS:
        assert assets.icon_path(name).is_file(), name
    for size in assets.APP_ICON_SIZES:
        assert assets.app_icon_path(size).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert assets.app_icon_path().is_file()
    assert assets.icon_path("mineralsdesk.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert assets.icon_path("mineralsdesk.icns").read_bytes()[:4] == b"icns"
    with pytest.raises(ValueError):
        assets.icon_path("../fonts/OFL.txt")
    with pytest.raises(KeyError):
        font_path("Arial.ttf")
