"""The error log: what an unexpected error writes (its type and code frames, never its message) to a 0600 file.

An exception's message can quote text from the log (a clause, a red line) or a path; the report keeps
only what a developer needs to find the fault: the exception types of the chain and, for each frame,
file, line, function and the line of code.
"""

from __future__ import annotations

import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from . import paths


def describe(error: BaseException, tb: TracebackType | None = None) -> str:
    """The report text for an error: its chain of exception types, each with its stack frames, no messages."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    trace = tb if tb is not None else error.__traceback__
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = type(current)
        lines = [f"Traceback of {kind.__module__}.{kind.__qualname__} (message withheld: it may quote the log)"]
        for frame in traceback.extract_tb(trace):
            lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
            if frame.line:
                lines.append(f"    {frame.line.strip()}")
        parts.append("\n".join(lines))
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
        trace = current.__traceback__ if current is not None else None
    return "\n  raised from or while handling:\n".join(parts)


def write_report(error: BaseException, tb: TracebackType | None = None) -> Path:
    """Append the error's report to the user's error log (0600 in a 0700 folder) and return its path."""
    stamp = datetime.now().isoformat(timespec="seconds")
    return paths.write_private(paths.error_log_path(), f"--- {stamp}\n{describe(error, tb)}\n\n")
