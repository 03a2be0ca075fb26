"""Tests for the word-level redline and modal-verb changes between clause versions."""

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from mineralsdesk.domain import redline
from mineralsdesk.domain.modals import (
    MODALS,
    ModalChange,
    modal_changes,
    modal_strength,
)
from mineralsdesk.domain.redline import Segment, diff_words


def old_text(segments: list[Segment]) -> str:
    return "".join(s.text for s in segments if s.kind != "insert")


def new_text(segments: list[Segment]) -> str:
    return "".join(s.text for s in segments if s.kind != "delete")


def assert_well_formed(old: str, new: str, segments: list[Segment]) -> None:
    assert old_text(segments) == old
    assert new_text(segments) == new
    assert all(s.text for s in segments)
    assert all(a.kind != b.kind for a, b in zip(segments, segments[1:], strict=False))


def words_of(segments: list[Segment], kind: str) -> set[str]:
    return {word for s in segments if s.kind == kind for word in s.text.split()}


# --- diff_words ----------------------------------------------------------------------------------


def test_identical_texts_are_one_equal_segment() -> None:
    assert diff_words("The Parties shall cooperate.", "The Parties shall cooperate.") == [
        Segment("equal", "The Parties shall cooperate.")
    ]


def test_empty_texts() -> None:
    assert diff_words("", "") == []
    assert diff_words("", "new text") == [Segment("insert", "new text")]
    assert diff_words("old text", "") == [Segment("delete", "old text")]


def test_word_replacement_keeps_spaces_equal() -> None:
    assert diff_words("The Parties shall cooperate.", "The Parties should cooperate.") == [
        Segment("equal", "The Parties "),
        Segment("delete", "shall"),
        Segment("insert", "should"),
        Segment("equal", " cooperate."),
    ]


def test_inserted_words() -> None:
    assert diff_words("The Parties shall cooperate.", "The Parties shall closely cooperate.") == [
        Segment("equal", "The Parties shall "),
        Segment("insert", "closely "),
        Segment("equal", "cooperate."),
    ]


def test_punctuation_is_its_own_token() -> None:
    segments = diff_words("minerals, and refiners", "minerals and refiners")
    assert segments == [
        Segment("equal", "minerals"),
        Segment("delete", ","),
        Segment("equal", " and refiners"),
    ]


def test_whole_words_not_characters_are_compared() -> None:
    segments = diff_words("cooperate", "cooperation")
    assert segments == [Segment("delete", "cooperate"), Segment("insert", "cooperation")]


def test_several_changes_in_one_clause() -> None:
    old = "The US and the EU shall establish a response group within 30 days."
    new = "The US, the EU and Japan will establish a response group within three months."
    segments = diff_words(old, new)
    assert_well_formed(old, new, segments)
    assert words_of(segments, "delete") == {"and", "shall", "30", "days"}
    assert words_of(segments, "insert") == {",", "and", "Japan", "will", "three", "months"}
    assert any(s.kind == "equal" and "establish a response group within" in s.text for s in segments)


_WORDS = ["shall", "should", "the", "Parties", "cooperate", "and/or", "[", "]", "/", "minerals", "é", "30"]
_SEPARATORS = [" ", "  ", ", ", ". ", "\n", "\n\n", "-", "", "\t"]
_texty = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS)), max_size=40).map(
    lambda parts: "".join(w + s for w, s in parts)
)


@given(old=st.text(max_size=60), new=st.text(max_size=60))
def test_property_any_text_reassembles(old: str, new: str) -> None:
    assert_well_formed(old, new, diff_words(old, new))


@given(old=_texty, new=_texty)
def test_property_wordy_text_reassembles(old: str, new: str) -> None:
    assert_well_formed(old, new, diff_words(old, new))


@settings(max_examples=30, deadline=None)
@given(old=_texty, new=_texty, copies=st.integers(min_value=1, max_value=4))
def test_property_large_text_path_reassembles(old: str, new: str, copies: int) -> None:
    # Shrink the limits so the paragraph, sentence and window paths run on small inputs.
    limits = (redline._MAX_WORD_DIFF_UNITS, redline._WINDOW_UNITS)
    redline._MAX_WORD_DIFF_UNITS, redline._WINDOW_UNITS = 8, 5
    try:
        old, new = old * copies, new * copies
        assert_well_formed(old, new, diff_words(old, new))
    finally:
        redline._MAX_WORD_DIFF_UNITS, redline._WINDOW_UNITS = limits


def _document(paragraphs: int, seed: int) -> str:
    rng = random.Random(seed)
    words = ["the", "Parties", "shall", "cooperate", "on", "critical", "minerals", "price", "support"]
    words += [f"term{i}" for i in range(400)]
    return "\n\n".join(
        " ".join(
            " ".join(rng.choice(words) for _ in range(rng.randint(6, 20))).capitalize() + "."
            for _ in range(rng.randint(1, 5))
        )
        for _ in range(paragraphs)
    )


def test_long_text_with_scattered_edits_is_diffed_by_chunks() -> None:
    old = _document(1500, seed=1)
    assert len(redline._UNIT.findall(old)) > redline._MAX_WORD_DIFF_UNITS
    new = old.replace("term7 ", "term7 EDITED ").replace("term300", "Term300")
    segments = diff_words(old, new)
    assert_well_formed(old, new, segments)
    assert words_of(segments, "insert") == {"EDITED", "Term300"}
    assert words_of(segments, "delete") == {"term300"}


def test_long_text_with_a_word_replaced_everywhere_stays_word_level() -> None:
    old = _document(800, seed=2)
    new = old.replace("shall", "should")
    segments = diff_words(old, new)
    assert_well_formed(old, new, segments)
    assert words_of(segments, "delete") == {"shall"}
    assert words_of(segments, "insert") == {"should"}


def test_long_unrelated_or_repetitive_texts_still_reassemble() -> None:
    for old, new in [
        (_document(600, seed=3), _document(600, seed=4)),
        ("a b " * 6000, "b a " * 6000),
        ("x\ny\n" * 6000, "y\nx\n" * 6000),
    ]:
        assert_well_formed(old, new, diff_words(old, new))


# --- modals --------------------------------------------------------------------------------------


def test_modals_are_listed_longest_first() -> None:
    assert [len(m) for m in MODALS] == sorted((len(m) for m in MODALS), reverse=True)
    for modal in ("shall not", "must not", "shall", "must", "should", "will", "may", "endeavour to"):
        assert modal in MODALS


def test_modal_strength_ordering() -> None:
    assert modal_strength("shall") == modal_strength("must") == 4
    assert modal_strength("shall") > modal_strength("will") > modal_strength("should") > modal_strength("may")
    assert modal_strength("endeavour to") == modal_strength("endeavor to") < modal_strength("will")
    assert modal_strength("may") == 1
    assert modal_strength("") == 0
    assert modal_strength("cooperate") == 0


def test_modal_strength_ignores_case_and_spacing_and_takes_weakest_of_a_chain() -> None:
    assert modal_strength("SHALL") == 4
    assert modal_strength("Shall  not") == 4
    assert modal_strength("will endeavour to") == modal_strength("endeavour to")
    assert all(modal_strength(m) > 0 for m in MODALS)


def test_shall_to_should() -> None:
    changes = modal_changes(
        "The Parties shall cooperate on stockpiling.", "The Parties should cooperate on stockpiling."
    )
    assert changes == [ModalChange("shall", "should", "The Parties should cooperate on stockpiling.")]
    assert modal_strength(changes[0].new) < modal_strength(changes[0].old)


def test_will_to_endeavour_to() -> None:
    (change,) = modal_changes("The Parties will exchange data.", "The Parties endeavour to exchange data.")
    assert (change.old, change.new) == ("will", "endeavour to")


def test_endeavour_added_after_will_is_one_chained_modal() -> None:
    (change,) = modal_changes(
        "The Parties will exchange data.", "The Parties will endeavour to exchange data."
    )
    assert (change.old, change.new) == ("will", "will endeavour to")
    assert modal_strength(change.new) < modal_strength(change.old)


def test_removed_modal_uses_old_text_as_context() -> None:
    (change,) = modal_changes("The EU may seek exemptions.", "The EU seeks exemptions.")
    assert (change.old, change.new) == ("may", "")
    assert "may" in change.context


def test_added_modal() -> None:
    (change,) = modal_changes("The Parties cooperate.", "The Parties must cooperate.")
    assert (change.old, change.new) == ("", "must")
    assert "must cooperate" in change.context


def test_negation_removed_from_shall_not() -> None:
    (change,) = modal_changes(
        "The Parties shall not restrict exports of raw minerals.",
        "The Parties shall restrict exports of raw minerals.",
    )
    assert (change.old, change.new) == ("shall not", "shall")


def test_case_and_whole_words() -> None:
    assert modal_changes("The Parties Shall act.", "The Parties shall act.") == []
    (change,) = modal_changes("SHALL act.", "Should act.")
    assert (change.old, change.new) == ("shall", "should")
    # "willing", "mayor" and "goodwill" contain modal letters but are not modals.
    assert modal_changes("The mayor is willing.", "The goodwill is mustered.") == []


def test_unchanged_modals_near_a_change_are_not_reported() -> None:
    assert modal_changes("The Parties shall cooperate.", "The Parties shall closely cooperate.") == []
    assert modal_changes("The US shall act.", "The EU shall act.") == []


def test_month_may_in_dates_is_not_a_modal() -> None:
    assert modal_changes("Signed on 4 May 2026.", "Signed on 5 June 2026.") == []
    assert modal_changes("By May 2026 the Parties act.", "By June 2026 the Parties act.") == []


def test_several_changes_reported_in_order() -> None:
    old = "The US shall stockpile. The EU shall consult. Japan may join."
    new = "The US will stockpile. The EU shall consult. Japan must join."
    changes = modal_changes(old, new)
    assert [(c.old, c.new) for c in changes] == [("shall", "will"), ("may", "must")]
    assert "US will stockpile" in changes[0].context
    assert "Japan must join" in changes[1].context


def test_context_is_a_short_excerpt() -> None:
    filler = "critical minerals supply chain resilience " * 10
    (change,) = modal_changes(
        filler + "the Parties shall act. " + filler, filler + "the Parties should act. " + filler
    )
    assert "should" in change.context
    assert len(change.context) <= 80
    assert change.context.startswith("…") and change.context.endswith("…")


def test_adjacent_changes_around_a_negated_modal_are_reported_once() -> None:
    changes = modal_changes(
        "The Parties shall not restrict exports.", "The Parties should not limit exports."
    )
    assert [(c.old, c.new) for c in changes] == [("shall not", "should not")]


def test_chained_modals_are_compared_whole() -> None:
    old = "The US shall seek to stockpile and the EU will aim to do so."
    new = "The US will stockpile and the EU shall do so."
    assert [(c.old, c.new) for c in modal_changes(old, new)] == [
        ("shall seek to", "will"),
        ("will aim to", "shall"),
    ]
