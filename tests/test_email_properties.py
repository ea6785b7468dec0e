"""Properties of the validator that hold for any input, checked with Hypothesis."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from hypothesis import assume, given
from hypothesis import strategies as st

import followup_timing as ft

# Text that looks like email: cue words, pronouns, negations, punctuation, line breaks,
# brackets and quote markers, so that generated drafts exercise every code path.
_PIECES = [
    "Thank you",
    "thanks",
    "for",
    "the interview",
    "in advance",
    "I",
    "I'm",
    "I've",
    "you",
    "your",
    "my",
    "experience",
    "excited",
    "interested",
    "no longer",
    "not",
    "don't",
    "never",
    "but",
    "led",
    "built",
    "next steps",
    "let me know",
    "?",
    "!",
    "!!!",
    ".",
    ",",
    "\n",
    "\n\n",
    "\r\n",
    "> ",
    "-- ",
    "On Tue Sarah wrote:",
    "Best,",
    "Hi Sarah,",
    "[Company Name]",
    "[1]",
    "{name}",
    "<Interviewer>",
    "ASAP",
    "REALLY",
    "’",
    "'",
    "🙏",
    "שלום",
    "\u2028",
    "\x00",
    "Sent from my iPhone",
    "From: A",
    "Sent: Monday",
    "XXX",
]
email_like = st.lists(st.sampled_from(_PIECES), max_size=60).map(" ".join)
any_text = st.one_of(st.text(max_size=400), email_like)

WRAPPER = (
    "Hi Sarah,\n\nThank you for the interview. I am excited about the role. {claim} "
    "Please let me know the next steps.\n\nBest,\nAl"
)


def check_report(text: str, report: ft.EmailReport) -> None:
    """Assert the invariants every report has."""
    assert list(report.moves) == list(ft.MOVE_NAMES)
    for move in report.moves.values():
        assert move.present == bool(move.evidence)
        for span in move.evidence:
            check_span(text, span)
    for finding in report.findings:
        assert finding.code in ft.FINDING_CODES
        assert finding.severity == ft.FINDING_CODES[finding.code][0]
        if finding.span is not None:
            check_span(text, finding.span)
    assert report.body == text


def check_span(text: str, span: ft.Span) -> None:
    """Assert that *span* is inside *text*, equals its slice and has the right line/column."""
    assert 0 <= span.start <= span.end <= len(text)
    assert text[span.start : span.end] == span.text
    before = text[: span.start]
    lines = before.splitlines(keepends=True)
    if lines and lines[-1].splitlines() != [lines[-1]]:
        lines.append("")  # the offset starts a new line
    expected_line = max(1, len(lines))
    expected_column = len(lines[-1]) + 1 if lines else 1
    assert (span.line, span.column) == (expected_line, expected_column)


@given(any_text)
def test_validate_email_never_crashes_and_spans_are_slices(text: str) -> None:
    """On any text, validate_email returns a report whose spans are exact slices."""
    check_report(text, ft.validate_email(text, subject=text[:30]))


@given(any_text, st.sampled_from(tuple(ft.FINDING_CODES)))
def test_disabled_code_never_appears(text: str, code: str) -> None:
    """A disabled code is never reported, whatever the text."""
    report = ft.validate_email(text, rules=ft.Rules(disabled={code}))
    assert code not in report.codes


@given(
    email_like,
    st.sampled_from(
        [
            "\n\n-- \nAl\nThank you for the interview. I have led teams. Let me know.\n",
            "\n\nOn Tue, Mar 3, 2026 Sarah <s@example.com> wrote:\n> I'm excited.\n> I led.\n",
            "\n\n> Thank you for your time.\n> Please let me know the next steps.\n",
            "\n\n-----Original Message-----\nFrom: Sarah\nSent: Monday\n\nThank you.\n",
        ]
    ),
)
def test_appending_a_quote_or_signature_keeps_the_moves(text: str, appendix: str) -> None:
    """Appending a quoted reply or a signature never changes which moves are present.

    Unless the text's last line is itself an attribution ("... wrote:") or a header
    ("From: ..."): then it really does introduce the quote appended after it.
    """
    last = next((line for line in reversed(text.splitlines()) if line.strip()), "")
    assume(not last.strip().lower().endswith("wrote:"))
    assume(not last.strip().lower().startswith("from:"))
    before = ft.validate_email(text)
    after = ft.validate_email(text + appendix)
    assert {n: m.present for n, m in before.moves.items()} == {
        n: m.present for n, m in after.moves.items()
    }


@given(
    st.sampled_from(
        [
            "In my current role I built the dashboards for the finance team.",
            "I have five years of experience with SQL.",
            "I led the migration to Snowflake.",
            "I'm proficient in Python.",
            "My background in logistics fits the role.",
        ]
    ),
)
def test_negation_before_a_claim_removes_it(claim: str) -> None:
    """Inserting a negation before a qualification claim removes that claim."""
    plain = ft.validate_email(WRAPPER.format(claim=claim))
    assert plain.moves["qualifications"].present
    negated_claim = _negate(claim)
    negated = ft.validate_email(WRAPPER.format(claim=negated_claim))
    assert not negated.moves["qualifications"].present, negated_claim


def _negate(claim: str) -> str:
    """Return *claim* with a negation cue placed right before its claim words."""
    replacements = {
        "I built": "I never built",
        "I have five years": "I do not have five years",
        "I led": "I never led",
        "I'm proficient": "I'm not proficient",
        "My background": "No background",
    }
    for old, new in replacements.items():
        if old in claim:
            return claim.replace(old, new)
    raise AssertionError(claim)


@given(st.binary(max_size=600))
def test_validate_message_on_arbitrary_bytes_never_crashes(raw: bytes) -> None:
    """validate_message returns a report for any bytes, with spans into its body, or
    refuses bytes that look binary (issue 12) with EmailInputError and the one message."""
    try:
        report = ft.validate_message(raw)
    except ft.EmailInputError as exc:
        message = str(exc)
    else:
        check_report(report.body, report)
        assert report.sent_at is None or report.sent_at.utcoffset() is not None
        return
    assert message.startswith("this looks like ")
    assert message.endswith(": save the draft as plain text or .eml")


@given(
    st.lists(
        st.sampled_from(
            [
                b"Subject: ",
                b"Date: ",
                b"Content-Type: ",
                b"multipart/alternative; ",
                b'boundary="b"',
                b"text/html; charset=",
                b"utf-8",
                b"x-bogus",
                b"\r\n",
                b"--b\r\n",
                b"--b--\r\n",
                b"<p>Thank you for the interview.</p>",
                b"<blockquote>",
                b"Content-Transfer-Encoding: base64\r\n",
                b"Content-Transfer-Encoding: quoted-printable\r\n",
                b"=?utf-8?b?",
                b"?=",
                b"Mon, 32 Foo 99999 25:61:00 +9999",
                b"\xff\xfe",
                b"=C3=A9",
                b"Thanks!",
            ]
        ),
        max_size=40,
    ).map(b"".join)
)
def test_validate_message_on_message_like_bytes_never_crashes(raw: bytes) -> None:
    """Malformed headers, boundaries, charsets and encodings still give a report."""
    report = ft.validate_message(raw)
    check_report(report.body, report)


def _linearity_bench() -> ModuleType:
    """The benchmark that times the pathological inputs: one list of them, not two."""
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_email_linearity.py"
    spec = importlib.util.spec_from_file_location("bench_email_linearity", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_pathological_inputs_get_a_consistent_report() -> None:
    """Inputs built to make regular expressions backtrack still get a consistent report.

    Whether they run in linear time is tests/test_email_regex.py's question, answered by
    counting work; benchmarks/bench_email_linearity.py times them.
    """
    for text in _linearity_bench().PATHOLOGICAL:
        check_report(text, ft.validate_email(text))


# -- construction and arguments from arbitrary values ------------------------------------

#: Any value a caller might pass by mistake: scalars, text, containers of them, mappings.
_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True),
    st.text(max_size=30),
    st.binary(max_size=10),
    st.sampled_from(
        [*ft.FINDING_CODES, *ft.MOVE_NAMES, "*", "* *", "circle back", "touch * soon", " "]
    ),
)
any_value = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.lists(inner, max_size=4).map(tuple),
        st.frozensets(_scalars, max_size=4),
        st.dictionaries(_scalars.filter(lambda v: v == v), inner, max_size=3),  # no NaN keys
    ),
    max_leaves=8,
)


def check_refusal(error: ft.EmailInputError, message: object) -> None:
    """Assert that *error* refuses bytes that look binary, with the one message."""
    assert isinstance(message, (bytes, bytearray)), repr(error)
    assert str(error).startswith("this looks like "), repr(error)
    assert str(error).endswith(": save the draft as plain text or .eml"), repr(error)


def check_library_error(error: ft.FollowupTimingError) -> None:
    """Assert that an error names the field and shows the bad value (or its type)."""
    message = str(error)
    assert isinstance(error, (ft.EmailTypeError, ft.EmailConfigError)), repr(error)
    assert error.what in message
    if isinstance(error, ft.EmailTypeError):
        assert f"got {type(error.value).__name__}." in message
    else:
        assert repr(error.value) in message


@given(
    st.fixed_dictionaries(
        {},
        optional={
            "disabled": any_value,
            "min_words": any_value,
            "max_words": any_value,
            "max_subject_words": any_value,
            "extra_cues": any_value,
            "max_chars": any_value,
        },
    )
)
def test_rules_from_arbitrary_values(kwargs: dict[str, object]) -> None:
    """Rules(...) with any values builds, or raises a library error naming the value."""
    try:
        rules = ft.Rules(**kwargs)  # type: ignore[arg-type]
    except ft.FollowupTimingError as error:
        check_library_error(error)
    else:
        assert hash(rules) == hash(ft.Rules(**kwargs))  # type: ignore[arg-type]
        ft.validate_email("Thank you for the interview.", rules=rules)


@given(
    st.fixed_dictionaries(
        {},
        optional={
            "company": any_value,
            "role": any_value,
            "interviewers": any_value,
            "topics": any_value,
        },
    )
)
def test_email_context_from_arbitrary_values(kwargs: dict[str, object]) -> None:
    """EmailContext(...) with any values builds, or raises a library error naming the value."""
    try:
        context = ft.EmailContext(**kwargs)  # type: ignore[arg-type]
    except ft.FollowupTimingError as error:
        check_library_error(error)
    else:
        assert all(isinstance(t, str) and t for t in context.terms())
        ft.validate_email("Thank you for the interview.", context=context)


@given(any_value, any_value, any_value, any_value)
def test_validate_email_arguments_of_any_type(
    text: object, subject: object, context: object, rules: object
) -> None:
    """validate_email with wrong-typed arguments raises EmailTypeError naming the argument."""
    try:
        ft.validate_email(text, subject=subject, context=context, rules=rules)  # type: ignore[arg-type]
    except ft.FollowupTimingError as error:
        check_library_error(error)


@given(st.one_of(any_value, st.binary(max_size=200).map(bytearray)), any_value)
def test_validate_message_arguments_of_any_type(message: object, rules: object) -> None:
    """validate_message with any message or rules gives a report or a library error;
    bytes that look binary are refused with EmailInputError (issue 12)."""
    try:
        report = ft.validate_message(message, rules=rules)  # type: ignore[arg-type]
    except ft.EmailInputError as error:
        check_refusal(error, message)
    except ft.FollowupTimingError as error:
        check_library_error(error)
    else:
        check_report(report.body, report)
