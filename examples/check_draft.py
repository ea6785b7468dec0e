"""Check a draft saved from a mail client (followup_draft.eml) before sending it.

The validator reads the whole message: it takes the subject and Date headers, and sets
the quoted reply and the signature aside. The Date header is then checked against the
send window of the interview, so both halves of the library answer together: is the
draft complete, and is it going out at the right time?

Run:  python examples/check_draft.py [path/to/draft.eml]
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import followup_timing as ft

DRAFT = Path(__file__).resolve().parent / "followup_draft.eml"


def main(path: Path) -> None:
    context = ft.EmailContext(company="Acme", role="Data Analyst", interviewers=["Dana Reyes"])
    report = ft.validate_message(path.read_bytes(), context=context)

    print(f"Subject: {report.subject}")
    for name, move in report.moves.items():
        where = f" (body line {move.evidence[0].line})" if move.evidence else ""
        print(f"  {name:<15} {'present' if move.present else 'MISSING'}{where}")
    for finding in report.findings:
        line = f"body line {finding.span.line}: " if finding.span else ""
        print(f"{finding.severity}: {line}{finding.message} [{finding.code}]")
        if finding.suggestion:
            print(f"    -> {finding.suggestion}")
    print("Ready to send." if report.ok else "Not ready to send yet.")

    # The interview ended in New York the afternoon before Thanksgiving.
    new_york = ZoneInfo("America/New_York")
    interview = ft.Interview(datetime(2026, 11, 25, 15, 0, tzinfo=new_york))
    calendar = ft.BusinessCalendar(timezone=new_york, country="US", subdivision="NY")
    window = ft.send_window(interview, calendar=calendar)
    if report.sent_at is not None:
        sent = report.sent_at.astimezone(new_york)
        print(
            f"Dated {sent:%a %d %b %H:%M %Z}: {window.status(sent).value} "
            f"(the window opens {window.opens:%a %d %b %H:%M} and closes "
            f"{window.closes:%a %d %b %H:%M})."
        )


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DRAFT)
