"""View > Language: the switch keeps the screen and the undo history; the window's chrome goes through tr."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from screen_tour import MARK, pseudo_catalogue

from mineralsdesk.gui.actions import PAGES
from mineralsdesk.gui.commands import ServiceCommand, run
from mineralsdesk.gui.language import install_language
from mineralsdesk.gui.settings import LANGUAGE


@pytest.fixture
def english():
    yield
    install_language("en")
    QCoreApplication.processEvents()  # the LanguageChange events are posted: deliver them while the log is open


@pytest.fixture
def pseudo_qm(tmp_path: Path) -> str:
    """A catalogue that prefixes every message of the app with ⟦, built from the shipped French .ts."""
    return pseudo_catalogue(tmp_path)


def visible(text: str) -> str:
    return text.replace("&", "")


def test_switching_language_keeps_the_screen_and_the_undo_history(main_window, ctx, qtbot, english):
    main_window.show_page("clauses")
    track = ctx.log.tracks.list()[0]
    old_name = track.title
    run(ctx, ServiceCommand(ctx, "Rename", lambda: ctx.log.tracks.update(track.id, title="Renamed"),
                            lambda _c: ctx.log.tracks.update(track.id, title=old_name)))
    assert ctx.undo_stack.count() == 1
    main_window.language_actions["fr"].trigger()
    QCoreApplication.processEvents()  # Qt posts LanguageChange to every widget
    assert main_window.actions.pages["clauses"].text() == "&" + QCoreApplication.translate("Actions", "Clauses")
    assert ctx.settings.get(LANGUAGE) == "fr"
    assert main_window.current_key() == "clauses"
    assert main_window.stack.currentWidget() is main_window.page("clauses")
    assert ctx.undo_stack.count() == 1 and ctx.undo_stack.canUndo()
    ctx.undo_stack.undo()  # the screens were rebuilt: the undo and the refresh it triggers still work
    assert ctx.log.tracks.get(track.id).title == old_name
    main_window.language_actions["en"].trigger()
    QCoreApplication.processEvents()
    assert main_window.actions.pages["clauses"].text() == "&Clauses"
    assert main_window.current_key() == "clauses"


def test_the_window_chrome_goes_through_tr(main_window, pseudo_qm, english):
    install_language("fr", extra_qm=pseudo_qm)
    QCoreApplication.processEvents()
    menus = [menu for menu, _title in main_window._menus]
    assert menus and all(visible(m.title()).startswith(MARK) for m in menus)
    actions = main_window.actions.every_action()  # Undo/Redo too: their texts are set again on a language change
    untranslated = [a.text() for a in actions if not visible(a.text()).startswith(MARK)]
    assert untranslated == []
    assert all(a.statusTip().startswith(MARK) for a in actions if a.statusTip())
    sidebar = [main_window.sidebar.item(row).text() for row in range(len(PAGES))]
    assert all(text.startswith(MARK) for text in sidebar), sidebar
    assert main_window.status_log.text().startswith(MARK)
    # Language names stay in their own language (exception: never translated).
    assert main_window.language_actions["ja"].text() == "日本語"
