"""Command-line edges a newcomer meets: help texts, bad numbers and party codes, odd queries, a closed pipe."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mineralsdesk.services.log import Log


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COLUMNS": "1000"}  # help on one line per option
    return subprocess.run([sys.executable, "-m", "mineralsdesk", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def one_line_error(result: subprocess.CompletedProcess, *words: str) -> str:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def test_init_refuses_an_unknown_party_listing_the_known_ones(tmp_path: Path):
    db = tmp_path / "log.mdesk"
    line = one_line_error(run("--db", str(db), "init", "--our-party", "XX"), "XX")
    assert all(code in line for code in ("US", "EU", "JP", "MX"))
    assert not db.exists()
    assert run("--db", str(db), "init", "--our-party", "jp").returncode == 0
    with Log.open(db, readonly=True) as log:
        assert log.settings.our_party == "JP" and len(log.parties.list()) == 4


@pytest.mark.parametrize("kind", ["pdf", "xlsx"])
def test_export_help_says_the_default_audience(kind):
    result = run("export", kind, "--help")
    assert result.returncode == 0 and "internal (the default)" in result.stdout


def test_search_help_explains_the_query_the_limit_and_the_double_dash():
    result = run("search", "--help")
    assert result.returncode == 0
    assert "NOT" in result.stdout and "search -- -price" in result.stdout
    assert "positive" in result.stdout


@pytest.mark.parametrize("limit", ["-3", "0", "ten"])
def test_limit_must_be_a_positive_whole_number(demo_path: Path, limit):
    result = run("--db", str(demo_path), "search", "price", "--limit", limit)
    assert result.returncode == 2
    one_line_error(result, "positive")


def test_a_query_starting_with_a_minus_says_how_to_pass_it(demo_path: Path):
    one_line_error(run("--db", str(demo_path), "search", "-price"), "--", "NOT")
    assert run("--db", str(demo_path), "search", "--", "lithium -price").returncode == 0
    # A query of nothing but left-out words finds nothing to leave out from: said in one line.
    one_line_error(run("--db", str(demo_path), "search", "--", "-price"), "leaves a word out")


@pytest.mark.parametrize("query", ["NEAR(price floor)", "price AND (", "(((", "price:floor", "^price"])
def test_search_never_prints_sqlites_own_words(demo_path: Path, query):
    result = run("--db", str(demo_path), "search", query)
    assert "fts5" not in result.stderr.lower() and "syntax error" not in result.stderr.lower()
    if result.returncode != 0:
        one_line_error(result)


def test_a_closed_pipe_is_a_normal_end(demo_path: Path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-m", "mineralsdesk", "--db", str(demo_path), "search", "the",
                             "--limit", "200"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    proc.stdout.close()  # the reader (`| head`) is gone before anything is written
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0 and err == b""
