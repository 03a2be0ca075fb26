"""Builds the demo log from its data files (demo_content.py reads them): built in a temporary file and renamed
into place, so all or nothing."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

from ..errors import DemoContentError, LogError
from ..i18n import QT_TRANSLATE_NOOP
from ..store.database import make_self_contained
from ..store.files import atomic_output
from .demo_content import DEMO_DIR, DemoContent, load
from .log import Log

SOURCE = "demo log"


def _d(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def build_demo(path: str | os.PathLike) -> Path:
    """Write the demo log to `path` (which must not exist yet) and return it."""
    path = Path(path)
    if path.exists():
        raise LogError(QT_TRANSLATE_NOOP("Errors", "{path} already exists; choose another name"), path=path)
    content = load()  # a missing or malformed data file stops here, before any file is written
    with atomic_output(path) as tmp:
        tmp.unlink()  # Log.create makes its own 0600 file
        try:
            with Log.create(tmp, our_party=content.our_party, log_name=content.log_name,
                            delegation=content.delegation, user_name=content.user_name) as log:
                log.source = SOURCE
                with log.write(SOURCE) as repo:
                    repo.set_meta("note", content.note, source=SOURCE)
                    _fill(log, content)
                make_self_contained(log.db)
            for suffix in ("-wal", "-shm"):
                Path(str(tmp) + suffix).unlink(missing_ok=True)
        except BaseException:
            for suffix in ("-wal", "-shm"):
                Path(str(tmp) + suffix).unlink(missing_ok=True)
            raise
    return path


def _fill(log: Log, content: DemoContent) -> None:
    known = set(log.parties.codes())
    for party in content.parties:
        if party["code"] not in known:
            log.parties.add(party["code"], party["name"])
    anchors = {a["key"]: log.anchors.add(a["name"], _d(a["date"])).record.id for a in content.anchors}
    tracks = {}
    for t in content.tracks:
        tracks[t["ref"]] = log.tracks.add(t["ref"], t["title"], kind=t.get("kind", ""),
                                         target_date=_d(t.get("target_date")), parties=t.get("parties", []),
                                         description=t.get("description", "")).record.id
    rounds = {}
    round_labels = {}
    for r in content.rounds:
        rnd = log.rounds.add(tracks[r["track"]], _d(r["date"]), place=r.get("place", ""), video=r.get("video", False),
                            participants=r.get("participants", ""), summary=r.get("summary", ""),
                            outcomes=r.get("outcomes", ""), number=r.get("number"),
                            illustrative=r.get("illustrative", False)).record
        rounds[r["key"]] = rnd.id
        round_labels[r["key"]] = f"{r['track']} round {rnd.number} ({rnd.date.isoformat()})"
        for a in r.get("actions", []):
            log.actions.add(rnd.id, a["owner"], a["text"], due=_d(a.get("due")), done=a.get("done", False))
    for c in content.clauses:
        first, *rest = c["versions"]
        clause = log.clauses.add(tracks[c["track"]], c["ref"], c["title"], first["text"], party=first["party"],
                                round_id=rounds.get(first.get("round")), topic=c["topic"],
                                minerals=c.get("minerals", []), status="drafted",
                                illustrative=c.get("illustrative", False)).record
        for v in rest:
            log.clauses.revise(clause.id, v["text"], round_id=rounds[v["round"]], party=v["party"])
        _set_status(log, clause.id, c["status"])
        for bp in c.get("bracket_parties", []):
            matches = [b for b in log.brackets.list(clause.id) if b.text == bp["text"]]
            for b in matches[-1:]:
                log.brackets.update(b.id, supporters=bp.get("supporters", b.supporters),
                                   objectors=bp.get("objectors", b.objectors))
        for p in c.get("positions", []):
            log.positions.set(clause.id, p["party"], rounds[p["round"]], p["stance"], note=p.get("note", ""),
                             red_line=p.get("red_line", ""), fallback=p.get("fallback", ""),
                             internal_note=p.get("internal_note", ""))
    commitments = {}
    for k in content.commitments:
        source = k.get("source", "")
        if k.get("source_kind") == "round" and source in round_labels:
            source = round_labels[source]
        made = log.commitments.add(
            k["owner"], k["text"], source_kind=k.get("source_kind", "statement"), source=source,
            track_id=tracks.get(k.get("track")), due_date=_d(k.get("due_date")), anchor_id=anchors.get(k.get("anchor")),
            offset_days=k.get("offset_days", 0), offset_months=k.get("offset_months", 0),
            state=k.get("state", "open"))
        commitments[k["key"]] = made.record.id
    for a in content.assessments:
        log.commitments.assess(commitments[a["commitment"]], a["party"], a["score"], kind=a.get("kind", "interim"),
                           evidence=a.get("evidence", ""), on=_d(a.get("date")))
    _fill_room(log, content, tracks, rounds, commitments)
    _attach_papers(log)


def _fill_room(log: Log, content: DemoContent, tracks: dict[str, str], rounds: dict[str, str],
               commitments: dict[str, str]) -> None:
    """The roster, who owns what, the user's own member, the minutes of a round (not yet applied) and comment
    threads."""
    members = {m["key"]: log.members.add(m["name"], m["initials"], role=m.get("role", "")).record.id
               for m in content.members}
    clause_ids = {f"{ref}:{c.ref}": c.id for ref, track_id in tracks.items() for c in log.clauses.list(track_id)}
    for owner in content.owners:
        if "clause" in owner:
            log.clauses.assign(clause_ids[owner["clause"]], members[owner["member"]])
        else:
            log.commitments.assign(commitments[owner["commitment"]], members[owner["member"]])
    if content.me:
        log.members.set_me(members[content.me])
    for m in content.minutes:
        log.minutes.add(rounds[m["round"]], clause_ids[m["clause"]], m["party"], m["signal"], m.get("text", ""),
                        author=members.get(m.get("author", "")), at=m.get("at"))
    for c in content.comments:
        kind, target = ("round", rounds[c["round"]]) if "round" in c else ("clause", clause_ids[c["clause"]])
        root = log.comments.add(kind, target, c["text"], author=members.get(c.get("author", "")),
                                audience=c.get("audience", "internal"), at=c.get("at")).record
        for reply in c.get("replies", []):
            log.comments.reply(root.id, reply["text"], author=members.get(reply.get("author", "")),
                               audience=reply.get("audience", "internal"), at=reply.get("at"))
        if c.get("resolved"):
            log.comments.resolve(root.id)


def _attach_papers(log: Log) -> None:
    """The joint statement's facts as a text note and a non-paper per track (assets/demo/attachments/index.json)."""
    folder = DEMO_DIR / "attachments"
    try:
        index = json.loads((folder / "index.json").read_text(encoding="utf-8"))["attachments"]
        for paper in index:
            target = log.attachments.resolve_target(paper["to"], paper["ref"])
            log.attachments.add((folder / paper["file"]).read_bytes(), paper["name"], target_kind=paper["to"],
                                target_id=target, audience=paper["audience"])
    except (OSError, ValueError, KeyError, TypeError, LookupError) as exc:
        raise DemoContentError(QT_TRANSLATE_NOOP("Errors", "cannot build the demo log: its attached papers "
                                                           "(attachments/index.json) are missing or "
                                                           "malformed ({kind})"), kind=type(exc).__name__) from None


# A path through the status rules from "drafted" to each status, so the demo obeys them too.
_PATHS = {
    "drafted": [],
    "proposed": ["proposed"],
    "under negotiation": ["proposed", "under negotiation"],
    "bracketed": ["proposed", "under negotiation", "bracketed"],
    "agreed ad referendum": ["proposed", "under negotiation", "agreed ad referendum"],
    "agreed": ["proposed", "under negotiation", "agreed ad referendum", "agreed"],
    "dropped": ["proposed", "dropped"],
}


def _set_status(log: Log, clause_id: str, status: str) -> None:
    if status not in _PATHS:
        raise DemoContentError(QT_TRANSLATE_NOOP("Errors", "cannot build the demo log: a clause in its "
                                                           "data files has the status {status!r}; known: "
                                                           "{known}"), status=status, known=', '.join(_PATHS))
    for step in _PATHS[status]:
        log.clauses.set_status(clause_id, step)
