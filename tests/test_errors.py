"""The errors a user meets read as one line, and keep the places they had in Python's exception tree."""

from __future__ import annotations

import inspect

import pytest

from mineralsdesk import errors

USER_ERRORS = [cls for _, cls in inspect.getmembers(errors, inspect.isclass)
               if issubclass(cls, errors.UserError) and cls.__module__ == errors.__name__]
EXTRA_ARGS = {errors.TransitionError: ("drafted", "agreed"), errors.BracketError: (12, "[shall")}


def _make(cls: type[errors.UserError], message: str) -> errors.UserError:
    return cls(message, *EXTRA_ARGS.get(cls, ()))


def test_every_public_exception_is_a_user_error_but_cancel():
    exceptions = {cls for _, cls in inspect.getmembers(errors, inspect.isclass) if issubclass(cls, BaseException)}
    assert exceptions - set(USER_ERRORS) == {errors.Cancelled}
    assert len(USER_ERRORS) == 26  # UserError and the 25 a user meets (4 about encryption at rest, 1 attachments, 1 sync,
    # 1 a background job whose log was locked or closed)


@pytest.mark.parametrize("cls", USER_ERRORS, ids=lambda cls: cls.__name__)
def test_a_message_with_line_breaks_reads_as_one_line(cls):
    exc = _make(cls, "log.mdesk is damaged (row 3:\n  bad page\r\nfree list\u2028 count)\n")
    assert str(exc) == "log.mdesk is damaged (row 3: bad page free list count)"


@pytest.mark.parametrize("cls", USER_ERRORS, ids=lambda cls: cls.__name__)
def test_a_one_line_message_is_kept_as_written(cls):
    message = "clause  A.1 is 'agreed'; choose another name (nothing was written)"
    exc = _make(cls, message)
    assert str(exc) == message
    assert exc.args[0] == message  # the raw argument is untouched; only its telling is one line


def test_an_error_without_a_message_is_empty():
    assert str(errors.LogError()) == ""
    assert str(errors.ExportError("\n\n")) == ""


def test_the_extra_attributes_survive():
    exc = errors.BracketError("unbalanced ']' at 12", 12, "[shall")
    assert (exc.position, exc.context) == (12, "[shall")
    exc = errors.TransitionError("cannot go\nback", "agreed", "drafted")
    assert (exc.old, exc.new, str(exc)) == ("agreed", "drafted", "cannot go back")


@pytest.mark.parametrize(("cls", "base"), [
    (errors.NotALogError, errors.LogError), (errors.NewerLogError, errors.LogError),
    (errors.DamagedLogError, errors.LogError), (errors.LogBusyError, errors.LogError),
    (errors.TargetError, errors.LogError), (errors.DemoContentError, errors.LogError), (errors.NotFoundError, LookupError),
    (errors.StaleEditError, RuntimeError), (errors.DumpError, ValueError), (errors.SearchSyntaxError, ValueError),
    (errors.InvalidInputError, ValueError), (errors.RuleError, ValueError), (errors.TransitionError, ValueError),
    (errors.BracketError, ValueError), (errors.AttachmentError, ValueError),
])
def test_the_tree_is_as_it_was(cls, base):
    assert issubclass(cls, base)
    with pytest.raises(base):
        raise _make(cls, "refused")


def test_export_errors_are_what_an_export_or_import_raises():
    assert set(errors.EXPORT_ERRORS) == {errors.ExportError, errors.ImportRefused, errors.Cancelled}
    assert not issubclass(errors.Cancelled, errors.UserError)
