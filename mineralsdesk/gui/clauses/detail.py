"""One clause in detail: its text with brackets by party, versions by round, a redline of any two, its brackets."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain import model, rules
from ...domain.brackets import parse_brackets
from ...domain.model import Changed
from ...errors import BracketError, InvalidInputError, NotFoundError, StaleEditError
from ..attachments.panel import AttachmentsPanel
from ..commands import ServiceCommand, run
from ..common.combo import clear_choices, combo_value, set_choices, value_index
from ..common.errors import error_text
from ..common.fit import shrinkable
from ..common.values import value_text
from ..context import AppContext
from ..language import current_language, translate
from ..style import INTERNAL_COLOUR, REDLINE_DELETED, mute, party_colour, set_heading_font

_DOC_STYLE = "body { font-size: 11pt; line-height: 140%; }"
_WEAKER = "#a5402d"
_STRONGER = "#2f6db5"


def _tint(code: str, strength: float = 0.16) -> str:
    """A pale wash of a party's colour (mixed with white), so bracketed text stays easy to read."""
    colour = party_colour(code)
    mix = [round(255 - (255 - c) * strength) for c in (colour.red(), colour.green(), colour.blue())]
    return "#{:02x}{:02x}{:02x}".format(*mix)


def bracketed_html(text: str, proposers: dict[str, str]) -> str:
    """The text as HTML with every [bracketed] span shaded in its proposer's colour (nested spans nest)."""
    try:
        spans = parse_brackets(text)
    except BracketError:
        return f"<p>{html.escape(text)}</p>"  # stored texts always parse; this keeps a bad import readable
    events: list[tuple[int, int, str]] = []  # (position, order, markup): closings sort before openings
    for span in spans:
        code = proposers.get(span.text, "")
        colour = party_colour(code).name() if code else "#555555"
        background = _tint(code) if code else "#eeeeee"
        events.append((span.start, 1, f'<span style="background-color:{background};">'
                                       f'<b style="color:{colour};">['))
        events.append((span.end - 1, 0, f'<b style="color:{colour};">]</b>'))
        events.append((span.end, -1, "</span>"))
    events.sort(key=lambda e: (e[0], e[1]))
    out, cursor = [], 0
    for position, order, markup in events:
        out.append(html.escape(text[cursor:position]))
        out.append(markup + ("</b>" if order == 1 else ""))
        cursor = position + (1 if order in (0, 1) else 0)
    out.append(html.escape(text[cursor:]))
    return "<p>" + "".join(out).replace("\n", "<br>") + "</p>"


def inserted_html(text: str, party: str) -> str:
    """Inserted words: underlined, in the proposing party's colour on a pale wash of it."""
    return f'<u style="color:{party_colour(party).name()}; background-color:{_tint(party, 0.14)};">{text}</u>'


def deleted_html(text: str) -> str:
    """Deleted words: struck through in a muted grey-red, no wash (lighter and plainer than an insertion)."""
    return f'<s style="color:{REDLINE_DELETED.name()};">{text}</s>'


def redline_html(old: str, new: str, party: str) -> str:
    """Word redline from old to new: insertions underlined in the new version's party colour on its wash,
    deletions struck through in grey-red (style.REDLINE_DELETED): told apart without colour too."""
    # With difflib, loaded when a clause is first shown, not at start-up.
    from ...domain.redline import diff_words

    parts = []
    for seg in diff_words(old, new):
        text = html.escape(seg.text).replace("\n", "<br>")
        if seg.kind == "insert":
            parts.append(inserted_html(text, party))
        elif seg.kind == "delete":
            parts.append(deleted_html(text))
        else:
            parts.append(text)
    return "<p>" + "".join(parts) + "</p>"


def modal_report(old: str, new: str) -> list[tuple[str, str]]:
    """One line per changed modal verb, with "weakened", "strengthened" or "changed" (the domain's verdict)."""
    from ...domain.modals import describe_modal_change, modal_changes, modal_verdict

    lang = current_language()
    return [(modal_verdict(change.old, change.new), f"{describe_modal_change(change, lang)} — {change.context}")
            for change in modal_changes(old, new)]


class ClauseDetail(QWidget):
    """The right-hand pane of the Clauses screen; `show_clause(id)` fills it, edits go through commands."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.clause: model.Clause | None = None
        self.versions: list[model.ClauseVersion] = []
        self.brackets: list[model.Bracket] = []
        self.rounds: dict[str, model.Round] = {}

        self.heading = QLabel(translate("ClauseDetail", "Select a clause"))
        set_heading_font(self.heading)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # titles come from the log, never markup
        self.heading.setWordWrap(True)
        self.facts = QLabel()
        mute(self.facts)
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QComboBox()
        self.status.setToolTip(translate("ClauseDetail", "Clause status (only the moves the negotiation rules allow are offered)"))
        self.status.activated.connect(self._status_chosen)
        self.new_version = QPushButton(translate("ClauseDetail", "New version…"))
        self.new_version.clicked.connect(self.add_version)
        self.edit = QPushButton(translate("ClauseDetail", "Edit…"))
        self.edit.clicked.connect(self.edit_clause)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("ClauseDetail", "Status")))
        bar.addWidget(self.status)
        bar.addStretch(1)
        bar.addWidget(self.edit)
        bar.addWidget(self.new_version)

        self.tabs = QTabWidget()
        self.text_view = QTextBrowser()
        self.legend = QLabel()
        text_tab = QWidget()
        column = QVBoxLayout(text_tab)
        column.addWidget(self.text_view, 1)
        column.addWidget(self.legend)
        self.tabs.addTab(text_tab, translate("ClauseDetail", "Current text"))
        self.tabs.addTab(self._build_redline_tab(), translate("ClauseDetail", "Redline"))
        self.history = self._table([translate("ClauseDetail", "No."), translate("ClauseDetail", "Round"), translate("ClauseDetail", "Date"), translate("ClauseDetail", "Proposed by"), translate("ClauseDetail", "Text")])
        self.history.setObjectName("versions_table")
        self.history.itemDoubleClicked.connect(self._compare_with_previous)
        history_tab = QWidget()
        column = QVBoxLayout(history_tab)
        column.addWidget(self.history, 1)
        note = QLabel(translate("ClauseDetail", "Versions of past rounds are read-only. Double-click a version to see what it changed."))
        note.setWordWrap(True)  # a sentence: longer in French and German than the pane is wide
        mute(note)
        column.addWidget(note)
        self.tabs.addTab(history_tab, translate("ClauseDetail", "Versions"))
        self.tabs.addTab(self._build_brackets_tab(), translate("ClauseDetail", "Brackets"))
        self.attachments = AttachmentsPanel(ctx)
        self.tabs.addTab(self.attachments, translate("ClauseDetail", "Attachments"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        ctx.bus.changed.connect(self._on_changed)
        ctx.bus.log_replaced.connect(self._on_log_replaced)
        self.show_clause(None)

    # -- building ---------------------------------------------------------------------------------------
    @staticmethod
    def _table(headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _build_redline_tab(self) -> QWidget:
        tab = QWidget()
        self.old_version = QComboBox()
        self.new_version_box = QComboBox()
        shrinkable(self.old_version, self.new_version_box)
        for combo in (self.old_version, self.new_version_box):
            combo.currentIndexChanged.connect(self._render_redline)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(translate("ClauseDetail", "From")))
        pick.addWidget(self.old_version, 1)
        pick.addWidget(QLabel(translate("ClauseDetail", "to")))
        pick.addWidget(self.new_version_box, 1)
        self.modal_banner = QLabel()
        self.modal_banner.setWordWrap(True)
        self.modal_banner.setTextFormat(Qt.TextFormat.RichText)
        self.redline_view = QTextBrowser()
        self.redline_legend = QLabel()
        column = QVBoxLayout(tab)
        column.addLayout(pick)
        column.addWidget(self.modal_banner)
        column.addWidget(self.redline_view, 1)
        column.addWidget(self.redline_legend)
        return tab

    def _build_brackets_tab(self) -> QWidget:
        tab = QWidget()
        self.bracket_table = self._table([translate("ClauseDetail", "Wording"), translate("ClauseDetail", "Proposed by"), translate("ClauseDetail", "Supporters"), translate("ClauseDetail", "Objectors"),
                                          translate("ClauseDetail", "Appeared"), translate("ClauseDetail", "Resolved")])
        self.bracket_table.setObjectName("brackets_table")
        header = self.bracket_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # long wording elides; the rest stays in view
        self.bracket_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.bracket_table.itemDoubleClicked.connect(lambda _item: self._edit_bracket())
        self.edit_bracket = QPushButton(translate("ClauseDetail", "Edit bracket…"))
        self.edit_bracket.clicked.connect(self._edit_bracket)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.edit_bracket)
        column = QVBoxLayout(tab)
        column.addWidget(self.bracket_table, 1)
        column.addLayout(row)
        return tab

    # -- filling ------------------------------------------------------------------------------------------
    def _on_log_replaced(self) -> None:
        self.show_clause(None)  # a bound method: it leaves the bus with the screen (View > Language rebuilds it)

    def show_clause(self, clause_id: str | None) -> None:
        log = self.ctx.log
        try:
            self.clause = log.clauses.get(clause_id) if clause_id else None
        except NotFoundError:
            self.clause = None
        for widget in (self.status, self.new_version, self.edit, self.tabs):
            widget.setEnabled(self.clause is not None)
        self.attachments.show_target("clause", self.clause.id if self.clause else None)
        if self.clause is None:
            self.heading.setText(translate("ClauseDetail", "Select a clause"))
            self.facts.clear()
            clear_choices(self.status)
            self.text_view.clear()
            self.redline_view.clear()
            self.history.setRowCount(0)
            self.bracket_table.setRowCount(0)
            self.modal_banner.hide()
            return
        clause = self.clause
        track = log.tracks.get(clause.track_id)
        self.rounds = {r.id: r for r in log.rounds.list(clause.track_id)}
        self.versions = log.clauses.versions(clause.id)
        self.brackets = log.brackets.list(clause.id)
        self.heading.setText(f"{track.ref} {clause.ref} — {clause.title}")
        minerals = ", ".join(clause.minerals) or translate("ClauseDetail", "no minerals named")
        self.facts.setText(f"{track.title} · {value_text(clause.topic)} · {minerals}")
        allowed = rules.allowed_transitions(clause.status)
        set_choices(self.status, [(value_text(s), s) for s in rules.STATUS_ORDER if s in allowed], clause.status)
        self._fill_text()
        self._fill_history()
        self._fill_brackets()
        self._fill_redline_choices()

    def _round_text(self, round_id: str | None) -> str:
        rnd = self.rounds.get(round_id or "")
        return translate("ClauseDetail", "R{number} {date}").format(number=rnd.number, date=rnd.date.isoformat()) if rnd else "—"

    def _fill_text(self) -> None:
        current = self.versions[-1] if self.versions else None
        proposers = {b.text: b.proposer for b in self.brackets if b.is_open}
        self.text_view.document().setDefaultStyleSheet(_DOC_STYLE)
        self.text_view.setHtml(bracketed_html(current.text, proposers) if current else "")
        parties = sorted(set(proposers.values()))
        if parties:
            chips = " ".join(f'<span style="color:{party_colour(p).name()};">■</span> {p}' for p in parties)
            self.legend.setText(translate("ClauseDetail", "Open brackets proposed by: {parties}").format(parties=chips))
        else:
            self.legend.setText(translate("ClauseDetail", "No open brackets: all of this text is agreed wording or clean draft."))

    def _fill_history(self) -> None:
        self.history.setRowCount(len(self.versions))
        for row, v in enumerate(reversed(self.versions)):
            rnd = self.rounds.get(v.round_id or "")
            cells = [str(v.number), translate("ClauseDetail", "Round {number}").format(number=rnd.number) if rnd else "—", rnd.date.isoformat() if rnd else "",
                     v.party, " ".join(v.text.split())[:140]]
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, v.number)
                if col == 3:
                    item.setForeground(party_colour(v.party))
                self.history.setItem(row, col, item)

    def _fill_brackets(self) -> None:
        rows = sorted(self.brackets, key=lambda b: (not b.is_open,))  # open ones first: they need work
        self.bracket_table.setRowCount(len(rows))
        for row, b in enumerate(rows):
            cells = [f"[{b.text}]", b.proposer, ", ".join(b.supporters), ", ".join(b.objectors),
                     self._round_text(b.round_id), translate("ClauseDetail", "open") if b.is_open else self._round_text(b.resolved_round_id)]
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, b.id)
                if col == 0:
                    item.setToolTip(b.text)
                if col == 1 and b.proposer:
                    item.setForeground(party_colour(b.proposer))
                if col == 5 and b.is_open:
                    item.setForeground(INTERNAL_COLOUR)
                self.bracket_table.setItem(row, col, item)
        self.edit_bracket.setEnabled(bool(rows))

    def _fill_redline_choices(self) -> None:
        for combo in (self.old_version, self.new_version_box):
            combo.blockSignals(True)
            set_choices(combo, [(f"v{v.number} · {self._round_text(v.round_id)} · {v.party}", v.number)
                                for v in self.versions])
            combo.blockSignals(False)
        last = len(self.versions) - 1
        self.old_version.setCurrentIndex(max(0, last - 1))
        self.new_version_box.setCurrentIndex(max(0, last))
        self._render_redline()

    def compare(self, old_number: int, new_number: int) -> None:
        """Show the redline between two version numbers (any two, either way round)."""
        self.old_version.setCurrentIndex(value_index(self.old_version, old_number))
        self.new_version_box.setCurrentIndex(value_index(self.new_version_box, new_number))
        self.tabs.setCurrentIndex(1)

    def _render_redline(self) -> None:
        by_number = {v.number: v for v in self.versions}
        old = by_number.get(combo_value(self.old_version))
        new = by_number.get(combo_value(self.new_version_box))
        self.modal_banner.hide()
        if old is None or new is None:
            self.redline_view.setHtml("")
            return
        self.redline_view.document().setDefaultStyleSheet(_DOC_STYLE)
        self.redline_view.setHtml(redline_html(old.text, new.text, new.party))
        colour = party_colour(new.party).name()
        self.redline_legend.setText(
            translate("ClauseDetail", "Changes proposed by {party} in v{number}: {inserted} (underlined), {deleted} (struck through).")
            .format(party=f'<b style="color:{colour};">{new.party}</b>', number=new.number,
                    inserted=inserted_html(translate("ClauseDetail", "inserted"), new.party), deleted=deleted_html(translate("ClauseDetail", "deleted")))
            if old.number != new.number else translate("ClauseDetail", "The same version on both sides: nothing to compare."))
        lines = modal_report(old.text, new.text)
        if lines:
            weakened = any(verdict == "weakened" for verdict, _ in lines)
            colour = _WEAKER if weakened else _STRONGER
            body = "<br>".join(f"⚠ {html.escape(text)}" for _, text in lines)
            self.modal_banner.setText(body)
            self.modal_banner.setStyleSheet(
                f"color: {colour}; background: #fff6e5; border: 1px solid {colour}; border-radius: 4px; padding: 6px;")
            self.modal_banner.show()

    # -- edits ------------------------------------------------------------------------------------------------
    def _status_chosen(self) -> None:
        if self.clause is not None:
            self.set_status(combo_value(self.status))

    def set_status(self, new: model.ClauseStatus) -> bool:
        """Change the shown clause's status as one undoable command; False (with a message) if refused."""
        clause, log = self.clause, self.ctx.log
        if clause is None or new == clause.status:
            return False
        from ..commands import first_only  # the forms load when first used, not at start-up

        old, rev = clause.status, first_only(clause.rev)
        command = ServiceCommand(
            self.ctx, f"{clause.ref}: {old} → {new}",
            lambda: log.clauses.set_status(clause.id, new, expected_rev=rev()),
            lambda _: log.clauses.restore_status(clause.id, old))
        try:
            run(self.ctx, command)
        except (InvalidInputError, StaleEditError, NotFoundError) as exc:
            QMessageBox.information(self, translate("ClauseDetail", "Status not changed"), error_text(exc))
            self.show_clause(clause.id)  # the record may have moved on: show it as it is now
            return False
        return True

    def add_version(self) -> None:
        from .forms import NewVersionForm

        if self.clause is not None and NewVersionForm(self.ctx, self.clause.id, self).exec():
            self.tabs.setCurrentIndex(1)  # the negotiator wants to see what the new version changed

    def edit_clause(self) -> None:
        from .forms import ClauseForm

        if self.clause is not None:
            ClauseForm(self.ctx, clause=self.clause, parent=self).exec()

    def _edit_bracket(self) -> None:
        item = self.bracket_table.item(max(0, self.bracket_table.currentRow()), 0)
        found = [b for b in self.brackets if item and b.id == item.data(Qt.ItemDataRole.UserRole)]
        if found:
            from .forms import BracketForm

            BracketForm(self.ctx, found[0], self).exec()

    def _compare_with_previous(self, item: QTableWidgetItem) -> None:
        number = item.data(Qt.ItemDataRole.UserRole)
        self.compare(max(1, number - 1), number)

    def _on_changed(self, changed: Changed) -> None:
        if self.clause is None:
            return
        mine = {self.clause.id, *(v.id for v in self.versions), *(b.id for b in self.brackets)}
        relevant = {"clauses", "clause_versions", "brackets", "rounds", "tracks"}
        if not changed.entities or (changed.entities & relevant and (not changed.ids or changed.ids & mine)):
            self.show_clause(self.clause.id)
