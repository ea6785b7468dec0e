"""Properties of ``send_window`` from issue 2, and its agreement with the slow reference.

Scenarios come from tests/strategies.py (whole minutes, years 1995-2060, delays up to 96 h,
calendars with at least two open weekdays). Examples the reference could only answer by
walking more than ``BUDGET`` minutes are skipped with ``assume``, never answered loosely.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

import followup_timing as ft
from reference import (
    ReferenceBudgetError,
    ReferenceCalendar,
    ReferenceWindow,
    advance,
    is_business_time,
    reference_status,
    reference_window,
)
from strategies import (
    CalendarSpec,
    PolicySpec,
    Scenario,
    expression_zones,
    policy_specs,
    scenarios,
)

BUDGET = 60_000  # minutes the reference may walk per example (about six weeks)
# The reference comparison is the slow one: half the profile's examples.
REFERENCE_EXAMPLES = max(10, settings().max_examples // 2)
UTC = timezone.utc
NY = "America/New_York"


def utc(moment: datetime) -> datetime:
    """Compare instants in UTC: same-zone datetimes compare by wall clock, ignoring fold."""
    return moment.astimezone(timezone.utc)


def send(s: Scenario, ended_at: datetime | None = None) -> ft.SendWindow:
    """The engine's window for a scenario (optionally for another interview end)."""
    interview = ft.Interview(ended_at=s.ended_at if ended_at is None else ended_at)
    return ft.send_window(interview, calendar=s.calendar.build(), policy=s.policy.build())


def zone_of(s: Scenario) -> tzinfo:
    """The calendar's zone: its own, or the zone ended_at is written in."""
    zone = s.calendar.zone if s.calendar.zone is not None else s.ended_at.tzinfo
    assert zone is not None
    return zone


def reference_calendar(s: Scenario) -> ReferenceCalendar:
    """The scenario's calendar for the reference, with its zone resolved."""
    return replace(s.calendar.reference(), zone=zone_of(s))


def reference(s: Scenario) -> ReferenceWindow:
    """The reference's window, skipping examples that need too long a walk."""
    try:
        return reference_window(
            s.ended_at, calendar=s.calendar.reference(), policy=s.policy.reference(), budget=BUDGET
        )
    except ReferenceBudgetError:
        assume(False)
        raise  # unreachable: assume(False) raises


def raw_close(s: Scenario, ended_at: datetime) -> datetime:
    """Rule 3's raw_close for another interview end, from the reference."""
    try:
        return advance(
            ended_at,
            s.policy.max_delay,
            calendar=reference_calendar(s),
            counting=s.policy.counting,
            budget=BUDGET,
        )
    except ReferenceBudgetError:
        assume(False)
        raise


def assert_same(actual: datetime, expected: datetime, what: str) -> None:
    """Same instant, same zone, same printed local time and offset."""
    assert actual.isoformat() == expected.isoformat(), what
    assert actual == expected, what
    assert actual.tzinfo == expected.tzinfo, what


@given(scenarios())
def test_window_is_ordered(s: Scenario) -> None:
    """opens <= recommended < closes for every calendar, policy and interview."""
    w = send(s)
    assert utc(w.opens) <= utc(w.recommended) < utc(w.closes)


@given(scenarios())
def test_opens_and_recommended_are_business_time(s: Scenario) -> None:
    """Rules 4 and 6 only pick business-time instants (rule 2, checked by the reference)."""
    w = send(s)
    calendar = reference_calendar(s)
    assert is_business_time(w.opens, calendar=calendar)
    assert is_business_time(w.recommended, calendar=calendar)


@given(scenarios(counting="calendar"))
def test_calendar_mode_opens_after_min_delay(s: Scenario) -> None:
    """In calendar mode the window never opens before ended_at + min_delay (elapsed time)."""
    w = send(s)
    assert utc(w.opens) >= utc(s.ended_at) + s.policy.min_delay


@given(scenarios(counting="business_days"))
def test_business_days_mode_opens_after_min_delay(s: Scenario) -> None:
    """Counting only business days never runs faster than the clock."""
    w = send(s)
    assert utc(w.opens) >= utc(s.ended_at) + s.policy.min_delay


@given(scenarios(explicit_zone=True), expression_zones())
def test_zone_of_ended_at_does_not_matter(s: Scenario, other: tzinfo) -> None:
    """With an explicit calendar zone, the same instant written in any zone gives one window."""
    w = send(s)
    moved = send(s, s.ended_at.astimezone(other))
    for name in ("opens", "closes", "recommended"):
        assert_same(getattr(moved, name), getattr(w, name), name)


@given(scenarios(), st.integers(0, 3 * 24 * 60))
def test_later_interview_never_opens_earlier(s: Scenario, later_by: int) -> None:
    """opens is monotone; so are closes and recommended unless rule 5's fallback is left.

    Rule 5 closes a window at the end of the stretch beginning at opens when no business time
    precedes raw_close (the fallback). A later interview can leave the fallback and close at its
    own, earlier raw_close (see test_fallback_can_make_a_later_window_close_earlier), so closes
    and recommended are only compared when the earlier window is not a fallback or both are.
    """
    # Real elapsed minutes later, still written in the interview's own zone.
    later = (utc(s.ended_at) + timedelta(minutes=later_by)).astimezone(s.ended_at.tzinfo)
    w1, w2 = send(s), send(s, later)
    assert utc(w2.opens) >= utc(w1.opens)
    fallback1 = utc(w1.opens) >= utc(raw_close(s, s.ended_at))
    fallback2 = utc(w2.opens) >= utc(raw_close(s, later))
    if fallback2 or not fallback1:
        assert utc(w2.closes) >= utc(w1.closes)
        assert utc(w2.recommended) >= utc(w1.recommended)


def test_fallback_can_make_a_later_window_close_earlier() -> None:
    """The spec's rule 5 is not monotone in closes: 07:00 closes at 17:00, 07:40 at 09:10."""
    calendar = ft.BusinessCalendar(timezone=NY)
    policy = ft.TimingPolicy(
        min_delay=timedelta(minutes=60),
        max_delay=timedelta(minutes=90),
        counting="calendar",
        preferred_hours=(time(10), time(11)),
    )
    ny = ZoneInfo(NY)

    def window(hour: int, minute: int) -> ft.SendWindow:
        ended_at = datetime(2026, 11, 16, hour, minute, tzinfo=ny)  # a Monday
        return ft.send_window(ft.Interview(ended_at=ended_at), calendar=calendar, policy=policy)

    # 07:00: raw window [08:00, 08:30) has no business time -> fallback: 09:00 to 17:00.
    # 07:40: raw window [08:40, 09:10) holds 09:00-09:10 -> closes at raw_close 09:10.
    early, late = window(7, 0), window(7, 40)
    assert (early.opens, early.closes, early.recommended) == (
        datetime(2026, 11, 16, 9, tzinfo=ny),
        datetime(2026, 11, 16, 17, tzinfo=ny),
        datetime(2026, 11, 16, 10, tzinfo=ny),
    )
    assert (late.opens, late.closes, late.recommended) == (
        datetime(2026, 11, 16, 9, tzinfo=ny),
        datetime(2026, 11, 16, 9, 10, tzinfo=ny),
        datetime(2026, 11, 16, 9, tzinfo=ny),
    )


@st.composite
def _probes(draw: st.DrawFn, w: ft.SendWindow) -> datetime:
    """Instants at, just around, and between the window's edges, written in any zone."""
    edge = draw(st.sampled_from([w.opens, w.closes]))
    shift = draw(
        st.one_of(
            st.sampled_from([timedelta(0), timedelta(microseconds=-1), timedelta(microseconds=1)]),
            st.integers(-3 * 24 * 60, 3 * 24 * 60).map(lambda m: timedelta(minutes=m)),
        )
    )
    return (edge + shift).astimezone(draw(expression_zones()))


@given(scenarios(), st.data())
def test_status_and_contains_agree_with_the_window(s: Scenario, data: st.DataObject) -> None:
    """status(at) is EARLY before opens, ON_TIME in [opens, closes), LATE after; contains agrees."""
    w = send(s)
    for _ in range(5):
        at = data.draw(_probes(w))
        expected = reference_status(at, w.opens, w.closes)
        assert w.status(at) is ft.Timing[expected]
        assert w.contains(at) is (expected == "ON_TIME")


@given(scenarios())
def test_results_are_in_the_calendars_zone(s: Scenario) -> None:
    """opens, closes and recommended carry the calendar's zone (ended_at's when it has none)."""
    w = send(s)
    for value in (w.opens, w.closes, w.recommended):
        assert value.tzinfo == zone_of(s)


@settings(max_examples=REFERENCE_EXAMPLES)
@given(scenarios())
@example(
    Scenario(
        ended_at=datetime(2026, 11, 25, 15, tzinfo=ZoneInfo(NY)),
        calendar=CalendarSpec(timezone=NY, country="US", subdivision="NY"),
        policy=PolicySpec(),
    )
)
def test_engine_equals_reference(s: Scenario) -> None:
    """The fast engine equals the minute-by-minute reference: same instants, same zone."""
    expected = reference(s)
    w = send(s)
    for name in ("opens", "closes", "recommended"):
        assert_same(getattr(w, name), getattr(expected, name), name)


@settings(max_examples=REFERENCE_EXAMPLES)
@given(scenarios(), policy_specs())
def test_defaults_equal_the_reference(s: Scenario, policy: PolicySpec) -> None:
    """Without a calendar: Monday-Friday 09:00-17:00 in ended_at's zone, no holidays."""
    default = Scenario(ended_at=s.ended_at, calendar=CalendarSpec(), policy=policy)
    expected = reference(default)
    w = ft.send_window(ft.Interview(ended_at=s.ended_at), policy=policy.build())
    for name in ("opens", "closes", "recommended"):
        assert_same(getattr(w, name), getattr(expected, name), name)
    if policy == PolicySpec():
        assert ft.send_window(ft.Interview(ended_at=s.ended_at)) == w


@pytest.mark.parametrize("zone", ["Asia/Kathmandu", "Australia/Lord_Howe", "Pacific/Chatham"])
@pytest.mark.parametrize("minute", [0, 1, 29, 44, 45, 59])
def test_engine_equals_reference_on_odd_offsets(zone: str, minute: int) -> None:
    """+05:45, Lord Howe's half-hour DST change (2026-10-04) and +12:45/+13:45, to the minute."""
    s = Scenario(
        ended_at=datetime(2026, 10, 2, 16, minute, tzinfo=ZoneInfo(zone)),
        calendar=CalendarSpec(timezone=zone, weekend=(), hours=(time(1, 45), time(2, 15))),
        policy=PolicySpec(preferred_hours=(time(2), time(3))),
    )
    expected = reference(s)
    w = send(s)
    for name in ("opens", "closes", "recommended"):
        assert_same(getattr(w, name), getattr(expected, name), name)
