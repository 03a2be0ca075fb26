"""gui.combo: values stay on the Python side, so reading a combo never takes a reference to None from Qt."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QComboBox

from mineralsdesk.domain.model import ClauseStatus
from mineralsdesk.gui.common.combo import (
    add_choice,
    choice_values,
    clear_choices,
    combo_value,
    select_value,
    set_choices,
    value_index,
)


@pytest.fixture
def combo(qtbot) -> QComboBox:
    box = QComboBox()
    qtbot.addWidget(box)
    set_choices(box, [("All tracks", None), ("MOU", "id-mou", "US–EU MoU"), ("Yes", True), ("No", False),
                      ("Agreed", ClauseStatus.AGREED), ("Zero", 0)])
    return box


def test_every_value_comes_back_as_itself(combo):
    got = []
    for i in range(combo.count()):
        combo.setCurrentIndex(i)
        got.append(combo_value(combo))
    assert got == [None, "id-mou", True, False, ClauseStatus.AGREED, 0]
    assert got[4] is ClauseStatus.AGREED  # the enum itself, not its text
    assert combo.itemText(1) == "MOU"
    assert combo.itemData(1, 3) == "US–EU MoU"  # the tooltip (Qt.ToolTipRole) is the one thing Qt holds


def test_a_refill_keeps_the_chosen_value_or_falls_back_to_the_first(combo):
    select_value(combo, "id-mou")
    set_choices(combo, [("All tracks", None), ("NEW", "id-new"), ("MOU", "id-mou")])
    assert combo_value(combo) == "id-mou" and combo.currentIndex() == 2
    set_choices(combo, [("All tracks", None), ("NEW", "id-new")])
    assert combo_value(combo) is None and combo.currentIndex() == 0
    set_choices(combo, [("A", "a"), ("B", "b")], current="b")
    assert combo_value(combo) == "b"


def test_lookups_and_an_empty_combo(combo):
    assert value_index(combo, False) == 3 and value_index(combo, "agreed") == 4 and value_index(combo, "x") == -1
    assert select_value(combo, "nothing like it") is False and combo.currentIndex() == 0
    clear_choices(combo)
    assert combo.count() == 0 and combo_value(combo) is None and choice_values(combo) == []
    add_choice(combo, "Only", "only")
    assert combo_value(combo) == "only"  # adding the first item selects it


def test_a_slot_reading_the_value_while_the_combo_fills_sees_the_new_value(qtbot):
    box = QComboBox()
    qtbot.addWidget(box)
    seen = []
    box.currentIndexChanged.connect(lambda _i: seen.append(combo_value(box)))
    set_choices(box, [("First", "first"), ("Second", "second")])
    assert seen == ["first"]


def test_a_combo_filled_behind_the_helpers_back_is_refused(combo):
    combo.addItem("stray")
    with pytest.raises(RuntimeError, match="filled without"):
        combo_value(combo)


def test_reading_all_tracks_a_thousand_times_leaves_none_alone(combo):
    """The newcomer's finding: currentData() on "All tracks" took one reference to None per call."""
    select_value(combo, None)
    before = sys.getrefcount(None)
    for _ in range(1000):
        assert combo_value(combo) is None
    assert sys.getrefcount(None) >= before


def test_a_track_filter_fills_at_once_keeps_its_choice_and_sends_no_signal(qtbot):
    """A screen's track filter: "All tracks", then each track (its ref, its id, its title the tooltip), inserted in
    one go (400 tracks' items were 400 insertions, ~1 ms of the first paint at a million versions)."""
    from mineralsdesk.gui.common.combo import set_track_filter

    box = QComboBox()
    qtbot.addWidget(box)
    inserted, changed = [], []
    box.model().rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    box.currentIndexChanged.connect(changed.append)
    tracks = [(f"T{n}", f"id-{n}", f"Track {n}") for n in range(400)]
    set_track_filter(box, "All tracks", tracks)
    assert inserted == [(0, 400)] and changed == []
    assert choice_values(box) == [None, *(f"id-{n}" for n in range(400))] and box.itemText(7) == "T6"
    assert box.itemData(7, 3) == "Track 6"
    select_value(box, "id-6")
    set_track_filter(box, "All tracks", tracks[3:])
    assert combo_value(box) == "id-6" and changed == [7]  # (select_value's own change, before the refill)
