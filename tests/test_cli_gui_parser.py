"""Opening the app builds only the parser it needs (cli.opens_the_app): the same arguments come out as from the
whole parser, and anything else (another command, help, a typo) goes to the whole parser and its messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from mineralsdesk import cli

OPENS = [[], ["gui"], ["gui", "--exit-after-start"], ["--db", "x.mdesk"], ["--db=x.mdesk", "gui"],
         ["--lang", "fr", "--db", "x.mdesk", "gui", "--exit-after-start"], ["--passphrase-file", "p", "gui"]]
OTHERS = [["search", "cobalt"], ["--help"], ["gui", "--help"], ["--db"], ["--version"], ["gui", "--exit"],
          ["--db", "x.mdesk", "check"], ["x.mdesk"], ["gui", "gui"], ["--lang", "fr"] + ["init"]]


@pytest.mark.parametrize("argv", OPENS)
def test_the_apps_start_parses_as_the_whole_parser_does(argv):
    assert cli.opens_the_app(argv)
    whole = cli.build_parser().parse_args(argv)
    alone = cli.build_parser(gui_only=True).parse_args(argv)
    assert vars(alone) == vars(whole)
    assert getattr(alone, "db", None) in (None, Path("x.mdesk"))


@pytest.mark.parametrize("argv", OTHERS)
def test_anything_else_gets_the_whole_parser(argv):
    assert not cli.opens_the_app(argv)
