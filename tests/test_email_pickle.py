"""The validator's values pickle, hash and travel through process pools unchanged."""

from __future__ import annotations

import pickle
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime, timedelta, timezone

import pytest

import followup_timing as ft

DRAFT = (
    "Hi Sarah,\n\nThank you for the interview yesterday. I am excited about the analyst "
    "role at Acme. In my current role I built the dashboards you described. Please let me "
    "know the next steps!!\n\nBest,\nAl"
)
MESSAGE = (
    b"Subject: Thank you - [Role] interview\r\nDate: Tue, 3 Mar 2026 16:05:00 -0500\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + DRAFT.encode() + b"\r\n"
)
SPAN = ft.Span(start=0, end=5, text="Hello", line=1, column=1)
RULES = ft.Rules(
    disabled={"missing-greeting", "too-short"},
    min_words=10,
    max_words=90,
    max_subject_words=6,
    extra_cues={"call_to_action": ["circle back", "touch * soon"], "interest": ["stoked"]},
    max_chars=10_000,
)
CONTEXT = ft.EmailContext(
    company="Acme", role="Analyst", interviewers=["Sarah Chen"], topics=["dbt"]
)
REPORT = ft.validate_email(DRAFT, subject="Thank you", context=CONTEXT, rules=RULES)
MESSAGE_REPORT = ft.validate_message(MESSAGE)

VALUES = [
    pytest.param(SPAN, id="Span"),
    pytest.param(
        ft.Finding(code="too-long", message="Long.", span=SPAN, suggestion="Cut."),
        id="Finding",
    ),
    pytest.param(ft.MoveResult(move="gratitude", present=True, evidence=[SPAN]), id="MoveResult"),
    pytest.param(
        ft.EmailMetrics(words=3, sentences=1, paragraphs=1, questions=0, subject_words=2),
        id="EmailMetrics",
    ),
    pytest.param(ft.Rules(), id="Rules-default"),
    pytest.param(RULES, id="Rules"),
    pytest.param(ft.EmailContext(), id="EmailContext-empty"),
    pytest.param(CONTEXT, id="EmailContext"),
    pytest.param(REPORT, id="EmailReport"),
    pytest.param(MESSAGE_REPORT, id="EmailReport-message"),
    pytest.param(ft.validate_email(""), id="EmailReport-empty"),
]


@pytest.mark.parametrize("value", VALUES)
@pytest.mark.parametrize("protocol", [2, pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL])
def test_values_round_trip_through_pickle(value: object, protocol: int) -> None:
    """Every public email value pickles and comes back equal, of the same type, same hash."""
    clone = pickle.loads(pickle.dumps(value, protocol=protocol))
    assert type(clone) is type(value)
    assert clone == value
    assert hash(clone) == hash(value)
    assert repr(clone) == repr(value)


def test_report_round_trip_keeps_everything() -> None:
    """A pickled report keeps its body, sent_at zone, findings and JSON form."""
    clone = pickle.loads(pickle.dumps(MESSAGE_REPORT))
    assert clone.body == MESSAGE_REPORT.body
    assert clone.sent_at == MESSAGE_REPORT.sent_at
    assert clone.sent_at is not None
    assert clone.sent_at.utcoffset() == timedelta(hours=-5)
    assert clone.codes == MESSAGE_REPORT.codes
    assert clone.to_dict() == MESSAGE_REPORT.to_dict()
    assert list(clone.moves) == list(ft.MOVE_NAMES)


@pytest.mark.parametrize("value", [REPORT.moves, RULES.extra_cues])
def test_mappings_stay_read_only(value: object) -> None:
    """The mappings on reports and rules refuse item assignment, before and after pickling."""
    for mapping in (value, pickle.loads(pickle.dumps(value))):
        with pytest.raises(TypeError):
            mapping["gratitude"] = None  # type: ignore[index]
        with pytest.raises(AttributeError):
            mapping.clear()  # type: ignore[attr-defined]


def test_values_are_hashable_and_usable_as_keys() -> None:
    """Equal reports, rules and contexts hash alike, so they can key a dict or a cache."""
    again = ft.validate_email(DRAFT, subject="Thank you", context=CONTEXT, rules=RULES)
    assert again == REPORT
    assert {REPORT: 1}[again] == 1
    assert hash(ft.Rules(extra_cues={"interest": ["stoked"]})) == hash(
        ft.Rules(extra_cues={"interest": ("stoked",)})
    )
    assert (
        len(
            {
                CONTEXT,
                ft.EmailContext(
                    company="Acme", role="Analyst", interviewers=("Sarah Chen",), topics=("dbt",)
                ),
            }
        )
        == 1
    )


def _drafts() -> list[str]:
    """Drafts that differ in every move, finding and length."""
    pieces = [
        "Thank you for the interview.",
        "I am excited about the role.",
        "I led the migration to Snowflake.",
        "Please let me know the next steps.",
        "I need this job ASAP!!!",
        "[Company Name]",
        "Thanks in advance.",
    ]
    drafts = []
    for n in range(1, 2 ** len(pieces), 3):  # 43 of the 127 non-empty combinations
        chosen = [piece for k, piece in enumerate(pieces) if (n >> k) & 1]
        drafts.append(("Hi Sarah,\n\n" if n % 2 else "") + " ".join(chosen) + "\n\nBest,\nAl")
    return drafts


def _check_in_child(text: str) -> ft.EmailReport:
    return ft.validate_email(text, subject="Thank you", context=CONTEXT, rules=RULES)


def _message_in_child(raw: bytes) -> ft.EmailReport:
    return ft.validate_message(raw)


def test_batch_through_a_process_pool() -> None:
    """Reports computed in worker processes equal the serial ones, in order."""
    drafts = _drafts()
    serial = [_check_in_child(text) for text in drafts]
    messages = [MESSAGE.replace(b"yesterday", f"on day {n}".encode()) for n in range(8)]
    with ProcessPoolExecutor(max_workers=2) as pool:
        parallel = list(pool.map(_check_in_child, drafts, chunksize=5))
        parallel_messages = list(pool.map(_message_in_child, messages))
    assert parallel == serial
    assert [r.to_dict() for r in parallel] == [r.to_dict() for r in serial]
    assert parallel_messages == [_message_in_child(raw) for raw in messages]
    assert {r.sent_at for r in parallel_messages} == {
        datetime(2026, 3, 3, 16, 5, tzinfo=timezone(timedelta(hours=-5)))
    }
