"""The comments panel: the threads on one record (a clause, bracket, commitment, round or track), with add, reply,
resolve and reopen; every write an undoable step. Made to sit in a record's detail as a tab or a dock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import Changed
from ...errors import UserError
from ..commands import ServiceCommand, run
from ..common.errors import error_text
from ..context import AppContext
from ..language import translate


class CommentsPanel(QWidget):
    """Threads first comment first, replies under it; a resolved thread is shown greyed with "resolved"."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.target: tuple[str, str] | None = None
        self.tree = QTreeWidget()
        self.tree.setObjectName("comments_tree")
        self.tree.setHeaderLabels([translate("CommentsPanel", "Comment"), translate("CommentsPanel", "By"), translate("CommentsPanel", "When")])
        self.tree.setColumnWidth(0, 320)
        self.text = QLineEdit()
        self.text.setObjectName("comments_text")
        self.text.setPlaceholderText(translate("CommentsPanel", "A comment (Enter adds it; with a comment selected, Reply answers it)"))
        self.text.setMaxLength(20_000)
        self.text.returnPressed.connect(self.add)
        self.shareable = QCheckBox(translate("CommentsPanel", "&Shareable"))
        self.shareable.setToolTip(translate("CommentsPanel", "May be printed in a shareable briefing on request; internal otherwise"))
        self.add_button = QPushButton(translate("CommentsPanel", "&Add"))
        self.add_button.clicked.connect(self.add)
        self.reply_button = QPushButton(translate("CommentsPanel", "&Reply"))
        self.reply_button.clicked.connect(self.reply)
        self.resolve_button = QPushButton(translate("CommentsPanel", "Resol&ve / reopen"))
        self.resolve_button.clicked.connect(self.toggle_resolved)
        self.message = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.text, 1)
        row.addWidget(self.shareable)
        row.addWidget(self.add_button)
        row.addWidget(self.reply_button)
        row.addWidget(self.resolve_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        ctx.bus.changed.connect(self._on_changed)
        self.set_target(None, None)

    def set_target(self, kind: str | None, target_id: str | None) -> None:
        self.target = (kind, target_id) if kind and target_id else None
        for w in (self.text, self.add_button, self.reply_button, self.resolve_button, self.shareable):
            w.setEnabled(self.target is not None)
        self.reload()

    def reload(self) -> None:
        self.tree.clear()
        if self.target is None:
            return
        names = {m.id: m.initials for m in self.ctx.log.members.list()}
        for thread in self.ctx.log.comments.threads(self.target[1]):
            root = self._item(thread.root, names)
            self.tree.addTopLevelItem(root)
            for reply in thread.replies:
                root.addChild(self._item(reply, names))
            root.setExpanded(True)

    @staticmethod
    def _item(comment, names: dict[str, str]) -> QTreeWidgetItem:
        flags = (" · resolved" if comment.resolved else "") + (" · shareable" if comment.audience == "shareable" else "")
        text = " ".join(comment.text.split())
        item = QTreeWidgetItem([text[:300] + flags, names.get(comment.author or "", "—"), comment.at[:16]])
        item.setData(0, Qt.ItemDataRole.UserRole, comment.id)
        item.setToolTip(0, comment.text[:2000])
        if comment.resolved:
            item.setForeground(0, Qt.GlobalColor.gray)
        return item

    def selected_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _run(self, text: str, do, undo) -> Changed | None:
        try:
            changed = run(self.ctx, ServiceCommand(self.ctx, text, do, undo))
        except UserError as exc:
            self.message.setText(error_text(exc))
            return None
        self.message.setText("")
        return changed

    def add(self, parent_id: str | None = None) -> Changed | None:
        if self.target is None:
            return None
        log, (kind, target_id) = self.ctx.log, self.target
        text = self.text.text()
        audience = "shareable" if self.shareable.isChecked() else "internal"
        parent = parent_id or None
        changed = self._run(translate("CommentsPanel", "Add comment") if parent is None else translate("CommentsPanel", "Reply"),
                            lambda: log.comments.add(kind, target_id, text, audience=audience, parent_id=parent),
                            lambda done: log.comments.delete(done.record.id))
        if changed is not None:
            self.text.clear()
        return changed

    def reply(self) -> Changed | None:
        selected = self.selected_id()
        if selected is None:
            self.message.setText(translate("CommentsPanel", "Select the comment to reply to"))
            return None
        return self.add(parent_id=selected)

    def toggle_resolved(self) -> Changed | None:
        selected = self.selected_id()
        if selected is None:
            return None
        log = self.ctx.log
        root = log.comments.get(selected)
        root = log.comments.get(root.parent_id) if root.parent_id else root
        was = root.resolved
        return self._run(translate("CommentsPanel", "Reopen thread") if was else translate("CommentsPanel", "Resolve thread"),
                         lambda: log.comments.resolve(root.id, not was),
                         lambda _done: log.comments.resolve(root.id, was))

    def _on_changed(self, changed: Changed) -> None:
        if "comments" in changed.entities or "members" in changed.entities:
            self.reload()
