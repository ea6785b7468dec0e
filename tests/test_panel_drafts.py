"""draft_panel and draft_email(recipient=): one personal note per interviewer.

Interviewers of a panel compare notes, so the property that matters is that no sentence of
one note appears in another (greeting and sign-off aside) and that each note names its own
recipient and topic.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import followup_timing as ft
from followup_timing._drafts._panel import MAX_PANEL
from followup_timing._email._shingles import NEAR_DUPLICATE, shared_sentences, similarity

ALEX = ft.Candidate(name="Alex Kim", highlights=["five years of SQL", "dbt"])
GLOBEX = ft.EmailContext(company="Globex", role="Data Analyst")
INVITES = Path(__file__).parent / "data" / "invites"


def test_each_note_names_its_recipient_and_topic() -> None:
    """Note n greets recipient n, names the topic tied to them, and passes the validator."""
    topics = {"Anna de Vries": "the churn model", "Wei Zhang": "the regional data team"}
    notes = ft.draft_panel(
        candidate=ALEX,
        context=ft.EmailContext(company="Globex", role="Data Analyst", topics=["the SQL exercise"]),
        recipients=["Anna de Vries", "Tom Janssen", "Wei Zhang"],
        topics=topics,
    )
    expected = {
        "Anna de Vries": "the churn model",
        "Tom Janssen": "the SQL exercise",
        "Wei Zhang": "the regional data team",
    }
    for note, (name, topic) in zip(notes, expected.items(), strict=True):
        assert note.body.startswith(f"Hi {name},\n\n")
        assert topic in note.body
        assert note.recipient == ft.Recipient(name)
        assert note.context.interviewers == (name,)
        assert note.context.topics == (topic,)
        assert note.validate().ok
        others = set(expected) - {name}
        assert not any(other in note.body for other in others)


# Real names: the validator rightly takes "Xx" for a placeholder left in a template.
person = st.sampled_from(
    [
        "Ana",
        "Ben",
        "Chloe",
        "Dev",
        "Eve",
        "Finn",
        "Grace",
        "Hiro",
        "Ines",
        "Jonas",
        "Kemi",
        "Lena",
        "Marco",
        "Ngozi",
        "Omar",
        "Priya",
        "Dr. Okafor",
        "Ms Lee",
        "Wei Zhang",
    ]
)
phrase = st.lists(
    st.sampled_from(
        [
            "data",
            "model",
            "pricing",
            "team",
            "roadmap",
            "warehouse",
            "launch",
            "growth",
            "platform",
            "design",
            "research",
            "budget",
        ]
    ),
    min_size=1,
    max_size=3,
).map(lambda ws: "the " + " ".join(ws))


@given(
    names=st.lists(person, min_size=2, max_size=MAX_PANEL, unique=True),
    topic=phrase,
    highlights=st.lists(
        phrase.map(lambda p: p.removeprefix("the ") + " work"), min_size=1, max_size=3
    ),
    role=st.sampled_from(["Data Analyst", "Senior Backend Engineer", "UX Researcher"]),
    company=st.sampled_from(["Globex", "Initech", "Umbrella GmbH"]),
)
def test_no_two_notes_share_a_sentence(
    names: list[str], topic: str, highlights: list[str], role: str, company: str
) -> None:
    """Whatever the panel, no sentence recurs across notes and no two notes are
    near-duplicates on the shingle measure validate_notes uses, even on one shared topic."""
    notes = ft.draft_panel(
        candidate=ft.Candidate(name="Alex Kim", highlights=highlights),
        context=ft.EmailContext(company=company, role=role),
        recipients=names,
        topics=dict.fromkeys(names, topic),
    )
    bodies = [note.body for note in notes]
    assert shared_sentences(bodies) == {}
    for first, second in itertools.combinations(bodies, 2):
        assert similarity(first, second) < NEAR_DUPLICATE


def test_notes_from_an_invite_are_addressed_to_each_interviewer() -> None:
    """Recipients read from the invite carry their addresses into each note's message."""
    interview = ft.Interview.from_ics(
        (INVITES / "teams.ics").read_bytes(), candidate_email="alex.kim@example.com"
    )
    notes = ft.draft_panel(
        candidate=ALEX,
        context=ft.EmailContext(
            company=interview.company,
            role=interview.role,
            topics=["the case study", "the SQL exercise", "the team"],
        ),
        recipients=interview.recipients,
    )
    assert [note.to_message()["To"] for note in notes] == [
        "Anna de Vries <anna.devries@globex.example>",
        "Tom Janssen <tom.janssen@globex.example>",
        "Wei Zhang <wei.zhang@globex.example>",
    ]


def test_draft_email_for_one_recipient() -> None:
    """draft_email(recipient=) greets that person alone and addresses the message to them."""
    dana = ft.Recipient("Dana", email="dana@globex.example")
    draft = ft.draft_email(
        "thank_you",
        candidate=ALEX,
        context=ft.EmailContext(
            company="Globex", role="Data Analyst", interviewers=["Dana", "Ben"]
        ),
        recipient=dana,
    )
    assert draft.body.startswith("Hi Dana,\n\n")
    assert draft.recipient == dana
    assert draft.to_message()["To"] == "Dana <dana@globex.example>"
    by_name = ft.draft_email("thank_you", candidate=ALEX, context=GLOBEX, recipient="Ben")
    assert by_name.body.startswith("Hi Ben,\n\n")
    with pytest.raises(
        ft.DraftTypeError, match=r"^recipient must be a Recipient, a name or None, got int\.$"
    ):
        ft.draft_email("thank_you", candidate=ALEX, context=GLOBEX, recipient=3)  # type: ignore[arg-type]


def test_to_message_needs_an_address_without_a_recipient() -> None:
    """A draft for no one in particular needs to=."""
    draft = ft.draft_email("check_in", candidate=ALEX, context=GLOBEX)
    with pytest.raises(
        ft.DraftError,
        match=re.escape(
            "to is not given and the draft has no recipient; pass to='...' (an address) or write "
            "the draft with draft_email(..., recipient=...)."
        ),
    ):
        draft.to_message()


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        (
            {"recipients": []},
            ft.DraftError,
            r"^recipients has 0 people; a panel has one to 6, the number of different wordings "
            r"each part of a note has\.$",
        ),
        ({"recipients": [f"P{n}" for n in range(7)]}, ft.DraftError, r"^recipients has 7 "),
        (
            {"recipients": ["Ana", "Ana"]},
            ft.DraftError,
            r"^recipients names 'Ana' twice; each interviewer gets one note\.$",
        ),
        (
            {"recipients": "Ana"},
            ft.DraftTypeError,
            r"^recipients must be a list of Recipient values or names, got str\.$",
        ),
        (
            {"recipients": ["Ana", 3]},
            ft.DraftTypeError,
            r"^recipients\[1\] must be a Recipient or a name, got int\.$",
        ),
        (
            {"recipients": ["Ana", "Ben"], "topics": {"Ana": "x"}},
            ft.DraftError,
            r"^no topic for 'Ben': each note names one topic its recipient discussed\. Pass "
            r"topics=\{'Ben': '\.\.\.'\} or more EmailContext\(topics=\[\.\.\.\]\)\.$",
        ),
        (
            {"recipients": ["Ana"], "topics": {"Zed": "x"}},
            ft.DraftError,
            r"^topics ties 'x' to 'Zed', who is not among the recipients \('Ana'\)\.$",
        ),
        (
            {"recipients": ["Ana"], "topics": ["x"]},
            ft.DraftTypeError,
            r"^topics must be a mapping of recipient name to topic, got list\.$",
        ),
        ({"recipients": ["Ana"], "topics": {"Ana": "x\ny"}}, ft.DraftError, r"topics\['Ana'\]"),
        (
            {"recipients": ["Ana"], "topics": {"Ana": "x"}, "context": ft.EmailContext(role="R")},
            ft.DraftError,
            r"^a panel of thank-you notes needs the company, but context\.company "
            r"is not given\. Pass EmailContext\(company=\.\.\.\)\.$",
        ),
    ],
)
def test_bad_panels_are_refused(
    kwargs: dict[str, object], error: type[Exception], match: str
) -> None:
    """Every panel that cannot get one good note per person is refused with the fix."""
    arguments: dict[str, object] = {"candidate": ALEX, "context": GLOBEX, **kwargs}
    with pytest.raises(error, match=match):
        ft.draft_panel(**arguments)  # type: ignore[arg-type]
