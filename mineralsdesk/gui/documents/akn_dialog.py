"""File > Export negotiating text (Akoma Ntoso)…: one track's text at one round as Akoma Ntoso 3.0 XML, in the
export dialogs' style, written off the GUI thread. The file is for counterparts, so it is always shareable:
the audience choice, the track list and the password rows of the base dialog are hidden."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from ...i18n import QT_TRANSLATE_NOOP
from ..common.combo import combo_value, set_choices
from ..common.dates import show_date
from ..context import AppContext
from ..language import current_language, translate
from .dialogs import ExportDialog


class AknExportDialog(ExportDialog):
    """A track and a round (its last by default); the shareable audience is fixed."""

    title = QT_TRANSLATE_NOOP("ExportDialog", "Export negotiating text (Akoma Ntoso)")
    suffix = ".xml"
    file_filter = "Akoma Ntoso (*.xml *.akn)"
    PROTECTS = False  # plain XML for counterparts' tools
    SPEAKS = False  # its few words of its own (docStatus) stay English: Akoma Ntoso is read by tools

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        self.track = QComboBox()
        self.round = QComboBox()
        super().__init__(ctx, parent)
        self.shareable.setChecked(True)
        set_choices(self.track, [(f"{t.ref} — {t.title}", t) for t in ctx.log.tracks.list()])
        self.form.insertRow(0, translate("AknExportDialog", "T&rack"), self.track)
        self.form.insertRow(1, translate("AknExportDialog", "R&ound"), self.round)
        self.form.setRowVisible(2, False)  # the audience (after the two rows above): always shareable
        self.form.setRowVisible(self.tracks, False)
        for label in (self.form.labelForField(self.track), self.form.labelForField(self.round)):
            label.setMinimumWidth(label.sizeHint().width())  # the label column was measured before these rows came
        self.track.currentIndexChanged.connect(lambda *_: self._fill_rounds())
        self._fill_rounds()
        self.result = None

    def kind_word(self) -> str:
        return "text"

    def _fill_rounds(self) -> None:
        track = combo_value(self.track)
        rounds = self.ctx.log.rounds.list(track.id) if track else []
        choices = [(translate("AknExportDialog", "Round {number} — {date}").format(
            number=rnd.number, date=show_date(rnd.date, "medium")), str(rnd.number))
            for rnd in reversed(rounds)]
        set_choices(self.round, choices or [(translate("AknExportDialog", "No round yet (the current text)"), None)],
                    current=None)
        self.update_preview()

    def chosen_tracks(self) -> list[Any]:
        track = combo_value(self.track) if hasattr(self, "track") else None
        return [track] if track else []

    def focus_order(self) -> list[QWidget]:
        return [self.track, self.round, self.path, self.choose_button, self.go, self.cancel]

    def update_preview(self) -> None:
        self.go.setEnabled(bool(self.chosen_tracks()))
        self.preview.setText(translate("AknExportDialog", "<b>Shareable:</b> the articles, their brackets and who "
                                       "proposed each; never positions, red lines, fallbacks, notes or owners. "
                                       "Validated against the OASIS schema."))

    def work(self, out: Path, refs: list[str]):
        track, rnd = refs[0], combo_value(self.round)

        def run(log, progress):
            from ...documents.akn.akn_out import export_akn

            return export_akn(log, out, track=track, round=rnd, progress=progress)
        return run

    def _done(self, result) -> None:
        self.result = result
        super()._done(result.path)
        self.done_box.setText(translate("ExportDialog", "Written to\n{path}").format(path=result.path)
                              + f"\n\n{result.describe(current_language())}.")
