"""Tests for parsing [bracketed] negotiating text."""

import pytest

from mineralsdesk.domain.brackets import (
    MAX_DEPTH,
    BracketSpan,
    open_bracket_texts,
    parse_brackets,
    strip_brackets,
)
from mineralsdesk.errors import BracketError


def test_text_without_brackets_has_no_spans() -> None:
    assert parse_brackets("The Parties shall cooperate.") == []
    assert parse_brackets("") == []


def test_single_span_positions_and_text() -> None:
    text = "The Parties [shall] cooperate."
    (span,) = parse_brackets(text)
    assert span == BracketSpan(start=12, end=19, text="shall", options=(), depth=0)
    assert text[span.start : span.end] == "[shall]"


def test_alternatives_are_split_and_stripped() -> None:
    (span,) = parse_brackets("The Parties [shall / should  /  may] cooperate.")
    assert span.text == "shall / should  /  may"
    assert span.options == ("shall", "should", "may")


def test_alternatives_may_span_several_words() -> None:
    (span,) = parse_brackets("[within 30 days / within three months]")
    assert span.options == ("within 30 days", "within three months")


def test_slash_without_spaces_is_not_a_separator() -> None:
    for text in (
        "[and/or]",
        "[EU/US cooperation]",
        "[shall /should]",
        "[shall/ should]",
        "[1/2 of the cost]",
    ):
        (span,) = parse_brackets(text)
        assert span.options == (), text


def test_slash_with_tab_or_newline_around_it_separates() -> None:
    (span,) = parse_brackets("[shall\t/\nshould]")
    assert span.options == ("shall", "should")


def test_and_or_inside_an_alternative_is_kept_whole() -> None:
    (span,) = parse_brackets("[exports and/or imports / exports only]")
    assert span.options == ("exports and/or imports", "exports only")


def test_nested_spans_are_ordered_by_start_with_depth() -> None:
    text = "[the Parties [shall / should] cooperate]"
    outer, inner = parse_brackets(text)
    assert (outer.start, outer.end, outer.depth) == (0, len(text), 0)
    assert outer.text == "the Parties [shall / should] cooperate"
    assert (inner.start, inner.end, inner.depth) == (13, 29, 1)
    assert inner.text == "shall / should"
    assert inner.options == ("shall", "should")


def test_separator_in_nested_span_does_not_split_outer_span() -> None:
    outer, _inner = parse_brackets("[the Parties [shall / should] cooperate]")
    assert outer.options == ()


def test_outer_separator_keeps_nested_brackets_in_options() -> None:
    outer, first, second = parse_brackets("[[the EU] shall / [the Parties] should]")
    assert outer.options == ("[the EU] shall", "[the Parties] should")
    assert (first.text, first.depth) == ("the EU", 1)
    assert (second.text, second.depth) == ("the Parties", 1)


def test_three_levels_of_nesting() -> None:
    spans = parse_brackets("[a [b [c / d] e] f] [g]")
    assert [(s.text, s.depth) for s in spans] == [
        ("a [b [c / d] e] f", 0),
        ("b [c / d] e", 1),
        ("c / d", 2),
        ("g", 0),
    ]
    assert [s.start for s in spans] == sorted(s.start for s in spans)


def test_empty_brackets() -> None:
    (span,) = parse_brackets("The Parties [] cooperate.")
    assert span == BracketSpan(start=12, end=14, text="", options=(), depth=0)


def test_empty_alternative_is_kept() -> None:
    (span,) = parse_brackets("[shall / ]")
    assert span.options == ("shall", "")


def test_slash_outside_any_span_is_ignored() -> None:
    (span,) = parse_brackets("either / or [shall]")
    assert span.options == ()


def test_closing_bracket_without_opening_reports_its_position() -> None:
    text = "The Parties shall] cooperate."
    with pytest.raises(BracketError) as info:
        parse_brackets(text)
    assert info.value.position == 17
    message = str(info.value)
    assert message.startswith("Unbalanced bracket: ']' at character 17 has no opening '['")
    assert "\n" not in message


def test_extra_closing_bracket_after_balanced_ones() -> None:
    with pytest.raises(BracketError) as info:
        parse_brackets("[a] [b]] c")
    assert info.value.position == 7


def test_unclosed_opening_bracket_reports_its_position_and_context() -> None:
    text = "The Parties [shall cooperate on stockpiling."
    with pytest.raises(BracketError) as info:
        parse_brackets(text)
    assert info.value.position == 12
    message = str(info.value)
    assert message == "Unclosed '[' at character 12"
    assert "shall cooperate" in info.value.context  # for the author's screen, never in the message
    assert "\n" not in info.value.context


def test_unclosed_reports_the_first_of_several() -> None:
    with pytest.raises(BracketError) as info:
        parse_brackets("[a] [b [c")
    assert info.value.position == 4
    assert "1 more unclosed" in str(info.value)


def test_context_of_a_multiline_text_stays_on_one_line() -> None:
    with pytest.raises(BracketError) as info:
        parse_brackets("Art. 1\n\nThe Parties [shall\ncooperate.\n")
    assert "\n" not in str(info.value) and "\n" not in info.value.context


def test_bracket_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        parse_brackets("]")


def test_nesting_deeper_than_the_cap_is_an_error() -> None:
    ok = "[" * MAX_DEPTH + "]" * MAX_DEPTH
    assert len(parse_brackets(ok)) == MAX_DEPTH
    with pytest.raises(BracketError) as info:
        parse_brackets("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1))
    assert info.value.position == MAX_DEPTH


def test_open_bracket_texts_gives_top_level_inner_texts() -> None:
    text = "The Parties [shall / should] cooperate [on [joint] projects] and [R&D]."
    assert open_bracket_texts(text) == ["shall / should", "on [joint] projects", "R&D"]


def test_open_bracket_texts_raises_on_unbalanced_text() -> None:
    with pytest.raises(BracketError):
        open_bracket_texts("[a")


def test_strip_brackets_keeps_inner_words() -> None:
    assert strip_brackets("The Parties [shall / should] cooperate [on [joint] projects].") == (
        "The Parties shall / should cooperate on joint projects."
    )
    assert strip_brackets("no brackets") == "no brackets"
    assert strip_brackets("unbalanced ] [ text") == "unbalanced   text"


def test_one_megabyte_text_parses() -> None:
    unit = "The Parties [shall / should] cooperate on [joint [critical-mineral] projects] and/or R&D. "
    text = unit * (1_000_000 // len(unit) + 1)
    assert len(text) >= 1_000_000
    spans = parse_brackets(text)
    count = text.count(unit)
    assert len(spans) == 3 * count
    assert sum(1 for s in spans if s.depth == 1) == count
    assert spans[-1].text == "critical-mineral"
    assert spans[0].options == ("shall", "should")
    assert len(open_bracket_texts(text)) == 2 * count
