"""The one order of references (domain.ordering): as people read them, total, and never an error."""

from __future__ import annotations

import random
import re
from functools import cmp_to_key

from hypothesis import given
from hypothesis import strategies as st

from mineralsdesk.domain import rules
from mineralsdesk.domain.ordering import ref_key, ref_order

READING = ["Annex", "Annex 1", "Annex 2", "Annex 10", "art. 1", "Art. 1.1", "Art. 2", "Art. 2.1", "Art. 2.9",
           "Art. 2.10", "Art. 2bis", "Art. 3", "Art. 4.2", "Art. 10", "Art. 10.1", "Art. 11", "Art. 100"]


def test_references_sort_as_they_are_read():
    shuffled = READING[:]
    random.Random(15).shuffle(shuffled)
    assert sorted(shuffled, key=ref_key) == READING


def test_case_and_leading_zeros_do_not_count_and_ids_break_the_tie():
    assert ref_key("ART. 02") == ref_key("art. 2") == ref_key("Art. 2")
    assert sorted([("Art. 2", "b"), ("art. 2", "a"), ("Art. 10", "0")], key=lambda r: ref_order(*r)) == \
        [("art. 2", "a"), ("Art. 2", "b"), ("Art. 10", "0")]


def test_odd_values_read_as_text():
    assert ref_key(None) == ref_key("") == ""
    assert ref_key(7) == ref_key("7")  # a number where text was expected
    assert ref_key("Art. ٢") < ref_key("Art. ١٠")  # other scripts' digits are numbers too
    assert ref_key("\x00\ud800\U0010ffff") == "\x00\ud800\U0010ffff"


def test_the_key_text_is_the_one_kept_in_logs():
    """Logs keep these keys (clause_order, schema 3): a change of text would make every kept key stale."""
    assert ref_key("Art. 2.10") == "art. 000000000002.000000000010"
    assert ref_key("Annex I") == "annex i"
    assert rules.natural_key is ref_key  # the name older callers and the SQL function use


_refs = st.text(max_size=30) | st.from_regex(r"(Art\.|Annex|art) ?[0-9]{1,4}(\.[0-9]{1,3})?(bis|ter)?", fullmatch=True)


@given(st.one_of(_refs, st.none(), st.integers()))
def test_any_reference_gets_a_key(ref):
    assert isinstance(ref_key(ref), str)


@given(_refs, _refs, _refs)
def test_the_order_is_total_and_transitive(a, b, c):
    ka, kb, kc = ref_key(a), ref_key(b), ref_key(c)
    assert (ka < kb) + (kb < ka) + (ka == kb) == 1
    if ka <= kb and kb <= kc:
        assert ka <= kc
    if ka == kb:  # only case and leading zeros make two references one
        assert _plain(a) == _plain(b)


@given(st.integers(0, 10**12 - 1), st.integers(0, 10**12 - 1), st.sampled_from(["Art. ", "Annex ", "Art. 4.", ""]))
def test_numbers_compare_by_value(m, n, prefix):
    assert (ref_key(f"{prefix}{m}") < ref_key(f"{prefix}{n}")) == (m < n)
    assert ref_key("Art. 2") < ref_key("Art. 10")


@given(st.lists(_refs, max_size=12))
def test_sorting_by_the_key_agrees_with_comparing_pairs(refs):
    def compare(a: str, b: str) -> int:
        return (ref_key(a) > ref_key(b)) - (ref_key(a) < ref_key(b))

    assert [ref_key(r) for r in sorted(refs, key=cmp_to_key(compare))] == sorted(ref_key(r) for r in refs)


def _plain(ref: str) -> str:
    return re.sub(r"\d+", lambda m: str(int(m.group())), ref.casefold())
