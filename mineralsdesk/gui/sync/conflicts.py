"""The Conflicts screen: the open sync conflicts, the three values side by side (a redline for clause text), and
resolution by ours / theirs / an edited value, each one undoable step."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.redline import diff_words
from ...errors import UserError
from ...services.sync import review
from ..clauses.detail import deleted_html, inserted_html
from ..commands import ServiceCommand, run
from ..common.errors import error_text
from ..common.fit import fit_headers
from ..context import AppContext
from ..language import translate
from ..style import SPACING, mute
from ..topics.redline import segments_html
from .model import ConflictsModel

_DOC_STYLE = "body { font-size: 10.5pt; line-height: 140%; }"


def value_html(value: str | None) -> str:
    if value is None:
        return "<p style='color:gray'><i>(none: the record is not there)</i></p>"
    return "<p>" + html.escape(value).replace("\n", "<br>") + "</p>"


class ConflictsView(QWidget):
    """Table of open conflicts above a detail pane: Base | Ours | Theirs, then the edited value and the choices."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        heading = QLabel("<span style='font-size:15pt'><b>{}</b></span>".format(translate("ConflictsView", "Conflicts")))
        self.summary = QLabel()
        mute(self.summary)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(SPACING * 2)
        top.addWidget(self.summary, 1)
        self.model = ConflictsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("ConflictsView", "Open sync conflicts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)  # one line a conflict; the panes below show the whole values
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_detail())
        # The detail: three values side by side.
        self.panes: dict[str, QTextBrowser] = {}
        self.pane_titles: dict[str, QLabel] = {}
        grid = QGridLayout()
        for col, (key, title) in enumerate((("base", translate("ConflictsView", "Base (before either edit)")),
                                            ("ours", translate("ConflictsView", "Ours (this laptop)")),
                                            ("theirs", translate("ConflictsView", "Theirs (the colleague's)")))):
            label = QLabel(f"<b>{title}</b>")
            view = QTextBrowser()
            view.setTabChangesFocus(True)
            view.setAccessibleName(title)
            view.document().setDefaultStyleSheet(_DOC_STYLE)
            self.panes[key], self.pane_titles[key] = view, label
            grid.addWidget(label, 0, col)
            grid.addWidget(view, 1, col)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)
        self.editor.setAccessibleName(translate("ConflictsView", "Edited value"))
        self.editor.setMaximumHeight(90)
        edit_label = QLabel(translate("ConflictsView", "Edited &value (prefilled with ours):"))
        edit_label.setBuddy(self.editor)
        self.ours_button = QPushButton(translate("ConflictsView", "Keep &ours"))
        self.theirs_button = QPushButton(translate("ConflictsView", "Take &theirs"))
        self.edited_button = QPushButton(translate("ConflictsView", "Use e&dited value"))
        self.ours_button.setToolTip(translate("ConflictsView", "Keep this laptop's value; the conflict is settled"))
        self.theirs_button.setToolTip(translate("ConflictsView", "Write the colleague's value here"))
        self.edited_button.setToolTip(translate("ConflictsView", "Write the value in the editor above"))
        self.ours_button.clicked.connect(lambda: self.resolve("ours"))
        self.theirs_button.clicked.connect(lambda: self.resolve("theirs"))
        self.edited_button.clicked.connect(lambda: self.resolve("value"))
        buttons = QHBoxLayout()
        for button in (self.ours_button, self.theirs_button, self.edited_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        detail = QWidget()
        column = QVBoxLayout(detail)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(grid, 1)
        column.addWidget(self.legend)
        column.addWidget(edit_label)
        column.addWidget(self.editor)
        column.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 2, SPACING * 2, SPACING * 2, SPACING)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        ctx.bus.changed.connect(self._on_changed)
        ctx.bus.log_replaced.connect(self.refresh)
        self.refresh()

    # -- reading -------------------------------------------------------------------------------------------
    def _on_changed(self, _changed) -> None:
        self.refresh()  # a bound method: it leaves the bus with the screen (View > Language rebuilds screens)

    def refresh(self) -> None:
        chosen = self.current()
        self.model.set_rows(review.open_conflicts(self.ctx.log))
        n = len(self.model.rows)
        self.summary.setText(translate("ConflictsView", "No open conflicts: every sync file merged cleanly.") if n == 0 else
                             self.tr("%n open conflict(s): a field changed on this laptop and on a "
                                       "colleague's. Nothing was overwritten; choose the value to keep.", "", n))
        self.table.resizeColumnsToContents()
        for col in range(2, 5):
            self.table.setColumnWidth(col, min(max(self.table.columnWidth(col), 120), 260))
        fit_headers(self.table)  # a translated header can be wider than the values under it
        ids = [r.id for r in self.model.rows]
        row = ids.index(chosen.id) if chosen is not None and chosen.id in ids else 0
        if n:
            self.table.selectRow(row)
        self.show_detail()

    def current(self) -> review.ConflictRow | None:
        index = self.table.currentIndex()
        rows = self.model.rows
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def show_detail(self) -> None:
        row = self.current()
        for button in (self.ours_button, self.theirs_button, self.edited_button):
            button.setEnabled(row is not None)
        self.editor.setEnabled(row is not None)
        if row is None:
            for view in self.panes.values():
                view.setHtml("<p style='color:gray'>{}</p>".format(
                    translate("ConflictsView", "Nothing to compare: no conflict is selected.")))
            self.legend.setText("")
            self.editor.setPlainText("")
            return
        c = row.conflict
        self.panes["base"].setHtml(value_html(c.base))
        party = self.ctx.log.settings.our_party
        if row.is_text and c.base is not None and None not in (c.ours, c.theirs):
            self.panes["ours"].setHtml(segments_html(diff_words(c.base, c.ours or ""), party))
            self.panes["theirs"].setHtml(segments_html(diff_words(c.base, c.theirs or ""), party))
            self.legend.setText(translate("ConflictsView", "Redline against the base: {inserted} (underlined) · {deleted} "
                                          "(struck through) · plain: as in the base.").format(
                inserted=inserted_html(translate("ConflictsView", "inserted"), party),
                deleted=deleted_html(translate("ConflictsView", "deleted"))))
        else:
            self.panes["ours"].setHtml(value_html(c.ours))
            self.panes["theirs"].setHtml(value_html(c.theirs))
            self.legend.setText(translate("ConflictsView", "{record}: field <b>{field}</b>.").format(
                record=html.escape(row.record), field=html.escape(c.field)))
        structural = c.field in ("created", "deleted")
        self.theirs_button.setEnabled(not structural)
        self.edited_button.setEnabled(not structural)
        self.editor.setEnabled(not structural)
        self.editor.setPlainText(c.ours or "")

    def open_item(self, entity_id: str) -> None:
        """Select the conflict about this record, if any."""
        for i, row in enumerate(self.model.rows):
            if row.conflict.entity_id == entity_id:
                self.table.selectRow(i)
                return

    # -- resolving ---------------------------------------------------------------------------------------------
    def resolve(self, choice: str) -> None:
        row = self.current()
        if row is None:
            return
        value = self.editor.toPlainText() if choice == "value" else None
        conflict_id = row.id
        words = {"ours": translate("ConflictsView", "Keep ours"), "theirs": translate("ConflictsView", "Take theirs"),
                 "value": translate("ConflictsView", "Use edited value")}[choice]
        command = ServiceCommand(
            self.ctx, f"{words} ({row.record}, {row.conflict.field})",
            lambda: review.resolve(self.ctx.log, conflict_id, choice=choice, value=value),
            lambda done: review.unresolve(self.ctx.log, done))
        try:
            run(self.ctx, command)
        except UserError as error:
            QMessageBox.warning(self, translate("ConflictsView", "Conflict not settled"), error_text(error))


__all__ = ["ConflictsView"]
