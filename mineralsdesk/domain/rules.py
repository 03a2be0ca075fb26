"""The rules of the domain: clause status transitions, deadline arithmetic and due/overdue states, sort orders."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from mineralsdesk.domain.model import ClauseStatus, Commitment, CommitmentState, Round, Stance
from mineralsdesk.domain.ordering import ref_key
from mineralsdesk.errors import TransitionError
from mineralsdesk.i18n import QT_TRANSLATE_NOOP, translate, translate_n

# --- sort orders -----------------------------------------------------------------------------

STATUS_ORDER: list[ClauseStatus] = [
    ClauseStatus.DRAFTED,
    ClauseStatus.PROPOSED,
    ClauseStatus.UNDER_NEGOTIATION,
    ClauseStatus.BRACKETED,
    ClauseStatus.AGREED_AD_REFERENDUM,
    ClauseStatus.AGREED,
    ClauseStatus.DROPPED,
]
"""Clause statuses in the order a negotiation moves through them, "dropped" last."""

STANCE_ORDER: list[Stance] = [
    Stance.SUPPORTS,
    Stance.ACCEPTS_WITH_AMENDMENTS,
    Stance.RESERVES,
    Stance.OPPOSES,
    Stance.NO_POSITION,
]
"""Stances from the most to the least favourable, "no position" last."""

# --- deadline arithmetic -----------------------------------------------------------------------


def add_months(d: date, months: int) -> date:
    """``d`` moved by ``months`` calendar months (may be negative), clamped to the end of a shorter
    month: 2026-01-31 + 1 month is 2026-02-28, 2028-01-31 + 1 month is 2028-02-29."""
    total = d.year * 12 + (d.month - 1) + months
    year, month = divmod(total, 12)
    month += 1
    import calendar  # on first use: the start needs no deadline arithmetic

    day = min(d.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def due_from_anchor(anchor: date, days: int = 0, months: int = 0) -> date:
    """The due date ``months`` and ``days`` after ``anchor``: months are added first (with month-end
    clamping), then days, so "1 month and 1 day after 31 January" is 1 March."""
    return add_months(anchor, months) + timedelta(days=days)


DEADLINES = "Deadlines"  # the translation context of the deadline phrases below

# One and many of each unit (the app's languages use one form for 1 and another for more; a relative deadline's
# amounts are never 0). Marked separately: lupdate gives numerus forms only to a call it reads as a GUI one.
_UNITS: dict[str, tuple[str, str]] = {
    "day": (QT_TRANSLATE_NOOP("Deadlines", "1 day"), QT_TRANSLATE_NOOP("Deadlines", "{n} days")),
    "month": (QT_TRANSLATE_NOOP("Deadlines", "1 month"), QT_TRANSLATE_NOOP("Deadlines", "{n} months")),
}


def _count(n: int, unit: str, lang: str | None = None) -> str:
    one, many = _UNITS[unit]
    return translate_n(DEADLINES, one, many, n, lang)


def describe_relative(days: int, months: int, anchor_name: str, anchor_date: date, lang: str | None = None) -> str:
    """A relative deadline in words, e.g. "30 days after Joint statement (2026-02-04)",
    "3 months after MoU signed (2026-03-06)", "1 month and 10 days after …", "5 days before …",
    "on Joint statement (2026-02-04)" for a zero offset, "1 month less 3 days after …" for mixed signs.

    In English unless `lang` names another of the app's languages (the anchor's name is the user's, as written).
    """
    anchor = f"{anchor_name} ({anchor_date.isoformat()})"
    if days == 0 and months == 0:
        return translate(DEADLINES, QT_TRANSLATE_NOOP("Deadlines", "on {anchor}"), lang).format(anchor=anchor)
    # Read the offset in the direction of its larger part: months outweigh days.
    direction = 1 if (months > 0 or (months == 0 and days > 0)) else -1
    months, days = months * direction, days * direction
    if months == 0:
        amount = _count(days, "day", lang)
    elif days == 0:
        amount = _count(months, "month", lang)
    elif days > 0:
        amount = translate(DEADLINES, QT_TRANSLATE_NOOP("Deadlines", "{months} and {days}"), lang).format(
            months=_count(months, "month", lang), days=_count(days, "day", lang))
    else:
        amount = translate(DEADLINES, QT_TRANSLATE_NOOP("Deadlines", "{months} less {days}"), lang).format(
            months=_count(months, "month", lang), days=_count(-days, "day", lang))
    phrase = (QT_TRANSLATE_NOOP("Deadlines", "{amount} after {anchor}") if direction > 0
              else QT_TRANSLATE_NOOP("Deadlines", "{amount} before {anchor}"))
    return translate(DEADLINES, phrase, lang).format(amount=amount, anchor=anchor)


# --- deadline states ---------------------------------------------------------------------------

DUE_SOON_DAYS = 7
"""A deadline this many days away or fewer (today included) is "due soon"."""


class DeadlineState(StrEnum):
    NONE = "none"
    DONE = "done"
    OVERDUE = "overdue"
    DUE_SOON = "due soon"
    LATER = "later"


def deadline_state(due: date | None, today: date, done: bool = False) -> DeadlineState:
    """Where a deadline stands on ``today``: DONE if done (whatever the date), NONE without a due
    date, OVERDUE if due before today, DUE_SOON if due today or within DUE_SOON_DAYS, else LATER."""
    if done:
        return DeadlineState.DONE
    if due is None:
        return DeadlineState.NONE
    remaining = (due - today).days
    if remaining < 0:
        return DeadlineState.OVERDUE
    if remaining <= DUE_SOON_DAYS:
        return DeadlineState.DUE_SOON
    return DeadlineState.LATER


def days_overdue(due: date | None, today: date) -> int:
    """How many days ``due`` lies before ``today``; 0 when there is no due date or it is not past."""
    if due is None:
        return 0
    return max(0, (today - due).days)


def commitment_done(state: CommitmentState) -> bool:
    """Whether a commitment is closed: met and missed both are, so neither shows as overdue."""
    return state in (CommitmentState.MET, CommitmentState.MISSED)


# "On track" and "at risk" are forecasts about a date still ahead; once it has passed they describe
# a past that no longer holds, and the log needs "met" or "missed" instead.
FORECAST_STATES = frozenset({CommitmentState.ON_TRACK, CommitmentState.AT_RISK})


def stale_state_days(state: CommitmentState, due: date | None, today: date) -> int:
    """How many days a forecast state ("on track", "at risk") has outlived its due date; 0 when it holds."""
    if CommitmentState(state) not in FORECAST_STATES:
        return 0
    return days_overdue(due, today)


def describe_commitment_state(state: CommitmentState, due: date | None, today: date, lang: str | None = None) -> str:
    """The state as a document should print it, never contradicting the date beside it.

    "on track" while the due date lies ahead; "on track (stale: due date passed 1 d ago)" once it
    has passed, so nobody reads "on track" next to "1 d overdue" as two facts. In English unless `lang` names
    another of the app's languages (the state's word as the app's lists show it, context "Values").
    """
    stale = stale_state_days(state, due, today)
    text = translate("Values", str(CommitmentState(state)), lang)
    if not stale:
        return text
    return translate(DEADLINES, QT_TRANSLATE_NOOP("Deadlines", "{state} (stale: due date passed {days} d ago)"),
                     lang).format(state=text, days=stale)


# --- clause status transitions -----------------------------------------------------------------
#
# "Nothing is agreed until everything is agreed": agreement can always be reopened, and text must
# have been put on the table before it can be agreed. From -> allowed (besides staying put):
#
#   drafted               -> proposed, under negotiation, bracketed, dropped
#   proposed              -> under negotiation, bracketed, agreed ad referendum, agreed, dropped
#   under negotiation     -> bracketed, agreed ad referendum, agreed, dropped
#   bracketed             -> under negotiation, agreed ad referendum, agreed, dropped
#   agreed ad referendum  -> agreed, under negotiation, bracketed, dropped
#   agreed                -> under negotiation, bracketed, dropped
#   dropped               -> drafted, proposed, under negotiation
#
# That is: any forward move along drafted -> proposed -> under negotiation -> bracketed -> agreed ad
# referendum -> agreed, except straight from drafted to either "agreed"; under negotiation and
# bracketed go back and forth; an agreed clause may be reopened; anything may be dropped and a
# dropped clause revived. Setting the same status is always allowed (a no-op).

_S = ClauseStatus
_FORWARD = STATUS_ORDER[: STATUS_ORDER.index(_S.AGREED) + 1]
_AGREED = frozenset({_S.AGREED_AD_REFERENDUM, _S.AGREED})


def _build_transitions() -> dict[ClauseStatus, frozenset[ClauseStatus]]:
    table: dict[ClauseStatus, set[ClauseStatus]] = {status: {status, _S.DROPPED} for status in ClauseStatus}
    for i, status in enumerate(_FORWARD):
        table[status].update(_FORWARD[i + 1 :])
    table[_S.DRAFTED] -= _AGREED
    table[_S.BRACKETED].add(_S.UNDER_NEGOTIATION)
    for status in _AGREED:
        table[status].update({_S.UNDER_NEGOTIATION, _S.BRACKETED})
    table[_S.DROPPED].update({_S.DRAFTED, _S.PROPOSED, _S.UNDER_NEGOTIATION})
    return {status: frozenset(allowed) for status, allowed in table.items()}


_TRANSITIONS = _build_transitions()


def allowed_transitions(status: ClauseStatus) -> frozenset[ClauseStatus]:
    """The statuses a clause in ``status`` may move to, ``status`` itself included (a no-op)."""
    return _TRANSITIONS[ClauseStatus(status)]


def check_transition(old: ClauseStatus, new: ClauseStatus) -> None:
    """Return if a clause may move from ``old`` to ``new``; raise TransitionError (one line) if not."""
    old, new = ClauseStatus(old), ClauseStatus(new)
    if new in _TRANSITIONS[old]:
        return
    if old is _S.DRAFTED and new in _AGREED:
        raise TransitionError(QT_TRANSLATE_NOOP("Errors", "A clause cannot go from '{old}' to '{new}': a drafted "
                                                          "clause must be proposed or negotiated before it can be "
                                                          "agreed."), old, new, old=old, new=new)
    if old is _S.DROPPED:
        raise TransitionError(QT_TRANSLATE_NOOP("Errors", "A clause cannot go from '{old}' to '{new}': a dropped "
                                                          "clause can only be reopened as drafted, proposed or "
                                                          "under negotiation."), old, new, old=old, new=new)
    options = ", ".join(f"'{s}'" for s in STATUS_ORDER if s in _TRANSITIONS[old] and s is not old)
    raise TransitionError(QT_TRANSLATE_NOOP("Errors", "A clause cannot go from '{old}' to '{new}': from '{old}' "
                                                      "it can move to {options}."), old, new, old=old, new=new,
                          options=options)


# --- past rounds ---------------------------------------------------------------------------------


def round_is_past(rnd: Round, current: Round | None) -> bool:
    """Whether ``rnd`` comes before ``current``, the round of a clause's current version (by date, then number).

    Versions of past rounds are read-only: a new version goes to the current round or a later one. A
    clause whose current version has no round (None) has no past rounds."""
    return current is not None and (rnd.date, rnd.number) < (current.date, current.number)


def rounds_open_for_new_version(rounds: list[Round], current: Round | None) -> list[Round]:
    """The rounds a new version may be given: every one of ``rounds`` that is not past, in their order."""
    return [rnd for rnd in rounds if not round_is_past(rnd, current)]


# The order of references lives in domain.ordering; this name stays for callers written before it.
natural_key = ref_key


# --- track state -----------------------------------------------------------------------------------


class TrackState(StrEnum):
    NO_TARGET = "no target"
    OPEN = "open"  # the target date is ahead (or today)
    CONCLUDED = "concluded"  # the track reached its goal, whatever the date
    PAST_TARGET = "past target"  # the target date passed and the goal was not reached


_SETTLED = frozenset({ClauseStatus.AGREED, ClauseStatus.DROPPED})


def track_concluded(target: date | None, status_counts: dict[str, int],
                    commitments: list[Commitment]) -> bool:
    """Whether a track reached its goal: the commitment its target date stands for is met (a met
    commitment of the track due on that date: the MoU issued, the plan adopted), or every clause is
    agreed or dropped, at least one agreed (nothing is left to negotiate). Ad referendum is not yet agreed."""
    if target is not None and any(c.due == target and c.state == CommitmentState.MET for c in commitments):
        return True
    # The statuses as given (a ClauseStatus is its text): made into members, 400 tracks' took ~1.5 ms of the
    # Dashboard's first paint at a million versions; a status no member has is not settled.
    counted = [s for s, n in status_counts.items() if n]
    return bool(status_counts.get(ClauseStatus.AGREED)) and _SETTLED.issuperset(counted)


def track_state(target: date | None, today: date, concluded: bool) -> TrackState:
    """Where a track stands on ``today``: CONCLUDED first (a concluded track is never late), then by its target."""
    if concluded:
        return TrackState.CONCLUDED
    if target is None:
        return TrackState.NO_TARGET
    return TrackState.OPEN if target >= today else TrackState.PAST_TARGET
