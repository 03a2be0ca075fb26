"""Every screen and main dialog of the app, shown one after another in a 1366x768 main window (test helper).

`tour(window, ctx)` yields (name, top-level widget) for each sidebar screen, then for each dialog (exports, the
Excel and Word imports, sync, the passphrase dialogs, new log, restore, roster, apply minutes, shortcuts, find)
and each record form. A dialog is shown (never exec'd), handed out, then closed. `widget_key` names a widget by
its place in the tree (object names where set), the same in every language, so one language's result can be
compared with English's.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from mineralsdesk.gui.actions import PAGES, RECORD

SCREEN = (1366, 768)
TODAY = date(2026, 11, 26)  # as in conftest.py: the demo log tells its story as of this day


def settle(window: QWidget | None = None) -> None:
    page = getattr(window, "current_page", None)
    while page is not None and getattr(page(), "is_filling", lambda: False)():
        QCoreApplication.processEvents()  # the dashboard builds cards past the first screen after painting
    for _ in range(3):
        QCoreApplication.processEvents()  # deferred layout requests


def widget_key(widget: QWidget, top: QWidget) -> str:
    """The widget's path below `top`: object names where set, else class and index among same-class siblings."""
    parts = []
    while widget is not None and widget is not top:
        parent = widget.parentWidget()
        if widget.objectName() and not widget.objectName().startswith("qt_"):
            parts.append(widget.objectName())
        else:
            siblings = [w for w in (parent.findChildren(type(widget)) if parent else [])
                        if w.parentWidget() is parent and type(w) is type(widget)]
            index = siblings.index(widget) if widget in siblings else 0
            parts.append(f"{type(widget).__name__}[{index}]")
        widget = parent
    return "/".join(reversed(parts))


def _dialogs(window, ctx) -> Iterator[tuple[str, QDialog]]:
    from mineralsdesk.gui.common.shortcut_sheet import ShortcutSheet
    from mineralsdesk.gui.documents import dialogs
    from mineralsdesk.gui.documents.akn_dialog import AknExportDialog
    from mineralsdesk.gui.documents.calendar_dialog import CalendarExportDialog
    from mineralsdesk.gui.documents.draft_dialog import DraftImportDialog
    from mineralsdesk.gui.documents.word_dialog import WordExportDialog
    from mineralsdesk.gui.lock.commands import PassphraseChangeDialog
    from mineralsdesk.gui.lock.passphrase import PassphraseDialog
    from mineralsdesk.gui.logfile.dialogs import NewLogDialog, RestoreDialog
    from mineralsdesk.gui.roundroom.apply_dialog import ApplyDialog
    from mineralsdesk.gui.roundroom.roster import RosterDialog
    from mineralsdesk.gui.search.dialog import SearchDialog
    from mineralsdesk.gui.sync.dialog import SyncDialog

    path = Path(ctx.log.path)
    rounds = ctx.log.rounds.list() if hasattr(ctx.log.rounds, "list") else []
    makers = {
        "export_pdf": lambda: dialogs.PdfExportDialog(ctx, window),
        "export_xlsx": lambda: dialogs.XlsxExportDialog(ctx, window),
        "export_calendar": lambda: CalendarExportDialog(ctx, window),
        "export_word": lambda: WordExportDialog(ctx, window),
        "export_akn": lambda: AknExportDialog(ctx, window),
        "import_xlsx": lambda: dialogs.XlsxImportDialog(ctx, window),
        "import_draft": lambda: DraftImportDialog(ctx, window),
        "sync": lambda: SyncDialog(ctx, window),
        "passphrase": lambda: PassphraseDialog(path, window),
        "passphrase_change": lambda: PassphraseChangeDialog(
            QCoreApplication.translate("Lock", "Change passphrase"), path, window, ask_current=True),
        "new_log": lambda: NewLogDialog(ctx.settings, window),
        "restore": lambda: RestoreDialog(path, window, backups=lambda _p: []),
        "roster": lambda: RosterDialog(ctx, window),
        "shortcuts": lambda: ShortcutSheet(window.actions, window),
        "find": lambda: SearchDialog(ctx, window),
    }
    if rounds:
        makers["apply_minutes"] = lambda: ApplyDialog(ctx, rounds[-1].id, window)
    for name, make in makers.items():
        dialog = make()
        yield name, dialog
    yield "import_xlsx+preview", _xlsx_preview(ctx, window)
    yield "import_draft+preview", _draft_preview(ctx, window)


_WORKBOOKS: dict[str, Path] = {}


def _edited_workbook(log) -> Path:
    """An Excel summary of `log` as a colleague sends it back: a status changed, two rows deleted (made once)."""
    if log.path not in _WORKBOOKS:
        import tempfile

        import openpyxl

        from mineralsdesk.documents.workbook.xlsx import export_xlsx

        book = export_xlsx(log, Path(tempfile.mkdtemp()) / "summary.xlsx", today=TODAY)
        wb = openpyxl.load_workbook(book)
        ws = wb["Clauses"]
        headers = {c.value: c.column for c in ws[1]}
        row = next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=headers["Status"]).value == "bracketed")
        ws.cell(row=row, column=headers["Status"]).value = "under negotiation"
        wb["Positions"].delete_rows(2, 2)
        wb.save(book)
        _WORKBOOKS[log.path] = book
    return _WORKBOOKS[log.path]


def _wait(done) -> None:
    import time

    end = time.monotonic() + 60
    while not done() and time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def _xlsx_preview(ctx, window) -> QDialog:
    """File > Import Excel with an edited workbook read: its changes and what it could not take."""
    from mineralsdesk.gui.documents.dialogs import XlsxImportDialog

    dialog = XlsxImportDialog(ctx, window)
    dialog.preview(_edited_workbook(ctx.log))
    _wait(lambda: dialog.report is not None)
    return dialog


def _draft_preview(ctx, window) -> QDialog:
    """File > Import Word draft with the demo's chair draft read: articles matched, changes, the author map."""
    import mineralsdesk.assets
    from mineralsdesk.gui.common.combo import select_value
    from mineralsdesk.gui.documents.draft_dialog import DraftImportDialog

    dialog = DraftImportDialog(ctx, window)
    select_value(dialog.track, "MOU")
    dialog.read(Path(mineralsdesk.assets.__file__).parent / "demo" / "chair_draft_mou.docx")
    _wait(lambda: dialog.preview is not None)
    dialog.articles.setCurrentCell(1, 0)  # a changed article: its redline below
    return dialog


def _show(dialog: QDialog, window) -> None:
    dialog.show()
    settle(window)


def tour(window, ctx, forms: list) -> Iterator[tuple[str, QWidget]]:
    """Each screen in the window (resized to SCREEN), then each dialog and form shown over it.

    `forms` is the list the `opened_forms` fixture fills (FormDialog.exec records instead of blocking)."""
    window.resize(*SCREEN)
    for key, *_ in PAGES:
        window.show_page(key)
        settle(window)
        yield key, window
    for name, dialog in _dialogs(window, ctx):
        _show(dialog, window)
        yield name, dialog
        dialog.close()
        dialog.deleteLater()
    for attribute, _text, _keys, _tip, key, method in RECORD:
        if attribute == "toggle_done":
            continue
        forms.clear()
        window.show_page(key)
        settle(window)
        window.record(key, method)
        yield from _forms(window, forms, f"form:{attribute}")
    yield from _selected(window, ctx, forms)
    QApplication.processEvents()


def _forms(window, forms: list, name: str) -> Iterator[tuple[str, QWidget]]:
    for form in list(forms):
        _show(form, window)
        yield name, form
        form.close()
        form.deleteLater()
    forms.clear()


def _select(table, row: int, column: int = 0) -> None:
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, column))
    settle()


def _row_where(table, column: int, wanted) -> int:
    """The first row of `table` whose cell in `column` satisfies `wanted` (0 when none does)."""
    model = table.model()
    return next((r for r in range(model.rowCount()) if wanted(str(model.index(r, column).data() or ""))), 0)


def _selected(window, ctx, forms: list) -> Iterator[tuple[str, QWidget]]:
    """Each screen with a demo record selected (its detail panes filled), then the forms that need a selection:
    edit a track, a round, a follow-up action, a clause, a bracket, a position, a commitment; a new version, a
    position on the clause open, a follow-up action, a compliance assessment; and the minutes' entry row."""
    def screen(key: str):
        page = window.show_page(key)
        settle(window)
        return page

    def opened(name: str, call) -> Iterator[tuple[str, QWidget]]:
        forms.clear()
        call()
        settle(window)
        yield from _forms(window, forms, name)

    page = screen("tracks")
    _select(page.table, 0)
    yield "tracks+selected", window
    yield from opened("form:edit_track", page.edit_selected)

    page = screen("rounds")
    _select(page.table, _row_where(page.table, 4, lambda v: v not in ("", "0")))  # a round with open actions
    yield "rounds+selected", window
    yield from opened("form:edit_round", page.edit_round)
    yield from opened("form:new_action", page.add_action)
    if page.actions_model.rowCount():
        _select(page.actions_table, 0)
        yield from opened("form:edit_action", page.edit_action)

    page = screen("clauses")
    _select(page.table, _row_where(page.table, 7, lambda v: v not in ("", "0")))  # a clause with open brackets
    yield "clauses+selected", window
    tabs = page.detail.tabs
    for tab in range(1, tabs.count()):  # the redline, the versions, the brackets, the attachments
        tabs.setCurrentIndex(tab)
        settle(window)
        yield f"clauses+selected+tab{tab}", window
    tabs.setCurrentIndex(0)
    yield from opened("form:new_version", page.add_version)
    yield from opened("form:record_position", page.record_position)
    yield from opened("form:edit_clause", page.edit_selected)
    if page.detail.bracket_table.rowCount():
        page.detail.bracket_table.setCurrentCell(0, 0)
        yield from opened("form:edit_bracket", page.detail._edit_bracket)

    page = screen("positions")
    _select(page.table, 1, 3)  # our delegation's position on the second clause
    yield "positions+selected", window
    yield from opened("form:edit_position", page.record_position)
    yield from opened("form:new_version_of_row", page.add_version)

    page = screen("commitments")
    _select(page.table, _row_where(page.table, 7, bool))  # a commitment with compliance scores
    yield "commitments+selected", window
    yield from opened("form:edit_commitment", page.edit_selected)
    yield from opened("form:assess", page.add_assessment)

    page = screen("minutes")
    minutes = page.findChild(QWidget, "minutes_round").parentWidget()
    spoken = {i.round_id for i in ctx.log.minutes.list()}
    from mineralsdesk.gui.common.combo import select_value

    for round_id in (r.id for r in ctx.log.rounds.list() if r.id in spoken):
        select_value(minutes.round_box, round_id)
        break
    settle(window)
    labels = minutes.completer.model().stringList()
    if labels:
        minutes._pick_clause(labels[0])
    settle(window)
    yield "minutes+selected", window


MARK = "⟦"


def pseudo_catalogue(folder: Path) -> str:
    """A compiled catalogue that prefixes every message of the app with MARK, built from the shipped French .ts."""
    import subprocess
    import sys
    import xml.etree.ElementTree as ET

    from mineralsdesk.i18n import TRANSLATIONS_DIR

    tree = ET.parse(TRANSLATIONS_DIR / "mineralsdesk_fr.ts")
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        translation.attrib.pop("type", None)
        forms = list(translation.iter("numerusform"))
        for form in forms:
            form.text = MARK + source
        if not forms:
            translation.text = MARK + source
    ts = folder / "pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "pseudo.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return str(qm)
