"""Fill the catalogues' translations from resources/translations/messages/*.json, after lupdate.

Each JSON file holds one part of the app's messages, translated: {context: {source: {lang: text}}}; a plural
message (source with %n) gives a list of forms per language (fr/de/es: one, many; ja: one form). Keeping the
translations in small files per part lets several people translate at once without touching the same lines of
the .ts files, which lupdate rewrites. A message already finished in a .ts (by hand, in Qt Linguist) is left alone.

    python resources/translations/fill_translations.py resources/translations/mineralsdesk_fr.ts ...
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

MESSAGES = Path(__file__).parent / "messages"


def load() -> dict[tuple[str, str], dict[str, str | list[str]]]:
    """Every translated message: (context, source) -> {lang: text or plural forms}."""
    out: dict[tuple[str, str], dict[str, str | list[str]]] = {}
    for path in sorted(MESSAGES.glob("*.json")):
        for context, messages in json.loads(path.read_text(encoding="utf-8")).items():
            for source, by_lang in messages.items():
                out.setdefault((context, source), {}).update(by_lang)
    return out


def fill(path: str, known: dict[tuple[str, str], dict[str, str | list[str]]]) -> tuple[int, int]:
    """Fill one .ts; returns (filled, still unfinished)."""
    tree = ET.parse(path)
    root = tree.getroot()
    lang = (root.get("language") or "").split("_")[0]
    filled = left = 0
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            text = known.get((name, message.findtext("source") or ""), {}).get(lang)
            if text is None:
                left += 1
                continue
            for element in list(translation):
                translation.remove(element)
            if message.get("numerus") == "yes":
                translation.text = None
                for form in ([text] if isinstance(text, str) else text):
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text if isinstance(text, str) else text[0]
            del translation.attrib["type"]
            filled += 1
    write_ts(tree, path)
    return filled, left


def write_ts(tree: ET.ElementTree, path: str) -> None:
    """A catalogue written back as lupdate writes it: the TS doctype, indented."""
    ET.indent(tree, "    ")
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)


if __name__ == "__main__":
    known = load()
    for name in sys.argv[1:]:
        done, left = fill(name, known)
        print(f"{name}: {done} filled from messages/, {left} still unfinished")
