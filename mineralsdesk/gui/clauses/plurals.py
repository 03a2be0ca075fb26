"""English plural forms without a catalogue: a "%n day(s)" message comes back from Qt as "3 day(s)" when no
translator holds it (the tests, a fresh checkout before `make translations`); this gives "3 days" then too."""

from __future__ import annotations

import re

_PLURAL = re.compile(r"\((s|es)\)")


def english_s(text: str, n: int) -> str:
    """`text` (a translated plural message) with any leftover "(s)" resolved for `n`; translations have none."""
    return _PLURAL.sub("" if n == 1 else r"\1", text)
