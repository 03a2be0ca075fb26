"""File > Export negotiating text (Word)…: one track's text as .docx, optionally with the changes between two rounds
as tracked changes; written off the GUI thread (python-docx loads only when the work runs)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QWidget

from ...documents.audience import default_marking
from ...i18n import QT_TRANSLATE_NOOP
from ..common.combo import combo_value, set_choices
from ..common.dates import show_date
from ..context import AppContext
from ..language import translate
from ..settings import EXPORT_MARKING, EXPORT_PAPER
from .dialogs import ExportDialog


class WordExportDialog(ExportDialog):
    """Track, audience, rounds to compare (A → B), paper and marking; no password (Word files go to be edited)."""

    title = QT_TRANSLATE_NOOP("ExportDialog", "Export negotiating text (Word)")
    suffix = ".docx"
    file_filter = QT_TRANSLATE_NOOP("ExportDialog", "Word document (*.docx)")
    PROTECTS = False  # a negotiating text goes out to be edited

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.form.setRowVisible(self.tracks, False)  # one track, chosen below
        self.track = QComboBox()
        set_choices(self.track, [(f"{t.ref} — {t.title}", t) for t in ctx.log.tracks.list()], None)
        self.compare = QCheckBox(translate("WordExportDialog", "Show the &changes from round"))
        self.round_a, self.round_b = QComboBox(), QComboBox()
        rounds = QHBoxLayout()
        rounds.addWidget(self.compare)
        rounds.addWidget(self.round_a)
        rounds.addWidget(QLabel(translate("WordExportDialog", "to round")))
        rounds.addWidget(self.round_b)
        rounds.addStretch(1)
        self.paper = QComboBox()
        set_choices(self.paper, [(translate("ExportDialog", "A4"), "a4"), (translate("ExportDialog", "US Letter"), "letter")],
                    ctx.settings.get(EXPORT_PAPER) if ctx.settings else "a4")
        self.marking = QLineEdit(ctx.settings.get(EXPORT_MARKING) if ctx.settings else "")
        self.marking.setObjectName("marking")
        self.form.insertRow(0, translate("WordExportDialog", "T&rack"), self.track)
        self.form.insertRow(1, translate("WordExportDialog", "Compare"), rounds)
        self.form.insertRow(3, translate("ExportDialog", "&Paper"), self.paper)
        self.form.insertRow(4, translate("ExportDialog", "&Marking"), self.marking)
        self.track.currentIndexChanged.connect(lambda *_: self._fill_rounds())
        self.compare.toggled.connect(lambda *_: self._enable_rounds())
        self.setMinimumWidth(680)  # the compare row holds a check box and two round pickers
        for signal in (self.internal.toggled, self.language.currentIndexChanged):
            signal.connect(lambda *_: self._marking_hint())
        self._fill_rounds()
        self._marking_hint()

    def kind_word(self) -> str:
        return "text"

    def focus_order(self) -> list[QWidget]:
        return [self.track, self.compare, self.round_a, self.round_b, self.internal, self.shareable, self.paper,
                self.marking, self.language, self.path, self.choose_button, self.go, self.cancel]

    def _fill_rounds(self) -> None:
        track = combo_value(self.track)
        rounds = self.ctx.log.rounds.list(track.id) if track is not None else []
        for combo in (self.round_a, self.round_b):
            set_choices(combo, [(f"{r.number} ({show_date(r.date, 'medium')})", r.number)
                                for r in rounds], None)
        if len(rounds) >= 2:
            self.round_a.setCurrentIndex(len(rounds) - 2)
            self.round_b.setCurrentIndex(len(rounds) - 1)
        self.compare.setEnabled(len(rounds) >= 2)
        if len(rounds) < 2:
            self.compare.setChecked(False)
        self._enable_rounds()
        self.update_preview()

    def _enable_rounds(self) -> None:
        on = self.compare.isChecked()
        self.round_a.setEnabled(on)
        self.round_b.setEnabled(on)

    def _marking_hint(self) -> None:
        self.marking.setPlaceholderText(default_marking(self.audience(), lang=self.document_language())
                                        or translate("ExportDialog", "none (shareable)"))

    def chosen_tracks(self) -> list[Any]:
        track = combo_value(self.track) if hasattr(self, "track") else None
        return [track] if track is not None else []

    def compared_rounds(self) -> tuple[int, int] | None:
        """The (A, B) round numbers to compare, or None for the current text."""
        if not self.compare.isChecked():
            return None
        return combo_value(self.round_a), combo_value(self.round_b)

    def export(self) -> None:
        pair = self.compared_rounds()
        if pair is not None and self.round_a.currentIndex() >= self.round_b.currentIndex():
            QMessageBox.warning(self, self.shown_title(), translate(
                "WordExportDialog", "Choose an earlier round first, then a later one (nothing was written)."))
            return
        super().export()

    def remember(self) -> None:
        super().remember()
        if self.ctx.settings:
            self.ctx.settings.set(EXPORT_PAPER, combo_value(self.paper))
            self.ctx.settings.set(EXPORT_MARKING, self.marking.text().strip())

    def work(self, out: Path, refs: list[str]):
        audience, paper, compare = self.audience(), combo_value(self.paper), self.compared_rounds()
        marking = self.marking.text().strip() or None
        track, lang = refs[0], self.document_language()

        def run(log, progress):
            from ...documents.word.docx_out import export_docx

            return export_docx(log, out, track=track, audience=audience, compare=compare, paper=paper,
                               marking=marking, progress=progress, lang=lang)
        return run
