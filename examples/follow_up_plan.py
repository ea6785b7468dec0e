"""A whole follow-up plan: the thank-you note, then check-ins timed around the decision date.

The recruiter said on Monday 23 November that the team would decide by Friday 4 December.
The plan thanks the interviewer within 24-48 hours, checks in once the decision date has
passed plus two business days, and checks in one final time a week later. It writes the
three steps to an .ics calendar when the optional icalendar package is installed.

Run:  python examples/follow_up_plan.py
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import followup_timing as ft


def main() -> None:
    new_york = ZoneInfo("America/New_York")
    interview = ft.Interview(
        datetime(2026, 11, 23, 15, 0, tzinfo=new_york), company="Acme", role="Data Analyst"
    )
    calendar = ft.BusinessCalendar(timezone=new_york, country="US", subdivision="NY")
    plan = ft.followup_plan(interview, decision_expected=date(2026, 12, 4), calendar=calendar)

    for number, step in enumerate(plan.steps, 1):
        window = step.window
        print(
            f"{number}. {step.kind:<15} best {window.recommended:%a %d %b %H:%M}"
            f"  (window {window.opens:%a %d %b %H:%M} to {window.closes:%a %d %b %H:%M})"
        )
        print(f"   {step.reason}")

    try:
        plan.to_ics("follow_up_plan.ics")
    except ft.MissingDependencyError as missing:
        print(f"\nNo calendar file: {missing}")
    else:
        print("\nWrote follow_up_plan.ics with one event per step.")


if __name__ == "__main__":
    main()
