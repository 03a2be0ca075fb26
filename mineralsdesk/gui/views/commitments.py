"""Commitments and deadlines: sorted by due date, overdue in red, due soon in amber, with assessments."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..context import AppContext


class CommitmentsView(QWidget):
    """Screen shown from the main window's sidebar."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx

    def open_item(self, entity_id: str) -> None:
        """Show the item with this id (used by search and the dashboard)."""
