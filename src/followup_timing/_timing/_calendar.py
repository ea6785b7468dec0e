"""The recipient's working calendar: which local dates are business days, and their hours."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, time, tzinfo
from typing import Any, TypeGuard

import attrs

from followup_timing._frozenmap import FrozenMap
from followup_timing._timing import _facts
from followup_timing._timing._countries import infer_country
from followup_timing._timing._holidays import (
    CountryHolidays,
    canonical_subdivision,
    country_holidays,
    supported_countries,
)
from followup_timing._timing._zones import canonical_zone, resolve_zone, zone_name
from followup_timing._validators import accepts, instance_of
from followup_timing.exceptions import CalendarError

Hours = tuple[time, time]
HoursSpec = Hours | Mapping[int, Hours]

#: As a closing time, midnight is the end of the day (24:00), not its start.
MIDNIGHT = time(0)

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _check_hours(value: object, what: str) -> Hours:
    """Validate one ``(open, close)`` pair of naive clock times with open < close."""
    if not isinstance(value, (tuple, list)) or len(value) != 2:
        raise CalendarError(f"{what} must be an (open, close) pair of datetime.time, got {value!r}")
    opening, closing = value
    for label, moment in (("open", opening), ("close", closing)):
        if not isinstance(moment, time):
            raise CalendarError(
                f"{what}: {label} must be a datetime.time, got {type(moment).__name__} {moment!r}"
            )
        if moment.tzinfo is not None:
            raise CalendarError(
                f"{what}: {label} {moment!r} carries a tzinfo; business hours are local clock "
                f"times in the calendar's zone, so give a plain time such as time(9)."
            )
    if closing != MIDNIGHT and not opening < closing:
        overnight = (
            " Overnight hours are one span per day: give the evening as (time(22), time(0)) "
            "and the morning after as the next weekday's (time(0), time(6)) in an hours "
            "mapping."
            if closing < opening
            else ""
        )
        raise CalendarError(
            f"{what}: open {opening.isoformat()} must be before close {closing.isoformat()} "
            f"on the same local day (hours are [open, close); close with time(0) for "
            f"midnight, the end of the day).{overnight}"
        )
    return (opening, closing)


def _to_hours(value: HoursSpec) -> HoursSpec:
    if isinstance(value, Mapping):
        by_weekday: dict[int, Hours] = {}
        for weekday, pair in value.items():
            _check_weekday(weekday, "hours")
            by_weekday[weekday] = _check_hours(pair, f"hours[{weekday}]")
        return FrozenMap(by_weekday)
    return _check_hours(value, "hours")


def _check_weekday(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 6:
        raise CalendarError(
            f"{what}: weekdays are integers 0 (Monday) to 6 (Sunday), got {value!r}"
        )
    return value


def _to_weekend(value: Iterable[int] | None) -> frozenset[int] | None:
    if value is None:
        return None
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise CalendarError(
            f"weekend must be an iterable of weekday numbers (0 = Monday), got {value!r}"
        )
    return frozenset(_check_weekday(day, "weekend") for day in value)


def _is_plain_date(value: object) -> TypeGuard[date]:
    # datetime is a subclass of date, and a datetime here almost certainly means confusion
    # about zones: refuse it rather than silently take its wall-clock date.
    return isinstance(value, date) and not isinstance(value, datetime)


def _check_date(value: object, what: str) -> date:
    if not _is_plain_date(value):
        raise CalendarError(f"{what} must hold datetime.date values, got {value!r}")
    return value


def _to_date_set(value: Iterable[date]) -> frozenset[date]:
    # The type the API reference shows; the validator refuses what is not collected here.
    collected: frozenset[date] = _collect(value)
    return collected


def _collect(value: object) -> Any:
    """An iterable of items as a frozenset; anything else is left for the validator.

    An unhashable item leaves a tuple, so that the validator names that item rather than
    ``frozenset()`` raising a bare TypeError.
    """
    if isinstance(value, (str, bytes, date)) or not isinstance(value, Iterable):
        return value
    items = tuple(value)
    try:
        return frozenset(items)
    except TypeError:
        return items


def _not_dates(name: str, value: object) -> CalendarError:
    return CalendarError(f"{name} must be an iterable of datetime.date, got {value!r}")


def _not_a_date(name: str, value: object) -> CalendarError:
    return CalendarError(f"{name} must hold datetime.date values, got {value!r}")


_DATES = attrs.validators.deep_iterable(
    member_validator=accepts(_is_plain_date, _not_a_date),
    iterable_validator=instance_of((frozenset, tuple), _not_dates),
)


def _to_special_hours(value: Mapping[date, Hours | None]) -> FrozenMap[date, Hours | None]:
    if not isinstance(value, Mapping):
        raise CalendarError(
            f"special_hours must be a mapping date -> (open, close) or None, got {value!r}"
        )
    return FrozenMap(
        {
            _check_date(day, "special_hours"): (
                None if pair is None else _check_hours(pair, f"special_hours[{day}]")
            )
            for day, pair in value.items()
        }
    )


def _to_zone(value: str | tzinfo | None) -> tzinfo | None:
    return None if value is None else resolve_zone(value)


#: ``country=AUTO`` reads the country from the calendar's zone (``zone.tab``).
AUTO = "auto"


def _to_country(value: str | None) -> str | None:
    # Only a string is normalised; anything else is left for the validator to refuse.
    if not isinstance(value, str):
        return value
    if value.strip().lower() == AUTO:
        return AUTO
    return value.strip().upper()


def _not_a_code(_field: str, value: object) -> CalendarError:
    return CalendarError(f"country must be an ISO 3166-1 alpha-2 code string, got {value!r}")


_COUNTRY = attrs.validators.optional(instance_of(str, _not_a_code))


def _to_subdivision(value: str | None, calendar: BusinessCalendar) -> str | None:
    # Converters run before validators: a country of the wrong type is refused there.
    if value is None or not isinstance(calendar.country, str) or not isinstance(value, str):
        return value
    return canonical_subdivision(calendar.country, value)


def _to_categories(value: str | Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        value = (value,)
    categories = tuple(value)
    if not categories or not all(isinstance(c, str) and c for c in categories):
        raise CalendarError(
            f"holiday_categories must be non-empty category names such as ('public',), "
            f"got {value!r}"
        )
    return categories


@attrs.frozen(kw_only=True, cache_hash=True)
class BusinessCalendar:
    """The recipient's working calendar.

    A local date is a business day when it has hours and is not a weekend day, a
    public holiday or a company closure (``extra_workdays`` override all of that).
    Business time is the ``[open, close)`` clock interval of a business day, in the
    calendar's zone.

    Args:
        timezone: IANA zone name or zone object the recipient works in (a pytz or
            dateutil zone is read as the IANA zone it names); ``None`` uses the zone of
            the interview's ``ended_at``.
        country: ISO 3166-1 alpha-2 code whose public holidays (and weekend) apply;
            ``"auto"`` for the country of ``timezone`` in tzdata's ``zone.tab`` (stated in
            ``explain()``); ``None`` for no public holidays.
        subdivision: the country's subdivision code (a state, province, ...), or ``None``.
        holiday_categories: the ``holidays`` package categories counted as days off.
        weekend: weekday numbers (0 = Monday) off every week; ``None`` uses the
            country's weekend as it was on each date, or Saturday-Sunday with no country.
        hours: one ``(open, close)`` pair of :class:`datetime.time` for every business
            day, or a mapping weekday -> pair in which a missing weekday is closed. A
            closing time of ``time(0)`` means midnight at the end of the day (24:00).
        special_hours: date -> pair replacing that date's hours, or ``None`` to close it.
        closures: dates that are not business days (company holidays).
        extra_workdays: dates that are business days whatever else says.

    Raises:
        CalendarError: an invalid rule, or rules under which no day can ever be a
            business day.
        UnknownTimezoneError: ``timezone`` is not an IANA zone name.
        UnknownCountryError: ``country`` or ``subdivision`` is unknown to ``holidays``.

    Warns:
        FollowupTimingWarning: ``timezone`` is a legacy name such as ``"EST"`` (a fixed
            offset all year), or not one of the zones of ``country``.

    >>> from followup_timing import BusinessCalendar
    >>> BusinessCalendar(timezone="Europe/London", country="auto").country
    'GB'
    >>> from datetime import time
    >>> cal = BusinessCalendar(timezone="Asia/Jerusalem", country="IL",
    ...                        hours={6: (time(9), time(17)), 0: (time(9), time(17))})
    >>> cal.country, sorted(cal.hours)
    ('IL', [0, 6])

    .. versionadded:: 0.1.0
    """

    timezone: tzinfo | None = attrs.field(default=None, converter=_to_zone)
    country: str | None = attrs.field(default=None, converter=_to_country, validator=_COUNTRY)
    subdivision: str | None = attrs.field(
        # mypy's attrs plugin does not model Converter(takes_self=True) yet.
        default=None,
        converter=attrs.Converter(_to_subdivision, takes_self=True),  # type: ignore[misc,call-overload]
    )
    holiday_categories: tuple[str, ...] = attrs.field(default=("public",), converter=_to_categories)
    weekend: frozenset[int] | None = attrs.field(default=None, converter=_to_weekend)
    hours: HoursSpec = attrs.field(default=(time(9), time(17)), converter=_to_hours)
    special_hours: Mapping[date, Hours | None] = attrs.field(
        factory=dict, converter=_to_special_hours
    )
    closures: frozenset[date] = attrs.field(
        factory=frozenset, converter=_to_date_set, validator=_DATES
    )
    extra_workdays: frozenset[date] = attrs.field(
        factory=frozenset, converter=_to_date_set, validator=_DATES
    )
    _inferred_from: str | None = attrs.field(
        init=False, default=None, eq=False, repr=False, hash=False
    )

    def __attrs_post_init__(self) -> None:
        if self.country == AUTO:
            self._infer_country()
        if self.subdivision is not None and self.country is None:
            raise CalendarError(
                f"subdivision {self.subdivision!r} given without a country; "
                f"pass country='XX' as well."
            )
        # Looking the country up refuses unknown codes now rather than at the first window.
        self._country_holidays()
        self._refuse_calendars_without_business_days()
        if self.timezone is not None:
            # Construction runs __init__ then this method: the user's call is 3 frames up.
            checked = None if self._inferred_from is not None else self.country
            _facts.warn(_facts.zone_warnings(self.timezone, checked), stacklevel=3)

    @property
    def country_inferred_from(self) -> str | None:
        """With ``country="auto"``, the name of the zone the country was read from.

        >>> from followup_timing import BusinessCalendar
        >>> BusinessCalendar(timezone="Europe/London", country="auto").country_inferred_from
        'Europe/London'
        >>> BusinessCalendar(country="GB").country_inferred_from is None
        True
        """
        # Calendars pickled before 0.2.0 have no such slot: their country was given.
        return getattr(self, "_inferred_from", None)

    def _infer_country(self) -> None:
        if self.timezone is None:
            raise CalendarError(
                "country='auto' reads the country from timezone, but timezone is None: give "
                "the recipient's zone as well, or a country code such as 'US'."
            )
        guess = infer_country(self.timezone)
        known = guess is not None and guess.country in supported_countries()
        country = guess.country if guess is not None and known else None
        object.__setattr__(self, "_inferred_from", zone_name(self.timezone))
        object.__setattr__(self, "country", country)
        if country is not None and isinstance(self.subdivision, str):
            # The subdivision's converter ran while the country was still "auto".
            object.__setattr__(
                self, "subdivision", canonical_subdivision(country, self.subdivision)
            )

    def _country_holidays(self) -> CountryHolidays | None:
        """The shared, cached holiday data of this calendar's country, or ``None``."""
        if self.country is None:
            return None
        return country_holidays(self.country, self.subdivision, self.holiday_categories)

    def _refuse_calendars_without_business_days(self) -> None:
        open_weekdays = {wd for wd in range(7) if self.weekday_hours(wd) is not None}
        special_open = {day.weekday() for day, pair in self.special_hours.items() if pair}
        if not open_weekdays and not special_open:
            raise CalendarError(
                "hours leave every weekday closed and no special_hours opens a date: "
                "no day can ever be a business day."
            )
        # With a country, its own weekend and weekend_workdays decide; without one, the
        # weekend is the given one or Saturday-Sunday.
        weekend = self.weekend if self.weekend is not None else frozenset({5, 6})
        if (
            self.country is None
            and not self.extra_workdays
            and open_weekdays | special_open <= weekend
        ):
            raise CalendarError(
                f"every weekday with hours is in the weekend ({sorted(weekend)}) and there are "
                f"no extra_workdays: no day can ever be a business day."
            )

    # Rules for one local date -------------------------------------------------------

    def weekday_hours(self, weekday: int) -> Hours | None:
        """The regular hours of *weekday* (0 = Monday), or ``None`` when it is closed.

        >>> from followup_timing import BusinessCalendar
        >>> BusinessCalendar().weekday_hours(6)
        (datetime.time(9, 0), datetime.time(17, 0))
        """
        if isinstance(self.hours, Mapping):
            return self.hours.get(weekday)
        return self.hours

    def hours_on(self, day: date) -> Hours | None:
        """The ``(open, close)`` clock hours of *day*, ignoring whether it is a business day.

        >>> from followup_timing import BusinessCalendar
        >>> from datetime import date, time
        >>> cal = BusinessCalendar(special_hours={date(2026, 12, 24): (time(9), time(12))})
        >>> cal.hours_on(date(2026, 12, 24))
        (datetime.time(9, 0), datetime.time(12, 0))
        """
        if day in self.special_hours:
            return self.special_hours[day]
        return self.weekday_hours(day.weekday())

    def closed_reason(self, day: date) -> str | None:
        """Why *day* is not a business day, in words, or ``None`` when it is one.

        >>> from followup_timing import BusinessCalendar
        >>> from datetime import date
        >>> BusinessCalendar().closed_reason(date(2026, 11, 28))
        'a weekend day'
        >>> BusinessCalendar().closed_reason(date(2026, 11, 27)) is None
        True
        """
        if self.hours_on(day) is None:
            if day in self.special_hours:
                return "closed by special_hours"
            return f"closed on {WEEKDAY_NAMES[day.weekday()]}s (no business hours)"
        if day in self.extra_workdays:
            return None
        return self.day_off_reason(day)

    def day_off_reason(self, day: date) -> str | None:
        """Why *day* would be a day off were it not in ``extra_workdays``, or ``None``.

        A closure, a public holiday or a weekend day; a date's missing hours are not
        counted here, since ``extra_workdays`` cannot give a date hours.

        >>> from followup_timing import BusinessCalendar
        >>> from datetime import date
        >>> cal = BusinessCalendar(country="US", extra_workdays=[date(2026, 11, 26)])
        >>> cal.day_off_reason(date(2026, 11, 26)), cal.is_business_day(date(2026, 11, 26))
        ('Thanksgiving Day, a public holiday in US', True)
        """
        if day in self.closures:
            return "a company closure"
        holiday = self.holiday_name(day)
        if holiday is not None:
            return f"{holiday}, a public holiday in {self.region}"
        if self.is_weekend(day) and not self.is_weekend_workday(day):
            return "a weekend day"
        return None

    def is_business_day(self, day: date) -> bool:
        """Whether *day* is a business day (rule 1 of the timing rules).

        >>> from followup_timing import BusinessCalendar
        >>> from datetime import date
        >>> cal = BusinessCalendar(country="US", subdivision="NY")
        >>> cal.is_business_day(date(2026, 11, 26))  # Thanksgiving
        False
        """
        return self.closed_reason(day) is None

    def holiday_name(self, day: date) -> str | None:
        """The name of the public holiday on *day*, or ``None``.

        >>> from followup_timing import BusinessCalendar
        >>> from datetime import date
        >>> BusinessCalendar(country="US", subdivision="NY").holiday_name(date(2027, 12, 31))
        "New Year's Day (observed)"
        """
        holidays = self._country_holidays()
        if holidays is None:
            return None
        return holidays.year(day.year).names.get(day)

    def is_weekend(self, day: date) -> bool:
        """Whether *day* is a weekend day under this calendar's rule.

        With ``weekend=None`` and a country, the country's weekend *on that date* applies:
        the UAE moved from Friday-Saturday to Saturday-Sunday in 2022.

        >>> from followup_timing import BusinessCalendar
        >>> from datetime import date
        >>> uae = BusinessCalendar(country="AE")
        >>> uae.is_weekend(date(2021, 12, 31)), uae.is_weekend(date(2022, 1, 2))
        (True, True)
        """
        if self.weekend is not None:
            return day.weekday() in self.weekend
        holidays = self._country_holidays()
        if holidays is not None:
            return holidays.is_weekend(day)
        return day.weekday() >= 5

    def is_weekend_workday(self, day: date) -> bool:
        """Whether *day* is a weekend day the country works (a make-up working day).

        >>> from followup_timing import BusinessCalendar
        >>> from datetime import date
        >>> BusinessCalendar(country="CN").is_weekend_workday(date(2025, 9, 28))
        True
        """
        holidays = self._country_holidays()
        if holidays is None:
            return False
        return day in holidays.year(day.year).weekend_workdays

    def holiday_data_gaps(self, year: int) -> tuple[str, ...]:
        """What the ``holidays`` package reports missing from its data for *year*.

        India's lunar holidays, for example, are only computed for 2001-2035; outside
        those years the package warns, and the warning is kept here instead.

        >>> from followup_timing import BusinessCalendar
        >>> BusinessCalendar(country="IN").holiday_data_gaps(2040)
        ('Requested Holidays are available only from 2001 to 2035.',)
        >>> BusinessCalendar(country="IN").holiday_data_gaps(2026)
        ()
        """
        holidays = self._country_holidays()
        if holidays is None:
            return ()
        return holidays.year(year).gaps

    def holidays_cover(self, year: int) -> bool:
        """Whether the holiday data covers *year*; ``True`` with no country.

        >>> from followup_timing import BusinessCalendar
        >>> BusinessCalendar(country="US").holidays_cover(2101)
        False
        """
        holidays = self._country_holidays()
        if holidays is None:
            return True
        return holidays.start_year <= year <= holidays.end_year

    @property
    def region(self) -> str:
        """``"US-NY"``-style label of the holiday region, or ``""``.

        >>> from followup_timing import BusinessCalendar
        >>> BusinessCalendar(country="au", subdivision="NSW").region
        'AU-NSW'
        """
        if self.country is None:
            return ""
        return f"{self.country}-{self.subdivision}" if self.subdivision else self.country

    def zone_for(self, ended_at: datetime) -> tzinfo:
        """The zone whose wall clock the rules follow for an interview ending at *ended_at*.

        >>> from followup_timing import BusinessCalendar
        >>> from datetime import datetime
        >>> from zoneinfo import ZoneInfo
        >>> ended = datetime(2026, 11, 25, 15, tzinfo=ZoneInfo("America/Los_Angeles"))
        >>> BusinessCalendar().zone_for(ended)
        zoneinfo.ZoneInfo(key='America/Los_Angeles')
        >>> BusinessCalendar(timezone="Pacific/Auckland").zone_for(ended)
        zoneinfo.ZoneInfo(key='Pacific/Auckland')
        """
        if self.timezone is not None:
            return self.timezone
        assert ended_at.tzinfo is not None
        return canonical_zone(ended_at.tzinfo)
