"""The validator's values: construction checks, exact error messages, to_dict()."""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone

import pytest

import followup_timing as ft


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda: ft.validate_email(b"Thanks"),
            ft.EmailTypeError,
            "text must be a str (decode bytes first, or use validate_message), got bytes.",
        ),
        (
            lambda: ft.validate_email(None),
            ft.EmailTypeError,
            "text must be a str (decode bytes first, or use validate_message), got NoneType.",
        ),
        (
            lambda: ft.validate_email("x", subject=3),
            ft.EmailTypeError,
            "subject must be a str or None, got int.",
        ),
        (
            lambda: ft.validate_email("x", rules={}),
            ft.EmailTypeError,
            "rules must be a Rules or None, got dict.",
        ),
        (
            lambda: ft.validate_email("x", context="Acme"),
            ft.EmailTypeError,
            "context must be an EmailContext or None, got str.",
        ),
        (
            lambda: ft.validate_email("x" * 10, rules=ft.Rules(max_chars=5)),
            ft.EmailInputError,
            "the draft is 10 characters long, over the limit of 5 set by Rules.max_chars. "
            "A follow-up is a few hundred words; pass Rules(max_chars=...) to analyse "
            "longer text.",
        ),
        (
            lambda: ft.validate_message("Subject: x\n\nhi"),
            ft.EmailTypeError,
            "message must be bytes or an email.message.Message (for a draft's text use "
            "validate_email), got str.",
        ),
        (
            lambda: ft.validate_message(b"x" * 10, rules=ft.Rules(max_chars=5)),
            ft.EmailInputError,
            "the message is 10 bytes long, over the limit of 5 set by Rules.max_chars; pass "
            "Rules(max_chars=...) to analyse longer messages.",
        ),
        (
            lambda: ft.Rules(min_words=0),
            ft.EmailConfigError,
            "Rules.min_words=0 is invalid: must be at least 1",
        ),
        (
            lambda: ft.Rules(max_words=True),
            ft.EmailTypeError,
            "Rules.max_words must be an int, got bool.",
        ),
        (
            lambda: ft.Rules(min_words=300),
            ft.EmailConfigError,
            "Rules.min_words=300 is invalid: must not exceed max_words=200",
        ),
        (
            lambda: ft.Rules(max_subject_words=2.5),
            ft.EmailTypeError,
            "Rules.max_subject_words must be an int, got float.",
        ),
        (
            lambda: ft.Rules(disabled="too-long"),
            ft.EmailTypeError,
            "Rules.disabled must be a set, list or tuple of finding codes, got str.",
        ),
        (
            lambda: ft.Rules(disabled={"too_long"}),
            ft.EmailConfigError,
            "Rules.disabled='too_long' is invalid: not a finding code; see "
            "followup_timing.FINDING_CODES",
        ),
        (
            lambda: ft.Rules(extra_cues={"thanks": ["cheers"]}),
            ft.EmailConfigError,
            "Rules.extra_cues='thanks' is invalid: not a move; choose among gratitude, "
            "interest, qualifications, call_to_action",
        ),
        (
            lambda: ft.Rules(extra_cues={"interest": "stoked"}),
            ft.EmailTypeError,
            "Rules.extra_cues['interest'] must be a list of phrases, got str.",
        ),
        (
            lambda: ft.Rules(extra_cues={"interest": ["* about"]}),
            ft.EmailConfigError,
            "Rules.extra_cues['interest']='* about' is invalid: a phrase needs at least one "
            "word, and must not start with '*'",
        ),
        (
            lambda: ft.Rules(extra_cues=["interest"]),
            ft.EmailTypeError,
            "Rules.extra_cues must be a mapping of move name to phrases, got list.",
        ),
        (
            lambda: ft.EmailContext(company=""),
            ft.EmailConfigError,
            "EmailContext.company='' is invalid: use None rather than a blank string",
        ),
        (
            lambda: ft.EmailContext(role=7),
            ft.EmailTypeError,
            "EmailContext.role must be a str or None, got int.",
        ),
        (
            lambda: ft.EmailContext(interviewers="Bob Lee"),
            ft.EmailTypeError,
            "EmailContext.interviewers must be a list or tuple of str, got str.",
        ),
        (
            lambda: ft.EmailContext(topics=["dbt", " "]),
            ft.EmailConfigError,
            "EmailContext.topics=('dbt', ' ') is invalid: names must not be blank",
        ),
        (
            lambda: ft.Span(start=0, end=3, text="ab", line=1, column=1),
            ft.EmailConfigError,
            "Span.text='ab' is invalid: its length must be end - start = 3",
        ),
        (
            lambda: ft.Span(start=2, end=1, text="", line=1, column=1),
            ft.EmailConfigError,
            "Span.end=1 is invalid: need 0 <= start <= end, got start=2",
        ),
        (
            lambda: ft.Span(start=0, end=0, text="", line=0, column=1),
            ft.EmailConfigError,
            "Span.line=(0, 1) is invalid: line and column are 1-based",
        ),
        (
            lambda: ft.Finding(code="nope", message="x"),
            ft.EmailConfigError,
            "Finding.code='nope' is invalid: not a documented code; see FINDING_CODES",
        ),
        (
            lambda: ft.Finding(code="too-long", severity="error", message="x"),  # type: ignore[call-arg]
            TypeError,
            "Finding.__init__() got an unexpected keyword argument 'severity'",
        ),
        (
            lambda: ft.MoveResult(move="gratitude", present=True),
            ft.EmailConfigError,
            "MoveResult.present=True is invalid: a move is present exactly when it has evidence",
        ),
        (
            lambda: ft.MoveResult(move="thanks", present=False),
            ft.EmailConfigError,
            "MoveResult.move='thanks' is invalid: choose one of ('gratitude', 'interest', "
            "'qualifications', 'call_to_action')",
        ),
    ],
)
def test_bad_input_raises_exact_error(call: object, error: type[Exception], message: str) -> None:
    """Each bad input raises the library's own error type with a message saying what to do."""
    with pytest.raises(error, match=f"^{re.escape(message)}$"):
        call()  # type: ignore[operator]


def test_errors_keep_offending_values() -> None:
    """Programs can read the offending value and field from the error."""
    with pytest.raises(ft.EmailTypeError) as info:
        ft.validate_email(42)  # type: ignore[arg-type]
    assert (info.value.value, info.value.what) == (42, "text")
    with pytest.raises(ft.EmailConfigError) as config:
        ft.Rules(min_words=-1)
    assert (config.value.what, config.value.value) == ("Rules.min_words", -1)


def test_report_rejects_naive_sent_at() -> None:
    """An EmailReport's sent_at must be aware."""
    report = ft.validate_email("Hi")
    with pytest.raises(ft.NaiveDatetimeError, match=r"^EmailReport\.sent_at must be an aware"):
        ft.EmailReport(
            moves=report.moves,
            findings=(),
            metrics=report.metrics,
            body="Hi",
            sent_at=datetime(2026, 3, 3, 12, 0),
        )


def test_values_are_frozen() -> None:
    """Reports, findings, spans and rules cannot be changed after construction."""
    report = ft.validate_email("Thank you for the interview.")
    with pytest.raises(AttributeError):
        report.subject = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        report.moves["gratitude"] = report.moves["interest"]  # type: ignore[index]


def test_rules_defaults_and_conversion() -> None:
    """Rules has sensible defaults and normalises lists into immutable values."""
    rules = ft.Rules(disabled=["too-long"], extra_cues={"interest": ["stoked"]})
    assert (rules.min_words, rules.max_words, rules.max_subject_words) == (50, 200, 10)
    assert rules.disabled == frozenset({"too-long"})
    assert rules.extra_cues["interest"] == ("stoked",)


def test_context_terms_include_name_parts() -> None:
    """An interviewer counts by full, first or last name."""
    context = ft.EmailContext(company="Acme", interviewers=["Dr. Wei Chen"], topics=["dbt"])
    assert set(context.terms()) == {"Acme", "Dr. Wei Chen", "Dr", "Wei", "Chen", "dbt"}


def test_to_dict_is_json_ready_with_stable_keys() -> None:
    """to_dict() has a fixed key set at every level and survives json.dumps."""
    text = "Hi Jo,\n\nThank you for the interview today!!\n\nBest,\nAl"
    d = ft.validate_email(text, subject="Thanks").to_dict()
    assert list(d) == ["ok", "subject", "sent_at", "moves", "findings", "metrics"]
    assert list(d["moves"]) == list(ft.MOVE_NAMES)
    assert list(d["moves"]["gratitude"]) == ["move", "present", "evidence"]
    evidence = d["moves"]["gratitude"]["evidence"][0]
    assert list(evidence) == ["start", "end", "text", "line", "column", "frame"]
    assert evidence["frame"] == "thanks-for"
    assert list(d["findings"][0]) == ["code", "severity", "message", "span", "suggestion"]
    assert list(d["metrics"]) == ["words", "sentences", "paragraphs", "questions", "subject_words"]
    assert json.loads(json.dumps(d)) == d


def test_sent_at_serialises_as_iso() -> None:
    """sent_at appears in to_dict() as ISO 8601."""
    raw = b"Date: Tue, 3 Mar 2026 16:05:00 +0000\r\n\r\nHi"
    d = ft.validate_message(raw).to_dict()
    assert d["sent_at"] == datetime(2026, 3, 3, 16, 5, tzinfo=timezone.utc).isoformat()


def test_metrics_count_own_text() -> None:
    """Metrics count the writer's words, sentences, paragraphs and questions only."""
    text = (
        "Hi Jo,\n\nThank you for the interview. What are the next steps?\n\n"
        "I built dashboards.\n\nBest,\nAl\n\n> quoted words here\n"
    )
    metrics = ft.validate_email(text, subject="Thank you").metrics
    assert metrics == ft.EmailMetrics(
        words=15, sentences=3, paragraphs=3, questions=1, subject_words=2
    )
