"""``followup_plan``: the thank-you and check-ins, in order, on the recipient's calendar."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import followup_timing as ft

NY = ZoneInfo("America/New_York")
US_NY = ft.BusinessCalendar(timezone=NY, country="US", subdivision="NY")
MONDAY_3PM = datetime(2026, 11, 23, 15, tzinfo=NY)


def utc(moment: datetime) -> datetime:
    """Compare instants in UTC: same-zone datetimes compare by wall clock, ignoring fold."""
    return moment.astimezone(timezone.utc)


def recommended(plan: ft.FollowupPlan) -> list[tuple[str, datetime]]:
    return [(step.kind, step.window.recommended) for step in plan.steps]


def is_business_time(calendar: ft.BusinessCalendar, moment: datetime) -> bool:
    """Rule 2, stated directly on the recipient's wall clock."""
    local = moment.astimezone(calendar.timezone)
    hours = calendar.hours_on(local.date())
    return (
        calendar.is_business_day(local.date())
        and hours is not None
        and hours[0] <= local.time().replace(fold=0) < hours[1]
    )


def test_default_plan_without_decision_date() -> None:
    """Thank-you in 24-48 h, check-in 5 business days later, a final one 5 after that."""
    plan = ft.followup_plan(ft.Interview(MONDAY_3PM), calendar=US_NY)
    assert recommended(plan) == [
        ("thank_you", datetime(2026, 11, 25, 9, tzinfo=NY)),
        # Wed 09:00 + 5 business days, Thanksgiving (Thu 26) not counted: Thu 3 Dec 09:00.
        ("check_in", datetime(2026, 12, 3, 9, tzinfo=NY)),
        ("final_check_in", datetime(2026, 12, 10, 9, tzinfo=NY)),
    ]
    assert "Thanksgiving Day" in plan.steps[1].window.explain()
    assert "stop following up" in plan.steps[2].reason


def test_decision_date_moves_the_first_check_in() -> None:
    """A named decision date: wait until it has passed plus two business days."""
    plan = ft.followup_plan(
        ft.Interview(MONDAY_3PM), decision_expected=date(2026, 12, 4), calendar=US_NY
    )
    check_in = plan.steps[1]
    # Friday 4 Dec has passed at Saturday 00:00; Monday and Tuesday count: Wednesday 09:00.
    assert check_in.window.opens == datetime(2026, 12, 9, 9, tzinfo=NY)
    assert "decide by Fri 4 Dec 2026" in check_in.reason
    assert plan.steps[2].window.recommended == datetime(2026, 12, 16, 9, tzinfo=NY)


def test_decision_instant() -> None:
    """An aware decision instant counts from that instant."""
    decision = datetime(2026, 12, 4, 12, tzinfo=timezone.utc)
    plan = ft.followup_plan(ft.Interview(MONDAY_3PM), decision_expected=decision, calendar=US_NY)
    # 07:00 New York on Friday: 17 h Friday, Monday's 24 h, 7 h on Tuesday -> 48 h.
    assert plan.steps[1].window.opens == datetime(2026, 12, 8, 9, tzinfo=NY)
    assert plan.steps[1].window.raw_open == datetime(2026, 12, 8, 7, tzinfo=NY)


def test_early_decision_date_never_overlaps_the_thank_you() -> None:
    """A decision date before the thank-you closes pushes the check-in after it."""
    plan = ft.followup_plan(
        ft.Interview(MONDAY_3PM),
        decision_expected=date(2026, 11, 23),
        calendar=US_NY,
        policy=ft.PlanPolicy(days_after_decision=0),
    )
    assert plan.steps[1].window.opens >= plan.steps[0].window.closes
    assert "would overlap it" in plan.steps[1].window.explain()


def test_plan_policy_counts() -> None:
    """check_ins=0 plans only the thank-you; 1 plans one plain check-in."""
    interview = ft.Interview(MONDAY_3PM)
    assert [
        s.kind for s in ft.followup_plan(interview, policy=ft.PlanPolicy(check_ins=0)).steps
    ] == ["thank_you"]
    assert [
        s.kind for s in ft.followup_plan(interview, policy=ft.PlanPolicy(check_ins=1)).steps
    ] == [
        "thank_you",
        "check_in",
    ]
    three = ft.followup_plan(interview, policy=ft.PlanPolicy(check_ins=3))
    assert [s.kind for s in three.steps] == ["thank_you", "check_in", "check_in", "final_check_in"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"check_ins": 6}, r"check_ins must be a whole number from 0 to 5"),
        ({"check_ins": True}, r"check_ins must be a whole number"),
        ({"days_after_thank_you": 0}, r"days_after_thank_you must be between 1 and 60"),
        ({"days_after_decision": -1}, r"days_after_decision must be between 0 and 60"),
        ({"window_days": 1.5}, r"window_days must be a whole number of days, got 1.5"),
    ],
)
def test_plan_policy_refuses_bad_values(kwargs: dict[str, object], message: str) -> None:
    """PlanPolicy fails at construction with the field's name and range."""
    with pytest.raises(ft.PolicyError, match=message):
        ft.PlanPolicy(**kwargs)  # type: ignore[arg-type]


def test_naive_decision_datetime() -> None:
    """A naive decision instant is refused like any naive datetime."""
    with pytest.raises(ft.NaiveDatetimeError, match=r"decision_expected must be an aware"):
        ft.followup_plan(ft.Interview(MONDAY_3PM), decision_expected=datetime(2026, 12, 4))


def test_to_dict_and_ics() -> None:
    """The plan exports to JSON-ready data and to one calendar with an event per step."""
    icalendar = pytest.importorskip("icalendar")
    plan = ft.followup_plan(ft.Interview(MONDAY_3PM), calendar=US_NY)
    data = plan.to_dict()
    assert [s["kind"] for s in data["steps"]] == ["thank_you", "check_in", "final_check_in"]
    assert data["steps"][1]["window"]["recommended"] == "2026-12-03T09:00:00-05:00"
    parsed = icalendar.Calendar.from_ical(plan.to_ics(now=MONDAY_3PM))
    events = list(parsed.walk("VEVENT"))
    assert [e.decoded("dtstart") for e in events] == [s.window.recommended for s in plan.steps]
    assert [str(e["summary"]) for e in events] == [
        "Send the thank-you email",
        "Send a check-in email",
        "Send the final check-in email",
    ]
    assert len({str(e["uid"]) for e in events}) == 3
    assert len(list(parsed.walk("VTIMEZONE"))) == 1


CALENDARS = [
    US_NY,
    ft.BusinessCalendar(timezone="Asia/Jerusalem", country="IL"),
    ft.BusinessCalendar(
        timezone="Europe/London",
        hours={d: (time(8), time(16)) for d in range(4)} | {4: (time(8), time(12))},
        closures=[date(2026, 12, 24), date(2026, 12, 29)],
    ),
]
interviews = st.datetimes(
    min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(NY)
).map(ft.Interview)
decisions = st.one_of(st.none(), st.dates(min_value=date(2025, 12, 1), max_value=date(2028, 2, 1)))
plan_policies = st.builds(
    ft.PlanPolicy,
    days_after_decision=st.integers(0, 10),
    days_after_thank_you=st.integers(1, 10),
    days_between_check_ins=st.integers(1, 10),
    check_ins=st.integers(0, 4),
    window_days=st.integers(1, 5),
)


@settings(max_examples=60, deadline=None)
@given(interviews, decisions, st.sampled_from(CALENDARS), plan_policies)
def test_steps_are_ordered_and_never_overlap(
    interview: ft.Interview,
    decision: date | None,
    calendar: ft.BusinessCalendar,
    plan_policy: ft.PlanPolicy,
) -> None:
    """Each step opens at or after the previous one closes, and obeys the calendar."""
    plan = ft.followup_plan(
        interview, decision_expected=decision, calendar=calendar, policy=plan_policy
    )
    assert len(plan.steps) == 1 + plan_policy.check_ins
    for earlier, later in zip(plan.steps, plan.steps[1:], strict=False):
        assert utc(later.window.opens) >= utc(earlier.window.closes)
    for step in plan.steps:
        window = step.window
        assert utc(window.opens) <= utc(window.recommended) < utc(window.closes)
        assert is_business_time(calendar, window.opens)
        assert is_business_time(calendar, window.recommended)


@settings(max_examples=60, deadline=None)
@given(
    interviews,
    st.dates(min_value=date(2025, 12, 1), max_value=date(2028, 2, 1)),
    st.integers(0, 40),
    st.sampled_from(CALENDARS),
)
def test_later_decision_never_makes_a_check_in_earlier(
    interview: ft.Interview, decision: date, later_by: int, calendar: ft.BusinessCalendar
) -> None:
    """Moving the decision date later never moves any check-in earlier."""
    early = ft.followup_plan(interview, decision_expected=decision, calendar=calendar)
    late = ft.followup_plan(
        interview, decision_expected=decision + timedelta(days=later_by), calendar=calendar
    )
    for a, b in zip(early.steps[1:], late.steps[1:], strict=True):
        assert utc(b.window.opens) >= utc(a.window.opens)
        assert utc(b.window.recommended) >= utc(a.window.recommended)


def test_decision_date_before_a_skipped_day() -> None:
    """Samoa skipped Fri 30 Dec 2011: a decision on the 29th passes at the start of the 31st."""
    apia = ZoneInfo("Pacific/Apia")
    calendar = ft.BusinessCalendar(timezone=apia, weekend=())
    interview = ft.Interview(datetime(2011, 12, 27, 15, tzinfo=apia))
    plan = ft.followup_plan(interview, decision_expected=date(2011, 12, 29), calendar=calendar)
    anchor = plan.steps[1].window.anchor
    assert anchor is not None
    assert anchor.at == datetime(2011, 12, 31, 0, 0, tzinfo=apia)


def test_thank_you_reason_follows_the_policy() -> None:
    """The thank-you step's reason states the delays actually used."""
    quick = ft.TimingPolicy(
        min_delay=timedelta(hours=2), max_delay=timedelta(hours=6), counting="calendar"
    )
    plan = ft.followup_plan(ft.Interview(MONDAY_3PM), policy=quick)
    assert plan.steps[0].reason.endswith("2 to 6 hours after the interview.")
    default = ft.followup_plan(ft.Interview(MONDAY_3PM))
    assert default.steps[0].reason.endswith(
        "24 to 48 hours after the interview, counting only business days."
    )


def test_policy_takes_a_plan_policy_or_a_timing_policy() -> None:
    """policy= is the PlanPolicy; a TimingPolicy alone is shorthand for PlanPolicy(timing=...)."""
    timing = ft.TimingPolicy(preferred_hours=(time(13), time(15)))
    shorthand = ft.followup_plan(ft.Interview(MONDAY_3PM), policy=timing)
    explicit = ft.followup_plan(ft.Interview(MONDAY_3PM), policy=ft.PlanPolicy(timing=timing))
    assert shorthand == explicit
    assert [s.window.recommended.hour for s in shorthand.steps] == [13, 13, 13]
    with pytest.raises(ft.PolicyError, match=r"timing must be a TimingPolicy, got str"):
        ft.PlanPolicy(timing="fast")  # type: ignore[arg-type]
