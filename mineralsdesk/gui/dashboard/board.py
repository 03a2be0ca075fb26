"""The dashboard: one calm card per track with its clause statuses, bracket chart, deadlines and recent change."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain import rules
from ...domain.model import Commitment, Track
from ...i18n import QT_TRANSLATE_NOOP
from ...services.read_models import TrackSummary
from ..common.combo import combo_value, set_track_filter, value_index
from ..common.dates import show_date
from ..context import AppContext
from ..language import translate
from ..style import CONCLUDED_COLOUR, DEADLINE_COLOURS, SPACING, chart_height

OVERDUE_SHOWN = 3  # overdue commitments a card names; the rest are one link to the Commitments screen
NEXT_SHOWN = 5  # upcoming deadlines a card names (track_summary reads this many)

WATCHED = frozenset({"tracks", "rounds", "clauses", "clause_versions", "brackets", "commitments", "anchors", "members",
                     "settings"})


def _deadline_line(ctx: AppContext, c: Commitment, today: date) -> str:
    state = rules.deadline_state(c.due, today, rules.commitment_done(c.state))
    colour = DEADLINE_COLOURS.get(state)
    due = show_date(c.due, "medium") if c.due else translate("Dashboard", "no date")
    when = f"<b style='color:{colour.name()}'>{due}</b>" if colour else f"<b>{due}</b>"
    if state is rules.DeadlineState.OVERDUE:
        days = rules.days_overdue(c.due, today)
        overdue = translate("Dashboard", "(1 day overdue)") if days == 1 else translate("Dashboard", "({n} days overdue)").format(n=days)
        when += f" <span style='color:{colour.name()}'>{overdue}</span>"
    text = html.escape(c.text if len(c.text) <= 90 else c.text[:88] + "…")
    return f"{when} &nbsp;{html.escape(c.owner)} — <a href='commitment:{c.id}'>{text}</a>"


class TrackCard(QFrame):
    """Everything a negotiator checks first about one track."""

    def __init__(self, ctx: AppContext, summary: TrackSummary, open_link, parent: QWidget | None = None):
        # The painted widgets load with the first card, after the first paint (placeholders do not need them).
        from .charts import BracketChart, StatusBar, StatusLegend

        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("track_card")
        track, today = summary.track, ctx.today()
        grid = QGridLayout(self)
        grid.setContentsMargins(SPACING * 2, SPACING * 2, SPACING * 2, SPACING * 2)
        grid.setHorizontalSpacing(SPACING * 3)
        grid.setVerticalSpacing(SPACING)
        title = QLabel(_title_text(track))
        grid.addWidget(title, 0, 0, 1, 2)
        target = QLabel(self._target_text(track, summary, today))
        target.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(target, 0, 2)

        left = QVBoxLayout()
        total, brackets = sum(summary.status_counts.values()), summary.open_brackets
        left.addWidget(QLabel("<b>{clauses}</b> · {brackets}".format(
            clauses=translate("Dashboard", "1 clause") if total == 1 else translate("Dashboard", "{n} clauses").format(n=total),
            brackets=(translate("Dashboard", "1 open bracket") if brackets == 1
                      else translate("Dashboard", "{n} open brackets").format(n=brackets)))))
        left.addWidget(StatusBar(summary.status_counts))
        self.legend = StatusLegend(summary.status_counts)
        left.addWidget(self.legend)
        topics = ", ".join(f"{t} {n}" for t, n in sorted(summary.topic_counts.items(), key=lambda kv: -kv[1]))
        left.addWidget(self._rich("<span style='color:gray'>" + translate("Dashboard", "Topics:") + "</span> "
                                  + html.escape(topics)))
        left.addStretch(1)
        grid.addLayout(left, 1, 0)
        self.chart = BracketChart(summary.burndown, track.target_date, today)
        grid.addWidget(self.chart, 1, 1)

        right = QVBoxLayout()
        # A long log has dozens overdue per track: the card names the most overdue few and links to the rest,
        # so it stays a glance and the dashboard does not turn into one long list.
        overdue = sorted(summary.overdue, key=lambda c: c.due or date.max)
        shown = overdue if len(overdue) <= OVERDUE_SHOWN + 1 else overdue[:OVERDUE_SHOWN]  # never "and 1 more"
        self.overdue_lines = [self._rich(_deadline_line(ctx, c, today), open_link) for c in shown]
        self.more_overdue: QLabel | None = None
        if overdue:
            head = "<b>" + translate("Dashboard", "Overdue") + "</b>"
            right.addWidget(QLabel(f"{head} · {len(overdue)}" if len(overdue) > 1 else head))
            for line in self.overdue_lines:
                right.addWidget(line)
            if len(overdue) > len(shown):
                # The Commitments screen takes a track's id as "show this track's commitments".
                rest = len(overdue) - len(shown)
                more = translate("Dashboard", "and {n} more overdue").format(n=rest)
                self.more_overdue = self._rich(f"<a href='commitment:{track.id}'>{more}</a>", open_link)
                self.more_overdue.setToolTip(translate("Dashboard", "This track's commitments by due date, in Commitments"))
                right.addWidget(self.more_overdue)
            right.addSpacing(SPACING // 2)
        right.addWidget(QLabel("<b>" + translate("Dashboard", "Next deadlines") + "</b>"))
        upcoming = summary.next_deadlines[:NEXT_SHOWN]
        self.next_lines = [self._rich(_deadline_line(ctx, c, today), open_link) for c in upcoming]
        for line in self.next_lines:
            right.addWidget(line)
        if not upcoming:
            right.addWidget(self._rich("<span style='color:gray'>" + translate("Dashboard", "Nothing due") + "</span>"))
        right.addSpacing(SPACING)
        right.addWidget(self._rich(_last_round_text(summary), open_link))
        right.addStretch(1)
        grid.addLayout(right, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 4)
        grid.setColumnStretch(2, 5)

    @staticmethod
    def _target_text(track: Track, summary: TrackSummary, today: date) -> str:
        return target_html(track, rules.track_state(track.target_date, today, summary.concluded), today)

    @staticmethod
    def _rich(text: str, open_link=None) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        if open_link is not None:
            label.linkActivated.connect(open_link)
        return label


class CardPlaceholder(QFrame):
    """Stands in for a track's card until its summary is read: the same frame and title, about its height."""

    def __init__(self, track: Track, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("track_card_placeholder")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 2, SPACING * 2, SPACING * 2, SPACING * 2)
        layout.setSpacing(SPACING)
        layout.addWidget(QLabel(_title_text(track)))
        reading = translate("Dashboard", "Reading its clauses, brackets and deadlines…")
        layout.addWidget(QLabel(f"<span style='color:gray'>{reading}</span>"))
        # A card's height is set by its bracket chart, so the list does not jump when the card replaces this.
        layout.addSpacing(chart_height(self.font()) - self.fontMetrics().height() - SPACING)


class DashboardView(QWidget):
    """Cards for every track, live tracks (target date ahead) first; a filter shows one track.

    A card is a track summary plus its layout, ~50-80 ms each on a 100k-version log, and a log may have
    40 tracks. So nothing waits for them: before the first paint the first screen gets a placeholder per
    track (its title and a "reading" line, the size of a card), and after it the cards are built one per
    event-loop turn, each taking its placeholder's place; the window paints at once and stays responsive.
    A refresh once painted (an edit, the filter) builds the first screen's cards at once, as a flash of
    placeholders on every edit would be worse than the wait.
    """

    cards_per_turn = 1

    open_requested = Signal(str, str)  # kind, entity id: the main window shows it in its screen

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._pending: list[Track] = []  # tracks whose cards are still to be built
        self._placeholders: dict[str, CardPlaceholder] = {}  # track id -> what stands in for its card
        self._generation = 0  # bumped by each refresh, so a stale build turn does nothing
        self._painted = False  # the rest of the cards wait for the first paint (queued timers could run before it)
        self.track_filter = QComboBox()
        self.track_filter.setAccessibleName(translate("Dashboard", "Track"))
        self.track_filter.currentIndexChanged.connect(self._filter_changed)
        heading = QLabel("<span style='font-size:15pt'><b>" + translate("Dashboard", "Dashboard") + "</b></span>")
        self.today_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(SPACING * 2)
        top.addWidget(self.today_label)
        top.addStretch(1)
        top.addWidget(QLabel(translate("Dashboard", "Track")))
        top.addWidget(self.track_filter)
        self.cards = QVBoxLayout()
        self.cards.setSpacing(SPACING * 2)
        self.team = QVBoxLayout()  # the round room's team card, above the track cards (gui/roundroom/team_card.py)
        self.team.setContentsMargins(0, 0, 0, SPACING * 2)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(self.team)
        self.sync_box = QVBoxLayout()  # "last synced with" per colleague (gui/sync/card.py), once there are any
        self.sync_box.setContentsMargins(0, 0, 0, SPACING * 2)
        column.addLayout(self.sync_box)
        column.addLayout(self.cards, 1)
        scroll = self.scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 2, SPACING * 2, SPACING * 2, SPACING)
        layout.addLayout(top)
        layout.addWidget(scroll)
        ctx.bus.changed.connect(self._on_changed)
        ctx.bus.log_replaced.connect(self._fill_filter)
        ctx.bus.log_closed.connect(self._stop_filling)
        self._fill_filter()

    def _fill_filter(self) -> None:
        every = self.ctx.log.tracks.list()  # read once for the filter and the cards (~2.5 ms for 400 tracks)
        set_track_filter(self.track_filter, translate("Dashboard", "All tracks"),
                         [(t.ref, t.id, t.title) for t in every])
        self.refresh(every)

    def _filter_changed(self, _index: int) -> None:
        self.refresh()

    def ordered_tracks(self, every: list[Track] | None = None) -> list[Track]:
        """The tracks the filter shows, in the cards' order; `every`: every track, when just read."""
        today = self.ctx.today()
        chosen = combo_value(self.track_filter)
        every = self.ctx.log.tracks.list() if every is None else every
        tracks = [t for t in every if chosen in (None, t.id)]
        concluded = self.ctx.log.read.concluded_track_ids(every)
        # Live negotiations first (nearest target first), then those past their target, then the concluded.
        return sorted(tracks, key=lambda t: (t.id in concluded, t.target_date is None or t.target_date < today,
                                             t.target_date or date.max))

    def refresh(self, every: list[Track] | None = None) -> None:
        """The cards again; `every`: every track, when the caller has just read them."""
        every = self.ctx.log.tracks.list() if every is None else every
        while self.cards.count():
            item = self.cards.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._generation += 1
        today = self.ctx.today()
        self.today_label.setText(f"<span style='color:gray'>{QLocale().toString(today, QLocale.FormatType.LongFormat)}</span>")
        if not every:
            self.cards.addWidget(QLabel(translate("Dashboard", "No tracks yet. Add one under Tracks (Ctrl+2).")))
        self._refresh_team()
        self._refresh_sync()
        self.cards.addStretch(1)
        self._placeholders.clear()
        self._pending = self.ordered_tracks(every)
        # The first screen (the view is not laid out yet, so the window's height): placeholders before the
        # first paint, the cards themselves after it.
        budget, used = max(self.window().height(), 1), 0
        if not self._painted:
            for track in self._pending:
                if used >= budget:
                    break
                placeholder = self._placeholders[track.id] = CardPlaceholder(track)
                self.cards.insertWidget(self.cards.count() - 1, placeholder)  # above the closing stretch
                used += placeholder.sizeHint().height() + self.cards.spacing()
        else:
            while self._pending and used < budget:
                used += self._add_card(self._pending.pop(0)).sizeHint().height()
        self._schedule_more()

    def _refresh_team(self) -> None:
        """The team card when the log has a roster and all tracks are shown."""
        while self.team.count():
            item = self.team.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        if self.ctx.log.members.list(active_only=True) and combo_value(self.track_filter) is None:
            from ..roundroom.team_card import TeamCard  # loaded with the first roster

            self.team.addWidget(TeamCard(self.ctx, self._open_link))

    def _refresh_sync(self) -> None:
        """The sync card when this laptop knows colleagues (a clone made here, or a file received)."""
        while self.sync_box.count():
            item = self.sync_box.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        if self.ctx.log.read.knows_colleagues():
            from ..sync.card import SyncCard  # loaded with the first colleague

            self.sync_box.addWidget(SyncCard(self.ctx))

    def sync_card(self):
        """The sync card shown, or None."""
        item = self.sync_box.itemAt(0)
        return item.widget() if item is not None else None

    def team_card(self):
        """The team card shown, or None."""
        item = self.team.itemAt(0)
        return item.widget() if item is not None else None

    def card_count(self) -> int:
        return sum(isinstance(self.cards.itemAt(i).widget(), TrackCard) for i in range(self.cards.count()))

    def is_filling(self) -> bool:
        """True while cards are still to be built."""
        return bool(self._pending)

    def placeholder_count(self) -> int:
        return len(self._placeholders)

    def _add_card(self, track: Track) -> TrackCard:
        summary = self.ctx.log.read.track_summary(track, self.ctx.today(), upcoming=NEXT_SHOWN)
        card = TrackCard(self.ctx, summary, self._open_link)
        placeholder = self._placeholders.pop(track.id, None)
        if placeholder is not None:  # the card takes its placeholder's place
            self.cards.replaceWidget(placeholder, card)
            placeholder.deleteLater()
        else:
            self.cards.insertWidget(self.cards.count() - 1, card)  # above the closing stretch
        return card

    def _stop_filling(self) -> None:
        """The log is being closed: build turns already queued must not read it (log_replaced starts over)."""
        self._generation += 1
        self._pending = []

    def _schedule_more(self) -> None:
        if self._pending and self._painted:
            generation = self._generation
            QTimer.singleShot(0, lambda: self._build_more(generation))

    def _build_more(self, generation: int) -> None:
        if generation != self._generation:
            return  # a refresh (filter, edit, other log) started again since
        if not self.isVisible():
            return  # resumed by showEvent; a hidden window may have closed its log (damage found)
        for _ in range(min(self.cards_per_turn, len(self._pending))):
            self._add_card(self._pending.pop(0))
        self._schedule_more()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._schedule_more()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self._schedule_more()

    def _open_link(self, link: str) -> None:
        kind, _, entity_id = link.partition(":")
        self.open_requested.emit(kind, entity_id)

    def open_item(self, entity_id: str) -> None:
        """Show only the track with this id (other kinds have their own screens)."""
        index = value_index(self.track_filter, entity_id)
        if index >= 0:
            self.track_filter.setCurrentIndex(index)

    def _on_changed(self, changed) -> None:
        if "tracks" in changed.entities:
            self._fill_filter()
        elif not changed.entities or changed.entities & WATCHED:
            self.refresh()


def target_html(track: Track, state: rules.TrackState, today: date) -> str:
    """A track's target as the dashboard and the Tracks screen show it: days left, concluded, or days past."""
    if state is rules.TrackState.NO_TARGET:
        return "<span style='color:gray'>" + translate("Dashboard", "no target date") + "</span>"
    target = (translate("Dashboard", "Target {date}").format(date=short_date(track.target_date)) if track.target_date
              else translate("Dashboard", "No target date"))
    if state is rules.TrackState.CONCLUDED:
        concluded = translate("Dashboard", "concluded")
        return f"{target} · <b style='color:{CONCLUDED_COLOUR.name()}'>✓ {concluded}</b>"
    days = (track.target_date - today).days
    if state is rules.TrackState.OPEN:
        soon = rules.deadline_state(track.target_date, today) is rules.DeadlineState.DUE_SOON
        colour = DEADLINE_COLOURS[rules.DeadlineState.DUE_SOON].name() if soon else ""
        style = f" style='color:{colour}'" if colour else ""
        left = translate("Dashboard", "1 day left") if days == 1 else translate("Dashboard", "{n} days left").format(n=days)
        return f"{target} · <b{style}>{left}</b>"
    colour = DEADLINE_COLOURS[rules.DeadlineState.OVERDUE].name()
    late = -days
    past = translate("Dashboard", "1 day past") if late == 1 else translate("Dashboard", "{n} days past").format(n=late)
    return f"{target} · <b style='color:{colour}'>{past}</b>"


def short_date(day: date) -> str:
    """A date as a card shows it, in the app's language ("05 Mar 2026")."""
    return show_date(day, "medium")


def _title_text(track: Track) -> str:
    return (f"<span style='font-size:13pt'><b>{html.escape(track.title)}</b></span>"
            f" &nbsp;<span style='color:gray'>{html.escape(track.ref)} · {html.escape(' – '.join(track.parties))}</span>")


def _last_round_text(summary: TrackSummary) -> str:
    """What the last round changed in the text, and how much was edited in the log after it."""
    last = summary.last_round
    if last is None:
        return "<span style='color:gray'>" + translate("Dashboard", "No rounds yet") + "</span>"
    place = f", {html.escape(last.place)}" if last.place else ""
    name = translate("Dashboard", "Round {number}").format(number=last.number)
    head = f"<b>{name}</b> ({short_date(last.date)}{place}): "
    rc = summary.last_round_changes
    parts = []
    if rc is not None:
        for n, one, many in (
                (rc.clauses_revised, QT_TRANSLATE_NOOP("Dashboard", "1 clause revised"),
                 QT_TRANSLATE_NOOP("Dashboard", "{n} clauses revised")),
                (rc.brackets_opened, QT_TRANSLATE_NOOP("Dashboard", "1 bracket opened"),
                 QT_TRANSLATE_NOOP("Dashboard", "{n} brackets opened")),
                (rc.brackets_resolved, QT_TRANSLATE_NOOP("Dashboard", "1 bracket resolved"),
                 QT_TRANSLATE_NOOP("Dashboard", "{n} brackets resolved")),
                (rc.positions_recorded, QT_TRANSLATE_NOOP("Dashboard", "1 position recorded"),
                 QT_TRANSLATE_NOOP("Dashboard", "{n} positions recorded"))):
            if n:
                parts.append(translate("Dashboard", one) if n == 1 else translate("Dashboard", many).format(n=n))
    text = head + (", ".join(parts) if parts else translate("Dashboard", "no text changes"))
    if summary.changes_since_last_round:
        edits = summary.changes_since_last_round
        edits = (translate("Dashboard", "1 edit in the log since then") if edits == 1
                 else translate("Dashboard", "{n} edits in the log since then").format(n=edits))
        text += f"<br><a href='round:{last.id}'>{edits}</a>"
    return text
