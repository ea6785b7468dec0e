"""From the calendar invite to ready-to-send messages: one thank-you per interviewer.

The panel interview arrives as a Google Calendar invite (panel_interview.ics). The three
interviewers work in New York, Milan and Singapore: each note is written to one of them,
timed for their own calendar, saved as an .eml file that Outlook and Thunderbird open as a
draft, and checked again, text and timing, before it is sent.

Run:  python examples/invite_to_message.py
It writes one .eml file per interviewer and follow-up-plan.ics in the current directory.
"""

from __future__ import annotations

from pathlib import Path

import attrs

import followup_timing as ft

INVITE = Path(__file__).resolve().with_name("panel_interview.ics")
ME = "alex.kim@example.com"
# Where each interviewer works: the invite names people, not their offices.
OFFICES = {
    "Priya Raman": {"timezone": "America/New_York", "country": "US", "subdivision": "NY"},
    "Marco Bianchi": {"timezone": "Europe/Rome", "country": "IT"},
    "Wei Zhang": {"timezone": "Asia/Singapore", "country": "SG"},
}
TOPICS = {
    "Priya Raman": "the churn model",
    "Marco Bianchi": "the pricing experiments",
    "Wei Zhang": "the Singapore data platform",
}


def main() -> None:
    interview = ft.Interview.from_ics(INVITE.read_bytes(), candidate_email=ME)
    interview = attrs.evolve(
        interview,
        interviewers=[attrs.evolve(p, **OFFICES[p.name]) for p in interview.recipients],
    )
    print(
        f"{interview.role} at {interview.company}, ended "
        f"{interview.ended_at:%a %d %b %H:%M %Z} with {', '.join(interview.interviewers)}."
    )

    plan = ft.followup_plan(interview)
    windows = plan.recipients
    assert windows is not None
    print(windows.summary())

    notes = ft.draft_panel(
        candidate=ft.Candidate(name="Alex Kim", highlights=["five years of SQL", "dbt"]),
        context=ft.EmailContext(company=interview.company, role=interview.role),
        recipients=interview.recipients,
        topics=TOPICS,
    )
    for note in notes:
        assert note.recipient is not None
        window = windows.window_for(note.recipient)
        send_at = windows.together or window.recommended
        path = Path(f"thank-you-{note.recipient.name.split()[0].lower()}.eml")
        path.write_bytes(bytes(note.to_message(date=send_at)))

        # Check the saved file as it will be sent: its text, and its Date in the window.
        report = ft.validate_message(path.read_bytes(), context=note.context, window=window)
        timing = next(f for f in report.findings if f.code.startswith("sent-"))
        verdict = "ready to send" if report.ok else "NOT ready"
        print(f"Wrote {path} to {note.to_message()['To']}: {verdict}, {timing.code}.")

    alike = [
        f
        for report in ft.validate_notes(notes)
        for f in report.findings
        if f.code in ("duplicate-across-recipients", "wrong-name")
    ]
    for finding in alike:
        print(finding)
    if not alike:
        print("No two notes alike, each greets its own reader.")

    plan.to_ics("follow-up-plan.ics", drafts=notes)
    print("Wrote follow-up-plan.ics: one thank-you event per interviewer, then the check-ins.")


if __name__ == "__main__":
    main()
