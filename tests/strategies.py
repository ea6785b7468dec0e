"""Hypothesis strategies shared by the property tests.

Calendars and policies are drawn as plain *specs* first. A spec builds the library's value with
the exact constructor keywords of issue 2 (``spec.build()``) and, separately, the reference's
plain parameters (``spec.reference()``), so the reference never reads the engine's objects.

Every generated instant, hour bound and delay sits on a whole minute and every year lies in
1995-2060, where all IANA offsets are whole minutes: there the minute-by-minute reference is
exact.
"""

from __future__ import annotations

import warnings
import zoneinfo
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import Literal

import holidays
from hypothesis import assume
from hypothesis import strategies as st

import followup_timing as ft
from reference import Hours, ReferenceCalendar, ReferencePolicy

__all__ = [
    "ALL_ZONES",
    "ANCHORS",
    "COUNTRIES",
    "CURATED_ZONES",
    "CalendarSpec",
    "PolicySpec",
    "Scenario",
    "aware_datetimes",
    "calendar_specs",
    "calendars",
    "expression_zones",
    "policies",
    "policy_specs",
    "scenarios",
    "zones",
]

MIN_LOCAL = datetime(1995, 1, 2)
MAX_LOCAL = datetime(2060, 12, 20)

CURATED_ZONES = (
    "America/New_York",
    "America/Los_Angeles",
    "America/Santiago",
    "America/Sao_Paulo",
    "Asia/Dubai",
    "Asia/Jerusalem",
    "Asia/Kathmandu",
    "Asia/Kolkata",
    "Asia/Riyadh",
    "Asia/Shanghai",
    "Asia/Tokyo",
    "Australia/Lord_Howe",
    "Australia/Melbourne",
    "Australia/Sydney",
    "Etc/GMT+12",
    "Europe/Berlin",
    "Europe/London",
    "Europe/Moscow",
    "Pacific/Auckland",
    "Pacific/Chatham",
    "Pacific/Kiritimati",
    "UTC",
)
ALL_ZONES = tuple(sorted(zoneinfo.available_timezones()))

# (country, subdivision, the zone people there live in).
COUNTRIES: tuple[tuple[str | None, str | None, str], ...] = (
    ("US", "NY", "America/New_York"),
    ("IL", None, "Asia/Jerusalem"),
    ("AE", None, "Asia/Dubai"),
    ("SA", None, "Asia/Riyadh"),
    ("RU", None, "Europe/Moscow"),
    ("CN", None, "Asia/Shanghai"),
    ("NZ", None, "Pacific/Auckland"),
    ("AU", "NSW", "Australia/Sydney"),
    ("AU", "VIC", "Australia/Melbourne"),
    ("GB", None, "Europe/London"),
    ("DE", None, "Europe/Berlin"),
    ("JP", None, "Asia/Tokyo"),
    (None, None, "America/New_York"),
)

# Local dates a few days before something that moves a window: holidays and their observed
# days, weekend changes, make-up working days, DST changes (incl. Lord Howe's half hour and
# Santiago's missing midnight), and the ends of the supported span.
ANCHORS = (
    date(1995, 1, 2),
    date(2012, 12, 20),
    date(2013, 6, 25),  # Saudi weekend Thu-Fri -> Fri-Sat on 2013-06-28
    date(2021, 12, 28),  # UAE weekend Fri-Sat -> Sat-Sun in 2022
    date(2024, 4, 25),  # Russian working Saturday 2024-04-27
    date(2024, 10, 31),  # Russian working Saturday 2024-11-02, Unity Day
    date(2024, 12, 20),
    date(2025, 9, 25),  # Chinese make-up Sunday 2025-09-28, Golden Week
    date(2025, 10, 8),
    date(2026, 3, 5),  # US spring forward 2026-03-08
    date(2026, 3, 26),  # EU/UK spring forward 2026-03-29
    date(2026, 4, 2),  # Sydney, Lord Howe, Santiago, Auckland fall back 2026-04-05
    date(2026, 9, 3),  # Santiago's missing midnight 2026-09-06
    date(2026, 9, 24),  # Auckland spring forward 2026-09-27
    date(2026, 10, 1),  # Sydney/Lord Howe spring forward 2026-10-04, NSW Labour Day
    date(2026, 10, 22),  # EU/UK fall back 2026-10-25
    date(2026, 10, 29),  # US fall back 2026-11-01
    date(2026, 11, 24),  # Thanksgiving 2026-11-26
    date(2027, 12, 28),  # US New Year's Day 2028 observed on 2027-12-31
    date(2060, 12, 10),
)

Counting = Literal["business_days", "calendar"]


@dataclass(frozen=True)
class CalendarSpec:
    """The keywords of a ``BusinessCalendar``, as plain values."""

    timezone: str | zoneinfo.ZoneInfo | None = None
    country: str | None = None
    subdivision: str | None = None
    holiday_categories: tuple[str, ...] = ("public",)
    weekend: tuple[int, ...] | None = None
    hours: Hours | Mapping[int, Hours] = (time(9), time(17))
    special_hours: Mapping[date, Hours | None] = field(default_factory=dict)
    closures: tuple[date, ...] = ()
    extra_workdays: tuple[date, ...] = ()

    def build(self) -> ft.BusinessCalendar:
        """The library's ``BusinessCalendar``, built with the issue's keywords.

        The specs pair zones and countries freely (Tokyo with US holidays, Etc/GMT+12) on
        purpose: the warnings that gives are tested in test_newcomer_zones.py, not here.
        """
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ft.FollowupTimingWarning)
            return self._build()

    def _build(self) -> ft.BusinessCalendar:
        return ft.BusinessCalendar(
            timezone=self.timezone,
            country=self.country,
            subdivision=self.subdivision,
            holiday_categories=self.holiday_categories,
            weekend=self.weekend,
            hours=self.hours,
            special_hours=self.special_hours,
            closures=self.closures,
            extra_workdays=self.extra_workdays,
        )

    @property
    def zone(self) -> tzinfo | None:
        """The zone as a ``tzinfo`` (``None``: the zone of ``ended_at``)."""
        if isinstance(self.timezone, str):
            return zoneinfo.ZoneInfo(self.timezone)
        return self.timezone

    def reference(self) -> ReferenceCalendar:
        """The same rules as the reference's plain parameters."""
        return ReferenceCalendar(
            zone=self.zone,
            country=self.country,
            subdivision=self.subdivision,
            holiday_categories=self.holiday_categories,
            weekend=None if self.weekend is None else frozenset(self.weekend),
            hours=self.hours,
            special_hours=self.special_hours,
            closures=frozenset(self.closures),
            extra_workdays=frozenset(self.extra_workdays),
        )


@dataclass(frozen=True)
class PolicySpec:
    """The keywords of a ``TimingPolicy``, as plain values."""

    min_delay: timedelta = timedelta(hours=24)
    max_delay: timedelta = timedelta(hours=48)
    counting: Counting = "business_days"
    preferred_hours: Hours | None = (time(9), time(11))

    def build(self) -> ft.TimingPolicy:
        """The library's ``TimingPolicy``, built with the issue's keywords."""
        return ft.TimingPolicy(
            min_delay=self.min_delay,
            max_delay=self.max_delay,
            counting=self.counting,
            preferred_hours=self.preferred_hours,
        )

    def reference(self) -> ReferencePolicy:
        """The same rules as the reference's plain parameters."""
        return ReferencePolicy(
            min_delay=self.min_delay,
            max_delay=self.max_delay,
            counting=self.counting,
            preferred_hours=self.preferred_hours,
        )


@dataclass(frozen=True)
class Scenario:
    """One interview end, a calendar and a policy."""

    ended_at: datetime
    calendar: CalendarSpec
    policy: PolicySpec


def zones() -> st.SearchStrategy[zoneinfo.ZoneInfo]:
    """Mostly the curated zones with odd offsets and DST rules, sometimes any IANA zone."""
    curated = st.sampled_from(CURATED_ZONES)
    return st.one_of(curated, curated, curated, st.sampled_from(ALL_ZONES)).map(zoneinfo.ZoneInfo)


def expression_zones() -> st.SearchStrategy[tzinfo]:
    """Zones an instant may be written in: IANA zones, UTC and whole-minute fixed offsets."""
    fixed = st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
    return st.one_of(zones(), st.just(timezone.utc), fixed)


def _whole_minutes_of_day() -> st.SearchStrategy[time]:
    return st.integers(0, 24 * 60 - 1).map(lambda m: time(m // 60, m % 60))


@st.composite
def _hours_pair(draw: st.DrawFn, *, midnight_close: bool = True) -> Hours:
    """An ``(open, close)`` pair on whole minutes, open < close, common ones often.

    A close of ``time(0)`` is midnight at the end of the day (24:00).
    """
    common = st.sampled_from(
        [
            (time(9), time(17)),
            (time(8, 30), time(17, 30)),
            (time(9), time(13)),
            (time(0), time(23, 59)),
            (time(0), time(0)),
            (time(18), time(0)),
        ]
    )
    if draw(st.booleans()):
        pair = draw(common)
        if midnight_close or pair[1] != time(0):
            return pair
    last = 24 * 60 if midnight_close else 24 * 60 - 1
    a, b = sorted(draw(st.lists(st.integers(0, last), min_size=2, max_size=2, unique=True)))
    return (time(a // 60, a % 60), time(b // 60 % 24, b % 60))


@st.composite
def aware_datetimes(draw: st.DrawFn, zone: st.SearchStrategy[tzinfo] | None = None) -> datetime:
    """Aware datetimes on whole minutes in 1995-2060, often a few days after an anchor.

    The zone is mostly an IANA zone, sometimes UTC or a fixed offset (``datetime.timezone``).

    Wall times in a DST gap or overlap are kept (with either fold): they are valid instants.
    """
    tz = draw(st.one_of(zones(), zones(), expression_zones()) if zone is None else zone)
    if draw(st.booleans()):
        base = datetime.combine(draw(st.sampled_from(ANCHORS)), time())
        naive = base + timedelta(minutes=draw(st.integers(0, 6 * 24 * 60)))
    else:
        naive = draw(st.datetimes(MIN_LOCAL, MAX_LOCAL)).replace(second=0, microsecond=0)
    return naive.replace(tzinfo=tz, fold=draw(st.integers(0, 1)))


@st.composite
def calendar_specs(draw: st.DrawFn, around: date | None = None) -> CalendarSpec:
    """Calendars that are not too sparse: at least two open weekdays outside any weekend.

    Dates for special_hours, closures and extra_workdays fall within two weeks of ``around``
    (or anywhere in the supported span without it), so that they matter.
    """
    country, subdivision, home = draw(st.sampled_from(COUNTRIES))
    zone_choice = draw(st.sampled_from(["home", "home", "other", "none", "object"]))
    tz: str | zoneinfo.ZoneInfo | None
    if zone_choice == "home":
        tz = home
    elif zone_choice == "other":
        tz = draw(zones()).key
    elif zone_choice == "object":
        tz = draw(zones())
    else:
        tz = None

    categories: tuple[str, ...] = ("public",)
    if country is not None and draw(st.integers(0, 4)) == 0:
        supported = holidays.country_holidays(country).supported_categories
        categories = tuple(sorted(draw(st.sets(st.sampled_from(supported), min_size=1))))

    weekend: tuple[int, ...] | None = None
    if draw(st.booleans()):
        weekend = tuple(sorted(draw(st.sets(st.integers(0, 6), max_size=3))))

    hours: Hours | Mapping[int, Hours]
    if draw(st.booleans()):
        hours = draw(_hours_pair())
        open_days = set(range(7))
    else:
        open_days = draw(st.sets(st.integers(0, 6), min_size=3))
        hours = {w: draw(_hours_pair()) for w in sorted(open_days)}
    # Weekend upper bound without an explicit one: Saudi Arabia's Thu-Fri, Israel's Fri-Sat.
    worst_weekend = set(weekend) if weekend is not None else {3, 4, 5, 6}
    assume(len(open_days - worst_weekend) >= 2)

    if around is None:
        days = st.dates(MIN_LOCAL.date(), MAX_LOCAL.date())
    else:
        days = st.integers(-2, 14).map(lambda n: around + timedelta(days=n))
    special_hours = draw(st.dictionaries(days, st.one_of(st.none(), _hours_pair()), max_size=3))
    closures = tuple(sorted(draw(st.sets(days, max_size=3))))
    extra_workdays = tuple(sorted(draw(st.sets(days, max_size=2))))
    return CalendarSpec(
        timezone=tz,
        country=country,
        subdivision=subdivision,
        holiday_categories=categories,
        weekend=weekend,
        hours=hours,
        special_hours=special_hours,
        closures=closures,
        extra_workdays=extra_workdays,
    )


def calendars(around: date | None = None) -> st.SearchStrategy[ft.BusinessCalendar]:
    """The library's ``BusinessCalendar`` values built from :func:`calendar_specs`."""
    return calendar_specs(around).map(CalendarSpec.build)


@st.composite
def policy_specs(draw: st.DrawFn, counting: Counting | None = None) -> PolicySpec:
    """Both counting modes, 0 <= min_delay <= max_delay <= 96 h on whole minutes."""
    modes: list[Counting] = ["business_days", "calendar"]
    mode: Counting = counting if counting is not None else draw(st.sampled_from(modes))
    limit = 96 * 60
    shape = draw(st.sampled_from(["default", "hours", "minutes", "equal"]))
    if shape == "default":
        low, high = 24 * 60, 48 * 60
    elif shape == "hours":
        low, high = sorted(draw(st.lists(st.integers(0, 96), min_size=2, max_size=2)))
        low, high = low * 60, high * 60
    elif shape == "equal":
        low = high = draw(st.integers(0, limit))
    else:
        low, high = sorted(draw(st.lists(st.integers(0, limit), min_size=2, max_size=2)))
    preferred = draw(
        st.one_of(st.just((time(9), time(11))), st.none(), _hours_pair(midnight_close=False))
    )
    return PolicySpec(
        min_delay=timedelta(minutes=low),
        max_delay=timedelta(minutes=high),
        counting=mode,
        preferred_hours=preferred,
    )


def policies(counting: Counting | None = None) -> st.SearchStrategy[ft.TimingPolicy]:
    """The library's ``TimingPolicy`` values built from :func:`policy_specs`."""
    return policy_specs(counting).map(PolicySpec.build)


@st.composite
def scenarios(
    draw: st.DrawFn,
    counting: Counting | None = None,
    explicit_zone: bool = False,
) -> Scenario:
    """An interview end, then a calendar whose special dates sit near it, then a policy."""
    ended_at = draw(aware_datetimes())
    calendar = draw(calendar_specs(around=ended_at.date()))
    if explicit_zone and calendar.timezone is None:
        calendar = replace(calendar, timezone=draw(zones()).key)
    return Scenario(ended_at=ended_at, calendar=calendar, policy=draw(policy_specs(counting)))
