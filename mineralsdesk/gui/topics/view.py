"""The Topics screen: pick a topic, see each track's clauses on it side by side with the stances, and a redline."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from ...domain.model import Changed, Topic
from ...services.read_models import TopicComparison
from ..common.combo import combo_value, select_value, set_choices
from ..common.values import value_text
from ..context import AppContext
from ..keys import pick_by_digit, release_tab
from ..language import translate
from ..style import mute, set_heading_font
from .columns import TrackColumn
from .redline import RedlinePane

# What a change must touch for the screen to read the topic again.
WATCHES = frozenset({"tracks", "clauses", "clause_versions", "positions", "rounds", "parties"})


class TopicsView(QWidget):
    """One topic across tracks: a column per track (current texts, then stances) and a redline pane below."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.comparison: TopicComparison | None = None
        self.columns: list[TrackColumn] = []
        heading = QLabel(translate("TopicsView", "Topics"))
        set_heading_font(heading)
        self.topic = pick_by_digit(QComboBox())
        self.topic.setAccessibleName(translate("TopicsView", "Topic"))
        set_choices(self.topic, [(value_text(t), t) for t in Topic], current=Topic.EXPORT_EXEMPTIONS)
        self.topic.currentIndexChanged.connect(lambda _i: self.reload())
        topic_label = QLabel(translate("TopicsView", "&Topic:"))
        topic_label.setBuddy(self.topic)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        mute(self.summary)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(16)
        top.addWidget(topic_label)
        top.addWidget(self.topic)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)

        self.strip = QWidget()
        self.strip_layout = QHBoxLayout(self.strip)
        self.strip_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the columns' own views take the focus
        self.scroll.setWidget(self.strip)
        self.redline = RedlinePane(ctx)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.scroll)
        self.splitter.addWidget(self.redline)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([620, 280])  # the texts first; the redline below gets the rest (in proportion)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        ctx.bus.changed.connect(self._on_changed)
        ctx.bus.log_replaced.connect(self.reload)
        self.reload()

    def current_topic(self) -> Topic:
        return combo_value(self.topic) or Topic.OTHER

    def set_topic(self, topic: Topic | str) -> None:
        select_value(self.topic, Topic(topic))

    def reload(self) -> None:
        """Read the chosen topic again and rebuild the columns, keeping the two clauses compared when still there."""
        keep = combo_value(self.redline.source), combo_value(self.redline.target)
        self.comparison = self.ctx.log.read.topic_comparison(self.current_topic())
        for column in self.columns:
            self.strip_layout.removeWidget(column)
            column.hide()  # gone from the screen now, not once the event loop deletes it
            column.deleteLater()
        self.columns = [TrackColumn(entry, self.strip) for entry in self.comparison.tracks]
        for column in self.columns:
            self.strip_layout.addWidget(column, 1 if column.entry.clauses else 0)  # empty tracks stay narrow
        release_tab(self.strip)
        covering = self.comparison.covering
        count = len(self.comparison.clauses)
        self.summary.setText(self.tr("%n clause(s) in {covering} of {tracks} tracks", "", count).format(
            covering=len(covering), tracks=len(self.comparison.tracks)) if count
            else translate("TopicsView", "No clause on this topic yet."))
        clauses = self.comparison.clauses
        ids = {c.row.id for c in clauses}
        # By default the first clause of the first two tracks that cover the topic.
        first = covering[0].clauses[0].row.id if covering else None
        second = covering[1].clauses[0].row.id if len(covering) > 1 else (clauses[1].row.id if len(clauses) > 1
                                                                             else None)
        if keep[0] in ids and keep[1] in ids:
            first, second = keep
        self.redline.set_clauses(clauses, first, second)

    def _on_changed(self, changed: Changed) -> None:
        if changed.entities & WATCHES:
            self.reload()

    def open_item(self, entity_id: str) -> None:
        """Show the topic of a clause (by id), as other screens open their records."""
        for clause in self.ctx.log.clauses.list():
            if clause.id == entity_id:
                self.set_topic(clause.topic)
                return
