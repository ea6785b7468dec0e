"""Send windows for a whole CSV of interviews, written to a new CSV.

Each row names the candidate, when the interview ended (in the candidate's zone), and the
recipient's zone, country and subdivision. The output keeps every column and adds
``opens``, ``recommended`` and ``closes`` (ISO 8601 with UTC offsets, in the recipient's
zone), or an ``error`` explaining why a row could not be computed: one bad row must not
stop a batch.

Run:  python examples/batch_windows.py [interviews.csv [windows.csv]]
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import followup_timing as ft

HERE = Path(__file__).resolve().parent
ADDED = ["opens", "recommended", "closes", "error"]


def window_for(row: dict[str, str]) -> ft.SendWindow:
    interview = ft.Interview.parse(
        row["ended_at"], tz=row["timezone"], company=row["company"], role=row["role"]
    )
    calendar = ft.BusinessCalendar(
        timezone=row["recipient_timezone"] or None,
        country=row["country"] or None,
        subdivision=row["subdivision"] or None,
    )
    return ft.send_window(interview, calendar=calendar)


def main(source: Path, target: Path) -> None:
    with source.open(newline="", encoding="utf-8") as stream:
        reader = csv.DictReader(stream)
        fields = list(reader.fieldnames or []) + ADDED
        rows = list(reader)

    for row in rows:
        try:
            window = window_for(row)
        except ft.FollowupTimingError as error:
            # Keep going: the row records what to fix.
            row.update(opens="", recommended="", closes="", error=str(error))
            print(f"{row['candidate']:<14} error: {error}")
            continue
        row.update(
            opens=window.opens.isoformat(),
            recommended=window.recommended.isoformat(),
            closes=window.closes.isoformat(),
            error="",
        )
        print(
            f"{row['candidate']:<14} best at {window.recommended:%a %d %b %Y %H:%M} "
            f"{row['recipient_timezone']}"
        )

    with target.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.DictWriter(stream, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    print(f"Wrote {len(rows)} rows to {target}")


if __name__ == "__main__":
    main(
        Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "interviews.csv",
        Path(sys.argv[2]) if len(sys.argv) > 2 else Path("windows.csv"),
    )
