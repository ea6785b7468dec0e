"""The whole way: invite file -> plan -> one draft per interviewer -> .eml -> checked again.

Each saved message must read back as a draft (X-Unsent), addressed to its interviewer, with
a Date inside that interviewer's own window, and pass the check of its text and timing.
"""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import attrs
import pytest

import followup_timing as ft

ROOT = Path(__file__).resolve().parent.parent
INVITES = {
    "example": ROOT / "examples" / "panel_interview.ics",
    "teams": ROOT / "tests" / "data" / "invites" / "teams.ics",
    "google": ROOT / "tests" / "data" / "invites" / "google.ics",
}
OFFICES = {
    "Priya Raman": {"timezone": "America/New_York", "country": "US", "subdivision": "NY"},
    "Marco Bianchi": {"timezone": "Europe/Rome", "country": "IT"},
    "Wei Zhang": {"timezone": "Asia/Singapore", "country": "SG"},
    "Anna de Vries": {"timezone": "Europe/Amsterdam", "country": "NL"},
    "Tom Janssen": {"timezone": "Europe/Berlin", "country": "DE"},
}


@pytest.mark.parametrize("invite", sorted(INVITES))
def test_invite_to_checked_messages(invite: str, tmp_path: Path) -> None:
    """Every interviewer's message is saved, reads back, and is on time for them."""
    interview = ft.Interview.from_ics(
        INVITES[invite].read_bytes(), candidate_email="alex.kim@example.com"
    )
    interview = attrs.evolve(
        interview,
        interviewers=[
            attrs.evolve(person, **OFFICES.get(person.name, {})) for person in interview.recipients
        ],
    )
    plan = ft.followup_plan(interview)
    assert plan.recipients is not None
    assert interview.company is not None
    assert interview.role is not None
    notes = ft.draft_panel(
        candidate=ft.Candidate(name="Alex Kim", highlights=["five years of SQL"]),
        context=ft.EmailContext(
            company=interview.company,
            role=interview.role,
            topics=["the case study", "the SQL exercise", "the team"],
        ),
        recipients=interview.recipients,
    )
    assert len(notes) == len(interview.recipients) >= 2
    for note in notes:
        assert note.recipient is not None
        window = plan.recipients.window_for(note.recipient)
        send_at = plan.recipients.together or window.recommended
        path = tmp_path / f"{note.recipient.name}.eml"
        path.write_bytes(bytes(note.to_message(date=send_at)))

        raw = path.read_bytes()
        parsed = email.message_from_bytes(raw, policy=email.policy.default)
        assert parsed["X-Unsent"] == "1"
        assert parsed["To"].addresses[0].addr_spec == note.recipient.email
        assert window.contains(parsed["Date"].datetime)

        report = ft.validate_message(raw, context=note.context, window=window)
        assert report.ok, report.findings
        assert "sent-on-time" in report.codes
    assert not any(
        {"duplicate-across-recipients", "wrong-name"} & set(report.codes)
        for report in ft.validate_notes(notes)
    )
