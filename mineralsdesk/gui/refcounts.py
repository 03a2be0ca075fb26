"""Keeps None, True and False alive under a PySide6 that drops references to them (6.12.0 on Python 3.11).

PySide6 6.12.0 on CPython 3.11 returns None without taking a reference: every Qt call that returns
nothing (setText, addItem, repaint, a QPainter draw...) or hands back an empty value (currentData() on
"All tracks", index.data() with nothing there) lowers None's reference count by one, and Signal.emit()
does the same to True. Measured here: -1 per call, 1,000 calls -1,000; one refresh of every screen of
the demo log -800. None starts near 13,000, so the app aborted with "Fatal Python error: none_dealloc"
after ~16 refreshes, and at once on a log of 4,000 tracks. PySide6 6.11.3 does not do this, and on
CPython 3.12+ these objects are immortal (PEP 683), so nothing is needed there.

The remedy is what CPython 3.12 does: give the three objects so many references (2**40) that no session
can use them up. It is applied only when a probe shows the bug, and checked after it is applied.
pyproject.toml also keeps pip from choosing 6.12.0 on Python 3.11.
"""

from __future__ import annotations

import sys

HEADROOM = 1 << 40  # references added to each object: ~10**12 Qt calls, years of use
PROBE_CALLS = 32
_applied = False


def drops_references() -> bool:
    """Whether this PySide6 loses a reference to None on a Qt call that returns nothing."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before


def can_add_headroom() -> bool:
    """CPython before 3.12, a release build (a debug build keeps other counts beside the object's own)."""
    return (sys.implementation.name == "cpython" and sys.version_info < (3, 12)
            and not hasattr(sys, "gettotalrefcount") and not hasattr(sys, "getobjects"))


def keep_singletons_alive() -> bool:
    """Add HEADROOM references to None, True and False if this PySide6 drops them; True if added (once)."""
    global _applied
    if _applied:
        return True
    if not can_add_headroom() or not drops_references():
        return False
    import ctypes  # only where the remedy is applied (~1.5 ms of the start)

    for obj in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt, the first field of every object
        before = sys.getrefcount(obj)
        count.value += HEADROOM
        if sys.getrefcount(obj) != before + HEADROOM:  # not the layout expected: undo, change nothing
            count.value -= HEADROOM
            return False
    _applied = True
    return True
