"""The Minutes screen: note who said what on which clause while listening. The clause is picked by typing (a
completer over references and titles), the party by one letter, the signal by one digit, then the words; Enter
saves and keeps the clause for the next intervention. "Apply to positions and brackets…" reviews the changes the
signals imply and applies the chosen ones as one undoable step."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import model
from ...domain.model import Changed
from ...errors import UserError
from ...services import refs
from ..commands import ServiceCommand, run
from ..common.combo import combo_value, select_value, set_choices
from ..common.dates import show_date
from ..common.errors import error_text
from ..common.values import value_text
from ..context import AppContext
from ..language import translate
from .apply_dialog import ApplyDialog
from .keys import SIGNALS, party_keys, signal_for

WATCHES = {"interventions", "clauses", "rounds", "brackets", "members"}


class KeyPad(QFrame):
    """Takes the one-key choices: a party letter, then a signal digit (which moves on to the words); Enter saves."""

    party_key = Signal(str)
    signal_key = Signal(str)
    enter = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("minutes_keypad")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        text = event.text().upper()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter.emit()
        elif text.isdigit():
            self.signal_key.emit(text)
        elif text.isalpha() and len(text) == 1:
            self.party_key.emit(text)
        else:
            super().keyPressEvent(event)


class MinutesView(QWidget):
    """The minutes of one round: the entry row above, the round's interventions below."""

    open_requested = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.clause: model.Clause | None = None
        self.party: str | None = None
        self.signal: model.Signal | None = None
        self._clause_labels: dict[str, str] = {}

        # Made (and parented) first, so the screen's focus lands here: the clause is what one types first.
        self.clause_edit = QLineEdit(self)
        self.round_box = QComboBox()
        self.round_box.setObjectName("minutes_round")
        self.round_box.currentIndexChanged.connect(self._round_changed)
        self.clause_edit.setObjectName("minutes_clause")
        self.clause_edit.setPlaceholderText(translate("MinutesScreen", "Type a clause reference or title, then Enter"))
        self.completer = QCompleter([], self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.clause_edit.setCompleter(self.completer)
        self.completer.activated.connect(self._pick_clause)
        self.clause_edit.returnPressed.connect(lambda: self._pick_clause(self.clause_edit.text()))
        self.bracket_box = QComboBox()
        self.bracket_box.setObjectName("minutes_bracket")
        self.pad = KeyPad()
        self.pad_label = QLabel()
        self.pad_label.setTextFormat(Qt.TextFormat.RichText)
        QVBoxLayout(self.pad).addWidget(self.pad_label)
        self.pad.party_key.connect(self._party_key)
        self.pad.signal_key.connect(self._signal_key)
        self.pad.enter.connect(self.save)
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("minutes_text")
        self.text_edit.setPlaceholderText(translate("MinutesScreen", "What they said (Enter saves; the clause stays for the next one)"))
        self.text_edit.setMaxLength(20_000)
        self.text_edit.returnPressed.connect(self.save)
        self.message = QLabel()
        self.message.setObjectName("minutes_message")
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(translate("MinutesScreen", "&Round"), self.round_box)
        clause_row = QHBoxLayout()
        clause_row.addWidget(self.clause_edit, 3)
        clause_row.addWidget(self.bracket_box, 2)
        clause_label = QLabel(translate("MinutesScreen", "&Clause"))
        clause_label.setBuddy(self.clause_edit)  # a row of two widgets has no buddy of its own: Alt+C still works
        form.addRow(clause_label, clause_row)
        pad_label = QLabel(translate("MinutesScreen", "&Party · signal"))
        pad_label.setBuddy(self.pad)
        form.addRow(pad_label, self.pad)
        form.addRow(translate("MinutesScreen", "&Words"), self.text_edit)

        self.notes = QTableWidget(0, 6)
        self.notes.setObjectName("minutes_table")
        self.notes.setHorizontalHeaderLabels(["#"] + [translate("MinutesScreen", h) for h in (
            QT_TRANSLATE_NOOP("MinutesScreen", "Time"), QT_TRANSLATE_NOOP("MinutesScreen", "Clause"), QT_TRANSLATE_NOOP("MinutesScreen", "Party"),
            QT_TRANSLATE_NOOP("MinutesScreen", "Signal"), QT_TRANSLATE_NOOP("MinutesScreen", "What was said"))])
        self.notes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.notes.verticalHeader().setVisible(False)
        self.notes.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.apply_button = QPushButton(translate("MinutesScreen", "&Apply to positions and brackets…"))
        self.apply_button.clicked.connect(self.review_proposals)
        self.delete_button = QPushButton(translate("MinutesScreen", "&Delete intervention"))
        self.delete_button.clicked.connect(self.delete_selected)

        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        title = QLabel("<h2>{}</h2>".format(translate("MinutesScreen", "Minutes")))
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.notes, 1)
        layout.addLayout(buttons)
        ctx.bus.changed.connect(self._on_changed)
        ctx.bus.log_replaced.connect(self.reload)
        self.reload()

    # -- state -----------------------------------------------------------------------------------------
    @property
    def round_id(self) -> str | None:
        return combo_value(self.round_box)

    def _party_letters(self) -> dict[str, str]:
        rnd = self._round()
        codes = [p.code for p in self.ctx.log.parties.list()]
        if rnd is not None:
            track = self.ctx.log.tracks.get(rnd.track_id)
            codes = [c for c in codes if not track.parties or c in track.parties] or codes
        return party_keys(codes)

    def _round(self) -> model.Round | None:
        return self.ctx.log.rounds.get(self.round_id) if self.round_id else None

    def reload(self) -> None:
        """Fill the rounds (the latest one on or before today chosen), then the round's clauses and minutes."""
        current = self.round_id
        refs_of = self.ctx.log.read.track_refs()
        rounds = sorted(self.ctx.log.rounds.list(), key=lambda r: (r.date, r.number))
        self.round_box.blockSignals(True)
        past = [r for r in rounds if r.date <= self.ctx.today()]
        chosen = current if current in {r.id for r in rounds} else (past[-1].id if past else
                                                                    (rounds[0].id if rounds else None))
        set_choices(self.round_box, [(translate("MinutesScreen", "{track} round {number} ({date})").format(
                                         track=refs_of.get(r.track_id, '?'), number=r.number,
                                         date=show_date(r.date, "medium")), r.id)
                                     for r in rounds], chosen)
        self.round_box.blockSignals(False)
        self._round_changed()

    def _round_changed(self) -> None:
        rnd = self._round()
        clauses = self.ctx.log.clauses.list(rnd.track_id) if rnd else []
        self._clause_labels = {f"{c.ref} — {c.title}": c.id for c in clauses}
        self.completer.model().setStringList(list(self._clause_labels))  # type: ignore[attr-defined]
        if self.clause is not None and (rnd is None or self.clause.track_id != rnd.track_id):
            self.clause = None
            self.clause_edit.clear()
        self._fill_brackets()
        self._show_pad()
        self._fill_table()

    def _pick_clause(self, text: str) -> None:
        rnd = self._round()
        if rnd is None:
            self._say(translate("MinutesScreen", "Add a round first (Rounds screen)"))
            return
        clause_id = self._clause_labels.get(text)
        try:
            self.clause = (self.ctx.log.clauses.get(clause_id) if clause_id
                           else refs.clause(self.ctx.log, text.split(" — ")[0], rnd.track_id))
        except UserError as exc:
            self._say(error_text(exc))
            return
        self.clause_edit.setText(f"{self.clause.ref} — {self.clause.title}")
        self._say("")
        self._fill_brackets()
        self.pad.setFocus()

    def _fill_brackets(self) -> None:
        choices: list[tuple[str, str | None]] = [(translate("MinutesScreen", "Whole clause"), None)]
        if self.clause is not None:
            for n, b in enumerate(self.ctx.log.brackets.list(self.clause.id, open_only=True), start=1):
                choices.append((f"[{n}] {' '.join(b.text.split())[:50]}", b.id))
        set_choices(self.bracket_box, choices)

    def _party_key(self, letter: str) -> None:
        party = self._party_letters().get(letter)
        if party is None:
            self._say(translate("MinutesScreen", "No party on key {letter}").format(letter=letter))
            return
        self.party = party
        self._say("")
        self._show_pad()

    def _signal_key(self, digit: str) -> None:
        signal = signal_for(digit)
        if signal is None:
            self._say(translate("MinutesScreen", "Signals are keys 1 to {last}").format(last=len(SIGNALS)))
            return
        self.signal = signal
        self._show_pad()
        if self.party is not None:
            self.text_edit.setFocus()

    def _show_pad(self) -> None:
        parties = "  ".join(
            f"<b>{k}</b>&nbsp;{c}" if c != self.party else f"<span style='background:#fde68a'><b>{k}</b>&nbsp;{c}</span>"
            for k, c in self._party_letters().items())
        signals = "  ".join(
            f"<b>{n}</b>&nbsp;{value_text(s)}" if s is not self.signal
            else f"<span style='background:#fde68a'><b>{n}</b>&nbsp;{value_text(s)}</span>"
            for n, s in enumerate(SIGNALS, start=1))
        hint = translate("MinutesScreen", "press a letter, then a digit; Enter saves")
        self.pad_label.setText(translate("MinutesScreen", "Party: {parties}").format(parties=parties) + "<br/>"
                               + translate("MinutesScreen", "Signal: {signals}").format(signals=signals)
                               + f"<br/><span style='color:#52606D'>{hint}</span>")

    def _say(self, text: str) -> None:
        self.message.setText(text)

    # -- writing ----------------------------------------------------------------------------------------
    def save(self) -> Changed | None:
        """Save the intervention being typed; keep the clause (and bracket) for the next one, clear the rest."""
        missing = [name for name, value in ((translate("MinutesScreen", "a clause"), self.clause),
                                            (translate("MinutesScreen", "a party (its letter)"), self.party),
                                            (translate("MinutesScreen", "a signal (1-5)"), self.signal)) if value is None]
        if self.round_id is None or missing:
            self._say(translate("MinutesScreen", "Choose {what} first").format(
                what=translate("MinutesScreen", ", ").join(missing or [translate("MinutesScreen", "a round")])))
            return None
        log, rid, clause_id = self.ctx.log, self.round_id, self.clause.id
        party, signal, text = self.party, self.signal, self.text_edit.text()
        bracket = combo_value(self.bracket_box)
        command = ServiceCommand(self.ctx, translate("MinutesScreen", "Note {party} {signal}").format(party=party, signal=signal),
                                 lambda: log.minutes.add(rid, clause_id, party, signal, text, bracket_id=bracket),
                                 lambda done: log.minutes.delete(done.record.id))
        try:
            changed = run(self.ctx, command)
        except UserError as exc:
            self._say(error_text(exc))
            return None
        self.party = self.signal = None
        self.text_edit.clear()
        self._show_pad()
        self._say(translate("MinutesScreen", "Noted #{seq}: {party} {signal} {clause}").format(
            seq=changed.record.seq, party=party, signal=signal, clause=self.clause.ref))
        self.pad.setFocus()
        return changed

    def delete_selected(self) -> None:
        row = self.notes.currentRow()
        if row < 0:
            return
        intervention_id = self.notes.item(row, 0).data(Qt.ItemDataRole.UserRole)
        log = self.ctx.log
        old = log.minutes.get(intervention_id)
        command = ServiceCommand(
            self.ctx, translate("MinutesScreen", "Delete intervention"), lambda: log.minutes.delete(intervention_id),
            lambda _done: log.minutes.add(old.round_id, old.clause_id, old.party, old.signal, old.text,
                                          bracket_id=old.bracket_id, author=old.author, at=old.at))
        run(self.ctx, command)

    def review_proposals(self) -> None:
        """Show what the signals imply; apply the ticked changes as one undoable step."""
        if self.round_id is None:
            return
        dialog = ApplyDialog(self.ctx, self.round_id, self)
        dialog.open()

    # -- the list ---------------------------------------------------------------------------------------
    def _fill_table(self) -> None:
        rid = self.round_id
        items = self.ctx.log.minutes.list(rid) if rid else []
        clauses = {c.id: c.ref for c in self.ctx.log.clauses.list()}
        self.notes.setRowCount(len(items))
        for row, i in enumerate(items):
            cells = [str(i.seq), i.at[11:16] if len(i.at) >= 16 else i.at, clauses.get(i.clause_id, "?")
                     + (translate("MinutesScreen", " [bracket]") if i.bracket_id else ""), i.party, value_text(i.signal), " ".join(i.text.split())]
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value[:300])
                if col == 0:
                    item.setData(Qt.ItemDataRole.UserRole, i.id)
                if col == 5 and len(value) > 300:
                    item.setToolTip(value[:2000])
                self.notes.setItem(row, col, item)
        self.notes.resizeColumnsToContents()
        self.notes.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        if items:
            self.notes.scrollToBottom()
        self.apply_button.setEnabled(bool(items))

    def _on_changed(self, changed: Changed) -> None:
        if changed.entities & WATCHES:
            if changed.entities & {"rounds", "clauses"}:
                self.reload()
            else:
                self._fill_brackets() if "brackets" in changed.entities and self.clause else None
                self._fill_table()

    def open_item(self, entity_id: str) -> None:
        """Select a round's minutes (a search hit on an intervention opens here)."""
        try:
            found = self.ctx.log.minutes.get(entity_id)
        except UserError:
            return
        select_value(self.round_box, found.round_id)
