"""Clocks that went back across midnight: the repeated hour belongs to the day before.

Until 2011, St. John's, Goose Bay and Moncton moved their clocks at 00:01: at 00:01 on the
Sunday the clock went back to 23:01 on the Saturday. The local date then runs Saturday, a
minute of Sunday, Saturday again, Sunday again, and a day's instants are not one stretch.
The engine is checked against the minute-by-minute reference there.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

import followup_timing as ft
from reference import ReferenceCalendar, ReferencePolicy, reference_window

ST_JOHNS = ZoneInfo("America/St_Johns")
FALL_BACK_SATURDAY = date(1997, 10, 25)  # clocks: Sun 00:01 NDT -> Sat 23:01 NST


def engine_and_reference(
    ended_at: datetime,
    *,
    weekend: frozenset[int],
    hours: tuple[time, time],
    closures: frozenset[date],
    min_delay: timedelta,
    max_delay: timedelta,
    counting: str,
) -> tuple[ft.SendWindow, object]:
    calendar = ft.BusinessCalendar(
        timezone=ST_JOHNS, weekend=weekend, hours=hours, closures=closures
    )
    policy = ft.TimingPolicy(
        min_delay=min_delay,
        max_delay=max_delay,
        counting=counting,
        preferred_hours=None,  # type: ignore[arg-type]
    )
    window = ft.send_window(ft.Interview(ended_at), calendar=calendar, policy=policy)
    expected = reference_window(
        ended_at,
        calendar=ReferenceCalendar(zone=ST_JOHNS, weekend=weekend, hours=hours, closures=closures),
        policy=ReferencePolicy(
            min_delay=min_delay,
            max_delay=max_delay,
            counting=counting,
            preferred_hours=None,  # type: ignore[arg-type]
        ),
    )
    return window, expected


def utc(moment: datetime) -> datetime:
    return moment.astimezone(timezone.utc)


def test_the_repeated_saturday_hour_counts_for_saturday() -> None:
    """With Sunday closed, the clock still runs through Saturday's second 23:01-24:00."""
    ended = datetime(1997, 10, 25, 23, 52, tzinfo=ST_JOHNS)  # first pass, NDT (-2:30)
    window, expected = engine_and_reference(
        ended,
        weekend=frozenset(),
        hours=(time(0), time(23, 59)),
        closures=frozenset({date(1997, 10, 26)}),
        min_delay=timedelta(minutes=30),
        max_delay=timedelta(minutes=90),
        counting="business_days",
    )
    # 8 minutes to the first midnight, 1 minute of Sunday does not count, then 22 more
    # minutes of the repeated Saturday (NST, -3:30): 23:23 on the second pass.
    assert utc(window.raw_open) == datetime(1997, 10, 26, 2, 53, tzinfo=timezone.utc)
    assert window.raw_open.utcoffset() == timedelta(hours=-3, minutes=-30)
    for name in ("raw_open", "raw_close", "opens", "closes"):
        assert utc(getattr(window, name)) == utc(getattr(expected, name)), name


@pytest.mark.parametrize("closed_day", [None, date(1997, 10, 25), date(1997, 10, 26)])
@pytest.mark.parametrize("counting", ["business_days", "calendar"])
@pytest.mark.parametrize(
    "hours", [(time(0), time(23, 59)), (time(23, 0), time(23, 59)), (time(0), time(0, 30))]
)
def test_engine_matches_reference_around_the_fold(
    closed_day: date | None, counting: str, hours: tuple[time, time]
) -> None:
    """Every 7 minutes across the fold, in both counting modes, the engine equals the reference."""
    closures = frozenset() if closed_day is None else frozenset({closed_day})
    start = datetime(1997, 10, 25, 21, 0, tzinfo=timezone.utc)
    for step in range(0, 8 * 60, 7):
        ended = (start + timedelta(minutes=step)).astimezone(ST_JOHNS)
        window, expected = engine_and_reference(
            ended,
            weekend=frozenset(),
            hours=hours,
            closures=closures,
            min_delay=timedelta(minutes=45),
            max_delay=timedelta(hours=3),
            counting=counting,
        )
        for name in ("raw_open", "raw_close", "opens", "closes"):
            assert utc(getattr(window, name)) == utc(getattr(expected, name)), (name, ended)
