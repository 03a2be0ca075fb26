"""The sidebar's label for the Conflicts screen: "Conflicts (3)" while conflicts are open, else "Conflicts"."""

from __future__ import annotations

from ...services.log import Log
from ...services.sync.review import open_count
from ..language import translate


def sidebar_label(log: Log) -> str:
    n = open_count(log)
    return translate("Actions", "Conflicts ({n})").format(n=n) if n else translate("Actions", "Conflicts")
