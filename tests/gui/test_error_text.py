"""A caught error reads in the app's language wherever a screen shows it (gui/common/errors.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from mineralsdesk import errors, i18n
from mineralsdesk.gui.common.cells import run_cell_edit
from mineralsdesk.gui.common.errors import current_language, error_text

TEMPLATE = "clause {ref} is agreed: reopen it first"


@pytest.fixture
def french(monkeypatch):
    monkeypatch.setattr(i18n, "catalogue", lambda lang: {("Errors", TEMPLATE): ("la clause {ref} est agréée : "
                                                                                 "rouvrez-la d'abord",)}
                        if lang == "fr" else {})
    before = QLocale()
    QLocale.setDefault(QLocale("fr"))  # what gui/language.install_language("fr") does besides the translators
    yield
    QLocale.setDefault(before)


def test_a_marked_error_reads_in_the_apps_language(french):
    assert current_language() == "fr"
    error = errors.RuleError(TEMPLATE, ref="Art. 5")
    assert error_text(error) == "la clause Art. 5 est agréée : rouvrez-la d'abord"
    assert str(error) == "clause Art. 5 is agreed: reopen it first"  # logs and crash reports stay English
    assert error_text(errors.RuleError("an unmarked line")) == "an unmarked line"
    assert error_text(OSError(2, "No such file or directory")) == "[Errno 2] No such file or directory"


def test_english_app_shows_the_english_line(qapp):
    QLocale.setDefault(QLocale("en_US"))
    assert error_text(errors.RuleError(TEMPLATE, ref="Art. 5")) == "clause Art. 5 is agreed: reopen it first"


def test_a_refused_cell_edit_says_why_in_the_apps_language(french, ctx):
    class Owner:
        refused = ""
        reloaded = False

        def reload(self) -> None:
            self.reloaded = True

    def refuse():
        raise errors.InvalidInputError(TEMPLATE, ref="Art. 5")

    owner = Owner()
    assert run_cell_edit(ctx, owner, "edit", refuse, lambda changed: changed) is False
    assert owner.refused == "la clause Art. 5 est agréée : rouvrez-la d'abord" and owner.reloaded
