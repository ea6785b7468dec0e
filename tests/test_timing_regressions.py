"""Regressions from the timing audit (issue 11): each test failed on the code before the fix."""

from __future__ import annotations

import copy
import pickle
import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import dateutil.tz
import icalendar
import pytest
import pytz
from hypothesis import given
from hypothesis import strategies as st

import followup_timing as ft
from strategies import Scenario, scenarios

NY = ZoneInfo("America/New_York")
US_NY = {"timezone": "America/New_York", "country": "US", "subdivision": "NY"}
EVERY_DAY = (time(0), time(23, 59))
CALENDAR_MODE = {"counting": "calendar", "preferred_hours": None}


def _copies() -> list[Callable[[Any], Any]]:
    return [lambda v: pickle.loads(pickle.dumps(v)), copy.copy, copy.deepcopy]


# 1. Copies and pickles hash ----------------------------------------------------------------


@pytest.mark.parametrize("duplicate", _copies(), ids=["pickle", "copy", "deepcopy"])
def test_copied_calendar_hashes(duplicate: Callable[[Any], Any]) -> None:
    """A pickled, copied or deep-copied calendar is equal to the original and hashes alike."""
    calendar = ft.BusinessCalendar(**US_NY)
    again = duplicate(calendar)
    assert again == calendar
    assert hash(again) == hash(calendar)


@given(scenarios(), st.sampled_from(_copies()))
def test_every_public_value_survives_pickle_and_copy(
    s: Scenario, duplicate: Callable[[Any], Any]
) -> None:
    """Pickle, copy and deepcopy of every timing value give an equal value with an equal hash."""
    calendar, policy = s.calendar.build(), s.policy.build()
    interview = ft.Interview(s.ended_at, company="Acme", interviewers=("Ana",))
    values: list[Any] = [calendar, policy, interview]
    try:
        window = ft.send_window(interview, calendar=calendar, policy=policy)
        plan = ft.followup_plan(interview, calendar=calendar, policy=policy)
    except (ft.NoBusinessTimeError, ft.DatetimeRangeError):
        pass
    else:
        values += [window, plan, plan.steps[-1], ft.PlanPolicy(timing=policy)]
    for value in values:
        again = duplicate(value)
        assert again == value
        assert hash(again) == hash(value)


# 2. .ics in repeated hours ----------------------------------------------------------------


def _read_back(data: bytes) -> tuple[datetime, datetime]:
    calendar = icalendar.Calendar.from_ical(data)
    (event,) = calendar.walk("VEVENT")
    return event.decoded("dtstart"), event.decoded("dtend")


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(timezone.utc)


def test_ics_second_half_of_a_repeated_hour_is_the_right_instant() -> None:
    """An event at the second 01:30 of New York's fall-back night reads back as 06:30 UTC."""
    calendar = ft.BusinessCalendar(timezone=NY, hours=EVERY_DAY, weekend=[])
    policy = ft.TimingPolicy(
        min_delay=timedelta(0), max_delay=timedelta(minutes=20), **CALENDAR_MODE
    )
    ended = datetime(2026, 11, 1, 1, 30, fold=1, tzinfo=NY)
    window = ft.send_window(ft.Interview(ended), calendar=calendar, policy=policy)
    start, end = _read_back(window.to_ics(now=datetime(2026, 11, 1, tzinfo=timezone.utc)))
    assert _utc(start) == datetime(2026, 11, 1, 6, 30, tzinfo=timezone.utc)
    assert _utc(end) == datetime(2026, 11, 1, 6, 50, tzinfo=timezone.utc)


@given(
    zone=st.sampled_from(["America/New_York", "Australia/Lord_Howe", "Africa/Cairo"]),
    minutes=st.integers(-150, 150),
    fold=st.integers(0, 1),
    length=st.integers(1, 120),
)
def test_ics_reads_back_to_the_windows_instants_around_fall_back(
    zone: str, minutes: int, fold: int, length: int
) -> None:
    """Around each zone's 2026 fall-back, the file's DTSTART and DTEND are the window's
    instants for every reader, whatever half of the repeated hour they fall in."""
    tz = ZoneInfo(zone)
    change = {
        "America/New_York": datetime(2026, 11, 1, 1, 30),
        "Australia/Lord_Howe": datetime(2026, 4, 5, 1, 45),
        "Africa/Cairo": datetime(2026, 10, 29, 23, 30),
    }[zone]
    ended = (change + timedelta(minutes=minutes)).replace(tzinfo=tz, fold=fold)
    calendar = ft.BusinessCalendar(timezone=tz, hours=(time(0), time(0)))
    policy = ft.TimingPolicy(
        min_delay=timedelta(0), max_delay=timedelta(minutes=length), **CALENDAR_MODE
    )
    window = ft.send_window(ft.Interview(ended), calendar=calendar, policy=policy)
    start, end = _read_back(window.to_ics(now=datetime(2026, 1, 1, tzinfo=timezone.utc)))
    assert _utc(start) == _utc(window.recommended)
    assert _utc(end) == _utc(window.closes)


def test_ics_keeps_tzid_outside_repeated_hours() -> None:
    """Times that name one instant stay in the recipient's zone, as calendar apps show them."""
    window = ft.send_window(ft.Interview(datetime(2026, 11, 23, 15, tzinfo=NY)))
    assert b"DTSTART;TZID=America/New_York:20261125T090000" in window.to_ics()


# 3 and 4. Zones from dateutil and pytz --------------------------------------------------------


def test_dateutil_zone_on_ended_at() -> None:
    """A dateutil zone is read as the IANA zone it was loaded from, not refused as unhashable."""
    ended = datetime(2026, 11, 20, 16, tzinfo=dateutil.tz.gettz("America/New_York"))
    window = ft.send_window(ft.Interview(ended))
    assert window.timezone == NY
    assert window.opens == datetime(2026, 11, 23, 16, tzinfo=NY)


def test_pytz_localized_ended_at_follows_the_zones_dst() -> None:
    """A pytz-localised interview end counts across the DST change like the IANA zone does."""
    ended = pytz.timezone("America/New_York").localize(datetime(2026, 3, 6, 16))
    window = ft.send_window(ft.Interview(ended))
    assert window.timezone == NY
    assert window.opens == datetime(2026, 3, 9, 16, tzinfo=NY)
    assert window.opens.utcoffset() == timedelta(hours=-4)


@pytest.mark.parametrize(
    "zone",
    [pytz.timezone("Europe/Paris"), dateutil.tz.gettz("Europe/Paris")],
    ids=["pytz", "dateutil"],
)
def test_calendar_accepts_named_foreign_zones(zone: Any) -> None:
    """BusinessCalendar(timezone=<pytz or dateutil zone>) is the IANA zone it names."""
    assert ft.BusinessCalendar(timezone=zone).timezone == ZoneInfo("Europe/Paris")


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        (dateutil.tz.tzutc(), timezone.utc),
        (dateutil.tz.tzoffset(None, 5400), timezone(timedelta(minutes=90))),
        (pytz.FixedOffset(-180), timezone(timedelta(hours=-3))),
        (pytz.utc, ZoneInfo("UTC")),
    ],
)
def test_foreign_fixed_offsets_are_exact(zone: Any, expected: Any) -> None:
    """Fixed offsets from dateutil and pytz are the same offsets, with nothing to guess."""
    assert ft.BusinessCalendar(timezone=zone).timezone == expected


def test_zone_naming_no_iana_zone_is_refused() -> None:
    """A zone with unknowable rules (the machine's local zone) is refused, naming the fix."""
    with pytest.raises(ft.UnknownTimezoneError, match=r"Use an IANA name such as 'Europe/Berlin'"):
        ft.BusinessCalendar(timezone=dateutil.tz.tzlocal())
    ended = datetime(2026, 11, 20, 16, tzinfo=dateutil.tz.tzstr("EST5EDT"))
    with pytest.raises(ft.UnknownTimezoneError, match=r"unknown time zone tzstr\('EST5EDT'\)"):
        ft.send_window(ft.Interview(ended))


# 5. explain() examples from the audit (the checker is in test_timing_explain_checker.py) ----


def test_explain_end_of_hours_in_a_skipped_hour() -> None:
    """Hours 00:00-02:00 on the spring-forward night end at 03:00 EDT: the text says so."""
    calendar = ft.BusinessCalendar(timezone=NY, hours=(time(0), time(2)), weekend=[])
    policy = ft.TimingPolicy(
        min_delay=timedelta(hours=24), max_delay=timedelta(hours=25), **CALENDAR_MODE
    )
    window = ft.send_window(
        ft.Interview(datetime(2026, 3, 7, 1, tzinfo=NY)), calendar=calendar, policy=policy
    )
    assert window.closes == datetime(2026, 3, 8, 3, tzinfo=NY)
    text = window.explain()
    assert (
        "25 hours are reached Sun 8 Mar 2026 at 03:00.\nThat is the end of business hours" in text
    )
    assert "That is business time, so the window closes" not in text


def test_explain_close_at_the_start_of_business_hours_is_not_outside_business_time() -> None:
    """max_delay reached at Tue 09:00 (business time): the window closes Mon 17:00, and the
    text does not call 09:00 outside business time."""
    policy = ft.TimingPolicy(min_delay=timedelta(0), max_delay=timedelta(hours=23), **CALENDAR_MODE)
    window = ft.send_window(ft.Interview(datetime(2026, 11, 23, 10, tzinfo=NY)), policy=policy)
    assert window.closes == datetime(2026, 11, 23, 17, tzinfo=NY)
    text = window.explain()
    assert "outside business time" not in text
    assert "That is when business hours begin (business hours 09:00-17:00 that day)" in text


def test_explain_names_extra_workdays_that_override_a_holiday() -> None:
    """An extra working day on Thanksgiving is said to be one."""
    calendar = ft.BusinessCalendar(**US_NY, extra_workdays=[date(2026, 11, 26)])
    window = ft.send_window(ft.Interview(datetime(2026, 11, 25, 15, tzinfo=NY)), calendar=calendar)
    assert window.opens == datetime(2026, 11, 26, 15, tzinfo=NY)
    assert (
        "Thu 26 Nov 2026 is an extra working day, although Thanksgiving Day, a public "
        "holiday in US-NY." in window.explanation()
    )


def test_explain_shows_offsets_in_a_repeated_hour() -> None:
    """Cairo's clocks go back at midnight on 30 Oct 2025: 23:30 names two instants, so the
    offsets are shown and the two-hour window is visible."""
    cairo = ZoneInfo("Africa/Cairo")
    calendar = ft.BusinessCalendar(timezone=cairo, hours=(time(0), time(0)), weekend=[])
    policy = ft.TimingPolicy(
        min_delay=timedelta(hours=1), max_delay=timedelta(hours=3), **CALENDAR_MODE
    )
    window = ft.send_window(
        ft.Interview(datetime(2025, 10, 30, 21, 30, tzinfo=cairo)), calendar=calendar, policy=policy
    )
    assert window.duration == timedelta(hours=2)
    text = window.explain()
    assert "the window opens then" in text
    assert "so the window closes then (Thu 30 Oct 2025 at 23:30 (UTC+02:00))" in text
    assert "at 22:30 (UTC" not in text  # an unambiguous time needs no offset


@pytest.mark.parametrize(
    ("min_delay", "max_delay", "expected"),
    [
        (timedelta(hours=24), timedelta(hours=24, minutes=30), "24 hours to 24 hours 30 minutes"),
        (timedelta(0), timedelta(0), "best sent 0 minutes after"),
        (timedelta(hours=1), timedelta(hours=1, seconds=30), "1 hour to 1 hour 30 seconds"),
    ],
)
def test_explain_durations_in_one_style(
    min_delay: timedelta, max_delay: timedelta, expected: str
) -> None:
    """Delays are written by the library's one formatter, in hours, never "0 hours"."""
    policy = ft.TimingPolicy(min_delay=min_delay, max_delay=max_delay)
    window = ft.send_window(ft.Interview(datetime(2026, 11, 23, 10, tzinfo=NY)), policy=policy)
    assert expected in window.explain()
    assert "0 hours" not in window.explain()


def test_explain_leaves_out_dst_changes_that_did_not_touch_the_window() -> None:
    """New York's spring-forward at 02:00 on 8 Mar 2026 comes after a window that has already
    closed at 00:30 that night: it is not mentioned."""
    calendar = ft.BusinessCalendar(timezone=NY, hours=(time(0), time(0)), weekend=[])
    policy = ft.TimingPolicy(min_delay=timedelta(0), max_delay=timedelta(hours=1), **CALENDAR_MODE)
    window = ft.send_window(
        ft.Interview(datetime(2026, 3, 7, 23, 30, tzinfo=NY)), calendar=calendar, policy=policy
    )
    assert "Clocks go" not in window.explain()
    later = ft.send_window(
        ft.Interview(datetime(2026, 3, 8, 1, 30, tzinfo=NY)), calendar=calendar, policy=policy
    )
    assert "Clocks go forward by 1 hour on Sun 8 Mar 2026" in later.explain()


# 6. Closing at midnight ------------------------------------------------------------------


def test_hours_may_close_at_midnight() -> None:
    """time(0) as a closing time is the end of the day: no gap at midnight."""
    calendar = ft.BusinessCalendar(timezone=NY, hours=(time(9), time(0)))
    ended = datetime(2026, 11, 23, 23, 30, tzinfo=NY)
    policy = ft.TimingPolicy(min_delay=timedelta(0), max_delay=timedelta(hours=1), **CALENDAR_MODE)
    window = ft.send_window(ft.Interview(ended), calendar=calendar, policy=policy)
    assert window.opens == ended
    assert window.closes == datetime(2026, 11, 24, 0, tzinfo=NY)
    assert "(business hours 09:00-24:00 that day)" in window.explain()


def test_whole_days_of_business_time() -> None:
    """(time(0), time(0)) is the whole day: business time runs without a break."""
    calendar = ft.BusinessCalendar(timezone=NY, hours=(time(0), time(0)), weekend=[])
    policy = ft.TimingPolicy(
        min_delay=timedelta(hours=1), max_delay=timedelta(hours=73), counting="business_days"
    )
    ended = datetime(2026, 11, 23, 23, 30, tzinfo=NY)
    window = ft.send_window(ft.Interview(ended), calendar=calendar, policy=policy)
    assert window.duration == timedelta(hours=72)


def test_overnight_hours_refused_with_how_to_write_them() -> None:
    """22:00-06:00 is refused with a message that says how to write the two spans."""
    with pytest.raises(
        ft.CalendarError,
        match=re.escape(
            "hours: open 22:00:00 must be before close 06:00:00 on the same local day (hours "
            "are [open, close); close with time(0) for midnight, the end of the day). "
            "Overnight hours are one span per day: give the evening as (time(22), time(0)) "
            "and the morning after as the next weekday's (time(0), time(6)) in an hours mapping."
        ),
    ):
        ft.BusinessCalendar(hours=(time(22), time(6)))


# 7. Equality by instant and zone ----------------------------------------------------------


def test_instants_in_a_repeated_hour_are_not_equal() -> None:
    """01:30 EDT and 01:30 EST on 1 Nov 2026 are an hour apart: interviews and windows differ."""
    first = ft.Interview(datetime(2026, 11, 1, 1, 30, tzinfo=NY))
    second = ft.Interview(datetime(2026, 11, 1, 1, 30, fold=1, tzinfo=NY))
    assert first != second
    assert len({first, second}) == 2
    calendar = ft.BusinessCalendar(timezone=NY, hours=EVERY_DAY, weekend=[])
    policy = ft.TimingPolicy(
        min_delay=timedelta(0), max_delay=timedelta(minutes=20), **CALENDAR_MODE
    )
    windows = [ft.send_window(i, calendar=calendar, policy=policy) for i in (first, second)]
    assert windows[0] != windows[1]
    assert len(set(windows)) == 2


def test_same_instant_in_another_zone_is_another_value() -> None:
    """Equal instants in different zones compare unequal: the zone is part of the value."""
    in_ny = ft.Interview(datetime(2026, 11, 23, 10, tzinfo=NY))
    in_utc = ft.Interview(datetime(2026, 11, 23, 15, tzinfo=timezone.utc))
    assert in_ny.ended_at == in_utc.ended_at
    assert in_ny != in_utc
    assert in_ny == ft.Interview(datetime(2026, 11, 23, 10, tzinfo=NY))
    assert hash(in_ny) == hash(ft.Interview(datetime(2026, 11, 23, 10, tzinfo=NY)))


# Pickles of earlier releases ---------------------------------------------------------------


def test_pickles_made_before_the_caches_moved_still_load() -> None:
    """Values pickled by commit ba045e3 (calendar with its own caches) load, hash and work.

    The file holds [calendar (US-NY), TimingPolicy(), interview Mon 23 Nov 2026 15:00 New York,
    its window on that calendar, and its plan with a decision expected on 4 Dec 2026].
    """
    with open(Path(__file__).parent / "data" / "timing_values_ba045e3.pickle", "rb") as stream:
        calendar, policy, interview, window, plan = pickle.load(stream)
    assert calendar == ft.BusinessCalendar(**US_NY)
    assert hash(calendar) == hash(ft.BusinessCalendar(**US_NY))
    assert ft.send_window(interview, calendar=calendar, policy=policy) == window
    assert hash(window) == hash(ft.send_window(interview, calendar=calendar, policy=policy))
    assert plan == ft.followup_plan(
        interview, calendar=calendar, decision_expected=date(2026, 12, 4)
    )
    assert window.explain().startswith("The interview ended Mon 23 Nov 2026 at 15:00")
