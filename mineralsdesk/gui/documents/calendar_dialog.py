"""File > Export calendar…: the deadlines as an .ics file, in the export dialogs' style, written off the GUI thread."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import QSpinBox, QWidget

from ...errors import UserError
from ...i18n import QT_TRANSLATE_NOOP
from ...services.reminders import MAX_REMINDER_DAYS, reminder_days, set_reminder_days
from ..context import AppContext
from ..language import current_language, translate
from .dialogs import ExportDialog


class CalendarExportDialog(ExportDialog):
    """Audience, tracks (every one, or those ticked) and the reminder, kept as the log's own setting."""

    PROTECTS = False  # an .ics has no password: calendars import it as it is
    title = QT_TRANSLATE_NOOP("ExportDialog", "Export calendar")
    suffix = ".ics"
    file_filter = "iCalendar (*.ics)"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.reminder = QSpinBox()
        self.reminder.setRange(0, MAX_REMINDER_DAYS)
        self.reminder.setSuffix(translate("CalendarExportDialog", " days before"))
        self.reminder.setSpecialValueText(translate("CalendarExportDialog", "No reminder"))
        self.reminder.setValue(reminder_days(ctx.log))
        self.form.insertRow(1, translate("CalendarExportDialog", "&Reminder"), self.reminder)
        self.result = None

    def kind_word(self) -> str:
        return "deadlines"

    def focus_order(self) -> list[QWidget]:
        order = super().focus_order()
        return [*order[:2], self.reminder, *order[2:]]

    INTERNAL_WARNING = QT_TRANSLATE_NOOP("ExportDialog", "commitments carry our internal compliance assessments")

    def withheld_text(self, left) -> str:
        n = left.assessments
        what = (translate("CalendarExportDialog", "1 internal compliance assessment") if n == 1 else
                translate("CalendarExportDialog", "{n} internal compliance assessments").format(n=n))
        return translate("CalendarExportDialog", "<b>Left out of this calendar:</b> {what} (positions, red lines and "
                         "fallbacks are never in a calendar).").format(what=html.escape(what))

    def remember(self) -> None:
        super().remember()
        days = self.reminder.value()
        if days != reminder_days(self.ctx.log) and not self.ctx.log.readonly:
            try:
                self.ctx.notify(set_reminder_days(self.ctx.log, days))
            except UserError:  # the export goes on with the chosen value; only remembering it failed
                pass

    def work(self, out: Path, refs: list[str]):
        audience, days, lang = self.audience(), self.reminder.value(), self.document_language()
        every = len(refs) == self.tracks.count()
        tracks = None if every else refs  # every track: the commitments on no track come too

        def run(log, progress):
            from ...documents.calendar.ics import export_ics

            return export_ics(log, out, audience=audience, tracks=tracks, reminder=days, progress=progress,
                              lang=lang)
        return run

    def _done(self, result) -> None:
        self.result = result
        super()._done(result.path)
        text = (translate("ExportDialog", "Written to\n{path}").format(path=result.path)
                + "\n\n" + _sentence(result.describe(current_language())) + ".")
        if result.left_out:
            text += "\n" + translate("CalendarExportDialog", "{what} (an event needs a date).").format(
                what=result.left_out[0].upper() + result.left_out[1:])
        self.done_box.setText(text)


def _sentence(text: str) -> str:
    """`text` with its first letter a capital (a list of counts told as a sentence)."""
    return text[:1].upper() + text[1:]
