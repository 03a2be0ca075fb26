"""The delegation roster dialog (Settings > Delegation roster): add members, mark them inactive, remove unused ones."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...errors import UserError
from ..commands import ServiceCommand, run
from ..common.combo import combo_value, set_choices
from ..common.errors import error_text
from ..context import AppContext
from ..language import translate


class RosterDialog(QDialog):
    """The roster as a table (initials, name, role, active) with a row of fields to add one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("RosterDialog", "Delegation roster"))
        self.ctx = ctx
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("roster_table")
        self.table.setHorizontalHeaderLabels([translate("RosterDialog", "Initials"), translate("RosterDialog", "Name"),
                                              translate("RosterDialog", "Role"), translate("RosterDialog", "Active")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("RosterDialog", "Name"))
        self.initials = QLineEdit()
        self.initials.setPlaceholderText(translate("RosterDialog", "Initials"))
        self.initials.setMaxLength(4)
        self.role = QLineEdit()
        self.role.setPlaceholderText(translate("RosterDialog", "Role (head of delegation, lawyer, expert…)"))
        add = QPushButton(translate("RosterDialog", "&Add member"))
        add.clicked.connect(self.add_member)
        toggle = QPushButton(translate("RosterDialog", "Mark &inactive / active"))
        toggle.clicked.connect(self.toggle_active)
        remove = QPushButton(translate("RosterDialog", "&Remove"))
        remove.clicked.connect(self.remove)
        self.message = QLabel()
        self.message.setWordWrap(True)
        # Who uses this log: the "Mine" filters keep what that member owns (the log's `me` setting).
        self.me = QComboBox()
        self.me.setAccessibleName(translate("RosterDialog", "I am"))
        me_label = QLabel(translate("RosterDialog", "I &am:"))
        me_label.setBuddy(self.me)
        fields = QHBoxLayout()
        for w, stretch in ((self.name, 2), (self.initials, 0), (self.role, 2)):
            fields.addWidget(w, stretch)
        fields.addWidget(add)
        actions = QHBoxLayout()
        actions.addWidget(toggle)
        actions.addWidget(remove)
        actions.addStretch(1)
        actions.addWidget(me_label)
        actions.addWidget(self.me)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(fields)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(640, 400)
        self.reload()
        self.me.currentIndexChanged.connect(lambda _i: self.set_me(combo_value(self.me)))

    def reload(self) -> None:
        members = self.ctx.log.members.list()
        self.table.setRowCount(len(members))
        for row, m in enumerate(members):
            for col, value in enumerate((m.initials, m.name, m.role, translate("RosterDialog", "yes") if m.active else translate("RosterDialog", "no"))):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, m.id)
                self.table.setItem(row, col, item)
        me = self.ctx.log.members.me()
        self.me.blockSignals(True)
        set_choices(self.me, [(translate("RosterDialog", "nobody chosen"), None)] + [(f"{m.initials} — {m.name}", m.id) for m in members
                                                          if m.active or (me is not None and m.id == me.id)],
                    current=me.id if me else None)
        self.me.blockSignals(False)

    def set_me(self, member_id: str | None) -> bool:
        """Say which member uses this log (undoable, like every setting)."""
        log = self.ctx.log
        old = log.members.me()
        old_id = old.id if old else None
        if member_id == old_id:
            return False
        return self._run(translate("RosterDialog", "Choose who I am"), lambda: log.members.set_me(member_id),
                         lambda _done: log.members.set_me(old_id))

    def _selected(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _run(self, text: str, do, undo) -> bool:
        try:
            run(self.ctx, ServiceCommand(self.ctx, text, do, undo))
        except UserError as exc:
            self.message.setText(error_text(exc))
            return False
        self.message.setText("")
        self.reload()
        return True

    def add_member(self) -> bool:
        log = self.ctx.log
        name, initials, role = self.name.text(), self.initials.text(), self.role.text()
        done = self._run(translate("RosterDialog", "Add delegation member"), lambda: log.members.add(name, initials, role=role),
                         lambda made: log.members.delete(made.record.id))
        if done:
            for w in (self.name, self.initials, self.role):
                w.clear()
        return done

    def toggle_active(self) -> bool:
        member_id = self._selected()
        if member_id is None:
            return False
        log = self.ctx.log
        was = log.members.get(member_id).active
        return self._run(translate("RosterDialog", "Change member"), lambda: log.members.update(member_id, active=not was),
                         lambda _done: log.members.update(member_id, active=was))

    def remove(self) -> bool:
        member_id = self._selected()
        if member_id is None:
            return False
        log = self.ctx.log
        old = log.members.get(member_id)
        return self._run(translate("RosterDialog", "Remove member"), lambda: log.members.delete(member_id),
                         lambda _done: log.members.add(old.name, old.initials, role=old.role, active=old.active))
