"""File > Import Word or Akoma Ntoso draft…: a chair's consolidated text or a delegation's markup (.docx, or
Akoma Ntoso .xml), previewed article by article (accept, skip, or attach to another clause), with round, party
and the map of Word authors to parties; applied in one transaction, after a backup, as one undoable step. A
file refused on reading (hostile, not a draft) says why in one line and writes nothing."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import Changed
from ...errors import UserError
from ...i18n import QT_TRANSLATE_NOOP
from ..clauses.detail import deleted_html, inserted_html
from ..commands import ServiceCommand, run
from ..common.combo import combo_value, set_choices
from ..common.dates import show_date
from ..common.errors import error_text
from ..context import AppContext
from ..language import translate
from ..settings import LAST_FOLDER
from ..worker import start_job

ACCEPT, SKIP = "accept", "skip"  # the same words as documents/draft/preview.py (not imported: difflib at start)
NO_PARTY = ""
TITLE = QT_TRANSLATE_NOOP("DraftImportDialog", "Import Word or Akoma Ntoso draft")
AKN_SUFFIXES = (".xml", ".akn")
FILE_FILTER = QT_TRANSLATE_NOOP("DraftImportDialog",
                                "Drafts (*.docx *.xml *.akn);;Word document (*.docx);;Akoma Ntoso (*.xml *.akn)")
KIND_LABELS = {"changed": QT_TRANSLATE_NOOP("DraftImportDialog", "changed"),
               "unchanged": QT_TRANSLATE_NOOP("DraftImportDialog", "unchanged"),
               "new": QT_TRANSLATE_NOOP("DraftImportDialog", "new")}



def _authors_text() -> str:
    return translate("DraftImportDialog", "Tracked changes become versions of the party each Word author stands for "
                     "(remembered by this log):")


class DraftImportDialog(QDialog):
    """Choose a draft (Word or Akoma Ntoso) and a track, see what each article would become, then apply it as
    one step."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, path: Path | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(translate("DraftImportDialog", TITLE))
        self.resize(980, 620)
        self.file: Path | None = None
        self.preview = None  # documents.draft.preview.Preview, built on the worker
        self.job = None
        self.summary = QLabel(translate("DraftImportDialog", "Choose the chair's consolidated text or a delegation's "
                                        "markup (Word .docx or Akoma Ntoso .xml)."))
        self.summary.setWordWrap(True)
        choose = QPushButton(translate("DraftImportDialog", "Choose file…"))
        choose.clicked.connect(self._choose)
        self.track = QComboBox()
        set_choices(self.track, [(f"{t.ref} — {t.title}", t.ref) for t in ctx.log.tracks.list()])
        self.track.currentIndexChanged.connect(self._track_changed)
        self.round = QComboBox()
        self.party = QComboBox()
        set_choices(self.party, [(p.code, p.code) for p in ctx.log.parties.list()], ctx.log.settings.our_party)
        self.articles = QTableWidget(0, 4)
        self.articles.setObjectName("draft_articles")
        self.articles.setHorizontalHeaderLabels([
            translate("DraftImportDialog", "Article in the file"), translate("DraftImportDialog", "Matched clause"),
            translate("DraftImportDialog", "Change"), translate("DraftImportDialog", "Import as")])
        self.articles.verticalHeader().hide()
        self.articles.currentCellChanged.connect(lambda row, *_: self._show_article(row))
        self.detail = QTextBrowser()
        self.authors = QTableWidget(0, 2)
        self.authors.setObjectName("draft_authors")
        self.authors.setHorizontalHeaderLabels([translate("DraftImportDialog", "Word author"),
                                                translate("DraftImportDialog", "Party")])
        self.authors.verticalHeader().hide()
        self.authors.setMaximumHeight(130)
        self.absent = QLabel()
        self.absent.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.addButton(translate("DraftImportDialog", "Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(choose)
        form = QFormLayout()
        form.addRow(translate("DraftImportDialog", "&Track:"), self.track)
        form.addRow(translate("DraftImportDialog", "&Round of the new versions:"), self.round)
        form.addRow(translate("DraftImportDialog", "&Party of the accepted text:"), self.party)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.articles)
        split.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(split, 1)
        self.authors_label = QLabel(_authors_text())
        layout.addWidget(self.authors_label)
        layout.addWidget(self.authors)
        layout.addWidget(self.absent)
        layout.addWidget(buttons)
        self._fill_rounds()
        if path is not None:
            self.read(path)

    # -- choosing and reading ----------------------------------------------------------------------------------
    def _choose(self) -> None:
        folder = self.ctx.settings.get(LAST_FOLDER) if self.ctx.settings else ""
        name, _ = QFileDialog.getOpenFileName(self, translate("DraftImportDialog", TITLE), folder or str(Path.home()),
                                              translate("DraftImportDialog", FILE_FILTER))
        if name:
            self.read(Path(name))

    def _fill_rounds(self) -> None:
        ref = combo_value(self.track)
        track = next((t for t in self.ctx.log.tracks.list() if t.ref == ref), None)
        rounds = self.ctx.log.rounds.list(track.id) if track else []
        set_choices(self.round, [(translate("DraftImportDialog", "Round {number} ({date})").format(
            number=r.number, date=show_date(r.date, "medium")), r.id) for r in rounds],
                    rounds[-1].id if rounds else None)

    def _track_changed(self) -> None:
        self._fill_rounds()
        if self.file is not None:
            self.read(self.file)

    def read(self, path: Path) -> None:
        """Read and match the file off the GUI thread; nothing is written until Import."""
        self.file = path
        self.apply_button.setEnabled(False)
        track = combo_value(self.track)

        def work(log, progress):
            from ...documents.draft.preview import build_preview

            return build_preview(log, read_draft(log, path), track)
        self.job = start_job(self, self.ctx.log, translate("DraftImportDialog", "Reading {name}").format(name=path.name), work, self.show_preview)

    def show_preview(self, preview) -> None:
        from ...services.author_map import author_map

        self.preview = preview
        clauses = self.ctx.log.clauses.list(preview.track_id)
        self.articles.setRowCount(len(preview.articles))
        for row, plan in enumerate(preview.articles):
            a = plan.article
            match = (translate("DraftImportDialog", "{ref} (by {method}, {score})").format(
                ref=plan.clause_ref, method=plan.method, score=f"{plan.score:.2f}") if plan.clause_id
                else translate("DraftImportDialog", "— new clause"))
            kind = translate("DraftImportDialog", KIND_LABELS[plan.kind]) if plan.kind in KIND_LABELS else plan.kind
            for column, text in enumerate((f"{a.ref} {a.title}".strip(), match, kind)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.articles.setItem(row, column, item)
            combo = QComboBox()
            # sized by "Accept as a new clause", not by the longest "Attach to …" (that widened the table past
            # the dialog, behind a horizontal scroll bar)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(22)
            accept = (translate("DraftImportDialog", "Accept") if plan.clause_id
                      else translate("DraftImportDialog", "Accept as a new clause"))
            attach = translate("DraftImportDialog", "Attach to {clause}")
            set_choices(combo, [(accept, ACCEPT), (translate("DraftImportDialog", "Skip"), SKIP)]
                        + [(attach.format(clause=f"{c.ref} {c.title}"), c.id) for c in clauses
                           if c.id != plan.clause_id], ACCEPT)
            self.articles.setCellWidget(row, 3, combo)
        header = self.articles.horizontalHeader()  # the article's title takes what is left, elided if need be
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        known = author_map(self.ctx.log)
        parties = [(translate("DraftImportDialog", "(choose)"), NO_PARTY)] + [(p.code, p.code) for p in self.ctx.log.parties.list()]
        self.authors.setRowCount(len(preview.draft.authors))
        self.authors.setVisible(bool(preview.draft.authors))
        self.authors_label.setText(
            _authors_text() if preview.draft.authors
            else translate("DraftImportDialog", "{kind}: no tracked changes to attribute").format(kind=preview.draft.kind)
            + (translate("DraftImportDialog", "; each bracket keeps the proposer the file names.")
               if preview.draft.parties else "."))
        for row, author in enumerate(sorted(preview.draft.authors)):
            item = QTableWidgetItem(author)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.authors.setItem(row, 0, item)
            combo = QComboBox()
            set_choices(combo, parties, known.get(author, NO_PARTY))
            self.authors.setCellWidget(row, 1, combo)
        self.absent.setText(translate("DraftImportDialog", "Absent from the file (kept, never deleted): ")
                            + ", ".join(f"{ref} {title}" for _, ref, title in preview.absent) if preview.absent else "")
        articles = len(preview.articles)
        counts = {k: len(preview.of_kind(k)) for k in ("changed", "unchanged", "new")}
        self.summary.setText(f"<b>{html.escape(preview.draft.source_name)}</b> ({preview.draft.kind}): "
                             + translate("DraftImportDialog", "{n} article(s)").format(n=articles) + ", "
                             + translate("DraftImportDialog", "{changed} changed, {unchanged} unchanged, {new} new. "
                                         "Nothing has been written yet.").format(**counts))
        self.apply_button.setEnabled(True)
        if preview.articles:
            self.articles.setCurrentCell(0, 0)
            self._show_article(0)

    def _show_article(self, row: int) -> None:
        if self.preview is None or not 0 <= row < len(self.preview.articles):
            return
        plan = self.preview.articles[row]
        party = plan.article.party or combo_value(self.party) or ""
        parts = [f"<h3>{html.escape(plan.article.ref)} {html.escape(plan.article.title)}</h3>"]
        if plan.article.party:
            tabled = translate("DraftImportDialog", "Tabled by {party}: the file names it as the proposer of every "
                               "bracket.").format(party=html.escape(plan.article.party))
            parts.append(f"<p><i>{tabled}</i></p>")
        if plan.clause_id:
            against = translate("DraftImportDialog", "Against the current text of {ref}:").format(
                ref=html.escape(plan.clause_ref))
            parts.append(f"<p><i>{against}</i></p>")
            parts.append(_segments_html(plan.redline, party))
        else:
            parts.append("<p><i>" + translate("DraftImportDialog", "A new clause (proposed):") + "</i></p>" + _segments_html(plan.redline, party)
                         if plan.redline else f"<p>{html.escape(plan.article.text)}</p>")
        for author, segments in plan.proposals.items():
            proposes = translate("DraftImportDialog", "{author} proposes:").format(author=html.escape(author))
            parts.append(f"<p><i>{proposes}</i></p>" + _segments_html(segments, party))
        if plan.brackets_created:
            parts.append("<p><i>" + translate("DraftImportDialog", "Brackets opened:") + "</i> " + html.escape(", ".join(plan.bracket_label(b)
                                                                             for b in plan.brackets_created)) + "</p>")
        if plan.brackets_resolved:
            parts.append("<p><i>" + translate("DraftImportDialog", "Brackets resolved:")
                         + f"</i> {len(plan.brackets_resolved)}</p>")
        if plan.problem:
            parts.append("<p><b>" + translate("DraftImportDialog", "Cannot import:") + "</b> "
                         + f"{html.escape(plan.problem)}</p>")
        self.detail.setHtml("".join(parts))

    # -- applying ----------------------------------------------------------------------------------------------
    def choices(self) -> dict[int, str]:
        return {row: combo_value(self.articles.cellWidget(row, 3)) for row in range(self.articles.rowCount())}

    def author_choices(self) -> dict[str, str]:
        return {self.authors.item(row, 0).text(): combo_value(self.authors.cellWidget(row, 1))
                for row in range(self.authors.rowCount())}

    def apply(self) -> None:
        """One transaction after a backup, pushed as one undoable step ("Import Word draft NAME", "Import Akoma
        Ntoso draft NAME")."""
        from ...documents.draft import preview as dp
        from ...services.backups import backup_before_import

        preview, round_id, party = self.preview, combo_value(self.round), combo_value(self.party)
        if preview is None or not round_id:
            self.summary.setText(translate("DraftImportDialog", "Choose a round for the new versions first."))
            return
        mapping = {a: p for a, p in self.author_choices().items() if p}
        choices = self.choices()
        missing = dp.unknown_authors(preview, mapping, choices)
        if missing:
            self.summary.setText(translate("DraftImportDialog", "Choose a party for: ") + html.escape(", ".join(missing)))
            return
        done: list = []

        def do() -> Changed:
            done.append(dp.apply(self.ctx.log, preview, round_id, party, mapping, choices))
            return done[-1].changed

        def undo(_changed: Changed) -> Changed:
            return dp.undo_import(self.ctx.log, done.pop())

        try:
            backup_before_import(self.ctx.log)  # File > Restore… puts the log back even after the undo history goes
            name = translate("DraftImportDialog", "Import {kind} draft {name}").format(
                kind=preview.draft.kind, name=preview.draft.source_name)
            run(self.ctx, ServiceCommand(self.ctx, name, do, undo))
        except UserError as exc:
            self.summary.setText(html.escape(error_text(exc)))
            return
        self.accept()


def _segments_html(segments, party: str) -> str:
    parts = []
    for seg in segments:
        text = html.escape(seg.text).replace("\n", "<br>")
        parts.append(inserted_html(text, party) if seg.kind == "insert" else
                     deleted_html(text) if seg.kind == "delete" else text)
    return "<p>" + "".join(parts) + "</p>"


def read_draft(log, path: Path):
    """The draft in `path`: Akoma Ntoso for .xml/.akn (its proposers made the log's parties), else Word."""
    if path.suffix.lower() in AKN_SUFFIXES:
        from ...documents.akn.akn_import import with_parties
        from ...documents.akn.akn_in import read_akn

        return with_parties(log, read_akn(path))
    from ...documents.word.docx_in import read_docx

    return read_docx(path)
