"""The base of every edit dialog: fields with inline errors, tab order, unsaved-input checks, undoable saves."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain import model
from ...domain.model import Changed
from ...errors import InvalidInputError, NotFoundError, StaleEditError
from ..commands import ServiceCommand, run
from ..context import AppContext
from ..keys import add_save_keys, release_tab
from ..language import translate
from ..style import INTERNAL_COLOUR
from .combo import set_choices
from .dates import show_date
from .errors import error_text
from .fit import fit_to_layout
from .values import value_text

ERROR_STYLE = f"color: {INTERNAL_COLOUR.name()};"


def confirm_discard(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask before throwing typed input away; Cancel is the default, so Enter never loses work."""
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Discard


def round_label(rnd: model.Round) -> str:
    where = translate("FormDialog", "video call") if rnd.video else rnd.place
    when = show_date(rnd.date, "medium")
    return translate("FormDialog", "Round {number} — {date}").format(number=rnd.number, date=when) + (f", {where}" if where else "")


class FormDialog(QDialog):
    """A form whose fields each carry an inline error line; `save()` runs the command, errors stay in the form.

    Subclasses add fields with `add_field`, check them in `validate()` (field -> message) and write in
    `save()`; an InvalidInputError from the services lands under the field `field_for_error` names.
    """

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self._errors: dict[str, QLabel] = {}
        self._labels: list[str] = []
        self._shown = False
        self._snapshot: list[object] = []
        self._discarding = False
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general_error = self._error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        add_save_keys(self, self.accept)  # Ctrl+Enter saves from any field, a text box included
        self.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)  # the focus frame shows from the first key
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._shown:
            self._shown = True
            release_tab(self)
            self._order_tabs()
            self._snapshot = self.values()
            fit_to_layout(self)
        super().showEvent(event)

    def _order_tabs(self) -> None:
        """Fields in the order they read, then Save and Cancel; the first field has the focus.

        The button box is built before the subclass adds its fields, so Qt's default chain would start
        on Save: typing would go nowhere and Enter would save an empty form.
        """
        chain, widget = [], self.nextInFocusChain()
        while widget is not self and widget is not None and len(chain) < 500:
            if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and self.isAncestorOf(widget)
                    and widget.isEnabled() and widget.isVisibleTo(self)):
                chain.append(widget)
            widget = widget.nextInFocusChain()
        fields = sorted((w for w in chain if not self.buttons.isAncestorOf(w)
                         and not isinstance(w.parent(), QAbstractSpinBox | QComboBox)),  # their owner stands for them
                        key=self._reading_place)
        ordered = fields + [w for w in chain if self.buttons.isAncestorOf(w)]
        for first, second in pairwise(ordered):
            QWidget.setTabOrder(first, second)
        focused = self.focusWidget()
        if fields and (focused is None or self.buttons.isAncestorOf(focused)):
            fields[0].setFocus(Qt.FocusReason.TabFocusReason)

    def _reading_place(self, widget: QWidget) -> tuple[int, int, int]:
        """Where a field reads in the form: its row, then top to bottom and left to right inside the row
        (fields made after their row's container would otherwise come last in Qt's creation-order chain)."""
        row = next((r for r in range(self.form.rowCount()) for role in (
            QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole)
            if (item := self.form.itemAt(r, role)) is not None and item.widget() is not None
            and (item.widget() is widget or item.widget().isAncestorOf(widget))), self.form.rowCount())
        place = widget.mapTo(self, widget.rect().topLeft())
        return row, place.y() // 8, place.x()

    @staticmethod
    def _error_label() -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def _mnemonic(self, label: str) -> str:
        """The label with an Alt+letter of its own: the one it names with "&", else its first free letter."""
        taken = {text[text.index("&") + 1].lower() for text in self._labels if "&" in text[:-1]}
        if "&" in label:
            return label
        for i, char in enumerate(label):
            if char.isalpha() and char.lower() not in taken:
                return f"{label[:i]}&{label[i:]}"
        return label

    def add_field(self, name: str, label: str, widget: QWidget, buddy: QWidget | None = None) -> QWidget:
        """A labelled row; Alt+the label's letter puts the focus in `buddy` (the widget itself by default)."""
        label = self._mnemonic(label)
        self._labels.append(label)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        self._errors[name] = self._error_label()
        column.addWidget(self._errors[name])
        self.form.addRow(label, box)
        caption = self.form.labelForField(box)
        if isinstance(caption, QLabel):
            caption.setBuddy(buddy or widget)
            # A wide field (a long track name) made QFormLayout squeeze the first label ("交渉トラ"): never below its text.
            caption.setMinimumWidth(caption.sizeHint().width())
        return widget

    def show_error(self, name: str | None, message: str) -> None:
        label = self._errors.get(name or "", self.general_error)
        label.setText(message)
        label.show()

    def clear_error(self, name: str | None) -> None:
        label = self._errors.get(name or "", self.general_error)
        label.clear()
        label.hide()

    def clear_errors(self) -> None:
        for name in (*self._errors, None):
            self.clear_error(name)

    def error_text(self, name: str | None = None) -> str:
        """The inline message shown under a field (or the general one), for tests and accessibility."""
        return self._errors.get(name or "", self.general_error).text()

    # -- what subclasses supply ---------------------------------------------------------------------
    def validate(self) -> dict[str, str]:
        return {}

    def save(self) -> None:
        raise NotImplementedError

    def field_for_error(self, message: str) -> str | None:
        return None

    # -- unsaved input --------------------------------------------------------------------------------
    def values(self) -> list[object]:
        """What every input of the form holds now, in a stable order (compared to tell a half-filled form)."""
        found: list[object] = []
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit) and not isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
                found.append(widget.text())
            elif isinstance(widget, QPlainTextEdit):
                found.append(widget.toPlainText())
            elif isinstance(widget, QComboBox):
                found.append(widget.currentIndex())
            elif isinstance(widget, QAbstractSpinBox):
                found.append(widget.text())
            elif isinstance(widget, QAbstractButton) and widget.isCheckable():
                found.append(widget.isChecked())
        return found

    def is_dirty(self) -> bool:
        """True once the user has changed anything since the form was shown (and not saved it)."""
        return self._shown and self.values() != self._snapshot

    def reject(self) -> None:
        """Escape, Cancel or the window's close button: typed input is only thrown away when the user says so."""
        if self.is_dirty() and not self._discarding and not confirm_discard(
                self, translate("FormDialog", "Discard what you typed?"),
                translate("FormDialog", "This form has changes that have not been saved. Close it and lose them?")):
            return
        super().reject()

    def discard(self) -> None:
        """Close without asking (the user already agreed to lose the input, e.g. when quitting)."""
        self._discarding = True
        super().reject()

    # -- the flow --------------------------------------------------------------------------------------
    def accept(self) -> None:
        self.clear_errors()
        problems = self.validate()
        for name, message in problems.items():
            self.show_error(name, message)
        if problems:
            return
        try:
            self.save()
        except InvalidInputError as exc:
            self.show_error(self.field_for_error(str(exc)), error_text(exc))
            return
        except (StaleEditError, NotFoundError) as exc:
            # Someone else changed or removed the record: say so, and let every view re-read it.
            QMessageBox.information(self, translate("FormDialog", "Changed elsewhere"), error_text(exc))
            self.ctx.notify(Changed())
            self.reject()
            return
        super().accept()

    def command(self, text: str, do: Callable[[], Changed], undo: Callable[[Changed], Changed]) -> Changed:
        return run(self.ctx, ServiceCommand(self.ctx, text, do, undo))


def party_combo(ctx: AppContext, current: str = "") -> QComboBox:
    combo = QComboBox()
    set_choices(combo, [(f"{party.code} — {party.name}", party.code) for party in ctx.log.parties.list()], current)
    return combo


def enum_combo(values: Any, current: Any = None) -> QComboBox:
    combo = QComboBox()
    set_choices(combo, [(value_text(value), value) for value in values], current)
    return combo


def text_box(text: str = "", height: int = 64) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
