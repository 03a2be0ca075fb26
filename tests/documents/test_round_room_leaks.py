"""The round room in documents: internal comments, the minutes, the roster and owners never reach a shareable PDF,
workbook or JSON dump; shareable comments are printed in the briefing only on request."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest

from mineralsdesk.documents import audience as aud
from mineralsdesk.documents.briefing.pdf import export_pdf
from mineralsdesk.documents.dump.jsondump import dump_document, write_dump
from mineralsdesk.documents.workbook.xlsx import export_xlsx
from mineralsdesk.services.log import Log

SECRETS = ("zqxinternalnote", "zqxinterventiontext", "zqxreplyinternal", "Zqxmembername")
SHARED = "zqxsharedcomment"


@pytest.fixture
def room(small_log: Log) -> Log:
    log, ids = small_log, small_log.ids
    member = log.members.add("Zqxmembername Roe", "ZR").record
    log.clauses.assign(ids["clause"], member.id)
    log.minutes.add(ids["r2"], ids["clause"], "US", "objects", "zqxinterventiontext said here", author=member.id)
    log.comments.add("clause", ids["clause"], "zqxinternalnote on the clause", author=member.id)
    shared = log.comments.add("clause", ids["clause"], f"{SHARED} for counterparts", audience="shareable",
                              author=member.id).record
    log.comments.reply(shared.id, "zqxreplyinternal kept home")  # an internal reply to a shareable thread
    return log


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True).stdout
    return " ".join(out.split()) + path.read_bytes().decode("latin-1")


def _xlsx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as zf:
        return "\n".join(zf.read(n).decode("utf-8", "replace") for n in zf.namelist())


def test_shareable_documents_hold_no_internal_comment_intervention_or_roster(room: Log, tmp_path: Path):
    export_pdf(room, tmp_path / "s.pdf", audience="shareable", with_comments=True)
    export_xlsx(room, tmp_path / "s.xlsx", audience="shareable")
    write_dump(room, tmp_path / "s.json", audience="shareable")
    texts = {"pdf": _pdf_text(tmp_path / "s.pdf"), "xlsx": _xlsx_text(tmp_path / "s.xlsx"),
             "json": (tmp_path / "s.json").read_text(encoding="utf-8")}
    for kind, text in texts.items():
        for secret in SECRETS:
            assert secret not in text, (kind, secret)
    assert SHARED in texts["pdf"]  # asked for: the shareable thread is printed, without its internal reply
    assert SHARED in texts["json"]
    dump = json.loads(texts["json"])
    assert dump["members"] == [] and dump["interventions"] == []
    assert [c["audience"] for c in dump["comments"]] == ["shareable"]
    assert {c["owner"] for c in dump["clauses"]} == {None}


def test_comments_are_printed_only_on_request(room: Log, tmp_path: Path):
    export_pdf(room, tmp_path / "plain.pdf", audience="shareable")
    assert SHARED not in _pdf_text(tmp_path / "plain.pdf")
    export_pdf(room, tmp_path / "internal.pdf", audience="internal", with_comments=True)
    internal = _pdf_text(tmp_path / "internal.pdf")
    assert "zqxinternalnote" in internal and "zqxreplyinternal" in internal and SHARED in internal
    export_pdf(room, tmp_path / "internal-plain.pdf", audience="internal")
    assert "zqxinternalnote" not in _pdf_text(tmp_path / "internal-plain.pdf")


def test_the_internal_dump_keeps_everything(room: Log):
    doc = dump_document(room, "internal")
    assert len(doc["members"]) == 1 and len(doc["interventions"]) == 1 and len(doc["comments"]) == 3


def test_audience_decides_the_round_room_records(room: Log):
    member = room.members.list()[0]
    intervention = room.minutes.list()[0]
    assert not aud.may_show(member, "shareable") and not aud.may_show(intervention, "shareable")
    assert aud.may_show(member, "internal") and aud.may_show(intervention, "internal")
    clause = room.clauses.get(room.ids["clause"])
    assert aud.redact(clause, "shareable").owner is None and aud.redact(clause, "internal").owner == member.id
    assert {"members", "interventions", "comments"} <= set(aud.hidden_change_entities("shareable"))
    threads = room.comments.threads()
    assert aud.shareable_comments(threads, "shareable", requested=False) == []
    shown = aud.shareable_comments(threads, "shareable", requested=True)
    assert [t.root.audience for t in shown] == ["shareable"] and shown[0].replies == []


def test_a_long_comment_prints(room: Log, tmp_path: Path):
    room.comments.add("round", room.ids["r2"], "long " * 3000, audience="shareable")
    export_pdf(room, tmp_path / "long.pdf", audience="shareable", with_comments=True)
    assert "long long" in _pdf_text(tmp_path / "long.pdf")


def test_the_workbook_names_owners_and_holds_comments_only_in_an_internal_copy(room: Log, tmp_path: Path):
    member = room.members.add("Zqxownername Poe", "ZQXJ").record
    commitment = room.commitments.add("US", "Table the annex", track_id=room.ids["track"]).record
    room.commitments.assign(commitment.id, member.id)
    room.clauses.assign(room.ids["clause"], member.id)
    internal = _xlsx_text(export_xlsx(room, tmp_path / "i.xlsx", audience="internal"))
    for text in ("ZQXJ", "zqxinternalnote", "zqxreplyinternal", SHARED, "Our owner", "Comments"):
        assert text in internal, text  # the search below can find what it looks for
    shareable = export_xlsx(room, tmp_path / "s.xlsx", audience="shareable")
    text = _xlsx_text(shareable)
    # No owner initials (cells or dropdown lists), member name, comment or Comments sheet: a shareable document
    # prints comments only on request, and the workbook never asks.
    for secret in ("ZQXJ", "Zqxownername", "zqxinternalnote", SHARED, "Our owner", 'name="Comments"'):
        assert secret not in text, secret
    wb = openpyxl.load_workbook(shareable)
    assert "Owner" not in [c.value for c in wb["Clauses"][1]]
    assert all("ZR" not in (dv.formula1 or "") for ws in wb for dv in ws.data_validations.dataValidation)
