"""The dashboard's team card: per delegation member, what they own that is still open before the next round
(clauses not yet agreed or dropped, commitments falling due before it); a member's name opens their clauses."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from ...domain.model import Round
from ...services.read_models import MemberWork
from ..common.dates import show_date
from ..context import AppContext
from ..language import translate
from ..style import SPACING, mute


def next_round(ctx: AppContext) -> Round | None:
    """The first round of any track dated after today, if one is planned."""
    today = ctx.today()
    upcoming = [r for r in ctx.log.rounds.list() if r.date > today]
    return min(upcoming, key=lambda r: (r.date, r.number), default=None)


class TeamCard(QFrame):
    """A row per member: initials and name (a link to their clauses), open clauses, commitments due."""

    def __init__(self, ctx: AppContext, open_link, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("team_card")
        rnd = next_round(ctx)
        before: date | None = rnd.date if rnd else None
        self.work: list[MemberWork] = ctx.log.read.open_by_member(before)
        me = ctx.log.members.me()
        refs = ctx.log.read.track_refs()
        grid = QGridLayout(self)
        grid.setContentsMargins(SPACING * 2, SPACING * 2, SPACING * 2, SPACING * 2)
        grid.setHorizontalSpacing(SPACING * 3)
        when = (translate("TeamCard", "open before {track} round {number} ({date})").format(
                    track=html.escape(refs.get(rnd.track_id, '?')), number=rnd.number,
                    date=show_date(rnd.date, "medium"))
                if rnd else translate("TeamCard", "everything open (no round planned yet)"))
        team = translate("TeamCard", "Team")
        title = QLabel(f"<span style='font-size:13pt'><b>{team}</b></span> &nbsp;"
                       f"<span style='color:gray'>{when}</span>")
        grid.addWidget(title, 0, 0, 1, 3)
        self.rows: list[QLabel] = []
        for row, w in enumerate(self.work, start=1):
            you_text = translate("TeamCard", "(you)")
            you = f" <span style='color:gray'>{you_text}</span>" if me is not None and me.id == w.member.id else ""
            role = f" <span style='color:gray'>· {html.escape(w.member.role)}</span>" if w.member.role else ""
            name = QLabel(f"<b>{html.escape(w.member.initials)}</b> &nbsp;<a href='member:{w.member.id}'>"
                          f"{html.escape(w.member.name)}</a>{you}{role}")
            name.setTextFormat(Qt.TextFormat.RichText)
            name.setToolTip(translate("TeamCard", "{name}'s clauses, in Clauses").format(name=w.member.name))
            name.linkActivated.connect(open_link)
            self.rows.append(name)
            grid.addWidget(name, row, 0)
            n_clauses, n_due = len(w.clauses), len(w.commitments)
            clauses = QLabel(self.tr("%n open clause(s)", "", n_clauses))
            due = QLabel(self.tr("%n commitment(s) due", "", n_due) if rnd else self.tr("%n open commitment(s)", "", n_due))
            for label, n in ((clauses, len(w.clauses)), (due, len(w.commitments))):
                if not n:
                    mute(label)
                grid.addWidget(label, row, 1 if label is clauses else 2)
        grid.setColumnStretch(3, 1)  # the counts stay beside the names; the room left goes to the right
