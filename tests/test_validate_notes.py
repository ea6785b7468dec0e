"""validate_notes: the notes to one panel, checked each and against each other."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import followup_timing as ft

ALEX = ft.Candidate(name="Alex Kim", highlights=["five years of SQL"])
GLOBEX = ft.EmailContext(company="Globex", role="Data Analyst")
NOTE = (
    "{greeting}\n\nThank you for taking the time to speak with me about the Data Analyst role "
    "at Globex. I especially enjoyed hearing about the churn model and the way your team "
    "tests its pricing ideas.\n\nI am even more excited about joining Globex after our "
    "conversation, and I believe my experience, especially five years of SQL, would let me "
    "make a real difference on the team.\n\nPlease let me know if I can share anything else "
    "that would help.\n\nBest regards,\nAlex Kim"
)


def codes(report: ft.EmailReport) -> list[str]:
    return [f.code for f in report.findings]


def test_a_panel_from_draft_panel_is_clean() -> None:
    """draft_panel's notes pass: no duplicate, no wrong name, each ok."""
    notes = ft.draft_panel(
        candidate=ALEX,
        context=GLOBEX,
        recipients=["Ana", "Ben", "Chloe"],
        topics={"Ana": "the churn model", "Ben": "pricing", "Chloe": "the data platform"},
    )
    reports = ft.validate_notes(notes)
    assert len(reports) == 3
    assert all(report.ok for report in reports)
    assert not any(
        {"duplicate-across-recipients", "wrong-name"} & set(codes(report)) for report in reports
    )


def test_one_template_sent_to_everyone_is_a_duplicate() -> None:
    """The same draft_email template with the names swapped is flagged on both notes."""
    notes = [
        ft.draft_email(
            "thank_you",
            candidate=ALEX,
            context=ft.EmailContext(company="Globex", role="Data Analyst", topics=[topic]),
            recipient=name,
        )
        for name, topic in (("Ana", "the churn model"), ("Ben", "pricing"))
    ]
    first, second = ft.validate_notes(notes)
    (duplicate,) = [f for f in first.findings if f.code == "duplicate-across-recipients"]
    assert duplicate.severity == "warning"
    assert re.fullmatch(
        r"This note to Ana is \d\d% the same as the note to Ben \(three-word "
        r"phrases, greeting and sign-off aside\)\.",
        duplicate.message,
    )
    assert duplicate.suggestion is not None
    assert "draft_panel" in duplicate.suggestion
    assert "duplicate-across-recipients" in codes(second)


def test_wrong_name_in_the_greeting() -> None:
    """A note to Dana Lee that greets Ben is an error naming both: the validator's own
    wrong-name check, with the note's recipient as the only interviewer."""
    (report,) = ft.validate_notes([(ft.Recipient("Dana Lee"), NOTE.format(greeting="Hi Ben,"))])
    (wrong,) = [f for f in report.findings if f.code == "wrong-name"]
    assert wrong.severity == "error"
    assert wrong.message == "Addresses 'Ben', but the interviewer is 'Dana Lee'."
    assert not report.ok


@pytest.mark.parametrize(
    "greeting",
    [
        "Hi Dana,",
        "Dear Ms. Lee,",
        "Dear Ms Lee,",
        "Hello Dana Lee!",
        "Hi DANA,",
        "Hi Dána,",
        "Hi all,",
        "Hello Globex team,",
        "Good morning Dana,",
    ],
)
def test_greetings_that_fit_the_recipient(greeting: str) -> None:
    """First name, title and surname, full name, accents and case, and group greetings
    are not wrong names."""
    (report,) = ft.validate_notes([("Dana Lee", NOTE.format(greeting=greeting))])
    assert "wrong-name" not in codes(report)


@pytest.mark.parametrize("greeting", ["Hi Ben,", "Dear Mr. Okafor,", "Hi Dana and Ben,"])
def test_greetings_to_someone_else(greeting: str) -> None:
    """Another name, or the recipient together with someone else, is a wrong name."""
    (report,) = ft.validate_notes([("Dana Lee", NOTE.format(greeting=greeting))])
    assert "wrong-name" in codes(report)


sentences = st.lists(
    st.sampled_from(
        [
            "I enjoyed hearing about the roadmap.",
            "The pricing work sounds exciting.",
            "Your story about the launch stayed with me.",
            "I admire how the team tests ideas.",
            "The data platform is impressive.",
            "I learned a lot about the customers.",
        ]
    ),
    min_size=1,
    max_size=4,
    unique=True,
).map(" ".join)


@given(a=sentences, b=sentences)
def test_the_finding_follows_the_measure(a: str, b: str) -> None:
    """duplicate-across-recipients appears on both notes exactly when the shingle measure
    reaches the threshold: the finding and the measure cannot drift apart."""
    from followup_timing._email._shingles import NEAR_DUPLICATE, similarity

    first, second = f"Hi Ana,\n\n{a}\n\nBest,\nAl", f"Hi Ben,\n\n{b}\n\nBest,\nAl"
    reports = ft.validate_notes([("Ana", first), ("Ben", second)])
    flagged = ["duplicate-across-recipients" in codes(report) for report in reports]
    assert flagged == [similarity(first, second) >= NEAR_DUPLICATE] * 2


def test_bad_notes_are_refused() -> None:
    """Notes of the wrong shape are TypeErrors that say which note and what to pass."""
    with pytest.raises(
        ft.EmailTypeError,
        match=r"^notes must be a list of drafts or "
        r"\(recipient, text\) pairs, got str\.$",
    ):
        ft.validate_notes("Hi Ana")  # type: ignore[arg-type]
    with pytest.raises(
        ft.EmailTypeError,
        match=r"^notes\[0\] must be a \(recipient, text\) "
        r"pair, got tuple\.$",
    ):
        ft.validate_notes([("Ana", "text", "extra")])  # type: ignore[list-item]
    with pytest.raises(
        ft.EmailTypeError,
        match=r"^notes\[0\]\[1\] must be the note's text "
        r"\(a str\), got bytes\.$",
    ):
        ft.validate_notes([("Ana", b"text")])  # type: ignore[list-item]
    draft = ft.draft_email("check_in", candidate=ALEX, context=GLOBEX)
    with pytest.raises(
        ft.EmailTypeError,
        match=r"^notes\[0\] must be a Draft written for one "
        r"recipient",
    ):
        ft.validate_notes([draft])
    assert ft.validate_notes([]) == ()
