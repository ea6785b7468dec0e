"""The near-duplicate measure for notes to one panel: Jaccard index of word shingles."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import followup_timing as ft
from followup_timing._email._shingles import (
    NEAR_DUPLICATE,
    core,
    shared_sentences,
    shingles,
    similarity,
)

vocabulary = st.sampled_from(
    [
        "team",
        "data",
        "model",
        "pricing",
        "migration",
        "roadmap",
        "dashboard",
        "customers",
        "product",
        "analytics",
        "quarter",
        "launch",
        "growth",
        "platform",
        "hiring",
        "design",
        "research",
        "budget",
        "warehouse",
        "pipeline",
    ]
)
sentence = st.lists(vocabulary, min_size=4, max_size=12).map(lambda ws: " ".join(ws) + ".")
cores = st.lists(sentence, min_size=1, max_size=6).map(" ".join)
greetings = st.sampled_from(["Hi Ana,", "Dear Dr. Okafor,", "Hello Ben!", "Good morning Wei,"])
sign_offs = st.sampled_from(["Best regards,", "Thanks,", "Sincerely,", "Kind regards,"])


def note(greeting: str, text: str, sign_off: str, name: str = "Alex Kim") -> str:
    return f"{greeting}\n\n{text}\n\n{sign_off}\n{name}"


@given(text=cores, g1=greetings, g2=greetings, s1=sign_offs, s2=sign_offs)
def test_greeting_and_sign_off_do_not_count(text: str, g1: str, g2: str, s1: str, s2: str) -> None:
    """Notes that differ only in greeting and sign-off are identical: similarity 1."""
    assert similarity(note(g1, text, s1), note(g2, text, s2, "A. Kim")) == 1.0


@given(a=cores, b=cores)
def test_similarity_is_a_symmetric_share(a: str, b: str) -> None:
    """The measure lies in [0, 1] and does not depend on the order of the notes."""
    value = similarity(a, b)
    assert 0.0 <= value <= 1.0
    assert value == similarity(b, a)


@given(text=cores)
def test_case_punctuation_and_spacing_do_not_count(text: str) -> None:
    """Shouting, re-punctuating or re-wrapping a note does not make it a different note."""
    changed = text.upper().replace(".", "!").replace(" ", "\n", 3)
    assert similarity(text, changed) == 1.0


@given(text=cores, extra=cores)
def test_adding_text_lowers_similarity_only_by_what_is_new(text: str, extra: str) -> None:
    """A note grown by some sentences keeps every shingle of the original."""
    grown = f"{text} {extra}"
    assert shingles(core(text)) <= shingles(core(grown)) | shingles(text)
    assert similarity(text, grown) > 0.0


def test_disjoint_notes_share_nothing() -> None:
    """Notes without a common three-word phrase score 0."""
    a = note("Hi Ana,", "I enjoyed the talk about pricing experiments.", "Best,")
    b = note("Hi Ben,", "Your story of the warehouse migration stayed with me.", "Best,")
    assert similarity(a, b) == 0.0
    assert shared_sentences([a, b]) == {}


def test_empty_cores_share_nothing() -> None:
    """A note that is only a greeting and a sign-off has nothing to compare."""
    assert similarity("Hi Ana,\n\nBest,\nAl", "Hi Ana,\n\nBest,\nAl") == 0.0


def test_drafts_of_one_template_are_near_duplicates() -> None:
    """Two draft_email thank-yous with other names and topics are far above the threshold:
    interviewers comparing them would see one note sent twice."""

    def draft(name: str, topic: str) -> str:
        return ft.draft_email(
            "thank_you",
            candidate=ft.Candidate(name="Alex Kim", highlights=["SQL"]),
            context=ft.EmailContext(
                company="Globex", role="Data Analyst", interviewers=[name], topics=[topic]
            ),
        ).body

    first, second = draft("Ana", "the Q3 migration"), draft("Ben", "pricing experiments")
    assert similarity(first, second) > NEAR_DUPLICATE
    assert len(shared_sentences([first, second])) == 4


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Hi Ana,\nThanks for today.\nBest,\nAl", "Thanks for today."),
        ("Thank you for today.\n\nThank you,\nAl", "Thank you for today."),
        ("Dear Hiring Team at Globex,\n\nGreat talk.", "Great talk."),
        ("Hi Ana, thanks for today.", "Hi Ana, thanks for today."),
        ("Great talk.\n\nCheers", "Great talk."),
    ],
)
def test_core_cuts_greeting_and_sign_off(body: str, expected: str) -> None:
    """A greeting line and the sign-off onward are cut; a greeting inside a sentence is not."""
    assert core(body) == expected


def test_shared_sentences_names_the_notes() -> None:
    """Each repeated sentence maps to the notes that use it, normalised for case and marks."""
    notes = [
        "Hi Ana,\n\nGreat talk. I loved the roadmap.",
        "Hi Ben,\n\nI LOVED the roadmap!",
        "Hi Wei,\n\nGreat talk.",
    ]
    assert shared_sentences(notes) == {"great talk": (0, 2), "i loved the roadmap": (0, 1)}
