"""Every bad input to the timing API fails early, with the library's error and a helpful message."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

import followup_timing as ft

NY = ZoneInfo("America/New_York")
AWARE = datetime(2026, 11, 25, 15, tzinfo=NY)


def test_naive_ended_at() -> None:
    """A naive interview end is refused, never assumed local or UTC."""
    with pytest.raises(
        ft.NaiveDatetimeError, match=r"Interview.ended_at must be an aware datetime"
    ):
        ft.Interview(datetime(2026, 11, 25, 15))


def test_naive_started_at() -> None:
    """started_at must be aware too."""
    with pytest.raises(ft.NaiveDatetimeError, match=r"Interview.started_at"):
        ft.Interview(AWARE, started_at=datetime(2026, 11, 25, 14))


def test_started_after_ended() -> None:
    """An interview cannot start after it ended."""
    with pytest.raises(ft.InterviewError, match=r"started_at .* is after ended_at"):
        ft.Interview(AWARE, started_at=AWARE + timedelta(minutes=1))


def test_unknown_interview_kind() -> None:
    """Unknown kinds list the valid ones."""
    with pytest.raises(
        ft.InterviewError, match=r"unknown interview kind 'zoom'; choose one of: phone"
    ):
        ft.Interview(AWARE, kind="zoom")


def test_naive_status_argument() -> None:
    """status() and contains() refuse naive instants."""
    w = ft.send_window(ft.Interview(AWARE))
    with pytest.raises(ft.NaiveDatetimeError, match=r"^at must be an aware datetime"):
        w.status(datetime(2026, 11, 27, 12))
    with pytest.raises(ft.NaiveDatetimeError):
        w.contains(datetime(2026, 11, 27, 12))


def test_unknown_zone_suggests_close_names() -> None:
    """A misspelt zone name suggests the intended one."""
    with pytest.raises(ft.UnknownTimezoneError, match=r"Did you mean 'America/New_York'") as info:
        ft.BusinessCalendar(timezone="America/New_Yrok")
    assert info.value.name == "America/New_Yrok"
    assert isinstance(info.value, LookupError)


def test_unknown_zone_city_only() -> None:
    """A bare city name points at its IANA zone."""
    with pytest.raises(ft.UnknownTimezoneError, match=r"Did you mean 'Pacific/Auckland'"):
        ft.BusinessCalendar(timezone="auckland")


@pytest.mark.parametrize("name", ["", "../etc/passwd", "/usr/share/zoneinfo/UTC", "America"])
def test_zone_names_that_are_not_zones(name: str) -> None:
    """Paths, empty strings and directory names are unknown zones, not OS errors."""
    with pytest.raises(ft.UnknownTimezoneError, match=r"unknown time zone"):
        ft.BusinessCalendar(timezone=name)


def test_unknown_country() -> None:
    """Unknown country codes are refused with close codes."""
    with pytest.raises(ft.UnknownCountryError, match=r"unknown country code 'XX'") as info:
        ft.BusinessCalendar(country="XX")
    assert info.value.country == "XX"


def test_unknown_subdivision_lists_valid_ones() -> None:
    """An unknown subdivision lists the country's valid subdivisions."""
    with pytest.raises(ft.UnknownCountryError, match=r"Valid subdivisions: AK, AL, .*NY") as info:
        ft.BusinessCalendar(country="US", subdivision="ZZ")
    assert "NY" in info.value.valid


def test_subdivision_without_country() -> None:
    """A subdivision alone cannot select holidays."""
    with pytest.raises(ft.CalendarError, match=r"subdivision 'NY' given without a country"):
        ft.BusinessCalendar(subdivision="NY")


def test_unknown_holiday_category() -> None:
    """Categories the country lacks are refused, listing those it has."""
    with pytest.raises(ft.CalendarError, match=r"Categories it has: .*public"):
        ft.BusinessCalendar(country="US", holiday_categories=("bogus",))


def test_min_delay_longer_than_max() -> None:
    """min_delay > max_delay makes no window."""
    message = r"min_delay 2 days 2 hours is longer than max_delay 2 days"
    with pytest.raises(ft.PolicyError, match=message):
        ft.TimingPolicy(min_delay=timedelta(hours=50))


@pytest.mark.parametrize("field", ["min_delay", "max_delay"])
def test_negative_delay(field: str) -> None:
    """Negative delays are refused."""
    with pytest.raises(ft.PolicyError, match=rf"{field} must not be negative"):
        ft.TimingPolicy(**{field: timedelta(hours=-1)})  # type: ignore[arg-type]


def test_delay_beyond_a_year() -> None:
    """A delay over 366 days is refused rather than searched for."""
    with pytest.raises(ft.PolicyError, match=r"longer than 366 days"):
        ft.TimingPolicy(max_delay=timedelta(days=400))


def test_delay_of_wrong_type() -> None:
    """Delays are timedeltas, not numbers of hours."""
    with pytest.raises(ft.PolicyError, match=r"min_delay must be a datetime.timedelta, got 24"):
        ft.TimingPolicy(min_delay=24)  # type: ignore[arg-type]


def test_unknown_counting() -> None:
    """Only the two documented counting modes exist."""
    with pytest.raises(ft.PolicyError, match=r"unknown counting 'weekly'; choose 'business_days'"):
        ft.TimingPolicy(counting="weekly")  # type: ignore[arg-type]


def test_preferred_hours_reversed() -> None:
    """Preferred hours need start < end."""
    with pytest.raises(ft.PolicyError, match=r"preferred_hours start 11:00:00 must be before end"):
        ft.TimingPolicy(preferred_hours=(time(11), time(9)))


@pytest.mark.parametrize("bad", [(9, 11), (time(9),), "09:00-11:00", (time(9), time(24 - 1), 1)])
def test_preferred_hours_malformed(bad: object) -> None:
    """Preferred hours are a pair of datetime.time within one day."""
    with pytest.raises(ft.PolicyError, match=r"preferred_hours"):
        ft.TimingPolicy(preferred_hours=bad)  # type: ignore[arg-type]


def test_preferred_hours_with_tzinfo() -> None:
    """Clock times with a zone attached are ambiguous and refused."""
    with pytest.raises(ft.PolicyError, match=r"plain datetime.time in \[00:00, 24:00\)"):
        ft.TimingPolicy(preferred_hours=(time(9, tzinfo=timezone.utc), time(11)))


def test_hours_open_not_before_close() -> None:
    """Business hours need open < close on one day."""
    with pytest.raises(ft.CalendarError, match=r"open 17:00:00 must be before close 09:00:00"):
        ft.BusinessCalendar(hours=(time(17), time(9)))


def test_hours_for_unknown_weekday() -> None:
    """Weekday keys are 0 to 6."""
    with pytest.raises(ft.CalendarError, match=r"weekdays are integers 0 \(Monday\) to 6"):
        ft.BusinessCalendar(hours={7: (time(9), time(17))})


def test_special_hours_reversed() -> None:
    """special_hours pairs are checked like hours."""
    with pytest.raises(
        ft.CalendarError, match=re.escape("special_hours[2026-12-24]: open 12:00:00")
    ):
        ft.BusinessCalendar(special_hours={date(2026, 12, 24): (time(12), time(9))})


def test_closures_must_be_dates_not_datetimes() -> None:
    """A datetime in closures hints at zone confusion and is refused."""
    with pytest.raises(ft.CalendarError, match=r"closures must hold datetime.date values"):
        ft.BusinessCalendar(closures=[datetime(2026, 12, 24, tzinfo=NY)])


def test_weekend_out_of_range() -> None:
    """Weekend days are 0 to 6."""
    with pytest.raises(ft.CalendarError, match=r"weekend: weekdays are integers"):
        ft.BusinessCalendar(weekend=[5, 7])


def test_calendar_with_every_weekday_closed() -> None:
    """An empty hours mapping can never open."""
    with pytest.raises(ft.CalendarError, match=r"no day can ever be a business day"):
        ft.BusinessCalendar(hours={})


def test_calendar_whose_open_days_are_all_weekend() -> None:
    """Hours only on weekend days can never open either."""
    with pytest.raises(
        ft.CalendarError, match=r"every weekday with hours is in the weekend \(\[5, 6\]\)"
    ):
        ft.BusinessCalendar(hours={5: (time(9), time(12))}, weekend=[5, 6])


def test_no_business_time_within_horizon() -> None:
    """A calendar whose only working day lies in the past finds nothing within 366 days."""
    cal = ft.BusinessCalendar(weekend=range(7), extra_workdays=[date(2020, 1, 1)])
    with pytest.raises(ft.NoBusinessTimeError, match=r"no business time within 366 days after"):
        ft.send_window(ft.Interview(AWARE), calendar=cal)


def test_result_beyond_datetime_max() -> None:
    """A window past year 9999 is a clear error, not OverflowError."""
    end = datetime(9999, 12, 30, 12, tzinfo=timezone.utc)
    with pytest.raises(ft.DatetimeRangeError, match=r"Python's datetime can represent"):
        ft.send_window(ft.Interview(end))


def test_send_window_needs_an_interview() -> None:
    """Passing a datetime instead of an Interview says how to wrap it."""
    with pytest.raises(ft.TimingTypeError, match=r"wrap a datetime as Interview\(ended_at\)"):
        ft.send_window(AWARE)  # type: ignore[arg-type]


class TestParse:
    """``Interview.parse`` reads ISO 8601 and human forms, and refuses what it cannot place."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("2026-11-25 3pm", datetime(2026, 11, 25, 15, tzinfo=NY)),
            ("2026-11-25T15:00", datetime(2026, 11, 25, 15, tzinfo=NY)),
            ("Nov 25 2026 15:00", datetime(2026, 11, 25, 15, tzinfo=NY)),
            ("25 November 2026, 3:00 PM", datetime(2026, 11, 25, 15, tzinfo=NY)),
        ],
    )
    def test_human_forms_with_zone(self, text: str, expected: datetime) -> None:
        """Text without a zone takes the tz argument."""
        ended = ft.Interview.parse(text, tz="America/New_York").ended_at
        assert ended == expected
        assert ended.tzinfo is NY

    def test_offset_in_text_wins(self) -> None:
        """An offset in the text is kept even when tz is given."""
        ended = ft.Interview.parse("2026-11-25T15:00:00+01:00", tz="America/New_York").ended_at
        assert ended.utcoffset() == timedelta(hours=1)

    def test_z_suffix_is_utc_on_any_machine(self) -> None:
        """'Z' parses to the stdlib UTC, never to the machine's local zone."""
        assert ft.Interview.parse("2026-11-25T15:00Z").ended_at.tzinfo is timezone.utc

    def test_extra_fields(self) -> None:
        """Other interview fields pass through."""
        interview = ft.Interview.parse("2026-11-25 3pm", tz=NY, company="Acme", kind="video")
        assert interview.company == "Acme"
        assert interview.kind is ft.InterviewKind.VIDEO

    def test_no_zone_anywhere(self) -> None:
        """Without a zone in the text or tz, the text is naive and refused."""
        with pytest.raises(ft.NaiveDatetimeError, match=r"Pass tz='Area/City'"):
            ft.Interview.parse("2026-11-25 3pm")

    def test_unparseable(self) -> None:
        """Garbage is a DatetimeParseError naming the text."""
        with pytest.raises(ft.DatetimeParseError, match=r"cannot read 'not a date' as a date"):
            ft.Interview.parse("not a date", tz="UTC")

    def test_empty(self) -> None:
        """Empty text is refused plainly."""
        with pytest.raises(ft.DatetimeParseError, match=r"the text is empty"):
            ft.Interview.parse("   ", tz="UTC")

    def test_nonexistent_local_time(self) -> None:
        """A wall time skipped by spring-forward does not exist."""
        with pytest.raises(ft.DatetimeParseError, match=r"does not exist in America/New_York"):
            ft.Interview.parse("2026-03-08 2:30", tz="America/New_York")

    def test_ambiguous_local_time_means_first(self) -> None:
        """A repeated wall time means its first occurrence."""
        ended = ft.Interview.parse("2026-11-01 1:30", tz="America/New_York").ended_at
        assert ended.utcoffset() == timedelta(hours=-4)

    def test_unknown_zone(self) -> None:
        """tz must be a known zone."""
        with pytest.raises(ft.UnknownTimezoneError, match=r"unknown time zone 'Mars/Olympus'"):
            ft.Interview.parse("2026-11-25 3pm", tz="Mars/Olympus")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: ft.Interview("2026-11-25"),
            r"^Interview.ended_at must be an aware datetime, got str",
        ),
        (
            lambda: ft.send_window(ft.Interview(AWARE), calendar="US"),
            r"^calendar must be a BusinessCalendar or None, got str",
        ),
        (
            lambda: ft.send_window(ft.Interview(AWARE), policy=ft.PlanPolicy()),
            r"^policy must be a TimingPolicy or None, got PlanPolicy",
        ),
        (
            lambda: ft.send_window(ft.Interview(AWARE)).status("2026-11-27"),
            r"^at must be an aware datetime, got str",
        ),
        (
            lambda: ft.followup_plan(ft.Interview(AWARE), decision_expected="2026-12-04"),
            r"^decision_expected must be a date, an aware datetime or None, got str",
        ),
        (
            lambda: ft.followup_plan(ft.Interview(AWARE), policy="weekly"),
            r"^policy must be a PlanPolicy, a TimingPolicy or None, got str",
        ),
    ],
)
def test_wrong_types_are_library_errors(call: object, message: str) -> None:
    """A value of the wrong type is a TimingTypeError: catchable as ours and as TypeError."""
    with pytest.raises(ft.TimingTypeError, match=message) as info:
        call()  # type: ignore[operator]
    assert isinstance(info.value, TypeError)


def test_calendar_open_only_on_default_weekend() -> None:
    """Without a country or weekend, hours only on Saturday and Sunday can never open."""
    with pytest.raises(ft.CalendarError, match=r"in the weekend \(\[5, 6\]\)"):
        ft.BusinessCalendar(hours={5: (time(9), time(12)), 6: (time(9), time(12))})


def test_special_hours_on_an_unlisted_weekday_keep_a_calendar_possible() -> None:
    """Rule 1: a date's special hours give it hours even if its weekday has none."""
    tuesday = date(2026, 11, 24)
    cal = ft.BusinessCalendar(
        hours={5: (time(9), time(12))}, special_hours={tuesday: (time(9), time(12))}
    )
    assert cal.is_business_day(tuesday)


def test_parse_needs_a_full_date() -> None:
    """Text without a date is refused rather than read as today."""
    with pytest.raises(ft.DatetimeParseError, match=r"it has no full date"):
        ft.Interview.parse("3pm", tz="UTC")
    with pytest.raises(ft.DatetimeParseError, match=r"it has no full date"):
        ft.Interview.parse("Nov 25 3pm", tz="UTC")


def test_uk_suggests_gb() -> None:
    """'UK' is not an ISO code; the error points at GB first."""
    with pytest.raises(ft.UnknownCountryError, match=r"Close codes: GB, ") as info:
        ft.BusinessCalendar(country="UK")
    assert info.value.valid[0] == "GB"


def test_codes_are_matched_case_insensitively() -> None:
    """'us'/'ny' mean US-NY: the calendar stores the codes as the holidays package spells them."""
    cal = ft.BusinessCalendar(country="us", subdivision="ny")
    assert (cal.country, cal.subdivision, cal.region) == ("US", "NY", "US-NY")
    assert cal == ft.BusinessCalendar(country="US", subdivision="NY")


def test_fixed_offset_zone_is_accepted() -> None:
    """datetime.timezone values (UTC, fixed offsets) are zones too."""
    cal = ft.BusinessCalendar(timezone=timezone.utc)
    w = ft.send_window(ft.Interview(AWARE), calendar=cal)
    assert w.opens.tzinfo is timezone.utc
