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
        for form in list(forms):
            _show(form, window)
            yield f"form:{attribute}", form
            form.close()
            form.deleteLater()
    QApplication.processEvents()


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
