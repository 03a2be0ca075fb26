"""The sidebar's label for the Conflicts screen: "Conflicts (3)" while conflicts are open, else "Conflicts"."""

from __future__ import annotations

from ...services.log import Log
from ..language import translate


def sidebar_label(log: Log) -> str:
    n = log.read.open_conflict_count()  # asked of the log: the sync machinery loads only when used
    return translate("Actions", "Conflicts ({n})").format(n=n) if n else translate("Actions", "Conflicts")
