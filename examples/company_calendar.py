"""A company's own calendar: a short Friday, a half day on Christmas Eve, a winter shutdown.

Public holidays come from the country; everything else a company decides for itself is
given to :class:`followup_timing.BusinessCalendar` directly.

Run:  python examples/company_calendar.py
"""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import followup_timing as ft

LONDON = ZoneInfo("Europe/London")
LONG_DAY = (time(9), time(17, 30))

COMPANY = ft.BusinessCalendar(
    timezone=LONDON,
    country="GB",
    subdivision="ENG",
    # Monday to Thursday 09:00-17:30, Friday 09:00-13:00; weekends have no hours at all.
    hours={0: LONG_DAY, 1: LONG_DAY, 2: LONG_DAY, 3: LONG_DAY, 4: (time(9), time(13))},
    # Christmas Eve is a half day.
    special_hours={date(2026, 12, 24): (time(9), time(12))},
    # The office shuts between the bank holidays.
    closures=[date(2026, 12, 29), date(2026, 12, 30), date(2026, 12, 31)],
)


def show(label: str, ended_at: datetime) -> None:
    window = ft.send_window(ft.Interview(ended_at), calendar=COMPANY)
    print(f"{label}: interview ended {ended_at:%a %d %b %H:%M}")
    print(
        f"  send between {window.opens:%a %d %b %H:%M} and {window.closes:%a %d %b %H:%M}; "
        f"best at {window.recommended:%a %d %b %H:%M}"
    )
    for sentence in window.explanation():
        print(f"  - {sentence}")
    print()


def main() -> None:
    # Thursday afternoon: 24 hours later it is Friday 15:00, after the short Friday closes.
    show("Short Friday", datetime(2026, 12, 17, 15, 0, tzinfo=LONDON))
    # The day before Christmas Eve: holidays and the shutdown stop the clock for 11 days.
    show("Winter shutdown", datetime(2026, 12, 23, 11, 0, tzinfo=LONDON))


if __name__ == "__main__":
    main()
