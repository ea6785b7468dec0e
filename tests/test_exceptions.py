"""The error hierarchy: one root, and the matching builtin for every error."""

from __future__ import annotations

import pytest

import followup_timing as ft
from followup_timing import exceptions

BUILTIN_OF = {
    "CalendarError": ValueError,
    "CalendarExportError": ValueError,
    "DatetimeParseError": ValueError,
    "DatetimeRangeError": ValueError,
    "DraftError": ValueError,
    "DraftTypeError": TypeError,
    "EmailConfigError": ValueError,
    "EmailInputError": ValueError,
    "EmailTypeError": TypeError,
    "TimingTypeError": TypeError,
    "InterviewError": ValueError,
    "MissingDependencyError": ImportError,
    "NaiveDatetimeError": ValueError,
    "NoBusinessTimeError": LookupError,
    "PolicyError": ValueError,
    "UnknownCountryError": LookupError,
    "UnknownTimezoneError": LookupError,
}


@pytest.mark.parametrize(("name", "builtin"), sorted(BUILTIN_OF.items()))
def test_every_error_has_root_and_builtin(name: str, builtin: type[Exception]) -> None:
    """Callers can catch either the library's root or the builtin they expect."""
    cls = getattr(exceptions, name)
    assert issubclass(cls, ft.FollowupTimingError)
    assert issubclass(cls, builtin)
    assert getattr(ft, name) is cls


def test_every_public_error_is_listed() -> None:
    """No error class is public without being covered by the table above."""
    public = {n for n in exceptions.__all__ if n != "FollowupTimingError"}
    assert public == set(BUILTIN_OF)
