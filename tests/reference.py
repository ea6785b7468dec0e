"""A slow, literal reference for the timing rules of issue 2 ("Semantics" 1-8).

Everything here is written straight from the issue text and walks UTC instants one minute
at a time; it is meant to be obviously correct, not fast. It takes plain parameters and never
imports :mod:`followup_timing`'s own classes, so the engine and this file can only agree by
both following the text.

Exactness: the rules are stated on instants, and this walk only looks at whole minutes. It is
exact when ``ended_at``, every hour bound and every delay sit on whole minutes and the zone's
offsets are whole minutes (true for every IANA zone between 1995 and 2060). Anything else is
refused with ``ValueError`` rather than answered approximately.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import Any, Literal

import holidays

__all__ = [
    "HORIZON",
    "MINUTE",
    "Hours",
    "ReferenceBudgetError",
    "ReferenceCalendar",
    "ReferenceNoBusinessTimeError",
    "ReferencePolicy",
    "ReferenceWindow",
    "advance",
    "is_business_day",
    "is_business_time",
    "reference_status",
    "reference_window",
    "weekdays_open",
]

MINUTE = timedelta(minutes=1)
HORIZON = timedelta(days=366)
SAT_SUN = frozenset({5, 6})

Hours = tuple[time, time]
Counting = Literal["business_days", "calendar"]


class ReferenceBudgetError(Exception):
    """The walk needed more minutes than the caller allowed (tests skip such examples)."""


class ReferenceNoBusinessTimeError(Exception):
    """Rule 8: no business time within 366 days of where a search started."""


@dataclass(frozen=True)
class ReferenceCalendar:
    """The calendar's rules as plain values: the keywords of ``BusinessCalendar``.

    ``zone`` is a ``tzinfo`` or ``None`` (the zone of ``ended_at``); ``hours`` is one pair for
    every weekday or a mapping weekday -> pair (a missing weekday is closed).
    """

    zone: tzinfo | None = None
    country: str | None = None
    subdivision: str | None = None
    holiday_categories: tuple[str, ...] = ("public",)
    weekend: frozenset[int] | None = None
    hours: Hours | Mapping[int, Hours] = (time(9), time(17))
    special_hours: Mapping[date, Hours | None] = field(default_factory=dict)
    closures: frozenset[date] = frozenset()
    extra_workdays: frozenset[date] = frozenset()


@dataclass(frozen=True)
class ReferencePolicy:
    """The policy's rules as plain values: the keywords of ``TimingPolicy``."""

    min_delay: timedelta = timedelta(hours=24)
    max_delay: timedelta = timedelta(hours=48)
    counting: Counting = "business_days"
    preferred_hours: Hours | None = (time(9), time(11))


@dataclass(frozen=True)
class ReferenceWindow:
    """What the reference computed; every datetime is in the calendar's zone."""

    raw_open: datetime
    raw_close: datetime
    opens: datetime
    closes: datetime
    recommended: datetime


class _Rules:
    """Rules 1 and 2 for one calendar in one zone, with a step budget shared by all walks."""

    def __init__(self, calendar: ReferenceCalendar, zone: tzinfo, budget: int) -> None:
        self.calendar = calendar
        self.zone = zone
        self.budget = budget
        self._country: dict[int, Any] = {}
        self._business_day: dict[date, bool] = {}

    def tick(self) -> None:
        """Spend one minute of the budget."""
        self.budget -= 1
        if self.budget < 0:
            raise ReferenceBudgetError

    def local(self, instant: datetime) -> datetime:
        """The instant's local date and clock time in the calendar's zone."""
        return instant.astimezone(self.zone)

    def country_for(self, d: date) -> Any:
        """The ``holidays`` object of the country, populated for d's year and its neighbours."""
        if d.year not in self._country:
            c = self.calendar
            assert c.country is not None
            self._country[d.year] = holidays.country_holidays(
                c.country,
                subdiv=c.subdivision,
                categories=c.holiday_categories,
                years=[d.year - 1, d.year, d.year + 1],
            )
        return self._country[d.year]

    def hours_of(self, d: date) -> Hours | None:
        """Rule 1's "hours": its special_hours entry if there is one, else its weekday's."""
        c = self.calendar
        if d in c.special_hours:
            return c.special_hours[d]
        if isinstance(c.hours, Mapping):
            return c.hours.get(d.weekday())
        return c.hours

    def is_weekend(self, d: date) -> bool:
        """The weekend on date d: the explicit one, else the country's own, else Sat-Sun."""
        c = self.calendar
        if c.weekend is not None:
            return d.weekday() in c.weekend
        if c.country is not None:
            return bool(self.country_for(d).is_weekend(d))
        return d.weekday() in SAT_SUN

    def is_holiday(self, d: date) -> bool:
        """d is a holiday of the country (always False without a country)."""
        return self.calendar.country is not None and d in self.country_for(d)

    def is_weekend_workday(self, d: date) -> bool:
        """d is one of the ``holidays`` package's weekend_workdays for the country."""
        if self.calendar.country is None:
            return False
        return d in self.country_for(d).weekend_workdays

    def is_business_day(self, d: date) -> bool:
        """Rule 1, word for word."""
        if d not in self._business_day:
            c = self.calendar
            self._business_day[d] = self.hours_of(d) is not None and (
                d in c.extra_workdays
                or (
                    d not in c.closures
                    and not self.is_holiday(d)
                    and (not self.is_weekend(d) or self.is_weekend_workday(d))
                )
            )
        return self._business_day[d]

    def is_business_time(self, instant: datetime) -> bool:
        """Rule 2: the local date is a business day and the clock time is in [open, close)."""
        local = self.local(instant)
        d = local.date()
        if not self.is_business_day(d):
            return False
        hours = self.hours_of(d)
        assert hours is not None
        # A closing time(0) is midnight at the end of the day (24:00).
        return hours[0] <= local.time() and (hours[1] == time(0) or local.time() < hours[1])

    def first_business_time(self, start: datetime) -> datetime:
        """The first business-time instant at or after start (rule 8's horizon applies)."""
        t = start
        while not self.is_business_time(t):
            self.tick()
            t += MINUTE
            if t - start > HORIZON:
                raise ReferenceNoBusinessTimeError(start)
        return t


def _whole_minute(value: datetime, what: str) -> datetime:
    """The instant in UTC, refusing what a minute walk cannot answer exactly."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{what} must be aware")
    utc = value.astimezone(timezone.utc)
    if utc.second or utc.microsecond:
        raise ValueError(f"{what} must sit on a whole minute, got {value.isoformat()}")
    return utc


def _minutes(delta: timedelta, what: str) -> int:
    if delta < timedelta(0) or delta % MINUTE:
        raise ValueError(f"{what} must be a non-negative whole number of minutes")
    return delta // MINUTE


def _advance(rules: _Rules, start: datetime, delay: timedelta, counting: Counting) -> datetime:
    """Rule 3's ``advance`` on a UTC instant on a whole minute."""
    needed = _minutes(delay, "delay")
    if counting == "calendar":
        return start + needed * MINUTE
    # "business_days": the clock only runs while the local date is a business day.
    t = start
    counted = 0
    since_counted = timedelta(0)
    while counted < needed:
        rules.tick()
        if rules.is_business_day(rules.local(t).date()):
            counted += 1
            since_counted = timedelta(0)
        else:
            since_counted += MINUTE
            if since_counted > HORIZON:
                raise ReferenceNoBusinessTimeError(start)
        t += MINUTE
    return t


def advance(
    ended_at: datetime,
    delay: timedelta,
    *,
    calendar: ReferenceCalendar,
    counting: Counting,
    budget: int = 10**6,
) -> datetime:
    """Rule 3: the earliest instant at which the counted time since ended_at reaches delay.

    Returned in the calendar's zone.
    """
    zone = calendar.zone if calendar.zone is not None else ended_at.tzinfo
    assert zone is not None
    rules = _Rules(calendar, zone, budget)
    start = _whole_minute(ended_at, "ended_at")
    return rules.local(_advance(rules, start, delay, counting))


def _check_hours(pair: Hours | None, what: str) -> None:
    if pair is None:
        return
    for bound in pair:
        if bound.second or bound.microsecond or bound.tzinfo is not None:
            raise ValueError(f"{what} must be naive whole-minute times, got {pair}")


def reference_window(
    ended_at: datetime,
    *,
    calendar: ReferenceCalendar,
    policy: ReferencePolicy,
    budget: int = 10**6,
) -> ReferenceWindow:
    """Rules 3-6 by walking UTC minutes; every result is in the calendar's zone.

    Raises:
        ReferenceBudgetError: the walk needed more than ``budget`` minutes.
        ReferenceNoBusinessTimeError: rule 8.
        ValueError: an input the minute walk cannot answer exactly.
    """
    zone = calendar.zone if calendar.zone is not None else ended_at.tzinfo
    assert zone is not None
    hour_pairs = (
        calendar.hours.values() if isinstance(calendar.hours, Mapping) else [calendar.hours]
    )
    for pair in [*hour_pairs, *calendar.special_hours.values(), policy.preferred_hours]:
        _check_hours(pair, "hours")
    rules = _Rules(calendar, zone, budget)
    start = _whole_minute(ended_at, "ended_at")
    offset = start.astimezone(zone).utcoffset()
    if offset is None or offset % MINUTE:
        raise ValueError("the calendar's zone must have whole-minute offsets")

    # Rule 3.
    raw_open = _advance(rules, start, policy.min_delay, policy.counting)
    raw_close = _advance(rules, start, policy.max_delay, policy.counting)

    # Rule 4: the first business-time instant at or after raw_open.
    opens = rules.first_business_time(raw_open)

    # Rule 5.
    if opens < raw_close:
        # Business time lies in [opens, raw_close) (opens itself is business time). The last
        # stretch starting before raw_close contains the last business minute before raw_close;
        # that stretch ends right after that minute, or is cut at raw_close.
        last = raw_close - MINUTE
        while not rules.is_business_time(last):
            rules.tick()
            last -= MINUTE
        closes = last + MINUTE
    else:
        # No business time in [opens, raw_close): the end of the stretch beginning at opens.
        closes = opens
        while rules.is_business_time(closes):
            rules.tick()
            closes += MINUTE

    # Rule 6: the first business-time instant in [opens, closes) in preferred_hours, else opens.
    recommended = opens
    if policy.preferred_hours is not None:
        first, end = policy.preferred_hours
        t = opens
        while t < closes:
            rules.tick()
            if rules.is_business_time(t) and first <= rules.local(t).time() < end:
                recommended = t
                break
            t += MINUTE

    return ReferenceWindow(
        raw_open=rules.local(raw_open),
        raw_close=rules.local(raw_close),
        opens=rules.local(opens),
        closes=rules.local(closes),
        recommended=rules.local(recommended),
    )


def reference_status(at: datetime, opens: datetime, closes: datetime) -> str:
    """Rule 7: "EARLY" before opens, "ON_TIME" in [opens, closes), "LATE" from closes on."""
    if at < opens:
        return "EARLY"
    if at < closes:
        return "ON_TIME"
    return "LATE"


def is_business_time(instant: datetime, *, calendar: ReferenceCalendar) -> bool:
    """Rule 2 for one instant (``calendar.zone`` must be set)."""
    assert calendar.zone is not None
    return _Rules(calendar, calendar.zone, 0).is_business_time(instant)


def is_business_day(d: date, *, calendar: ReferenceCalendar) -> bool:
    """Rule 1 for one local date."""
    return _Rules(calendar, calendar.zone or timezone.utc, 0).is_business_day(d)


def weekdays_open(calendar: ReferenceCalendar) -> Collection[int]:
    """Weekdays that have hours and are not in an explicit weekend (a sparseness gauge)."""
    weekend = calendar.weekend if calendar.weekend is not None else SAT_SUN
    if isinstance(calendar.hours, Mapping):
        return [w for w in calendar.hours if w not in weekend]
    return [w for w in range(7) if w not in weekend]
