"""The change log's entry hash is the SHA-256 of json.dumps(..., ensure_ascii=False) of its fields, whichever way
it is built (a faster direct formatting must give the very same bytes, or every stored chain would break)."""

from __future__ import annotations

import hashlib
import json

from hypothesis import given
from hypothesis import strategies as st

from mineralsdesk.store.changelog import entry_hash

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)


@given(st.lists(TEXT, min_size=7, max_size=7), st.one_of(st.none(), TEXT), st.one_of(st.none(), TEXT))
def test_the_hash_is_that_of_the_json_list(texts, old, new):
    fields = [*texts[:6], old, new, texts[6]]
    expected = hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode("utf-8")).hexdigest()
    assert entry_hash(*fields) == expected


def test_a_value_that_is_not_text_is_hashed_as_json_writes_it():
    fields = ["0" * 64, "at", "who", "clauses", 7, "number", None, 3, "source"]
    assert entry_hash(*fields) == hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode()).hexdigest()
