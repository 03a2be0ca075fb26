"""The one verdict on a modal change: a bracket's options judged as options, never two opposite verdicts for one change."""

from mineralsdesk.domain.modals import (
    ModalChange,
    describe_modal_change,
    describe_modals,
    modal_changes,
    modal_verdict,
)


def verdicts(old: str, new: str) -> list[str]:
    return [describe_modal_change(c) for c in modal_changes(old, new)]


def test_shall_to_a_bracket_of_weaker_options_is_one_weakening() -> None:
    # The newcomer's case: "weakened" and "strengthened: no modal -> will endeavour to" for one change.
    assert verdicts("Each Participant shall exempt the other.", "Each Participant [will / will endeavour to] exempt the other.") == [
        "Obligation weakened: “shall” → “will” / “will endeavour to”"]


def test_options_are_judged_by_the_range_of_readings_they_allow() -> None:
    # A weaker reading put on the table beside the old one weakens; resolving it to the strong one strengthens.
    assert verdicts("They shall act.", "They [shall / should] act.") == ["Obligation weakened: “shall” → “shall” / “should”"]
    assert verdicts("They [shall / should] act [now].", "They shall act [today].") == [
        "Obligation strengthened: “shall” / “should” → “shall”"]
    # The strongest option dropped, the weakest kept: weakened (the demo's joint-purchasing bracket).
    old = "[The Participants shall consider joint purchasing / The Participants will explore joint purchasing arrangements]."
    new = "[The Participants will explore joint purchasing arrangements / Each Participant will decide on its own]."
    assert verdicts(old, new) == ["Obligation weakened: “shall” / “will” → “will”"]
    # Wider both ways: neither verdict would be true.
    assert verdicts("They should act.", "They [shall / may] act.") == ["Obligation changed: “should” → “shall” / “may”"]
    # An option without a modal is a reading too.
    assert verdicts("They shall act.", "They [shall / ] act.") == ["Obligation weakened: “shall” → “shall” / no modal"]


def test_unchanged_options_and_repeated_readings_are_not_reported() -> None:
    assert modal_changes("They [shall / will] cooperate.", "They [shall / will] work together.") == []
    assert modal_changes("They will act.", "They [will / will] act.") == []


def test_a_modal_replaced_by_two_is_one_change() -> None:
    (change,) = modal_changes("The Parties shall cooperate.", "The Parties [will] [endeavour to] cooperate.")
    assert change == ModalChange("shall", "will … endeavour to", "The Parties [will] [endeavour to] cooperate.")
    assert modal_verdict(change.old, change.new) == "weakened"


def test_no_change_gets_two_opposite_verdicts_in_the_demo_shapes() -> None:
    pairs = [
        ("Each Participant shall exempt.", "Each Participant [shall / will endeavour to] exempt."),
        ("The Participants shall hold a consultation on pricing.", "The Participants [shall / may] invite Japan."),
        ("The Participants [shall / will] cooperate to exchange.", "The Participants will cooperate to exchange."),
    ]
    for old, new in pairs:
        assert len(modal_changes(old, new)) == 1, (old, new)


def test_verdict_of_plain_modals_is_unchanged() -> None:
    assert modal_verdict("shall", "may") == "weakened"
    assert modal_verdict("may", "shall") == "strengthened"
    assert modal_verdict("shall", "must") == "changed"
    assert modal_verdict("", "must") == "strengthened"
    assert modal_verdict("may", "") == "weakened"
    assert describe_modals("") == "no modal" and describe_modals("will endeavour to") == "“will endeavour to”"


def test_a_long_bracket_of_options_gives_a_short_context() -> None:
    filler = "supply chain resilience and diversification " * 40
    (change,) = modal_changes(f"They shall act. [{filler}]", f"They [will act {filler} / should act]")
    assert len(change.context) <= 80
    assert "will" in change.context


def test_the_headline_carries_the_verdict():
    from mineralsdesk.domain.modals import ModalChange, describe_modal_change, modal_headline

    weaker = ModalChange("shall", "will / will endeavour to", "")
    assert modal_headline(weaker) == "Obligation weakened"
    assert modal_headline(ModalChange("may", "shall", "")) == "Obligation strengthened"
    assert describe_modal_change(weaker).startswith(modal_headline(weaker) + ": “shall” → ")


def test_a_modal_change_reads_in_the_language_asked_for_its_verbs_as_written(monkeypatch):
    from mineralsdesk import i18n
    from mineralsdesk.domain.modals import ModalChange, describe_modal_change

    monkeypatch.setattr(i18n, "catalogue", lambda lang: {
        ("Modals", "Obligation weakened"): ("Obligation affaiblie",), ("Modals", "no modal"): ("aucun modal",)}
        if lang == "fr" else {})
    weaker = ModalChange("shall", "will / no modal", "")
    assert describe_modal_change(weaker, "fr") == "Obligation affaiblie: “shall” → “will” / aucun modal"
    assert describe_modal_change(weaker) == "Obligation weakened: “shall” → “will” / no modal"
