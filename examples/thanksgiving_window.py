"""The send window for an interview that ended the afternoon before Thanksgiving.

Run:  python examples/thanksgiving_window.py
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import followup_timing as ft


def main() -> None:
    new_york = ZoneInfo("America/New_York")
    interview = ft.Interview(datetime(2026, 11, 25, 15, 0, tzinfo=new_york), role="Data Analyst")
    calendar = ft.BusinessCalendar(timezone=new_york, country="US", subdivision="NY")
    window = ft.send_window(interview, calendar=calendar)

    print(
        f"Send between {window.opens:%a %d %b %H:%M} and {window.closes:%a %d %b %H:%M} "
        f"({window.opens:%Z}); best at {window.recommended:%a %d %b %H:%M}."
    )
    print()
    print(window.explain())


if __name__ == "__main__":
    main()
