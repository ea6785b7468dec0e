"""Dates people type: ambiguous order, no time, zone abbreviations (issue 12, items 3-5)."""

from __future__ import annotations

import doctest
import pickle
import zoneinfo
from datetime import date, datetime, time, timedelta, timezone

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import followup_timing as ft
from followup_timing import FollowupTimingError
from followup_timing._timing import _now
from followup_timing._timing._dates import DATE_ONLY_TIME, date_of, parse_when
from followup_timing._timing._now import far_from_now, now_line
from followup_timing.exceptions import (
    AmbiguousDateError,
    DatetimeParseError,
    NaiveDatetimeError,
    TimeMissingError,
    ZoneAbbreviationError,
)

LONDON = zoneinfo.ZoneInfo("Europe/London")
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _parse(text: str, tz: zoneinfo.ZoneInfo | None = LONDON, **options: object) -> datetime:
    return parse_when(text, tz, what="Interview.parse text", **options)  # type: ignore[arg-type]


# --- Ambiguous numeric dates (item 4) -------------------------------------------------------


def test_issue_case_03_04_is_refused_with_both_readings() -> None:
    """'03/04/2026 15:00' is 3 April in London and 4 March in New York: ask which."""
    with pytest.raises(AmbiguousDateError) as caught:
        _parse("03/04/2026 15:00")
    error = caught.value
    assert (error.day_first, error.month_first) == (date(2026, 4, 3), date(2026, 3, 4))
    assert str(error) == (
        "cannot read '03/04/2026 15:00' as a date and time: the date is ambiguous: "
        "3 April 2026 (day first) or 4 March 2026 (month first). Pass dayfirst=True or "
        "dayfirst=False, or write it year first: 2026-04-03 or 2026-03-04"
    )
    assert isinstance(error, DatetimeParseError)
    assert isinstance(error, ValueError)


@pytest.mark.parametrize(
    ("dayfirst", "expected"), [(True, date(2026, 4, 3)), (False, date(2026, 3, 4))]
)
def test_dayfirst_says_which_reading(dayfirst: bool, expected: date) -> None:
    """With the order given, the same text is read without a question."""
    assert _parse("03/04/2026 15:00", dayfirst=dayfirst).date() == expected


@given(
    year=st.integers(1950, 2100),
    day=st.integers(1, 12),
    month=st.integers(1, 12),
    separator=st.sampled_from("/.-"),
    pad=st.booleans(),
)
def test_every_two_way_numeric_date_is_refused(
    year: int, day: int, month: int, separator: str, pad: bool
) -> None:
    """Day and month both 12 or less and different: refused, then read both ways on request."""
    assume(day != month)
    width = 2 if pad else 1
    text = f"{day:0{width}d}{separator}{month:0{width}d}{separator}{year} 10:30"
    with pytest.raises(AmbiguousDateError) as caught:
        _parse(text)
    assert caught.value.day_first == date(year, month, day)
    assert caught.value.month_first == date(year, day, month)
    assert _parse(text, dayfirst=True).date() == date(year, month, day)
    assert _parse(text, dayfirst=False).date() == date(year, day, month)


@given(
    day=st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)),
    dayfirst=st.sampled_from([None, True, False]),
    separator=st.sampled_from("-/."),
)
def test_year_first_dates_are_never_ambiguous(
    day: date, dayfirst: bool | None, separator: str
) -> None:
    """2026-03-04 is 4 March whatever dayfirst says (dateutil would swap it)."""
    text = f"{day.year:04d}{separator}{day.month:02d}{separator}{day.day:02d} 15:00"
    assert _parse(text, dayfirst=dayfirst).date() == day


@given(
    day=st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)),
    dayfirst=st.sampled_from([None, True, False]),
    day_before_month=st.booleans(),
)
def test_month_names_are_never_ambiguous(
    day: date, dayfirst: bool | None, day_before_month: bool
) -> None:
    """'4 Mar 2026' and 'Mar 4 2026' need no order."""
    month = MONTHS[day.month - 1]
    text = (
        f"{day.day} {month} {day.year} 15:00"
        if day_before_month
        else f"{month} {day.day} {day.year} 15:00"
    )
    assert _parse(text, dayfirst=dayfirst).date() == day


@pytest.mark.parametrize("text", ["25/11/2026 15:00", "11/25/2026 15:00", "04/04/2026 15:00"])
def test_a_single_possible_reading_is_taken(text: str) -> None:
    """A number above 12 can only be the day; equal numbers read the same either way."""
    assert _parse(text).date() in {date(2026, 11, 25), date(2026, 4, 4)}


# --- Date without a time (item 5) -----------------------------------------------------------


def test_issue_case_date_without_time_is_refused() -> None:
    """'2026-11-25' is not midnight: the end of an interview needs its time."""
    with pytest.raises(TimeMissingError) as caught:
        _parse("2026-11-25", NEW_YORK)
    assert caught.value.day == date(2026, 11, 25)
    assert "names a day (25 November 2026) but no time" in str(caught.value)
    assert "allow_date_only=True" in str(caught.value)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_date_only_on_request_is_the_latest_moment(day: date) -> None:
    """Asked for, a date alone reads as 23:59 that day: the window never opens early."""
    value = _parse(day.isoformat(), NEW_YORK, allow_date_only=True)
    assert value == datetime.combine(day, DATE_ONLY_TIME, NEW_YORK)
    assert value.tzinfo is NEW_YORK


@pytest.mark.parametrize(
    "text", ["2026-11-25 3pm", "2026-11-25 00:00", "Nov 25 2026 15:00", "20261125T150000"]
)
def test_a_time_in_any_form_is_a_time(text: str) -> None:
    """Midnight written out and '3pm' without minutes count as times."""
    _parse(text, NEW_YORK)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-12-04", date(2026, 12, 4)),
        ("Dec 4 2026", date(2026, 12, 4)),
        ("2026-12-04 3pm", None),
        ("2026-12-04T17:00-05:00", None),
    ],
)
def test_date_of(text: str, expected: date | None) -> None:
    """A bare date (a decision day) is told apart from a date and time."""
    assert date_of(text) == expected


def test_date_of_refuses_an_ambiguous_day() -> None:
    """'12/04/2026' as a decision date is asked about too (item 4's plan --decision case)."""
    with pytest.raises(AmbiguousDateError):
        date_of("12/04/2026")
    assert date_of("12/04/2026", dayfirst=True) == date(2026, 4, 12)


# --- Zone abbreviations in the text (item 3) ------------------------------------------------


def test_issue_case_abbreviation_in_text_is_not_called_zoneless() -> None:
    """'2026-07-01 15:00 EST' names a zone, badly: say that, not 'carries no time zone'."""
    with pytest.raises(ZoneAbbreviationError) as caught:
        _parse("2026-07-01 15:00 EST", None)
    error = caught.value
    assert error.abbreviation == "EST"
    assert error.zones[0] == "America/New_York"
    assert "EST is an abbreviation, not a time zone" in str(error)
    assert "no time zone" not in str(error)


def test_abbreviation_that_contradicts_the_zone_is_refused() -> None:
    """New York uses EDT in July: 'EST' there is a mistake, one way or the other."""
    with pytest.raises(ZoneAbbreviationError) as caught:
        _parse("2026-07-01 15:00 EST", NEW_YORK)
    assert (caught.value.zone, caught.value.zone_uses) == ("America/New_York", "EDT")
    assert "EST does not match America/New_York, which uses EDT then" in str(caught.value)


def test_abbreviation_that_agrees_with_the_zone_is_accepted() -> None:
    """'15:00 EST' in January with tz New York says the same thing twice."""
    assert _parse("2026-01-15 15:00 EST", NEW_YORK) == datetime(2026, 1, 15, 15, tzinfo=NEW_YORK)


@pytest.mark.parametrize("text", ["2026-11-25 15:00 UTC", "2026-11-25 15:00 GMT"])
def test_utc_in_the_text_is_utc(text: str) -> None:
    """UTC and GMT are offsets dateutil resolves: nothing to ask."""
    assert _parse(text, None) == datetime(2026, 11, 25, 15, tzinfo=timezone.utc)


def test_no_zone_at_all_is_still_a_naive_error() -> None:
    """Without tz and without anything zone-like, the old clear error stands."""
    with pytest.raises(NaiveDatetimeError, match=r"Pass tz='Area/City'"):
        _parse("2026-11-25 15:00", None)


@given(st.text(max_size=40))
def test_any_text_parses_or_raises_a_library_value_error(text: str) -> None:
    """Fuzzed text ends as a datetime or one of our ValueErrors, never anything else."""
    outcome: datetime | FollowupTimingError
    try:
        outcome = _parse(text, NEW_YORK, allow_date_only=True)
    except FollowupTimingError as exc:
        outcome = exc
    if isinstance(outcome, datetime):
        assert outcome.utcoffset() is not None
    else:
        assert isinstance(outcome, ValueError)


# --- The sense of now (item 6) ----------------------------------------------------------


def test_now_examples_in_docstrings_hold() -> None:
    """The examples in _now's docstrings are run."""
    result = doctest.testmod(_now)
    assert result.attempted > 0
    assert result.failed == 0


OPENS = datetime(2026, 11, 27, 9, tzinfo=NEW_YORK)
CLOSES = datetime(2026, 11, 30, 15, tzinfo=NEW_YORK)


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (datetime(2026, 11, 27, 8, 15, tzinfo=NEW_YORK), "opens in 45 minutes"),
        (datetime(2026, 11, 27, 8, 59, 30, tzinfo=NEW_YORK), "opens in less than a minute"),
        (OPENS, "open now: send before Mon 30 Nov 2026 15:00 EST"),
        (datetime(2026, 11, 16, 9, tzinfo=NEW_YORK), "opens in 11 days"),
        (datetime(2026, 11, 25, 5, 30, tzinfo=NEW_YORK), "opens in 2 days 3 hours"),
        (
            CLOSES,
            "closed less than a minute ago: send as soon as you can, and say why you are late",
        ),
        (
            datetime(2028, 12, 1, tzinfo=timezone.utc),
            "closed 2 years ago: send as soon as you can, and say why you are late",
        ),
    ],
)
def test_now_line(now: datetime, expected: str) -> None:
    """Before, inside and after the window, in words; the window is [opens, closes)."""
    assert now_line(OPENS, CLOSES, now, NEW_YORK) == expected


def test_now_line_shows_the_deadline_in_the_zone_asked_for() -> None:
    """'send before' is given in the reader's zone (their clock, not the recipient's)."""
    line = now_line(OPENS, CLOSES, OPENS, zoneinfo.ZoneInfo("Europe/Berlin"))
    assert line == "open now: send before Mon 30 Nov 2026 21:00 CET"


@given(
    st.datetimes(
        min_value=datetime(2026, 11, 20),
        max_value=datetime(2026, 12, 5),
        timezones=st.just(timezone.utc),
    )
)
def test_now_line_agrees_with_the_instants(now: datetime) -> None:
    """Which of the three phrases is used depends only on where the instant falls."""
    line = now_line(OPENS, CLOSES, now, NEW_YORK)
    if now < OPENS:
        assert line.startswith("opens in ")
    elif now < CLOSES:
        assert line.startswith("open now: ")
    else:
        assert line.startswith("closed ")


@pytest.mark.parametrize(
    ("ended", "expected"),
    [
        (
            datetime(2062, 11, 25, 15, tzinfo=NEW_YORK),
            "the interview ends on Sat 25 Nov 2062, 36 years from now: check the year",
        ),
        (
            datetime(2024, 11, 25, 15, tzinfo=NEW_YORK),
            "the interview ended on Mon 25 Nov 2024, 2 years ago: check the year",
        ),
        (datetime(2026, 11, 25, 15, tzinfo=NEW_YORK), None),
        (datetime(2027, 11, 25, 15, tzinfo=NEW_YORK), None),
    ],
)
def test_far_from_now(ended: datetime, expected: str | None) -> None:
    """More than a year from now either way looks like a typo in the year."""
    assert far_from_now(ended, datetime(2026, 11, 26, 12, tzinfo=timezone.utc)) == expected


@given(st.timedeltas(min_value=timedelta(days=-3650), max_value=timedelta(days=3650)))
def test_far_from_now_is_exactly_beyond_a_year(gap: timedelta) -> None:
    """The warning appears exactly when the gap is more than 365 days."""
    now = datetime(2026, 11, 26, 12, tzinfo=timezone.utc)
    warned = far_from_now(now + gap, now) is not None
    assert warned == (abs(gap) > timedelta(days=365))


def test_the_date_only_time_is_the_last_minute() -> None:
    """The date-only reading is 23:59, named once for the CLI's note."""
    assert time(23, 59) == DATE_ONLY_TIME


@pytest.mark.parametrize(
    ("text", "tz"),
    [("03/04/2026 15:00", LONDON), ("2026-11-25", NEW_YORK), ("2026-07-01 15:00 EST", NEW_YORK)],
)
def test_new_errors_pickle_with_their_attributes(text: str, tz: zoneinfo.ZoneInfo) -> None:
    """Like every library error, the new ones cross process boundaries intact."""
    with pytest.raises(DatetimeParseError) as caught:
        _parse(text, tz)
    clone = pickle.loads(pickle.dumps(caught.value))
    assert type(clone) is type(caught.value)
    assert str(clone) == str(caught.value)
    assert vars(clone) == vars(caught.value)


# --- The public API: Interview.parse ------------------------------------------------------


def test_interview_parse_asks_about_the_order_and_takes_dayfirst() -> None:
    """Interview.parse(text, tz, dayfirst=...) is the API of --day-first/--month-first."""
    with pytest.raises(ft.AmbiguousDateError):
        ft.Interview.parse("03/04/2026 15:00", "Europe/London")
    interview = ft.Interview.parse("03/04/2026 15:00", "Europe/London", dayfirst=True)
    assert interview.ended_at == datetime(2026, 4, 3, 15, tzinfo=LONDON)


def test_interview_parse_refuses_a_date_alone_unless_asked() -> None:
    """Interview.parse('2026-11-25') needs a time, or allow_date_only=True."""
    with pytest.raises(ft.TimeMissingError, match="no time"):
        ft.Interview.parse("2026-11-25", "America/New_York")
    interview = ft.Interview.parse("2026-11-25", "America/New_York", allow_date_only=True)
    assert interview.ended_at == datetime(2026, 11, 25, 23, 59, tzinfo=NEW_YORK)


def test_interview_parse_warns_about_a_legacy_zone() -> None:
    """tz='EST' in July is UTC-05:00, not New York's EDT: a FollowupTimingWarning says so."""
    with pytest.warns(ft.FollowupTimingWarning, match="EST is a fixed offset") as caught:
        interview = ft.Interview.parse("2026-07-01 15:00", "EST")
    assert interview.ended_at.utcoffset() == timedelta(hours=-5)
    assert caught[0].filename == __file__


def test_interview_parse_is_silent_for_a_place() -> None:
    """No warning for an IANA place name (filterwarnings=error would fail this test)."""
    ft.Interview.parse("2026-07-01 15:00", "America/New_York")
