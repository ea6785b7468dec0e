"""Fuzzing the timing entry points: only the library's own errors, each naming the bad value.

Unlike the reference comparison (whole minutes, 1995-2060), these run over the whole
range datetime can represent, every IANA zone, and arbitrary rules.
"""

from __future__ import annotations

import zoneinfo
from datetime import date, datetime, time, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import followup_timing as ft

# Etc/GMT+12 and Etc/GMT-14 are here for their extreme offsets; that they are legacy names
# which ignore daylight saving is warned about, and tested, in test_newcomer_zones.py.
pytestmark = pytest.mark.filterwarnings("ignore::followup_timing.FollowupTimingWarning")

ALL_ZONES = sorted(zoneinfo.available_timezones())
EDGE_ZONES = [
    "Australia/Lord_Howe",
    "Pacific/Kiritimati",
    "Etc/GMT+12",
    "Etc/GMT-14",
    "America/Santiago",
    "Asia/Kathmandu",
    "UTC",
]
zones = st.one_of(st.sampled_from(EDGE_ZONES), st.sampled_from(ALL_ZONES)).map(zoneinfo.ZoneInfo)
fixed_offsets = st.integers(-23 * 60 - 59, 23 * 60 + 59).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
any_instant = st.datetimes(
    min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59), timezones=zones
).filter(lambda moment: _representable(moment))
near_edges = st.one_of(
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(1, 1, 20), timezones=zones),
    st.datetimes(
        min_value=datetime(9999, 12, 1), max_value=datetime(9999, 12, 31, 23, 59), timezones=zones
    ),
).filter(lambda moment: _representable(moment))


def _representable(moment: datetime) -> bool:
    # Hypothesis may build a local time whose UTC instant is outside datetime's range;
    # such a value cannot even be compared, so it cannot reach the library either.
    try:
        moment.astimezone(timezone.utc)
    except OverflowError:
        return False
    return True


clock = st.times(min_value=time(0), max_value=time(23, 59))


@st.composite
def hour_pairs(draw: st.DrawFn) -> tuple[time, time]:
    a, b = draw(clock), draw(clock)
    if a == b:
        b = time(23, 59, 59) if a < time(23, 59, 59) else time(23, 59, 59, 999999)
        a = min(a, time(23, 59))
    return (min(a, b), max(a, b))


dates = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


@st.composite
def calendars(draw: st.DrawFn) -> ft.BusinessCalendar:
    country = draw(st.sampled_from([None, ("US", "NY"), ("IL", None), ("AE", None), ("CN", None)]))
    hours: object = draw(
        st.one_of(
            hour_pairs(),
            st.dictionaries(st.integers(0, 6), hour_pairs(), min_size=1, max_size=7),
        )
    )
    special = st.one_of(st.none(), hour_pairs())
    kwargs: dict[str, object] = {
        "timezone": draw(st.one_of(st.none(), zones)),
        "weekend": draw(st.one_of(st.none(), st.frozensets(st.integers(0, 6), max_size=6))),
        "hours": hours,
        "special_hours": draw(st.dictionaries(dates, special, max_size=4)),
        "closures": draw(st.frozensets(dates, max_size=4)),
        "extra_workdays": draw(st.frozensets(dates, max_size=2)),
    }
    if country is not None:
        kwargs["country"], kwargs["subdivision"] = country
    try:
        return ft.BusinessCalendar(**kwargs)  # type: ignore[arg-type]
    except ft.CalendarError as error:
        # Rules under which no day can be a business day are refused at construction.
        assert "no day can ever be a business day" in str(error)
        return ft.BusinessCalendar()


delays = st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=366))


@st.composite
def policies(draw: st.DrawFn) -> ft.TimingPolicy:
    a, b = sorted([draw(delays), draw(delays)])
    return ft.TimingPolicy(
        min_delay=a,
        max_delay=b,
        counting=draw(st.sampled_from(["business_days", "calendar"])),
        preferred_hours=draw(st.one_of(st.none(), hour_pairs())),
    )


FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_window_or_own_error(
    ended_at: datetime, calendar: ft.BusinessCalendar, policy: ft.TimingPolicy
) -> None:
    try:
        window = ft.send_window(ft.Interview(ended_at), calendar=calendar, policy=policy)
    except ft.DatetimeRangeError as error:
        assert "Python's datetime can represent" in str(error)
        return
    except ft.NoBusinessTimeError as error:
        assert "no business time within 366 days" in str(error)
        return
    # In UTC: same-zone datetimes compare by wall clock, which misorders a fold.
    opens, recommended, closes = (
        moment.astimezone(timezone.utc)
        for moment in (window.opens, window.recommended, window.closes)
    )
    assert opens <= recommended < closes
    assert opens >= window.raw_open.astimezone(timezone.utc)
    assert window.explain()


@FUZZ
@given(any_instant, calendars(), policies())
def test_send_window_anywhere_in_time(
    ended_at: datetime, calendar: ft.BusinessCalendar, policy: ft.TimingPolicy
) -> None:
    """Any aware instant in years 1-9999, any zone, any rules: a window or our own error."""
    check_window_or_own_error(ended_at, calendar, policy)


@FUZZ
@given(near_edges, calendars(), policies())
def test_send_window_at_the_ends_of_time(
    ended_at: datetime, calendar: ft.BusinessCalendar, policy: ft.TimingPolicy
) -> None:
    """Interviews in year 1 or 9999 give a window or a clear range error, never OverflowError."""
    check_window_or_own_error(ended_at, calendar, policy)


@FUZZ
@given(
    st.datetimes(
        min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=fixed_offsets
    ),
    policies(),
)
def test_send_window_with_fixed_offsets(ended_at: datetime, policy: ft.TimingPolicy) -> None:
    """Fixed UTC offsets from -23:59 to +23:59 work as zones."""
    check_window_or_own_error(ended_at, ft.BusinessCalendar(), policy)


@FUZZ
@given(st.text(max_size=60), st.one_of(st.none(), st.sampled_from(EDGE_ZONES)))
def test_parse_arbitrary_text(text: str, tz: str | None) -> None:
    """Interview.parse on any text returns an aware interview or raises our error."""
    try:
        interview = ft.Interview.parse(text, tz=tz)
    except (ft.DatetimeParseError, ft.NaiveDatetimeError) as error:
        assert repr(text.strip())[1:-1][:20] in str(error) or "naive" in str(error)
        return
    assert interview.ended_at.utcoffset() is not None


@FUZZ
@given(
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)).map(
        lambda moment: moment.isoformat(sep=" ")
    ),
    st.sampled_from(EDGE_ZONES),
)
def test_parse_round_trips_iso_text(text: str, tz: str) -> None:
    """Every ISO local time parses in a zone, or is refused as skipped or out of range."""
    try:
        interview = ft.Interview.parse(text, tz=tz)
    except ft.DatetimeParseError as error:
        assert "does not exist" in str(error) or "limits of datetime" in str(error)
        return
    assert interview.ended_at.replace(tzinfo=None) == datetime.fromisoformat(text)
