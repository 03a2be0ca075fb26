"""Rows <-> dataclasses: insert, update, delete with change-log entries, revision checks and search upkeep."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from ..domain import model
from ..errors import NotFoundError, StaleEditError
from ..i18n import QT_TRANSLATE_NOOP
from . import changelog
from .codec import TABLES, display, from_row, to_column, to_row
from .database import LogDatabase
from .queries import TRACK_ORDER

T = TypeVar("T")

# The fields each record's search entry is made of (see reindex): an update that changes none of them leaves
# the entry as it is (a status or state change, the commonest edit, rewrote the FTS rows for nothing).
# A record type not listed here is reindexed on every update.
SEARCH_FIELDS: dict[type, frozenset[str]] = {
    model.Clause: frozenset({"ref", "title"}),
    model.Round: frozenset({"number", "place", "summary", "outcomes", "participants"}),
    model.Commitment: frozenset({"text", "source"}),
    model.Position: frozenset({"clause_id", "party", "stance", "note", "internal_note", "red_line", "fallback"}),
}


def creation_entries(table: str, record_id: str, label: str, row: dict[str, Any]) -> list[changelog.FieldChange]:
    """A record's "created" entry and one entry per stored field, so the change log can be replayed."""
    out = [changelog.FieldChange(table, record_id, "created", None, label)]
    out += [changelog.FieldChange(table, record_id, name, None, str(value)) for name, value in row.items()
            if name not in ("id", "rev") and value is not None]
    return out


def _row_label(row: dict[str, Any]) -> str:
    for name in ("ref", "code", "name", "title", "text"):
        value = row.get(name)
        if isinstance(value, str) and value:
            return value[:120]
    return "record"


class Repository:
    """Record-level access to one open log. Callers own the transaction (see services)."""

    def __init__(self, db: LogDatabase, who: Callable[[], str]):
        self.db = db
        self._who = who

    # -- reading ---------------------------------------------------------------------------------
    # Callers name what they want; the SQL stays here. `_find` is the store's own helper.
    def get(self, cls: type[T], record_id: str) -> T:
        found = self._find(cls, "id = ?", [record_id])
        if not found:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "No {record} with id {record_id}"),
                                record=cls.__name__.lower(), record_id=record_id)
        return found[0]

    def _find(self, cls: type[T], where: str = "", params: Iterable[Any] = (), order_by: str = "",
              limit: int | None = None) -> list[T]:
        sql = f"SELECT * FROM {TABLES[cls]}"
        params = list(params)
        if where:
            sql += f" WHERE {where}"
        if order_by:
            sql += f" ORDER BY {order_by}"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return self._made(cls, self.db.execute(sql, params))

    @staticmethod
    def _made(cls: type[T], cursor: Any) -> list[T]:
        """The records of a cursor over whole rows of cls's table."""
        names = [d[0] for d in cursor.description]
        return [from_row(cls, dict(zip(names, row, strict=True))) for row in cursor]

    def _find_one(self, cls: type[T], where: str, params: Iterable[Any] = ()) -> T | None:
        found = self._find(cls, where, params)
        return found[0] if found else None

    # parties
    def parties(self) -> list[model.Party]:
        return self._find(model.Party, order_by="code")

    def party_by_code(self, code: str) -> model.Party | None:
        return self._find_one(model.Party, "code = ?", [code])

    def our_parties(self) -> list[model.Party]:
        return self._find(model.Party, "is_ours = 1")

    # tracks
    def tracks(self) -> list[model.Track]:
        return self._find(model.Track, order_by=TRACK_ORDER)

    def track_by_ref(self, ref: str) -> model.Track | None:
        """The track whose reference matches, ignoring case."""
        return self._find_one(model.Track, "ref = ? COLLATE NOCASE", [ref])

    # rounds and follow-up actions
    def rounds(self, track_id: str | None = None) -> list[model.Round]:
        """Rounds (of one track, when given) by date, then number."""
        if track_id:
            return self._find(model.Round, "track_id = ?", [track_id], order_by="date, number")
        return self._find(model.Round, order_by="date, number")

    def actions(self, round_id: str | None = None) -> list[model.Action]:
        """Actions (of one round, when given), those without a due date last."""
        if round_id:
            return self._find(model.Action, "round_id = ?", [round_id], order_by="due IS NULL, due")
        return self._find(model.Action, order_by="due IS NULL, due")

    def actions_of_round(self, round_id: str) -> list[model.Action]:
        """A round's actions in stored order (for removing them with the round)."""
        return self._find(model.Action, "round_id = ?", [round_id])

    # clauses, versions, brackets, positions
    def clauses(self, track_id: str | None = None) -> list[model.Clause]:
        """Clauses (of one track, when given) in natural order of their references."""
        if track_id:
            return self._find(model.Clause, "track_id = ?", [track_id], order_by="natural_key(ref), id")
        return self._find(model.Clause, order_by="track_id, natural_key(ref), id")

    def clause_records(self, cls: type[T], clause_id: str) -> list[T]:
        """A clause's positions, brackets or versions in stored order (for removing them with the clause)."""
        if cls not in (model.Position, model.Bracket, model.ClauseVersion):
            raise ValueError(f"{cls.__name__} does not belong to a clause")
        return self._find(cls, "clause_id = ?", [clause_id])

    def versions(self, clause_id: str) -> list[model.ClauseVersion]:
        """A clause's text versions, first to last."""
        return self._find(model.ClauseVersion, "clause_id = ?", [clause_id], order_by="number")

    def latest_version(self, clause_id: str) -> model.ClauseVersion | None:
        """A clause's newest text version (None when it has none)."""
        found = self._find(model.ClauseVersion, "clause_id = ?", [clause_id], order_by="number DESC", limit=1)
        return found[0] if found else None

    def brackets(self, clause_id: str | None = None, *, open_only: bool = False) -> list[model.Bracket]:
        """Brackets (of one clause, when given; only unresolved ones if open_only) in stored order."""
        where: list[str] = []
        params: list[Any] = []
        if clause_id:
            where.append("clause_id = ?")
            params.append(clause_id)
        if open_only:
            where.append("resolved_round_id IS NULL")
        return self._find(model.Bracket, " AND ".join(where), params, order_by="rowid")

    def brackets_of_version(self, version_id: str) -> list[model.Bracket]:
        """The brackets a version brought in, in stored order."""
        return self._find(model.Bracket, "version_id = ?", [version_id])

    def open_brackets(self, clause_id: str) -> list[model.Bracket]:
        """A clause's unresolved brackets in stored order."""
        return self._find(model.Bracket, "clause_id = ? AND resolved_round_id IS NULL", [clause_id])

    def brackets_resolved_in(self, clause_id: str, round_id: str | None) -> list[model.Bracket]:
        """A clause's brackets resolved in a round (round_id None: the unresolved ones), in stored order."""
        return self._find(model.Bracket, "clause_id = ? AND resolved_round_id IS ?", [clause_id, round_id])

    def positions(self, clause_id: str | None = None) -> list[model.Position]:
        """Positions (on one clause, when given) by party."""
        if clause_id:
            return self._find(model.Position, "clause_id = ?", [clause_id], order_by="party")
        return self._find(model.Position, order_by="clause_id, party")

    def position_at(self, clause_id: str, party: str, round_id: str) -> model.Position | None:
        """A party's position on a clause at a round, if recorded."""
        return self._find_one(model.Position, "clause_id = ? AND party = ? AND round_id = ?",
                              [clause_id, party, round_id])

    # anchors, commitments, assessments
    def anchors(self) -> list[model.Anchor]:
        return self._find(model.Anchor, order_by="date, name")

    def commitments(self, track_id: str | None = None) -> list[model.Commitment]:
        """Commitments (of one track, when given), those without a due date last."""
        if track_id:
            return self._find(model.Commitment, "track_id = ?", [track_id], order_by="due IS NULL, due, rowid")
        return self._find(model.Commitment, order_by="due IS NULL, due, rowid")

    def commitment_ids(self) -> list[tuple[str, str | None]]:
        """Each commitment's id and track, in the order of commitments(): what a briefing keeps of them until it
        prints them (every commitment's row, read to take its id, was ~10 MB at a million versions)."""
        return self.db.execute("SELECT id, track_id FROM commitments ORDER BY due IS NULL, due, rowid").fetchall()

    def commitments_due_on_target(self) -> list[model.Commitment]:
        """The commitments due on their track's target date (dates are ISO text in both tables): the only ones
        rules.track_concluded looks at, a few rows where reading every commitment took ~20 ms at 100k."""
        # Tracks first, each one's commitments found on (track_id, due) by the commitments_track index: every
        # commitment tested against its track's target was a scan (12-15 ms at a million versions, 2.5-3 now).
        return self._made(model.Commitment, self.db.execute(
            "SELECT c.* FROM tracks t CROSS JOIN commitments c ON c.track_id = t.id AND c.due = t.target_date"
            " WHERE t.target_date IS NOT NULL ORDER BY c.rowid"))

    def commitments_of_anchor(self, anchor_id: str) -> list[model.Commitment]:
        """The commitments whose deadline counts from an anchor event, in stored order."""
        return self._find(model.Commitment, "anchor_id = ?", [anchor_id])

    def assessments(self, commitment_id: str | None = None) -> list[model.Assessment]:
        """Assessments (of one commitment, when given) by date."""
        if commitment_id:
            return self._find(model.Assessment, "commitment_id = ?", [commitment_id], order_by="date")
        return self._find(model.Assessment, order_by="date")

    def assessments_of_commitment(self, commitment_id: str) -> list[model.Assessment]:
        """A commitment's assessments in stored order (for removing them with it)."""
        return self._find(model.Assessment, "commitment_id = ?", [commitment_id])

    # the round room: roster, minutes, comment threads, owners
    def members(self) -> list[model.Member]:
        return self._find(model.Member, order_by="active DESC, name, id")

    def member_by_initials(self, initials: str) -> model.Member | None:
        return self._find_one(model.Member, "initials = ? COLLATE NOCASE", [initials])

    def interventions(self, round_id: str | None = None, clause_id: str | None = None) -> list[model.Intervention]:
        """Interventions (of one round and/or clause, when given) in the order they were noted."""
        where: list[str] = []
        params: list[Any] = []
        for column, value in (("round_id", round_id), ("clause_id", clause_id)):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        return self._find(model.Intervention, " AND ".join(where), params, order_by="round_id, seq, id")

    def last_intervention_seq(self, round_id: str) -> int:
        return self.db.execute("SELECT coalesce(max(seq), 0) FROM interventions WHERE round_id = ?",
                               [round_id]).fetchone()[0]

    def comments(self, target_id: str | None = None) -> list[model.Comment]:
        """Comments (on one target, when given) oldest first."""
        if target_id:
            return self._find(model.Comment, "target_id = ?", [target_id], order_by="at, rowid")
        return self._find(model.Comment, order_by="target_kind, target_id, at, rowid")

    def replies(self, comment_id: str) -> list[model.Comment]:
        return self._find(model.Comment, "parent_id = ?", [comment_id], order_by="at, rowid")

    def member_uses(self, member_id: str) -> int:
        """How many notes, interventions and owned clauses or commitments name this member."""
        return self.db.execute(
            "SELECT (SELECT count(*) FROM comments WHERE author = :m) + (SELECT count(*) FROM interventions "
            "WHERE author = :m) + (SELECT count(*) FROM clauses WHERE owner = :m) + "
            "(SELECT count(*) FROM commitments WHERE owner_member = :m)", {"m": member_id}).fetchone()[0]

    def clauses_owned(self, member_id: str) -> list[model.Clause]:
        return self._find(model.Clause, "owner = ?", [member_id], order_by="track_id, natural_key(ref), id")

    def commitments_owned(self, member_id: str) -> list[model.Commitment]:
        return self._find(model.Commitment, "owner_member = ?", [member_id], order_by="due IS NULL, due")

    # attachments
    def attachments(self, target_kind: str | None = None, target_id: str | None = None) -> list[model.Attachment]:
        """Attachments (of one record, when given) by name."""
        if target_kind:
            return self._find(model.Attachment, "target_kind = ? AND target_id = ?", [target_kind, target_id],
                              order_by="name COLLATE NOCASE, id")
        return self._find(model.Attachment, order_by="target_kind, target_id, name COLLATE NOCASE, id")

    def media_type_of(self, sha256: str) -> str:
        """The media type an earlier attachment of the same content was given."""
        row = self.db.execute("SELECT media_type FROM attachments WHERE sha256 = ? LIMIT 1", [sha256]).fetchone()
        return row[0] if row else "application/octet-stream"

    def name_of_content(self, sha256: str) -> str:
        row = self.db.execute("SELECT name FROM attachments WHERE sha256 = ? LIMIT 1", [sha256]).fetchone()
        return row[0] if row else ""

    def attachment_target_label(self, target_kind: str, target_id: str) -> str:
        """A short name of the record an attachment hangs on."""
        sql = {
            "track": "SELECT 'track ' || ref FROM tracks WHERE id = ?",
            "round": "SELECT 'round ' || r.number || ' of ' || t.ref FROM rounds r JOIN tracks t ON t.id = r.track_id "
                     "WHERE r.id = ?",
            "clause": "SELECT 'clause ' || t.ref || ' ' || c.ref FROM clauses c JOIN tracks t ON t.id = c.track_id "
                      "WHERE c.id = ?",
            "commitment": "SELECT 'commitment of ' || owner || ': ' || substr(text, 1, 40) FROM commitments WHERE id = ?",
        }.get(target_kind)
        row = self.db.execute(sql, [target_id]).fetchone() if sql else None
        return row[0] if row else f"a deleted {target_kind}"

    # -- writing (inside the caller's write transaction) -----------------------------------------------
    def insert(self, record: T, *, source: str) -> T:
        table = TABLES[type(record)]
        row = to_row(record)
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        self.db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))
        self._log(creation_entries(table, record.id, self._label(record), row), source)
        self.reindex(record)
        return record

    def insert_many(self, records: list[Any], *, source: str) -> None:
        """Insert records of one type in a batch, each with its change-log entry and search upkeep."""
        if not records:
            return
        table = TABLES[type(records[0])]
        rows = [to_row(r) for r in records]
        columns = list(rows[0])
        self.db.conn.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
            [[row[c] for c in columns] for row in rows],
        )
        self._log([c for r, row in zip(records, rows, strict=True)
                   for c in creation_entries(table, r.id, self._label(r), row)], source)
        for record in records:
            self.reindex(record)

    def update(self, cls: type[T], record_id: str, fields: dict[str, Any], *, source: str,
               expected_rev: int | None = None, check: Callable[[T], None] | None = None) -> T:
        """Change some fields; refuses if expected_rev is given and the stored rev differs. `check`, when
        given, is called with the stored record first (a rule on the change, e.g. a status transition), so
        the caller needs no read of its own."""
        return self.update_many(cls, [(record_id, fields, expected_rev)], source=source, check=check)[0]

    def update_many(self, cls: type[T], edits: Iterable[tuple[str, dict[str, Any], int | None]], *, source: str,
                    check: Callable[[T], None] | None = None) -> list[T]:
        """update() of each (record id, fields, expected rev), in order, with ONE change-log append for them
        all (one head read, one MAC): what a batch such as an import costs beyond its own rows. A refusal
        raises part-way; the caller's transaction then rolls every record back."""
        table = TABLES[cls]
        searched = SEARCH_FIELDS.get(cls)
        diffs: list[changelog.FieldChange] = []
        done: list[T] = []
        to_index: list[T] = []
        edits = list(edits)
        found = self.by_ids(cls, [record_id for record_id, _, _ in edits])
        for record_id, fields, expected_rev in edits:
            current = found.get(record_id)
            if current is None:
                current = self.get(cls, record_id)  # raises NotFoundError, naming it
            if check is not None:
                check(current)
            if expected_rev is not None and current.rev != expected_rev:
                raise StaleEditError(QT_TRANSLATE_NOOP("Errors", "This {record} was changed elsewhere since "
                                                                 "it was shown (another window or "
                                                                 "program); the view has been refreshed, "
                                                                 "please redo the edit."),
                                     record=cls.__name__.lower())
            changed_cols = []
            updated = current
            for name, value in fields.items():
                if name in ("id", "rev") or not hasattr(current, name):
                    raise ValueError(f"{cls.__name__} has no editable field {name!r}")
                old = getattr(current, name)
                if old != value:
                    diffs.append(changelog.FieldChange(table, record_id, name, display(old), display(value)))
                    changed_cols.append(name)
                    setattr(updated, name, value)
            done.append(updated)
            if not changed_cols:
                continue
            sets = ", ".join(f"{c} = ?" for c in changed_cols)
            self.db.execute(
                f"UPDATE {table} SET {sets}, rev = rev + 1 WHERE id = ?",
                [to_column(getattr(updated, c)) for c in changed_cols] + [record_id],
            )
            updated.rev = current.rev + 1
            if searched is None or not searched.isdisjoint(changed_cols):
                to_index.append(updated)
        if diffs:
            self._log(diffs, source)
        for record in to_index:
            self.reindex(record)
        return done

    def by_ids(self, cls: type[T], ids: list[str]) -> dict[str, T]:
        """The records of `ids` that exist, by id: one read a few hundred ids (a batch such as an import's)."""
        out: dict[str, T] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for record in self._find(cls, f"id IN ({', '.join('?' * len(chunk))})", chunk):
                out[record.id] = record
        return out

    def delete(self, cls: type, record_id: str, *, source: str) -> None:
        record = self.get(cls, record_id)
        table = TABLES[cls]
        # The entry first: the per-track edit count (schema 10) reads the record's track as it is written.
        self._log([changelog.FieldChange(table, record_id, "deleted", self._label(record), None)], source)
        self.db.execute(f"DELETE FROM {table} WHERE id = ?", [record_id])
        from . import search  # the search index and its text forms: loaded by the first write, not by an open

        search.remove(self.db, record_id)

    def set_meta(self, key: str, value: str, *, source: str) -> None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        old = row[0] if row else None
        if old == value:
            return
        self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value])
        self._log([changelog.FieldChange("meta", key, "value", old, value)], source)

    def meta(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT key, value FROM meta").fetchall())

    def _log(self, changes: list[changelog.FieldChange], source: str) -> None:
        changelog.append(self.db, changes, who=self._who(), source=source)

    def record_event(self, changes: list[changelog.FieldChange], source: str) -> None:
        """Append entries that no record write made (imports, keying), inside the caller's transaction."""
        self._log(changes, source)

    @staticmethod
    def _label(record: Any) -> str:
        """A short human label of a new or deleted record for the change log."""
        for name in ("ref", "code", "name", "title", "text"):
            value = getattr(record, name, None)
            if isinstance(value, str) and value:
                return value[:120]
        return type(record).__name__

    def accept_as_found(self, *, source: str) -> int:
        """Write the entries that make the change log replay to the records as they are now; returns how many.

        Used to key an older log (its creation entries carry no field values), and when the user trusts a
        log as found. The differences are read in full first: the log cannot be read while it grows.
        """
        from . import replay

        found = list(replay.mismatches(self.db))
        entries: list[changelog.FieldChange] = []
        for m in found:
            if m.kind == "field":
                entries.append(changelog.FieldChange(m.table, m.record_id, m.field, m.logged, m.current))
            elif m.kind == "deleted":
                entries.append(changelog.FieldChange(m.table, m.record_id, "deleted", None, None))
            else:
                cursor = self.db.execute(f"SELECT * FROM {m.table} WHERE id = ?", [m.record_id])
                names = [d[0] for d in cursor.description]
                row = dict(zip(names, cursor.fetchone(), strict=True))
                entries += creation_entries(m.table, m.record_id, _row_label(row), row)
        for start in range(0, len(entries), 5000):
            self._log(entries[start:start + 5000], source)
        return len(entries)

    # -- search upkeep ----------------------------------------------------------------------------
    def reindex(self, record: Any) -> None:
        """Bring the search index entry of a record (or of the clause a version belongs to) up to date."""
        from . import blobs, search  # loaded by the first write, not by opening the log

        if isinstance(record, model.Clause):
            text = self.db.execute(
                "SELECT text FROM clause_versions WHERE clause_id = ? ORDER BY number DESC LIMIT 1", [record.id]
            ).fetchone()
            search.put(self.db, "clause", record.id, f"{record.ref} {record.title}", text[0] if text else "")
        elif isinstance(record, model.ClauseVersion):
            self.reindex(self.get(model.Clause, record.clause_id))
        elif isinstance(record, model.Round):
            search.put(self.db, "round", record.id, f"Round {record.number} {record.place}",
                       f"{record.summary}\n{record.outcomes}\n{record.participants}")
        elif isinstance(record, model.Commitment):
            search.put(self.db, "commitment", record.id, record.text, record.source)
        elif isinstance(record, model.Position):
            body = "\n".join(x for x in (record.note, record.internal_note, record.red_line, record.fallback) if x)
            where = self.db.execute("SELECT t.ref, c.ref FROM clauses c JOIN tracks t ON t.id = c.track_id"
                                    " WHERE c.id = ?", [record.clause_id]).fetchone()
            label = f"{where[0]} {where[1]}: " if where else ""
            search.put(self.db, "position", record.id, f"{label}{record.party} {record.stance}", body)
        elif isinstance(record, model.Intervention):
            where = self.db.execute("SELECT t.ref, c.ref FROM clauses c JOIN tracks t ON t.id = c.track_id"
                                    " WHERE c.id = ?", [record.clause_id]).fetchone()
            label = f"{where[0]} {where[1]}: " if where else ""
            search.put(self.db, "intervention", record.id, f"{label}{record.party} {record.signal}", record.text)
        elif isinstance(record, model.Comment):
            search.put(self.db, "comment", record.id, f"Comment on {record.target_kind}", record.text)
        elif isinstance(record, model.Action):
            where = self.db.execute("SELECT t.ref, r.number FROM rounds r JOIN tracks t ON t.id = r.track_id"
                                    " WHERE r.id = ?", [record.round_id]).fetchone()
            label = f" ({where[0]} round {where[1]})" if where else ""
            search.put(self.db, "action", record.id, f"Action for {record.owner}{label}", record.text)
        elif isinstance(record, model.Attachment):
            # Its name and first chunk are the attachment's own; the rest of the text is indexed once per content.
            search.put_attachment(self.db, record.id, record.name, record.sha256)
            if not search.has_entry(self.db, record.sha256):
                search.put_content(self.db, record.sha256, blobs.text(self.db, record.sha256))
