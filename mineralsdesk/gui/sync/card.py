"""The dashboard's sync card: per colleague, when this laptop last exchanged a file with them."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from ...services.sync import exchange, review
from ..context import AppContext
from ..language import translate
from ..style import SPACING


def synced_text(stamp: str) -> str:
    if not stamp:
        return translate("SyncCard", "never received a file")
    return stamp[:16].replace("T", " ") + " UTC"


class SyncCard(QFrame):
    """"Last synced with": a row per known colleague, and the open conflicts if any."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("sync_card")
        self.peers = exchange.peers(ctx.log)
        grid = QGridLayout(self)
        grid.setContentsMargins(SPACING * 2, SPACING * 2, SPACING * 2, SPACING * 2)
        grid.setHorizontalSpacing(SPACING * 3)
        open_count = review.open_count(ctx.log)
        conflicts = self.tr("%n open conflict(s)", "", open_count)
        extra = f" &nbsp;<span style='color:#b00020'>{conflicts}</span>" if open_count else ""
        heading = translate("SyncCard", "Last synced with")
        title = QLabel(f"<span style='font-size:13pt'><b>{heading}</b></span>{extra}")
        title.setTextFormat(Qt.TextFormat.RichText)
        grid.addWidget(title, 0, 0, 1, 3)
        self.rows: list[QLabel] = []
        for row, peer in enumerate(self.peers, start=1):
            name = QLabel(f"<b>{html.escape(peer.name)}</b>")
            when = QLabel(synced_text(peer.last_synced_at))
            files = QLabel(translate("SyncCard", "files received {received} · sent {sent}").format(
                received=peer.last_received_seq, sent=peer.last_sent_seq))
            files.setStyleSheet("color: gray")
            self.rows.append(when)
            grid.addWidget(name, row, 0)
            grid.addWidget(when, row, 1)
            grid.addWidget(files, row, 2)
        grid.setColumnStretch(2, 1)


