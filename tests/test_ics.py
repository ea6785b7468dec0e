"""Calendar export: SendWindow.to_ics writes an RFC 5545 event that reads back to the same times."""

from __future__ import annotations

import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

import followup_timing as ft

NY = ZoneInfo("America/New_York")
STAMP = datetime(2026, 11, 25, 20, 30, tzinfo=timezone.utc)


def thanksgiving() -> ft.SendWindow:
    interview = ft.Interview(
        datetime(2026, 11, 25, 15, tzinfo=NY), role="Data Analyst", company="Acme"
    )
    calendar = ft.BusinessCalendar(timezone=NY, country="US", subdivision="NY")
    return ft.send_window(interview, calendar=calendar)


def the_event(data: bytes) -> icalendar.Event:
    calendar = icalendar.Calendar.from_ical(data)
    assert isinstance(calendar, icalendar.Calendar)
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    event = events[0]
    assert isinstance(event, icalendar.Event)
    return event


def assert_same_instant_and_zone(actual: datetime, expected: datetime) -> None:
    assert actual == expected
    assert actual.utcoffset() == expected.utcoffset()
    assert getattr(actual.tzinfo, "key", None) == getattr(expected.tzinfo, "key", None)


def test_event_reads_back_to_the_window() -> None:
    """DTSTART is the recommended time and DTEND the close, in the recipient's IANA zone."""
    window = thanksgiving()
    event = the_event(window.to_ics(now=STAMP))
    assert_same_instant_and_zone(event.decoded("dtstart"), window.recommended)
    assert_same_instant_and_zone(event.decoded("dtend"), window.closes)
    assert event.decoded("dtstart") == datetime(2026, 11, 30, 9, tzinfo=NY)
    assert event.decoded("dtend") == datetime(2026, 11, 30, 15, tzinfo=NY)
    assert event["dtstart"].params["TZID"] == "America/New_York"


def test_event_texts_and_stamp() -> None:
    """SUMMARY names the role and company, DESCRIPTION is the explanation, DTSTAMP is `now`."""
    window = thanksgiving()
    event = the_event(window.to_ics(now=STAMP))
    assert str(event["summary"]) == "Send the follow-up email (Data Analyst at Acme)"
    assert str(event["description"]) == window.explain()
    assert event.decoded("dtstamp") == STAMP
    assert str(event["transp"]) == "TRANSPARENT"
    assert re.fullmatch(r"[0-9a-f-]{36}@followup-timing", str(event["uid"]))


def test_default_reminder_is_fifteen_minutes_before() -> None:
    """The event carries one display alarm 15 minutes before the recommended time."""
    event = the_event(thanksgiving().to_ics(now=STAMP))
    (alarm,) = event.walk("VALARM")
    assert str(alarm["action"]) == "DISPLAY"
    assert alarm.decoded("trigger") == timedelta(minutes=-15)
    assert str(alarm["description"]) == "Send the follow-up email (Data Analyst at Acme)"


def test_custom_reminder_summary_and_no_reminder() -> None:
    """reminder and summary are honoured; reminder=None leaves the alarm out."""
    window = thanksgiving()
    event = the_event(window.to_ics(summary="Email Dana", reminder=timedelta(hours=1), now=STAMP))
    assert str(event["summary"]) == "Email Dana"
    assert event.walk("VALARM")[0].decoded("trigger") == timedelta(hours=-1)
    assert the_event(window.to_ics(reminder=None, now=STAMP)).walk("VALARM") == []


def test_dst_window_in_a_non_utc_zone() -> None:
    """Across New York's spring-forward, the event keeps EDT times and a VTIMEZONE that agrees."""
    interview = ft.Interview(datetime(2026, 3, 6, 15, tzinfo=NY))
    window = ft.send_window(interview, calendar=ft.BusinessCalendar(timezone=NY))
    data = window.to_ics(now=STAMP)
    event = the_event(data)
    start = event.decoded("dtstart")
    assert_same_instant_and_zone(start, window.recommended)
    assert start == datetime(2026, 3, 10, 9, tzinfo=NY)
    assert start.utcoffset() == timedelta(hours=-4)
    # A calendar app that only trusts the file's own VTIMEZONE lands on the same instant.
    calendar = icalendar.Calendar.from_ical(data)
    (vtimezone,) = calendar.walk("VTIMEZONE")
    assert isinstance(vtimezone, icalendar.Timezone)
    assert str(vtimezone["tzid"]) == "America/New_York"
    own_zone = vtimezone.to_tz()
    wall = start.replace(tzinfo=None)
    assert wall.replace(tzinfo=own_zone) == window.recommended
    assert b"DTSTART;TZID=America/New_York:20260310T090000" in data


def test_far_zone_auckland() -> None:
    """A recipient in Auckland gets Auckland wall times, whatever zone the interview ended in."""
    auckland = ZoneInfo("Pacific/Auckland")
    interview = ft.Interview(datetime(2026, 3, 10, 14, tzinfo=ZoneInfo("America/Los_Angeles")))
    calendar = ft.BusinessCalendar(timezone=auckland, country="NZ")
    window = ft.send_window(interview, calendar=calendar)
    event = the_event(window.to_ics(now=STAMP))
    assert_same_instant_and_zone(event.decoded("dtstart"), window.recommended)
    assert_same_instant_and_zone(event.decoded("dtend"), window.closes)
    assert event["dtstart"].params["TZID"] == "Pacific/Auckland"


def test_fixed_offset_zone_is_written_in_utc() -> None:
    """A zone with no IANA name is written as UTC times, with no TZID to misread."""
    window = ft.send_window(ft.Interview.parse("2026-11-23T15:00-05:00"))
    data = window.to_ics(now=STAMP)
    event = the_event(data)
    assert event.decoded("dtstart") == window.recommended
    assert event.decoded("dtstart").utcoffset() == timedelta(0)
    assert b"DTSTART:20261125T140000Z" in data
    assert b"TZID" not in data


def test_text_is_escaped_and_lines_folded() -> None:
    """Commas, semicolons and newlines survive; every line is CRLF-ended and at most 75 octets."""
    summary = "Thank Dana; Sam, and Lee\nabout the Q3 plan " + "x" * 120
    data = thanksgiving().to_ics(summary=summary, now=STAMP)
    assert str(the_event(data)["summary"]) == summary
    assert b"SUMMARY:Thank Dana\\; Sam\\, and Lee\\nabout" in data
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in lines)
    assert b"\n" not in b"".join(lines)


def test_writes_the_file_it_returns(tmp_path: Path) -> None:
    """With a path, the same bytes are written there."""
    path = tmp_path / "follow-up.ics"
    data = thanksgiving().to_ics(path, now=STAMP)
    assert path.read_bytes() == data


def test_uid_is_stable_for_one_window_and_differs_between_windows() -> None:
    """Re-exporting a window updates one event; another window is another event."""
    first = the_event(thanksgiving().to_ics(now=STAMP))["uid"]
    again = the_event(thanksgiving().to_ics(now=STAMP + timedelta(days=1)))["uid"]
    other = ft.send_window(ft.Interview(datetime(2026, 11, 23, 15, tzinfo=NY)))
    assert first == again
    assert the_event(other.to_ics(now=STAMP))["uid"] != first


def test_negative_reminder_is_refused() -> None:
    """A reminder after the event's start is a mistake, reported as such."""
    with pytest.raises(
        ft.CalendarExportError,
        match=re.escape(
            "reminder must be a non-negative timedelta (how long before the event) or None, "
            "got datetime.timedelta(days=-1, seconds=86340)"
        ),
    ):
        thanksgiving().to_ics(reminder=timedelta(minutes=-1))


def test_blank_summary_is_refused() -> None:
    """An empty title would import as an untitled event."""
    with pytest.raises(
        ft.CalendarExportError, match=r"^summary must be non-empty text or None, got '  '$"
    ):
        thanksgiving().to_ics(summary="  ")


def test_naive_now_is_refused() -> None:
    """DTSTAMP is an instant: a naive `now` is refused, not assumed UTC."""
    with pytest.raises(ft.NaiveDatetimeError, match=r"^now must be an aware datetime"):
        thanksgiving().to_ics(now=datetime(2026, 11, 25, 20))


def test_missing_icalendar_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without icalendar, the error is ours, an ImportError too, and says what to install."""
    monkeypatch.setitem(sys.modules, "icalendar", None)
    with pytest.raises(ft.MissingDependencyError) as caught:
        thanksgiving().to_ics(now=STAMP)
    assert str(caught.value) == (
        "Calendar export (SendWindow.to_ics) needs the 'icalendar' package, which is not "
        "installed. Install it with: pip install followup-timing[ics]"
    )
    assert isinstance(caught.value, ImportError)
    assert caught.value.name == "icalendar"
    assert caught.value.extra == "ics"
