"""Every finding code: when it is reported, when it is not, and where it points."""

from __future__ import annotations

import pytest

import followup_timing as ft

GOOD = (
    "Hi Sarah,\n"
    "\n"
    "Thank you for taking the time to speak with me yesterday about the Data Analyst role at\n"
    "Northwind. I enjoyed hearing how your team uses dbt to keep reporting consistent.\n"
    "\n"
    "Our conversation made me even more excited about joining the team. In my current role I\n"
    "built the weekly revenue dashboards in Tableau, which cut reporting time by about 40%.\n"
    "\n"
    "Please let me know if I can provide anything else as you make your decision.\n"
    "\n"
    "Best regards,\n"
    "Alex Kim\n"
)


def codes(text: str, **kwargs: object) -> tuple[str, ...]:
    """Return the finding codes for *text*."""
    return ft.validate_email(text, **kwargs).codes  # type: ignore[arg-type]


def test_good_email_has_no_findings_and_is_ok() -> None:
    """A complete, polite, 50-200 word follow-up passes with no findings at all."""
    report = ft.validate_email(GOOD, subject="Thank you - Data Analyst interview")
    assert report.findings == ()
    assert report.ok


def test_every_code_is_documented_with_a_valid_severity() -> None:
    """FINDING_CODES documents each code as kebab-case with a known severity."""
    for code, (severity, description) in ft.FINDING_CODES.items():
        assert code == code.lower()
        assert " " not in code
        assert "_" not in code
        assert severity in {"error", "warning", "info"}
        assert description.endswith(".")


@pytest.mark.parametrize(
    ("move", "code"),
    [
        ("Thank you for the interview today.", "missing-gratitude"),
        ("I am excited about the role.", "missing-interest"),
        ("I have led teams of ten.", "missing-qualifications"),
        ("Please let me know the next steps.", "missing-call-to-action"),
    ],
)
def test_missing_move_codes(move: str, code: str) -> None:
    """Each absent move is an error finding; the present one is not reported."""
    found = codes(move)
    assert code not in found
    others = {"missing-gratitude", "missing-interest", "missing-qualifications"}
    others |= {"missing-call-to-action"}
    assert others - {code} <= set(found)
    finding = next(f for f in ft.validate_email("Hello.").findings if f.code == code)
    assert finding.severity == "error"
    assert finding.span is None
    assert finding.suggestion


def test_empty_and_whitespace_only_give_empty_body() -> None:
    """Empty or blank text is a report with one empty-body error, not a crash."""
    for text in ("", "   \n\t\r\n  "):
        report = ft.validate_email(text)
        assert report.codes == ("empty-body",)
        assert not report.ok
        assert report.metrics.words == 0


def test_withdrawal_is_reported_with_its_span() -> None:
    """Withdrawing from the process is a warning pointing at the withdrawing words."""
    text = "Hi Jo,\n\nI am no longer interested in the position."
    report = ft.validate_email(text)
    (finding,) = [f for f in report.findings if f.code == "withdrawal"]
    assert finding.severity == "warning"
    assert finding.span is not None
    assert finding.span.text == "no longer interested"
    assert "withdrawal" not in codes(GOOD)


def test_thanks_in_advance_is_info() -> None:
    """'Thanks in advance' is flagged as info and the sentence is the span."""
    report = ft.validate_email("Thanks in advance for your reply.")
    (finding,) = [f for f in report.findings if f.code == "thanks-in-advance"]
    assert finding.severity == "info"
    assert finding.span is not None
    assert finding.span.text == "Thanks in advance for your reply."
    assert "thanks-in-advance" not in codes(GOOD)


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("Dear [Hiring Manager Name],", "[Hiring Manager Name]"),
        ("I loved learning about {company}.", "{company}"),
        ("I loved learning about {{ company_name }}.", "{{ company_name }}"),
        ("Hi <Interviewer>,", "<Interviewer>"),
        ("Dear Hiring Manager Name,", "Hiring Manager Name"),
        ("Best,\nYour Name", "Your Name"),
        ("I enjoyed meeting XXX.", "XXX"),
        ("Thank you, ______.", "______"),
        ("I am excited about the <job title> role.", "<job title>"),
    ],
)
def test_unfilled_placeholder(text: str, slot: str) -> None:
    """Template slots are errors and the span is the slot itself."""
    report = ft.validate_email(text)
    spans = [f.span for f in report.findings if f.code == "unfilled-placeholder"]
    assert [s.text for s in spans if s is not None] == [slot]


@pytest.mark.parametrize(
    "text",
    [
        "As the study shows [1], replies peak at 100 words.",
        "He said they was [sic] late.",
        "See [the report](https://example.com).",
        "Write to me at <alex@example.com> or <https://example.com>.",
        "Use <b>bold</b> sparingly.",
        "My company name is Acme.",
        "The task list: [x] done, [ ] to do.",
    ],
)
def test_not_a_placeholder(text: str) -> None:
    """Citations, [sic], links, addresses, HTML and lower-case words are not placeholders."""
    assert "unfilled-placeholder" not in codes(text)


def test_placeholder_in_subject_has_no_span() -> None:
    """A slot left in the subject is reported without a span into the body."""
    report = ft.validate_email(GOOD, subject="Thank you - [Role] interview")
    (finding,) = [f for f in report.findings if f.code == "unfilled-placeholder"]
    assert finding.span is None
    assert "[Role]" in finding.message


def test_length_bounds() -> None:
    """Fewer than min_words is too-short, more than max_words too-long, both adjustable."""
    assert "too-short" in codes("Thank you for the interview.")
    assert "too-long" in codes(GOOD * 4)
    assert "too-short" not in codes(GOOD)
    assert "too-long" not in codes(GOOD)
    assert "too-long" in codes(GOOD, rules=ft.Rules(max_words=60))
    report = ft.validate_email("Thank you for the interview.")
    finding = next(f for f in report.findings if f.code == "too-short")
    assert finding.message == "5 words; aim for at least 50."


@pytest.mark.parametrize(
    ("text", "code", "words"),
    [
        ("Please reply ASAP.", "pushy-wording", "ASAP"),
        ("I expect to hear from you by Friday.", "pushy-wording", "I expect to hear"),
        ("I am still waiting for an answer.", "pushy-wording", "I am still waiting"),
        ("I need this job.", "desperate-wording", "I need this job"),
        ("Please hire me.", "desperate-wording", "Please hire me"),
        ("It went great!!!", "excessive-punctuation", "!!!"),
        ("Any news?!", "excessive-punctuation", "?!"),
        ("I REALLY want this role.", "all-caps", "REALLY"),
        ("THANK YOU SO MUCH for today.", "all-caps", "THANK YOU SO MUCH"),
    ],
)
def test_tone_findings(text: str, code: str, words: str) -> None:
    """Pushy, desperate, shouted and over-punctuated wording is a warning at its words."""
    report = ft.validate_email(text)
    spans = [f.span.text for f in report.findings if f.code == code and f.span is not None]
    assert spans == [words]


@pytest.mark.parametrize(
    "text",
    [
        "There is no urgent need to reply.",
        "I used SQL, AWS and HIPAA-compliant tooling.",
        "It went great!",
        "Is there an update? I am happy to wait.",
        "I am not desperate for an answer.",
    ],
)
def test_tone_findings_negative(text: str) -> None:
    """Negated wording, acronyms and single marks are not tone findings."""
    found = set(codes(text))
    assert not found & {"pushy-wording", "desperate-wording", "excessive-punctuation", "all-caps"}


def test_missing_greeting_and_sign_off() -> None:
    """No greeting and no sign-off are warnings; each is absent when present."""
    bare = "Thank you for the interview today."
    assert {"missing-greeting", "missing-sign-off"} <= set(codes(bare))
    assert "missing-greeting" not in codes("Dear Ms. Chen,\n\n" + bare)
    assert "missing-greeting" not in codes("Sarah,\n\n" + bare)
    assert "missing-greeting" not in codes("Hi Sarah, thank you for the interview.")
    assert "missing-sign-off" not in codes(bare + "\n\nKind regards,\nAl")
    assert "missing-sign-off" not in codes(bare + "\n\nBest, Al")


def test_subject_checks() -> None:
    """A known empty subject and an overlong subject are warnings; None skips them."""
    assert "missing-subject" in codes(GOOD, subject="  ")
    long_subject = "Thank you so much for the wonderful interview yesterday afternoon with the team"
    assert "subject-too-long" in codes(GOOD, subject=long_subject)
    assert "missing-subject" not in codes(GOOD)
    assert "subject-too-long" not in codes(GOOD, subject="Thank you")
    assert ft.validate_email(GOOD, subject=long_subject).metrics.subject_words == 13


def test_gratitude_buried() -> None:
    """Thanks only in the last third of the sentences is an info finding."""
    text = (
        "I am excited about the role. I built dashboards at Acme. "
        "Please let me know the next steps. Thank you for your time."
    )
    assert "gratitude-buried" in codes(text)
    assert "gratitude-buried" not in codes(GOOD)


def test_early_call_to_action() -> None:
    """A call to action only in the first sentence is an info finding."""
    text = (
        "What are the next steps? Thank you for your time. I am excited about the role. "
        "I built dashboards at Acme."
    )
    assert "early-call-to-action" in codes(text)
    assert "early-call-to-action" not in codes(GOOD)


def test_not_personalised_needs_a_context() -> None:
    """With a context, a draft naming none of its terms is flagged; mentions clear it."""
    generic = GOOD.replace("Northwind", "your company").replace("Data Analyst", "open")
    context = ft.EmailContext(company="Contoso", role="Data Engineer", interviewers=["Wei Chen"])
    assert "not-personalised" in codes(generic, context=context)
    assert "not-personalised" not in codes(generic)
    assert "not-personalised" not in codes(generic.replace("Sarah", "Wei"), context=context)
    assert "not-personalised" not in codes(generic, context=ft.EmailContext(topics=["dbt"]))


def test_disabled_codes_are_not_reported() -> None:
    """Rules.disabled silences the listed codes and only those."""
    rules = ft.Rules(disabled={"missing-greeting", "too-short"})
    found = codes("Thank you for the interview.", rules=rules)
    assert "missing-greeting" not in found
    assert "too-short" not in found
    assert "missing-sign-off" in found


def test_findings_are_ordered_by_code_table_then_position() -> None:
    """Findings come in FINDING_CODES order, then by position."""
    report = ft.validate_email("I need this job!! Please reply ASAP!! [Name]")
    order = list(ft.FINDING_CODES)
    keys = [(order.index(f.code), f.span.start if f.span else -1) for f in report.findings]
    assert keys == sorted(keys)


def test_finding_str_names_severity_code_and_place() -> None:
    """str(finding) is a one-line, linter-style message."""
    report = ft.validate_email("Hi,\n\nPlease reply ASAP.")
    finding = next(f for f in report.findings if f.code == "pushy-wording")
    assert str(finding) == "warning pushy-wording (line 3, column 14): 'ASAP' reads as pushy."
