"""The growth chart make bench writes (benchmarks/chart.py): a valid PNG of the expected size from a small
synthetic result set, drawn whatever measure or size is missing; nothing is timed here."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageColor

from benchmarks import chart

ROWS = [
    ["clauses: open (services, ms)", "1000", "3.50", "0.58", "6.00"],
    ["clauses: open (services, ms)", "10000", "5.80", "1.34", "4.34"],
    ["clauses: open (services, ms)", "100000", "8.36", "7.43", "1.13"],
    ["Excel import of the edited workbook (ms)", "1000", "425.37", "929.89", "0.46"],
    ["Excel import of the edited workbook (ms)", "100000", "10090.36", "6227.36", "1.62"],  # 10k missing
    ["Excel import: peak resident memory (MB)", "1000", "37.18", "28.48", "1.31"],
    ["Excel import: peak resident memory (MB)", "10000", "40.22", "-", "-"],  # no bare at this size
    ["Excel import: peak resident memory (MB)", "100000", "50.79", "29.17", "1.74"],
]


def _colours(path: Path) -> set[tuple[int, int, int]]:
    with Image.open(path) as image:
        return {rgb for _count, rgb in image.convert("RGB").getcolors(maxcolors=1 << 20)}


def test_the_chart_is_a_png_of_one_panel_per_unit(tmp_path: Path):
    out = chart.write_chart(ROWS, tmp_path / "growth.png")
    assert out == tmp_path / "growth.png"
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with Image.open(out) as image:
        image.verify()
    with Image.open(out) as image:
        assert image.format == "PNG"
        assert image.size == (chart.WIDTH, 40 + 2 * chart.PANEL_HEIGHT)  # ms and MB panels; no counts
    colours = _colours(out)
    for i in range(3):  # every measure's line is drawn in its own colour
        assert ImageColor.getrgb(chart.COLOURS[i]) in colours


def test_a_missing_measure_or_size_is_drawn_with_what_there_is(tmp_path: Path):
    found = chart.series([*ROWS, ["heavy modules imported at start-up", "1000", "none", "-", "-"],
                          ["search p95, one word (ms)", "100000", "25.07", "24.22", "1.03"]])
    assert set(found) == {"clauses: open (services, ms)", "Excel import of the edited workbook (ms)",
                          "Excel import: peak resident memory (MB)"}  # one size, or no number: no line
    assert found["Excel import of the edited workbook (ms)"]["ours"] == [(1000.0, 425.37), (100000.0, 10090.36)]
    assert found["Excel import: peak resident memory (MB)"]["bare"] == [(1000.0, 28.48), (100000.0, 29.17)]
    assert chart.unit_of("Excel import: clause rows changed (count)") == "count"
    assert chart.unit_of("dashboard card, slowest (one track, ms)") == "ms"  # a unit after a qualifier
    out = chart.write_chart(ROWS[:3] + [["Excel import: clause rows changed (count)", "1000", "250", "-", "-"],
                                        ["Excel import: clause rows changed (count)", "10000", "2500", "-", "-"]],
                            tmp_path / "two.png")
    with Image.open(out) as image:
        assert image.size == (chart.WIDTH, 40 + 2 * chart.PANEL_HEIGHT)


def test_nothing_to_draw_writes_nothing(tmp_path: Path):
    out = tmp_path / "none.png"
    assert chart.write_chart([["search p95, one word (ms)", "100000", "25.07", "24.22", "1.03"],
                              ["cold start to first paint (ms)", "1000", "0", "-", "-"]], out) is None
    assert not out.exists()
