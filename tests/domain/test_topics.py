"""Which topic a typed name means, and the plain-text redline the command line prints."""

from __future__ import annotations

import pytest

from mineralsdesk.domain.model import Topic
from mineralsdesk.domain.redline import diff_words, redline_text
from mineralsdesk.domain.topics import topic_named, topic_names


@pytest.mark.parametrize(("text", "topic"), [
    ("export-restriction exemptions", Topic.EXPORT_EXEMPTIONS), ("EXPORT", Topic.EXPORT_EXEMPTIONS),
    ("export_exemptions", Topic.EXPORT_EXEMPTIONS), ("r&d", Topic.RESEARCH), ("research", Topic.RESEARCH),
    ("Price Support", Topic.PRICE_SUPPORT), ("stock", Topic.STOCKPILING), ("other", Topic.OTHER),
])
def test_a_topic_is_named_by_its_value_its_name_or_a_prefix_that_fits_one(text, topic):
    assert topic_named(text) is topic


@pytest.mark.parametrize("text", ["", "  ", "nope", "r"])  # "r": R&D and innovation, response group
def test_an_unknown_or_ambiguous_name_names_no_topic(text):
    assert topic_named(text) is None


def test_topic_names_lists_every_topic_once():
    assert topic_names().split(", ") == [t.value for t in Topic]


def test_redline_text_marks_deletions_and_insertions_like_word_diff():
    segments = diff_words("exempt raw minerals from duties", "exempt minerals and ores from duties")
    assert redline_text(segments) == "exempt [-raw -]minerals {+and ores +}from duties"
    assert redline_text(diff_words("same", "same")) == "same"
