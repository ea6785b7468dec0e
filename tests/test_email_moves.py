"""The four moves: what counts, what must not count, and the spans that show them."""

from __future__ import annotations

import pytest

import followup_timing as ft

COMPLETE = (
    "Hi Sarah,\n"
    "\n"
    "Thank you for the interview today. I am excited about the analyst role. My experience\n"
    "with SQL dashboards fits your team. Please let me know the next steps.\n"
    "\n"
    "Best,\n"
    "Alex\n"
)


def present(text: str, **kwargs: object) -> set[str]:
    """Return the names of the moves found in *text*."""
    report = ft.validate_email(text, **kwargs)  # type: ignore[arg-type]
    return {name for name, move in report.moves.items() if move.present}


def test_complete_email_has_all_four_moves() -> None:
    """A short email with one sentence per move is found to have all four."""
    assert present(COMPLETE) == set(ft.MOVE_NAMES)


def test_moves_keys_are_exactly_the_four_in_order() -> None:
    """report.moves has exactly the contract's four keys, in a stable order."""
    report = ft.validate_email(COMPLETE)
    assert list(report.moves) == ["gratitude", "interest", "qualifications", "call_to_action"]
    assert all(report.moves[name].move == name for name in report.moves)


def test_evidence_spans_are_exact_sentences() -> None:
    """Each move points at the sentence that carries it, with offsets, line and column."""
    report = ft.validate_email(COMPLETE)
    (gratitude,) = report.moves["gratitude"].evidence
    assert gratitude == ft.Span(
        start=11,
        end=45,
        text="Thank you for the interview today.",
        line=3,
        column=1,
        frame="thanks-for",
    )
    (qualifications,) = report.moves["qualifications"].evidence
    assert qualifications.text == "My experience\nwith SQL dashboards fits your team."
    assert (qualifications.line, qualifications.column) == (3, 73)
    (cta,) = report.moves["call_to_action"].evidence
    assert COMPLETE[cta.start : cta.end] == "Please let me know the next steps."
    assert (cta.line, cta.column) == (4, 37)


def test_spans_count_crlf_and_cr_line_endings() -> None:
    """Offsets and line numbers follow the caller's own line endings."""
    text = "Hi Al,\r\n\r\nThank you for your time.\rI am eager to join."
    report = ft.validate_email(text)
    (span,) = report.moves["gratitude"].evidence
    assert (span.start, span.line, span.column) == (10, 3, 1)
    (interest,) = report.moves["interest"].evidence
    assert (interest.text, interest.line, interest.column) == ("I am eager to join.", 4, 1)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for taking the time to speak with me yesterday.",
        "Thanks so much for the chat this morning.",
        "I really appreciate your time and the tour of the lab.",
        "I am grateful for the opportunity to interview.",
        "Thx again for the chat!",
        "ty for the interview",
        "Cheers for showing me around the lab.",
        "I really valued the time you gave me.",
    ],
)
def test_gratitude_counts(sentence: str) -> None:
    """Thanks and appreciation with an object the recipient gave count as gratitude."""
    assert "gratitude" in present(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "It was a pleasure meeting you and the team.",
        "I enjoyed our conversation about the roadmap.",
        "Great to speak with you on Monday.",
    ],
)
def test_enjoyment_is_courtesy_not_gratitude(sentence: str) -> None:
    """Enjoying the meeting is courtesy: no gratitude, and the finding says what to add."""
    report = ft.validate_email(sentence)
    assert not report.moves["gratitude"].present
    (finding,) = [f for f in report.findings if f.code == "missing-gratitude"]
    assert finding.message.startswith("You said it was a pleasure; thank them for their time")


@pytest.mark.parametrize(
    "text",
    [
        "Thanks in advance for your reply.",
        "Thank you in advance for considering my request.",
        "I would appreciate an update on the timeline.",
        "I'd appreciate it if you could share the next steps.",
        "Looking forward to it.\n\nThanks,\nJo",
        "Thank you!",
        "Thanks so much!",
        "It would be great to meet the rest of the team.",
        "You mentioned you enjoyed working at Acme.",
    ],
)
def test_gratitude_must_not_count(text: str) -> None:
    """Thanks in advance, requests, bare sign-offs and hypothetical pleasure are not gratitude."""
    assert "gratitude" not in present(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "I am very excited about the role.",
        "I remain interested in joining Acme.",
        "I'd love to join your team.",
        "I've never been more excited about a role.",
        "I can't wait to contribute.",
        "The mission strongly appeals to me.",
    ],
)
def test_interest_counts(sentence: str) -> None:
    """Restated interest in the writer's voice counts, pseudo-negations included."""
    assert "interest" in present(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I am no longer interested in the position.",
        "I'm not sure I'm interested in an on-site role.",
        "The talk was really interesting.",
        "Your team seemed excited about the launch.",
        "You need someone passionate about data.",
        "Let me know if you're interested in seeing my portfolio.",
        "Please withdraw my application, I am interested in another path.",
    ],
)
def test_interest_must_not_count(sentence: str) -> None:
    """Withdrawal, negation, 'interesting' as praise and second-person needs are not interest."""
    assert "interest" not in present(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "In my current role I built the revenue dashboards.",
        "I have five years of experience with SQL.",
        "My background in logistics fits the role.",
        "I'm proficient in Python and dbt.",
        "I planned and ran twelve events last year.",
        "Not only did I lead the program, I also built its catalog.",
        "I haven't worked with Vue, but I have built two React apps.",
    ],
)
def test_qualifications_count(sentence: str) -> None:
    """The writer's own skills and experience count; a negation's scope ends at 'but'."""
    assert "qualifications" in present(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I don't have experience with Kubernetes.",
        "I have never led a team.",
        "I have no background in finance.",
        "You need someone with strong experience in lean manufacturing.",
        "You have built an impressive practice.",
        "Your team's experience in family law is clear.",
        "I hope to gain experience with Azure and improve my skills.",
        "Could you tell me more about the team's experience with the CRM?",
        "You mentioned my experience at Acme.",
    ],
)
def test_qualifications_must_not_count(sentence: str) -> None:
    """Negated claims, second-person needs and wishes to learn are not qualifications."""
    assert "qualifications" not in present(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Please let me know if I can provide anything else.",
        "What does the timeline look like?",
        "Please don't hesitate to reach out with any questions.",
        "I look forward to hearing from you.",
        "Is there anything else I can send?",
        "I'm happy to share references.",
    ],
)
def test_call_to_action_counts(sentence: str) -> None:
    """Asking about next steps, offering more and inviting questions count."""
    assert "call_to_action" in present(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "You mentioned the next steps would be a panel.",
        "I made the decision to move into data.",
        "The interview went well.",
    ],
)
def test_call_to_action_must_not_count(sentence: str) -> None:
    """Reporting what the interviewer said about next steps is not a call to action."""
    assert "call_to_action" not in present(sentence)


QUOTED_REPLY = (
    "\n\nOn Tue, Mar 3, 2026 at 10:00 AM Sarah <s@example.com> wrote:\n"
    "> Thank you for your time. I am excited about your experience.\n"
    "> Please let me know if you have questions.\n"
)


@pytest.mark.parametrize(
    "appendix",
    [
        QUOTED_REPLY,
        "\n\n> Thank you for the interview.\n> I have led teams.\n",
        "\n\n-- \nJane\nPassionate about data. I have led teams. Let me know anything.\n",
        "\n\n---------- Forwarded message ---------\nFrom: A <a@example.com>\n"
        "Date: Mon\nSubject: x\n\nThank you for the interview.\n",
        "\n\n-----Original Message-----\nFrom: Bo\nSent: Monday\n\nI'm excited, let me know.\n",
        "\n\nFrom: Bo Lee\nSent: Monday, March 9\nTo: Al\n\nThank you for your time today.\n",
        "\n\nSent from my iPhone\n",
    ],
)
def test_quoted_replies_and_signatures_never_count(appendix: str) -> None:
    """Moves in quoted replies, forwarded headers and signature blocks are ignored."""
    assert present("Hi Al,\n\nSee you soon." + appendix) == set()


def test_bare_sign_off_thanks_is_not_gratitude() -> None:
    """'Thanks,' above the name is a sign-off, not gratitude for the interview."""
    report = ft.validate_email("Hi Al,\n\nFollowing up on Tuesday.\n\nThanks,\nCarlos\n")
    assert not report.moves["gratitude"].present
    assert "missing-sign-off" not in report.codes


def test_extra_cues_extend_a_move() -> None:
    """Rules.extra_cues adds phrases, which a negation still cancels."""
    rules = ft.Rules(extra_cues={"interest": ["all over the"]})
    assert "interest" in present("I am all over the role.", rules=rules)
    assert "interest" not in present("I am not all over the role.", rules=rules)
    assert "interest" not in present("I am all over the role.")


def test_extra_cue_wildcard_matches_any_word() -> None:
    """A '*' in an extra cue stands for any one word."""
    rules = ft.Rules(extra_cues={"call_to_action": ["circle * next week"]})
    assert "call_to_action" in present("Could we circle back next week.", rules=rules)
