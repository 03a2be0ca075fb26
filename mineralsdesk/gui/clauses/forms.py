"""Edit dialogs for clauses, new versions and brackets: inline validation, and every save an undoable command."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from ...domain import model
from ...domain.brackets import parse_brackets
from ...domain.model import Changed
from ...errors import BracketError
from ..commands import first_only
from ..common.combo import combo_value, set_choices
from ..common.errors import error_text
from ..common.form_base import FormDialog, enum_combo, party_combo, round_label
from ..context import AppContext
from ..language import translate

__all__ = ["BracketForm", "ClauseForm", "NewVersionForm", "bracket_problem"]


def bracket_problem(text: str) -> tuple[str, int] | None:
    """The unbalanced-bracket message and position for a draft text, or None when it parses."""
    try:
        parse_brackets(text)
    except BracketError as exc:
        return error_text(exc), exc.position
    return None


class _TextField(QPlainTextEdit):
    """Clause text with its bracket check as you type."""

    def __init__(self, text: str = ""):
        super().__init__(text)
        self.setMinimumHeight(140)
        self.setTabChangesFocus(True)  # Tab moves on to the next field, it never types a tab into treaty text

    def select_position(self, position: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(self.toPlainText())))
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)


def add_text_field(form: FormDialog, text: str = "") -> _TextField:
    """The clause text field of a form, with its bracket check shown under it as the author types."""
    field = form.add_field("text", translate("ClauseForm", "Text"), _TextField(text))

    def check() -> None:
        problem = bracket_problem(field.toPlainText())
        if problem:
            form.show_error("text", problem[0])
        else:
            form.clear_error("text")

    field.textChanged.connect(check)
    return field


class ClauseForm(FormDialog):
    """Add a clause (with its first text) or edit its reference, title, topic and minerals."""

    def __init__(self, ctx: AppContext, *, clause: model.Clause | None = None, track_id: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(ctx, translate("ClauseForm", "Edit clause") if clause else translate("ClauseForm", "New clause"), parent)
        self.clause = clause
        log = ctx.log
        self.track = QComboBox()
        set_choices(self.track, [(f"{t.ref} — {t.title}", t.id) for t in log.tracks.list()],
                    clause.track_id if clause else track_id)
        self.track.setEnabled(clause is None)
        self.add_field("track", translate("ClauseForm", "Track"), self.track)
        self.ref = self.add_field("ref", translate("ClauseForm", "Reference"), QLineEdit(clause.ref if clause else ""))
        self.ref.setPlaceholderText(translate("ClauseForm", "e.g. Art. 4.2"))
        self.title_edit = self.add_field("title", translate("ClauseForm", "Title"), QLineEdit(clause.title if clause else ""))
        self.topic = self.add_field("topic", translate("ClauseForm", "Topic"), enum_combo(model.Topic, clause.topic if clause else None))
        self.minerals = self.add_field("minerals", translate("ClauseForm", "Minerals"),
                                       QLineEdit(", ".join(clause.minerals) if clause else ""))
        self.minerals.setPlaceholderText(translate("ClauseForm", "comma-separated, e.g. lithium, graphite"))
        if clause is None:
            self.party = self.add_field("party", translate("ClauseForm", "Proposed by"), party_combo(ctx, log.settings.our_party))
            self.round = self.add_field("round", translate("ClauseForm", "Round"), QComboBox())
            self.track.currentIndexChanged.connect(self._fill_rounds)
            self._fill_rounds()
            self.text = add_text_field(self)

    def _fill_rounds(self) -> None:
        track_id = combo_value(self.track)
        rounds = self.ctx.log.rounds.list(track_id) if track_id else []
        set_choices(self.round, [(translate("ClauseForm", "No round (drafted outside a meeting)"), None)]
                    + [(round_label(rnd), rnd.id) for rnd in rounds])
        self.round.setCurrentIndex(self.round.count() - 1)

    def validate(self) -> dict[str, str]:
        problems = {}
        if not self.ref.text().strip():
            problems["ref"] = translate("ClauseForm", "Give the clause a reference, e.g. Art. 4.2")
        if not self.title_edit.text().strip():
            problems["title"] = translate("ClauseForm", "Give the clause a title")
        if self.clause is None:
            if not combo_value(self.track):
                problems["track"] = translate("ClauseForm", "Add a track first (Tracks screen)")
            if not self.text.toPlainText().strip():
                problems["text"] = translate("ClauseForm", "Type the clause text as proposed")
            elif problem := bracket_problem(self.text.toPlainText()):
                problems["text"] = problem[0]
                self.text.select_position(problem[1])
        return problems

    def field_for_error(self, message: str) -> str | None:
        lowered = message.lower()
        for word, name in (("bracket", "text"), ("'['", "text"), ("text", "text"), ("reference", "ref"),
                           ("title", "title"), ("round", "round"), ("party", "party")):
            if word in lowered and name in self._errors:
                return name
        return None

    def save(self) -> None:
        log = self.ctx.log
        minerals = [m.strip() for m in self.minerals.text().split(",") if m.strip()]
        fields = {"ref": self.ref.text().strip(), "title": self.title_edit.text().strip(),
                  "topic": combo_value(self.topic), "minerals": minerals}
        if self.clause is None:
            text = self.text.toPlainText()
            track_id, party, round_id = combo_value(self.track), combo_value(self.party), combo_value(self.round)
            self.result_clause = self.command(
                translate("ClauseForm", "Add clause {ref}").format(ref=fields["ref"]),
                lambda: log.clauses.add(track_id, fields["ref"], fields["title"], text, party=party,
                                       round_id=round_id, topic=fields["topic"], minerals=minerals),
                lambda done: log.clauses.delete(done.record.id)).record
            return
        clause = self.clause
        old = {name: getattr(clause, name) for name in fields}
        if old == fields:
            return
        rev = first_only(clause.rev)
        self.command(translate("ClauseForm", "Edit clause {ref}").format(ref=clause.ref),
                     lambda: log.clauses.update(clause.id, expected_rev=rev(), **fields),
                     lambda _: log.clauses.update(clause.id, **old))


class NewVersionForm(FormDialog):
    """A new text version of a clause for a round at or after the current version's round."""

    def __init__(self, ctx: AppContext, clause_id: str, parent: QWidget | None = None):
        log = ctx.log
        self.clause = log.clauses.get(clause_id)
        super().__init__(ctx, translate("ClauseForm", "New version of {ref}").format(ref=self.clause.ref), parent)
        current = log.clauses.current_version(clause_id)
        rounds = log.clauses.rounds_for_new_version(clause_id)  # versions of past rounds are read-only
        self.round = self.add_field("round", translate("ClauseForm", "Round"), QComboBox())
        set_choices(self.round, [(round_label(rnd), rnd.id) for rnd in rounds])
        self.round.setCurrentIndex(self.round.count() - 1)
        self.party = self.add_field("party", translate("ClauseForm", "Proposed by"), party_combo(ctx, log.settings.our_party))
        self.text = add_text_field(self, current.text if current else "")
        self.text.setFocus()

    def validate(self) -> dict[str, str]:
        problems = {}
        if self.round.count() == 0:
            problems["round"] = translate("ClauseForm", "Add a round for this track first (Rounds screen)")
        text = self.text.toPlainText()
        if not text.strip():
            problems["text"] = translate("ClauseForm", "The new version needs its text")
        elif problem := bracket_problem(text):
            problems["text"] = problem[0]
            self.text.select_position(problem[1])
        return problems

    def field_for_error(self, message: str) -> str | None:
        return "round" if "round" in message.lower() else "text"

    def save(self) -> None:
        log, clause_id = self.ctx.log, self.clause.id
        text, round_id, party = self.text.toPlainText(), combo_value(self.round), combo_value(self.party)
        self.command(translate("ClauseForm", "New version of {ref}").format(ref=self.clause.ref),
                     lambda: log.clauses.revise(clause_id, text, round_id=round_id, party=party),
                     lambda _: log.clauses.delete_latest_version(clause_id))


class BracketForm(FormDialog):
    """Who proposed, supports and objects to one bracketed span, and the round that resolved it."""

    def __init__(self, ctx: AppContext, bracket: model.Bracket, parent: QWidget | None = None):
        super().__init__(ctx, translate("ClauseForm", "Bracket"), parent)
        self.bracket = bracket
        log = ctx.log
        wording = QLabel(f"[{bracket.text}]")
        wording.setWordWrap(True)
        self.form.addRow(translate("ClauseForm", "Wording"), wording)
        self.proposer = self.add_field("proposer", translate("ClauseForm", "Proposed by"), party_combo(ctx, bracket.proposer))
        codes = log.parties.codes()
        self.supporters = self._checks(codes, bracket.supporters)
        self.add_field("supporters", translate("ClauseForm", "Supporters"), self.supporters[0])
        self.objectors = self._checks(codes, bracket.objectors)
        self.add_field("objectors", translate("ClauseForm", "Objectors"), self.objectors[0])
        self.resolved = self.add_field("resolved", translate("ClauseForm", "Resolved"), QComboBox())
        set_choices(self.resolved, [(translate("ClauseForm", "Open (not resolved)"), None)]
                    + [(translate("ClauseForm", "at {round}").format(round=round_label(rnd)), rnd.id) for rnd in log.rounds.list(log.clauses.get(bracket.clause_id).track_id)],
                    bracket.resolved_round_id)

    @staticmethod
    def _checks(codes: list[str], ticked: list[str]) -> tuple[QWidget, dict[str, QCheckBox]]:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        boxes = {}
        for code in codes:
            boxes[code] = QCheckBox(code)
            boxes[code].setChecked(code in ticked)
            line.addWidget(boxes[code])
        line.addStretch(1)
        return row, boxes

    def _ticked(self, boxes: tuple[QWidget, dict[str, QCheckBox]]) -> list[str]:
        return [code for code, box in boxes[1].items() if box.isChecked()]

    def validate(self) -> dict[str, str]:
        both = set(self._ticked(self.supporters)) & set(self._ticked(self.objectors))
        if both:
            return {"objectors": translate("ClauseForm", "{parties} cannot both support and object to the same wording").format(
                parties=", ".join(sorted(both)))}
        return {}

    def save(self) -> None:
        log, b = self.ctx.log, self.bracket
        fields = {"proposer": combo_value(self.proposer), "supporters": self._ticked(self.supporters),
                  "objectors": self._ticked(self.objectors), "resolved_round_id": combo_value(self.resolved)}
        old = {name: getattr(b, name) for name in fields}
        if old == fields:
            return
        rev = first_only(b.rev)
        self.command(translate("ClauseForm", "Edit bracket"), lambda: log.brackets.update(b.id, expected_rev=rev(), **fields),
                     lambda _: log.brackets.update(b.id, **old),
                     Changed.of("brackets", b.id, b.clause_id))
