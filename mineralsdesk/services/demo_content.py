"""Reads the demo log's content from its JSON files (mineralsdesk/assets/demo/) and checks their shape.

The files hold text and ISO dates only, so the content can be edited or translated without touching code.
Only the dated facts of BRIEF.md are real; every round, clause text, position and assessment is
illustrative and marked so. Anything derived (a commitment's due date from an anchor and an offset, a
round's label) is computed by the log or by the builder (demo.py) from the inputs named here.
A missing or malformed file is told in one line (DemoContentError), naming the file and the place.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..assets import ASSETS_DIR
from ..errors import DemoContentError
from ..i18n import QT_TRANSLATE_NOOP

DEMO_DIR: Path = ASSETS_DIR / "demo"

#: file -> its top-level keys; every key is required
FILES: dict[str, tuple[str, ...]] = {
    "log.json": ("log_name", "delegation", "user_name", "note", "our_party", "parties", "anchors", "tracks"),
    "rounds.json": ("rounds",),
    "clauses.json": ("clauses",),
    "commitments.json": ("commitments", "assessments"),
    "room.json": ("members", "me", "owners", "minutes", "comments"),
}

# A field's kind: a Python type, "date" (an ISO date string), "->table" (a key of another table), or a
# nested record spec for a list of records. A name starting with "?" may be left out.
_ACTION = {"owner": str, "text": str, "?due": "date", "?done": bool}
_VERSION = {"?round": "->rounds", "party": str, "text": str}
_BRACKET_PARTIES = {"text": str, "?supporters": list, "?objectors": list}
_POSITION = {"party": str, "round": "->rounds", "stance": str, "?note": str, "?red_line": str,
             "?fallback": str, "?internal_note": str}
_SPECS: dict[str, dict] = {
    "parties": {"code": str, "name": str},
    "anchors": {"key": str, "name": str, "date": "date"},
    "tracks": {"ref": str, "title": str, "?kind": str, "?target_date": "date", "?parties": list,
               "?description": str},
    "rounds": {"key": str, "track": "->tracks", "date": "date", "?number": int, "?place": str, "?video": bool,
               "?participants": str, "?summary": str, "?outcomes": str, "?illustrative": bool,
               "?actions": _ACTION},
    "clauses": {"track": "->tracks", "ref": str, "title": str, "topic": str, "?minerals": list, "status": str,
                "?illustrative": bool, "versions": _VERSION, "?bracket_parties": _BRACKET_PARTIES,
                "?positions": _POSITION},
    "commitments": {"key": str, "owner": str, "text": str, "?source_kind": str, "?source": str,
                    "?track": "->tracks", "?due_date": "date", "?anchor": "->anchors", "?offset_days": int,
                    "?offset_months": int, "?state": str},
    "assessments": {"commitment": "->commitments", "party": str, "score": int, "?kind": str, "?evidence": str,
                    "?date": "date"},
    # The round room: the roster, who owns which clause ("TRACK:REF") or commitment, a round's minutes.
    "members": {"key": str, "name": str, "initials": str, "?role": str},
    "owners": {"?clause": str, "?commitment": "->commitments", "member": "->members"},
    "minutes": {"round": "->rounds", "clause": str, "party": str, "signal": str, "?text": str, "?author": "->members",
                "?at": str},
    # Comment threads on a round or a clause ("TRACK:REF"), with their replies.
    "comments": {"?round": "->rounds", "?clause": str, "text": str, "?author": "->members", "?at": str,
                 "?audience": str, "?resolved": bool,
                 "?replies": {"text": str, "?author": "->members", "?at": str, "?audience": str}},
}
#: the field that names a record of each table others refer to
_KEY_FIELD = {"tracks": "ref", "rounds": "key", "anchors": "key", "commitments": "key", "members": "key"}
_TYPE_WORDS = {str: "a text", bool: "true or false", int: "a whole number", list: "a list"}


@dataclass(frozen=True)
class DemoContent:
    """The demo log's content, as read from the data files: plain dicts and lists, dates as ISO strings."""

    log_name: str
    delegation: str
    user_name: str
    note: str
    our_party: str
    parties: list[dict]
    anchors: list[dict]
    tracks: list[dict]
    rounds: list[dict]
    clauses: list[dict]
    commitments: list[dict]
    assessments: list[dict]
    members: list[dict]
    me: str  # the member key the demo's user is ("" for nobody)
    owners: list[dict]
    minutes: list[dict]
    comments: list[dict]


def load(folder: str | Path | None = None) -> DemoContent:
    """Read and check the demo's data files in `folder`; raises DemoContentError on the first problem.

    `folder` defaults to DEMO_DIR, looked up at each call.
    """
    folder = Path(folder) if folder is not None else DEMO_DIR
    values: dict[str, object] = {}
    where: dict[str, Path] = {}
    for name, keys in FILES.items():
        path = folder / name
        data = _read(path)
        if not isinstance(data, dict):
            raise _error(path, "must hold one JSON object {...}")
        for key in keys:
            if key not in data:
                raise _error(path, f"has no {key!r}")
            values[key] = data[key]
            where[key] = path
    for key in ("log_name", "delegation", "user_name", "note", "our_party", "me"):
        if not isinstance(values[key], str):
            raise _bad(where[key], key, "must be a text")
    known: dict[str, set[str]] = {}
    for table in _SPECS:  # in the order that lets each table refer to the ones before it
        records = values[table]
        _check_records(where[table], table, records, _SPECS[table], known)
        if table == "clauses":
            _check_versions(where[table], records)
        if table in _KEY_FIELD:
            known[table] = {record[_KEY_FIELD[table]] for record in records}
    _check_room(where["members"], values)
    return DemoContent(**values)  # type: ignore[arg-type]


def _read(path: Path) -> object:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise _error(path, "is missing (reinstall MineralsDesk)") from None
    except UnicodeDecodeError:
        raise _error(path, "is not UTF-8 text") from None
    except OSError as exc:
        raise _error(path, f"cannot be read ({exc.strerror or exc})") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise _error(path, f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None


def _check_records(path: Path, place: str, records: object, spec: dict, known: dict[str, set[str]]) -> None:
    if not isinstance(records, list):
        raise _bad(path, place, "must be a list")
    for i, record in enumerate(records):
        here = f"{place}[{i}]"
        if not isinstance(record, dict):
            raise _bad(path, here, "must be an object {...}")
        fields = {name.lstrip("?"): kind for name, kind in spec.items()}
        for name in record:
            if name not in fields:
                raise _bad(path, here, f"has an unknown field {name!r} (known: {', '.join(fields)})")
        for name, kind in spec.items():
            field = name.lstrip("?")
            if field not in record:
                if not name.startswith("?"):
                    raise _bad(path, here, f"has no {field!r}")
                continue
            _check_value(path, f"{here}.{field}", record[field], kind, known)


def _check_value(path: Path, place: str, value: object, kind: object, known: dict[str, set[str]]) -> None:
    if isinstance(kind, dict):
        _check_records(path, place, value, kind, known)
    elif kind == "date":
        if not isinstance(value, str) or not _is_iso_date(value):
            raise _bad(path, place, f"is {value!r}, not a date written YYYY-MM-DD")
    elif isinstance(kind, str) and kind.startswith("->"):
        table = kind[2:]
        if value not in known.get(table, set()):
            raise _bad(path, place, f"is {value!r}, which names none of the {table}")
    elif not isinstance(value, kind) or (kind is int and isinstance(value, bool)):  # type: ignore[arg-type]
        raise _bad(path, place, f"must be {_TYPE_WORDS.get(kind, kind)}")  # type: ignore[call-overload]


def _check_versions(path: Path, clauses: list[dict]) -> None:
    """A clause starts with one version; every later one was tabled at a round."""
    for i, clause in enumerate(clauses):
        if not clause["versions"]:
            raise _bad(path, f"clauses[{i}].versions", "is empty (a clause needs its first text)")
        for j, version in enumerate(clause["versions"][1:], start=1):
            if "round" not in version:
                raise _bad(path, f"clauses[{i}].versions[{j}]", "has no 'round' (only the first text may lack one)")


def _check_room(path: Path, values: dict[str, object]) -> None:
    """Owners name a clause ("TRACK:REF") or a commitment; minutes name a clause of their round's track; `me` is a
    member key or empty."""
    clauses = {f"{c['track']}:{c['ref']}" for c in values["clauses"]}  # type: ignore[attr-defined]
    round_tracks = {r["key"]: r["track"] for r in values["rounds"]}  # type: ignore[attr-defined]
    members = {m["key"] for m in values["members"]}  # type: ignore[attr-defined]
    if values["me"] and values["me"] not in members:
        raise _bad(path, "me", f"is {values['me']!r}, which names none of the members")
    for i, owner in enumerate(values["owners"]):  # type: ignore[arg-type]
        if ("clause" in owner) == ("commitment" in owner):
            raise _bad(path, f"owners[{i}]", "must name one clause or one commitment")
        if "clause" in owner and owner["clause"] not in clauses:
            raise _bad(path, f"owners[{i}].clause", f"is {owner['clause']!r}, which names none of the clauses")
    for i, comment in enumerate(values["comments"]):  # type: ignore[arg-type]
        if ("clause" in comment) == ("round" in comment):
            raise _bad(path, f"comments[{i}]", "must name one round or one clause")
        if "clause" in comment and comment["clause"] not in clauses:
            raise _bad(path, f"comments[{i}].clause", f"is {comment['clause']!r}, which names none of the clauses")
    for i, minute in enumerate(values["minutes"]):  # type: ignore[arg-type]
        track = round_tracks[minute["round"]]
        if minute["clause"] not in clauses or not minute["clause"].startswith(f"{track}:"):
            raise _bad(path, f"minutes[{i}].clause", f"is {minute['clause']!r}, not a clause of {track}")


def _is_iso_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


def _error(path: Path, problem: str) -> DemoContentError:
    return DemoContentError(QT_TRANSLATE_NOOP("Errors", "cannot build the demo log: its data file {path} "
                                                        "{problem}"), path=path, problem=problem)


def _bad(path: Path, place: str, problem: str) -> DemoContentError:
    return DemoContentError(QT_TRANSLATE_NOOP("Errors", "cannot build the demo log: in its data file "
                                                        "{path}, {place} {problem}"), path=path, place=place,
                            problem=problem)
