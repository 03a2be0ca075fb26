"""Read use-cases behind the Excel summary and its import: streamed rows of every sheet, records looked up by id."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..domain import model, rules
from ..store import queries, xlsx_queries
from ..store.xlsx_queries import CLAUSE_FIELDS, POSITION_FIELDS

if TYPE_CHECKING:
    from .log import Log

__all__ = ["CLAUSE_FIELDS", "POSITION_FIELDS", "TrackGlance", "assessment_rows", "change_rows", "clause_rows",
           "commitment_rows", "export_track_ids", "position_rows", "records_by_ids", "round_rows", "row_counts", "total_changes",
           "track_glance", "workbook_secret"]


def export_track_ids(log: Log, refs: Sequence[str] | None = None) -> list[str]:
    """Ids of the tracks an export covers, in reference order: all, or those named (unknown refs raise)."""
    if not refs:
        return xlsx_queries.track_ids_in_order(log.db)
    wanted = {log.track_by_ref(ref).id for ref in refs}
    return xlsx_queries.track_ids_in_order(log.db, list(wanted))


def clause_rows(log: Log, track_ids: Sequence[str]) -> Iterator[tuple]:
    return xlsx_queries.iter_clause_rows(log.db, track_ids)


def position_rows(log: Log, track_ids: Sequence[str]) -> Iterator[tuple]:
    return xlsx_queries.iter_position_rows(log.db, track_ids)


def round_rows(log: Log, track_ids: Sequence[str] | None) -> Iterator[tuple]:
    return xlsx_queries.iter_round_rows(log.db, track_ids)


def commitment_rows(log: Log, track_ids: Sequence[str] | None) -> Iterator[tuple]:
    return xlsx_queries.iter_commitment_rows(log.db, track_ids)


def assessment_rows(log: Log, track_ids: Sequence[str] | None,
                    audiences: Sequence[str] = ("internal", "shareable")) -> Iterator[tuple]:
    return xlsx_queries.iter_assessment_rows(log.db, track_ids, audiences)


def change_rows(log: Log, track_ids: Sequence[str] | None, hidden: dict[str, Sequence[str]],
                limit: int, *, hidden_entities: Sequence[str] = ()) -> Iterator[tuple]:
    """(seq, at, who, entity, record label, field, old, new, source) of the newest `limit` entries, oldest first."""
    return xlsx_queries.change_entries(log.db, track_ids, hidden, limit, hidden_entities=hidden_entities)


def workbook_secret(log: Log) -> bytes:
    """The log's key for workbook tags (made on first need; never exported)."""
    return xlsx_queries.workbook_secret(log.db)


def total_changes(log: Log) -> int:
    return xlsx_queries.change_count(log.db)


def row_counts(log: Log, track_ids: Sequence[str]) -> dict[str, int]:
    return xlsx_queries.count_rows(log.db, track_ids)


def records_by_ids(log: Log, table: str, columns: Sequence[str], ids: Sequence[str]) -> dict[str, tuple]:
    return xlsx_queries.rows_by_ids(log.db, table, columns, ids)


@dataclass(frozen=True)
class TrackGlance:
    """One track's row on the workbook's Summary sheet: the counts and deadlines of the dashboard's TrackSummary."""

    track: model.Track
    status_counts: dict[str, int]
    topic_counts: dict[str, int]
    open_brackets: int
    next_deadline: date | None
    overdue: int


def track_glance(log: Log, track_id: str, today: date) -> TrackGlance:
    """What Log.track_summary gives for the Summary sheet (a test holds them equal), without the change-log count,
    bracket burndown and last-round diff it has no cell for: at 100,000 versions those took ~3 s per track."""
    open_ones = [c for c in log.commitments(track_id) if not rules.commitment_done(c.state)]
    overdue = [c for c in open_ones if rules.deadline_state(c.due, today) is rules.DeadlineState.OVERDUE]
    upcoming = [c.due for c in open_ones if c.due and c.due >= today]
    return TrackGlance(
        track=log.track(track_id),
        status_counts=queries.counts_by(log.db, "status", track_id),
        topic_counts=queries.counts_by(log.db, "topic", track_id),
        open_brackets=queries.open_bracket_count(log.db, track_id),
        next_deadline=upcoming[0] if upcoming else None,
        overdue=len(overdue),
    )
