"""The timing of a message, not only its text: sent-too-early, sent-too-late, sent-on-time.

The check reads the window send_window computed, so its verdict is SendWindow.status():
one computation, not two.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

import followup_timing as ft

NY = ZoneInfo("America/New_York")
ALEX = ft.Candidate(name="Alex Kim", highlights=["five years of SQL"])
CONTEXT = ft.EmailContext(company="Globex", role="Data Analyst")
DRAFT = ft.draft_email(
    "thank_you",
    candidate=ALEX,
    context=CONTEXT,
    recipient=ft.Recipient("Dana", email="dana@globex.example"),
)
TIMING = ("sent-too-early", "sent-too-late", "sent-on-time")


def thanksgiving() -> ft.SendWindow:
    """Interview Wed 25 Nov 2026 15:00 in New York; Thanksgiving pauses the clock."""
    interview = ft.Interview(datetime(2026, 11, 25, 15, tzinfo=NY))
    calendar = ft.BusinessCalendar(timezone=NY, country="US", subdivision="NY")
    return ft.send_window(interview, calendar=calendar)


def timing_of(report: ft.EmailReport) -> list[ft.Finding]:
    return [f for f in report.findings if f.code in TIMING]


def test_sent_too_early_says_how_long_to_wait_and_when() -> None:
    """Thu 26 Nov 10:00 is 29 hours before the window opens Fri 15:00; best Mon 09:00."""
    report = ft.validate_email(
        DRAFT.body, send_at=datetime(2026, 11, 26, 10, tzinfo=NY), window=thanksgiving()
    )
    (finding,) = timing_of(report)
    assert finding.code == "sent-too-early"
    assert finding.severity == "warning"
    assert finding.message == (
        "Sent Thu 26 Nov 2026 10:00, 1 day 5 hours before the send window opens at "
        "Fri 27 Nov 2026 15:00 (recipient's time, America/New_York)."
    )
    assert finding.suggestion == (
        "Wait 1 day 5 hours; the best moment is Mon 30 Nov 2026 09:00 (recipient's time, "
        "America/New_York)."
    )
    assert report.ok  # a warning: the text itself is fine


def test_sent_too_late_suggests_acknowledging_the_delay() -> None:
    """Tue 1 Dec 10:00 is 19 hours after the window closed Mon 30 Nov 15:00."""
    report = ft.validate_email(
        DRAFT.body, send_at=datetime(2026, 12, 1, 10, tzinfo=NY), window=thanksgiving()
    )
    (finding,) = timing_of(report)
    assert finding.code == "sent-too-late"
    assert finding.message == (
        "Sent Tue 01 Dec 2026 10:00, 19 hours after the send window closed at "
        "Mon 30 Nov 2026 15:00 (recipient's time, America/New_York)."
    )
    assert finding.suggestion is not None
    assert finding.suggestion.startswith("Acknowledge the delay in one sentence near the start")


def test_on_time_is_an_info_line() -> None:
    """The recommended moment is inside the window: one info finding, and the draft is ok."""
    window = thanksgiving()
    report = ft.validate_email(DRAFT.body, send_at=window.recommended, window=window)
    (finding,) = timing_of(report)
    assert (finding.code, finding.severity) == ("sent-on-time", "info")
    assert finding.message == (
        "Sent Mon 30 Nov 2026 09:00, inside the send window from Fri 27 Nov 2026 15:00 to "
        "Mon 30 Nov 2026 15:00 (recipient's time, America/New_York)."
    )
    assert report.ok
    assert report.sent_at == window.recommended


def test_times_are_shown_in_the_recipients_zone() -> None:
    """A send time given in Tokyo is written in the recipient's New York time."""
    tokyo = datetime(2026, 11, 30, 23, tzinfo=ZoneInfo("Asia/Tokyo"))  # Mon 09:00 in New York
    (finding,) = timing_of(ft.validate_email(DRAFT.body, send_at=tokyo, window=thanksgiving()))
    assert finding.message.startswith("Sent Mon 30 Nov 2026 09:00, inside the send window")


def test_the_wait_is_real_time_across_a_clock_change() -> None:
    """From Sat 31 Oct 15:00 EDT to Mon 2 Nov 15:00 EST is 49 real hours (clocks go back)."""
    window = ft.send_window(ft.Interview(datetime(2026, 10, 30, 15, tzinfo=NY)))
    assert window.opens == datetime(2026, 11, 2, 15, tzinfo=NY)
    report = ft.validate_email(
        DRAFT.body, send_at=datetime(2026, 10, 31, 15, tzinfo=NY), window=window
    )
    (finding,) = timing_of(report)
    assert ", 2 days 1 hour before the send window opens" in finding.message


@given(
    offset=st.integers(min_value=-5 * 24 * 60, max_value=10 * 24 * 60),
    zone=st.sampled_from(["America/New_York", "Asia/Tokyo", "UTC", "Europe/London"]),
)
def test_the_verdict_is_the_windows_own_status(offset: int, zone: str) -> None:
    """For any send time the finding is exactly SendWindow.status(): one computation."""
    window = thanksgiving()
    send_at = (window.opens + timedelta(minutes=offset)).astimezone(ZoneInfo(zone))
    (finding,) = timing_of(ft.validate_email(DRAFT.body, send_at=send_at, window=window))
    expected = {
        ft.Timing.EARLY: "sent-too-early",
        ft.Timing.ON_TIME: "sent-on-time",
        ft.Timing.LATE: "sent-too-late",
    }[window.status(send_at)]
    assert finding.code == expected


def test_validate_message_reads_the_date_header() -> None:
    """A message's Date header is its send time; send_at replaces it for a draft."""
    window = thanksgiving()
    early = DRAFT.to_message(date=datetime(2026, 11, 26, 10, tzinfo=NY))
    assert [f.code for f in timing_of(ft.validate_message(bytes(early), window=window))] == [
        "sent-too-early"
    ]
    on_time = ft.validate_message(bytes(early), window=window, send_at=window.recommended)
    assert [f.code for f in timing_of(on_time)] == ["sent-on-time"]
    assert on_time.sent_at == window.recommended


def test_a_window_needs_a_send_time() -> None:
    """Without Date header or send_at the check cannot run: the error says what to pass."""
    with pytest.raises(
        ft.EmailConfigError,
        match=re.escape(
            "send_at=None is invalid: the message has no readable Date header; pass send_at= "
            "with the moment it is sent"
        ),
    ):
        ft.validate_message(bytes(DRAFT.to_message()), window=thanksgiving())
    with pytest.raises(
        ft.EmailConfigError,
        match=re.escape(
            "send_at=None is invalid: a window needs the moment the draft is sent; pass "
            "send_at=datetime(...)"
        ),
    ):
        ft.validate_email(DRAFT.body, window=thanksgiving())


def test_bad_send_at_and_window() -> None:
    """A naive send time, a send time as text and a window of the wrong type are refused."""
    with pytest.raises(ft.NaiveDatetimeError, match=r"^send_at must be an aware datetime"):
        ft.validate_email(DRAFT.body, send_at=datetime(2026, 11, 30, 9), window=thanksgiving())
    with pytest.raises(ft.EmailTypeError, match=r"^send_at must be an aware datetime, got str\.$"):
        ft.validate_email(DRAFT.body, send_at="Mon 9am")  # type: ignore[arg-type]
    with pytest.raises(
        ft.EmailTypeError,
        match=r"^window must be a SendWindow \(from send_window\(\)\), got "
        r"tuple\.$",
    ):
        ft.validate_email(
            DRAFT.body, send_at=datetime(2026, 11, 30, 9, tzinfo=timezone.utc), window=(1, 2)
        )  # type: ignore[arg-type]


def test_timing_codes_can_be_disabled() -> None:
    """Like every finding, the timing ones obey Rules(disabled=...)."""
    window = thanksgiving()
    report = ft.validate_email(
        DRAFT.body,
        send_at=window.recommended,
        window=window,
        rules=ft.Rules(disabled={"sent-on-time"}),
    )
    assert timing_of(report) == []
