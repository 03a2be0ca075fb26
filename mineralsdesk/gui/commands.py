"""QUndoCommand over service calls: every edit in the app is one of these, so Ctrl+Z / Ctrl+Shift+Z work."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ..domain.model import Changed
from .context import AppContext


class ServiceCommand(QUndoCommand):
    """An edit written to the log at once and reversed by another service call.

    `do()` runs one service call (one transaction) and returns the `Changed` it reports (what it touched and
    the record it made or edited); `undo(done)` gets that Changed and reverses it, returning its own. The
    views refresh from those alone. Push it with `run()`, never with QUndoStack.push directly.
    """

    def __init__(self, ctx: AppContext, text: str, do: Callable[[], Changed], undo: Callable[[Changed], Changed]):
        super().__init__(text)
        self.ctx = ctx
        self._do = do
        self._undo = undo
        self.result: Changed = Changed()
        self._applied = False

    def apply(self) -> Changed:
        """Run `do` now; an exception leaves nothing on the stack and the log unchanged."""
        self.result = self._do()
        self._applied = True
        return self.result

    def redo(self) -> None:
        if self._applied:  # the first redo comes from push(), after apply() already did the work
            self._applied = False
        else:
            self.result = self._do()
        self.ctx.notify(self.result)

    def undo(self) -> None:
        self.ctx.notify(self._undo(self.result))


def run(ctx: AppContext, command: ServiceCommand) -> Changed:
    """Do the edit, then put it on the undo stack; returns what `do` returned. Errors propagate."""
    result = command.apply()
    ctx.undo_stack.push(command)
    return result


def first_only(rev: int | None) -> Callable[[], int | None]:
    """The record's revision for the first run of a command, None for redo: the edit was checked against
    what the user saw once, and a redo after undo must not trip over the revision the undo made."""
    left = [rev]
    return lambda: left.pop() if left else None
