"""The log's calendar reminder setting: 7 days unless set, 0 to 365, kept in the change log like every setting."""

from __future__ import annotations

import pytest

from mineralsdesk.errors import InvalidInputError
from mineralsdesk.services.reminders import reminder_days, set_reminder_days


def test_default_set_and_refused(log):
    assert reminder_days(log) == 7
    assert set_reminder_days(log, 0).entities == {"settings"}
    assert reminder_days(log) == 0
    assert any(e.field == "value" and e.new == "0" for e in log.changes(limit=5))
    for wrong in (-1, 366, "3", True):
        with pytest.raises(InvalidInputError):
            set_reminder_days(log, wrong)
    assert reminder_days(log) == 0
