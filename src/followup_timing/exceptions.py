"""Errors raised by :mod:`followup_timing`.

Every error derives from :class:`FollowupTimingError` *and* from the builtin it
corresponds to, so callers may catch either ``followup_timing.FollowupTimingError``
or, say, ``ValueError``.

Every error also says what was wrong in two attributes, so that programs (the command line
among them) never parse messages: :attr:`~FollowupTimingError.what`, the argument or field
that was given the bad value (``"TimingPolicy.min_delay"``, ``"Rules.disabled"``), and
:attr:`~FollowupTimingError.value`, the value itself. Either is ``None`` when the error is
not about one argument. A value of the wrong type, anywhere, is a :class:`WrongTypeError`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

__all__ = [
    "AmbiguousDateError",
    "CalendarError",
    "CalendarExportError",
    "DatetimeParseError",
    "DatetimeRangeError",
    "DraftError",
    "DraftTypeError",
    "EmailConfigError",
    "EmailInputError",
    "EmailTypeError",
    "FollowupTimingError",
    "FollowupTimingWarning",
    "InterviewError",
    "InviteError",
    "MissingDependencyError",
    "NaiveDatetimeError",
    "NoBusinessTimeError",
    "PolicyError",
    "TimeMissingError",
    "TimingTypeError",
    "UnknownCountryError",
    "UnknownTimezoneError",
    "WrongTypeError",
    "ZoneAbbreviationError",
]


class FollowupTimingError(Exception):
    """Root of every error this library raises on purpose.

    Every error pickles with its message and attributes, so one raised in a worker process
    (:class:`concurrent.futures.ProcessPoolExecutor`) reaches the caller intact.

    Attributes:
        what: the argument, field or option that was given a bad value
            (``"TimingPolicy.min_delay"``), or ``None`` when the error is not about one.
        value: the offending value, or ``None``.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0 every error has :attr:`what` and :attr:`value`.
    """

    # Class-level defaults: errors raised with a message only, and errors unpickled from
    # 0.1.0 (whose state lacks these), still answer both.
    what: str | None = None
    value: object = None

    def __reduce__(self) -> tuple[Any, ...]:
        # The default rebuilds with cls(*self.args), but the subclasses' __init__ take the
        # offending values, not the message: rebuild without calling __init__ instead.
        return (_rebuild_error, (type(self), self.args, self.__dict__))


def _rebuild_error(
    cls: type[FollowupTimingError], args: tuple[object, ...], state: dict[str, object]
) -> FollowupTimingError:
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


def _set_what(error: FollowupTimingError, what: str | None, value: object) -> None:
    # Only when given: an error's __dict__ stays what 0.1.0 pickled, so old pickles compare.
    if what is not None:
        error.what = what
    if value is not None:
        error.value = value


class NaiveDatetimeError(FollowupTimingError, ValueError):
    """A datetime without a time zone was given where an instant is needed.

    Naive datetimes are never guessed to be local time or UTC: the caller says
    which zone they mean.

    Attributes:
        value: the naive datetime.
        what: the name of the argument or field that received it.

    .. versionadded:: 0.1.0
    """

    def __init__(self, value: datetime, what: str, hint: str | None = None) -> None:
        self.value = value
        self.what = what
        if hint is None:
            hint = (
                "Attach the zone it is in, e.g. datetime(..., tzinfo=ZoneInfo('America/New_York'))."
            )
        super().__init__(
            f"{what} must be an aware datetime, got naive {value.isoformat()!r}. {hint}"
        )


class InterviewError(FollowupTimingError, ValueError):
    """An :class:`~followup_timing.Interview` was built from inconsistent values.

    .. versionadded:: 0.1.0
    """

    def __init__(self, *args: object, what: str | None = None, value: object = None) -> None:
        super().__init__(*args)
        _set_what(self, what, value)


class DatetimeParseError(FollowupTimingError, ValueError):
    """Text given to :meth:`~followup_timing.Interview.parse` is not a date and time.

    Attributes:
        text: the text that could not be read.

    .. versionadded:: 0.1.0
    """

    def __init__(self, text: str, reason: str, *, what: str | None = None) -> None:
        self.text = text
        super().__init__(f"cannot read {text!r} as a date and time: {reason}")
        _set_what(self, what, None)

    @property
    def value(self) -> object:  # type: ignore[override]  # derived from an older attribute
        """The text, as every error's :attr:`~FollowupTimingError.value`."""
        return self.text


class UnknownTimezoneError(FollowupTimingError, LookupError):
    """A time zone name is not in the IANA database.

    Attributes:
        name: the name given.
        suggestions: close matches among the known zone names, best first.

    .. versionadded:: 0.1.0
    """

    def __init__(
        self, name: object, suggestions: Iterable[str] = (), *, what: str | None = None
    ) -> None:
        _set_what(self, what, None)
        self.name = name
        self.suggestions = tuple(suggestions)
        hint = (
            f" Did you mean {', '.join(repr(s) for s in self.suggestions)}?"
            if self.suggestions
            else " Use an IANA name such as 'Europe/Berlin' (zoneinfo.available_timezones())."
        )
        super().__init__(f"unknown time zone {name!r}.{hint}")

    @property
    def value(self) -> object:  # type: ignore[override]  # derived from an older attribute
        """The zone name, as every error's :attr:`~FollowupTimingError.value`."""
        return self.name


class UnknownCountryError(FollowupTimingError, LookupError):
    """A country or subdivision code is not known to the ``holidays`` package.

    Attributes:
        country: the country code given.
        subdivision: the subdivision code given, or ``None``.
        valid: the valid choices (subdivisions of the country when the country is
            known, close country codes otherwise).

    .. versionadded:: 0.1.0
    """

    def __init__(
        self,
        message: str,
        *,
        country: str,
        subdivision: str | None,
        valid: Iterable[str],
        what: str | None = None,
    ) -> None:
        self.country = country
        self.subdivision = subdivision
        self.valid = tuple(valid)
        super().__init__(message)
        _set_what(self, what, None)

    @property
    def value(self) -> object:  # type: ignore[override]  # derived from an older attribute
        """The unknown code: the subdivision when one was given, else the country."""
        return self.subdivision if self.subdivision is not None else self.country


class CalendarError(FollowupTimingError, ValueError):
    """A :class:`~followup_timing.BusinessCalendar` was given an invalid rule.

    .. versionadded:: 0.1.0
    """

    def __init__(self, *args: object, what: str | None = None, value: object = None) -> None:
        super().__init__(*args)
        _set_what(self, what, value)


class PolicyError(FollowupTimingError, ValueError):
    """A :class:`~followup_timing.TimingPolicy` was given an invalid rule.

    .. versionadded:: 0.1.0
    """

    def __init__(self, *args: object, what: str | None = None, value: object = None) -> None:
        super().__init__(*args)
        _set_what(self, what, value)


class NoBusinessTimeError(FollowupTimingError, LookupError):
    """No business time exists within the search horizon of a calendar.

    Attributes:
        start: the instant the search started from.
        horizon_days: how many days were searched.

    .. versionadded:: 0.1.0
    """

    def __init__(
        self, start: datetime, horizon_days: int, detail: str = "", *, what: str | None = None
    ) -> None:
        _set_what(self, what, None)
        self.start = start
        self.horizon_days = horizon_days
        extra = f" {detail}" if detail else ""
        super().__init__(
            f"no business time within {horizon_days} days after {start.isoformat()}: "
            f"the calendar closes every day in that span.{extra} "
            f"Check its weekend, hours, closures and special_hours."
        )

    @property
    def value(self) -> object:  # type: ignore[override]  # derived from an older attribute
        """The start of the search, as every error's :attr:`~FollowupTimingError.value`."""
        return self.start


class DatetimeRangeError(FollowupTimingError, ValueError):
    """A result would fall outside the range ``datetime`` can represent.

    Attributes:
        start: the instant (or local date) the computation started from.

    .. versionadded:: 0.1.0
    """

    def __init__(
        self, start: datetime | date, what: str = "the send window", *, field: str | None = None
    ) -> None:
        # *what* names the result in words (it predates the attribute); *field* is the
        # argument, as every error's ``what``.
        _set_what(self, field, None)
        self.start = start
        super().__init__(
            f"{what} for {start.isoformat()} falls outside years 1 to 9999, the range "
            f"Python's datetime can represent in the calendar's zone."
        )

    @property
    def value(self) -> object:  # type: ignore[override]  # derived from an older attribute
        """The start, as every error's :attr:`~FollowupTimingError.value`."""
        return self.start


class EmailInputError(FollowupTimingError, ValueError):
    """A draft or message given to the validator cannot be read.

    .. versionadded:: 0.1.0
    """

    def __init__(self, *args: object, what: str | None = None, value: object = None) -> None:
        super().__init__(*args)
        _set_what(self, what, value)


class WrongTypeError(FollowupTimingError, TypeError):
    """A value of the wrong type was given, anywhere in the library (a string for a
    datetime, bytes for a draft).

    Attributes:
        value: the value given.
        what: the name of the argument or field that received it.
        expected: what was expected instead, in words.

    .. versionadded:: 0.2.0
       Replaces ``TimingTypeError``, ``EmailTypeError`` and ``DraftTypeError``, which
       remain as other names of this class.
    """

    def __init__(self, value: object, what: str, expected: str) -> None:
        self.value = value
        self.what = what
        self.expected = expected
        super().__init__(f"{what} must be {expected}, got {type(value).__name__}.")


#: Other names of :class:`WrongTypeError`, kept from 0.1.0.
TimingTypeError = WrongTypeError
EmailTypeError = WrongTypeError
DraftTypeError = WrongTypeError


class EmailConfigError(FollowupTimingError, ValueError):
    """A :class:`~followup_timing.Rules` or :class:`~followup_timing.EmailContext` was
    given an invalid value.

    Attributes:
        what: the name of the field.
        value: the value given.

    .. versionadded:: 0.1.0
    """

    def __init__(self, what: str, value: object, reason: str) -> None:
        self.what = what
        self.value = value
        super().__init__(f"{what}={value!r} is invalid: {reason}")


class MissingDependencyError(FollowupTimingError, ImportError):
    """An optional feature needs a package that is not installed.

    Attributes:
        name: the missing module, as for :class:`ImportError`.
        extra: the ``followup-timing`` extra that installs it.
        feature: what needed it, in words.

    .. versionadded:: 0.1.0
    """

    def __init__(self, package: str, *, extra: str, feature: str) -> None:
        self.extra = extra
        self.feature = feature
        super().__init__(
            f"{feature} needs the {package!r} package, which is not installed. "
            f"Install it with: pip install followup-timing[{extra}]",
            name=package,
        )

    @property
    def value(self) -> object:  # type: ignore[override]  # derived from an older attribute
        """The missing package's name."""
        return self.name


class CalendarExportError(FollowupTimingError, ValueError):
    """:meth:`~followup_timing.SendWindow.to_ics` was given an invalid option.

    .. versionadded:: 0.1.0
    """

    def __init__(self, *args: object, what: str | None = None, value: object = None) -> None:
        super().__init__(*args)
        _set_what(self, what, value)


class DraftError(FollowupTimingError, ValueError):
    """:func:`~followup_timing.draft_email` cannot write a draft from what it was given.

    A fact the template needs is missing or unusable (no company, no interviewer to
    thank, a name that is still ``[Your Name]``), a caller's template is malformed, or
    the result would not pass :func:`~followup_timing.validate_email`. No draft with a
    gap or a placeholder in it is ever returned.

    Attributes:
        what: the fact or template part at fault, e.g. ``"context.company"`` or
            ``"templates[('thank_you', 'warm')]['body']"``.
        value: the value given, or ``None`` when the fact is missing.

    .. versionadded:: 0.1.0
    """

    def __init__(self, message: str, *, what: str, value: object = None) -> None:
        self.what = what
        self.value = value
        super().__init__(message)

    @classmethod
    def missing(cls, what: str, *, draft: str, needs: str, fix: str) -> DraftError:
        """A fact the template uses was not given."""
        return cls(f"{draft} needs {needs}, but {what} is not given. {fix}", what=what)

    @classmethod
    def invalid(cls, what: str, value: object, reason: str, fix: str) -> DraftError:
        """A fact was given, but cannot be used as it is."""
        return cls(f"{what}={value!r} {reason}. {fix}.", what=what, value=value)

    @classmethod
    def template(cls, what: str, value: object, problem: str) -> DraftError:
        """A caller's template, or the draft it renders, is not usable."""
        return cls(
            f"{what} {problem}. See followup_timing.DRAFT_TEMPLATES for the structure of a "
            f"template and TEMPLATE_FIELDS for the fields it may use.",
            what=what,
            value=value,
        )


# --- Facts a new user leaves out or mistypes (issue 12) -----------------------------------

_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def _spelled(day: date) -> str:
    return f"{day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"


class FollowupTimingWarning(UserWarning):
    """An answer was computed, but from facts that look mistaken.

    Issued with ``warnings.warn`` when, say, the recipient's zone is not one of the zones
    of the country whose holidays apply, or a zone name ignores daylight saving time.
    Turn it into an error with ``warnings.simplefilter("error", FollowupTimingWarning)``.

    Attributes:
        code: what looks mistaken: ``"zone-not-in-country"`` or ``"legacy-zone"``.
        problem: what was noticed, in words.
        fix: what to do about it, in the API's words.
        zones: IANA zones that would fit better, best first.

    .. versionadded:: 0.1.0
    """

    def __init__(self, problem: str, fix: str, *, code: str, zones: Iterable[str] = ()) -> None:
        self.code = code
        self.problem = problem
        self.fix = fix
        self.zones = tuple(zones)
        super().__init__(f"{problem}; {fix}" if fix else problem)


class AmbiguousDateError(DatetimeParseError):
    """A numeric date reads as two different days (``03/04/2026``: 3 April or 4 March).

    Attributes:
        text: the text given.
        day_first: the date when the first number is the day.
        month_first: the date when the first number is the month.

    .. versionadded:: 0.1.0
    """

    def __init__(self, text: str, *, day_first: date, month_first: date) -> None:
        self.day_first = day_first
        self.month_first = month_first
        super().__init__(
            text,
            f"the date is ambiguous: {_spelled(day_first)} (day first) or "
            f"{_spelled(month_first)} (month first). Pass dayfirst=True or dayfirst=False, "
            f"or write it year first: {day_first.isoformat()} or {month_first.isoformat()}",
        )


class TimeMissingError(DatetimeParseError):
    """A date was given where the end of an interview, a date *and* a time, is needed.

    Attributes:
        text: the text given.
        day: the date it names.

    .. versionadded:: 0.1.0
    """

    def __init__(self, text: str, *, day: date) -> None:
        self.day = day
        super().__init__(
            text,
            f"it names a day ({_spelled(day)}) but no time, and the end of an interview "
            f"needs one: add the time it ended (e.g. '{day.isoformat()} 15:00'), or pass "
            f"allow_date_only=True to read it as 23:59, the latest it can have ended",
        )


class ZoneAbbreviationError(DatetimeParseError):
    """The text names its zone by an abbreviation ("EST", "IST"), which is no zone.

    Attributes:
        text: the text given.
        abbreviation: the abbreviation found in it.
        zones: IANA zones of the places that use the abbreviation around that date.
        zone: the zone the caller gave, when its own abbreviation then differs.
        zone_uses: what *zone* uses then instead (``"EDT"``), or ``None``.

    .. versionadded:: 0.1.0
    """

    def __init__(
        self,
        text: str,
        *,
        abbreviation: str,
        zones: Iterable[str],
        zone: str | None = None,
        zone_uses: str | None = None,
    ) -> None:
        self.abbreviation = abbreviation
        self.zones = tuple(zones)
        self.zone = zone
        self.zone_uses = zone_uses
        if zone is not None:
            reason = (
                f"{abbreviation} does not match {zone}, which uses {zone_uses} then. Drop "
                f"{abbreviation} from the text (the zone decides) or write the UTC offset"
            )
        else:
            used_by = (
                f": around that date it is used by {', '.join(self.zones)}" if self.zones else ""
            )
            reason = (
                f"{abbreviation} is an abbreviation, not a time zone{used_by}. Drop it and "
                f"pass tz='Area/City' (an IANA name), or write the UTC offset (e.g. '-05:00')"
            )
        super().__init__(text, reason)


class InviteError(FollowupTimingError, ValueError):
    """A calendar invite cannot be read as one interview (:meth:`Interview.from_ics
    <followup_timing.Interview.from_ics>`).

    Attributes:
        reason: what is wrong, as a stable code for programs: ``"malformed"``,
            ``"no-event"``, ``"several-events"``, ``"unknown-event"``, ``"all-day"``,
            ``"floating"``, ``"recurring"``, ``"cancelled"``, ``"no-end"`` or
            ``"unknown-zone"``.
        uid: the UID of the event at fault, when there is one.
        events: for ``"several-events"`` and ``"unknown-event"``, one line per event in
            the file (index, UID, summary, start), to choose from with ``event=``.
        what: ``"event"`` when the event to read is not one of the file's, else ``"data"``.
        value: the ``event=`` given, for ``"unknown-event"``.

    .. versionadded:: 0.2.0
    """

    def __init__(
        self,
        message: str,
        *,
        reason: str,
        uid: str | None = None,
        events: Iterable[str] = (),
        what: str = "data",
        value: object = None,
    ) -> None:
        self.reason = reason
        self.uid = uid
        self.events = tuple(events)
        super().__init__(message)
        _set_what(self, what, value)
