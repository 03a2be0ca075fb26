"""The search popup shows a Japanese hit with the matched characters alone highlighted."""

from __future__ import annotations

import re

from mineralsdesk.gui.search.dialog import HtmlRole, SearchDialog


def test_a_japanese_match_is_highlighted_alone_in_the_popup(ctx, qtbot):
    dialog = SearchDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.query.setText("国内調整")
    dialog.search_now()
    assert dialog.model.rowCount() >= 2
    for row in range(dialog.model.rowCount()):
        html = dialog.model.data(dialog.model.index(row), HtmlRole)
        assert re.findall(r"<b style='[^']*'>(.*?)</b>", html) == ["国内調整"], html
        assert "必要" in html  # the sentence around it is shown, not lit up


def test_every_match_box_ranks_every_match_and_searches_again(ctx, qtbot, monkeypatch):
    asked = []
    real = ctx.log.search

    def search(text, **options):
        asked.append(options.get("every_match"))
        return real(text, **options)

    monkeypatch.setattr(ctx.log, "search", search)
    dialog = SearchDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.query.setText("stockpile")
    dialog.search_now()
    found = dialog.model.rowCount()
    dialog.every_match.setChecked(True)  # ticking it searches again, ranking every match
    assert asked == [False, True] and dialog.model.rowCount() == found > 0
