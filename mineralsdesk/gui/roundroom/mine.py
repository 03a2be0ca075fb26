"""The "Mine" toggle of the Clauses and Commitments screens: a checkable action (MINE_KEY) that keeps the rows owned
by the roster member this log's user is (the log's `me` setting, chosen in the roster dialog), or by any member a
dashboard link names."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolButton, QWidget

from ...errors import NotFoundError
from ..actions import MINE_KEY
from ..context import AppContext
from ..language import translate

NO_ME = QT_TRANSLATE_NOOP("MineFilter", "Say who you are first: Settings > Delegation roster…, pick yourself under "
                         "\"I am\". The Mine filter then keeps what you own.")


class MineFilter(QObject):
    """The owner a screen filters by: the user's own member when Mine is on, another member when a link asked, or
    None. `changed` fires whenever the owner filtered by changes; the screen re-queries."""

    changed = Signal()

    def __init__(self, ctx: AppContext, screen: QWidget, what: str):
        super().__init__(screen)
        self.ctx, self.screen = ctx, screen
        self.owner: str | None = None
        self.action = QAction(translate("MineFilter", "&Mine"), screen)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(MINE_KEY))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.setToolTip(translate("MineFilter", "Only the {what} you own ({key})").format(what=what, key=MINE_KEY))
        self.action.toggled.connect(self._toggled)
        screen.addAction(self.action)
        self.button = QToolButton(screen)
        self.button.setDefaultAction(self.action)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

    def _toggled(self, on: bool) -> None:
        if on:
            me = self.ctx.log.members.me()
            if me is None:
                self.action.blockSignals(True)
                self.action.setChecked(False)
                self.action.blockSignals(False)
                from PySide6.QtWidgets import QMessageBox  # made on first use, not before the first paint

                QMessageBox.information(self.screen, translate("MineFilter", "Mine"), translate("MineFilter", NO_ME))
                return
            self.owner = me.id
        else:
            self.owner = None
        self.changed.emit()

    def show_owner(self, member_id: str | None) -> None:
        """Filter by this member (None: nobody); Mine shows checked when that member is the user."""
        me = self.ctx.log.members.me()
        self.owner = member_id
        self.action.blockSignals(True)
        self.action.setChecked(member_id is not None and me is not None and me.id == member_id)
        self.action.blockSignals(False)
        self.changed.emit()

    def label(self) -> str:
        """" owned by Ana Ruiz" for the screen's count line, "" when no owner filter is on."""
        if self.owner is None:
            return ""
        try:
            member = self.ctx.log.members.get(self.owner)
        except NotFoundError:  # removed meanwhile
            return translate("MineFilter", " owned by a former member")
        return (translate("MineFilter", " owned by you") if self.action.isChecked()
                else translate("MineFilter", " owned by {name}").format(name=member.name))
