"""The progress callback an export or import reports through (its errors live in mineralsdesk/errors.py)."""

from __future__ import annotations

from collections.abc import Callable

# progress(done, total) is called as work advances; it may raise errors.Cancelled.
ProgressCallback = Callable[[int, int], None]
