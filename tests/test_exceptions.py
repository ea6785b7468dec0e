"""The error hierarchy: one root, and the matching builtin for every error."""

from __future__ import annotations

import pytest

import followup_timing as ft
from followup_timing import exceptions

BUILTIN_OF = {
    "AmbiguousDateError": ValueError,
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
    "InviteError": ValueError,
    "MissingDependencyError": ImportError,
    "NaiveDatetimeError": ValueError,
    "NoBusinessTimeError": LookupError,
    "PolicyError": ValueError,
    "TimeMissingError": ValueError,
    "UnknownCountryError": LookupError,
    "UnknownTimezoneError": LookupError,
    "WrongTypeError": TypeError,
    "ZoneAbbreviationError": ValueError,
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
    public = {
        n for n in exceptions.__all__ if n not in {"FollowupTimingError", "FollowupTimingWarning"}
    }
    assert public == set(BUILTIN_OF)


def test_one_wrong_type_error_under_its_three_old_names() -> None:
    """TimingTypeError, EmailTypeError and DraftTypeError are WrongTypeError itself."""
    assert ft.TimingTypeError is ft.EmailTypeError is ft.DraftTypeError is ft.WrongTypeError
    with pytest.raises(ft.EmailTypeError, match=r"^text must be a str .*got bytes\.$") as caught:
        ft.validate_email(b"Thanks")  # type: ignore[arg-type]
    assert (caught.value.what, caught.value.value) == ("text", b"Thanks")


def test_every_error_says_what_and_which_value() -> None:
    """Every error has ``what`` and ``value``, set when given and None otherwise."""
    assert ft.PolicyError("bad").what is None
    assert ft.PolicyError("bad").value is None
    error = ft.PolicyError("bad", what="TimingPolicy.min_delay", value=3)
    assert (error.what, error.value, str(error)) == ("TimingPolicy.min_delay", 3, "bad")
    assert ft.DatetimeParseError("soon", "no date").value == "soon"
    assert ft.UnknownTimezoneError("Mars/Base").value == "Mars/Base"
    assert ft.EmailConfigError("Rules.min_words", 0, "too small").what == "Rules.min_words"
    country = ft.UnknownCountryError("x", country="US", subdivision="ZZ", valid=["NY"])
    assert country.value == "ZZ"


@pytest.mark.parametrize("name", sorted(BUILTIN_OF))
def test_every_error_class_has_the_structured_attributes(name: str) -> None:
    """No error class lacks ``what`` or ``value``: programs never parse messages."""
    cls = getattr(exceptions, name)
    assert hasattr(cls, "what")
    assert hasattr(cls, "value")


def test_structured_attributes_survive_pickle() -> None:
    """``what`` and ``value`` set on an error come back from a pickle."""
    import pickle

    error = ft.PolicyError("bad", what="TimingPolicy.max_delay", value=3)
    clone = pickle.loads(pickle.dumps(error))
    assert (type(clone), clone.what, clone.value, str(clone)) == (
        ft.PolicyError,
        "TimingPolicy.max_delay",
        3,
        "bad",
    )
