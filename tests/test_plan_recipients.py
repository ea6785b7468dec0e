"""followup_plan for a panel: per-interviewer windows, and calendar events that carry drafts."""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import icalendar

import followup_timing as ft

NY = ZoneInfo("America/New_York")
SINGAPORE = ZoneInfo("Asia/Singapore")
STAMP = datetime(2026, 11, 24, 20, tzinfo=timezone.utc)
ANA = ft.Recipient("Ana", email="ana@globex.example")
WEI = ft.Recipient("Wei", email="wei@globex.example", timezone="Asia/Singapore")
INTERVIEW = ft.Interview(
    datetime(2026, 11, 24, 15, tzinfo=NY),
    company="Globex",
    role="Data Analyst",
    interviewers=[ANA, WEI],
)


def events(data: bytes) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    return [e for e in calendar.walk("VEVENT") if isinstance(e, icalendar.Event)]


def test_the_plan_gives_each_interviewer_their_window() -> None:
    """plan.recipients is recipient_windows on the same calendar and policy: one computation."""
    calendar = ft.BusinessCalendar()
    plan = ft.followup_plan(INTERVIEW, calendar=calendar)
    assert plan.recipients == ft.recipient_windows(INTERVIEW, calendar=calendar)
    data = plan.to_dict()
    assert [(r["name"], r["email"]) for r in data["recipients"]] == [
        ("Ana", "ana@globex.example"),
        ("Wei", "wei@globex.example"),
    ]
    assert data["send_all_at"] == "2026-11-25T20:00:00-05:00"
    assert "Thank-you notes, one per interviewer:\nAna (America/New_York):" in plan.explain()


def test_a_plan_without_interviewers_has_no_recipients() -> None:
    """With no one named, the plan is as before: no per-recipient windows."""
    plan = ft.followup_plan(ft.Interview(datetime(2026, 11, 24, 15, tzinfo=NY)))
    assert plan.recipients is None
    assert "recipients" not in plan.to_dict()


def test_event_titles_name_the_role_and_company() -> None:
    """Without drafts, each step's event says what the interview was for."""
    titles = [str(e["SUMMARY"]) for e in events(ft.followup_plan(INTERVIEW).to_ics(now=STAMP))]
    assert titles == [
        "Send the thank-you email (Data Analyst at Globex)",
        "Send a check-in email (Data Analyst at Globex)",
        "Send the final check-in email (Data Analyst at Globex)",
    ]


def test_events_carry_each_interviewers_draft_in_their_window() -> None:
    """With a panel's drafts, each thank-you gets its own event in its recipient's window,
    with the draft's subject and opening in the description, before the explanation."""
    plan = ft.followup_plan(INTERVIEW)
    notes = ft.draft_panel(
        candidate=ft.Candidate(name="Alex Kim", highlights=["five years of SQL"]),
        context=ft.EmailContext(company="Globex", role="Data Analyst"),
        recipients=INTERVIEW.recipients,
        topics={"Ana": "the churn model", "Wei": "the regional data team"},
    )
    check_in = ft.draft_email(
        "check_in",
        candidate=ft.Candidate(name="Alex Kim", highlights=["five years of SQL"]),
        context=ft.EmailContext(company="Globex", role="Data Analyst"),
    )
    found = events(plan.to_ics(now=STAMP, drafts=[*notes, check_in]))
    assert [str(e["SUMMARY"]) for e in found] == [
        "Send the thank-you email to Ana (Data Analyst at Globex)",
        "Send the thank-you email to Wei (Data Analyst at Globex)",
        "Send a check-in email (Data Analyst at Globex)",
        "Send the final check-in email (Data Analyst at Globex)",
    ]
    assert plan.recipients is not None
    wei = plan.recipients.window_for("Wei")
    assert found[1].decoded("DTSTART") == wei.recommended
    assert str(found[1]["DTSTART"].params["TZID"]) == "Asia/Singapore"
    description = str(found[1]["DESCRIPTION"])
    assert description.startswith("Subject: Thank you - Data Analyst interview\n\nHi Wei, ")
    assert " ...\n\n" in description
    assert description.endswith(wei.explain())
    assert str(found[2]["DESCRIPTION"]).startswith(f"Subject: {check_in.subject}\n\n")
    assert str(found[3]["DESCRIPTION"]) == plan.steps[2].window.explain()
    assert len({str(e["UID"]) for e in found}) == 4


def test_drafts_must_be_drafts() -> None:
    """Anything but a draft among drafts= is a TypeError naming its index."""
    import pytest

    with pytest.raises(ft.TimingTypeError, match=r"^drafts\[0\] must be a Draft, got str\.$"):
        ft.followup_plan(INTERVIEW).to_ics(now=STAMP, drafts=["Hi Ana"])
