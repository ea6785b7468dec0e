"""A recipient abroad: the candidate is in Los Angeles, the hiring manager in Auckland.

The window follows the recipient's calendar (New Zealand's holidays, Auckland's business
hours and daylight-saving time); the candidate also needs it in their own clock to know
when to hit send. The interview ends the day before Waitangi Day, a public holiday in NZ.

Run:  python examples/recipient_abroad.py
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import followup_timing as ft

LOS_ANGELES = ZoneInfo("America/Los_Angeles")
AUCKLAND = ZoneInfo("Pacific/Auckland")


def clock(moment: datetime) -> str:
    return f"{moment:%a %d %b %H:%M %Z}"


def main() -> None:
    # The video call ended at 2 pm in Los Angeles: already Thursday morning in Auckland.
    interview = ft.Interview(
        datetime(2026, 2, 4, 14, 0, tzinfo=LOS_ANGELES),
        company="Kiwi Freight",
        role="Senior Data Engineer",
        interviewers=["Aroha Ngata"],
        kind="video",
    )
    recipient = ft.BusinessCalendar(timezone=AUCKLAND, country="NZ")
    window = ft.send_window(interview, calendar=recipient)

    print(f"Follow-up to {interview.interviewers[0]} ({interview.company}, Auckland)")
    for where, zone in (("Auckland (recipient)", AUCKLAND), ("Los Angeles (you)", LOS_ANGELES)):
        print(f"  {where}:")
        print(f"    opens        {clock(window.opens.astimezone(zone))}")
        print(f"    recommended  {clock(window.recommended.astimezone(zone))}")
        print(f"    closes       {clock(window.closes.astimezone(zone))}")

    # Writing the draft the evening after the call would be too early for Auckland.
    draft_ready = datetime(2026, 2, 4, 19, 30, tzinfo=LOS_ANGELES)
    print(f"Sending at {clock(draft_ready)} would be {window.status(draft_ready).value}.")
    print()
    print(window.explain())


if __name__ == "__main__":
    main()
