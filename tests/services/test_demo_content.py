"""Integrity of the demo log's content: every key it refers to exists and every value is one the domain allows."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from mineralsdesk.domain.model import AssessmentKind, ClauseStatus, CommitmentState, SourceKind, Stance, Topic
from mineralsdesk.services.demo_content import load

d = load()  # the data files in mineralsdesk/assets/demo/, read and shape-checked

TODAY = date(2026, 11, 26)  # the "now" the demo's overdue/due-soon states are written against
PARTY_CODES = {p["code"] for p in d.parties}
TRACKS = {t["ref"]: t for t in d.tracks}
ROUNDS = {r["key"]: r for r in d.rounds}
ANCHORS = {a["key"]: a for a in d.anchors}
COMMITMENTS = {c["key"]: c for c in d.commitments}
CLAUSE_REFS = {f"{c['track']} {c['ref']}" for c in d.clauses}
CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
SPANISH = re.compile(r"[áéíóúñÁÉÍÓÚÑ]")


def _iso(text: str) -> date:
    return date.fromisoformat(text)


def _round_date(key: str) -> date:
    return _iso(ROUNDS[key]["date"])


def _add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    return date(day.year + month0 // 12, month0 % 12 + 1, day.day)


def _due(commitment: dict) -> date:
    if "due_date" in commitment:
        return _iso(commitment["due_date"])
    anchor = _iso(ANCHORS[commitment["anchor"]]["date"])
    return _add_months(anchor, commitment.get("offset_months", 0)) + timedelta(
        days=commitment.get("offset_days", 0)
    )


def _spans(text: str) -> list[str]:
    """Inner texts of every bracketed span, nested ones included; asserts the brackets balance."""
    stack: list[int] = []
    spans = []
    for i, ch in enumerate(text):
        if ch == "[":
            stack.append(i)
        elif ch == "]":
            assert stack, f"']' closes nothing at {i}: {text[:60]}…"
            spans.append(text[stack.pop() + 1 : i])
    assert not stack, f"unclosed '[' in: {text[:60]}…"
    return spans


def _depth(text: str) -> int:
    depth = deepest = 0
    for ch in text:
        depth += ch == "["
        depth -= ch == "]"
        deepest = max(deepest, depth)
    return deepest


def _all_strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _all_strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _all_strings(v)]
    return []


def test_header_and_parties() -> None:
    assert d.log_name and d.delegation and d.user_name
    assert "illustrative" in d.note and "2026" in d.note
    assert len(PARTY_CODES) == len(d.parties) == 4
    assert d.our_party == "EU" in PARTY_CODES


def test_anchors_and_tracks() -> None:
    assert len(ANCHORS) == len(d.anchors)
    assert ANCHORS["joint_statement"]["date"] == "2026-02-04"
    assert ANCHORS["mou_signed"]["date"] == "2026-03-06"
    assert "illustrative" in ANCHORS["us_mx_plan"]["name"]
    for anchor in d.anchors:
        _iso(anchor["date"])
    assert set(TRACKS) == {"MOU", "ROADMAP", "ACTION", "USMX"}
    for track in d.tracks:
        assert set(track["parties"]) <= PARTY_CODES and len(track["parties"]) >= 2
        _iso(track["target_date"])
        assert track["title"] and track["kind"] and track["description"]
    assert TRACKS["MOU"]["target_date"] == "2026-03-06"
    assert TRACKS["ROADMAP"]["target_date"] == "2026-06-06"
    assert _iso(TRACKS["USMX"]["target_date"]) == _iso(ANCHORS["us_mx_plan"]["date"]) + timedelta(days=60)


def test_rounds() -> None:
    assert len(ROUNDS) == len(d.rounds) and 12 <= len(ROUNDS) <= 14
    for ref in TRACKS:
        rounds = [r for r in d.rounds if r["track"] == ref]
        assert 3 <= len(rounds) <= 4, ref
        assert [r["number"] for r in rounds] == list(range(1, len(rounds) + 1))
        days = [_iso(r["date"]) for r in rounds]
        assert days == sorted(days) and len(set(days)) == len(days)
    mou_last = max(_iso(r["date"]) for r in d.rounds if r["track"] == "MOU")
    assert mou_last <= date(2026, 3, 6)
    for r in d.rounds:
        assert date(2026, 2, 1) <= _iso(r["date"]) <= date(2026, 11, 30)
        assert r["track"] in TRACKS and r["illustrative"] is True
        assert (
            isinstance(r["video"], bool)
            and r["place"]
            and r["participants"]
            and r["summary"]
            and r["outcomes"]
        )
        assert 1 <= len(r["actions"]) <= 3
        for action in r["actions"]:
            assert action["owner"] in TRACKS[r["track"]]["parties"]
            assert isinstance(action["done"], bool) and action["text"]
            _iso(action["due"])
    actions = [a for r in d.rounds for a in r["actions"]]
    assert any(a["done"] for a in actions)
    assert any(not a["done"] and _iso(a["due"]) < TODAY for a in actions), "no overdue action"
    assert any(not a["done"] and _iso(a["due"]) >= TODAY for a in actions), "no upcoming action"


def test_clause_enums_and_coverage() -> None:
    assert 22 <= len(d.clauses) <= 26
    assert len(CLAUSE_REFS) == len(d.clauses)
    topics = {e.value for e in Topic}
    statuses = {e.value for e in ClauseStatus}
    for clause in d.clauses:
        assert clause["track"] in TRACKS
        assert clause["topic"] in topics and clause["status"] in statuses
        assert isinstance(clause["minerals"], list) and clause["illustrative"] is True
    assert {c["topic"] for c in d.clauses} == topics
    assert {c["track"] for c in d.clauses} == set(TRACKS)
    mou = sum(c["track"] == "MOU" for c in d.clauses)
    assert mou == max(sum(c["track"] == t for c in d.clauses) for t in TRACKS)


@pytest.mark.parametrize("clause", d.clauses, ids=lambda c: f"{c['track']} {c['ref']}")
def test_clause_integrity(clause: dict) -> None:
    track = TRACKS[clause["track"]]
    versions = clause["versions"]
    assert 2 <= len(versions) <= 4
    days = []
    for version in versions:
        assert ROUNDS[version["round"]]["track"] == clause["track"]
        assert version["party"] in track["parties"]
        assert 60 <= len(version["text"].split()) <= 250
        assert "\n" not in version["text"].replace("\n\n", "")
        assert version["text"].count("[") == version["text"].count("]")
        _spans(version["text"])  # balanced, never negative
        days.append(_round_date(version["round"]))
    assert days == sorted(days) and len(set(days)) == len(days), "versions out of round order"
    last = versions[-1]["text"]
    if clause["status"] in ("agreed", "agreed ad referendum"):
        assert "[" not in last
    if clause["status"] == "bracketed":
        assert "[" in last
    all_spans = {s for v in versions for s in _spans(v["text"])}
    for bracket in clause["bracket_parties"]:
        assert bracket["text"] in all_spans, bracket["text"]
        assert set(bracket["supporters"]) | set(bracket["objectors"]) <= set(track["parties"])
        assert not set(bracket["supporters"]) & set(bracket["objectors"])
    stances = {e.value for e in Stance}
    for position in clause["positions"]:
        assert position["party"] in track["parties"]
        assert ROUNDS[position["round"]]["track"] == clause["track"]
        assert position["stance"] in stances and position["note"]
        if position["party"] != d.our_party:
            assert not {"red_line", "fallback", "internal_note"} & set(position)
    last_round = versions[-1]["round"]
    at_last = {p["party"] for p in clause["positions"] if p["round"] == last_round}
    assert at_last == set(track["parties"]), f"missing positions at {last_round}"


def test_positions_show_change_and_internal_fields() -> None:
    earlier = 0
    for clause in d.clauses:
        last_round = clause["versions"][-1]["round"]
        earlier += any(p["round"] != last_round for p in clause["positions"])
    assert earlier >= 10
    ours = [c for c in d.clauses if d.our_party in TRACKS[c["track"]]["parties"]]
    with_internal = [
        c
        for c in ours
        if any(
            p["party"] == d.our_party and (p.get("red_line") or p.get("fallback") or p.get("internal_note"))
            for p in c["positions"]
        )
    ]
    assert len(with_internal) > len(ours) * 3 // 4


def test_bracket_features_present() -> None:
    texts = [v["text"] for c in d.clauses for v in c["versions"]]
    assert any(_depth(t) >= 2 for t in texts), "no nested bracket"
    assert any("[shall / should]" in t for t in texts)
    assert any("[within 30 days / within 60 days]" in t for t in texts)
    assert any("will endeavour to" in t for t in texts)


def test_price_support_tension() -> None:
    price = [
        c for c in d.clauses if c["topic"] == "price support" and d.our_party in TRACKS[c["track"]]["parties"]
    ]
    red_lines = [p.get("red_line", "") for c in price for p in c["positions"] if p["party"] == d.our_party]
    assert any("Member State" in r for r in red_lines)
    assert any("Member States" in v["text"] for c in price for v in c["versions"])


def test_commitments() -> None:
    assert 8 <= len(COMMITMENTS) == len(d.commitments) <= 12
    kinds = {e.value for e in SourceKind}
    states = {e.value for e in CommitmentState}
    for c in d.commitments:
        assert c["owner"] in PARTY_CODES and c["track"] in TRACKS
        assert c["owner"] in TRACKS[c["track"]]["parties"]
        assert c["source_kind"] in kinds and c["state"] in states and c["text"]
        if c["source_kind"] == "round":
            assert c["source"] in ROUNDS
        elif c["source_kind"] == "clause":
            assert c["source"] in CLAUSE_REFS
        else:
            assert c["source"]
        assert ("anchor" in c) != ("due_date" in c), c["key"]
        if "anchor" in c:
            assert c["anchor"] in ANCHORS
    assert _due(COMMITMENTS["mou30_us"]) == _due(COMMITMENTS["mou30_eu"]) == date(2026, 3, 6)
    assert _due(COMMITMENTS["roadmap"]) == date(2026, 6, 6)
    assert _due(COMMITMENTS["usmx60"]) == _iso(TRACKS["USMX"]["target_date"])
    dues = {k: _due(c) for k, c in COMMITMENTS.items()}
    assert any(TODAY < due <= TODAY + timedelta(days=7) for due in dues.values()), "nothing due within a week"
    assert any(due > TODAY for due in dues.values())
    overdue_open = [
        k for k, c in COMMITMENTS.items() if c["state"] in ("open", "at risk") and dues[k] < TODAY
    ]
    assert len(overdue_open) >= 2
    assert {"anchor", "due_date"} <= {key for c in d.commitments for key in c}


def test_assessments() -> None:
    assert 6 <= len(d.assessments) <= 10
    kinds = {e.value for e in AssessmentKind}
    for a in d.assessments:
        commitment = COMMITMENTS[a["commitment"]]
        assert a["party"] in TRACKS[commitment["track"]]["parties"]
        assert a["score"] in (-1, 0, 1) and a["kind"] in kinds and a["evidence"]
        _iso(a["date"])
    assert {a["score"] for a in d.assessments} == {-1, 0, 1}
    assert {a["kind"] for a in d.assessments} == kinds


def test_japanese_and_spanish_present() -> None:
    action_participants = " ".join(r["participants"] for r in d.rounds if r["track"] == "ACTION")
    assert "経済産業省" in action_participants and "外務省" in action_participants
    jp_notes = [p["note"] for c in d.clauses for p in c["positions"] if p["party"] == "JP"]
    assert any(CJK.search(n) for n in jp_notes)
    action_clauses = [c for c in d.clauses if c["track"] == "ACTION"]
    assert any(
        CJK.search(c["title"]) or any(CJK.search(v["text"]) for v in c["versions"]) for c in action_clauses
    )
    mx_notes = [p["note"] for c in d.clauses for p in c["positions"] if p["party"] == "MX"]
    assert mx_notes and all(SPANISH.search(n) for n in mx_notes)
    usmx_summaries = " ".join(r["summary"] for r in d.rounds if r["track"] == "USMX")
    assert "ñ" in usmx_summaries and SPANISH.search(usmx_summaries.replace("ñ", ""))


def test_strings_have_no_stray_newlines_or_control_characters() -> None:
    for text in _all_strings(
        [d.parties, d.anchors, d.tracks, d.rounds, d.clauses, d.commitments, d.assessments]
    ):
        assert "\n" not in text.replace("\n\n", ""), text[:60]
        assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", text), text[:60]
        assert text == text.strip(), text[:60]
