"""Pinned real-world cases for ``send_window``: holidays, weekends, zones and DST."""

from __future__ import annotations

import pickle
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

import followup_timing as ft

NY = ZoneInfo("America/New_York")
UTC = timezone.utc
CALENDAR_MODE = ft.TimingPolicy(counting="calendar")
EVERY_DAY = frozenset()


def at(zone: str | ZoneInfo, *args: int) -> datetime:
    tz = ZoneInfo(zone) if isinstance(zone, str) else zone
    return datetime(*args, tzinfo=tz)  # type: ignore[misc]


def window(ended_at: datetime, policy: ft.TimingPolicy | None = None, **calendar: object):
    cal = ft.BusinessCalendar(**calendar) if calendar else None  # type: ignore[arg-type]
    return ft.send_window(ft.Interview(ended_at), calendar=cal, policy=policy)


def elapsed(start: datetime, end: datetime) -> timedelta:
    """Real elapsed time: subtracting datetimes that share a tzinfo gives wall-clock time."""
    return end.astimezone(UTC) - start.astimezone(UTC)


def assert_same(actual: datetime, expected: datetime) -> None:
    """Equal as instants *and* in the same zone: ``==`` alone ignores the zone."""
    assert actual == expected
    assert actual.utcoffset() == expected.utcoffset()
    assert actual.tzinfo is expected.tzinfo


def assert_window(w: ft.SendWindow, opens: datetime, closes: datetime, recommended: datetime):
    assert_same(w.opens, opens)
    assert_same(w.closes, closes)
    assert_same(w.recommended, recommended)


def test_thanksgiving_eve_interview() -> None:
    """The issue's example: Thanksgiving does not count, the window spans the weekend."""
    w = window(
        at(NY, 2026, 11, 25, 15), timezone="America/New_York", country="US", subdivision="NY"
    )
    assert_window(w, at(NY, 2026, 11, 27, 15), at(NY, 2026, 11, 30, 15), at(NY, 2026, 11, 30, 9))
    text = w.explain()
    assert "Thu 26 Nov 2026 is Thanksgiving Day, a public holiday in US-NY" in text
    assert "Sat 28 Nov 2026 is a weekend day" in text
    assert "Recommended: Mon 30 Nov 2026 at 09:00" in text
    assert w.status(at(NY, 2026, 11, 27, 14, 59)) is ft.Timing.EARLY
    assert w.status(at(NY, 2026, 11, 27, 15)) is ft.Timing.ON_TIME
    assert w.status(at(NY, 2026, 11, 30, 15)) is ft.Timing.LATE
    assert w.contains(datetime(2026, 11, 30, 19, 59, tzinfo=UTC))


def test_to_dict_is_iso_with_offsets() -> None:
    """``to_dict()`` gives ISO 8601 strings with offsets and a JSON-ready explanation."""
    w = window(at(NY, 2026, 11, 25, 15), country="US", subdivision="NY")
    d = w.to_dict()
    assert d["opens"] == "2026-11-27T15:00:00-05:00"
    assert d["closes"] == "2026-11-30T15:00:00-05:00"
    assert d["recommended"] == "2026-11-30T09:00:00-05:00"
    assert d["timezone"] == "America/New_York"
    assert all(isinstance(line, str) for line in d["explanation"])


def test_friday_afternoon_reaches_24h_on_monday() -> None:
    """The weekend pauses the clock: Friday 16:00 reaches 24 h at Monday 16:00."""
    w = window(at(NY, 2026, 11, 20, 16))
    assert_same(w.raw_open, at(NY, 2026, 11, 23, 16))
    assert_window(w, at(NY, 2026, 11, 23, 16), at(NY, 2026, 11, 24, 16), at(NY, 2026, 11, 24, 9))


def test_friday_afternoon_calendar_counting_opens_monday_morning() -> None:
    """In calendar mode 24-48 h land on the weekend: the window is Monday's business day."""
    w = window(at(NY, 2026, 11, 20, 16), CALENDAR_MODE)
    assert_same(w.raw_open, at(NY, 2026, 11, 21, 16))
    assert_same(w.raw_close, at(NY, 2026, 11, 22, 16))
    # No business time before raw_close: the window is the stretch that begins at opens.
    assert_window(w, at(NY, 2026, 11, 23, 9), at(NY, 2026, 11, 23, 17), at(NY, 2026, 11, 23, 9))
    assert "No business time lies between" in w.explain()


def test_israel_friday_saturday_weekend() -> None:
    """Israel's weekend is Friday-Saturday: Sunday is a business day."""
    tz = ZoneInfo("Asia/Jerusalem")
    w = window(at(tz, 2026, 11, 19, 15), country="IL")
    assert_window(w, at(tz, 2026, 11, 22, 15), at(tz, 2026, 11, 23, 15), at(tz, 2026, 11, 23, 9))


def test_russian_working_saturday() -> None:
    """Saturday 2024-04-27 is a working day in Russia (weekend_workdays)."""
    tz = ZoneInfo("Europe/Moscow")
    w = window(at(tz, 2024, 4, 25, 15), country="RU")
    assert_window(w, at(tz, 2024, 4, 26, 15), at(tz, 2024, 4, 27, 15), at(tz, 2024, 4, 27, 9))
    assert "Sat 27 Apr 2024 is a working weekend day in RU." in w.explain()


def test_chinese_make_up_working_sunday() -> None:
    """Sunday 2025-09-28 is a make-up working day in China, counted by the clock."""
    tz = ZoneInfo("Asia/Shanghai")
    w = window(at(tz, 2025, 9, 26, 15), country="CN")
    assert_same(w.raw_open, at(tz, 2025, 9, 28, 15))
    assert_window(w, at(tz, 2025, 9, 28, 15), at(tz, 2025, 9, 29, 15), at(tz, 2025, 9, 29, 9))


def test_explicit_weekend_overrides_country_but_keeps_working_days() -> None:
    """An explicit weekend replaces the country's; its make-up working days still apply."""
    tz = ZoneInfo("Asia/Shanghai")
    w = window(at(tz, 2025, 9, 26, 15), country="CN", weekend=[5, 6])
    assert_same(w.raw_open, at(tz, 2025, 9, 28, 15))


def test_interview_ending_late_evening() -> None:
    """23:30 + 24 h is outside business hours: the window is the next business day."""
    w = window(at(NY, 2026, 11, 23, 23, 30))
    assert_same(w.raw_open, at(NY, 2026, 11, 24, 23, 30))
    assert_window(w, at(NY, 2026, 11, 25, 9), at(NY, 2026, 11, 25, 17), at(NY, 2026, 11, 25, 9))


def test_recipient_in_auckland_for_interview_timed_in_los_angeles() -> None:
    """Rules follow the recipient's zone; results come back in it."""
    akl = ZoneInfo("Pacific/Auckland")
    ended = at("America/Los_Angeles", 2026, 11, 24, 15)  # Wed 25 Nov 12:00 in Auckland
    w = window(ended, timezone=akl, country="NZ")
    assert_window(w, at(akl, 2026, 11, 26, 12), at(akl, 2026, 11, 27, 12), at(akl, 2026, 11, 27, 9))
    assert "where it was given" in w.explain()


def test_result_independent_of_zone_of_ended_at() -> None:
    """The same instant expressed in another zone gives the same window."""
    akl = ZoneInfo("Pacific/Auckland")
    ended = at("America/Los_Angeles", 2026, 11, 24, 15)
    a = window(ended, timezone=akl, country="NZ")
    b = window(ended.astimezone(UTC), timezone=akl, country="NZ")
    assert (a.opens, a.closes, a.recommended) == (b.opens, b.closes, b.recommended)


def test_new_york_spring_forward_in_calendar_mode() -> None:
    """48 real hours across spring-forward end one wall-clock hour later."""
    w = window(at(NY, 2026, 3, 6, 15), CALENDAR_MODE, weekend=EVERY_DAY)
    assert_same(w.raw_close, at(NY, 2026, 3, 8, 16))
    assert elapsed(at(NY, 2026, 3, 6, 15), w.raw_close) == timedelta(hours=48)
    assert_window(w, at(NY, 2026, 3, 7, 15), at(NY, 2026, 3, 8, 16), at(NY, 2026, 3, 8, 9))
    assert "Clocks go forward by 1 hour on Sun 8 Mar 2026" in w.explain()


def test_new_york_spring_forward_day_counts_23_hours() -> None:
    """In business-day counting the short day contributes 23 hours."""
    w = window(at(NY, 2026, 3, 7, 12), weekend=EVERY_DAY)
    # Saturday 12 h (to midnight) + 12 h on Sunday, which has no 02:00-03:00.
    assert_same(w.raw_open, at(NY, 2026, 3, 8, 13))
    # Then 11 h to Sunday midnight and 13 h on Monday.
    assert_same(w.raw_close, at(NY, 2026, 3, 9, 13))


def test_new_york_fall_back_day_counts_25_hours() -> None:
    """The long fall-back day contributes 25 hours of real time."""
    w = window(at(NY, 2026, 10, 31, 12), weekend=EVERY_DAY)
    assert_same(w.raw_open, at(NY, 2026, 11, 1, 11))
    assert elapsed(at(NY, 2026, 10, 31, 12), w.raw_open) == timedelta(hours=24)


def test_business_hours_in_the_repeated_hour() -> None:
    """Hours starting inside the repeated hour are business time only on the second pass."""
    cal = ft.BusinessCalendar(weekend=EVERY_DAY, hours=(time(1, 30), time(17)))
    policy = ft.TimingPolicy(
        min_delay=timedelta(0), max_delay=timedelta(hours=1), preferred_hours=None
    )
    # 01:00 EDT: first pass through the fold; 01:30 EDT is business time (local 01:30).
    first_pass = datetime(2026, 11, 1, 1, 0, tzinfo=NY)
    w = ft.send_window(ft.Interview(first_pass), calendar=cal, policy=policy)
    assert_same(w.opens, datetime(2026, 11, 1, 1, 30, tzinfo=NY))
    # Then 01:00-01:29 EST (second pass) is before opening hours: the stretch is split,
    # and raw_close (01:00 EST) is not business time, so the first pass's end closes it.
    # (PEP 495: an instant in a fold never compares equal across zones, so compare in UTC.)
    assert w.closes.astimezone(UTC) == datetime(2026, 11, 1, 6, 0, tzinfo=UTC)
    assert w.closes.fold == 1


def test_sydney_labour_day_and_dst_start() -> None:
    """NSW Labour Day (Mon 5 Oct 2026) pauses Sydney's clock, the day after DST starts."""
    syd = ZoneInfo("Australia/Sydney")
    w = window(at(syd, 2026, 10, 2, 15), country="AU", subdivision="NSW")
    assert_window(w, at(syd, 2026, 10, 6, 15), at(syd, 2026, 10, 7, 15), at(syd, 2026, 10, 7, 9))
    assert "Labor Day, a public holiday in AU-NSW" in w.explain()
    assert w.opens.utcoffset() == timedelta(hours=11)


def test_melbourne_works_on_nsw_labour_day() -> None:
    """Victoria has no holiday that Monday: Melbourne's window opens a day earlier."""
    mel = ZoneInfo("Australia/Melbourne")
    w = window(at(mel, 2026, 10, 2, 15), country="AU", subdivision="VIC")
    assert_window(w, at(mel, 2026, 10, 5, 15), at(mel, 2026, 10, 6, 15), at(mel, 2026, 10, 6, 9))


def test_sydney_dst_start_in_calendar_mode() -> None:
    """Sunday 2026-10-04 lasts 23 hours in Sydney: 24 real hours end at 16:00 wall time."""
    syd = ZoneInfo("Australia/Sydney")
    w = window(at(syd, 2026, 10, 3, 15), CALENDAR_MODE, weekend=EVERY_DAY)
    assert_same(w.raw_open, at(syd, 2026, 10, 4, 16))


def test_per_weekday_hours_with_a_short_friday() -> None:
    """A 09:00-13:00 Friday closes the window early, and the next day opens it."""
    hours = {d: (time(9), time(17)) for d in range(4)} | {4: (time(9), time(13))}
    w = window(at(NY, 2026, 11, 18, 14), CALENDAR_MODE, hours=hours)
    # raw 24 h = Thu 14:00, raw 48 h = Fri 14:00, after the short Friday has closed.
    assert_window(w, at(NY, 2026, 11, 19, 14), at(NY, 2026, 11, 20, 13), at(NY, 2026, 11, 20, 9))
    assert "outside business time, so the window closes at the end" in w.explain()


def test_special_hours_half_day_before_holiday() -> None:
    """special_hours replaces a date's hours; None closes it."""
    special = {date(2026, 12, 24): (time(9), time(12)), date(2026, 12, 23): None}
    w = window(at(NY, 2026, 12, 22, 10), CALENDAR_MODE, special_hours=special)
    # Raw window Wed 23 10:00 - Thu 24 10:00; Wednesday is closed, Thursday opens at 09:00.
    assert_window(w, at(NY, 2026, 12, 24, 9), at(NY, 2026, 12, 24, 10), at(NY, 2026, 12, 24, 9))
    assert "Thu 24 Dec 2026 has special hours 09:00-12:00." in w.explain()
    assert "Wed 23 Dec 2026 is closed by special_hours" in w.explain()


def test_special_hours_never_open_a_weekend_day() -> None:
    """Hours on a Saturday do not make it a business day."""
    cal = ft.BusinessCalendar(special_hours={date(2026, 11, 21): (time(9), time(12))})
    assert not cal.is_business_day(date(2026, 11, 21))


def test_closures_pause_the_clock() -> None:
    """A company closure counts like a holiday."""
    w = window(at(NY, 2026, 12, 22, 15), closures=[date(2026, 12, 23)])
    assert_same(w.raw_open, at(NY, 2026, 12, 24, 15))
    assert "Wed 23 Dec 2026 is a company closure: the clock did not run." in w.explain()


def test_extra_workday_beats_weekend_and_closure() -> None:
    """extra_workdays are business days whatever else says."""
    saturday = date(2026, 11, 21)
    w = window(at(NY, 2026, 11, 20, 16), extra_workdays=[saturday], closures=[saturday])
    assert_same(w.raw_open, at(NY, 2026, 11, 21, 16))
    assert "Sat 21 Nov 2026 is an extra working day" in w.explain()


@pytest.mark.parametrize(
    ("counting", "expected_open"),
    [("business_days", (2026, 11, 23, 16)), ("calendar", (2026, 11, 23, 9))],
)
def test_both_counting_modes(counting: str, expected_open: tuple[int, ...]) -> None:
    """The two counting modes differ exactly on days off."""
    w = window(at(NY, 2026, 11, 20, 16), ft.TimingPolicy(counting=counting))  # type: ignore[arg-type]
    assert_same(w.opens, at(NY, *expected_open))


def test_uae_weekend_switch() -> None:
    """Dubai: Friday 2021-12-31 is under the old Fri-Sat weekend, Sunday 2022-01-02 the new."""
    dxb = ZoneInfo("Asia/Dubai")
    w = window(at(dxb, 2021, 12, 30, 15), country="AE")
    assert_window(w, at(dxb, 2022, 1, 3, 15), at(dxb, 2022, 1, 4, 15), at(dxb, 2022, 1, 4, 9))
    text = w.explain()
    assert "Fri 31 Dec 2021 is a weekend day" in text
    assert "Sun 2 Jan 2022 is a weekend day" in text


def test_cross_year_observed_holiday_after_only_the_earlier_year_was_loaded() -> None:
    """New Year's Day 2028 is observed on Fri 2027-12-31, even if 2027 was loaded first."""
    cal = ft.BusinessCalendar(country="US", subdivision="NY", holiday_categories=("public",))
    ft.send_window(ft.Interview(at(NY, 2027, 6, 15, 12)), calendar=cal)  # loads 2027 only
    w = ft.send_window(ft.Interview(at(NY, 2027, 12, 29, 15)), calendar=cal)
    assert not cal.is_business_day(date(2027, 12, 31))
    assert_window(w, at(NY, 2027, 12, 30, 15), at(NY, 2028, 1, 3, 15), at(NY, 2028, 1, 3, 9))
    assert "Fri 31 Dec 2027 is New Year's Day (observed)" in w.explain()


SANTIAGO = ZoneInfo("America/Santiago")
SANTIAGO_CAL = {"weekend": EVERY_DAY, "hours": (time(0), time(12))}


def test_santiago_day_without_midnight_starts_at_one() -> None:
    """2026-09-06 has no 00:00 in Santiago: its first instant is 01:00 (-03)."""
    policy = ft.TimingPolicy(min_delay=timedelta(minutes=30), max_delay=timedelta(hours=1))
    w = window(at(SANTIAGO, 2026, 9, 5, 23, 30), policy, **SANTIAGO_CAL)
    assert_same(w.raw_open, datetime(2026, 9, 6, 1, 0, tzinfo=SANTIAGO))
    assert w.raw_open.utcoffset() == timedelta(hours=-3)
    assert_same(w.opens, w.raw_open)
    assert_same(w.raw_close, datetime(2026, 9, 6, 1, 30, tzinfo=SANTIAGO))


def test_santiago_short_day_counts_23_hours() -> None:
    """The clock runs 30 minutes on Saturday and 23 hours on Sunday before Monday 00:30."""
    w = window(at(SANTIAGO, 2026, 9, 5, 23, 30), None, **SANTIAGO_CAL)
    assert_same(w.raw_open, datetime(2026, 9, 7, 0, 30, tzinfo=SANTIAGO))
    assert "Clocks go forward by 1 hour at the start of Sun 6 Sep 2026" in w.explain()


def test_preferred_hours_none_recommends_opening() -> None:
    """Without preferred hours the recommendation is the opening instant."""
    w = window(at(NY, 2026, 11, 23, 15), ft.TimingPolicy(preferred_hours=None))
    assert_same(w.recommended, w.opens)
    assert "No preferred hours are set" in w.explain()


def test_preferred_hours_outside_window_fall_back_to_opening() -> None:
    """If no preferred time lies in the window, the recommendation is the opening."""
    policy = ft.TimingPolicy(preferred_hours=(time(6), time(8)))
    w = window(at(NY, 2026, 11, 23, 15), policy)
    assert_same(w.recommended, w.opens)
    assert "No time inside the window falls within the preferred hours 06:00-08:00" in w.explain()


def test_default_calendar_uses_interview_zone() -> None:
    """With no calendar the rules run Monday-Friday 09:00-17:00 in the interview's zone."""
    tokyo = ZoneInfo("Asia/Tokyo")
    w = ft.send_window(ft.Interview(at(tokyo, 2026, 11, 23, 15)))
    assert w.opens.tzinfo is tokyo
    assert_same(w.opens, at(tokyo, 2026, 11, 24, 15))


def test_extreme_offsets() -> None:
    """+14:00 (Kiritimati) and -12:00 zones give windows at their own wall times."""
    kir = ZoneInfo("Pacific/Kiritimati")
    w = window(at(kir, 2026, 11, 23, 15), timezone=kir)
    assert_same(w.opens, at(kir, 2026, 11, 24, 15))
    gmt12 = ZoneInfo("Etc/GMT+12")
    with pytest.warns(ft.FollowupTimingWarning, match="Etc/GMT\\+12 is a fixed offset"):
        w = window(at(kir, 2026, 11, 23, 15), timezone=gmt12)
    # 15:00 +14 on Monday is 13:00 on Sunday at -12: the clock starts at Monday midnight.
    assert_same(w.raw_open, at(gmt12, 2026, 11, 24, 0))


def test_lord_howe_half_hour_dst() -> None:
    """Lord Howe moves its clocks by 30 minutes: the day lasts 23 h 30 min."""
    lhi = ZoneInfo("Australia/Lord_Howe")
    w = window(at(lhi, 2026, 10, 3, 12), CALENDAR_MODE, weekend=EVERY_DAY)
    assert_same(w.raw_open, at(lhi, 2026, 10, 4, 12, 30))
    assert "Clocks go forward by 30 minutes on Sun 4 Oct 2026" in w.explain()


def test_year_one_and_far_future() -> None:
    """Near the ends of time: a window where one exists, a clear error where none can."""
    w = window(datetime(1, 1, 1, tzinfo=ZoneInfo("Pacific/Kiritimati")))
    assert w.opens.year == 1
    with pytest.raises(ft.DatetimeRangeError, match="Python's datetime can represent"):
        window(datetime(9999, 12, 30, tzinfo=UTC))


def test_holiday_data_range_is_stated() -> None:
    """Outside the holiday data's years the explanation says no holidays were applied."""
    w = window(at(NY, 2101, 1, 3, 12), country="US")
    assert "The holiday data for US does not cover 2101" in w.explain()


def test_values_pickle() -> None:
    """Windows and their inputs survive pickling (for process pools)."""
    w = window(at(NY, 2026, 11, 25, 15), country="US", subdivision="NY")
    clone = pickle.loads(pickle.dumps(w))
    assert clone == w
    assert clone.explain() == w.explain()
    assert pickle.loads(pickle.dumps(w.calendar)) == w.calendar


def test_calendar_is_hashable_and_equal_by_rules() -> None:
    """Calendars with the same rules are equal and hash alike."""
    a = ft.BusinessCalendar(special_hours={date(2026, 1, 2): None}, weekend=[5, 6])
    b = ft.BusinessCalendar(special_hours={date(2026, 1, 2): None}, weekend=(6, 5))
    assert a == b
    assert hash(a) == hash(b)


def test_status_in_the_repeated_hour_compares_instants() -> None:
    """status() orders instants, not wall clocks: the fold's second 03:00 is after 03:01."""
    nicosia = ZoneInfo("Asia/Nicosia")
    policy = ft.TimingPolicy(min_delay=timedelta(0), max_delay=timedelta(0), preferred_hours=None)
    cal = ft.BusinessCalendar(weekend=EVERY_DAY, hours=(time(3, 1), time(23, 59, 59)))
    # Clocks go back from 04:00 EEST to 03:00 EET on 2020-10-25.
    w = window_with(datetime(2020, 10, 25, 0, 0, tzinfo=nicosia), cal, policy)
    assert_same(w.opens, datetime(2020, 10, 25, 3, 1, tzinfo=nicosia))
    assert w.closes.fold == 1
    assert w.closes.astimezone(UTC) == datetime(2020, 10, 25, 1, 0, tzinfo=UTC)
    # Same tzinfo, wall-clock 03:30 on the first pass: inside [opens, closes) as instants.
    first_pass = datetime(2020, 10, 25, 3, 30, tzinfo=nicosia)
    assert w.status(first_pass) is ft.Timing.ON_TIME
    # The second 03:00 (fold=1) is the close: LATE, though its wall clock is before opens.
    assert w.status(datetime(2020, 10, 25, 3, 0, fold=1, tzinfo=nicosia)) is ft.Timing.LATE


def window_with(
    ended_at: datetime, calendar: ft.BusinessCalendar, policy: ft.TimingPolicy
) -> ft.SendWindow:
    return ft.send_window(ft.Interview(ended_at), calendar=calendar, policy=policy)


def test_holiday_data_gaps_are_explained_not_warned() -> None:
    """India's lunar holidays stop in 2035: explain() says so, and no warning escapes."""
    kolkata = ZoneInfo("Asia/Kolkata")
    w = window(at(kolkata, 2040, 11, 5, 12), country="IN")  # filterwarnings=error would raise
    assert "The holiday data for IN is incomplete in 2040" in w.explain()
    assert w.calendar.holiday_data_gaps(2026) == ()


def test_sydney_fall_back_in_calendar_mode() -> None:
    """Sunday 2026-04-05 lasts 25 hours in Sydney: 24 real hours end at 11:00 wall time."""
    syd = ZoneInfo("Australia/Sydney")
    w = window(at(syd, 2026, 4, 4, 12), CALENDAR_MODE, weekend=EVERY_DAY)
    assert_same(w.raw_open, at(syd, 2026, 4, 5, 11))
    assert w.raw_open.utcoffset() == timedelta(hours=10)
    assert "Clocks go back by 1 hour on Sun 5 Apr 2026" in w.explain()
    assert "that day lasts 25 hours" in w.explain()


def test_sydney_fall_back_in_business_days_mode() -> None:
    """The 25-hour Sunday counts 25 hours when it is a business day."""
    syd = ZoneInfo("Australia/Sydney")
    w = window(at(syd, 2026, 4, 4, 12), weekend=EVERY_DAY)
    # 12 h on Saturday (to midnight, +11:00), then 12 real hours into Sunday: 11:00 (+10:00).
    assert_same(w.raw_open, at(syd, 2026, 4, 5, 11))
    assert elapsed(at(syd, 2026, 4, 4, 12), w.raw_close) == timedelta(hours=48)


def test_explain_names_the_closed_day_of_raw_open() -> None:
    """When 24 h land on a holiday, the explanation names the holiday, not the hours."""
    w = window(at(NY, 2026, 11, 25, 15), CALENDAR_MODE, country="US", subdivision="NY")
    assert (
        "That is outside business time (Thu 26 Nov 2026 is Thanksgiving Day, a public holiday "
        "in US-NY), so the window opens at the next business time, Fri 27 Nov 2026 at 09:00."
    ) in w.explain()


def test_duration_is_real_elapsed_time() -> None:
    """duration subtracts instants: 24 h across spring-forward, not 25 wall-clock hours."""
    w = window(
        at(NY, 2026, 3, 6, 15), CALENDAR_MODE, weekend=EVERY_DAY, hours=(time(0), time(23, 59))
    )
    assert w.duration == elapsed(w.opens, w.closes)
    assert w.duration == timedelta(hours=24)


def test_a_skipped_day_is_explained() -> None:
    """Samoa skipped Fri 30 Dec 2011; the explanation says so."""
    apia = ZoneInfo("Pacific/Apia")
    w = window(at(apia, 2011, 12, 29, 15), CALENDAR_MODE, weekend=EVERY_DAY)
    assert "Fri 30 Dec 2011 does not exist in Pacific/Apia" in w.explain()
    assert_same(w.raw_open, at(apia, 2011, 12, 31, 15))
