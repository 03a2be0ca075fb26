"""QUndoCommand over service calls: every edit in the app is one of these, so Ctrl+Z / Ctrl+Shift+Z work."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from ..domain.model import Changed
from .context import AppContext


class ServiceCommand(QUndoCommand):
    """An edit written to the log at once and reversed by another service call.

    `do()` runs one service call (one transaction) and returns what changed or the record it made;
    `undo(result)` gets that result and reverses it. `changed` says what to refresh when a call
    returns something other than Changed. Push it with `run()`, never with QUndoStack.push directly.
    """

    def __init__(self, ctx: AppContext, text: str, do: Callable[[], Any], undo: Callable[[Any], Any],
                 changed: Changed | None = None):
        super().__init__(text)
        self.ctx = ctx
        self._do = do
        self._undo = undo
        self._changed = changed or Changed()
        self.result: Any = None
        self._applied = False

    def _notify(self, value: Any) -> None:
        self.ctx.notify(value if isinstance(value, Changed) else self._changed)

    def apply(self) -> Any:
        """Run `do` now; an exception leaves nothing on the stack and the log unchanged."""
        self.result = self._do()
        self._applied = True
        return self.result

    def redo(self) -> None:
        if self._applied:  # the first redo comes from push(), after apply() already did the work
            self._applied = False
            self._notify(self.result)
            return
        self.result = self._do()
        self._notify(self.result)

    def undo(self) -> None:
        self._notify(self._undo(self.result))


def run(ctx: AppContext, command: ServiceCommand) -> Any:
    """Do the edit, then put it on the undo stack; returns what `do` returned. Errors propagate."""
    result = command.apply()
    ctx.undo_stack.push(command)
    return result


def first_only(rev: int | None) -> Callable[[], int | None]:
    """The record's revision for the first run of a command, None for redo: the edit was checked against
    what the user saw once, and a redo after undo must not trip over the revision the undo made."""
    left = [rev]
    return lambda: left.pop() if left else None
