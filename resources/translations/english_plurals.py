"""Fill the English catalogue's plural forms from the source's "(s)" convention: "%n day(s)" -> "%n day" / "%n days".

Run by `make translations` after lupdate; a message already finished by hand is left alone.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET

from fill_translations import write_ts  # the script's own folder is on sys.path

PLURAL = re.compile(r"\((s|es)\)")


def fill(path: str) -> int:
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        for element in list(translation):
            translation.remove(element)
        for form in (PLURAL.sub("", source), PLURAL.sub(r"\1", source)):
            ET.SubElement(translation, "numerusform").text = form
        del translation.attrib["type"]
        filled += 1
    write_ts(tree, path)
    return filled


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(f"{name}: {fill(name)} English plural form(s) filled")
