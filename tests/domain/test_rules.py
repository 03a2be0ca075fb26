"""Tests for clause status transitions, deadline arithmetic and deadline states."""

from datetime import date, timedelta

import pytest

from mineralsdesk.domain.model import ClauseStatus, CommitmentState, Stance
from mineralsdesk.domain.rules import (
    DUE_SOON_DAYS,
    STANCE_ORDER,
    STATUS_ORDER,
    DeadlineState,
    add_months,
    allowed_transitions,
    check_transition,
    commitment_done,
    days_overdue,
    deadline_state,
    describe_commitment_state,
    describe_relative,
    due_from_anchor,
)
from mineralsdesk.errors import TransitionError

S = ClauseStatus
JOINT_STATEMENT = date(2026, 2, 4)

# --- sort orders ---------------------------------------------------------------------------------


def test_orders_cover_every_member_once() -> None:
    assert sorted(STATUS_ORDER) == sorted(ClauseStatus) and len(set(STATUS_ORDER)) == len(ClauseStatus)
    assert sorted(STANCE_ORDER) == sorted(Stance) and len(set(STANCE_ORDER)) == len(Stance)


def test_orders_sort_as_documented() -> None:
    assert STATUS_ORDER[0] is S.DRAFTED and STATUS_ORDER[-2:] == [S.AGREED, S.DROPPED]
    assert STANCE_ORDER == [
        Stance.SUPPORTS,
        Stance.ACCEPTS_WITH_AMENDMENTS,
        Stance.RESERVES,
        Stance.OPPOSES,
        Stance.NO_POSITION,
    ]
    assert sorted([S.AGREED, S.DRAFTED, S.BRACKETED], key=STATUS_ORDER.index) == [
        S.DRAFTED,
        S.BRACKETED,
        S.AGREED,
    ]


# --- dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 2, 4), 1, date(2026, 3, 4)),
        (date(2026, 2, 4), 3, date(2026, 5, 4)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),  # leap year
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2026, 11, 15), 2, date(2027, 1, 15)),  # across a year end
        (date(2026, 3, 31), -1, date(2026, 2, 28)),  # backwards
        (date(2026, 1, 15), -1, date(2025, 12, 15)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),  # from a leap day
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2026, 5, 17), 0, date(2026, 5, 17)),
    ],
)
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def test_due_from_anchor_counts_days_and_months() -> None:
    assert due_from_anchor(JOINT_STATEMENT) == JOINT_STATEMENT
    assert due_from_anchor(JOINT_STATEMENT, days=30) == date(2026, 3, 6)  # MoU within 30 days
    assert due_from_anchor(JOINT_STATEMENT, days=60) == date(2026, 4, 5)
    assert due_from_anchor(date(2026, 3, 6), months=3) == date(2026, 6, 6)  # Roadmap within 3 months
    assert due_from_anchor(JOINT_STATEMENT, days=-4) == date(2026, 1, 31)


def test_due_from_anchor_adds_months_before_days() -> None:
    # Jan 30 + 1 month = Feb 28, + 1 day = Mar 1; days first would give Jan 31 + 1 month = Feb 28.
    assert due_from_anchor(date(2026, 1, 30), days=1, months=1) == date(2026, 3, 1)


@pytest.mark.parametrize(
    ("days", "months", "expected"),
    [
        (30, 0, "30 days after Joint statement (2026-02-04)"),
        (1, 0, "1 day after Joint statement (2026-02-04)"),
        (0, 3, "3 months after Joint statement (2026-02-04)"),
        (0, 1, "1 month after Joint statement (2026-02-04)"),
        (10, 1, "1 month and 10 days after Joint statement (2026-02-04)"),
        (-5, 0, "5 days before Joint statement (2026-02-04)"),
        (-1, -2, "2 months and 1 day before Joint statement (2026-02-04)"),
        (-3, 1, "1 month less 3 days after Joint statement (2026-02-04)"),
        (0, 0, "on Joint statement (2026-02-04)"),
    ],
)
def test_describe_relative(days: int, months: int, expected: str) -> None:
    assert describe_relative(days, months, "Joint statement", JOINT_STATEMENT) == expected


def test_describe_relative_example_from_the_brief() -> None:
    assert describe_relative(0, 3, "MoU signed", date(2026, 3, 6)) == "3 months after MoU signed (2026-03-06)"


# --- deadline states -----------------------------------------------------------------------------

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("offset", "state"),
    [
        (-30, DeadlineState.OVERDUE),
        (-1, DeadlineState.OVERDUE),  # yesterday
        (0, DeadlineState.DUE_SOON),  # today
        (1, DeadlineState.DUE_SOON),
        (DUE_SOON_DAYS, DeadlineState.DUE_SOON),  # in 7 days
        (DUE_SOON_DAYS + 1, DeadlineState.LATER),  # in 8 days
        (365, DeadlineState.LATER),
    ],
)
def test_deadline_state_boundaries(offset: int, state: DeadlineState) -> None:
    assert DUE_SOON_DAYS == 7
    assert deadline_state(TODAY + timedelta(days=offset), TODAY) is state


def test_deadline_state_without_due_date_or_when_done() -> None:
    assert deadline_state(None, TODAY) is DeadlineState.NONE
    assert deadline_state(TODAY - timedelta(days=3), TODAY, done=True) is DeadlineState.DONE
    assert deadline_state(TODAY + timedelta(days=3), TODAY, done=True) is DeadlineState.DONE
    assert deadline_state(None, TODAY, done=True) is DeadlineState.DONE


def test_deadline_state_values_are_the_displayed_words() -> None:
    assert [s.value for s in DeadlineState] == ["none", "done", "overdue", "due soon", "later"]


def test_days_overdue() -> None:
    assert days_overdue(None, TODAY) == 0
    assert days_overdue(TODAY, TODAY) == 0
    assert days_overdue(TODAY + timedelta(days=5), TODAY) == 0
    assert days_overdue(TODAY - timedelta(days=1), TODAY) == 1
    assert days_overdue(date(2026, 3, 6), date(2026, 4, 5)) == 30


@pytest.mark.parametrize(
    ("state", "done"),
    [
        (CommitmentState.OPEN, False),
        (CommitmentState.ON_TRACK, False),
        (CommitmentState.AT_RISK, False),
        (CommitmentState.MET, True),
        (CommitmentState.MISSED, True),
    ],
)
def test_commitment_done(state: CommitmentState, done: bool) -> None:
    assert commitment_done(state) is done


# --- clause status transitions -------------------------------------------------------------------

# The full table, written out independently of the module so any change to the rules shows here.
EXPECTED = {
    S.DRAFTED: {S.PROPOSED, S.UNDER_NEGOTIATION, S.BRACKETED, S.DROPPED},
    S.PROPOSED: {S.UNDER_NEGOTIATION, S.BRACKETED, S.AGREED_AD_REFERENDUM, S.AGREED, S.DROPPED},
    S.UNDER_NEGOTIATION: {S.BRACKETED, S.AGREED_AD_REFERENDUM, S.AGREED, S.DROPPED},
    S.BRACKETED: {S.UNDER_NEGOTIATION, S.AGREED_AD_REFERENDUM, S.AGREED, S.DROPPED},
    S.AGREED_AD_REFERENDUM: {S.AGREED, S.UNDER_NEGOTIATION, S.BRACKETED, S.DROPPED},
    S.AGREED: {S.UNDER_NEGOTIATION, S.BRACKETED, S.DROPPED},
    S.DROPPED: {S.DRAFTED, S.PROPOSED, S.UNDER_NEGOTIATION},
}
ALL_PAIRS = [(old, new) for old in ClauseStatus for new in ClauseStatus]


def test_allowed_transitions_table() -> None:
    for status in ClauseStatus:
        assert allowed_transitions(status) == frozenset(EXPECTED[status] | {status}), status


@pytest.mark.parametrize(("old", "new"), ALL_PAIRS, ids=[f"{o}->{n}" for o, n in ALL_PAIRS])
def test_every_transition(old: ClauseStatus, new: ClauseStatus) -> None:
    if old == new or new in EXPECTED[old]:
        check_transition(old, new)
    else:
        with pytest.raises(TransitionError) as info:
            check_transition(old, new)
        message = str(info.value)
        assert f"'{old}'" in message and f"'{new}'" in message
        assert "\n" not in message
        assert (info.value.old, info.value.new) == (old, new)


def test_same_status_is_a_no_op() -> None:
    for status in ClauseStatus:
        assert check_transition(status, status) is None


def test_drafted_cannot_jump_to_agreement() -> None:
    for target in (S.AGREED, S.AGREED_AD_REFERENDUM):
        with pytest.raises(TransitionError, match="must be proposed or negotiated"):
            check_transition(S.DRAFTED, target)


def test_anything_can_be_dropped_and_agreement_reopened() -> None:
    for status in ClauseStatus:
        assert S.DROPPED in allowed_transitions(status), status
        check_transition(status, S.DROPPED)  # and the check agrees: it does not raise
    for agreed in (S.AGREED, S.AGREED_AD_REFERENDUM):
        assert {S.UNDER_NEGOTIATION, S.BRACKETED} <= allowed_transitions(agreed), agreed
        check_transition(agreed, S.UNDER_NEGOTIATION)
        check_transition(agreed, S.BRACKETED)


def test_backward_moves_are_refused_with_the_allowed_list() -> None:
    with pytest.raises(TransitionError) as info:
        check_transition(S.BRACKETED, S.PROPOSED)
    assert "'under negotiation'" in str(info.value)
    with pytest.raises(TransitionError, match="dropped clause can only be reopened"):
        check_transition(S.DROPPED, S.AGREED)


def test_transition_error_is_a_value_error_and_accepts_plain_strings() -> None:
    check_transition("proposed", "agreed")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        check_transition("agreed", "proposed")  # type: ignore[arg-type]
    assert S.AGREED in allowed_transitions("agreed ad referendum")  # type: ignore[arg-type]


def test_natural_key_orders_references_as_read():
    from mineralsdesk.domain.rules import natural_key

    refs = ["Art. 10", "Art. 2", "art. 1", "Art. 2.10", "Art. 2.9", "Annex"]
    assert sorted(refs, key=natural_key) == ["Annex", "art. 1", "Art. 2", "Art. 2.9", "Art. 2.10", "Art. 10"]


def test_a_forecast_state_past_its_due_date_says_it_is_stale() -> None:
    from mineralsdesk.domain.rules import describe_commitment_state, stale_state_days

    today = date(2026, 11, 26)
    yesterday, tomorrow = today - timedelta(days=1), today + timedelta(days=1)
    assert describe_commitment_state(CommitmentState.ON_TRACK, yesterday, today) == \
        "on track (stale: due date passed 1 d ago)"
    assert describe_commitment_state(CommitmentState.AT_RISK, today - timedelta(days=40), today) == \
        "at risk (stale: due date passed 40 d ago)"
    # The date still ahead (or today), no date, or a state that makes no forecast: printed as it is.
    assert describe_commitment_state(CommitmentState.ON_TRACK, tomorrow, today) == "on track"
    assert describe_commitment_state(CommitmentState.ON_TRACK, today, today) == "on track"
    assert describe_commitment_state(CommitmentState.ON_TRACK, None, today) == "on track"
    for state in (CommitmentState.OPEN, CommitmentState.MET, CommitmentState.MISSED):
        assert describe_commitment_state(state, yesterday, today) == str(state)
        assert stale_state_days(state, yesterday, today) == 0
    assert describe_commitment_state("on track", yesterday, today).startswith("on track (stale")


# --- past rounds -----------------------------------------------------------------------------------


def test_a_round_before_the_current_versions_round_is_past() -> None:
    from mineralsdesk.domain.model import Round
    from mineralsdesk.domain.rules import round_is_past, rounds_open_for_new_version

    first, second = Round("T", 1, date(2026, 2, 10)), Round("T", 2, date(2026, 2, 24))
    same_day = Round("T", 3, date(2026, 2, 24))  # same date: the number decides
    assert round_is_past(first, second) and not round_is_past(second, second)
    assert round_is_past(second, same_day) and not round_is_past(same_day, second)
    assert not round_is_past(first, None)  # a current version without a round leaves every round open
    assert rounds_open_for_new_version([first, second, same_day], second) == [second, same_day]
    assert rounds_open_for_new_version([first, second], None) == [first, second]


def test_describe_relative_speaks_the_language_asked_for(monkeypatch) -> None:
    from mineralsdesk import i18n

    french = {"1 day": "1 jour", "{n} days": "{n} jours", "1 month": "1 mois", "{n} months": "{n} mois",
              "{amount} after {anchor}": "{amount} après {anchor}", "{amount} before {anchor}": "{amount} avant {anchor}",
              "{months} and {days}": "{months} et {days}", "{months} less {days}": "{months} moins {days}",
              "on {anchor}": "le jour de {anchor}"}
    monkeypatch.setattr(i18n, "catalogue", lambda lang: {("Deadlines", source): (text,) for source, text
                                                         in french.items()} if lang == "fr" else {})
    assert describe_relative(1, 0, "Joint {statement}", JOINT_STATEMENT, "fr") == \
        "1 jour après Joint {statement} (2026-02-04)"  # the anchor's name is as written, braces and all
    assert describe_relative(-1, -2, "JS", JOINT_STATEMENT, "fr") == "2 mois et 1 jour avant JS (2026-02-04)"
    assert describe_relative(-3, 1, "JS", JOINT_STATEMENT, "fr") == "1 mois moins 3 jours après JS (2026-02-04)"
    assert describe_relative(0, 0, "JS", JOINT_STATEMENT, "fr") == "le jour de JS (2026-02-04)"
    # English by default and where a language has no translation
    assert describe_relative(10, 1, "JS", JOINT_STATEMENT) == "1 month and 10 days after JS (2026-02-04)"
    assert describe_relative(10, 1, "JS", JOINT_STATEMENT, "de") == "1 month and 10 days after JS (2026-02-04)"


def test_a_stale_state_reads_in_the_language_asked_for(monkeypatch) -> None:
    from mineralsdesk import i18n

    monkeypatch.setattr(i18n, "catalogue", lambda lang: {
        ("Values", "on track"): ("dans les temps",),
        ("Deadlines", "{state} (stale: due date passed {days} d ago)"): ("{state} (périmé : échéance passée il y a {days} j)",),
    } if lang == "fr" else {})
    due = TODAY - timedelta(days=3)
    assert describe_commitment_state(CommitmentState.ON_TRACK, due, TODAY) == "on track (stale: due date passed 3 d ago)"
    assert describe_commitment_state(CommitmentState.ON_TRACK, due, TODAY, "fr") == \
        "dans les temps (périmé : échéance passée il y a 3 j)"
    assert describe_commitment_state(CommitmentState.ON_TRACK, TODAY, TODAY, "fr") == "dans les temps"
