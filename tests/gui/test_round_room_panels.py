"""The comments panel and the roster dialog: every write through the undo stack, refusals shown in one line."""

from __future__ import annotations

from mineralsdesk.gui.roundroom.comments import CommentsPanel
from mineralsdesk.gui.roundroom.roster import RosterDialog


def test_comments_panel_adds_replies_resolves_and_undoes(qtbot, ctx):
    clause = next(c for c in ctx.log.clauses.list() if not ctx.log.comments.list(c.id))  # the demo has threads
    panel = CommentsPanel(ctx)
    qtbot.addWidget(panel)
    assert not panel.add_button.isEnabled()
    panel.set_target("clause", clause.id)
    panel.text.setText("Check with capital")
    assert panel.add() is not None and panel.tree.topLevelItemCount() == 1
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    panel.text.setText("Done, fine")
    panel.shareable.setChecked(True)
    assert panel.reply() is not None
    root = panel.tree.topLevelItem(0)
    assert root.childCount() == 1 and "shareable" in root.child(0).text(0)
    panel.tree.setCurrentItem(root.child(0))
    panel.toggle_resolved()  # on a reply: resolves its thread
    assert "resolved" in panel.tree.topLevelItem(0).text(0)
    ctx.undo_stack.undo()
    assert "resolved" not in panel.tree.topLevelItem(0).text(0)
    panel.text.setText("   ")
    assert panel.add() is None and "must not be empty" in panel.message.text()
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert panel.tree.topLevelItemCount() == 0 and ctx.log.comments.list(clause.id) == []


def test_roster_dialog_adds_refuses_duplicates_and_keeps_authors(qtbot, ctx):
    dialog = RosterDialog(ctx)
    qtbot.addWidget(dialog)
    before = dialog.table.rowCount()  # the demo's own roster; "Ana Ruiz" sorts first by name
    dialog.name.setText("Ana Ruiz")
    dialog.initials.setText("ar")
    dialog.role.setText("lawyer")
    assert dialog.add_member() and dialog.table.rowCount() == before + 1 and dialog.table.item(0, 0).text() == "AR"
    dialog.name.setText("Another")
    dialog.initials.setText("AR")
    assert not dialog.add_member() and "taken" in dialog.message.text()
    member = ctx.log.members.by_initials("AR")
    ctx.log.comments.add("clause", ctx.log.clauses.list()[0].id, "mine", author=member.id)
    dialog.table.setCurrentCell(0, 0)
    assert not dialog.remove() and "inactive" in dialog.message.text()
    assert dialog.toggle_active() and not ctx.log.members.get(member.id).active
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "AR")
    assert dialog.table.item(row, 3).text() == "no"  # inactive members sort last
    ctx.undo_stack.undo()
    assert ctx.log.members.get(member.id).active
