"""The OASIS Akoma Ntoso 3.0 schema shipped in `assets/akn/`, loaded once, offline, and the one-line verdict on a tree.

lxml is imported here and in the reader and writer only, never at the app's start-up; the schema takes about a
second to compile, so it is compiled on first use and kept.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from lxml import etree

from ...assets import ASSETS_DIR

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
SCHEMA_PATH: Path = ASSETS_DIR / "akn" / "akomantoso30.xsd"


@lru_cache(maxsize=1)
def akn_schema() -> etree.XMLSchema:
    """The compiled schema; its import of xml.xsd is a file beside it, and the parser may not reach the network."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.XMLSchema(etree.parse(str(SCHEMA_PATH), parser))


def first_schema_error(tree: etree._ElementTree | etree._Element) -> str | None:
    """None when `tree` validates against the schema, else its first error as one line ("line 12: ...")."""
    schema = akn_schema()
    if schema.validate(tree):
        return None
    error = schema.error_log[0]
    message = " ".join(error.message.replace(f"{{{AKN_NS}}}", "").split())
    return f"line {error.line}: {message}"
