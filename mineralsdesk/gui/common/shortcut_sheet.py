"""The keyboard shortcut sheet (Help > Keyboard shortcuts, F1): every key by screen, printable on one page."""

from __future__ import annotations

import html
import os

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QTextBrowser, QVBoxLayout, QWidget

from ..actions import Actions, shortcut_groups
from ..language import translate

PAGE = QPageSize(QPageSize.PageSizeId.A4)
MARGINS_MM = QMarginsF(12, 12, 12, 12)


def sheet_html(actions: Actions) -> str:
    """The sheet as HTML: one small table per screen, two columns of tables side by side."""
    blocks = []
    for screen, lines in shortcut_groups(actions):
        rows = "".join(f"<tr><td class='k'>{html.escape(keys)}</td><td>{html.escape(what)}</td></tr>"
                       for keys, what in lines)
        blocks.append(f"<h3>{html.escape(screen)}</h3><table cellspacing='0' cellpadding='1'>{rows}</table>")
    half = (len(blocks) + 1) // 2
    left, right = "".join(blocks[:half]), "".join(blocks[half:])
    return ("<style>h2 { margin: 0; } h3 { margin: 6px 0 2px 0; } td { padding-right: 6px; }"
            " td.k { font-weight: 600; white-space: nowrap; }</style>"
            "<h2>" + html.escape(translate("ShortcutSheet", "MineralsDesk — keyboard shortcuts")) + "</h2>"
            f"<table width='100%'><tr><td width='50%' valign='top'>{left}</td>"
            f"<td width='50%' valign='top'>{right}</td></tr></table>")


def printable_document(actions: Actions, point_size: float = 8.0) -> QTextDocument:
    """The sheet laid out on an A4 page (12 mm margins), the size it prints at."""
    doc = QTextDocument()
    font = doc.defaultFont()
    font.setPointSizeF(point_size)
    doc.setDefaultFont(font)
    doc.setHtml(sheet_html(actions))
    layout = QPageLayout(PAGE, QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter)
    # The document lays out in screen pixels; printing scales them to the printer's resolution.
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInch() if screen is not None else 96.0
    points = layout.paintRect(QPageLayout.Unit.Point)
    doc.setPageSize(QSizeF(points.width() * dpi / 72, points.height() * dpi / 72))
    return doc


class ShortcutSheet(QDialog):
    """The list, and a button that saves it as a one-page PDF to print or pin up."""

    def __init__(self, actions: Actions, parent: QWidget | None = None):
        super().__init__(parent)
        self.actions = actions
        self.setWindowTitle(translate("ShortcutSheet", "Keyboard shortcuts"))
        self.resize(900, 640)
        self.view = QTextBrowser()
        self.view.setHtml(sheet_html(actions))
        self.view.setTabChangesFocus(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = buttons.addButton(translate("ShortcutSheet", "&Print to PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.ask_and_print)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def ask_and_print(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, translate("ShortcutSheet", "Print keyboard shortcuts"), "mineralsdesk-keys.pdf",
                                              translate("ShortcutSheet", "PDF (*.pdf)"))
        if name:
            self.print_to(name if name.lower().endswith(".pdf") else name + ".pdf")

    def print_to(self, path: str) -> int:
        """Write the sheet as a PDF at `path`; returns its number of pages."""
        from PySide6.QtGui import QPdfWriter

        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))  # created private; the writer keeps the mode
        os.chmod(path, 0o600)  # an existing file chosen to be overwritten becomes private too
        doc = printable_document(self.actions)
        writer = QPdfWriter(path)
        writer.setPageLayout(QPageLayout(PAGE, QPageLayout.Orientation.Portrait, MARGINS_MM,
                                         QPageLayout.Unit.Millimeter))
        writer.setTitle(translate("ShortcutSheet", "MineralsDesk keyboard shortcuts"))
        doc.print_(writer)
        del writer  # the file is complete once the writer is gone
        return doc.pageCount()
