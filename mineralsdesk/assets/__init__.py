"""Runtime assets shipped inside the package: PDF fonts and icons.

Standard library only (no Qt, no reportlab), so every layer may import it.
Files are located relative to this module, which works from a source tree,
an installed wheel (``[tool.setuptools.package-data]`` ships ``assets/**/*``)
and a frozen bundle that keeps the package's data files on disk.

Fonts (see fonts/README.md for versions and licences)::

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from mineralsdesk.assets import FONT_FILES, REPORTLAB_FONT_NAMES, font_path

    for key in FONT_FILES:
        pdfmetrics.registerFont(TTFont(REPORTLAB_FONT_NAMES[key], str(font_path(key))))
    pdfmetrics.registerFontFamily("NotoSans", normal="NotoSans", bold="NotoSans-Bold",
                                  italic="NotoSans-Italic", boldItalic="NotoSans-BoldItalic")
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "ASSETS_DIR",
    "FONTS_DIR",
    "ICONS_DIR",
    "FONT_FILES",
    "FONT_LICENCES",
    "REPORTLAB_FONT_NAMES",
    "SIDEBAR_ICONS",
    "APP_ICON_SIZES",
    "font_path",
    "icon_path",
    "app_icon_path",
]

ASSETS_DIR: Path = Path(__file__).resolve().parent
FONTS_DIR: Path = ASSETS_DIR / "fonts"
ICONS_DIR: Path = ASSETS_DIR / "icons"

#: logical font key -> file in fonts/
FONT_FILES: dict[str, str] = {
    "sans": "NotoSans-Regular.ttf",
    "sans-bold": "NotoSans-Bold.ttf",
    "sans-italic": "NotoSans-Italic.ttf",
    "sans-bolditalic": "NotoSans-BoldItalic.ttf",
    "jp": "ipaexg.ttf",
}

#: logical font key -> the name to register with reportlab (and to use in <font name=...>)
REPORTLAB_FONT_NAMES: dict[str, str] = {
    "sans": "NotoSans",
    "sans-bold": "NotoSans-Bold",
    "sans-italic": "NotoSans-Italic",
    "sans-bolditalic": "NotoSans-BoldItalic",
    "jp": "IPAexGothic",
}

#: font file -> licence file that must travel beside it
FONT_LICENCES: dict[str, str] = {
    "NotoSans-Regular.ttf": "OFL.txt",
    "NotoSans-Bold.ttf": "OFL.txt",
    "NotoSans-Italic.ttf": "OFL.txt",
    "NotoSans-BoldItalic.ttf": "OFL.txt",
    "ipaexg.ttf": "IPA_Font_License_Agreement_v1.0.txt",
}

#: sidebar icons (monochrome SVG, 24x24 viewBox) in icons/
SIDEBAR_ICONS: tuple[str, ...] = (
    "dashboard",
    "tracks",
    "rounds",
    "clauses",
    "positions",
    "commitments",
    "changelog",
    "search",
)

#: sizes of the rendered application icon, icons/mineralsdesk-<size>.png
APP_ICON_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256, 512)


def font_path(name: str) -> Path:
    """Path of a shipped font, by key of FONT_FILES ("sans", "jp", ...) or by file name."""
    filename = FONT_FILES.get(name, name)
    if filename not in FONT_LICENCES:
        raise KeyError(f"unknown font {name!r}; known: {sorted(FONT_FILES)}")
    return FONTS_DIR / filename


def icon_path(name: str) -> Path:
    """Path of a shipped icon file; a bare name ("search") means the SVG ("search.svg")."""
    if "/" in name or "\\" in name or name.startswith("."):
        raise ValueError(f"icon name must be a plain file name: {name!r}")
    if not Path(name).suffix:
        name += ".svg"
    return ICONS_DIR / name


def app_icon_path(size: int | None = None) -> Path:
    """The application icon: the SVG source, or the PNG rendered at ``size`` pixels."""
    if size is None:
        return ICONS_DIR / "mineralsdesk.svg"
    if size not in APP_ICON_SIZES:
        raise ValueError(f"no {size}px app icon; sizes: {APP_ICON_SIZES}")
    return ICONS_DIR / f"mineralsdesk-{size}.png"
