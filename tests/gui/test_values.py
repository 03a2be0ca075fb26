"""The domain's fixed values (statuses, topics, stances, signals, states) are shown in the app's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from mineralsdesk.domain import model
from mineralsdesk.gui.common.values import VALUES, value_text
from mineralsdesk.gui.language import install_language


@pytest.fixture
def french():
    install_language("fr")
    yield
    install_language("en")
    QCoreApplication.processEvents()  # deliver the posted LanguageChange events while the log is open


def test_every_fixed_value_is_listed_for_the_translators():
    for kind in (model.ClauseStatus, model.Stance, model.Topic, model.CommitmentState, model.Signal):
        assert {v.value for v in kind} <= set(VALUES), kind.__name__


def test_values_read_in_the_app_language(french):
    assert value_text(model.ClauseStatus.AGREED) == "agréée"
    assert value_text("bracketed") == "entre crochets"
    assert value_text(None) == "" and value_text("not a value") == "not a value"


def test_the_clauses_table_shows_the_status_in_french_and_keeps_the_stored_value(ctx, qtbot, french):
    from mineralsdesk.gui.clauses.model import ClauseTableModel

    table = ClauseTableModel(ctx)
    status = [c.key for c in table.columns].index("status")
    shown = {table.data(table.index(r, status)) for r in range(table.rowCount())}
    stored = {table.data(table.index(r, status), Qt.ItemDataRole.EditRole) for r in range(table.rowCount())}
    assert shown and shown <= {value_text(s) for s in model.ClauseStatus}
    assert stored <= {s.value for s in model.ClauseStatus}  # what an edit compares and writes stays the log's word
    assert "agréée" in shown or "proposée" in shown or "en projet" in shown


def test_english_is_unchanged():
    install_language("en")
    assert [value_text(s) for s in model.ClauseStatus] == [s.value for s in model.ClauseStatus]
