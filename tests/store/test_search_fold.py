"""Folding text for search in C (str.lower) where it gives what the index's tokenizer gives, one for one."""

from __future__ import annotations

import re

from mineralsdesk.store import search_text
from mineralsdesk.store.search_text import _FOLD, fold


def _code_points(ranges: str):
    plain = re.sub(r"\\x([0-9a-f]{2})|\\u([0-9a-f]{4})", lambda m: chr(int(m.group(1) or m.group(2), 16)), ranges)
    for m in re.finditer(r"(.)(?:-(.))?", plain, re.DOTALL):
        low, high = m.group(1), m.group(2) or m.group(1)
        yield from range(ord(low), ord(high) + 1)


def test_every_character_folded_by_lower_folds_as_the_tokenizer_does():
    checked = 0
    for code in _code_points(search_text.LOWER_FOLDS):
        if 0xD800 <= code <= 0xDFFF:
            continue  # surrogates are no characters
        ch = chr(code)
        assert ch.lower() == ch.translate(_FOLD), hex(code)
        checked += 1
    assert checked > 100_000


def test_mixed_text_folds_alike_on_both_paths():
    for text in ["「信頼できるサプライチェーン」の共通基準。Lithium ＡＢＣ ｶﾀｶﾅ", "Café Ölpreis İstanbul ΣΟΦΙΑ",
                 "JBIC・JOGMECの明記を評価", "plain ASCII Text"]:
        assert fold(text) == text.translate(_FOLD) and len(fold(text)) == len(text)
