"""Regressions from review: Outlook replies, signatures without "-- ", fresh wordings."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

import followup_timing as ft
from followup_timing import html_to_text

DRAFT_HTML = (
    "<p>Hi Dana,</p><p>Thank you for the interview today. I am excited about the analyst "
    "role. My experience with SQL dashboards fits your team. Please let me know the next "
    "steps.</p><p>Best regards,<br>Sam</p>"
)
DRAFT_TEXT = (
    "Hi Dana,\n\nThank you for the interview today. I am excited about the analyst role. My "
    "experience with SQL dashboards fits your team. Please let me know the next steps.\n\n"
    "Best regards,\nSam"
)
QUOTED = "<p>We are not interested. I need this job ASAP!!! [Company Name]</p>"
OUTLOOK_HEADER = "<b>From:</b> Dana<br><b>Sent:</b> Monday<br><b>To:</b> Sam"
BODY = (
    "Thank you for the interview. I am excited about the role. My experience with SQL fits "
    "your team. Let me know the next steps."
)


def wrapped(body: str, **kwargs: object) -> ft.EmailReport:
    """Return the report on *body* between a greeting and a sign-off."""
    return ft.validate_email("Hi Dana,\n\n" + body + "\n\nBest regards,\nSam", **kwargs)  # type: ignore[arg-type]


def present(report: ft.EmailReport) -> set[str]:
    """Return the names of the moves the report found."""
    return {name for name, move in report.moves.items() if move.present}


# -- 1. Outlook replies -------------------------------------------------------------------


@pytest.mark.parametrize(
    "reply",
    [
        f"<hr><div id='divRplyFwdMsg'>{OUTLOOK_HEADER}</div><div>{QUOTED}</div>",
        f"<div id='divRplyFwdMsg'>{OUTLOOK_HEADER}</div><div>{QUOTED}</div>",
        f'<div id="appendonsend"></div><hr><div id="divRplyFwdMsg">{OUTLOOK_HEADER}</div>' + QUOTED,
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
        f"<p>{OUTLOOK_HEADER}</p></div>{QUOTED}",
    ],
    ids=["hr-then-header", "header", "appendonsend", "desktop-separator"],
)
def test_outlook_html_reply_drops_everything_from_the_header(reply: str) -> None:
    """Outlook's quoted original, in the header's next siblings, is dropped with the header."""
    text = html_to_text(DRAFT_HTML + reply)
    assert text == DRAFT_TEXT
    report = ft.validate_email(text)
    assert report.codes == ("too-short",)


def test_outlook_header_inside_a_quote_does_not_cut_later_text() -> None:
    """A header nested in an already dropped blockquote leaves the text after it alone."""
    html = "<blockquote><div id='divRplyFwdMsg'>x</div></blockquote><p>Best,<br>Sam</p>"
    assert html_to_text(html) == "Best,\nSam"


def test_plain_text_markdown_bold_headers_start_a_quote() -> None:
    """Header lines in bold ("*From:*", "*Sent:*") open a quoted block like "From:" does."""
    text = (
        DRAFT_TEXT + "\n\n*From:* Dana <dana@example.com>\n*Sent:* Monday\n*To:* Sam\n\n"
        "I need this job ASAP!!! [Company Name]"
    )
    report = ft.validate_email(text)
    assert report.codes == ("too-short",)
    assert present(report) == set(ft.MOVE_NAMES)


# -- 2. Signatures without "-- " ----------------------------------------------------------


@pytest.mark.parametrize(
    "signature",
    [
        '<div class="gmail_signature">Sam Lee<br>Senior Analyst | I need this job ASAP</div>',
        '<div dir="ltr" data-smartmail="gmail_signature">Sam Lee<br>ASAP!!!</div>',
        '<span class="gmail_signature_prefix">-- </span><br>'
        '<div class="gmail_signature">Sam Lee</div>',
    ],
    ids=["class", "data-smartmail", "with-prefix"],
)
def test_gmail_signature_is_dropped(signature: str) -> None:
    """Gmail's signature div (by class or data-smartmail) is not part of the text."""
    assert html_to_text(DRAFT_HTML + signature) == DRAFT_TEXT


def test_disclaimer_after_the_name_does_not_hide_the_sign_off() -> None:
    """A long confidentiality notice under the name leaves the sign-off found."""
    report = ft.validate_email(
        "Hi Dana,\n\n" + BODY + "\n\nBest regards,\nSam Lee\nCONFIDENTIALITY NOTICE: This "
        "email and any attachments are for the intended recipient only and may contain "
        "privileged information. If you are not the intended recipient, please delete it."
    )
    assert report.codes == ("too-short",)
    assert present(report) == set(ft.MOVE_NAMES)


def test_title_line_after_the_name_is_signature() -> None:
    """Words of thanks in a long title line under the name are no gratitude evidence."""
    report = ft.validate_email(
        "Hi Dana,\n\nI am excited about the role. Let me know the next steps.\n\n"
        "Best regards,\nSam Lee\nSenior Analyst | Thank you for your time and consideration."
    )
    assert present(report) == {"interest", "call_to_action"}
    assert report.codes == ("missing-gratitude", "missing-qualifications", "too-short")


def test_postscript_after_the_name_is_still_the_writers_text() -> None:
    """A long "P.S." under the name is not swallowed as signature."""
    report = ft.validate_email(
        "Hi Dana,\n\nI am excited about the role. Let me know the next steps.\n\nBest,\nSam\n"
        "P.S. Thank you again for the tour of the lab and for introducing me to the team."
    )
    assert "gratitude" in present(report)


def test_company_only_in_the_signature_is_not_personalisation() -> None:
    """A context's company named only under the sign-off gives not-personalised."""
    report = ft.validate_email(
        "Hi Team,\n\n" + BODY + "\n\nBest regards,\nSam\nformerly at Initech",
        context=ft.EmailContext(company="Initech"),
    )
    assert report.codes == ("too-short", "not-personalised")


# -- 3. Moves on fresh wordings -----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("I've lost interest in the position.", "lost interest"),
        ("I've decided to pull out of the hiring process.", "pull out of"),
        ("I have decided not to move forward with my application.", "move forward"),
        ("After reflection I will not be pursuing the position further.", "pursuing"),
        ("I must respectfully decline the offer to continue with the next round.", "decline"),
    ],
)
def test_withdrawal_wordings(sentence: str, words: str) -> None:
    """Fresh withdrawal wordings are withdrawals, with no interest or call to action."""
    report = wrapped(sentence)
    assert present(report) == set()
    (finding,) = [f for f in report.findings if f.code == "withdrawal"]
    assert finding.span is not None
    assert finding.span.text == words


@pytest.mark.parametrize(
    "sentence",
    [
        "I have not lost interest in the role.",
        "I haven't accepted another offer.",
        "If I accepted another offer, I would tell you.",
        "I am not pursuing other roles right now.",
        "I understand if you decide not to move forward with me.",
        "I had to decline another offer to stay in this process.",
        "I don't want to move forward without thanking you.",
    ],
)
def test_not_withdrawals(sentence: str) -> None:
    """Negated, conditional, second-person or elsewhere-directed cues are no withdrawal."""
    assert "withdrawal" not in wrapped(sentence).codes


@pytest.mark.parametrize(
    "sentence",
    [
        "I wish I had more experience with Tableau.",
        "It was great to hear you are interested in my background.",
        "In five years I hope to lead a team.",
        "I hope to stay for many years at your company.",
    ],
)
def test_not_qualifications(sentence: str) -> None:
    """Wishes, the reader's interest in the writer and future durations are no claims."""
    assert present(wrapped(sentence)) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "My four years building SQL dashboards at Globex fit the reporting work you described.",
        "Having spent six years in B2B sales, I can hit the ground running.",
        "Having led three launches, I know the work.",
    ],
)
def test_duration_and_participle_claims_are_qualifications(sentence: str) -> None:
    """A number of years tied to work, and "Having led ..., I", are the writer's claims."""
    report = wrapped(sentence)
    assert present(report) == {"qualifications"}
    assert [s.text for s in report.moves["qualifications"].evidence] == [sentence]


def test_wish_to_is_a_want_not_a_counterfactual() -> None:
    """A formal "I wish to highlight my experience" still claims the experience."""
    assert present(wrapped("I wish to highlight my experience leading audits.")) == {
        "qualifications"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Did you enjoy the conference?",
        "You asked whether I had any questions, and I didn't.",
        "Do you enjoy working there?",
        "How was your trip?",
    ],
)
def test_not_calls_to_action(sentence: str) -> None:
    """Small-talk questions and a reported "any questions" are no call to action."""
    assert present(wrapped(sentence)) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Is the position still open?",
        "Are you still hiring for the role?",
        "Could you share when you expect to decide?",
        "Would it help if I sent my portfolio?",
        "Do you need anything else from me?",
    ],
)
def test_question_calls_to_action(sentence: str) -> None:
    """Status questions, requests and offers are calls to action."""
    report = wrapped(sentence)
    assert present(report) == {"call_to_action"}
    assert [s.text for s in report.moves["call_to_action"].evidence] == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "I was never more interested in a role.",
        "I have never been so excited about a role.",
        "I couldn't be more excited about joining.",
    ],
)
def test_negation_before_a_comparative_is_interest(sentence: str) -> None:
    """A negation before a comparative ("never more", "couldn't be more") intensifies."""
    report = wrapped(sentence)
    assert present(report) == {"interest"}
    assert [s.text for s in report.moves["interest"].evidence] == [sentence]


# -- 4. Placeholders, pushy wording, sign-offs --------------------------------------------


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("Dear hiring manager name, thank you.", "hiring manager name"),
        ("Please give my regards to {0}.", "{0}"),
        ("I met INTERVIEWER'S NAME today.", "INTERVIEWER'S NAME"),
    ],
)
def test_more_placeholders(text: str, slot: str) -> None:
    """Lower-case template phrases and positional format fields are unfilled placeholders."""
    findings = wrapped(text).findings
    spans = [f.span.text for f in findings if f.code == "unfilled-placeholder" and f.span]
    assert spans == [slot]


@pytest.mark.parametrize(
    "text", ["I worked at Initech [Inc.] for two years.", "See [Ltd] and my phone number."]
)
def test_editorial_abbreviations_are_not_placeholders(text: str) -> None:
    """A bracketed abbreviation such as "[Inc.]" is an editor's mark, not a slot."""
    assert "unfilled-placeholder" not in wrapped(text).codes


def test_expecting_a_decision_is_pushy() -> None:
    """Expecting "a decision by Monday" is a demand, like "I expect to hear"."""
    report = wrapped("I expect a decision by Monday.")
    (finding,) = [f for f in report.findings if f.code == "pushy-wording"]
    assert finding.span is not None
    assert finding.span.text == "I expect a decision"


@pytest.mark.parametrize(
    "text", ["I expect the decision will take a few weeks.", "I don't expect a decision soon."]
)
def test_expecting_without_demanding_is_not_pushy(text: str) -> None:
    """A forecast or a negated expectation is no demand."""
    assert "pushy-wording" not in wrapped(text).codes


def test_thanks_for_your_time_closing_is_a_sign_off_and_gratitude() -> None:
    """A closing "Thank you for your time," above the name is the sign-off and thanks."""
    report = ft.validate_email(
        "Hi Dana,\n\nI am excited about the role. Let me know the next steps.\n\n"
        "Thank you for your time,\nSam"
    )
    assert "missing-sign-off" not in report.codes
    (span,) = report.moves["gratitude"].evidence
    assert (span.text, span.line, span.column) == ("Thank you for your time", 5, 1)


def test_thx_is_a_sign_off() -> None:
    """A closing "Thx," is a recognised sign-off, and not gratitude."""
    report = ft.validate_email("Hi Dana,\n\n" + BODY + "\n\nThx,\nSam")
    assert report.codes == ("too-short",)
    assert [s.text for s in report.moves["gratitude"].evidence] == ["Thank you for the interview."]


def test_message_with_outlook_reply_is_checked_without_the_quote() -> None:
    """validate_message on an Outlook HTML reply sees only the draft."""
    msg = EmailMessage()
    msg["Subject"] = "Thank you"
    msg.set_content(
        DRAFT_HTML + f"<hr><div id='divRplyFwdMsg'>{OUTLOOK_HEADER}</div><div>{QUOTED}</div>",
        subtype="html",
    )
    report = ft.validate_message(msg.as_bytes())
    assert report.body == DRAFT_TEXT
    assert report.codes == ("too-short",)


def test_from_line_opens_a_quote_only_when_a_header_follows_it() -> None:
    """A "From:" line in the draft is no header when the next line is not one."""
    text = "From: A \n let me know the next steps"
    appendix = "\n\n-----Original Message-----\nFrom: Sarah\nSent: Monday\n\nThank you.\n"
    assert present(ft.validate_email(text)) == {"call_to_action"}
    assert present(ft.validate_email(text + appendix)) == {"call_to_action"}
