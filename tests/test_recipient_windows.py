"""recipient_windows: each interviewer's window on their own calendar, and a shared moment."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import followup_timing as ft

NY = ZoneInfo("America/New_York")
SINGAPORE = ZoneInfo("Asia/Singapore")
BERLIN = ZoneInfo("Europe/Berlin")
INVITES = Path(__file__).parent / "data" / "invites"


def assert_same(actual: datetime, expected: datetime) -> None:
    assert actual == expected
    assert getattr(actual.tzinfo, "key", None) == getattr(expected.tzinfo, "key", None)


def test_each_window_is_send_window_on_the_recipients_calendar() -> None:
    """A recipient's window is exactly send_window on their calendar: one computation."""
    default = ft.BusinessCalendar(country="US")
    wei = ft.Recipient("Wei", timezone="Asia/Singapore", country="SG")
    interview = ft.Interview(datetime(2026, 11, 24, 15, tzinfo=NY), interviewers=["Ana", wei])
    windows = ft.recipient_windows(interview, calendar=default)
    assert windows.window_for("Ana") == ft.send_window(interview, calendar=default)
    assert windows.window_for(wei) == ft.send_window(
        interview, calendar=ft.BusinessCalendar(timezone=SINGAPORE, country="SG")
    )
    assert [entry.recipient for entry in windows.windows] == [ft.Recipient("Ana"), wei]


def test_panel_from_the_teams_invite_across_three_offices() -> None:
    """The Teams panel ends Fri 27 Nov 11:30 in Berlin (18:30 in Singapore); Anna works in
    Amsterdam, Tom in Berlin, Wei in Singapore. 24 business hours later: Mon 11:30 for
    Anna and Tom, Mon 18:30 for Wei, after his close, so his window opens Tue 09:00 and
    closes at his 17:00 (48 hours falls at 18:30). The windows overlap Tue 02:00-10:00 in
    Berlin, where everyone's business hours meet from 09:00."""
    interview = ft.Interview.from_ics(
        (INVITES / "teams.ics").read_bytes(), candidate_email="alex.kim@example.com"
    )
    offices = {
        "Anna de Vries": {"timezone": "Europe/Amsterdam", "country": "NL"},
        "Tom Janssen": {"timezone": "Europe/Berlin", "country": "DE", "subdivision": "BE"},
        "Wei Zhang": {"timezone": "Asia/Singapore", "country": "SG"},
    }
    interview = attrs.evolve(
        interview,
        interviewers=[
            attrs.evolve(person, **offices[person.name]) for person in interview.recipients
        ],
    )
    windows = ft.recipient_windows(interview)
    amsterdam = ZoneInfo("Europe/Amsterdam")
    anna = windows.window_for("Anna de Vries")
    assert_same(anna.opens, datetime(2026, 11, 30, 11, 30, tzinfo=amsterdam))
    assert_same(anna.closes, datetime(2026, 12, 1, 11, 30, tzinfo=amsterdam))
    wei = windows.window_for("Wei Zhang")
    assert_same(wei.opens, datetime(2026, 12, 1, 9, tzinfo=SINGAPORE))
    assert_same(wei.closes, datetime(2026, 12, 1, 17, tzinfo=SINGAPORE))
    assert windows.together is not None
    assert_same(windows.together, datetime(2026, 12, 1, 9, tzinfo=BERLIN))
    assert all(entry.window.contains(windows.together) for entry in windows.windows)


def test_windows_that_do_not_overlap_give_each_its_own_moment() -> None:
    """With Wei's office closed on Thursday, his window starts after Ana's closes: no common
    moment, and each note goes at its own recommended time, in time order."""
    closed = ft.BusinessCalendar(timezone=SINGAPORE, closures={date(2026, 11, 26)})
    wei = ft.Recipient("Wei", calendar=closed)
    interview = ft.Interview(datetime(2026, 11, 24, 15, tzinfo=NY), interviewers=[wei, "Ana"])
    windows = ft.recipient_windows(interview)
    assert windows.together is None
    assert [(moment, person.name) for moment, person in windows.moments] == [
        (datetime(2026, 11, 26, 9, tzinfo=NY), "Ana"),
        (datetime(2026, 11, 27, 9, tzinfo=SINGAPORE), "Wei"),
    ]
    summary = windows.summary()
    assert "The windows do not overlap: send each note at its own time:" in summary
    assert summary.endswith(
        "  Ana: Thu 26 Nov 09:00 (America/New_York)\n  Wei: Fri 27 Nov 09:00 (Asia/Singapore)"
    )


zones = st.sampled_from(
    [
        "America/New_York",
        "America/Los_Angeles",
        "Europe/Berlin",
        "Asia/Singapore",
        "Australia/Sydney",
        "Asia/Kolkata",
        "UTC",
    ]
)


@given(
    ended=st.datetimes(
        min_value=datetime(2000, 1, 1), max_value=datetime(2040, 12, 31), timezones=st.just(NY)
    ),
    people=st.lists(zones, min_size=1, max_size=4),
)
def test_the_summary_moment_is_inside_every_window(ended: datetime, people: list[str]) -> None:
    """When there is a shared moment it lies in every window; when there is none the windows
    do not overlap; the moments are in time order either way."""
    interview = ft.Interview(
        ended,
        interviewers=[ft.Recipient(f"Person {n}", timezone=zone) for n, zone in enumerate(people)],
    )
    windows = ft.recipient_windows(interview)
    if windows.together is not None:
        assert all(entry.window.contains(windows.together) for entry in windows.windows)
    else:
        latest_open = max(entry.window.opens for entry in windows.windows)
        assert any(not entry.window.contains(latest_open) for entry in windows.windows)
    instants = [moment.timestamp() for moment, _ in windows.moments]
    assert instants == sorted(instants)
    assert len(windows.moments) == len(people)


def test_an_interview_without_interviewers_is_refused() -> None:
    """No interviewer, no one to give a window to: the error says what to do instead."""
    with pytest.raises(
        ft.InterviewError,
        match=(
            r"^the interview names no interviewers, so there is no one to give a window to; pass "
            r"Interview\(\.\.\., interviewers=\[\.\.\.\]\) or use send_window\(\) for one window\.$"
        ),
    ):
        ft.recipient_windows(ft.Interview(datetime(2026, 11, 24, 15, tzinfo=NY)))
    with pytest.raises(ft.TimingTypeError, match=r"^interview must be an Interview, got str\.$"):
        ft.recipient_windows("2026-11-24 15:00")  # type: ignore[arg-type]


def test_window_for_an_unknown_name() -> None:
    """Asking for someone who was not there names who was."""
    interview = ft.Interview(datetime(2026, 11, 24, 15, tzinfo=NY), interviewers=["Ana", "Ben"])
    with pytest.raises(
        ft.InterviewError,
        match=r"^'Chloe' is not an interviewer; the interviewers are 'Ana', 'Ben'$",
    ):
        ft.recipient_windows(interview).window_for("Chloe")
