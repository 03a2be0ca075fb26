"""The Topics screen's redline pane: pick two clauses on the topic and see the word-level changes from one to the other."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from ...domain.redline import Segment
from ...services.read_models import TopicClause
from ..clauses.detail import deleted_html, inserted_html
from ..common.combo import combo_value, select_value, set_choices
from ..language import translate

_DOC_STYLE = "body { font-size: 10.5pt; line-height: 140%; }"


def segments_html(segments: list[Segment], party: str) -> str:
    """A redline as rich text, coloured as the clause screen colours one (views/clause_detail.py)."""
    parts = []
    for seg in segments:
        text = html.escape(seg.text).replace("\n", "<br>")
        parts.append(inserted_html(text, party) if seg.kind == "insert"
                     else deleted_html(text) if seg.kind == "delete" else text)
    return "<p>" + "".join(parts) + "</p>"


class RedlinePane(QWidget):
    """Two clause pickers ("from" and "with"), a swap button, the redline and its legend."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.clauses: dict[str, TopicClause] = {}
        self.source = QComboBox()
        self.target = QComboBox()
        for combo, name in ((self.source, translate("RedlinePane", "Clause compared from")),
                           (self.target, translate("RedlinePane", "Clause compared with"))):
            combo.setAccessibleName(name)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(24)
            combo.currentIndexChanged.connect(self.refresh)
        from_label = QLabel(translate("RedlinePane", "Redline &from:"))
        from_label.setBuddy(self.source)
        with_label = QLabel(translate("RedlinePane", "&to:"))
        with_label.setBuddy(self.target)
        self.swap = QPushButton(translate("RedlinePane", "S&wap"))
        self.swap.setToolTip(translate("RedlinePane", "Compare the other way round"))
        self.swap.clicked.connect(self.swap_sides)
        row = QHBoxLayout()
        row.addWidget(from_label)
        row.addWidget(self.source)
        row.addWidget(with_label)
        row.addWidget(self.target)
        row.addWidget(self.swap)
        row.addStretch(1)
        self.view = QTextBrowser()
        self.view.setReadOnly(True)
        self.view.setTabChangesFocus(True)
        self.view.setAccessibleName(translate("RedlinePane", "Redline between the two clauses"))
        self.view.document().setDefaultStyleSheet(_DOC_STYLE)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)

    def set_clauses(self, clauses: list[TopicClause], first: str | None, second: str | None) -> None:
        """Offer these clauses on both sides, choosing `first` and `second` (clause ids) when given."""
        self.clauses = {c.row.id: c for c in clauses}
        choices = [(f"{c.row.track_ref} {c.row.ref} — {c.row.title}", c.row.id) for c in clauses]
        for combo, value in ((self.source, first), (self.target, second)):
            combo.blockSignals(True)
            set_choices(combo, choices, current=value)
            combo.blockSignals(False)
        for widget in (self.source, self.target, self.swap):
            widget.setEnabled(len(clauses) > 1)
        self.refresh()

    def swap_sides(self) -> None:
        a, b = combo_value(self.source), combo_value(self.target)
        self.source.blockSignals(True)
        select_value(self.source, b)
        self.source.blockSignals(False)
        select_value(self.target, a)
        self.refresh()

    def refresh(self, *_args) -> None:
        a, b = self.clauses.get(combo_value(self.source)), self.clauses.get(combo_value(self.target))
        if a is None or b is None:
            self.view.setHtml("")
            self.legend.setText(translate("RedlinePane", "Fewer than two clauses on this topic: nothing to compare.")
                                if len(self.clauses) < 2 else translate("RedlinePane", "Pick two clauses to compare."))
            return
        if a is b:
            self.view.setHtml("")
            self.legend.setText(translate("RedlinePane", "The same clause on both sides: pick another to compare."))
            return
        segments = self.ctx.log.read.redline_between(a.row.id, b.row.id)
        party = b.row.party
        self.view.setHtml(segments_html(segments, party))
        names = (html.escape(f"{a.row.track_ref} {a.row.ref}"), html.escape(f"{b.row.track_ref} {b.row.ref}"))
        self.legend.setText(translate("RedlinePane", "Legend: {inserted} (underlined): only in {second} · {deleted} (struck through): "
                                      "only in {first} · plain: in both.").format(
            inserted=inserted_html(translate("RedlinePane", "inserted"), party), deleted=deleted_html(translate("RedlinePane", "deleted")),
            first=names[0], second=names[1]))


__all__ = ["RedlinePane", "segments_html"]
