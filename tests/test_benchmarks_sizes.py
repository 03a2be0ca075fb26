"""Which log sizes `make bench` measures (benchmarks/run.py): the default three, --quick, and the million added by
`make bench SIZES="..."` or `--sizes`; nothing is generated or timed here."""

from __future__ import annotations

from benchmarks.common import SIZES, SIZES_ENV
from benchmarks.run import chosen_sizes


def test_default_and_quick():
    assert chosen_sizes(["run.py"], {}) == SIZES == (1_000, 10_000, 100_000)
    assert chosen_sizes(["run.py", "--quick"], {}) == (1_000, 10_000)


def test_sizes_from_the_command_line_or_the_environment():
    assert chosen_sizes(["run.py", "--sizes", "1000000,1000"], {}) == (1_000, 1_000_000)
    assert chosen_sizes(["run.py"], {SIZES_ENV: "1000 10000 100000 1000000"}) == (1_000, 10_000, 100_000, 1_000_000)
    assert chosen_sizes(["run.py", "--sizes", "10000"], {SIZES_ENV: "1000"}) == (10_000,)  # the argument wins
    assert chosen_sizes(["run.py"], {SIZES_ENV: "  "}) == SIZES  # make bench without SIZES passes an empty one
