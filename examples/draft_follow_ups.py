"""Draft every message of a follow-up: the thank-you note and the two check-ins.

Each draft is written from the facts of the interview, passes the library's own
validator (thanks, interest, qualifications and a call to action, within 50-200 words),
and names the interviewers, the role, the company and a topic discussed. A missing fact
is an error that says what to pass, never a "[Company Name]" left in the text; and a
template of your own replaces a built-in one.

Run:  python examples/draft_follow_ups.py
"""

from __future__ import annotations

import followup_timing as ft

CANDIDATE = ft.Candidate(
    name="Priya Nair",
    highlights=("five years of SQL", "building dbt models", "mentoring junior analysts"),
)
CONTEXT = ft.EmailContext(
    company="Procter & Gamble",
    role="Senior Data Analyst",
    interviewers=("Ms Okafor", "Ben"),
    topics=("the move to a lakehouse",),
)


def main() -> None:
    for kind in ft.STEP_KINDS:
        draft = ft.draft_email(kind, candidate=CANDIDATE, context=CONTEXT, tone="warm")
        report = draft.validate()
        present = sum(move.present for move in report.moves.values())
        print(f"=== {kind} ({report.metrics.words} words, {present} of 4 parts) ===")
        print(f"Subject: {draft.subject}")
        print()
        print(draft.body)
        print()

    formal = ft.draft_email("thank_you", candidate=CANDIDATE, context=CONTEXT, tone="formal")
    print(f"Formal greeting: {formal.body.splitlines()[0]}")

    # A missing fact is refused with the fix, not papered over with a placeholder.
    try:
        ft.draft_email(
            "thank_you",
            candidate=CANDIDATE,
            context=ft.EmailContext(company="Acme", role="Analyst"),
        )
    except ft.DraftError as error:
        print(f"Refused: {error}")

    # Your own template: the same four parts, any wording that keeps the four moves.
    mine = dict(ft.DRAFT_TEMPLATES["thank_you", "warm"])
    mine["subject"] = "Great to meet you, {interviewers}"
    draft = ft.draft_email(
        "thank_you",
        candidate=CANDIDATE,
        context=CONTEXT,
        templates={("thank_you", "warm"): mine},
    )
    print(f"Custom subject: {draft.subject}")


if __name__ == "__main__":
    main()
