"""Read use-cases behind the Excel summary and its import: streamed rows of every sheet, records looked up by id."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from ..store import xlsx_queries
from ..store.xlsx_queries import CLAUSE_FIELDS, POSITION_FIELDS

if TYPE_CHECKING:
    from .log import Log

__all__ = ["CLAUSE_FIELDS", "POSITION_FIELDS", "assessment_rows", "change_rows", "clause_rows", "commitment_rows",
           "export_track_ids", "owners_by_record", "position_rows", "records_by_ids", "round_rows", "row_counts", "total_changes",
           "workbook_secret"]


def export_track_ids(log: Log, refs: Sequence[str] | None = None) -> list[str]:
    """Ids of the tracks an export covers, in reference order: all, or those named (unknown refs raise)."""
    if not refs:
        return xlsx_queries.track_ids_in_order(log.db)
    wanted = {log.tracks.by_ref(ref).id for ref in refs}
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


def owners_by_record(log: Log, table: str, track_ids: Sequence[str] | None) -> dict[str, str]:
    """record id -> owner's member id of the owned clauses or commitments (`table`) of those tracks (all when None)."""
    return xlsx_queries.owners_by_record(log.db, table, track_ids)
