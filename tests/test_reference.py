"""The slow reference of tests/reference.py on cases worked out by hand from issue 2.

These pin the reference itself, so that when it disagrees with the engine the reference has
already been checked against the issue's own examples, real holidays and real DST changes.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from reference import (
    ReferenceBudgetError,
    ReferenceCalendar,
    ReferenceNoBusinessTimeError,
    ReferencePolicy,
    ReferenceWindow,
    advance,
    is_business_day,
    reference_status,
    reference_window,
)

NY = ZoneInfo("America/New_York")
UTC = timezone.utc
H = timedelta(hours=1)
ALL_WEEK = frozenset[int]()
CALENDAR_MODE = ReferencePolicy(counting="calendar")


def at(zone: ZoneInfo, year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """An aware local datetime (fold=0: the first of a repeated hour)."""
    return datetime(year, month, day, hour, minute, tzinfo=zone)


def check(
    window: ReferenceWindow,
    *,
    opens: datetime,
    closes: datetime,
    recommended: datetime,
    raw_open: datetime | None = None,
    raw_close: datetime | None = None,
) -> None:
    """Compare instants and zones (and so the printed local times with their offsets)."""
    expected = {"opens": opens, "closes": closes, "recommended": recommended}
    if raw_open is not None:
        expected["raw_open"] = raw_open
    if raw_close is not None:
        expected["raw_close"] = raw_close
    actual = {name: getattr(window, name) for name in expected}
    assert {k: v.isoformat() for k, v in actual.items()} == {
        k: v.isoformat() for k, v in expected.items()
    }
    for name, value in actual.items():
        assert value == expected[name], name
        assert value.tzinfo is expected[name].tzinfo, name


def test_thanksgiving_from_the_issue() -> None:
    """The issue's worked example: the day off does not count, Monday morning is recommended."""
    calendar = ReferenceCalendar(zone=NY, country="US", subdivision="NY")
    window = reference_window(at(NY, 2026, 11, 25, 15), calendar=calendar, policy=ReferencePolicy())
    check(
        window,
        raw_open=at(NY, 2026, 11, 27, 15),
        opens=at(NY, 2026, 11, 27, 15),
        raw_close=at(NY, 2026, 11, 30, 15),
        closes=at(NY, 2026, 11, 30, 15),
        recommended=at(NY, 2026, 11, 30, 9),
    )


def test_friday_afternoon_reaches_24h_on_monday_afternoon() -> None:
    """Rule 3's own example: Friday 16:00 + 24 business-day hours is Monday 16:00."""
    window = reference_window(
        at(NY, 2026, 11, 20, 16), calendar=ReferenceCalendar(zone=NY), policy=ReferencePolicy()
    )
    check(
        window,
        raw_open=at(NY, 2026, 11, 23, 16),
        opens=at(NY, 2026, 11, 23, 16),
        closes=at(NY, 2026, 11, 24, 16),
        recommended=at(NY, 2026, 11, 24, 9),
    )


def test_friday_afternoon_in_calendar_mode_uses_the_fallback_close() -> None:
    """Calendar mode lands on the weekend; nothing before raw_close, so rule 5's fallback."""
    window = reference_window(
        at(NY, 2026, 11, 20, 16), calendar=ReferenceCalendar(zone=NY), policy=CALENDAR_MODE
    )
    check(
        window,
        raw_open=at(NY, 2026, 11, 21, 16),
        raw_close=at(NY, 2026, 11, 22, 16),
        opens=at(NY, 2026, 11, 23, 9),
        closes=at(NY, 2026, 11, 23, 17),
        recommended=at(NY, 2026, 11, 23, 9),
    )


def test_closes_is_the_end_of_the_last_stretch_before_raw_close() -> None:
    """An interview at 23:30: raw_close falls at night, so closes is the previous 17:00."""
    window = reference_window(
        at(NY, 2026, 11, 17, 23, 30), calendar=ReferenceCalendar(zone=NY), policy=ReferencePolicy()
    )
    check(
        window,
        raw_open=at(NY, 2026, 11, 18, 23, 30),
        opens=at(NY, 2026, 11, 19, 9),
        raw_close=at(NY, 2026, 11, 19, 23, 30),
        closes=at(NY, 2026, 11, 19, 17),
        recommended=at(NY, 2026, 11, 19, 9),
    )


def test_israel_weekend_is_friday_saturday() -> None:
    """With no explicit weekend, Israel's Friday-Saturday weekend comes from the package."""
    jlm = ZoneInfo("Asia/Jerusalem")
    window = reference_window(
        at(jlm, 2026, 11, 19, 10),
        calendar=ReferenceCalendar(zone=jlm, country="IL"),
        policy=ReferencePolicy(),
    )
    check(
        window,
        opens=at(jlm, 2026, 11, 22, 10),
        closes=at(jlm, 2026, 11, 23, 10),
        recommended=at(jlm, 2026, 11, 22, 10),
    )


def test_russian_working_saturday_counts_and_unity_day_does_not() -> None:
    """Sat 2024-11-02 is a weekend workday in Russia; Mon 2024-11-04 is a holiday."""
    msk = ZoneInfo("Europe/Moscow")
    window = reference_window(
        at(msk, 2024, 11, 1, 12),
        calendar=ReferenceCalendar(zone=msk, country="RU"),
        policy=ReferencePolicy(),
    )
    check(
        window,
        opens=at(msk, 2024, 11, 2, 12),
        raw_close=at(msk, 2024, 11, 5, 12),
        closes=at(msk, 2024, 11, 5, 12),
        recommended=at(msk, 2024, 11, 5, 9),
    )


def test_chinese_make_up_sunday() -> None:
    """Sun 2025-09-28 is a make-up working day in China."""
    sha = ZoneInfo("Asia/Shanghai")
    window = reference_window(
        at(sha, 2025, 9, 26, 12),
        calendar=ReferenceCalendar(zone=sha, country="CN"),
        policy=ReferencePolicy(),
    )
    check(
        window,
        opens=at(sha, 2025, 9, 28, 12),
        closes=at(sha, 2025, 9, 29, 12),
        recommended=at(sha, 2025, 9, 29, 9),
    )


def test_uae_weekend_switch_is_asked_per_date() -> None:
    """Fri 2021-12-31 is weekend under the old rule, Sun 2022-01-02 under the new one."""
    dxb = ZoneInfo("Asia/Dubai")
    calendar = ReferenceCalendar(zone=dxb, country="AE")
    assert not is_business_day(date(2021, 12, 31), calendar=calendar)
    assert not is_business_day(date(2022, 1, 2), calendar=calendar)
    window = reference_window(
        at(dxb, 2021, 12, 30, 15), calendar=calendar, policy=ReferencePolicy()
    )
    check(
        window,
        opens=at(dxb, 2022, 1, 3, 15),
        closes=at(dxb, 2022, 1, 4, 15),
        recommended=at(dxb, 2022, 1, 4, 9),
    )


def test_explicit_weekend_replaces_the_countrys() -> None:
    """An explicit Saturday-Sunday weekend makes Israel's Friday a business day."""
    jlm = ZoneInfo("Asia/Jerusalem")
    calendar = ReferenceCalendar(zone=jlm, country="IL", weekend=frozenset({5, 6}))
    assert is_business_day(date(2026, 11, 20), calendar=calendar)
    assert not is_business_day(date(2026, 11, 22), calendar=calendar)


def test_sydney_labour_day_is_not_melbournes() -> None:
    """NSW Labour Day (Mon 2026-10-05, just after the DST start) does not count in Sydney."""
    syd, mel = ZoneInfo("Australia/Sydney"), ZoneInfo("Australia/Melbourne")
    sydney = reference_window(
        at(syd, 2026, 10, 2, 12),
        calendar=ReferenceCalendar(zone=syd, country="AU", subdivision="NSW"),
        policy=ReferencePolicy(),
    )
    melbourne = reference_window(
        at(mel, 2026, 10, 2, 12),
        calendar=ReferenceCalendar(zone=mel, country="AU", subdivision="VIC"),
        policy=ReferencePolicy(),
    )
    check(
        sydney,
        opens=at(syd, 2026, 10, 6, 12),
        closes=at(syd, 2026, 10, 7, 12),
        recommended=at(syd, 2026, 10, 7, 9),
    )
    check(
        melbourne,
        opens=at(mel, 2026, 10, 5, 12),
        closes=at(mel, 2026, 10, 6, 12),
        recommended=at(mel, 2026, 10, 6, 9),
    )
    assert sydney.opens.utcoffset() == timedelta(hours=11)


def test_sydney_dst_start_in_calendar_mode_counts_real_hours() -> None:
    """Across Sydney's 2026-10-04 02:00->03:00 jump, 24 elapsed hours read 25 on the clock."""
    syd = ZoneInfo("Australia/Sydney")
    calendar = ReferenceCalendar(zone=syd, weekend=ALL_WEEK, hours=(time(0), time(23, 59)))
    window = reference_window(at(syd, 2026, 10, 3, 12), calendar=calendar, policy=CALENDAR_MODE)
    check(
        window,
        raw_open=at(syd, 2026, 10, 4, 13),
        opens=at(syd, 2026, 10, 4, 13),
        raw_close=at(syd, 2026, 10, 5, 13),
        closes=at(syd, 2026, 10, 5, 13),
        recommended=at(syd, 2026, 10, 5, 9),
    )


def test_new_york_spring_forward_day_is_23_hours_of_business_day() -> None:
    """A 23-hour business day counts 23 hours: 12h on Saturday + 12h reach Sunday 13:00 EDT."""
    calendar = ReferenceCalendar(zone=NY, weekend=ALL_WEEK)
    window = reference_window(at(NY, 2026, 3, 7, 12), calendar=calendar, policy=ReferencePolicy())
    # 48h = 12h of Saturday + all 23h of Sunday + 13h of Monday.
    check(
        window,
        raw_open=at(NY, 2026, 3, 8, 13),
        opens=at(NY, 2026, 3, 8, 13),
        raw_close=at(NY, 2026, 3, 9, 13),
        closes=at(NY, 2026, 3, 9, 13),
        recommended=at(NY, 2026, 3, 9, 9),
    )
    assert window.opens.utcoffset() == -4 * H


def test_new_york_fall_back_day_is_25_hours_of_business_day() -> None:
    """A 25-hour business day counts 25 hours: 24 counted hours end at Sunday 11:00 EST."""
    calendar = ReferenceCalendar(zone=NY, weekend=ALL_WEEK)
    window = reference_window(at(NY, 2026, 10, 31, 12), calendar=calendar, policy=ReferencePolicy())
    check(
        window,
        raw_open=at(NY, 2026, 11, 1, 11),
        opens=at(NY, 2026, 11, 1, 11),
        raw_close=at(NY, 2026, 11, 2, 11),
        closes=at(NY, 2026, 11, 2, 11),
        recommended=at(NY, 2026, 11, 2, 9),
    )


def test_repeated_hour_counts_twice_as_business_time() -> None:
    """On fall-back day both 01:xx hours are business time when the hours cover them."""
    calendar = ReferenceCalendar(zone=NY, weekend=ALL_WEEK, hours=(time(1), time(2)))
    policy = ReferencePolicy(
        min_delay=timedelta(0), max_delay=timedelta(0), counting="calendar", preferred_hours=None
    )
    window = reference_window(at(NY, 2026, 11, 1, 0, 30), calendar=calendar, policy=policy)
    first = datetime(2026, 11, 1, 1, 0, tzinfo=NY)
    end = datetime(2026, 11, 1, 2, 0, tzinfo=NY)
    check(window, opens=first, closes=end, recommended=first)
    # Elapsed time between instants (same-zone subtraction would be wall-clock arithmetic).
    assert window.closes.astimezone(UTC) - window.opens.astimezone(UTC) == 2 * H


def test_santiago_missing_midnight() -> None:
    """2026-09-06 starts at 01:00 in Santiago; a raw_open in the gap opens at 01:00 -03."""
    scl = ZoneInfo("America/Santiago")
    calendar = ReferenceCalendar(zone=scl, weekend=ALL_WEEK, hours=(time(0), time(12)))
    policy = ReferencePolicy(min_delay=12 * H, max_delay=14 * H, counting="calendar")
    window = reference_window(at(scl, 2026, 9, 5, 12), calendar=calendar, policy=policy)
    check(
        window,
        raw_open=at(scl, 2026, 9, 6, 1),
        opens=at(scl, 2026, 9, 6, 1),
        closes=at(scl, 2026, 9, 6, 3),
        recommended=at(scl, 2026, 9, 6, 1),
    )
    assert window.opens.utcoffset() == -3 * H


def test_recipient_zone_differs_from_the_interviews() -> None:
    """A Los Angeles interview for an Auckland recipient is counted on Auckland's dates."""
    lax, akl = ZoneInfo("America/Los_Angeles"), ZoneInfo("Pacific/Auckland")
    window = reference_window(
        at(lax, 2026, 11, 19, 16), calendar=ReferenceCalendar(zone=akl), policy=ReferencePolicy()
    )
    check(
        window,
        opens=at(akl, 2026, 11, 23, 13),
        closes=at(akl, 2026, 11, 24, 13),
        recommended=at(akl, 2026, 11, 24, 9),
    )


def test_no_zone_means_the_zone_of_ended_at() -> None:
    """With zone None the calendar runs in ended_at's zone, and results carry it."""
    window = reference_window(
        at(NY, 2026, 11, 20, 16), calendar=ReferenceCalendar(), policy=ReferencePolicy()
    )
    assert window.opens.tzinfo is NY


def test_short_friday_from_per_weekday_hours() -> None:
    """A Friday that closes at 13:00 cannot host a 14:00 raw_open: opens moves to Monday."""
    hours = {w: (time(9), time(17)) for w in range(4)} | {4: (time(9), time(13))}
    calendar = ReferenceCalendar(zone=NY, hours=hours)
    window = reference_window(at(NY, 2026, 11, 19, 14), calendar=calendar, policy=ReferencePolicy())
    check(
        window,
        raw_open=at(NY, 2026, 11, 20, 14),
        opens=at(NY, 2026, 11, 23, 9),
        closes=at(NY, 2026, 11, 23, 14),
        recommended=at(NY, 2026, 11, 23, 9),
    )


def test_weekday_missing_from_hours_is_closed_and_not_counted() -> None:
    """A weekday absent from the hours mapping is not a business day, so it is not counted."""
    calendar = ReferenceCalendar(zone=NY, hours={w: (time(9), time(17)) for w in (0, 1, 3, 4)})
    assert not is_business_day(date(2026, 11, 18), calendar=calendar)  # a Wednesday
    window = reference_window(at(NY, 2026, 11, 17, 12), calendar=calendar, policy=ReferencePolicy())
    check(
        window,
        raw_open=at(NY, 2026, 11, 19, 12),
        opens=at(NY, 2026, 11, 19, 12),
        closes=at(NY, 2026, 11, 20, 12),
        recommended=at(NY, 2026, 11, 20, 9),
    )


def test_closures_and_extra_workdays() -> None:
    """A closure is skipped like a holiday; an extra workday counts even on a Saturday."""
    closed = ReferenceCalendar(zone=NY, closures=frozenset({date(2026, 11, 18)}))
    window = reference_window(at(NY, 2026, 11, 17, 12), calendar=closed, policy=ReferencePolicy())
    check(
        window,
        opens=at(NY, 2026, 11, 19, 12),
        closes=at(NY, 2026, 11, 20, 12),
        recommended=at(NY, 2026, 11, 20, 9),
    )
    working_saturday = ReferenceCalendar(zone=NY, extra_workdays=frozenset({date(2026, 11, 21)}))
    window = reference_window(
        at(NY, 2026, 11, 20, 12), calendar=working_saturday, policy=ReferencePolicy()
    )
    check(
        window,
        opens=at(NY, 2026, 11, 21, 12),
        closes=at(NY, 2026, 11, 23, 12),
        recommended=at(NY, 2026, 11, 23, 9),
    )


def test_extra_workday_beats_a_holiday_but_special_hours_none_closes() -> None:
    """extra_workdays wins over a holiday; a date whose special_hours is None has no hours."""
    thanksgiving = date(2026, 11, 26)
    calendar = ReferenceCalendar(
        zone=NY, country="US", subdivision="NY", extra_workdays=frozenset({thanksgiving})
    )
    assert is_business_day(thanksgiving, calendar=calendar)
    calendar = ReferenceCalendar(
        zone=NY, extra_workdays=frozenset({thanksgiving}), special_hours={thanksgiving: None}
    )
    assert not is_business_day(thanksgiving, calendar=calendar)


def test_special_hours_do_not_open_a_holiday_but_shorten_a_day() -> None:
    """A half day before a holiday cuts the stretch; special hours on a holiday change nothing."""
    calendar = ReferenceCalendar(
        zone=NY,
        country="US",
        subdivision="NY",
        special_hours={
            date(2026, 11, 25): (time(9), time(12)),
            date(2026, 11, 26): (time(9), time(17)),
        },
    )
    assert not is_business_day(date(2026, 11, 26), calendar=calendar)
    policy = ReferencePolicy(min_delay=timedelta(0), max_delay=2 * H, counting="calendar")
    window = reference_window(at(NY, 2026, 11, 25, 11), calendar=calendar, policy=policy)
    check(
        window,
        opens=at(NY, 2026, 11, 25, 11),
        raw_close=at(NY, 2026, 11, 25, 13),
        closes=at(NY, 2026, 11, 25, 12),
        recommended=at(NY, 2026, 11, 25, 11),
    )


def test_cross_year_observed_new_year() -> None:
    """New Year's Day 2028 is observed on Fri 2027-12-31, which is then not counted."""
    calendar = ReferenceCalendar(zone=NY, country="US")
    window = reference_window(at(NY, 2027, 12, 30, 12), calendar=calendar, policy=ReferencePolicy())
    check(
        window,
        opens=at(NY, 2028, 1, 3, 12),
        closes=at(NY, 2028, 1, 4, 12),
        recommended=at(NY, 2028, 1, 4, 9),
    )


def test_raw_open_inside_business_hours_with_equal_delays() -> None:
    """min_delay == max_delay: no business time before raw_close, so the stretch's end."""
    policy = ReferencePolicy(min_delay=25 * H, max_delay=25 * H, counting="calendar")
    window = reference_window(
        at(NY, 2026, 11, 17, 9), calendar=ReferenceCalendar(zone=NY), policy=policy
    )
    check(
        window,
        opens=at(NY, 2026, 11, 18, 10),
        closes=at(NY, 2026, 11, 18, 17),
        recommended=at(NY, 2026, 11, 18, 10),
    )


def test_recommended_falls_back_to_opens() -> None:
    """With preferred hours outside the business hours, recommended is opens."""
    policy = ReferencePolicy(preferred_hours=(time(6), time(8)))
    window = reference_window(
        at(NY, 2026, 11, 17, 12), calendar=ReferenceCalendar(zone=NY), policy=policy
    )
    assert window.recommended == window.opens == at(NY, 2026, 11, 18, 12)
    none = reference_window(
        at(NY, 2026, 11, 17, 12),
        calendar=ReferenceCalendar(zone=NY),
        policy=ReferencePolicy(preferred_hours=None),
    )
    assert none.recommended == none.opens


def test_zero_delays_in_business_mode() -> None:
    """A zero delay advances nothing: raw_open is ended_at even on a non-business day."""
    policy = ReferencePolicy(min_delay=timedelta(0), max_delay=timedelta(0))
    ended = at(NY, 2026, 11, 21, 12)  # a Saturday
    assert (
        advance(ended, timedelta(0), calendar=ReferenceCalendar(zone=NY), counting="business_days")
        == ended
    )
    window = reference_window(ended, calendar=ReferenceCalendar(zone=NY), policy=policy)
    check(
        window,
        opens=at(NY, 2026, 11, 23, 9),
        closes=at(NY, 2026, 11, 23, 17),
        recommended=at(NY, 2026, 11, 23, 9),
    )


def test_business_counting_starts_mid_non_business_day() -> None:
    """An interview on a Sunday starts counting at Monday 00:00."""
    ended = at(NY, 2026, 11, 22, 20)
    got = advance(ended, 24 * H, calendar=ReferenceCalendar(zone=NY), counting="business_days")
    assert got == at(NY, 2026, 11, 24, 0)


def test_status_rule() -> None:
    """Rule 7 on the boundaries: opens is on time, closes is late."""
    opens, closes = at(NY, 2026, 11, 27, 15), at(NY, 2026, 11, 30, 15)
    assert reference_status(opens - timedelta(microseconds=1), opens, closes) == "EARLY"
    assert reference_status(opens, opens, closes) == "ON_TIME"
    assert reference_status(closes - timedelta(microseconds=1), opens, closes) == "ON_TIME"
    assert reference_status(closes, opens, closes) == "LATE"


def test_horizon() -> None:
    """Rule 8: a calendar whose every day is weekend has no business time within 366 days."""
    calendar = ReferenceCalendar(zone=NY, weekend=frozenset(range(7)))
    with pytest.raises(ReferenceNoBusinessTimeError):
        reference_window(at(NY, 2026, 11, 17, 12), calendar=calendar, policy=CALENDAR_MODE)


def test_budget_and_whole_minutes_are_enforced() -> None:
    """The reference refuses to answer approximately or to walk without end."""
    calendar = ReferenceCalendar(zone=NY)
    with pytest.raises(ReferenceBudgetError):
        reference_window(
            at(NY, 2026, 11, 17, 12), calendar=calendar, policy=ReferencePolicy(), budget=100
        )
    with pytest.raises(ValueError, match="whole minute"):
        reference_window(
            datetime(2026, 11, 17, 12, 0, 30, tzinfo=NY),
            calendar=calendar,
            policy=ReferencePolicy(),
        )
